/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static int cmpStart(const void* a, const void* b) {
    const int* x = *(const int* const*)a;
    const int* y = *(const int* const*)b;
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return 0;
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    (void)intervalsColSize;
    qsort(intervals, intervalsSize, sizeof(int*), cmpStart);
    int** out = malloc(sizeof(int*) * (intervalsSize > 0 ? intervalsSize : 1));
    *returnColumnSizes = malloc(sizeof(int) * (intervalsSize > 0 ? intervalsSize : 1));
    int n = 0;
    for (int i = 0; i < intervalsSize; i++) {
        int s = intervals[i][0], e = intervals[i][1];
        if (n > 0 && s <= out[n - 1][1]) {
            if (e > out[n - 1][1]) out[n - 1][1] = e;
        } else {
            out[n] = malloc(sizeof(int) * 2);
            out[n][0] = s;
            out[n][1] = e;
            (*returnColumnSizes)[n] = 2;
            n++;
        }
    }
    *returnSize = n;
    return out;
}
