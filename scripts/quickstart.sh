#!/bin/sh
# The first command of README.md's quick start: install the dependencies,
# build, show what the sandbox can do here, and judge a bundled solution.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j "$(nproc 2>/dev/null || echo 2)"
echo
# doctor exits 1 when a layer is missing; that is worth reading, not fatal.
build/judge/judge doctor || true
echo
echo '$ judge run a-plus-b problems/a-plus-b/solutions/ref.c'
build/judge/judge run a-plus-b problems/a-plus-b/solutions/ref.c
echo
# A LeetCode-style problem with a complexity budget: the tests, then the
# solution timed against the reference on growing inputs.
echo '$ judge run reverse-linked-list problems/reverse-linked-list/solutions/recursive.py'
build/judge/judge run reverse-linked-list \
    problems/reverse-linked-list/solutions/recursive.py
