/*
 * perf_event: opens a perf counter on itself.  perf_event_open has a long
 * history of kernel bugs and leaks timing: must be SV.
 */
#define _GNU_SOURCE
#include <linux/perf_event.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	struct perf_event_attr attr = {
		.type = PERF_TYPE_SOFTWARE,
		.size = sizeof(attr),
		.config = PERF_COUNT_SW_CPU_CLOCK,
		.disabled = 1,
	};

	if (syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0) >= 0) {
		fprintf(stderr, "perf_event: perf_event_open was allowed\n");
		return 1;
	}
	perror("perf_event: perf_event_open failed instead of being blocked");
	return 2;
}
