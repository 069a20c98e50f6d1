#!/usr/bin/env python3
"""How trustworthy the complexity check is (docs/complexity.md).

Runs the corpus in tests/complexity/ several times through
`judge run --complexity-only --json` and prints:
  - the false-CLE rate: solutions within their budget that got CLE;
  - the detection rate: solutions over their budget that got CLE;
  - the time the checks took (median and slowest per solution).

Within-budget solutions are the corpus's own (`expect: AC`, not the
reference of their language) and every reference copied to a temporary
file, so that it is timed against itself as a separate program: two
identical programs, the purest test of noise.  Over-budget solutions are
those with `expect: CLE`.  --bank adds the bundled problems: copies of
their references in all five languages (Java and JavaScript included),
and their CLE solutions.

--load N keeps N busy processes spinning beside the judge (default: one
less than the CPUs, "the other core busy as well"); --load 0 for an idle
machine.  The figures are the benchmark's output; nothing is asserted.

Usage: complexity_bench.py --judge PATH [--runs N] [--load N] [--bank]
                           [--only PROBLEM] [--json]
Exit status: 0 measured, 1 a check failed to run, 2 bad usage.
"""

import argparse
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "tests", "complexity")
BANK = os.path.join(HERE, "..", "problems")


def spin():
    while True:
        pass


def solutions(problem_dir):
    """(file, expect) pairs from a problem.yaml's solutions list.  The
    corpus writes each as '- file: X' followed by 'expect: Y'."""
    text = open(os.path.join(problem_dir, "problem.yaml")).read()
    return re.findall(r"-\s*file:\s*(\S+)\s*\n\s*expect:\s*(\S+)", text)


def references(problem_dir):
    """The complexity block's reference list, as the bank writes it."""
    text = open(os.path.join(problem_dir, "problem.yaml")).read()
    m = re.search(r"^complexity:\n(?:  .*\n)*?  reference: \[([^\]]*)\]",
                  text, re.M)
    return [r.strip() for r in m.group(1).split(",")] if m else []


def cases(only, tmp, bank):
    """(folder, problem, path, kind, label): kind 'within' or 'over'."""
    out = []
    for folder in [CORPUS] + ([BANK] if bank else []):
        for problem in sorted(os.listdir(folder)):
            pdir = os.path.join(folder, problem)
            if only and problem not in only or not os.path.isdir(pdir):
                continue
            refs = references(pdir) if folder == BANK else None
            for rel, expect in solutions(pdir):
                path = os.path.join(pdir, rel)
                name = os.path.basename(rel)
                if expect == "CLE":
                    out.append((folder, problem, path, "over", name))
                elif (rel in refs if refs is not None else
                      name.startswith(("ref.", "Ref."))):
                    copy = os.path.join(tmp, problem + "-copy-" + name)
                    shutil.copy(path, copy)
                    out.append((folder, problem, copy, "within",
                                "copy of " + name))
                elif folder == CORPUS:
                    out.append((folder, problem, path, "within", name))
    return out


