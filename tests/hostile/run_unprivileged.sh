#!/bin/sh
# Runs the hostile suite as an ordinary user (uid/gid 4242, no groups, no
# capabilities), the common case for judge, from a root CI job.
#
# Usage: run_unprivileged.sh JUDGE PROGRAMS_DIR RUN_HOSTILE_PY [PYTHON]
# Exits 77 (CTest's "skipped") when not run as root or setpriv is missing.
#
# uid 4242 cannot read a build or source tree under /root, so everything
# it needs (driver, judge, programs) is staged in a world-readable
# directory first; the driver then copies judge once more (--copy-judge)
# next to the programs, as it would for any caller.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: not root (switching to uid 4242 needs root)"
    exit 77
fi
if ! command -v setpriv >/dev/null 2>&1; then
    echo "skipped: setpriv not found"
    exit 77
fi
if [ $# -lt 3 ]; then
    echo "usage: run_unprivileged.sh JUDGE PROGRAMS_DIR RUN_HOSTILE_PY [PYTHON]" >&2
    exit 2
fi

judge=$1
programs=$2
script=$3
python=${4:-python3}

stage=$(mktemp -d /tmp/judge-hostile-unprivileged.XXXXXX)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/programs"
cp "$script" "$stage/run_hostile.py"
cp "$judge" "$stage/judge"
find "$programs" -maxdepth 1 -type f -perm -u+x -exec cp {} "$stage/programs/" \;
chmod -R a+rX "$stage"
chmod 755 "$stage"

as_user() {
    setpriv --reuid=4242 --regid=4242 --clear-groups --inh-caps=-all \
        --reset-env env HOME="$stage" TMPDIR=/tmp "$@"
}

cd "$stage"
# The Python CMake found may be a shim under /root (pyenv) that uid 4242
# cannot run; fall back to the system's.
for candidate in "$python" /usr/bin/python3 python3; do
    if as_user "$candidate" -c "" >/dev/null 2>&1; then
        python=$candidate
        break
    fi
done
status=0
as_user "$python" "$stage/run_hostile.py" --judge "$stage/judge" \
    --programs "$stage/programs" --copy-judge || status=$?
exit "$status"
