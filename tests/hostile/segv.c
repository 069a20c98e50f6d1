/* segv: writes through a null pointer.  Must be RE with signal SIGSEGV. */
#include <stddef.h>

int main(void)
{
	*(volatile int *)NULL = 1;
	return 2;
}
