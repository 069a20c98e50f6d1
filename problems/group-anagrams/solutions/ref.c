/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
static char **ga_keys;

static int ga_cmp(const void *a, const void *b) {
    int i = *(const int *)a, j = *(const int *)b;
    int c = strcmp(ga_keys[i], ga_keys[j]);
    return c != 0 ? c : (i > j) - (i < j);
}

char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    char **keys = malloc(strsSize * sizeof(char *));
    int *order = malloc(strsSize * sizeof(int));
    for (int i = 0; i < strsSize; i++) {
        int count[26] = {0}, len = (int)strlen(strs[i]), p = 0;
        keys[i] = malloc(len + 1);
        for (int k = 0; k < len; k++) count[strs[i][k] - 'a']++;
        for (int c = 0; c < 26; c++)
            while (count[c]-- > 0) keys[i][p++] = (char)('a' + c);
        keys[i][p] = '\0';
        order[i] = i;
    }
    ga_keys = keys;
    qsort(order, strsSize, sizeof(int), ga_cmp);

    char ***res = malloc(strsSize * sizeof(char **));
    int *cols = malloc(strsSize * sizeof(int));
    int groups = 0;
    for (int a = 0; a < strsSize;) {
        int b = a;
        while (b < strsSize && strcmp(keys[order[a]], keys[order[b]]) == 0) b++;
        res[groups] = malloc((b - a) * sizeof(char *));
        cols[groups] = b - a;
        for (int k = a; k < b; k++) res[groups][k - a] = strs[order[k]];
        groups++;
        a = b;
    }
    for (int i = 0; i < strsSize; i++) free(keys[i]);
    free(keys);
    free(order);
    *returnSize = groups;
    *returnColumnSizes = cols;
    return res;
}
