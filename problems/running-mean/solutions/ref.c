/* Reference: keep a running 64-bit sum, divide in floating point.
 * O(n).  Expected: AC. */
#include <stdio.h>

int main(void)
{
    int n;
    if (scanf("%d", &n) != 1)
        return 1;
    long long sum = 0;
    for (int k = 1; k <= n; k++) {
        long long x;
        if (scanf("%lld", &x) != 1)
            return 1;
        sum += x;
        printf("%.9f\n", (double)sum / k);
    }
    return 0;
}
