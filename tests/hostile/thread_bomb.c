/*
 * thread_bomb: creates spinning threads forever, and keeps trying when
 * pthread_create fails.  The process limit (which counts threads) must
 * stop the growth and a time limit must end the run: never OK.
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
	pthread_attr_t attr;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (;;) {
		pthread_t thread;

		pthread_create(&thread, &attr, spin, NULL);
	}
}
