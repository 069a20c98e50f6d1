#!/usr/bin/env python3
"""Run the hostile programs through `judge exec --json` and check outcomes.

Each case below names a one-trick program from this directory, the
`judge exec` options it runs under, and the outcome the sandbox must give.
Programs are copied to a fresh 0755 directory first, because as root the
sandbox runs them as uid 65534, which cannot reach a build tree under
/root.  Never run these programs outside `judge exec`.

Usage: run_hostile.py --judge PATH --programs DIR [--copy-judge] [-k NAME] [-v]
Exit status: 0 when every case passed (or was skipped), 1 otherwise.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MIB = 1024 * 1024

# Marks a field whose value does not matter.
ANY = object()

# Statuses that count as "the sandbox stopped it" for the bombs: anything
# but OK (the bomb got away with it) and IE (the sandbox broke).
NOT_OK = frozenset({"TLE", "MLE", "OLE", "RE", "SV"})


class Expect:
    """One acceptable outcome: exact fields plus (low, high) ranges."""

    def __init__(self, status, limit=ANY, syscall=ANY, exit_code=ANY,
                 signal_name=ANY, **ranges):
        self.status = status
        self.fields = {"limit": limit, "syscall": syscall,
                       "exit_code": exit_code, "signal": signal_name}
        self.ranges = ranges

    def mismatches(self, got):
        """Returns what differs from got (a parsed JSON outcome)."""
        wrong = []
        status = got.get("status")
        allowed = self.status if isinstance(self.status, frozenset) else {self.status}
        if status not in allowed:
            wrong.append(f"status {status}")
        for key, want in self.fields.items():
            if want is ANY:
                continue
            value = got.get(key)
            # A syscall ending in ':' is a prefix ("i386:").
            if key == "syscall" and isinstance(want, str) and want.endswith(":"):
                if not (isinstance(value, str) and value.startswith(want)):
                    wrong.append(f"{key} {value!r}")
            elif value != want:
                wrong.append(f"{key} {value!r}")
        for key, (low, high) in self.ranges.items():
            value = got.get(key)
            if not isinstance(value, (int, float)):
                wrong.append(f"{key} {value!r}")
            elif (low is not None and value < low) or (high is not None and value > high):
                wrong.append(f"{key} {value}")
        return wrong

    def describe(self):
        if isinstance(self.status, frozenset):
            parts = ["status not OK"]
        else:
            parts = [f"status {self.status}"]
        parts += [f"{key} {want!r}" for key, want in self.fields.items() if want is not ANY]
        for key, (low, high) in self.ranges.items():
            if low is not None and high is not None:
                parts.append(f"{low} <= {key} <= {high}")
            elif low is not None:
                parts.append(f"{key} >= {low}")
            else:
                parts.append(f"{key} <= {high}")
        return ", ".join(parts)


def ok(**ranges):
    return Expect("OK", limit=None, syscall=None, exit_code=0, signal_name=None, **ranges)


def sv(syscall):
    return Expect("SV", syscall=syscall)


def killed_by(signal_name):
    return Expect("RE", limit=None, syscall=None, exit_code=None, signal_name=signal_name)


def exited(code):
    return Expect("RE", limit=None, syscall=None, exit_code=code, signal_name=None)


def limited(status, limit, **ranges):
    return Expect(status, limit=limit, syscall=None, **ranges)


class Case:
    """A program, how to run it, and the outcomes it may have.

    opts and args may hold {placeholders} filled from the driver's context
    (see Driver.context).  setup(driver, run) may add options, arguments
    or inherited descriptors; check(driver, run, outcome) returns a list of
    problems found after the run.
    """

    def __init__(self, name, expect, opts=(), args=(), program=None,
                 landlock=False, max_seconds=10.0, setup=None, check=None,
                 judge_exit=0, repeat=1):
        self.name = name
        self.expect = expect if isinstance(expect, list) else [expect]
        self.opts = list(opts)
        self.args = list(args)
        self.program = program or name
        self.landlock = landlock
        self.max_seconds = max_seconds
        self.setup = setup
        self.check = check
        self.judge_exit = judge_exit
        # For races: the case passes only if every one of the runs does.
        self.repeat = repeat


class Run:
    """The per-run state that setup and check hooks share."""

    def __init__(self, case, opts, args):
        self.case = case
        self.opts = opts
        self.args = args
        self.pass_fds = ()
        self.state = {}


# ---------------------------------------------------------------- hooks

def setup_scratch(driver, run):
    """Gives the run a scratch directory the driver owns (--dir)."""
    scratch = tempfile.mkdtemp(prefix=run.case.name + ".", dir=driver.work)
    os.chmod(scratch, 0o755)
    run.state["scratch"] = scratch
    run.opts += ["--dir", scratch]


def check_daemon(driver, run, outcome):
    """The grandchild must be dead: its marker file must not come back."""
    marker = os.path.join(run.state["scratch"], "marker")
    try:
        os.unlink(marker)
    except FileNotFoundError:
        pass
    time.sleep(0.5)
    if os.path.exists(marker):
        return ["'marker' came back 0.5 s after the run: the daemonised grandchild survived"]
    return []


def setup_kill_all(driver, run):
    """A canary of the driver's own, which the program will try to kill."""
    run.state["canary"] = subprocess.Popen(["sleep", "60"], stdin=subprocess.DEVNULL)
    run.args += [str(os.getpid())]


