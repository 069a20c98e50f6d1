#!/usr/bin/env python3
"""Run real runtimes through `judge exec --json --profile ...` and check outcomes.

Each sandbox profile (python, jvm, node, compiler, native) must run the
runtime it is for -- an ordinary program of that language ends OK with the
right output -- and still contain it: a socket is a violation, a memory hog
is MLE, a file outside the scratch directory stays unwritten.  A case whose
runtime is not installed is skipped with the reason.

The programs are benign except for the memory hogs, which are only ever run
inside `judge exec`.  Their sources are written into a fresh 0755 directory,
because as root the sandbox runs programs as uid 65534, which must be able
to read them.  Java sources are compiled here, outside the sandbox (the
driver is trusted), except for the case that runs javac under the compiler
profile.

Usage: run_profiles.py --judge PATH [--copy-judge] [-k NAME] [-v]
Exit status: 0 when every case passed (or was skipped), 1 otherwise.
"""

import argparse
import glob
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time

PYTHON = "/usr/bin/python3"
JAVA = "/usr/bin/java"
JAVAC = "/usr/bin/javac"
NODE = "/usr/bin/node"
GCC = "/usr/bin/gcc"
GXX = "/usr/bin/g++"

# Marks a field whose value does not matter.
ANY = object()


class Expect:
    """One acceptable outcome: the status and exact fields."""

    def __init__(self, status, limit=ANY, syscall=ANY, exit_code=ANY, signal_name=ANY):
        self.status = status
        self.fields = {"limit": limit, "syscall": syscall,
                       "exit_code": exit_code, "signal": signal_name}

    def mismatches(self, got):
        """Returns what differs from got (a parsed JSON outcome)."""
        wrong = []
        if got.get("status") != self.status:
            wrong.append(f"status {got.get('status')}")
        for key, want in self.fields.items():
            if want is not ANY and got.get(key) != want:
                wrong.append(f"{key} {got.get(key)!r}")
        return wrong

    def describe(self):
        return ", ".join([f"status {self.status}"] +
                         [f"{key} {want!r}" for key, want in self.fields.items()
                          if want is not ANY])


def ok():
    return Expect("OK", limit=None, syscall=None, exit_code=0, signal_name=None)


def sv(syscall):
    return Expect("SV", syscall=syscall)


def exited(code):
    return Expect("RE", limit=None, syscall=None, exit_code=code, signal_name=None)


def mle():
    return Expect("MLE", limit="memory", syscall=None)


# ---------------------------------------------------------------- sources

