/* Divides the sum by k in integer arithmetic, dropping the fraction:
 * (1 + 2) / 2 prints 1 instead of 1.5.  Expected: WA. */
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
        printf("%lld\n", sum / k);
    }
    return 0;
}