def check_kill_all(driver, run, outcome):
    problems = []
    canary = run.state["canary"]
    time.sleep(0.1)
    if canary.poll() is not None:
        problems.append(f"the canary 'sleep 60' outside the sandbox died (status {canary.returncode})")
    else:
        canary.kill()
    canary.wait()
    # Had the driver been killed, nothing would print this line at all.
    return problems


def setup_fd_leak(driver, run):
    """Hands judge an inheritable descriptor the program must not get."""
    fd = os.open(os.path.join(driver.work, "leak.txt"), os.O_RDWR | os.O_CREAT, 0o600)
    os.set_inheritable(fd, True)
    run.pass_fds = (fd,)
    run.state["fd"] = fd


def check_fd_leak(driver, run, outcome):
    os.close(run.state["fd"])
    return []


def setup_stdout_file(driver, run):
    path = os.path.join(driver.work, run.case.name + ".stdout")
    run.state["stdout"] = path
    run.opts += ["--stdout", path]


def check_hello(driver, run, outcome):
    with open(run.state["stdout"], "rb") as f:
        data = f.read()
    if data != b"hello\n":
        return [f"stdout was {data[:80]!r}, expected b'hello\\n'"]
    return []


def setup_stderr_file(driver, run):
    run.opts += ["--stderr", os.path.join(driver.work, run.case.name + ".stderr")]


def check_not_created(driver, run, outcome):
    path = os.path.join(driver.open_dir, "created")
    if os.path.exists(path):
        os.unlink(path)
        return [f"'{path}' exists: the program wrote outside its scratch directory"]
    return []


# ---------------------------------------------------------------- cases

BOMB = ["--procs", "16", "--cpu", "1", "--wall", "2"]

