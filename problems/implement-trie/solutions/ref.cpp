class Trie {
    // Nodes live in one vector; child index 0 means "none" (0 is the root,
    // which is nobody's child).
    vector<array<int, 26>> next;
    vector<bool> word;

    int walk(const string& s) const {
        int v = 0;
        for (char ch : s) {
            v = next[v][ch - 'a'];
            if (v == 0) return -1;
        }
        return v;
    }

public:
    Trie() : next(1), word(1, false) {
        next[0].fill(0);
    }

    void insert(string w) {
        int v = 0;
        for (char ch : w) {
            int c = ch - 'a';
            if (next[v][c] == 0) {
                next[v][c] = next.size();
                next.emplace_back();
                next.back().fill(0);
                word.push_back(false);
            }
            v = next[v][c];
        }
        word[v] = true;
    }

    bool search(string w) {
        int v = walk(w);
        return v >= 0 && word[v];
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};

/**
 * Your Trie object will be instantiated and called as such:
 * Trie* obj = new Trie();
 * obj->insert(word);
 * bool param_2 = obj->search(word);
 * bool param_3 = obj->startsWith(prefix);
 */
