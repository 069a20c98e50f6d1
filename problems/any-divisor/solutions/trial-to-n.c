/* Trial division by every d < n: quick when n has a small factor, but
 * about 10^12 steps for a prime near 10^12.  Expected: TLE. */
#include <stdio.h>

int main(void)
{
    int t;
    if (scanf("%d", &t) != 1)
        return 1;
    while (t--) {
        long long n, found = -1;
        if (scanf("%lld", &n) != 1)
            return 1;
        for (long long d = 2; d < n; d++)
            if (n % d == 0) {
                found = d;
                break;
            }
        printf("%lld\n", found);
    }
    return 0;
}