CASES = [
    # Time.
    Case("spin", limited("TLE", "cpu", cpu_ms=(100, 140)), ["--cpu", "0.1"]),
    Case("spin_ignore_xcpu", limited("TLE", "cpu", cpu_ms=(100, 140)), ["--cpu", "0.1"]),
    Case("spin_threads", limited("TLE", "cpu", cpu_ms=(200, 280), wall_ms=(None, 1000)),
         ["--cpu", "0.2", "--wall", "5"]),
    Case("fork_spin", limited("TLE", "cpu", cpu_ms=(200, 350), wall_ms=(None, 1000)),
         ["--cpu", "0.2", "--wall", "5", "--procs", "16"]),
    Case("spin_syscalls", limited("TLE", "cpu", cpu_ms=(200, 300)),
         ["--cpu", "0.2", "--wall", "2"]),
    Case("sleep_forever", limited("TLE", "wall", wall_ms=(200, 260)), ["--wall", "0.2"]),
    Case("block_read", limited("TLE", "wall", wall_ms=(200, 260)), ["--wall", "0.2"]),
    # Memory, output, files, descriptors.
    Case("malloc_touch", limited("MLE", "memory", memory_kb=(64 * 1024, 4 * 64 * 1024)),
         ["--mem", "64"]),
    Case("stack_deep", [killed_by("SIGSEGV"), limited("MLE", "memory")], ["--mem", "64"]),
    Case("flood_stdout", limited("OLE", "output", output_bytes=(MIB, 1.1 * MIB),
                                 wall_ms=(None, 2000)),
         ["--output", "1MiB"]),
    Case("flood_stderr", limited("OLE", "output", output_bytes=(MIB, 1.1 * MIB),
                                 wall_ms=(None, 2000)),
         ["--output", "1MiB"], args=["2"], program="flood_stdout", setup=setup_stderr_file),
    Case("big_file", limited("OLE", "file_size"), ["--file-size", "1MiB"]),
    Case("open_files", ok(), ["--open-files", "32"], args=["64"]),
    # Processes.
    Case("fork_bomb", Expect(NOT_OK, wall_ms=(None, 3000)), BOMB, max_seconds=3.5),
    Case("thread_bomb", Expect(NOT_OK, wall_ms=(None, 3000)), BOMB, max_seconds=3.5),
    Case("daemon", ok(wall_ms=(None, 1000)), max_seconds=2,
         setup=setup_scratch, check=check_daemon),
    Case("daemon_stdio", ok(wall_ms=(None, 1000)), args=["keep-stdio"], program="daemon",
         max_seconds=2, setup=setup_scratch, check=check_daemon),
    Case("kill_all", [ok(), sv("kill")], setup=setup_kill_all, check=check_kill_all),
    Case("fd_leak", ok(), setup=setup_fd_leak, check=check_fd_leak),
    # Forbidden syscalls.
    Case("tcp_socket", sv("socket")),
    Case("udp_socket", sv("socket")),
    Case("unix_connect", sv("socket")),
    Case("ptrace_me", sv("ptrace")),
    Case("exec_sh", sv("execve")),
    Case("io_uring", sv("io_uring_setup")),
    Case("bpf", sv("bpf")),
    Case("perf_event", sv("perf_event_open")),
    Case("userfaultfd", sv("userfaultfd")),
    Case("keyctl", sv("keyctl")),
    Case("mount_tmpfs", sv("mount")),
    Case("unshare_user", sv("unshare")),
    Case("setns", sv("setns")),
    Case("reboot", sv("reboot")),
    Case("set_clock", sv("clock_settime")),
    Case("int80", sv("i386:getpid")),
    Case("x32", sv("x32:getpid")),
    Case("clone_newns", sv("clone")),
    # A syscall blocked at the program's first instruction must end the
    # run as promptly as a later one (the runner waits 500 ms before it
    # escalates; taking that long means its first kill request was lost).
    Case("sv_first_call", Expect("SV", syscall="socket", wall_ms=(None, 250)),
         repeat=10),
    Case("clone3_newuser", ok()),
    Case("openat2_shadow", ok()),
    Case("tty_ioctl", ok(output_bytes=(6, 6)), setup=setup_stdout_file, check=check_hello),
    Case("tiocsti", [sv("ioctl"), ok()]),
    Case("ioctl_unknown", ok()),
    # Files.  read_shadow needs no landlock: the uid (65534, or the
    # unprivileged caller's own) cannot read /etc/shadow either way.
    Case("read_shadow", ok()),
    Case("read_secret", ok(), args=["{secret}"], landlock=True),
    Case("symlink_secret", ok(), args=["{secret}"], landlock=True),
    Case("hardlink_secret", ok(), args=["{secret}"], landlock=True),
    Case("creat_outside", ok(), args=["{open_dir}/created"], landlock=True,
         check=check_not_created),
    Case("write_scratch", ok()),
    # Every way to end.
    Case("exit_0", ok()),
    Case("exit_255", exited(255)),
    Case("exit_256", ok()),
    Case("raise_kill", killed_by("SIGKILL")),
    Case("raise_sigsys", killed_by("SIGSYS")),
    Case("segv", killed_by("SIGSEGV")),
    Case("abort", killed_by("SIGABRT")),
    # The sandbox cannot start these: IE from judge, exit status 3.
    Case("not_found", Expect("IE"), judge_exit=3),
    Case("not_executable", Expect("IE"), judge_exit=3),
]