def check(judge, folder, problem, path):
    start = time.monotonic()
    p = subprocess.run([judge, "run", "--complexity-only", "--json",
                        os.path.join(folder, problem), path],
                       capture_output=True, text=True)
    took = time.monotonic() - start
    try:
        report = json.loads(p.stdout)
    except ValueError:
        return None, took, p.stderr.strip()[-300:]
    return report, took, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--judge", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--load", type=int,
                    default=max(0, (os.cpu_count() or 1) - 1))
    ap.add_argument("--only", action="append")
    ap.add_argument("--bank", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.runs < 1 or args.load < 0:
        ap.error("--runs must be at least 1 and --load at least 0")

    hogs = [multiprocessing.Process(target=spin, daemon=True)
            for _ in range(args.load)]
    for h in hogs:
        h.start()
    tally = {"within": [0, 0], "over": [0, 0]}   # [CLE, total]
    unjudged = {"within": 0, "over": 0}          # too few sizes
    times, misses, alarms, failures, slow = [], {}, {}, {}, []
    start = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="judge-cx-bench-") as tmp:
            todo = cases(args.only, tmp, args.bank)
            for run in range(args.runs):
                for i, (folder, problem, path, kind, label) in \
                        enumerate(todo):
                    if not args.json and sys.stderr.isatty():
                        sys.stderr.write("\r  run %d/%d  %d/%d  %-50s" % (
                            run + 1, args.runs, i + 1, len(todo),
                            problem + " " + label))
                    report, took, err = check(args.judge, folder, problem,
                                              path)
                    times.append(took)
                    slow.append((took, problem + " " + label))
                    verdict = report and report.get("verdict")
                    if verdict not in ("AC", "CLE"):
                        key = (problem, label, verdict, err)
                        failures[key] = failures.get(key, 0) + 1
                        continue
                    tally[kind][1] += 1
                    c = report.get("complexity") or {}
                    if c.get("decision") == "unknown":
                        unjudged[kind] += 1
                    if verdict == "CLE":
                        tally[kind][0] += 1
                        if kind == "within":
                            alarms[(problem, label)] = \
                                alarms.get((problem, label), 0) + 1
                    elif kind == "over":
                        misses[(problem, label)] = \
                            misses.get((problem, label), 0) + 1
    finally:
        for h in hogs:
            h.terminate()
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
    elapsed = time.monotonic() - start

    within_cle, within_n = tally["within"]
    over_cle, over_n = tally["over"]
    result = {
        "runs": args.runs,
        "load": args.load,
        "cpus": os.cpu_count(),
        "within_budget_checks": within_n,
        "false_cle": within_cle,
        "false_cle_rate": within_cle / within_n if within_n else None,
        "over_budget_checks": over_n,
        "detected": over_cle,
        "detection_rate": over_cle / over_n if over_n else None,
        "within_not_judged": unjudged["within"],
        "over_not_judged": unjudged["over"],
        "seconds": round(elapsed, 1),
        "median_check_s": round(statistics.median(times), 2) if times else None,
        "slowest_check_s": round(max(times), 2) if times else None,
        "slowest": ["%s %.1f s" % (name, t)
                    for t, name in sorted(slow, reverse=True)[:3]],
        "false_alarms": ["%s %s (%d)" % (p, l, n)
                         for (p, l), n in sorted(alarms.items())],
        "misses": ["%s %s (%d)" % (p, l, n)
                   for (p, l), n in sorted(misses.items())],
        "failures": ["%s %s: %s %s (%d)" % (k + (n,))
                     for k, n in sorted(failures.items(), key=str)],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print("complexity check, tests/complexity%s: %d runs, %d busy "
              "process(es) beside it, %d CPUs" %
              (" and the bank" if args.bank else "", args.runs, args.load,
               os.cpu_count()))
        print("  %-34s %s" % ("within budget flagged CLE (false)",
                              "%d / %d" % (within_cle, within_n)))
        print("  %-34s %s" % ("over budget caught (CLE)",
                              "%d / %d" % (over_cle, over_n)))
        if over_n:
            print("  %-34s %.1f%%" % ("detection rate",
                                      100.0 * over_cle / over_n))
        print("  %-34s %d within, %d over" %
              ("not judged (too few sizes)", unjudged["within"],
               unjudged["over"]))
        print("  %-34s %.0f s (median %.1f s, slowest %.1f s a check)" %
              ("time", elapsed, result["median_check_s"] or 0,
               result["slowest_check_s"] or 0))
        print("  %-34s %s" % ("slowest checks",
                              ", ".join(result["slowest"])))
        for line in result["false_alarms"]:
            print("  false CLE: " + line)
        for line in result["misses"]:
            print("  missed:    " + line)
        for line in result["failures"][:10]:
            print("  failed:    " + line)
        if len(result["failures"]) > 10:
            print("  failed:    ... and %d more" %
                  (len(result["failures"]) - 10))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
