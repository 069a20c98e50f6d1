/*
 * stack_deep: unbounded recursion, 1 KiB of stack per frame.  Must end as
 * RE with SIGSEGV (stack limit) or as MLE (when the stack may grow up to
 * the memory limit), never hang or take the machine's memory.
 */
/* Never set: a base case the compiler cannot see through. */
static volatile unsigned long bottom;

static unsigned long depth(unsigned long n)
{
	volatile char frame[1024];

	if (bottom != 0 && n >= bottom)
		return 0;
	frame[0] = (char)n;
	frame[sizeof(frame) - 1] = (char)n;
	/* The addition after the call keeps it from being a tail call. */
	return depth(n + 1) + frame[0] + frame[sizeof(frame) - 1];
}

int main(void)
{
	return (int)depth(0);
}
