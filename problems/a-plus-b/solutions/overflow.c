/* Uses 32-bit int: fine on the samples, wrong once the values pass
 * 2^31.  Expected: WA. */
#include <stdio.h>

int main(void)
{
    int a, b;
    if (scanf("%d %d", &a, &b) != 2)
        return 1;
    printf("%d\n", a + b);
    return 0;
}
