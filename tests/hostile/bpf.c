/*
 * bpf: creates a BPF map (the first step of loading kernel code).  bpf
 * must be SV.  The attribute is otherwise empty, so the call would fail
 * even if it got through.
 */
#define _GNU_SOURCE
#include <linux/bpf.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	union bpf_attr attr = { .map_type = BPF_MAP_TYPE_ARRAY };

	if (syscall(SYS_bpf, BPF_MAP_CREATE, &attr, sizeof(attr)) >= 0) {
		fprintf(stderr, "bpf: bpf(BPF_MAP_CREATE) was allowed\n");
		return 1;
	}
	perror("bpf: bpf failed instead of being blocked");
	return 2;
}
