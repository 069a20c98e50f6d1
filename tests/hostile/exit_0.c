/* exit_0: exits with status 0.  Must be OK. */
#include <stdlib.h>

int main(void)
{
	exit(0);
}
