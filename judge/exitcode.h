/*
 * exitcode.h: judge's exit statuses, shared by every subcommand and
 * listed in `judge --help` and README.md.
 */
#ifndef JUDGE_EXITCODE_H
#define JUDGE_EXITCODE_H

enum judge_exit {
	JUDGE_EXIT_OK = 0,        /* accepted; or the command did its job */
	JUDGE_EXIT_REJECTED = 1,  /* judged, not accepted; doctor: weaker */
	JUDGE_EXIT_USAGE = 2,     /* bad usage, bad problem or input file */
	JUDGE_EXIT_INTERNAL = 3,  /* the judge or its sandbox failed */
};

#endif
