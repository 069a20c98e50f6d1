#!/bin/sh
# Runs the profile suite as an ordinary user (uid/gid 4242, no groups, no
# capabilities), the common case for judge, from a root CI job.
#
# Usage: run_unprivileged.sh JUDGE RUN_PROFILES_PY [PYTHON]
# Exits 77 (CTest's "skipped") when not run as root or setpriv is missing.
#
# uid 4242 cannot read a build or source tree under /root, so the driver
# and judge are staged in a world-readable directory first (the pattern of
# tests/hostile/run_unprivileged.sh).
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: not root (switching to uid 4242 needs root)"
    exit 77
fi
if ! command -v setpriv >/dev/null 2>&1; then
    echo "skipped: setpriv not found"
    exit 77
fi
if [ $# -lt 2 ]; then
    echo "usage: run_unprivileged.sh JUDGE RUN_PROFILES_PY [PYTHON]" >&2
    exit 2
fi

judge=$1
script=$2
python=${3:-python3}

stage=$(mktemp -d /tmp/judge-profiles-unprivileged.XXXXXX)
trap 'rm -rf "$stage"' EXIT
cp "$script" "$stage/run_profiles.py"
cp "$judge" "$stage/judge"
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
as_user "$python" "$stage/run_profiles.py" --judge "$stage/judge" || status=$?
exit "$status"
