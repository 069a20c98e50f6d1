class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> best(amount + 1, amount + 1);
        best[0] = 0;
        for (int c : coins) {
            if (c > amount) continue;
            for (int x = c; x <= amount; x++)
                best[x] = min(best[x], best[x - c] + 1);
        }
        return best[amount] > amount ? -1 : best[amount];
    }
};
