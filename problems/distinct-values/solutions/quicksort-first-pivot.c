/* O(n^2) on sorted input: quicksort with the first element as its pivot (each split cuts off one element), then counts the changes */
#include <stdio.h>
#include <stdlib.h>

/* Sorts a[lo..hi]: Hoare's partition around a[lo]; recursing into the
 * smaller part keeps the stack O(log n) deep. */
static void quicksort(int *a, int lo, int hi)
{
    while (lo < hi) {
        int p = a[lo], i = lo - 1, j = hi + 1;
        for (;;) {
            do i++; while (a[i] < p);
            do j--; while (a[j] > p);
            if (i >= j)
                break;
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
        if (j - lo < hi - j) {
            quicksort(a, lo, j);
            lo = j + 1;
        } else {
            quicksort(a, j + 1, hi);
            hi = j;
        }
    }
}

/* The next integer on stdin (a small reader: scanf costs more than the
 * sorting on small inputs). */
static int read_int(int *out)
{
    int c = getchar_unlocked(), neg = 0;
    long v = 0;

    while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        c = getchar_unlocked();
    if (c == '-') {
        neg = 1;
        c = getchar_unlocked();
    }
    if (c < '0' || c > '9')
        return 0;
    for (; c >= '0' && c <= '9'; c = getchar_unlocked())
        v = v * 10 + (c - '0');
    *out = (int)(neg ? -v : v);
    return 1;
}

int main(void)
{
    int n;
    if (!read_int(&n) || n < 1)
        return 1;
    int *a = malloc(sizeof *a * (size_t)n);
    if (!a)
        return 1;
    for (int i = 0; i < n; i++)
        if (!read_int(&a[i]))
            return 1;
    quicksort(a, 0, n - 1);
    int count = 1;
    for (int i = 1; i < n; i++)
        if (a[i] != a[i - 1])
            count++;
    printf("%d\n", count);
    free(a);
    return 0;
}
