/* O(n) per query: keeps the inserted words in a list and compares the query with every word (first 8 letters packed into one integer, to compare fast); insert is O(L) */
typedef struct {
    unsigned long long head; /* the first 8 letters, zero-padded */
    int len;
    char* word;
} Entry;

typedef struct {
    Entry* words;
    int size, cap;
} Trie;

static unsigned long long pack(const char* s, int len) {
    unsigned long long h = 0;
    for (int i = 0; i < 8 && i < len; i++) h |= (unsigned long long)(unsigned char)s[i] << (8 * i);
    return h;
}

Trie* trieCreate() {
    return calloc(1, sizeof(Trie));
}

void trieInsert(Trie* obj, char* word) {
    if (obj->size == obj->cap) {
        obj->cap = obj->cap ? 2 * obj->cap : 64;
        obj->words = realloc(obj->words, sizeof(Entry) * obj->cap);
    }
    int len = (int)strlen(word);
    Entry* e = &obj->words[obj->size++];
    e->head = pack(word, len);
    e->len = len;
    e->word = malloc(len + 1);
    memcpy(e->word, word, len + 1);
}

/* Whether some word starts with s (whole: equals s). */
static bool scan(const Trie* obj, const char* s, bool whole) {
    int len = (int)strlen(s);
    unsigned long long h = pack(s, len);
    unsigned long long mask = len >= 8 ? ~0ULL : (1ULL << (8 * len)) - 1;
    for (int i = 0; i < obj->size; i++) {
        const Entry* e = &obj->words[i];
        if ((e->head & mask) != h || e->len < len || (whole && e->len != len)) continue;
        if (len <= 8 || memcmp(e->word + 8, s + 8, len - 8) == 0) return true;
    }
    return false;
}

bool trieSearch(Trie* obj, char* word) {
    return scan(obj, word, true);
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return scan(obj, prefix, false);
}

void trieFree(Trie* obj) {
    for (int i = 0; i < obj->size; i++) free(obj->words[i].word);
    free(obj->words);
    free(obj);
}
