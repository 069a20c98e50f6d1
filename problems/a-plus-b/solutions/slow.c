/* Adds one unit at a time: O(|b|) steps, hopeless for |b| ~ 10^12.
 * Expected: TLE.
 *
 * `a` is volatile so that an optimising compiler cannot replace the
 * loops by a single addition (gcc -O2 does exactly that otherwise). */
#include <stdio.h>

int main(void)
{
    volatile long long a;
    long long x, b;
    if (scanf("%lld %lld", &x, &b) != 2)
        return 1;
    a = x;
    while (b > 0) {
        a++;
        b--;
    }
    while (b < 0) {
        a--;
        b++;
    }
    printf("%lld\n", (long long)a);
    return 0;
}
