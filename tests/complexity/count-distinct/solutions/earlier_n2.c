/* O(n^2): counts a value when none of the earlier values equals it */
#include <stdio.h>
#include <stdlib.h>

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
    int count = 0;
    for (int i = 0; i < n; i++) {
        int seen = 0;
        for (int j = 0; j < i; j++)
            if (a[j] == a[i]) {
                seen = 1;
                break;
            }
        if (!seen)
            count++;
    }
    printf("%d\n", count);
    free(a);
    return 0;
}