SOURCES = {
    # python
    "sum.py": "print(sum(range(10)))\n",
    "open_socket.py": "import socket\nsocket.socket()\nprint('got a socket')\n",
    "hog.py": (
        "chunks = []\n"
        "while True:\n"
        "    chunks.append(bytearray(1 << 20))\n"
    ),
    "recursion.py": (
        "import sys\n"
        "sys.setrecursionlimit(10**6)\n"
        "def depth(n):\n"
        "    return 0 if n == 0 else 1 + depth(n - 1)\n"
        "print(depth(10**5))\n"
    ),
    # Each level goes through a C function (map, sum), so the recursion
    # uses the native stack too (about 1 KiB a level): 100 MB, far past
    # the usual 8 MiB, within the stack the python profile gives (as
    # large as the memory limit).
    "recursion_c.py": (
        "import sys\n"
        "sys.setrecursionlimit(10**6)\n"
        "def depth(n):\n"
        "    return 0 if n == 0 else 1 + sum(map(depth, (n - 1,)))\n"
        "print(depth(10**5))\n"
    ),
    "shadow.py": "print(open('/etc/shadow').read())\n",
    "write_cwd.py": (
        "with open('out.txt', 'w') as f:\n"
        "    f.write('written')\n"
        "print(open('out.txt').read())\n"
    ),
    # jvm
    "Hello.java": (
        "public class Hello {\n"
        "    public static void main(String[] args) {\n"
        "        System.out.println(\"Hello, judge\");\n"
        "    }\n"
        "}\n"
    ),
    "Connect.java": (
        "public class Connect {\n"
        "    public static void main(String[] args) throws Exception {\n"
        "        try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\", 9)) {\n"
        "            System.out.println(\"connected\");\n"
        "        }\n"
        "    }\n"
        "}\n"
    ),
    "Hog.java": (
        "import java.util.ArrayList;\n"
        "import java.util.List;\n"
        "public class Hog {\n"
        "    public static void main(String[] args) {\n"
        "        List<long[]> chunks = new ArrayList<>();\n"
        "        while (true) {\n"
        "            long[] chunk = new long[1 << 17];\n"
        "            java.util.Arrays.fill(chunk, chunks.size());\n"
        "            chunks.add(chunk);\n"
        "        }\n"
        "    }\n"
        "}\n"
    ),
    "Threads.java": (
        "public class Threads {\n"
        "    public static void main(String[] args) throws Exception {\n"
        "        Thread[] threads = new Thread[8];\n"
        "        long[] sums = new long[8];\n"
        "        for (int i = 0; i < 8; i++) {\n"
        "            final int k = i;\n"
        "            threads[i] = new Thread(() -> {\n"
        "                long s = 0;\n"
        "                for (long j = k * 1000000L; j < (k + 1) * 1000000L; j++)\n"
        "                    s += j;\n"
        "                sums[k] = s;\n"
        "            });\n"
        "            threads[i].start();\n"
        "        }\n"
        "        long total = 0;\n"
        "        for (int i = 0; i < 8; i++) {\n"
        "            threads[i].join();\n"
        "            total += sums[i];\n"
        "        }\n"
        "        System.out.println(total);\n"
        "    }\n"
        "}\n"
    ),
    # Reads its own class file through java.nio (FileChannel): what
    # Files.readAllBytes, Files.lines, Files.newBufferedReader do.
    "ReadNio.java": (
        "import java.nio.file.Files;\n"
        "import java.nio.file.Path;\n"
        "public class ReadNio {\n"
        "    public static void main(String[] args) throws Exception {\n"
        "        byte[] data = Files.readAllBytes(Path.of(args[0]));\n"
        "        System.out.println(data.length > 0 ? \"read\" : \"empty\");\n"
        "    }\n"
        "}\n"
    ),
    # node
    "log.js": "console.log(6*7)\n",
    "connect.js": (
        "require('net').connect(9, '127.0.0.1')\n"
        "  .on('connect', () => console.log('connected'))\n"
        "  .on('error', (e) => { console.error('error', e.code); process.exit(3); });\n"
    ),
    "hog.js": (
        "const chunks = [];\n"
        "for (;;) chunks.push(new Array(1e6).fill(chunks.length + 0.5));\n"
    ),
    "write_tmp.js": "require('fs').writeFileSync('/tmp/x-'+process.pid, 'x')\n",
    # compiler
    "hello.c": '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n',
    "hello.cpp": (
        "#include <algorithm>\n"
        "#include <iostream>\n"
        "#include <vector>\n"
        "int main() {\n"
        "    std::vector<int> v{3, 1, 2};\n"
        "    std::sort(v.begin(), v.end());\n"
        "    for (int x : v) std::cout << x << ' ';\n"
        "    std::cout << '\\n';\n"
        "}\n"
    ),
}

JAVA_SOURCES = ["Hello.java", "Connect.java", "Hog.java", "Threads.java", "ReadNio.java"]


# ---------------------------------------------------------------- cases

class Case:
    """A program, how to run it, and the outcomes it may have.

    argv and opts may hold {placeholders} (see Driver.run_case).  scratch
    lists source files to copy into a fresh scratch directory passed as
    --dir; uses names an earlier case whose scratch directory this one
    reads (and which must have passed).  check(driver, ctx, outcome)
    returns a list of problems found after the run; before(driver, ctx)
    runs first.
    """

    def __init__(self, name, needs, argv, expect, opts=(), stdout=None,
                 stderr_has=None, scratch=None, uses=None, java=False,
                 landlock=False, before=None, check=None):
        self.name = name
        self.needs = list(needs)
        self.argv = list(argv)
        self.expect = expect if isinstance(expect, list) else [expect]
        self.opts = list(opts)
        self.stdout = stdout
        self.stderr_has = stderr_has
        self.scratch = scratch
        self.uses = uses
        self.java = java
        self.landlock = landlock
        self.before = before
        self.check = check


def check_written(driver, ctx, outcome):
    path = os.path.join(ctx["scratch"], "out.txt")
    try:
        with open(path) as f:
            data = f.read()
    except OSError as e:
        return [f"'{path}' was not written: {e}"]
    return [] if data == "written" else [f"'{path}' holds {data!r}"]


def before_tmp_files(driver, ctx):
    ctx["tmp_before"] = set(glob.glob("/tmp/x-*"))


def check_tmp_files(driver, ctx, outcome):
    new = set(glob.glob("/tmp/x-*")) - ctx["tmp_before"]
    problems = []
    for path in sorted(new):
        problems.append(f"'{path}' was created outside the scratch directory")
        try:
            os.unlink(path)
        except OSError:
            pass
    return problems


