#!/bin/sh
# The judge command line from outside: exit statuses, help, version,
# JSON on errors, plain output off a terminal.  Usage: run_cli.sh JUDGE
set -u
judge=$1
passed=0
failed=0

# expect NAME STATUS COMMAND...: the command exits with STATUS.
expect() {
    name=$1 want=$2
    shift 2
    "$@" >/tmp/judge-cli.$$.out 2>/tmp/judge-cli.$$.err
    got=$?
    if [ "$got" -eq "$want" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name: exit $got, expected $want"
        sed 's/^/     /' /tmp/judge-cli.$$.out /tmp/judge-cli.$$.err
    fi
}

# contains NAME FILE TEXT: the last command's stdout or stderr has TEXT.
contains() {
    if grep -qF -- "$3" "/tmp/judge-cli.$$.$2"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $1: '$3' not in $2:"
        sed 's/^/     /' "/tmp/judge-cli.$$.$2"
    fi
}

expect version 0 "$judge" --version
contains version out "judge "
expect help 0 "$judge" --help
contains help out "exit status:"
expect help_exec 0 "$judge" help exec
contains help_exec out "usage: judge exec"
expect exec_help 0 "$judge" exec --help
expect no_command 2 "$judge"
expect unknown_command 2 "$judge" frobnicate
contains unknown_command err "'frobnicate' is not a judge command"
expect unknown_option 2 "$judge" --frob
expect bad_value 2 "$judge" exec --cpu abc -- /bin/true
contains bad_value err "invalid value 'abc' for --cpu"
expect no_program 2 "$judge" exec --json
expect bad_stdin 2 "$judge" exec --stdin /nonexistent/input -- /bin/true
contains bad_stdin err "/nonexistent/input"
expect not_found 3 "$judge" exec --json -- /nonexistent/program
contains not_found out '"status":"IE"'
contains not_found out '"error":"cannot find program'
expect echo 0 "$judge" exec -- /bin/echo hello
contains echo out "hello"
# Off a terminal the summary carries no colour escapes.
if grep -q "$(printf '\033')" /tmp/judge-cli.$$.err; then
    failed=$((failed + 1)); echo "FAIL echo: colour escapes off a terminal"
else
    passed=$((passed + 1))
fi
contains echo err "OK"
expect failing_program 0 "$judge" exec --json -- /bin/false
contains failing_program out '"status":"RE","exit_code":1'
expect doctor_json 0 sh -c "'$judge' doctor --json >/tmp/judge-cli.$$.json; [ \$? -le 1 ]"
if python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['smoke_run']['ok']" /tmp/judge-cli.$$.json 2>/dev/null; then
    passed=$((passed + 1))
else
    failed=$((failed + 1)); echo "FAIL doctor_json: not valid JSON or smoke run failed"
fi

rm -f /tmp/judge-cli.$$.out /tmp/judge-cli.$$.err /tmp/judge-cli.$$.json
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
