#!/usr/bin/env python3
"""The complexity check end to end, with `judge run` on the corpus.

run_judging.py writes its own small problems; the complexity check needs
problems whose solutions really differ in growth, so this suite judges
the corpus in tests/complexity (docs/complexity.md), copied into a fresh
temporary directory and made world-readable (as root the sandbox runs
programs as uid 65534):

  maximum-subarray    O(n); starts_n2.c is quadratic (CLE), ref.c linear
  contains-duplicate  O(n log n); hashset_n.py is linear (within)
  a-plus-b            (problems/) no complexity budget

Cases:

  cle_text            the quadratic solution: exit 1, "CLE" in the text
                      report, and --plot writes an SVG that parses as XML
  cle_json            --json: verdict CLE, complexity.decision "over",
                      complexity.points non-empty, n ascending, times
                      numeric (or null where not measured)
  within_json         an in-budget solution that is not the reference:
                      exit 0, decision "within"
  no_complexity       --no-complexity on the quadratic solution: exit 0,
                      complexity.ran false, skipped "--no-complexity"
  complexity_only     --complexity-only: every test's verdict null, and
                      the check still decides (CLE, exit 1)
  plot_conflict       --plot with --no-complexity: exit 2
  no_budget           --complexity-only on a problem without a budget:
                      exit 2
  only_sample         --only sample: the check is skipped, and
                      complexity.skipped says why

Each check takes 2 to 4 s; the quadratic solution is in C so that it
reaches the cap quickly.  A language whose compiler or runtime is not
installed is skipped.  The judge runs with its own XDG cache, data and
config directories inside the work directory.

Usage: run_complexity.py --judge PATH [-k NAME] [-v] [--keep]
                         [--corpus DIR] [--bank DIR]
Exit status: 0 when every case passed (or was skipped), 1 otherwise.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.dom.minidom

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(SOURCE_DIR, "tests", "complexity")
BANK = os.path.join(SOURCE_DIR, "problems")

# Where judge looks for programs without a slash (toolchains.yaml).
SEARCH_PATH = ["/usr/local/bin", "/usr/bin", "/bin"]
JOBS = ["--jobs", "2"]
JUDGE_TIMEOUT = 120         # seconds; a judge run taking longer is a hang

QUADRATIC = ("maximum-subarray", "solutions/starts_n2.c")
WITHIN = ("contains-duplicate", "solutions/hashset_n.py")
NEEDS = {".c": ["gcc"], ".py": ["python3"]}


def find_program(name):
    for d in SEARCH_PATH:
        path = os.path.join(d, name)
        if os.access(path, os.X_OK):
            return path
    return None


def open_tree(root):
    """World-readable: as root, the sandbox runs programs as uid 65534."""
    for d, _dirs, files in os.walk(root):
        os.chmod(d, 0o755)
        for name in files:
            os.chmod(os.path.join(d, name), 0o644)


class Failed(Exception):
    pass


class Result:
    """What one judge invocation did."""

    def __init__(self, command, returncode, stdout, stderr, elapsed, timed_out):
        self.command = command
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.elapsed = elapsed
        self.timed_out = timed_out
        self.json = None

    def details(self):
        out = self.stdout.strip()
        if len(out) > 3000:
            out = out[:3000] + " ..."
        return (f"     command: {' '.join(self.command)}\n"
                f"     exit: {self.returncode} after {self.elapsed:.2f} s\n"
                f"     stdout: {out or '(none)'}\n"
                f"     stderr: {self.stderr.strip()[-1500:] or '(none)'}")


class Driver:
    def __init__(self, args):
        self.args = args
        self.judge = os.path.abspath(args.judge)
        self.work = tempfile.mkdtemp(prefix="judge-complexity.")
        os.chmod(self.work, 0o755)
        self.problems = os.path.join(self.work, "problems")
        self.env = dict(os.environ)
        for name in ("JUDGE_PROBLEMS", "NO_COLOR", "FORCE_COLOR"):
            self.env.pop(name, None)
        self.env["XDG_CACHE_HOME"] = os.path.join(self.work, "cache")
        self.env["XDG_DATA_HOME"] = os.path.join(self.work, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.work, "config")
        self.last = None

    def setup(self):
        for pid in (QUADRATIC[0], WITHIN[0]):
            shutil.copytree(os.path.join(self.args.corpus, pid),
                            os.path.join(self.problems, pid))
        shutil.copytree(os.path.join(self.args.bank, "a-plus-b"),
                        os.path.join(self.problems, "a-plus-b"))
        open_tree(self.work)

    def cleanup(self):
        if self.args.keep:
            print(f"# kept {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)

    def path(self, problem, rel):
        return os.path.join(self.problems, problem, rel)

    def missing(self, solution):
        ext = os.path.splitext(solution)[1]
        absent = [p for p in NEEDS.get(ext, []) if not find_program(p)]
        return " and ".join(absent) + " not installed" if absent else None

    def run(self, spec, *opts, json_out=True):
        problem, rel = spec
        command = [self.judge, "run", *JOBS, *opts]
        if json_out:
            command.append("--json")
        command += ["--problems", self.problems, problem, self.path(problem, rel)]
        if self.args.verbose:
            print("     $ " + " ".join(command))
        start = time.monotonic()
        try:
            proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=JUDGE_TIMEOUT, env=self.env, cwd=self.work)
            rc, out, err, timed_out = proc.returncode, proc.stdout, proc.stderr, False
        except subprocess.TimeoutExpired as e:
            rc, out, err, timed_out = None, e.stdout or b"", e.stderr or b"", True
        r = Result(command, rc, out.decode(errors="replace"), err.decode(errors="replace"),
                   time.monotonic() - start, timed_out)
        self.last = r
        if timed_out:
            raise Failed(f"judge did not return within {JUDGE_TIMEOUT} s")
        if json_out:
            try:
                r.json = json.loads(r.stdout)
            except ValueError as e:
                raise Failed(f"no JSON on stdout ({e}), exit {rc}")
            if not isinstance(r.json, dict):
                raise Failed("the JSON is not an object")
        return r


# ---------------------------------------------------------------- checks

def expect_exit(r, code):
    if r.returncode != code:
        raise Failed(f"exit status {r.returncode}, expected {code}")


def complexity_of(r):
    c = r.json.get("complexity")
    if not isinstance(c, dict):
        raise Failed(f"complexity is {c!r}, not an object")
    return c


def expect_decision(r, verdict, decision, code):
    j = r.json
    c = complexity_of(r)
    problems = []
    if j.get("verdict") != verdict:
        problems.append(f"verdict {j.get('verdict')} ({j.get('message')}), expected {verdict}")
    if c.get("ran") is not True:
        problems.append(f"complexity.ran {c.get('ran')!r} (skipped: {c.get('skipped')!r})")
    if c.get("decision") != decision:
        problems.append(f"complexity.decision {c.get('decision')!r}, expected {decision!r} "
                        f"({c.get('explanation')})")
    if r.returncode != code:
        problems.append(f"exit status {r.returncode}, expected {code}")
    if problems:
        raise Failed("; ".join(problems))
    return c


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_points(c):
    """Non-empty, n ascending, times numbers >= 0 or null; the reference
    measured at every size, the solution at the first."""
    pts = c.get("points")
    if not isinstance(pts, list) or not pts:
        raise Failed(f"complexity.points is {pts!r}, not a non-empty list")
    ns = [p.get("n") for p in pts]
    if not all(is_number(n) and n > 0 for n in ns) or ns != sorted(set(ns)):
        raise Failed(f"complexity.points n not strictly ascending: {ns}")
    for p in pts:
        for key in ("solution_ms", "reference_ms"):
            v = p.get(key, "absent")
            if v is not None and not (is_number(v) and v >= 0):
                raise Failed(f"points n={p['n']}: {key} is {v!r}")
        if not isinstance(p.get("solution_capped"), bool):
            raise Failed(f"points n={p['n']}: solution_capped is {p.get('solution_capped')!r}")
    if not is_number(pts[0].get("solution_ms")):
        raise Failed("the solution was not measured at the smallest size")
    if not all(is_number(p.get("reference_ms")) for p in pts):
        raise Failed("the reference was not measured at every size")
    # The solution stops at its first capped size: nothing measured after.
    capped = [i for i, p in enumerate(pts) if p["solution_capped"]]
    if capped and any(p.get("solution_ms") is not None for p in pts[capped[0] + 1:]):
        raise Failed("solution times after the size where it was capped")
    return pts


# ---------------------------------------------------------------- cases

CASES = []


def case(name, *solutions):
    def register(fn):
        CASES.append((name, solutions, fn))
        return fn
    return register


@case("cle_text", QUADRATIC)
def cle_text(d):
    svg = os.path.join(d.work, "out.svg")
    r = d.run(QUADRATIC, "--plot", svg, json_out=False)
    expect_exit(r, 1)
    if "CLE" not in r.stdout:
        raise Failed("no 'CLE' in the text report")
    if "complexity" not in r.stdout:
        raise Failed("no complexity section in the text report")
    if not os.path.isfile(svg):
        raise Failed(f"--plot wrote no {svg}")
    with open(svg, "rb") as f:
        text = f.read()
    try:
        doc = xml.dom.minidom.parseString(text)
    except Exception as e:  # expat raises its own ExpatError
        raise Failed(f"{svg} is not XML: {e}")
    if b"<svg" not in text or doc.documentElement.tagName != "svg":
        raise Failed(f"{svg} is not an SVG (root <{doc.documentElement.tagName}>)")
    return f"CLE; chart of {len(text)} bytes"


@case("cle_json", QUADRATIC)
def cle_json(d):
    r = d.run(QUADRATIC)
    c = expect_decision(r, "CLE", "over", 1)
    pts = check_points(c)
    if c.get("budget") != "O(n)":
        raise Failed(f"complexity.budget {c.get('budget')!r}, expected 'O(n)'")
    if not any(p["solution_capped"] or p["solution_ms"] is None for p in pts):
        # Not required by the rule, but a quadratic solution at n up to
        # 2^20 always reaches the 500 ms cap: the sizes are wrong if not.
        raise Failed("the quadratic solution never reached the cap")
    if not all(t.get("verdict") == "AC" for t in r.json.get("tests") or []):
        raise Failed("CLE is for a solution that passes its tests")
    return f"{len(pts)} points, {c.get('explanation')}"


@case("within_json", WITHIN)
def within_json(d):
    r = d.run(WITHIN)
    c = expect_decision(r, "AC", "within", 0)
    check_points(c)
    if os.path.basename(c.get("reference") or "") == os.path.basename(WITHIN[1]):
        raise Failed("timed against itself")
    return c.get("explanation")


@case("no_complexity", QUADRATIC)
def no_complexity(d):
    r = d.run(QUADRATIC, "--no-complexity")
    expect_exit(r, 0)
    c = complexity_of(r)
    if r.json.get("verdict") != "AC":
        raise Failed(f"verdict {r.json.get('verdict')}, expected AC")
    if c.get("ran") is not False:
        raise Failed(f"complexity.ran {c.get('ran')!r}, expected false")
    if c.get("skipped") != "--no-complexity":
        raise Failed(f"complexity.skipped {c.get('skipped')!r}, expected '--no-complexity'")
    if "decision" in c or "points" in c:
        raise Failed("a decision or points for a check that did not run")
    return "skipped"


@case("complexity_only", QUADRATIC)
def complexity_only(d):
    r = d.run(QUADRATIC, "--complexity-only")
    tests = r.json.get("tests")
    if not isinstance(tests, list) or not tests:
        raise Failed(f"tests is {tests!r}: the tests are listed, not run")
    ran = [t.get("name") for t in tests if t.get("verdict") is not None]
    if ran:
        raise Failed(f"tests run with --complexity-only: {', '.join(ran)}")
    c = expect_decision(r, "CLE", "over", 1)
    check_points(c)
    return f"{len(tests)} tests not run, decision {c.get('decision')}"


@case("plot_conflict")
def plot_conflict(d):
    svg = os.path.join(d.work, "conflict.svg")
    r = d.run(QUADRATIC, "--no-complexity", "--plot", svg, json_out=False)
    expect_exit(r, 2)
    if "--no-complexity" not in r.stderr:
        raise Failed("the message does not name --no-complexity")
    if os.path.exists(svg):
        raise Failed(f"{svg} written")
    return r.stderr.strip()


@case("no_budget")
def no_budget(d):
    r = d.run(("a-plus-b", "solutions/ref.c"), "--complexity-only", json_out=False)
    expect_exit(r, 2)
    if "no complexity budget" not in r.stderr:
        raise Failed("the message does not say the problem has no budget")
    return r.stderr.strip()


@case("only_sample", QUADRATIC)
def only_sample(d):
    r = d.run(QUADRATIC, "--only", "sample")
    expect_exit(r, 0)
    c = complexity_of(r)
    if c.get("ran") is not False or "decision" in c:
        raise Failed(f"the check ran with --only sample: {c}")
    skipped = c.get("skipped") or ""
    if "only" not in skipped:
        raise Failed(f"complexity.skipped {skipped!r} does not say only some tests ran")
    ran = [t for t in r.json.get("tests") or [] if t.get("verdict") is not None]
    if not ran or not all(t.get("sample") for t in ran):
        raise Failed("--only sample did not run just the samples")
    return skipped


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, help="the judge binary")
    parser.add_argument("-k", dest="filters", action="append", default=[], metavar="NAME",
                        help="run only cases whose name contains NAME (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--corpus", default=CORPUS,
                        help="the folder of tests/complexity (default: the source tree's)")
    parser.add_argument("--bank", default=BANK,
                        help="a folder holding problems/a-plus-b (default: the source tree's)")
    args = parser.parse_args()

    if not os.access(args.judge, os.X_OK):
        print(f"cannot run judge '{args.judge}'")
        print("0 passed, 1 failed")
        return 1
    driver = Driver(args)
    passed = failed = skipped = 0
    start = time.monotonic()
    try:
        driver.setup()
        print(f"# uid {os.getuid()}, judge '{driver.judge}', work '{driver.work}'")
        for name, solutions, fn in CASES:
            if args.filters and not any(f in name for f in args.filters):
                continue
            reason = next((m for m in (driver.missing(s[1]) for s in solutions) if m), None)
            if reason:
                print(f"skip {name}: {reason}")
                skipped += 1
                continue
            t0 = time.monotonic()
            driver.last = None
            try:
                note = fn(driver)
                print(f"ok   {name}: {note} ({time.monotonic() - t0:.2f} s)")
                passed += 1
            except Failed as e:
                print(f"FAIL {name}: {e} ({time.monotonic() - t0:.2f} s)")
                failed += 1
                if driver.last is not None:
                    print(driver.last.details())
            sys.stdout.flush()
    finally:
        driver.cleanup()
    print(f"# {time.monotonic() - start:.1f} s in all")
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