def before_outside(driver, ctx):
    path = "/tmp/outside-" + secrets.token_hex(4)
    if os.path.lexists(path):
        raise OSError(f"'{path}' exists before the run")
    ctx["outside"] = path


def check_outside(driver, ctx, outcome):
    path = ctx["outside"]
    if os.path.lexists(path):
        try:
            os.unlink(path)
        except OSError:
            pass
        return [f"'{path}' was written outside the scratch directory"]
    return []


def check_class_file(driver, ctx, outcome):
    path = os.path.join(ctx["scratch"], "Hello.class")
    return [] if os.path.isfile(path) else [f"'{path}' was not written"]


JVM = ["--profile", "jvm", "--cpu", "5", "--wall", "10", "--allow-read", "{classes}"]
JAVA_RUN = [JAVA, "-XX:-UsePerfData", "-cp", "{classes}"]
COMPILE = ["--profile", "compiler", "--cpu", "10", "--wall", "20"]

CASES = [
    # python: CPython 3 runs; sockets, memory, /etc/shadow contained.
    Case("python_sum", [PYTHON], [PYTHON, "{src}/sum.py"], ok(),
         ["--profile", "python", "--allow-read", "{src}"], stdout=b"45\n"),
    Case("python_socket", [PYTHON], [PYTHON, "{src}/open_socket.py"], sv("socket"),
         ["--profile", "python", "--allow-read", "{src}"]),
    # The peak passes 64 MiB well before the data backstop (2 x 64 + 16
    # MiB) makes an allocation fail, so MemoryError comes after the limit
    # was exceeded: MLE, every time.
    Case("python_memory", [PYTHON], [PYTHON, "{src}/hog.py"], mle(),
         ["--profile", "python", "--mem", "64", "--allow-read", "{src}"]),
    Case("python_recursion", [PYTHON], [PYTHON, "{src}/recursion.py"], ok(),
         ["--profile", "python", "--allow-read", "{src}"], stdout=b"100000\n"),
    Case("python_recursion_c_stack", [PYTHON], [PYTHON, "{src}/recursion_c.py"], ok(),
         ["--profile", "python", "--allow-read", "{src}"], stdout=b"100000\n"),
    # Refused by file modes for uid 65534 and 4242 alike, and by landlock.
    Case("python_shadow", [PYTHON], [PYTHON, "{src}/shadow.py"], exited(1),
         ["--profile", "python", "--allow-read", "{src}"], stderr_has="PermissionError"),
    Case("python_write_cwd", [PYTHON], [PYTHON, "{src}/write_cwd.py"], ok(),
         ["--profile", "python", "--allow-read", "{src}"], stdout=b"written\n",
         scratch=[], check=check_written),

    # jvm: classes compiled by the driver, run by the sandboxed JVM.
    Case("jvm_hello", [JAVA, JAVAC], JAVA_RUN + ["Hello"], ok(), JVM,
         stdout=b"Hello, judge\n", java=True),
    # The jvm profile answers socket() with EACCES (libnet probes sockets
    # when it loads, so a violation would kill every NIO program): the
    # connect fails with java.net.SocketException and the program exits 1.
    Case("jvm_socket", [JAVA, JAVAC], JAVA_RUN + ["Connect"], exited(1), JVM,
         java=True),
    # No -Xmx: the JVM sizes its heap from the machine, far above 128 MiB.
    Case("jvm_memory", [JAVA, JAVAC], JAVA_RUN + ["Hog"], mle(), JVM + ["--mem", "128"],
         java=True),
    Case("jvm_threads", [JAVA, JAVAC], JAVA_RUN + ["Threads"], ok(), JVM,
         stdout=b"31999996000000\n", java=True),
    # An ordinary program reading a file with java.nio (Files.readAllBytes,
    # Files.lines, FileInputStream.getChannel): sun.nio.ch.IOUtil loads
    # libnet, whose JNI_OnLoad probes socket(AF_INET) and socket(AF_INET6),
    # and libnio, whose FileDispatcherImpl.init needs a
    # socketpair(AF_UNIX).  Fails (SV socket) until the jvm profile
    # answers the probes with an error and allows the socketpair.
    Case("jvm_nio_read", [JAVA, JAVAC], JAVA_RUN + ["ReadNio", "{classes}/Hello.class"],
         ok(), JVM, stdout=b"read\n", java=True),

    # node
    Case("node_log", [NODE], [NODE, "{src}/log.js"], ok(),
         ["--profile", "node", "--allow-read", "{src}"], stdout=b"42\n"),
    # socket() fails with EACCES in the node profile; connect.js reports
    # the error code and exits 3.
    Case("node_connect", [NODE], [NODE, "{src}/connect.js"], exited(3),
         ["--profile", "node", "--allow-read", "{src}"]),
    # V8 aborts when its heap cannot grow, after the peak passed the limit.
    Case("node_memory", [NODE], [NODE, "{src}/hog.js"], mle(),
         ["--profile", "node", "--mem", "128", "--allow-read", "{src}"]),
    # /tmp is writable for the sandbox's uid; only landlock refuses it.
    Case("node_write_tmp", [NODE], [NODE, "{src}/write_tmp.js"], exited(1),
         ["--profile", "node", "--allow-read", "{src}"], stderr_has="EACCES",
         landlock=True, before=before_tmp_files, check=check_tmp_files),

    # compiler: gcc, g++ and javac build in the scratch directory.
    Case("compiler_gcc", [GCC], [GCC, "-O2", "hello.c", "-o", "hello"], ok(), COMPILE,
         scratch=["hello.c"]),
    Case("native_gcc_output", [GCC], ["{scratch}/hello"], ok(), stdout=b"hi\n",
         uses="compiler_gcc"),
    Case("compiler_gxx", [GXX], [GXX, "-std=gnu++17", "-O2", "hello.cpp", "-o", "hello"],
         ok(), COMPILE, scratch=["hello.cpp"]),
    Case("native_gxx_output", [GXX], ["{scratch}/hello"], ok(), stdout=b"1 2 3 \n",
         uses="compiler_gxx"),
    # ld cannot open its output; /tmp is writable for the uid, so this is
    # landlock's doing.
    Case("compiler_outside", [GCC], [GCC, "hello.c", "-o", "{outside}"], exited(1),
         COMPILE, stderr_has="cannot open output file", scratch=["hello.c"],
         landlock=True, before=before_outside, check=check_outside),
    # javac is a JVM: it needs what jvm_nio_read needs (it reads sources
    # through FileChannel), socket(AF_UNIX) failing quietly (nscd, from
    # the perf-data user lookup) and reading /etc/java-17-openjdk (where
    # conf/security/java.security points), none of which the compiler
    # profile has yet.
    Case("compiler_javac", [JAVAC], [JAVAC, "Hello.java"], ok(),
         ["--profile", "compiler", "--cpu", "20", "--wall", "30", "--mem", "512"],
         scratch=["Hello.java"], check=check_class_file),

    # native
    Case("native_true", ["/bin/true"], ["/bin/true"], ok(), ["--profile", "native"]),
]


