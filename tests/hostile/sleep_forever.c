/*
 * sleep_forever: sleeps without using CPU.  Only the wall-clock watchdog
 * can end it: must be TLE with limit "wall".
 */
#define _GNU_SOURCE
#include <unistd.h>

int main(void)
{
	for (;;)
		pause();
}
