#!/bin/sh
# Runs a test as an ordinary user (uid/gid 4242, no groups, no
# capabilities), the common case for judge, from a root CI job.
#
# Usage: run-unprivileged.sh [NAME=VALUE...] FILE... -- COMMAND [ARG...]
#
# uid 4242 cannot read a build or source tree under /root, so each FILE (a
# file, a directory whose executables are wanted, or a directory given
# with a trailing slash, copied whole) is first copied into a fresh
# world-readable stage directory, under its own name.  In the
# NAME=VALUE settings and in COMMAND's arguments, {stage} stands for that
# directory.  A judge copied out of its build tree finds its data through
# JUDGE_DATA_DIR={stage} when toolchains.yaml is among the files.
#
# Exits 77 (CTest's "skipped") when not run as root or setpriv is missing.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: not root (switching to uid 4242 needs root)"
    exit 77
fi
if ! command -v setpriv >/dev/null 2>&1; then
    echo "skipped: setpriv not found"
    exit 77
fi

stage=$(mktemp -d /tmp/judge-unprivileged.XXXXXX)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"

settings=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case $1 in
    *=*)
        settings="$settings $(printf '%s' "$1" | sed "s|{stage}|$stage|g")"
        ;;
    */)
        # A data directory (judge's harness/): all of it.
        cp -R "${1%/}" "$stage/$(basename "${1%/}")"
        ;;
    *)
        if [ -d "$1" ]; then
            # A build directory: only its programs.
            mkdir "$stage/$(basename "$1")"
            find "$1" -maxdepth 1 -type f -perm -u+x \
                -exec cp {} "$stage/$(basename "$1")/" \;
        else
            cp "$1" "$stage/"
        fi
        ;;
    esac
    shift
done
if [ $# -lt 2 ]; then
    echo "usage: run-unprivileged.sh [NAME=VALUE...] FILE... -- COMMAND [ARG...]" >&2
    exit 2
fi
shift
chmod -R a+rX "$stage"

command=$(printf '%s' "$1" | sed "s|{stage}|$stage|g")
shift
# Python found by CMake may be a shim under /root (pyenv) that uid 4242
# cannot run; the system's then serves.
case $command in
*python*) [ -x /usr/bin/python3 ] && command=/usr/bin/python3 ;;
esac

# Rebuild the argument list with {stage} expanded.
for arg in "$@"; do
    set -- "$@" "$(printf '%s' "$arg" | sed "s|{stage}|$stage|g")"
    shift
done

cd "$stage"
# shellcheck disable=SC2086 # settings are NAME=VALUE words by construction
exec setpriv --reuid=4242 --regid=4242 --clear-groups --inh-caps=-all \
    --reset-env env HOME="$stage" TMPDIR=/tmp $settings "$command" "$@"
