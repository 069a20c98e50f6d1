/*
 * cmd.h: the subcommands, one file each under judge/cmd/.  Each takes the
 * arguments after the subcommand name (argv[0] is the name) and returns
 * an exit status from exitcode.h.
 */
#ifndef JUDGE_CMD_H
#define JUDGE_CMD_H

int cmd_exec(int argc, char **argv);
int cmd_doctor(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_start(int argc, char **argv);

#endif
