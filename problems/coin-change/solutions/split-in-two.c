/* O(amount^2): the fewest coins for x is 1 for a coin, else the best split x = y + (x - y) over every y */
int coinChange(int* coins, int coinsSize, int amount) {
    int inf = amount + 1;
    int* best = malloc(sizeof(int) * (amount + 1));
    best[0] = 0;
    for (int x = 1; x <= amount; x++) best[x] = inf;
    for (int i = 0; i < coinsSize; i++)
        if (coins[i] <= amount) best[coins[i]] = 1;
    for (int x = 2; x <= amount; x++) {
        int b = best[x];
        for (int y = 1; y <= x / 2; y++) {
            int s = best[y] + best[x - y];
            if (s < b) b = s;
        }
        best[x] = b < inf ? b : inf;
    }
    int r = best[amount] >= inf ? -1 : best[amount];
    free(best);
    return r;
}
