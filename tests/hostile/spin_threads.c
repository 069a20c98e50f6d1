/*
 * spin_threads: burns CPU on two threads at once.
 * CPU time is that of the whole process, so it grows twice as fast as the
 * wall clock.  Must end as TLE/cpu with cpu_ms near the limit (not twice
 * it), which shows the runner counts every thread.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>

static void *spin(void *arg)
{
	volatile unsigned long n = 0;

	(void)arg;
	for (;;)
		n++;
	return NULL;
}

int main(void)
{
	pthread_t thread;

	if (pthread_create(&thread, NULL, spin, NULL) != 0)
		return 2;
	spin(NULL);
	return 0;
}
