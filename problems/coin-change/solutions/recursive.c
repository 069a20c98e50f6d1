/* Too slow: tries every way to pay by plain recursion, without
 * remembering the amounts already solved: exponential time. */
static int fewest(int* coins, int n, int amount) {
    if (amount == 0) return 0;
    int best = -1;
    for (int i = 0; i < n; i++) {
        if (coins[i] > amount) continue;
        int r = fewest(coins, n, amount - coins[i]);
        if (r >= 0 && (best < 0 || r + 1 < best)) best = r + 1;
    }
    return best;
}

int coinChange(int* coins, int coinsSize, int amount) {
    return fewest(coins, coinsSize, amount);
}
