/* O(n^2): insertion sort by start (shifting the larger spans one place right), then one merging pass */
int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    (void)intervalsColSize;
    int n = intervalsSize;
    int (*sorted)[2] = malloc(sizeof(*sorted) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        int s = intervals[i][0], e = intervals[i][1], j = i;
        while (j > 0 && sorted[j - 1][0] > s) {
            sorted[j][0] = sorted[j - 1][0];
            sorted[j][1] = sorted[j - 1][1];
            j--;
        }
        sorted[j][0] = s;
        sorted[j][1] = e;
    }
    int** out = malloc(sizeof(int*) * (n > 0 ? n : 1));
    *returnColumnSizes = malloc(sizeof(int) * (n > 0 ? n : 1));
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (k > 0 && sorted[i][0] <= out[k - 1][1]) {
            if (sorted[i][1] > out[k - 1][1]) out[k - 1][1] = sorted[i][1];
        } else {
            out[k] = malloc(sizeof(int) * 2);
            out[k][0] = sorted[i][0];
            out[k][1] = sorted[i][1];
            (*returnColumnSizes)[k] = 2;
            k++;
        }
    }
    free(sorted);
    *returnSize = k;
    return out;
}
