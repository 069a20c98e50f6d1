#!/bin/sh
# Runs a Check suite as an ordinary user (uid/gid 4242, no groups, no
# capabilities), the common case for judge, from a root CI job.
#
# Usage: run-unprivileged.sh CHECK_BINARY CHILD_PROGRAM
# Exits 77 (CTest's "skipped") when not run as root or setpriv is missing.
#
# uid 4242 cannot read a build tree under /root, so both files are staged
# in a world-readable directory first.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: not root (switching to uid 4242 needs root)"
    exit 77
fi
if ! command -v setpriv >/dev/null 2>&1; then
    echo "skipped: setpriv not found"
    exit 77
fi

stage=$(mktemp -d /tmp/judge-unit-unprivileged.XXXXXX)
trap 'rm -rf "$stage"' EXIT
cp "$1" "$stage/suite"
cp "$2" "$stage/child_prog"
chmod 755 "$stage" "$stage/suite" "$stage/child_prog"
cd "$stage"
setpriv --reuid=4242 --regid=4242 --clear-groups --inh-caps=-all --reset-env \
    env JUDGE_TEST_CHILD="$stage/child_prog" TMPDIR=/tmp "$stage/suite"
