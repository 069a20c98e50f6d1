/*
 * spin: burns CPU in a tight loop without making a syscall.
 * Must end as TLE with limit "cpu", close to the CPU limit: the runner
 * cannot wait for the program to cooperate.
 */
int main(void)
{
	volatile unsigned long n = 0;

	for (;;)
		n++;
}
