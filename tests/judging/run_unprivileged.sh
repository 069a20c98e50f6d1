#!/bin/sh
# Runs the judging suite as an ordinary user (uid/gid 4242, no groups, no
# capabilities), the common case for judge, from a root CI job.
#
# Usage: run_unprivileged.sh JUDGE RUN_JUDGING_PY TOOLCHAINS_YAML [PYTHON]
# Exits 77 (CTest's "skipped") when not run as root or setpriv is missing.
#
# uid 4242 cannot read a build or source tree under /root, so the driver,
# judge and the shipped toolchains.yaml are staged in a world-readable
# directory first (the pattern of tests/profiles/run_unprivileged.sh).  A
# judge outside its build tree looks for its data in the installed data
# directory; JUDGE_DATA_DIR points it at the staged toolchains.yaml.
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
    echo "usage: run_unprivileged.sh JUDGE RUN_JUDGING_PY TOOLCHAINS_YAML [PYTHON]" >&2
    exit 2
fi

judge=$1
script=$2
toolchains=$3
python=${4:-python3}

stage=$(mktemp -d /tmp/judge-judging-unprivileged.XXXXXX)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/data"
cp "$script" "$stage/run_judging.py"
cp "$judge" "$stage/judge"
cp "$toolchains" "$stage/data/toolchains.yaml"
chmod -R a+rX "$stage"
chmod 755 "$stage"

as_user() {
    setpriv --reuid=4242 --regid=4242 --clear-groups --inh-caps=-all \
        --reset-env env HOME="$stage" TMPDIR=/tmp \
        JUDGE_DATA_DIR="$stage/data" "$@"
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
as_user "$python" "$stage/run_judging.py" --judge "$stage/judge" || status=$?
exit "$status"
