/* Claims that every number is prime.  Right on the primes only.
 * Expected: WA. */
#include <stdio.h>

int main(void)
{
    int t;
    if (scanf("%d", &t) != 1)
        return 1;
    while (t--) {
        long long n;
        if (scanf("%lld", &n) != 1)
            return 1;
        puts("-1");
    }
    return 0;
}
