/* Wrong: a value goes on the stack of minimums only when it is strictly
 * smaller than the current minimum, so a repeated minimum is forgotten
 * when its first copy is popped. */
typedef struct {
    int vals[30000];
    int mins[30000];
    int n, m;
} MinStack;

MinStack* minStackCreate() {
    MinStack* s = malloc(sizeof(MinStack));
    s->n = s->m = 0;
    return s;
}

void minStackPush(MinStack* obj, int val) {
    obj->vals[obj->n++] = val;
    if (obj->m == 0 || val < obj->mins[obj->m - 1]) obj->mins[obj->m++] = val;
}

void minStackPop(MinStack* obj) {
    if (obj->m > 0 && obj->vals[obj->n - 1] == obj->mins[obj->m - 1]) obj->m--;
    obj->n--;
}

int minStackTop(MinStack* obj) {
    return obj->vals[obj->n - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->m > 0 ? obj->mins[obj->m - 1] : 0;
}

void minStackFree(MinStack* obj) {
    free(obj);
}
