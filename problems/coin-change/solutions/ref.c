int coinChange(int* coins, int coinsSize, int amount) {
    int inf = amount + 1;
    int* best = malloc(sizeof(int) * (amount + 1));
    best[0] = 0;
    for (int x = 1; x <= amount; x++) {
        best[x] = inf;
        for (int i = 0; i < coinsSize; i++)
            if (coins[i] <= x && best[x - coins[i]] + 1 < best[x])
                best[x] = best[x - coins[i]] + 1;
    }
    int r = best[amount] > amount ? -1 : best[amount];
    free(best);
    return r;
}
