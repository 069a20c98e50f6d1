/* A uthash table from key to node, and a doubly linked list of the nodes,
 * most recently used first. */
typedef struct Node {
    int key;
    int value;
    struct Node* prev;
    struct Node* next;
    UT_hash_handle hh;
} Node;

typedef struct {
    int capacity;
    int size;
    Node* table;
    Node head; /* sentinel: head.next is the most recent, head.prev the least */
} LRUCache;

static void unlink_node(Node* n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void push_front(LRUCache* c, Node* n) {
    n->next = c->head.next;
    n->prev = &c->head;
    c->head.next->prev = n;
    c->head.next = n;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* c = malloc(sizeof(LRUCache));
    c->capacity = capacity;
    c->size = 0;
    c->table = NULL;
    c->head.next = c->head.prev = &c->head;
    return c;
}

int lRUCacheGet(LRUCache* obj, int key) {
    Node* n;
    HASH_FIND_INT(obj->table, &key, n);
    if (!n) return -1;
    unlink_node(n);
    push_front(obj, n);
    return n->value;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    Node* n;
    HASH_FIND_INT(obj->table, &key, n);
    if (n) {
        n->value = value;
        unlink_node(n);
        push_front(obj, n);
        return;
    }
    if (obj->size == obj->capacity) {
        Node* old = obj->head.prev;
        unlink_node(old);
        HASH_DEL(obj->table, old);
        free(old);
        obj->size--;
    }
    n = malloc(sizeof(Node));
    n->key = key;
    n->value = value;
    HASH_ADD_INT(obj->table, key, n);
    push_front(obj, n);
    obj->size++;
}

void lRUCacheFree(LRUCache* obj) {
    Node *n, *tmp;
    HASH_ITER(hh, obj->table, n, tmp) {
        HASH_DEL(obj->table, n);
        free(n);
    }
    free(obj);
}

/**
 * Your LRUCache struct will be instantiated and called as such:
 * LRUCache* obj = lRUCacheCreate(capacity);
 * int param_1 = lRUCacheGet(obj, key);
 
 * lRUCachePut(obj, key, value);
 
 * lRUCacheFree(obj);
*/
