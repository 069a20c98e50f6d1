/* O(n*E) = O(n^2) for E ~ 2n: keeps the (original, copy) pairs in a list and finds a node's copy by scanning the list */
static struct Node **originals, **clones;
static int count, cap;

static struct Node *copy(struct Node *n) {
    for (int i = 0; i < count; i++)
        if (originals[i] == n) return clones[i];
    struct Node *c = malloc(sizeof(*c));
    c->val = n->val;
    c->numNeighbors = n->numNeighbors;
    c->neighbors = n->numNeighbors ? malloc(n->numNeighbors * sizeof(struct Node *)) : NULL;
    if (count == cap) {
        cap = cap ? 2 * cap : 64;
        originals = realloc(originals, cap * sizeof(*originals));
        clones = realloc(clones, cap * sizeof(*clones));
    }
    originals[count] = n;
    clones[count] = c;
    count++;
    for (int i = 0; i < n->numNeighbors; i++)
        c->neighbors[i] = copy(n->neighbors[i]);
    return c;
}

struct Node *cloneGraph(struct Node *s) {
    count = 0;
    if (!s) return NULL;
    return copy(s);
}
