/* abort: calls abort().  Must be RE with signal SIGABRT. */
#include <stdlib.h>

int main(void)
{
	abort();
}
