int lengthOfLongestSubstring(char* s) {
    int last[256];
    int left = 0, best = 0;
    for (int c = 0; c < 256; c++) last[c] = -1;
    for (int i = 0; s[i] != '\0'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] >= left) left = last[c] + 1;
        last[c] = i;
        if (i - left + 1 > best) best = i - left + 1;
    }
    return best;
}
