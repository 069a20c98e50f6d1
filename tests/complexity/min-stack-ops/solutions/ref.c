/* O(1) per operation: a second array holds the minimum of each prefix of the stack */
typedef struct {
    int* vals;
    int* mins; /* mins[i]: the smallest of vals[0..i] */
    int size;
    int cap;
} MinStack;

MinStack* minStackCreate() {
    MinStack* s = malloc(sizeof(MinStack));
    s->cap = 16;
    s->size = 0;
    s->vals = malloc(sizeof(int) * s->cap);
    s->mins = malloc(sizeof(int) * s->cap);
    return s;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->vals = realloc(obj->vals, sizeof(int) * obj->cap);
        obj->mins = realloc(obj->mins, sizeof(int) * obj->cap);
    }
    int m = val;
    if (obj->size > 0 && obj->mins[obj->size - 1] < m) m = obj->mins[obj->size - 1];
    obj->vals[obj->size] = val;
    obj->mins[obj->size] = m;
    obj->size++;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->vals);
    free(obj->mins);
    free(obj);
}
