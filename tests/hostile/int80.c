/*
 * int80: makes a 32-bit syscall (getpid, i386 number 20) through int $0x80
 * from a 64-bit program.  The 32-bit table has different numbers, so a
 * filter that only checks numbers could be fooled; it must be SV with the
 * syscall named "i386:...".
 */
#include <stdio.h>

int main(void)
{
	long ret = 20;

	__asm__ volatile("int $0x80" : "+a"(ret) : : "memory");
	fprintf(stderr, "int80: 32-bit getpid returned %ld\n", ret);
	return 1;
}
