/*
 * exit_256: exits with status 256.  Only the low 8 bits reach the parent,
 * so this is exit code 0 and must be OK.
 */
#include <stdlib.h>

int main(void)
{
	exit(256);
}
