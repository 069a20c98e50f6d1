/* Reference: sort, then walk two pointers inwards.  O(n log n).
 * Prints the pairs by increasing x.  Expected: AC. */
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *p, const void *q)
{
    long long x = *(const long long *)p, y = *(const long long *)q;
    return (x > y) - (x < y);
}

int main(void)
{
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2 || n < 1)
        return 1;
    long long *a = malloc(sizeof *a * (size_t)n);
    if (!a)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1)
            return 1;
    qsort(a, (size_t)n, sizeof *a, cmp);
    int i = 0, j = n - 1;
    while (i < j) {
        long long s = a[i] + a[j];
        if (s == t) {
            printf("%lld %lld\n", a[i], a[j]);
            i++;
            j--;
        } else if (s < t) {
            i++;
        } else {
            j--;
        }
    }
    free(a);
    return 0;
}
