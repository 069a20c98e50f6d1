/* O(n^2): tries every pair (i, j) far enough apart to beat the best area so far (vectorized) */
#pragma GCC optimize("O3")

/* The largest min(hi, h[j]) * (j - i) for j in [from, n). */
__attribute__((target_clones("avx2", "default")))
static int best_partner(const int *h, int n, int i, int hi, int from) {
    int best = 0;
    for (int j = from; j < n; j++) {
        int m = h[j] < hi ? h[j] : hi;
        int a = m * (j - i);
        best = a > best ? a : best;
    }
    return best;
}

int maxArea(int* height, int heightSize) {
    int best = 0;
    for (int i = 0; i < heightSize; i++) {
        if (height[i] == 0)
            continue;
        /* A partner nearer than best / height[i] cannot beat best. */
        long long from = i + 1 + best / height[i];
        if (from >= heightSize)
            continue;
        int a = best_partner(height, heightSize, i, height[i], (int)from);
        if (a > best) best = a;
    }
    return best;
}
