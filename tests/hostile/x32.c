/*
 * x32: makes an x32-ABI syscall (getpid, 39, with __X32_SYSCALL_BIT).  x32
 * numbers alias native ones, so the filter must refuse the whole ABI: SV,
 * named "x32:...".
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT 0x40000000
#endif

int main(void)
{
	long ret = syscall(__X32_SYSCALL_BIT | 39);

	fprintf(stderr, "x32: x32 getpid returned %ld\n", ret);
	return 1;
}
