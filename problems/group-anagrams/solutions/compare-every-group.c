/* O(n^2): keeps the groups in a list and finds a word's group by comparing its letter counts with every group's */
typedef struct {
    unsigned char count[26];
    int size, cap;
    char** words;
} Group;

char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    Group* groups = malloc(sizeof(Group) * (strsSize > 0 ? strsSize : 1));
    int ng = 0;
    for (int i = 0; i < strsSize; i++) {
        unsigned char count[26] = {0};
        for (const char* p = strs[i]; *p; p++) count[*p - 'a']++;
        int g = 0;
        while (g < ng && memcmp(groups[g].count, count, 26) != 0) g++;
        if (g == ng) {
            memcpy(groups[ng].count, count, 26);
            groups[ng].size = 0;
            groups[ng].cap = 4;
            groups[ng].words = malloc(sizeof(char*) * 4);
            ng++;
        }
        Group* gr = &groups[g];
        if (gr->size == gr->cap) {
            gr->cap *= 2;
            gr->words = realloc(gr->words, sizeof(char*) * gr->cap);
        }
        gr->words[gr->size++] = strs[i];
    }
    char*** res = malloc(sizeof(char**) * (ng > 0 ? ng : 1));
    int* cols = malloc(sizeof(int) * (ng > 0 ? ng : 1));
    for (int g = 0; g < ng; g++) {
        res[g] = groups[g].words;
        cols[g] = groups[g].size;
    }
    free(groups);
    *returnSize = ng;
    *returnColumnSizes = cols;
    return res;
}
