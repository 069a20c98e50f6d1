// Wrong: startsWith only accepts whole words, like search.
var Trie = function() {
    this.words = new Set();
};

Trie.prototype.insert = function(word) {
    this.words.add(word);
};

Trie.prototype.search = function(word) {
    return this.words.has(word);
};

Trie.prototype.startsWith = function(prefix) {
    return this.words.has(prefix);
};
