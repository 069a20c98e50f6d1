/*
// Definition for a Node.
class Node {
public:
    int val;
    vector<Node*> neighbors;
    Node() {
        val = 0;
        neighbors = vector<Node*>();
    }
    Node(int _val) {
        val = _val;
        neighbors = vector<Node*>();
    }
    Node(int _val, vector<Node*> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
};
*/

class Solution {
    unordered_map<Node*, Node*> copies;

    Node* copy(Node* n) {
        auto it = copies.find(n);
        if (it != copies.end()) return it->second;
        Node* c = new Node(n->val);
        copies[n] = c;
        for (Node* nb : n->neighbors) c->neighbors.push_back(copy(nb));
        return c;
    }

public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        return copy(node);
    }
};
