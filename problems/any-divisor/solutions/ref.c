/* Reference: trial division up to sqrt(n), printing the smallest divisor.
 * O(sqrt n) per query.  Expected: AC. */
#include <stdio.h>

static long long smallest_divisor(long long n)
{
    if (n % 2 == 0)
        return 2;
    for (long long d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return d;
    return n;
}

int main(void)
{
    int t;
    if (scanf("%d", &t) != 1)
        return 1;
    while (t--) {
        long long n;
        if (scanf("%lld", &n) != 1)
            return 1;
        long long d = smallest_divisor(n);
        printf("%lld\n", d < n ? d : -1LL);
    }
    return 0;
}
