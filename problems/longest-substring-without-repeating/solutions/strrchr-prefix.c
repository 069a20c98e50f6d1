/* O(n^2): finds the previous occurrence of each character with strrchr on a copy of the prefix, which scans the whole prefix */
int lengthOfLongestSubstring(char* s) {
    int n = (int)strlen(s), left = 0, best = 0;
    char *prefix = malloc((size_t)n + 1);
    for (int i = 0; i < n; i++) {
        prefix[i] = '\0';
        char *prev = strrchr(prefix, s[i]);  /* the last s[j] == s[i], j < i */
        if (prev && prev - prefix >= left) left = (int)(prev - prefix) + 1;
        prefix[i] = s[i];
        if (i - left + 1 > best) best = i - left + 1;
    }
    free(prefix);
    return best;
}
