#!/bin/sh
# The whole test suite, as README.md gives it and .ci/run calls it:
#   1. a gcc build with -Werror, and every CTest test (unit suites as
#      this user and, as root, as uid 4242; the hostile programs; the
#      benchmark's smoke run);
#   2. a clang build with AddressSanitizer and UBSan, and the unit suites.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

echo "== gcc build, all tests"
CC=gcc cmake -S . -B build -DJUDGE_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== clang build with ASan and UBSan, unit tests"
CC=clang cmake -S . -B build-asan -DJUDGE_SANITIZE=ON -DJUDGE_WERROR=ON \
    >/dev/null
cmake --build build-asan -j "$jobs"
ctest --test-dir build-asan --output-on-failure -j "$jobs"
