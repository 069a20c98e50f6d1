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