# ---------------------------------------------------------------- driver

def make_dir(path):
    os.mkdir(path)
    os.chmod(path, 0o755)
    return path


class Driver:
    def __init__(self, args):
        self.verbose = args.verbose
        self.work = tempfile.mkdtemp(prefix="judge-profiles.")
        # 0755 all the way down: as root the programs run as uid 65534,
        # which must read the sources and classes.
        os.chmod(self.work, 0o755)
        self.src = make_dir(os.path.join(self.work, "src"))
        self.classes = make_dir(os.path.join(self.work, "classes"))
        self.logs = make_dir(os.path.join(self.work, "logs"))
        for name, text in SOURCES.items():
            path = os.path.join(self.src, name)
            with open(path, "w") as f:
                f.write(text)
            os.chmod(path, 0o644)
        self.judge = args.judge
        if args.copy_judge:
            self.judge = os.path.join(self.work, "judge")
            shutil.copy(args.judge, self.judge)
            os.chmod(self.judge, 0o755)
        self.java_built = None      # None: not tried; else an error or ""
        self.scratches = {}         # case name -> its scratch directory
        self.passed = set()

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

    def build_java(self):
        """Compiles the Java sources once, outside the sandbox; "" if fine."""
        if self.java_built is None:
            command = [JAVAC, "-d", self.classes,
                       *[os.path.join(self.src, name) for name in JAVA_SOURCES]]
            self.log(" ".join(command))
            try:
                proc = subprocess.run(command, stdin=subprocess.DEVNULL,
                                      capture_output=True, timeout=120)
                if proc.returncode != 0:
                    self.java_built = (f"javac outside the sandbox failed: "
                                       f"{proc.stderr.decode(errors='replace')[-500:]}")
                else:
                    for name in os.listdir(self.classes):
                        os.chmod(os.path.join(self.classes, name), 0o644)
                    self.java_built = ""
            except (OSError, subprocess.SubprocessError) as e:
                self.java_built = f"javac outside the sandbox failed: {e}"
        return self.java_built

    def skip_reason(self, case, landlock, note):
        for path in case.needs:
            if not os.access(path, os.X_OK):
                return f"{path} is not installed"
        if case.landlock and not landlock:
            return f"landlock is not active ({note})"
        if case.uses and case.uses not in self.passed:
            return f"{case.uses} did not run or did not pass"
        return None

    def run_case(self, case):
        """Returns (passed, line, details)."""
        if case.java:
            error = self.build_java()
            if error:
                return False, f"FAIL {case.name}: {error}", ""
        ctx = {"src": self.src, "classes": self.classes}
        if case.scratch is not None:
            scratch = make_dir(os.path.join(self.work, "scratch-" + case.name))
            for name in case.scratch:
                shutil.copy(os.path.join(self.src, name), scratch)
            ctx["scratch"] = scratch
            self.scratches[case.name] = scratch
        elif case.uses:
            ctx["scratch"] = self.scratches[case.uses]
        if case.before:
            try:
                case.before(self, ctx)
            except OSError as e:
                return False, f"FAIL {case.name}: before the run: {e}", ""

        fill = lambda items: [item.format(**ctx) for item in items]
        out_path = os.path.join(self.logs, case.name + ".stdout")
        err_path = os.path.join(self.logs, case.name + ".stderr")
        opts = ["--stdout", out_path, "--stderr", err_path, *fill(case.opts)]
        if case.scratch is not None:
            opts += ["--dir", ctx["scratch"]]
        command = [self.judge, "exec", "--json", *opts, "--", *fill(case.argv)]
        self.log(" ".join(command))

        problems = []
        start = time.monotonic()
        try:
            proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=60)
            returncode, judge_out, judge_err = proc.returncode, proc.stdout, proc.stderr
        except subprocess.TimeoutExpired as e:
            returncode, judge_out, judge_err = None, e.stdout or b"", e.stderr or b""
            problems.append("judge exec did not return within 60 s")
        except OSError as e:
            returncode, judge_out, judge_err = None, b"", b""
            problems.append(f"cannot run judge: {e}")
        elapsed = time.monotonic() - start
        judge_out = judge_out.decode(errors="replace")
        judge_err = judge_err.decode(errors="replace")

        def read(path):
            try:
                with open(path, "rb") as f:
                    return f.read()
            except OSError:
                return b""
        stdout, stderr = read(out_path), read(err_path)
        self.log(f"judge exit {returncode} after {elapsed:.2f} s; judge stderr: {judge_err}")

        outcome = None
        try:
            outcome = json.loads(judge_out)
        except ValueError:
            problems.append(f"judge exec printed no JSON (exit {returncode})")
        if returncode is not None and returncode != 0:
            problems.append(f"judge exit status {returncode}")
        if outcome is not None:
            wrong = [e.mismatches(outcome) for e in case.expect]
            if all(wrong):
                problems.append("got " + "; or ".join(", ".join(w) for w in wrong))
        if case.stdout is not None and stdout != case.stdout:
            problems.append(f"stdout {stdout[:200]!r}, expected {case.stdout!r}")
        if case.stderr_has and case.stderr_has.encode() not in stderr:
            problems.append(f"stderr lacks {case.stderr_has!r}")
        if case.check and returncode is not None:
            try:
                problems += case.check(self, ctx, outcome)
            except OSError as e:
                problems.append(f"checking after the run: {e}")

        details = (f"     command: {' '.join(command)}\n"
                   f"     json: {judge_out.strip() or '(none)'}\n"
                   f"     judge stderr: {judge_err.strip()[-500:]}\n"
                   f"     program stderr: {stderr.decode(errors='replace').strip()[-1500:]}")
        if problems:
            expected = " | ".join(e.describe() for e in case.expect)
            if case.stdout is not None:
                expected += f", stdout {case.stdout!r}"
            return False, f"FAIL {case.name}: expected {expected}; " + "; ".join(problems), details
        self.passed.add(case.name)
        o = outcome or {}
        return True, (f"ok   {case.name} ({o.get('status')}, {o.get('cpu_ms')}, "
                      f"{o.get('wall_ms')})"), details


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, help="the judge binary")
    parser.add_argument("--copy-judge", action="store_true",
                        help="copy judge into the work directory and run the copy")
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
            reason = driver.skip_reason(case, landlock, note)
            if reason:
                print(f"skip {case.name}: {reason}")
                skipped += 1
                continue
            good, line, details = driver.run_case(case)
            print(line)
            if details and (not good or args.verbose):
                print(details)
            if good:
                passed += 1
            else:
                failed += 1
            sys.stdout.flush()
    finally:
        driver.cleanup()
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
