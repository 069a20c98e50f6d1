/* O(n log n): reads everything, sorts with qsort, counts where the value changes */
#include <stdio.h>
#include <stdlib.h>

static int cmp(const void *p, const void *q)
{
    int x = *(const int *)p, y = *(const int *)q;
    return (x > y) - (x < y);
}

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1 || n < 1)
        return 1;
    int *a = malloc(sizeof *a * (size_t)n);
    if (!a)
        return 1;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1)
            return 1;
    qsort(a, (size_t)n, sizeof *a, cmp);
    int count = 1;
    for (int i = 1; i < n; i++)
        if (a[i] != a[i - 1])
            count++;
    printf("%d\n", count);
    free(a);
    return 0;
}
