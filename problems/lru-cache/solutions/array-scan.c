/* O(capacity) per call: keys and values in arrays, least recent first; every call scans the keys and shifts the tail (memmove) to move an entry to the end */
#pragma GCC optimize("O3")

typedef struct {
    int capacity;
    int size;
    int* keys;
    int* values;
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* c = malloc(sizeof(LRUCache));
    c->capacity = capacity;
    c->size = 0;
    c->keys = malloc(sizeof(int) * capacity);
    c->values = malloc(sizeof(int) * capacity);
    return c;
}

/* The position of key, or -1 (keys are distinct: no early exit, so the loop vectorizes). */
static int find(const LRUCache* c, int key) {
    int at = -1;
    for (int i = 0; i < c->size; i++)
        if (c->keys[i] == key) at = i;
    return at;
}

/* Removes position i, shifting the later entries one place left. */
static void take_out(LRUCache* c, int i) {
    memmove(c->keys + i, c->keys + i + 1, sizeof(int) * (size_t)(c->size - i - 1));
    memmove(c->values + i, c->values + i + 1, sizeof(int) * (size_t)(c->size - i - 1));
    c->size--;
}

static void append(LRUCache* c, int key, int value) {
    c->keys[c->size] = key;
    c->values[c->size] = value;
    c->size++;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int i = find(obj, key);
    if (i < 0) return -1;
    int value = obj->values[i];
    take_out(obj, i);
    append(obj, key, value);
    return value;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int i = find(obj, key);
    if (i >= 0) take_out(obj, i);
    else if (obj->size == obj->capacity) take_out(obj, 0);
    append(obj, key, value);
}

void lRUCacheFree(LRUCache* obj) {
    free(obj->keys);
    free(obj->values);
    free(obj);
}
