/* exit_255: exits with status 255.  Must be RE with exit code 255. */
#include <stdlib.h>

int main(void)
{
	exit(255);
}
