/* O(n) per getMin: scans the whole stack for the smallest value; push, pop and top are O(1) */
#pragma GCC optimize("O3")
typedef struct {
    int* vals;
    int size;
    int cap;
} MinStack;

MinStack* minStackCreate() {
    MinStack* s = malloc(sizeof(MinStack));
    s->cap = 16;
    s->size = 0;
    s->vals = malloc(sizeof(int) * s->cap);
    return s;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->vals = realloc(obj->vals, sizeof(int) * obj->cap);
    }
    obj->vals[obj->size++] = val;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    int m = obj->vals[0];
    for (int i = 1; i < obj->size; i++)
        if (obj->vals[i] < m) m = obj->vals[i];
    return m;
}

void minStackFree(MinStack* obj) {
    free(obj->vals);
    free(obj);
}