# ---------------------------------------------------------------- driver

class Driver:
    def __init__(self, args):
        self.verbose = args.verbose
        self.work = tempfile.mkdtemp(prefix="judge-hostile.")
        # 0755 all the way down: as root the programs run as uid 65534,
        # which must reach them, the secret and the scratch directories,
        # so that only the sandbox (not file modes) keeps it out.
        os.chmod(self.work, 0o755)
        self.bin_dir = os.path.join(self.work, "bin")
        os.mkdir(self.bin_dir)
        os.chmod(self.bin_dir, 0o755)
        self.judge = args.judge
        if args.copy_judge:
            # Beside bin/, not in it: bin/ holds only what must be dead
            # once a run ends.
            self.judge = os.path.join(self.work, "judge")
            shutil.copy(args.judge, self.judge)
            os.chmod(self.judge, 0o755)
        for case in CASES:
            source = os.path.join(args.programs, case.program)
            target = os.path.join(self.bin_dir, case.program)
            if os.path.exists(source) and not os.path.exists(target):
                shutil.copy(source, target)
                os.chmod(target, 0o755)
        with open(os.path.join(self.bin_dir, "not_executable"), "w") as f:
            f.write("#!/bin/sh\nexit 0\n")
        os.chmod(os.path.join(self.bin_dir, "not_executable"), 0o644)
        # A user's file outside the sandbox: world-readable, so only the
        # sandbox (landlock) stands between it and the program.
        outside = os.path.join(self.work, "outside")
        os.mkdir(outside)
        os.chmod(outside, 0o755)
        self.secret = os.path.join(outside, "secret.txt")
        with open(self.secret, "w") as f:
            f.write("the answer is 42\n")
        os.chmod(self.secret, 0o644)
        # A world-writable directory outside the sandbox, for the same
        # reason.
        self.open_dir = os.path.join(self.work, "open")
        os.mkdir(self.open_dir)
        os.chmod(self.open_dir, 0o777)
        self.context = {"secret": self.secret, "open_dir": self.open_dir}

    def cleanup(self):
        shutil.rmtree(self.work, ignore_errors=True)

    def log(self, text):
        if self.verbose:
            print("     " + text.rstrip().replace("\n", "\n     "))

    def landlock_active(self):
        """Returns (active, note); active is True when doctor can't tell."""
        try:
            proc = subprocess.run([self.judge, "doctor", "--json"], stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=30)
            layer = json.loads(proc.stdout)["layers"]["landlock"]
            return bool(layer["active"]), layer.get("detail", "")
        except (OSError, subprocess.SubprocessError, ValueError, KeyError, TypeError) as e:
            return True, f"'judge doctor --json' unavailable ({e}); not skipping"

    def survivors(self):
        """Processes still running one of our programs."""
        found = []
        prefix = self.bin_dir + "/"
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                exe = os.readlink(f"/proc/{entry}/exe")
            except OSError:
                exe = ""
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    argv0 = f.read().split(b"\0")[0].decode(errors="replace")
            except OSError:
                argv0 = ""
            if exe.startswith(prefix) or argv0.startswith(prefix):
                found.append((int(entry), exe or argv0))
        return found

    def kill_survivors(self, found):
        for pid, _ in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

    def run_case(self, case):
        """Returns (passed, line, details)."""
        fill = lambda items: [item.format(**self.context) for item in items]
        run = Run(case, fill(case.opts), fill(case.args))
        if case.setup:
            case.setup(self, run)
        program = os.path.join(self.bin_dir, case.program)
        if case.name != "not_found" and not os.path.exists(program):
            return False, f"FAIL {case.name}: program '{program}' was not built", ""
        command = [self.judge, "exec", "--json", *run.opts, "--", program, *run.args]
        self.log(" ".join(command))
        out_path = os.path.join(self.work, case.name + ".judge-out")
        err_path = os.path.join(self.work, case.name + ".judge-err")
        problems = []
        start = time.monotonic()
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            try:
                proc = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=out,
                                      stderr=err, pass_fds=run.pass_fds, timeout=30)
                returncode = proc.returncode
            except subprocess.TimeoutExpired:
                returncode = None
                problems.append("judge exec did not return within 30 s")
        elapsed = time.monotonic() - start
        left = self.survivors()
        with open(out_path, "rb") as f:
            stdout = f.read().decode(errors="replace")
        with open(err_path, "rb") as f:
            stderr = f.read().decode(errors="replace")
        self.log(f"judge exit {returncode} after {elapsed:.2f} s; stderr: {stderr[-2000:]}")

        outcome = None
        try:
            outcome = json.loads(stdout)
        except ValueError:
            # Without JSON, judge exit 3 is still enough for an IE case.
            if not (case.judge_exit == 3 and returncode == 3):
                problems.append(f"judge exec printed no JSON (exit {returncode})")
        if returncode is not None and returncode != case.judge_exit:
            problems.append(f"judge exit status {returncode}, expected {case.judge_exit}")
        if outcome is not None:
            wrong = [e.mismatches(outcome) for e in case.expect]
            if all(wrong):
                problems.append("got " + "; or ".join(", ".join(w) for w in wrong))
        if elapsed > case.max_seconds:
            problems.append(f"took {elapsed:.2f} s, more than {case.max_seconds} s")
        if left:
            problems.append("processes survived the run: "
                            + ", ".join(f"{pid} {path}" for pid, path in left))
            self.kill_survivors(left)
        if case.check and returncode is not None:
            try:
                problems += case.check(self, run, outcome)
            except OSError as e:
                problems.append(f"checking after the run: {e}")

        details = f"     json: {stdout.strip() or '(none)'}\n     stderr: {stderr.strip()[-1000:]}"
        if problems:
            expected = " | ".join(e.describe() for e in case.expect)
            return False, (f"FAIL {case.name}: expected {expected}; "
                           + "; ".join(problems)), details
        o = outcome or {}
        return True, (f"ok   {case.name}  ({o.get('status', 'IE')}, "
                      f"{o.get('cpu_ms')}, {o.get('wall_ms')})"), details


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, help="the judge binary")
    parser.add_argument("--programs", required=True, help="directory of built hostile programs")
    parser.add_argument("--copy-judge", action="store_true",
                        help="copy judge next to the programs and run the copy")
    parser.add_argument("-k", dest="filters", action="append", default=[], metavar="NAME",
                        help="run only cases whose name contains NAME (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    cases = [c for c in CASES if not args.filters or any(f in c.name for f in args.filters)]
    driver = Driver(args)
    passed = failed = skipped = 0
    try:
        landlock, note = driver.landlock_active()
        print(f"# uid {os.getuid()}, judge '{driver.judge}', landlock "
              f"{'active' if landlock else 'inactive'}: {note}")
        for case in cases:
            if case.landlock and not landlock:
                print(f"skip {case.name}: landlock is not active ({note})")
                skipped += 1
                continue
            for attempt in range(case.repeat):
                good, line, details = driver.run_case(case)
                if not good:
                    if case.repeat > 1:
                        line += f" (run {attempt + 1} of {case.repeat})"
                    break
            print(line)
            if not good or args.verbose:
                print(details)
            if good:
                passed += 1
            else:
                failed += 1
            sys.stdout.flush()
    finally:
        driver.cleanup()
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
