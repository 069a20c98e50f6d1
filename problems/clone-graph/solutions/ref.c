/**
 * Definition for a Node.
 * struct Node {
 *     int val;
 *     int numNeighbors;
 *     struct Node** neighbors;
 * };
 */

/* Values are 1..100, so the copies are indexed by value. */
static struct Node *copies[101];

static struct Node *copy(struct Node *n) {
    if (copies[n->val]) return copies[n->val];
    struct Node *c = malloc(sizeof(*c));
    c->val = n->val;
    c->numNeighbors = n->numNeighbors;
    c->neighbors = n->numNeighbors ? malloc(n->numNeighbors * sizeof(struct Node *)) : NULL;
    copies[n->val] = c;
    for (int i = 0; i < n->numNeighbors; i++)
        c->neighbors[i] = copy(n->neighbors[i]);
    return c;
}

struct Node *cloneGraph(struct Node *s) {
    memset(copies, 0, sizeof(copies));
    if (!s) return NULL;
    return copy(s);
}
