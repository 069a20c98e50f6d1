#!/usr/bin/env python3
"""How much one driver process for all tests saves (bench/README.md).

Makes a Python function problem with N tests (default 50) in a temporary
folder, then measures, in the same run:
  - one sandboxed interpreter start: `judge exec --profile python --
    python3 -c pass`, the cost a judge pays per test when every test
    starts its own interpreter;
  - judging the N tests with `judge run` (compile cached), where all of
    them go through one driver process.
It prints the medians and the judging time as a multiple of one start.

Usage: batch_bench.py --judge PATH [-n TESTS] [-r REPEATS] [--json]
Exit status: 0 measured, 1 a run failed, 2 bad usage.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PROBLEM = """id: sum-pair
title: Sum of a pair
difficulty: easy
tags: [bench]
kind: function
function:
  name: addTwo
  params: [{name: a, type: integer}, {name: b, type: integer}]
  returns: integer
tests:
%s
solutions: [{file: sol.py, expect: AC}]
"""

SOLUTION = """class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b
"""


def timed(command):
    start = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True)
    elapsed = (time.monotonic() - start) * 1000
    return proc, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True)
    parser.add_argument("-n", type=int, default=50, help="tests (50)")
    parser.add_argument("-r", type=int, default=7, help="repeats (7)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.n < 1 or args.r < 1:
        parser.error("counts must be positive")

    work = tempfile.mkdtemp(prefix="judge-batch-bench.")
    os.chmod(work, 0o755)
    try:
        folder = os.path.join(work, "sum-pair")
        os.makedirs(folder)
        tests = "\n".join(
            f'  - {{name: t{i}, input: "{i}\\n{i + 1}\\n", output: "{2 * i + 1}\\n"}}'
            for i in range(args.n))
        with open(os.path.join(folder, "problem.yaml"), "w") as f:
            f.write(PROBLEM % tests)
        with open(os.path.join(folder, "statement.md"), "w") as f:
            f.write("# Sum of a pair\n")
        solution = os.path.join(folder, "sol.py")
        with open(solution, "w") as f:
            f.write(SOLUTION)

        start_cmd = [args.judge, "exec", "--json", "--profile", "python",
                     "--", "python3", "-c", "pass"]
        run_cmd = [args.judge, "run", "--json", "--problems", work,
                   "sum-pair", solution]
        proc, _ = timed(run_cmd)  # warm the build cache
        if proc.returncode != 0:
            print(f"batch_bench: judge run failed: {proc.stdout}{proc.stderr}",
                  file=sys.stderr)
            return 1
        starts, runs = [], []
        for _ in range(args.r):
            proc, ms = timed(start_cmd)
            if proc.returncode != 0 or json.loads(proc.stdout)["status"] != "OK":
                print(f"batch_bench: {proc.stdout}{proc.stderr}", file=sys.stderr)
                return 1
            starts.append(ms)
            proc, ms = timed(run_cmd)
            if proc.returncode != 0:
                print(f"batch_bench: {proc.stdout}{proc.stderr}", file=sys.stderr)
                return 1
            runs.append(ms)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    one = statistics.median(starts)
    batch = statistics.median(runs)
    result = {
        "tests": args.n,
        "interpreter_start_ms": round(one, 1),
        "judge_run_ms": round(batch, 1),
        "starts_equivalent": round(batch / one, 2),
        "one_process_per_test_ms": round(one * args.n, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"one sandboxed python3 start (median of {args.r}): {one:8.1f} ms")
        print(f"judge run, {args.n} tests, one driver (median):   {batch:8.1f} ms"
              f"  = {batch / one:.1f} starts")
        print(f"{args.n} tests at one start each would take:       "
              f"{one * args.n:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
