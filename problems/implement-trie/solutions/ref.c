typedef struct Trie {
    struct Trie* next[26];
    bool word;
} Trie;

Trie* trieCreate() {
    return calloc(1, sizeof(Trie));
}

void trieInsert(Trie* obj, char* word) {
    for (; *word; word++) {
        int c = *word - 'a';
        if (!obj->next[c]) obj->next[c] = calloc(1, sizeof(Trie));
        obj = obj->next[c];
    }
    obj->word = true;
}

static Trie* walk(Trie* obj, const char* s) {
    for (; obj && *s; s++) obj = obj->next[*s - 'a'];
    return obj;
}

bool trieSearch(Trie* obj, char* word) {
    Trie* t = walk(obj, word);
    return t && t->word;
}

bool trieStartsWith(Trie* obj, char* prefix) {
    return walk(obj, prefix) != NULL;
}

void trieFree(Trie* obj) {
    if (!obj) return;
    for (int i = 0; i < 26; i++) trieFree(obj->next[i]);
    free(obj);
}

/**
 * Your Trie struct will be instantiated and called as such:
 * Trie* obj = trieCreate();
 * trieInsert(obj, word);
 
 * bool param_2 = trieSearch(obj, word);
 
 * bool param_3 = trieStartsWith(obj, prefix);
 
 * trieFree(obj);
*/
