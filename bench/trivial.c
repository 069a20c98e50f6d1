/*
 * trivial: the program runner_bench starts over and over.  It does nothing,
 * so that what is measured is the cost of starting and reaping a process.
 * Built static so that no dynamic loader or shared library adds to it.
 */
int main(void)
{
	return 0;
}
