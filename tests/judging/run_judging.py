#!/usr/bin/env python3
"""Judge solutions in every language with `judge run` and check verdicts.

The suite writes its own problems into a fresh temporary directory, so it
does not depend on the bundled bank:

  echo-sum          stdio: read integers until end of input, print their
                    sum (time 1s, memory 64MiB, output 1MiB); inline tests,
                    listed file tests and unlisted ones (added by the judge,
                    sample2 a sample by its name), and declared solutions
                    for `judge validate`
  split-sum         a custom checker (C): print any a b >= 0 with a+b = S
  split-sum-broken  the same checker on an input it rejects (exit 3): IE

and (NEW) LeetCode-style function and design problems
(docs/function-problems.md), whose cases are all named fn.*:

  sum-list          sumList(nums: integer[]) -> long; inline, listed file
                    and unlisted file tests
  double-all        doubleAll(nums: integer[]) -> void, output: nums
  count-nodes       countNodes(root: TreeNode) -> integer
  counter           design: Counter(start), inc() -> void, get() -> integer

Then, for C, C++, Python, Java and JavaScript, solutions written here
(correct, wrong, crashing, slow, memory-hungry, flooding, not compiling,
opening a socket) must get the right verdict in `judge run --json` and the
matching exit status (0 AC, 1 judged and not accepted, 2 bad usage, 3
internal error).  Other cases: the build cache, --only, --stop-on-failure,
the text report, usage errors, problem.yaml diagnostics and `judge
validate`.  A language whose runtime is not installed is skipped.

The function and design solutions (NEW) are written as for LeetCode, with
no includes or imports.  In every language: correct, wrong (with the text
report's arguments, expected and got), printing (the prints are not
results), crashing, looping and hogging memory on one test only (that test
fails, the others are still judged; after a loop in a fresh process), one
process for all the tests of a run (a global call count), an in-place
function, a tree argument, and the design (in C with a global that only
counterFree resets).

The hostile programs (loops, memory hogs, floods) only ever run inside
`judge run`, i.e. in the sandbox.  As root the sandbox runs programs as
uid 65534, so everything is written world-readable.  The judge runs with
its own XDG cache, data and config directories inside the work directory
(a fresh build cache, no user toolchains.yaml).

Usage: run_judging.py --judge PATH [-k NAME] [-v] [--keep]
Exit status: 0 when every case passed (or was skipped), 1 otherwise.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

# Where judge looks for programs without a slash (toolchains.yaml).
SEARCH_PATH = ["/usr/local/bin", "/usr/bin", "/bin"]

TIME_LIMIT_MS = 1000
JOBS = ["--jobs", "2"]
JUDGE_TIMEOUT = 60          # seconds; a judge run taking longer is a hang

# ---------------------------------------------------------------- problems

ECHO_SUM_YAML = """\
id: echo-sum
title: Echo Sum
difficulty: easy
tags: [math]
kind: stdio

limits:
  time: 1s
  memory: 64MiB
  output: 1MiB

tests:
  - name: sample1
    sample: true
    input: "1 2\\n"
    output: "3\\n"
  - name: three-lines
    input: "5\\n-7\\n10\\n"
    output: "8\\n"
  - name: empty
    input: ""
    output: "0\\n"
  - name: many              # tests/many.in and tests/many.out

solutions:
  - file: solutions/ref.c
    expect: AC
  - file: solutions/ref.py
    expect: AC
  - file: solutions/first-two.py
    expect: {wrong_expect}
"""

# Listed tests first, then the unlisted tests/*.in in natural order.
ECHO_SUM_TESTS = ["sample1", "three-lines", "empty", "many", "big", "sample2"]
ECHO_SUM_SAMPLES = ["sample1", "sample2"]
# What first-two (sums only the first two numbers) fails first.
WRONG_FIRST_FAILURE = "three-lines"

ECHO_SUM_FILES = {
    "tests/many.in": "".join(f"{i}\n" for i in range(1, 1001)),
    "tests/many.out": "500500\n",
    # Not listed in problem.yaml: added after the listed ones.
    "tests/big.in": "3000000000 3000000000\n-1\n",
    "tests/big.out": "5999999999\n",
    "tests/sample2.in": "40 2\n",
    "tests/sample2.out": "42\n",
    "statement.md": "# Echo Sum\n\nPrint the sum of the integers on stdin.\n",
}

SPLIT_SUM_YAML = """\
id: {id}
title: Split Sum
difficulty: easy
tags: [math]
kind: stdio

limits:
  time: 1s
  memory: 64MiB
  output: 1MiB

# Any a b >= 0 with a + b = S is right; the answer file is one of them.
checker: {{type: custom, program: check.c}}

tests:
{tests}
solutions:
  - file: solutions/ref.c
    expect: AC
"""

SPLIT_SUM_TESTS = """\
  - name: sample1
    sample: true
    input: "7\\n"
    output: "7 0\\n"
  - name: zero
    input: "0\\n"
    output: "0 0\\n"
  - name: large
    input: "1000000000\\n"
    output: "1000000000 0\\n"
"""

# An input the checker refuses (S < 0): the checker fails, exit 3.
SPLIT_SUM_BROKEN_TESTS = """\
  - name: negative
    input: "-1\\n"
    output: "0 0\\n"
"""

CHECKER_C = r"""
#include <stdio.h>
/* check INPUT OUTPUT ANSWER: the output must be a b >= 0 with a + b = S. */
int main(int argc, char **argv)
{
    long long s, a, b;
    FILE *in, *out, *ans;

    if (argc != 4) {
        fprintf(stderr, "usage: check input output answer\n");
        return 3;
    }
    in = fopen(argv[1], "r");
    out = fopen(argv[2], "r");
    ans = fopen(argv[3], "r");
    if (!in || !out || !ans) {
        fprintf(stderr, "cannot open the files\n");
        return 3;
    }
    if (fscanf(in, "%lld", &s) != 1 || s < 0) {
        fprintf(stderr, "bad input: S must be a non-negative integer\n");
        return 3;
    }
    if (fscanf(out, "%lld %lld", &a, &b) != 2) {
        fprintf(stderr, "expected two integers\n");
        return 2;
    }
    if (a < 0 || b < 0 || a + b != s) {
        fprintf(stderr, "%lld + %lld is not %lld\n", a, b, s);
        return 1;
    }
    fprintf(stderr, "ok %lld + %lld = %lld\n", a, b, s);
    return 0;
}
"""

SPLIT_SUM_FILES = {
    "check.c": CHECKER_C,
    "statement.md": "# Split Sum\n\nPrint two non-negative integers whose sum is S.\n",
    "solutions/ref.c": (
        "#include <stdio.h>\n"
        "int main(void) { long long s; scanf(\"%lld\", &s);"
        " printf(\"%lld 0\\n\", s); return 0; }\n"),
}

# ---------------------------------------------------------------- solutions

# Per language: its id, file extension, the programs it needs, and its
# solutions by kind.  The Java ones are in Main.java (class Main).
LANGS = {}

LANGS["c"] = {
    "ce_log": 'undeclared_variable',
    "ext": ".c",
    "needs": ["gcc"],
    "ac": (
        "#include <stdio.h>\n"
        "int main(void)\n{\n"
        "    long long sum = 0, x;\n"
        "    while (scanf(\"%lld\", &x) == 1)\n"
        "        sum += x;\n"
        "    printf(\"%lld\\n\", sum);\n"
        "    return 0;\n}\n"),
    "wa": (
        "#include <stdio.h>\n"
        "int main(void)\n{\n"
        "    long long a = 0, b = 0;\n"
        "    if (scanf(\"%lld\", &a) == 1)\n"
        "        scanf(\"%lld\", &b);\n"
        "    printf(\"%lld\\n\", a + b);\n"
        "    return 0;\n}\n"),
    "re": (
        "#include <stdio.h>\n"
        "int main(void)\n{\n"
        "    int *volatile p = NULL;\n"
        "    *p = 42;\n"
        "    printf(\"%d\\n\", *p);\n"
        "    return 0;\n}\n"),
    "tle": (
        "int main(void)\n{\n"
        "    volatile unsigned long n = 0;\n"
        "    for (;;)\n"
        "        n++;\n}\n"),
    # 1 MiB at a time, written, up to 512 MiB (bounded all the same).
    "mle": (
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n"
        "int main(void)\n{\n"
        "    for (int i = 0; i < 512; i++) {\n"
        "        char *p = malloc(1 << 20);\n"
        "        if (!p) return 1;\n"
        "        memset(p, i + 1, 1 << 20);\n"
        "    }\n"
        "    puts(\"0\");\n"
        "    return 0;\n}\n"),
    "ole": (
        "#include <stdio.h>\n"
        "int main(void)\n{\n"
        "    for (;;)\n"
        "        puts(\"1234567890123456789012345678901234567890\");\n}\n"),
    "ce": (
        "#include <stdio.h>\n"
        "int main(void)\n{\n"
        "    printf(\"%d\\n\", undeclared_variable)\n"
        "    return 0;\n}\n"),
    "sv": (
        "#include <stdio.h>\n#include <sys/socket.h>\n"
        "int main(void)\n{\n"
        "    int fd = socket(AF_INET, SOCK_STREAM, 0);\n"
        "    printf(\"%d\\n\", fd);\n"
        "    return 0;\n}\n"),
}

LANGS["cpp"] = {
    "ce_log": 'conversion from',
    "ext": ".cpp",
    "needs": ["g++"],
    "ac": (
        "#include <iostream>\n"
        "int main()\n{\n"
        "    long long sum = 0, x;\n"
        "    while (std::cin >> x)\n"
        "        sum += x;\n"
        "    std::cout << sum << '\\n';\n}\n"),
    "wa": (
        "#include <iostream>\n"
        "int main()\n{\n"
        "    long long a = 0, b = 0;\n"
        "    std::cin >> a >> b;\n"
        "    std::cout << a + b << '\\n';\n}\n"),
    "re": (
        "#include <iostream>\n#include <stdexcept>\n"
        "int main()\n{\n"
        "    long long x = 0;\n"
        "    std::cin >> x;\n"
        "    throw std::runtime_error(\"boom\");\n}\n"),
    "tle": (
        "int main()\n{\n"
        "    volatile unsigned long n = 0;\n"
        "    for (;;)\n"
        "        n = n + 1;\n}\n"),
    "mle": (
        "#include <iostream>\n#include <vector>\n"
        "int main()\n{\n"
        "    std::vector<std::vector<char>> chunks;\n"
        "    for (int i = 0; i < 512; i++)\n"
        "        chunks.emplace_back(1 << 20, char(i + 1));\n"
        "    std::cout << chunks.size() << '\\n';\n}\n"),
    "ole": (
        "#include <iostream>\n"
        "int main()\n{\n"
        "    for (;;)\n"
        "        std::cout << \"1234567890123456789012345678901234567890\\n\";\n}\n"),
    "ce": (
        "#include <string>\n"
        "int main()\n{\n"
        "    std::string s = 42;\n"
        "    int n = s;\n"
        "    return n;\n}\n"),
}

LANGS["python"] = {
    "ce_log": 'SyntaxError',
    "ext": ".py",
    "needs": ["python3"],
    "ac": "import sys\nprint(sum(int(t) for t in sys.stdin.read().split()))\n",
    "wa": "import sys\nprint(sum(int(t) for t in sys.stdin.read().split()[:2]))\n",
    "re": (
        "import sys\n"
        "numbers = sys.stdin.read().split()\n"
        "raise RuntimeError('boom')\n"),
    "tle": "n = 0\nwhile True:\n    n += 1\n",
    # bytes * n writes every byte: the pages are touched.
    "mle": (
        "chunks = []\n"
        "for i in range(512):\n"
        "    chunks.append(bytes([i % 255 + 1]) * (1 << 20))\n"
        "print(len(chunks))\n"),
    "ole": (
        "import sys\n"
        "line = '1234567890' * 4 + '\\n'\n"
        "while True:\n"
        "    sys.stdout.write(line)\n"),
    "ce": "def broken(:\n    return 1\nprint(broken())\n",
    "sv": "import socket\nsocket.socket()\nprint(0)\n",
}

LANGS["java"] = {
    "ce_log": "';' expected",
    "ext": ".java",
    "needs": ["javac", "java"],
    "file": "Main.java",
    "ac": (
        "import java.io.*;\n"
        "public class Main {\n"
        "    public static void main(String[] args) throws IOException {\n"
        "        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
        "        long sum = 0;\n"
        "        String line;\n"
        "        while ((line = in.readLine()) != null)\n"
        "            for (String t : line.trim().split(\"\\\\s+\"))\n"
        "                if (!t.isEmpty())\n"
        "                    sum += Long.parseLong(t);\n"
        "        System.out.println(sum);\n"
        "    }\n"
        "}\n"),
    "wa": (
        "import java.util.*;\n"
        "public class Main {\n"
        "    public static void main(String[] args) {\n"
        "        Scanner in = new Scanner(System.in);\n"
        "        long sum = 0;\n"
        "        for (int i = 0; i < 2 && in.hasNextLong(); i++)\n"
        "            sum += in.nextLong();\n"
        "        System.out.println(sum);\n"
        "    }\n"
        "}\n"),
    "re": (
        "public class Main {\n"
        "    public static void main(String[] args) {\n"
        "        throw new IllegalStateException(\"boom\");\n"
        "    }\n"
        "}\n"),
    "tle": (
        "public class Main {\n"
        "    static volatile long n;\n"
        "    public static void main(String[] args) {\n"
        "        for (;;)\n"
        "            n++;\n"
        "    }\n"
        "}\n"),
    "mle": (
        "import java.util.*;\n"
        "public class Main {\n"
        "    public static void main(String[] args) {\n"
        "        List<byte[]> chunks = new ArrayList<>();\n"
        "        for (int i = 0; i < 512; i++) {\n"
        "            byte[] chunk = new byte[1 << 20];\n"
        "            Arrays.fill(chunk, (byte) (i + 1));\n"
        "            chunks.add(chunk);\n"
        "        }\n"
        "        System.out.println(chunks.size());\n"
        "    }\n"
        "}\n"),
    "ole": (
        "public class Main {\n"
        "    public static void main(String[] args) {\n"
        "        for (;;)\n"
        "            System.out.println(\"1234567890123456789012345678901234567890\");\n"
        "    }\n"
        "}\n"),
    "ce": (
        "public class Main {\n"
        "    public static void main(String[] args) {\n"
        "        int n = \"not a number\";\n"
        "        System.out.println(n)\n"
        "    }\n"
        "}\n"),
    # The jvm profile answers socket() with EACCES (not a violation): the
    # connect throws java.net.SocketException, an ordinary runtime error.
    "socket": (
        "public class Main {\n"
        "    public static void main(String[] args) throws Exception {\n"
        "        try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\", 9)) {\n"
        "            System.out.println(0);\n"
        "        }\n"
        "    }\n"
        "}\n"),
}

LANGS["javascript"] = {
    "ce_log": 'SyntaxError',
    "ext": ".js",
    "needs": ["node"],
    "ac": (
        "const tokens = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n"
        "let sum = 0;\n"
        "for (const t of tokens) sum += Number(t);\n"
        "console.log(String(sum));\n"),
    "wa": (
        "const tokens = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);\n"
        "let sum = 0;\n"
        "for (const t of tokens.slice(0, 2)) sum += Number(t);\n"
        "console.log(String(sum));\n"),
    "re": (
        "require('fs').readFileSync(0, 'utf8');\n"
        "throw new Error('boom');\n"),
    "tle": "let n = 0;\nfor (;;) n++;\n",
    # Buffers live outside V8's heap; fill writes every byte.
    "mle": (
        "const chunks = [];\n"
        "for (let i = 0; i < 512; i++) chunks.push(Buffer.alloc(1 << 20, i % 255 + 1));\n"
        "console.log(chunks.length);\n"),
    # Written with fs.writeSync: a loop that never yields makes Node keep
    # every console.log / process.stdout.write in memory (their callbacks
    # wait for a tick that never comes, and writes queue up whenever the
    # pipe is full), so such a flood reaches 64 MiB before 1 MiB of output
    # and is, rightly, MLE.  fs.writeSync on fd 1 writes and blocks.
    "ole": (
        "const fs = require('fs');\n"
        "const line = '1234567890'.repeat(4) + '\\n';\n"
        "for (;;) fs.writeSync(1, line);\n"),
    "ce": "const x = ;\nconsole.log(x);\n",
    # socket() fails with EACCES in the node profile; no 'error' handler,
    # so the error is thrown: an ordinary runtime error.
    "socket": "require('net').connect(9, '127.0.0.1');\n",
}

LANG_ORDER = ["c", "cpp", "python", "java", "javascript"]

# ------------------------------------------- function and design problems
#
# NEW: LeetCode-style problems (docs/function-problems.md).  The solutions
# are written exactly as for LeetCode: no includes or imports, C with
# LeetCode's names and size parameters, Python with List[int] from the
# prelude, Java using List/Map from the prelude's java.util import.

SUM_LIST_YAML = """\
id: sum-list
title: Sum List
difficulty: easy
tags: [array]
kind: function
function:
  name: sumList
  params:
    - {name: nums, type: "integer[]"}
  returns: long

limits:
  time: 1s
  memory: 64MiB

tests:
  - name: example1
    sample: true
    input: "[1,2,3]\\n"
    output: "6\\n"
  - name: empty            # the crashing, looping and hogging solutions fail here
    input: "[]\\n"
    output: "0\\n"
  - name: negative          # tests/negative.in and .out, with spaces
  - name: big               # over 2^31: the result is a long

solutions:
  - file: solutions/ref.py
    expect: AC
  - file: solutions/forgets-last.py
    expect: WA
"""

SUM_LIST_FILES = {
    "tests/negative.in": "[ -5, 2 ,-7 ]\n",
    "tests/negative.out": "-10\n",
    "tests/big.in": "[2000000000,2000000000,2000000000]\n",
    "tests/big.out": "6000000000\n",
    # Not listed: added after the listed ones.
    "tests/many.in": "[" + ",".join(str(i) for i in range(1, 1001)) + "]\n",
    "tests/many.out": "500500\n",
}

SUM_LIST_TESTS = ["example1", "empty", "negative", "big", "many"]
SUM_LIST_FAIL = "empty"         # where re/tle/mle fail; later tests still run

DOUBLE_ALL_YAML = """\
id: double-all
title: Double All
difficulty: easy
tags: [array]
kind: function
function:
  name: doubleAll
  params:
    - {name: nums, type: "integer[]"}
  returns: void
  output: nums

limits:
  time: 1s
  memory: 64MiB

tests:
  - name: example1
    sample: true
    input: "[1,2,3]\\n"
    output: "[2,4,6]\\n"
  - name: empty
    input: "[]\\n"
    output: "[]\\n"
  - name: negative
    input: "[-4,0,7]\\n"
    output: "[-8,0,14]\\n"

solutions:
  - file: solutions/ref.py
    expect: AC
"""

COUNT_NODES_YAML = """\
id: count-nodes
title: Count Nodes
difficulty: easy
tags: [tree]
kind: function
function:
  name: countNodes
  params:
    - {name: root, type: TreeNode}
  returns: integer

limits:
  time: 1s
  memory: 64MiB

tests:
  - name: example1
    sample: true
    input: "[1,2,3,4,5,6]\\n"
    output: "6\\n"
  - name: empty
    input: "[]\\n"
    output: "0\\n"
  - name: gaps
    input: "[1,null,2,3]\\n"
    output: "3\\n"
  - name: left-chain
    input: "[1,2,null,3,null,4]\\n"
    output: "4\\n"

solutions:
  - file: solutions/ref.py
    expect: AC
"""

COUNTER_YAML = """\
id: counter
title: Counter
difficulty: easy
tags: [design]
kind: design
design:
  class: Counter
  constructor: [{name: start, type: integer}]
  methods:
    - {name: inc, params: [], returns: void}
    - {name: get, params: [], returns: integer}

limits:
  time: 1s
  memory: 64MiB

tests:
  - name: example1
    sample: true
    input: "[\\"Counter\\",\\"inc\\",\\"get\\"]\\n[[5],[],[]]\\n"
    output: "[null,null,6]\\n"
  - name: zero
    input: "[\\"Counter\\",\\"get\\",\\"inc\\",\\"inc\\",\\"get\\"]\\n[[0],[],[],[],[]]\\n"
    output: "[null,0,null,null,2]\\n"
  - name: negative          # tests/negative.in and .out

solutions:
  - file: solutions/ref.py
    expect: AC
"""

COUNTER_FILES = {
    "tests/negative.in": '["Counter","get","inc","get"]\n[[-3],[],[],[]]\n',
    "tests/negative.out": "[null,-3,null,-2]\n",
}

# id: (problem.yaml, files, the kind of the Python solution that is
# solutions/ref.py); statement.md is added.
FUNCTION_PROBLEMS = {
    "sum-list": (SUM_LIST_YAML, SUM_LIST_FILES, "sum_ac"),
    "double-all": (DOUBLE_ALL_YAML, {}, "double"),
    "count-nodes": (COUNT_NODES_YAML, {}, "nodes"),
    "counter": (COUNTER_YAML, COUNTER_FILES, "counter"),
}

# Per language, solutions by kind: sum_* for sum-list, double for
# double-all, nodes for count-nodes, counter for the design.  sum_re,
# sum_tle and sum_mle fail on 'empty' only.  sum_calls prints a count of
# its calls kept in a global and is wrong only on 'many', the last test;
# sum_tle returns minus that count on 'many', so that the result tells how
# many calls its process made.
FLANGS = {}

FLANGS["c"] = {
    "sum_ac": r"""long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    # Forgets the last element.
    "sum_wa": r"""long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    for (int i = 0; i + 1 < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    "sum_print": r"""long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    printf("debug: %d numbers\n", numsSize);
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    printf("%lld\n", sum + 1);
    return sum;
}
""",
    "sum_calls": r"""int calls = 0;

long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    calls++;
    printf("call %d\n", calls);
    if (numsSize > 100)
        return -1;
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    "sum_re": r"""long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    if (numsSize == 0) {
        int* volatile p = NULL;
        return *p;
    }
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    "sum_tle": r"""int calls = 0;

long long sumList(int* nums, int numsSize) {
    volatile unsigned long spin = 0;
    long long sum = 0;
    calls++;
    while (numsSize == 0)
        spin++;
    if (numsSize > 100)
        return -calls;
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    # 1 MiB at a time, written, up to 512 MiB.
    "sum_mle": r"""long long sumList(int* nums, int numsSize) {
    long long sum = 0;
    if (numsSize == 0)
        for (int i = 0; i < 512; i++) {
            char* p = malloc(1 << 20);
            if (!p)
                break;
            memset(p, i + 1, 1 << 20);
        }
    for (int i = 0; i < numsSize; i++)
        sum += nums[i];
    return sum;
}
""",
    "double": r"""void doubleAll(int* nums, int numsSize) {
    for (int i = 0; i < numsSize; i++)
        nums[i] *= 2;
}
""",
    "nodes": r"""/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int countNodes(struct TreeNode* root) {
    if (!root)
        return 0;
    return 1 + countNodes(root->left) + countNodes(root->right);
}
""",
    # The count lives in a global that only counterFree resets: it passes
    # only if the driver calls Free between tests.
    "counter": r"""typedef struct {
    int id;
} Counter;

static int total = 0;
static int made = 0;

Counter* counterCreate(int start) {
    Counter* obj = malloc(sizeof(Counter));
    obj->id = ++made;
    total += start;
    return obj;
}

void counterInc(Counter* obj) {
    total++;
}

int counterGet(Counter* obj) {
    return total;
}

void counterFree(Counter* obj) {
    total = 0;
    free(obj);
}
""",
}

FLANGS["cpp"] = {
    "sum_ac": r"""class Solution {
public:
    long long sumList(vector<int>& nums) {
        return accumulate(nums.begin(), nums.end(), 0LL);
    }
};
""",
    "sum_wa": r"""class Solution {
public:
    long long sumList(vector<int>& nums) {
        long long sum = 0;
        for (size_t i = 0; i + 1 < nums.size(); i++)
            sum += nums[i];
        return sum;
    }
};
""",
    "sum_print": r"""class Solution {
public:
    long long sumList(vector<int>& nums) {
        long long sum = 0;
        cout << "debug: " << nums.size() << " numbers" << endl;
        for (int x : nums)
            sum += x;
        cout << sum + 1 << "\n";
        return sum;
    }
};
""",
    "sum_calls": r"""int calls = 0;

class Solution {
public:
    long long sumList(vector<int>& nums) {
        calls++;
        cout << "call " << calls << endl;
        if (nums.size() > 100)
            return -1;
        return accumulate(nums.begin(), nums.end(), 0LL);
    }
};
""",
    "sum_re": r"""class Solution {
public:
    long long sumList(vector<int>& nums) {
        if (nums.empty())
            throw invalid_argument("empty input");
        return accumulate(nums.begin(), nums.end(), 0LL);
    }
};
""",
    "sum_tle": r"""int calls = 0;

class Solution {
public:
    long long sumList(vector<int>& nums) {
        volatile unsigned long spin = 0;
        calls++;
        while (nums.empty())
            spin = spin + 1;
        if (nums.size() > 100)
            return -calls;
        return accumulate(nums.begin(), nums.end(), 0LL);
    }
};
""",
    "sum_mle": r"""class Solution {
public:
    vector<vector<char>> chunks;

    long long sumList(vector<int>& nums) {
        if (nums.empty())
            for (int i = 0; i < 512; i++)
                chunks.emplace_back(1 << 20, char(i + 1));
        return accumulate(nums.begin(), nums.end(), 0LL);
    }
};
""",
    "double": r"""class Solution {
public:
    void doubleAll(vector<int>& nums) {
        for (int& x : nums)
            x *= 2;
    }
};
""",
    "nodes": r"""/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
class Solution {
public:
    int countNodes(TreeNode* root) {
        int n = 0;
        queue<TreeNode*> q;
        if (root)
            q.push(root);
        while (!q.empty()) {
            TreeNode* t = q.front();
            q.pop();
            n++;
            if (t->left) q.push(t->left);
            if (t->right) q.push(t->right);
        }
        return n;
    }
};
""",
    "counter": r"""class Counter {
public:
    Counter(int start) : value(start) {
    }

    void inc() {
        value++;
    }

    int get() {
        return value;
    }

private:
    int value;
};

/**
 * Your Counter object will be instantiated and called as such:
 * Counter* obj = new Counter(start);
 * obj->inc();
 * int param_2 = obj->get();
 */
""",
}

FLANGS["python"] = {
    "sum_ac": r"""class Solution:
    def sumList(self, nums: List[int]) -> int:
        return sum(nums)
""",
    "sum_wa": r"""class Solution:
    def sumList(self, nums: List[int]) -> int:
        return sum(nums[:-1])
""",
    "sum_print": r"""class Solution:
    def sumList(self, nums: List[int]) -> int:
        print("debug:", len(nums), "numbers")
        print(sum(nums) + 1)
        return sum(nums)
""",
    "sum_calls": r"""calls = []


class Solution:
    def sumList(self, nums: List[int]) -> int:
        calls.append(len(nums))
        print("call", len(calls))
        if len(nums) > 100:
            return -1
        return sum(nums)
""",
    "sum_re": r"""class Solution:
    def sumList(self, nums: List[int]) -> int:
        if not nums:
            raise ValueError("empty input")
        return sum(nums)
""",
    "sum_tle": r"""calls = 0


class Solution:
    def sumList(self, nums: List[int]) -> int:
        global calls
        calls += 1
        spin = 0
        while not nums:
            spin += 1
        if len(nums) > 100:
            return -calls
        return sum(nums)
""",
    "sum_mle": r"""class Solution:
    def sumList(self, nums: List[int]) -> int:
        if not nums:
            self.chunks = [bytes([i % 255 + 1]) * (1 << 20) for i in range(512)]
        return sum(nums)
""",
    "double": r'''class Solution:
    def doubleAll(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        for i in range(len(nums)):
            nums[i] *= 2
''',
    # A classic mistake: rebinds the name, the caller's list is unchanged.
    "double_wa": r"""class Solution:
    def doubleAll(self, nums: List[int]) -> None:
        nums = [2 * x for x in nums]
""",
    "nodes": r"""# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def countNodes(self, root: Optional[TreeNode]) -> int:
        count = 0
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            count += 1
            queue.extend(child for child in (node.left, node.right) if child)
        return count
""",
    # Named like collections.Counter, which the prelude defines: the
    # solution's own class must win.
    "counter": r"""class Counter:

    def __init__(self, start: int):
        self.value = start

    def inc(self) -> None:
        self.value += 1

    def get(self) -> int:
        return self.value


# Your Counter object will be instantiated and called as such:
# obj = Counter(start)
# obj.inc()
# param_2 = obj.get()
""",
    # inc does nothing.
    "counter_wa": r"""class Counter:

    def __init__(self, start: int):
        self.value = start

    def inc(self) -> None:
        pass

    def get(self) -> int:
        return self.value
""",
}

FLANGS["java"] = {
    "file": "Solution.java",
    "sum_ac": r"""class Solution {
    public long sumList(int[] nums) {
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
}
""",
    "sum_wa": r"""class Solution {
    public long sumList(int[] nums) {
        long sum = 0;
        for (int i = 0; i + 1 < nums.length; i++)
            sum += nums[i];
        return sum;
    }
}
""",
    "sum_print": r"""class Solution {
    public long sumList(int[] nums) {
        long sum = 0;
        System.out.println("debug: " + nums.length + " numbers");
        for (int x : nums)
            sum += x;
        System.out.println(sum + 1);
        return sum;
    }
}
""",
    "sum_calls": r"""class Solution {
    static List<Integer> calls = new ArrayList<>();

    public long sumList(int[] nums) {
        calls.add(nums.length);
        System.out.println("call " + calls.size());
        if (nums.length > 100)
            return -1;
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
}
""",
    "sum_re": r"""class Solution {
    public long sumList(int[] nums) {
        if (nums.length == 0)
            throw new IllegalArgumentException("empty input");
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
}
""",
    "sum_tle": r"""class Solution {
    static volatile long spin;
    static int calls = 0;

    public long sumList(int[] nums) {
        calls++;
        while (nums.length == 0)
            spin++;
        if (nums.length > 100)
            return -calls;
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum;
    }
}
""",
    "sum_mle": r"""class Solution {
    public long sumList(int[] nums) {
        List<byte[]> chunks = new ArrayList<>();
        if (nums.length == 0)
            for (int i = 0; i < 512; i++) {
                byte[] chunk = new byte[1 << 20];
                Arrays.fill(chunk, (byte) (i + 1));
                chunks.add(chunk);
            }
        long sum = 0;
        for (int x : nums)
            sum += x;
        return sum + chunks.size();
    }
}
""",
    "double": r"""class Solution {
    public void doubleAll(int[] nums) {
        for (int i = 0; i < nums.length; i++)
            nums[i] *= 2;
    }
}
""",
    "nodes": r"""/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
class Solution {
    public int countNodes(TreeNode root) {
        Deque<TreeNode> queue = new ArrayDeque<>();
        int count = 0;
        if (root != null)
            queue.add(root);
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            count++;
            if (node.left != null) queue.add(node.left);
            if (node.right != null) queue.add(node.right);
        }
        return count;
    }
}
""",
    "counter": r"""class Counter {
    private final Map<String, Integer> state = new HashMap<>();

    public Counter(int start) {
        state.put("value", start);
    }

    public void inc() {
        state.merge("value", 1, Integer::sum);
    }

    public int get() {
        return state.get("value");
    }
}

/**
 * Your Counter object will be instantiated and called as such:
 * Counter obj = new Counter(start);
 * obj.inc();
 * int param_2 = obj.get();
 */
""",
}

FLANGS["javascript"] = {
    "sum_ac": r"""/**
 * @param {number[]} nums
 * @return {number}
 */
var sumList = function(nums) {
    return nums.reduce((a, b) => a + b, 0);
};
""",
    "sum_wa": r"""/**
 * @param {number[]} nums
 * @return {number}
 */
var sumList = function(nums) {
    return nums.slice(0, -1).reduce((a, b) => a + b, 0);
};
""",
    "sum_print": r"""var sumList = function(nums) {
    console.log("debug:", nums.length, "numbers");
    const sum = nums.reduce((a, b) => a + b, 0);
    console.log(sum + 1);
    return sum;
};
""",
    "sum_calls": r"""const calls = [];

var sumList = function(nums) {
    calls.push(nums.length);
    console.log("call " + calls.length);
    if (nums.length > 100)
        return -1;
    return nums.reduce((a, b) => a + b, 0);
};
""",
    "sum_re": r"""var sumList = function(nums) {
    if (nums.length === 0)
        throw new Error("empty input");
    return nums.reduce((a, b) => a + b, 0);
};
""",
    "sum_tle": r"""let calls = 0;

var sumList = function(nums) {
    let spin = 0;
    calls++;
    while (nums.length === 0)
        spin++;
    if (nums.length > 100)
        return -calls;
    return nums.reduce((a, b) => a + b, 0);
};
""",
    # Buffers live outside V8's heap; fill writes every byte.
    "sum_mle": r"""var sumList = function(nums) {
    const chunks = [];
    if (nums.length === 0)
        for (let i = 0; i < 512; i++)
            chunks.push(Buffer.alloc(1 << 20, i % 255 + 1));
    return nums.reduce((a, b) => a + b, chunks.length);
};
""",
    "double": r"""/**
 * @param {number[]} nums
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var doubleAll = function(nums) {
    for (let i = 0; i < nums.length; i++)
        nums[i] *= 2;
};
""",
    "nodes": r"""/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number}
 */
var countNodes = function(root) {
    if (root === null)
        return 0;
    return 1 + countNodes(root.left) + countNodes(root.right);
};
""",
    "counter": r"""/**
 * @param {number} start
 */
var Counter = function(start) {
    this.value = start;
};

/**
 * @return {void}
 */
Counter.prototype.inc = function() {
    this.value++;
};

/**
 * @return {number}
 */
Counter.prototype.get = function() {
    return this.value;
};

/**
 * Your Counter object will be instantiated and called as such:
 * var obj = new Counter(start)
 * obj.inc()
 * var param_2 = obj.get()
 */
""",
}

# ---------------------------------------------------------------- helpers


def find_program(name):
    for d in SEARCH_PATH:
        path = os.path.join(d, name)
        if os.access(path, os.X_OK):
            return path
    return None


def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def open_tree(root):
    """World-readable: as root, the sandbox runs programs as uid 65534."""
    for d, dirs, files in os.walk(root):
        os.chmod(d, 0o755)
        for name in files:
            os.chmod(os.path.join(d, name), 0o644)


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
        self.json_error = None

    def parse_json(self):
        try:
            self.json = json.loads(self.stdout)
            if not isinstance(self.json, dict):
                self.json_error = "the JSON is not an object"
                self.json = None
        except ValueError as e:
            self.json_error = f"no JSON on stdout ({e})"
        return self.json

    def details(self):
        out = self.stdout.strip()
        if len(out) > 3000:
            out = out[:3000] + " ..."
        return (f"     command: {' '.join(self.command)}\n"
                f"     exit: {self.returncode} after {self.elapsed:.2f} s\n"
                f"     stdout: {out or '(none)'}\n"
                f"     stderr: {self.stderr.strip()[-1500:] or '(none)'}")


class Failed(Exception):
    pass


class Driver:
    def __init__(self, args):
        self.args = args
        self.verbose = args.verbose
        self.judge = os.path.abspath(args.judge)
        self.work = tempfile.mkdtemp(prefix="judge-judging.")
        os.chmod(self.work, 0o755)
        self.problems = os.path.join(self.work, "problems")   # echo-sum, split-sum...
        self.bad = os.path.join(self.work, "bad")             # echo-sum, wrong expect
        self.typo = os.path.join(self.work, "typo")           # echo-sum, unknown key
        self.sol = os.path.join(self.work, "solutions")
        self.env = dict(os.environ)
        for name in ("JUDGE_PROBLEMS", "NO_COLOR", "FORCE_COLOR"):
            self.env.pop(name, None)
        self.env["XDG_CACHE_HOME"] = os.path.join(self.work, "cache")
        self.env["XDG_DATA_HOME"] = os.path.join(self.work, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.work, "config")
        self.missing = {}       # language -> what is missing
        self.typo_line = None
        self.last = None        # the last judge invocation, shown on failure

    def cleanup(self):
        if self.args.keep:
            print(f"# kept {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)

    # -------------------------------------------------------- setup

    def setup(self):
        def echo_sum(root, wrong_expect):
            base = os.path.join(root, "echo-sum")
            write(os.path.join(base, "problem.yaml"),
                  ECHO_SUM_YAML.format(wrong_expect=wrong_expect))
            for name, text in ECHO_SUM_FILES.items():
                write(os.path.join(base, name), text)
            write(os.path.join(base, "solutions/ref.c"), LANGS["c"]["ac"])
            write(os.path.join(base, "solutions/ref.py"), LANGS["python"]["ac"])
            write(os.path.join(base, "solutions/first-two.py"), LANGS["python"]["wa"])
            return base

        echo_sum(self.problems, "WA")
        echo_sum(self.bad, "AC")
        typo = echo_sum(self.typo, "WA")
        # An unknown key, close to a known one.
        path = os.path.join(typo, "problem.yaml")
        with open(path) as f:
            lines = f.read().split("\n")
        index = next(i for i, line in enumerate(lines) if line.startswith("difficulty:"))
        lines[index] = lines[index].replace("difficulty:", "dificulty:", 1)
        self.typo_line = index + 1
        write(path, "\n".join(lines))

        for pid, tests in (("split-sum", SPLIT_SUM_TESTS),
                           ("split-sum-broken", SPLIT_SUM_BROKEN_TESTS)):
            base = os.path.join(self.problems, pid)
            write(os.path.join(base, "problem.yaml"),
                  SPLIT_SUM_YAML.format(id=pid, tests=tests))
            for name, text in SPLIT_SUM_FILES.items():
                write(os.path.join(base, name), text)

        # Solutions: one directory per language and kind (Java needs its
        # file named after class Main).
        for lang, spec in LANGS.items():
            for kind, text in spec.items():
                if kind in ("ext", "needs", "file", "ce_log"):
                    continue
                name = spec.get("file", "solution" + spec["ext"])
                write(os.path.join(self.sol, lang, kind, name), text)
        write(os.path.join(self.sol, "misc", "halves.py"),
              "s = int(input())\nprint(s // 2, s - s // 2)\n")
        write(os.path.join(self.sol, "misc", "one-one.py"),
              "input()\nprint(1, 1)\n")
        write(os.path.join(self.sol, "misc", "solution.rb"), "puts 3\n")

        # NEW: the function and design problems and their solutions.
        for pid, (yaml, files, ref) in FUNCTION_PROBLEMS.items():
            base = os.path.join(self.problems, pid)
            write(os.path.join(base, "problem.yaml"), yaml)
            for name, text in files.items():
                write(os.path.join(base, name), text)
            write(os.path.join(base, "statement.md"), f"# {pid}\n\nLeetCode style.\n")
            write(os.path.join(base, "solutions", "ref.py"), FLANGS["python"][ref])
        write(os.path.join(self.problems, "sum-list", "solutions", "forgets-last.py"),
              FLANGS["python"]["sum_wa"])
        for lang, spec in FLANGS.items():
            for kind, text in spec.items():
                if kind != "file":
                    write(self.fsolution(lang, kind), text)
        open_tree(self.work)

        for lang in LANG_ORDER:
            absent = [p for p in LANGS[lang]["needs"] if not find_program(p)]
            if absent:
                self.missing[lang] = " and ".join(absent) + " not installed"

    def solution(self, lang, kind):
        spec = LANGS[lang]
        return os.path.join(self.sol, lang, kind, spec.get("file", "solution" + spec["ext"]))

    def fsolution(self, lang, kind):
        """A function or design solution (NEW)."""
        name = FLANGS[lang].get("file", "solution" + LANGS[lang]["ext"])
        return os.path.join(self.sol, lang, "fn-" + kind, name)

    # -------------------------------------------------------- running judge

    def judge_cmd(self, *args):
        command = [self.judge, *args]
        if self.verbose:
            print("     $ " + " ".join(command))
        start = time.monotonic()
        try:
            proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=JUDGE_TIMEOUT, env=self.env, cwd=self.work)
            rc, out, err, timed_out = proc.returncode, proc.stdout, proc.stderr, False
        except subprocess.TimeoutExpired as e:
            rc, out, err, timed_out = None, e.stdout or b"", e.stderr or b"", True
        elapsed = time.monotonic() - start
        self.last = Result(command, rc, out.decode(errors="replace"),
                           err.decode(errors="replace"), elapsed, timed_out)
        return self.last

    def run(self, problem, solution, *opts, json_out=True, problems=None):
        args = ["run"]
        if json_out:
            args.append("--json")
        args += [*JOBS, *opts, "--problems", problems or self.problems, problem, solution]
        r = self.judge_cmd(*args)
        if json_out:
            r.parse_json()
        return r


# ---------------------------------------------------------------- checks

def expect_exit(r, code):
    if r.timed_out:
        raise Failed(f"judge did not return within {JUDGE_TIMEOUT} s")
    if r.returncode != code:
        raise Failed(f"exit status {r.returncode}, expected {code}")


def expect_verdict(r, verdict, code):
    """The overall verdict and exit status; returns the JSON object."""
    if r.timed_out:
        raise Failed(f"judge did not return within {JUDGE_TIMEOUT} s")
    j = r.json
    if j is None:
        raise Failed(f"{r.json_error} (exit {r.returncode})")
    problems = []
    if j.get("verdict") != verdict:
        problems.append(f"verdict {j.get('verdict')} ({j.get('message')}), expected {verdict}")
    if r.returncode != code:
        problems.append(f"exit status {r.returncode}, expected {code}")
    if problems:
        raise Failed("; ".join(problems))
    return j


def test_by_name(j, name):
    for t in j.get("tests") or []:
        if t.get("name") == name:
            return t
    raise Failed(f"no test '{name}' in the JSON tests")


def first_failure(j, verdict):
    """The first failing test: named by first_failure, with this verdict."""
    name = j.get("first_failure")
    if not name:
        raise Failed("first_failure is null")
    t = test_by_name(j, name)
    if t.get("verdict") != verdict:
        raise Failed(f"first_failure '{name}' has verdict {t.get('verdict')}, expected {verdict}")
    names = [x.get("name") for x in j["tests"]]
    for earlier in j["tests"][:names.index(name)]:
        if earlier.get("verdict") not in ("AC", None):
            raise Failed(f"first_failure is '{name}' but the earlier test "
                         f"'{earlier.get('name')}' got {earlier.get('verdict')}")
    return t


RUN_KEYS = {"problem", "solution", "language", "toolchain", "verdict", "message",
            "compile", "first_failure", "wall_ms", "tests"}
COMPILE_KEYS = {"ok", "cached", "ms", "log"}
TEST_KEYS = {"name", "verdict", "sample", "cpu_ms", "wall_ms", "memory_kb",
             "remeasured", "message"}


def check_keys(j):
    """The keys `judge run --json` documents are all there."""
    for what, want, got in (("", RUN_KEYS, j),
                            ("compile.", COMPILE_KEYS, j.get("compile") or {}),
                            ("tests[0].", TEST_KEYS, (j.get("tests") or [{}])[0])):
        missing = sorted(want - set(got))
        if missing:
            raise Failed(f"the JSON lacks {', '.join(what + k for k in missing)}")
    if j.get("problem") != "echo-sum":
        raise Failed(f"problem {j.get('problem')!r}, expected 'echo-sum'")


def summary(j):
    t = None
    if j.get("first_failure"):
        t = test_by_name(j, j["first_failure"])
    parts = [j.get("verdict")]
    if t:
        parts.append(f"{t['name']}: cpu {t.get('cpu_ms')} ms, mem "
                     f"{(t.get('memory_kb') or 0) / 1024:.1f} MiB"
                     f"{', remeasured' if t.get('remeasured') else ''}"
                     f" -- {t.get('message')}")
    return "; ".join(str(p) for p in parts)


# ---------------------------------------------------------------- cases

CASES = []          # (name, language or None, function)


def case(name, lang=None, needs_gcc=False):
    def register(fn):
        CASES.append((name, lang, needs_gcc, fn))
        return fn
    return register


def lang_cases(lang):
    """The per-language cases for one language."""
    spec = LANGS[lang]

    def ac(d):
        r = d.run("echo-sum", d.solution(lang, "ac"))
        j = expect_verdict(r, "AC", 0)
        check_keys(j)
        names = [t.get("name") for t in j.get("tests") or []]
        if names != ECHO_SUM_TESTS:
            raise Failed(f"tests {names}, expected {ECHO_SUM_TESTS}")
        bad = [t["name"] for t in j["tests"] if t.get("verdict") != "AC"]
        if bad:
            raise Failed(f"tests not AC: {bad}")
        if j.get("first_failure") is not None:
            raise Failed(f"first_failure {j.get('first_failure')!r}, expected null")
        if j.get("language") != lang:
            raise Failed(f"language {j.get('language')!r}, expected {lang!r}")
        c = j.get("compile") or {}
        if c.get("ok") is not True or c.get("cached") is not False:
            raise Failed(f"compile {c}, expected ok true, cached false (a fresh cache)")
        samples = [t["name"] for t in j["tests"] if t.get("sample")]
        if samples != ECHO_SUM_SAMPLES:
            raise Failed(f"samples {samples}, expected {ECHO_SUM_SAMPLES}")
        return f"AC, {len(names)} tests, compile {c.get('ms')} ms"

    def cached(d):
        r = d.run("echo-sum", d.solution(lang, "ac"))
        j = expect_verdict(r, "AC", 0)
        c = j.get("compile") or {}
        if c.get("cached") is not True or c.get("ok") is not True:
            raise Failed(f"compile {c}, expected ok and cached true on the second run")
        return "AC, compile cached"

    def wa(d):
        r = d.run("echo-sum", d.solution(lang, "wa"))
        j = expect_verdict(r, "WA", 1)
        t = first_failure(j, "WA")
        if t["name"] != WRONG_FIRST_FAILURE:
            raise Failed(f"first_failure {t['name']!r}, expected {WRONG_FIRST_FAILURE!r}")
        if test_by_name(j, "sample1").get("verdict") != "AC":
            raise Failed("sample1 is not AC")
        return summary(j)

    def wa_text(d):
        r = d.run("echo-sum", d.solution(lang, "wa"), json_out=False)
        expect_exit(r, 1)
        out = r.stdout
        missing = [w for w in ("WA", WRONG_FIRST_FAILURE, "expected", "got") if w not in out]
        if missing:
            raise Failed(f"the text report lacks {missing}")
        # expected 8 (5 - 7 + 10), got -2 (5 - 7): each a heading followed
        # by indented lines (perhaps numbered or marked), ending in the value.
        for heading, value in (("expected", "8"), ("got", "-2")):
            m = re.search(rf"^{heading}\s*\n((?:[ \t]+.*\n?)+)", out, re.M)
            if not m or not re.search(rf"(^|\s){re.escape(value)}\s*$", m.group(1), re.M):
                raise Failed(f"the text report does not show {value!r} under '{heading}'")
        return "text report shows input, expected 8, got -2"

    def runtime_error(d):
        r = d.run("echo-sum", d.solution(lang, "re"), "--stop-on-failure")
        j = expect_verdict(r, "RE", 1)
        t = first_failure(j, "RE")
        msg = t.get("message") or ""
        if lang in ("c", "cpp") and "signal" not in msg:
            raise Failed(f"message {msg!r} does not name the signal")
        if lang in ("python", "java", "javascript") and "exit" not in msg:
            raise Failed(f"message {msg!r} does not give the exit status")
        return summary(j)

    def tle(d):
        r = d.run("echo-sum", d.solution(lang, "tle"), "--stop-on-failure")
        j = expect_verdict(r, "TLE", 1)
        t = first_failure(j, "TLE")
        cpu = t.get("cpu_ms")
        if not isinstance(cpu, int) or not 0.9 * TIME_LIMIT_MS <= cpu <= 1.5 * TIME_LIMIT_MS:
            raise Failed(f"cpu_ms {cpu}, expected close to the {TIME_LIMIT_MS} ms limit")
        if "CPU" not in (t.get("message") or ""):
            raise Failed(f"message {t.get('message')!r} does not say CPU time")
        return summary(j)

    def mle(d):
        r = d.run("echo-sum", d.solution(lang, "mle"), "--stop-on-failure")
        j = expect_verdict(r, "MLE", 1)
        first_failure(j, "MLE")
        return summary(j)

    def ole(d):
        r = d.run("echo-sum", d.solution(lang, "ole"), "--stop-on-failure")
        j = expect_verdict(r, "OLE", 1)
        first_failure(j, "OLE")
        return summary(j)

    def ce(d):
        r = d.run("echo-sum", d.solution(lang, "ce"))
        j = expect_verdict(r, "CE", 1)
        c = j.get("compile") or {}
        if c.get("ok") is not False:
            raise Failed(f"compile.ok {c.get('ok')!r}, expected false")
        log = c.get("log") or ""
        if not log.strip():
            raise Failed("compile.log is empty")
        # The compiler's own diagnostic, not some other failure to start.
        if spec["ce_log"] not in log:
            raise Failed(f"compile.log lacks {spec['ce_log']!r}: {log.strip()[:300]!r}")
        ran = [t["name"] for t in j.get("tests") or [] if t.get("verdict") is not None]
        if ran:
            raise Failed(f"tests ran after a compile error: {ran}")
        line = next(l for l in log.splitlines() if spec["ce_log"] in l)
        return f"CE; log: {line.strip()[:90]}"

    def sv(d):
        r = d.run("echo-sum", d.solution(lang, "sv"), "--stop-on-failure")
        j = expect_verdict(r, "SV", 1)
        t = first_failure(j, "SV")
        if "socket" not in (t.get("message") or ""):
            raise Failed(f"message {t.get('message')!r} does not name socket")
        return summary(j)

    def socket_re(d):
        r = d.run("echo-sum", d.solution(lang, "socket"), "--stop-on-failure")
        j = expect_verdict(r, "RE", 1)
        first_failure(j, "RE")
        return summary(j)

    cases = [("ac", ac), ("cached", cached), ("wa", wa), ("wa_text", wa_text),
             ("re", runtime_error), ("tle", tle), ("mle", mle), ("ole", ole)]
    if "ce" in spec:
        cases.append(("ce", ce))
    if "sv" in spec:
        cases.append(("sv", sv))
    if "socket" in spec:
        cases.append(("socket_re", socket_re))
    for kind, fn in cases:
        CASES.append((f"{lang}.{kind}", lang, False, fn))


for _lang in LANG_ORDER:
    lang_cases(_lang)


@case("only_sample", "c")
def only_sample(d):
    # The wrong solution passes both samples.
    r = d.run("echo-sum", d.solution("c", "wa"), "--only", "sample")
    j = expect_verdict(r, "AC", 0)
    names = [t.get("name") for t in j.get("tests") or []]
    if names != ECHO_SUM_SAMPLES:
        raise Failed(f"ran {names}, expected only the samples {ECHO_SUM_SAMPLES}")
    return f"AC on {names}"


@case("only_name", "c")
def only_name(d):
    r = d.run("echo-sum", d.solution("c", "wa"), "--only", WRONG_FIRST_FAILURE)
    j = expect_verdict(r, "WA", 1)
    names = [t.get("name") for t in j.get("tests") or []]
    if names != [WRONG_FIRST_FAILURE]:
        raise Failed(f"ran {names}, expected only {WRONG_FIRST_FAILURE}")
    return f"WA on {names}"


@case("only_unknown_test", "c")
def only_unknown(d):
    r = d.run("echo-sum", d.solution("c", "ac"), "--only", "no-such-test", json_out=False)
    expect_exit(r, 2)
    if "no-such-test" not in r.stderr:
        raise Failed(f"stderr does not name the test: {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("compile_urandom", "c")
def compile_urandom(d):
    # A source that includes /dev/urandom would keep the compiler reading
    # forever: the compile sandbox's limits stop it, and it is CE.
    src = os.path.join(d.sol, "urandom.c")
    write(src, '#include "/dev/urandom"\nint main(void) { return 0; }\n')
    r = d.run("echo-sum", src)
    j = expect_verdict(r, "CE", 1)
    message = j.get("message") or ""
    if "compilation" not in message:
        raise Failed(f"message does not say the compiler was stopped: {message!r}")
    return f"CE: {message}"


@case("stop_on_failure", "c")
def stop_on_failure(d):
    # One job: the tests after the first failure are never started.
    r = d.judge_cmd("run", "--json", "--jobs", "1", "--stop-on-failure",
                    "--problems", d.problems, "echo-sum", d.solution("c", "wa"))
    r.parse_json()
    j = expect_verdict(r, "WA", 1)
    t = first_failure(j, "WA")
    names = [x.get("name") for x in j["tests"]]
    if names != ECHO_SUM_TESTS:
        raise Failed(f"tests {names}, expected all of {ECHO_SUM_TESTS} listed")
    k = names.index(t["name"])
    later = {x["name"]: x.get("verdict") for x in j["tests"][k + 1:]}
    if any(v is not None for v in later.values()):
        raise Failed(f"tests after '{t['name']}' have verdicts {later}, expected null")
    if any(x.get("verdict") != "AC" for x in j["tests"][:k]):
        raise Failed("a test before the first failure is not AC")
    return f"WA on {t['name']}; {len(later)} later tests null"


@case("stop_on_failure_jobs2", "c")
def stop_on_failure_jobs2(d):
    # Two jobs: the test beside the failing one may have run, but the
    # last ones must not have been started.
    r = d.run("echo-sum", d.solution("c", "re"), "--stop-on-failure")
    j = expect_verdict(r, "RE", 1)
    t = first_failure(j, "RE")
    if t["name"] != "sample1":
        raise Failed(f"first_failure {t['name']!r}, expected 'sample1'")
    ran = [x["name"] for x in j["tests"] if x.get("verdict") is not None]
    last = j["tests"][-1]
    if last.get("verdict") is not None:
        raise Failed(f"the last test '{last['name']}' ran ({ran} ran) although the first failed")
    return f"ran {ran}, the rest null"


@case("checker_ac", "c")
def checker_ac(d):
    r = d.run("split-sum", os.path.join(d.problems, "split-sum", "solutions", "ref.c"))
    j = expect_verdict(r, "AC", 0)
    return f"AC on {len(j['tests'])} tests"


@case("checker_other_answer", "python", needs_gcc=True)
def checker_other_answer(d):
    # Prints answers unlike the answer file: only the checker accepts them.
    r = d.run("split-sum", os.path.join(d.sol, "misc", "halves.py"))
    j = expect_verdict(r, "AC", 0)
    return f"AC on {len(j['tests'])} tests (answers differ from the answer files)"


@case("checker_wa", "python", needs_gcc=True)
def checker_wa(d):
    r = d.run("split-sum", os.path.join(d.sol, "misc", "one-one.py"))
    j = expect_verdict(r, "WA", 1)
    t = first_failure(j, "WA")
    if t["name"] != "sample1":
        raise Failed(f"first_failure {t['name']!r}, expected 'sample1'")
    if "1 + 1 is not 7" not in (t.get("message") or ""):
        raise Failed(f"message {t.get('message')!r} lacks the checker's '1 + 1 is not 7'")
    return summary(j)


@case("checker_fails_ie", "c")
def checker_fails(d):
    r = d.run("split-sum-broken", os.path.join(d.problems, "split-sum", "solutions", "ref.c"))
    j = expect_verdict(r, "IE", 3)
    text = json.dumps(j)
    if "bad input" not in text:
        raise Failed(f"the checker's message 'bad input' is not shown: {j.get('message')!r}")
    return f"IE: {j.get('message') or test_by_name(j, 'negative').get('message')}"


@case("usage_no_such_problem", "c")
def usage_no_problem(d):
    r = d.run("no-such-problem", d.solution("c", "ac"), json_out=False)
    expect_exit(r, 2)
    if "no-such-problem" not in r.stderr:
        raise Failed(f"stderr does not name the problem: {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("usage_unknown_extension")
def usage_extension(d):
    r = d.run("echo-sum", os.path.join(d.sol, "misc", "solution.rb"), json_out=False)
    expect_exit(r, 2)
    err = r.stderr
    if "solution.rb" not in err or "--lang" not in err:
        raise Failed(f"stderr should name the file and suggest --lang: {err.strip()!r}")
    return err.strip().splitlines()[0]


@case("usage_missing_solution")
def usage_missing_solution(d):
    path = os.path.join(d.work, "nowhere", "missing.c")
    r = d.run("echo-sum", path, json_out=False)
    expect_exit(r, 2)
    if "missing.c" not in r.stderr:
        raise Failed(f"stderr does not name the file: {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("usage_unknown_lang", "c")
def usage_unknown_lang(d):
    r = d.run("echo-sum", d.solution("c", "ac"), "--lang", "cobol", json_out=False)
    expect_exit(r, 2)
    if "cobol" not in r.stderr:
        raise Failed(f"stderr does not name the language: {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("usage_missing_argument", "c")
def usage_missing_argument(d):
    r = d.judge_cmd("run", "--problems", d.problems, "echo-sum")
    expect_exit(r, 2)
    if "run --help" not in r.stderr:
        raise Failed(f"stderr does not point to 'judge run --help': {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("usage_bad_jobs", "c")
def usage_bad_jobs(d):
    r = d.judge_cmd("run", "--jobs", "0", "--problems", d.problems, "echo-sum",
                    d.solution("c", "ac"))
    expect_exit(r, 2)
    if "--jobs" not in r.stderr:
        raise Failed(f"stderr does not name --jobs: {r.stderr.strip()!r}")
    return r.stderr.strip().splitlines()[0]


@case("yaml_unknown_key", "c")
def yaml_unknown_key(d):
    r = d.run("echo-sum", d.solution("c", "ac"), problems=d.typo, json_out=False)
    expect_exit(r, 2)
    err = r.stderr
    m = re.search(r"problem\.yaml:(\d+):(\d+)", err)
    if not m:
        raise Failed(f"stderr does not name problem.yaml:LINE:COLUMN: {err.strip()!r}")
    if int(m.group(1)) != d.typo_line or int(m.group(2)) != 1:
        raise Failed(f"points at {m.group(1)}:{m.group(2)}, the key is at {d.typo_line}:1")
    if "dificulty" not in err or "did you mean 'difficulty'" not in err:
        raise Failed(f"stderr lacks the key or the did-you-mean hint: {err.strip()!r}")
    return err.strip().splitlines()[0].replace(d.work, "$TMP")


@case("validate_ok", "python", needs_gcc=True)
def validate_ok(d):
    r = d.judge_cmd("validate", *JOBS, "--problems", d.problems, "echo-sum")
    expect_exit(r, 0)
    if "3 passed, 0 failed" not in r.stdout:
        raise Failed(f"stdout lacks '3 passed, 0 failed': {r.stdout.strip()!r}")
    return "3 passed, 0 failed"


@case("validate_wrong_expect", "python", needs_gcc=True)
def validate_wrong(d):
    r = d.judge_cmd("validate", *JOBS, "--problems", d.bad, "echo-sum")
    expect_exit(r, 1)
    out = r.stdout
    if "FAIL" not in out or "first-two.py" not in out or "expected AC" not in out:
        raise Failed(f"stdout should flag first-two.py as FAIL, expected AC: {out.strip()!r}")
    if "2 passed, 1 failed" not in out:
        raise Failed(f"stdout lacks '2 passed, 1 failed': {out.strip()!r}")
    line = next(l for l in out.splitlines() if "first-two.py" in l)
    return " ".join(line.split())


@case("validate_bad_yaml")
def validate_bad_yaml(d):
    r = d.judge_cmd("validate", "--problems", d.typo, "echo-sum")
    expect_exit(r, 2)
    if "dificulty" not in r.stdout + r.stderr:
        raise Failed("the output does not name the unknown key")
    return "exit 2, names 'dificulty'"


# ------------------------------------- cases: function and design problems
#
# NEW: every case here is named fn.LANG.KIND (or fn.KIND).  The problems
# are sum-list, double-all, count-nodes and counter (see the section
# "function and design problems" above).


def expect_tests(j, want):
    """The tests, in order, with these verdicts."""
    got = [(t.get("name"), t.get("verdict")) for t in j.get("tests") or []]
    if got != list(want.items()):
        raise Failed(f"tests {got}, expected {list(want.items())}")


def block_under(out, heading):
    """The indented lines under a heading of the text report (or None)."""
    m = re.search(rf"^{heading}[^\n]*\n((?:[ \t]+.*\n?)+)", out, re.M)
    return m.group(1) if m else None


def expect_shown(out, heading, value):
    """The text report shows value under heading (a value line of its own,
    perhaps numbered or marked)."""
    text = block_under(out, re.escape(heading))
    if text is None:
        raise Failed(f"the text report has no '{heading}' section")
    if not re.search(rf"(^|\s){re.escape(value)}\s*$", text, re.M):
        raise Failed(f"the text report does not show {value!r} under '{heading}': "
                     f"{text.strip()[:200]!r}")


def function_cases(lang):
    """The function and design cases for one language."""
    others = {n: "AC" for n in SUM_LIST_TESTS}

    def with_failure(verdict):
        want = dict(others)
        want[SUM_LIST_FAIL] = verdict
        return want

    def sum_ac(d):
        r = d.run("sum-list", d.fsolution(lang, "sum_ac"))
        j = expect_verdict(r, "AC", 0)
        expect_tests(j, others)
        if j.get("language") != lang:
            raise Failed(f"language {j.get('language')!r}, expected {lang!r}")
        samples = [t["name"] for t in j["tests"] if t.get("sample")]
        if samples != ["example1"]:
            raise Failed(f"samples {samples}, expected ['example1']")
        c = j.get("compile") or {}
        return f"AC, {len(j['tests'])} tests, compile {c.get('ms')} ms"

    def sum_wa(d):
        r = d.run("sum-list", d.fsolution(lang, "sum_wa"))
        j = expect_verdict(r, "WA", 1)
        # Forgets the last element: right only on the empty list.
        expect_tests(j, {"example1": "WA", "empty": "AC", "negative": "WA",
                         "big": "WA", "many": "WA"})
        t = first_failure(j, "WA")
        if t["name"] != "example1":
            raise Failed(f"first_failure {t['name']!r}, expected 'example1'")
        if t.get("message") != "expected 6, got 3":
            raise Failed(f"message {t.get('message')!r}, expected 'expected 6, got 3'")
        return summary(j)

    def sum_wa_text(d):
        r = d.run("sum-list", d.fsolution(lang, "sum_wa"), json_out=False)
        expect_exit(r, 1)
        if "WA" not in r.stdout or "example1" not in r.stdout:
            raise Failed("the text report does not name WA and example1")
        expect_shown(r.stdout, "input", "[1,2,3]")
        expect_shown(r.stdout, "expected", "6")
        expect_shown(r.stdout, "got", "3")
        return "text report shows the argument [1,2,3], expected 6, got 3"

    def sum_prints(d):
        # Prints its debug line and a wrong value (sum + 1) on every call:
        # neither may be taken for the result.
        r = d.run("sum-list", d.fsolution(lang, "sum_print"))
        j = expect_verdict(r, "AC", 0)
        expect_tests(j, others)
        return "AC; the prints (including sum + 1) are not taken for results"

    def one_process(d):
        # Counts its calls in a global and prints the count; wrong only on
        # 'many', the last test.  One process for the run: the failing
        # test's stdout shows calls 1 to 5, in order.
        r = d.run("sum-list", d.fsolution(lang, "sum_calls"))
        j = expect_verdict(r, "WA", 1)
        want = dict(others)
        want["many"] = "WA"
        expect_tests(j, want)
        r = d.run("sum-list", d.fsolution(lang, "sum_calls"), json_out=False)
        expect_exit(r, 1)
        text = block_under(r.stdout, "stdout")
        if text is None:
            raise Failed("the text report has no 'stdout' section")
        calls = [int(n) for n in re.findall(r"call (\d+)", text)]
        if calls != list(range(1, len(SUM_LIST_TESTS) + 1)):
            raise Failed(f"stdout shows calls {calls}, expected 1 to "
                         f"{len(SUM_LIST_TESTS)} (one process): {text.strip()[:300]!r}")
        expect_shown(r.stdout, "got", "-1")
        return f"WA on many; stdout shows calls {calls}"

    def sum_re(d):
        r = d.run("sum-list", d.fsolution(lang, "sum_re"))
        j = expect_verdict(r, "RE", 1)
        expect_tests(j, with_failure("RE"))
        t = first_failure(j, "RE")
        msg = t.get("message") or ""
        if lang == "c":
            if "signal" not in msg:
                raise Failed(f"message {msg!r} does not name the signal")
        elif "empty input" not in msg:
            raise Failed(f"message {msg!r} does not give the exception's 'empty input'")
        return summary(j) + "; the other tests AC"

    def sum_tle(d):
        # Loops on 'empty', the second test.  The tests after it run in a
        # fresh process: 'many' is its third call (-3), not the fifth.
        r = d.run("sum-list", d.fsolution(lang, "sum_tle"))
        j = expect_verdict(r, "TLE", 1)
        want = with_failure("TLE")
        want["many"] = "WA"
        expect_tests(j, want)
        t = first_failure(j, "TLE")
        # JavaScript's call is stopped at twice the limit in wall time.
        cpu = t.get("cpu_ms")
        if not isinstance(cpu, int) or not 0.9 * TIME_LIMIT_MS <= cpu <= 2.5 * TIME_LIMIT_MS:
            raise Failed(f"cpu_ms {cpu}, expected close to the {TIME_LIMIT_MS} ms limit")
        many = test_by_name(j, "many").get("message")
        if many != "expected 500500, got -3":
            raise Failed(f"'many' says {many!r}, expected 'expected 500500, got -3' "
                         "(its process's third call)")
        return summary(j) + "; the later tests AC, in a fresh process"

    def sum_mle(d):
        r = d.run("sum-list", d.fsolution(lang, "sum_mle"))
        j = expect_verdict(r, "MLE", 1)
        expect_tests(j, with_failure("MLE"))
        first_failure(j, "MLE")
        return summary(j) + "; the other tests AC"

    def double_all(d):
        r = d.run("double-all", d.fsolution(lang, "double"))
        j = expect_verdict(r, "AC", 0)
        expect_tests(j, {"example1": "AC", "empty": "AC", "negative": "AC"})
        return "AC, nums doubled in place"

    def count_nodes(d):
        r = d.run("count-nodes", d.fsolution(lang, "nodes"))
        j = expect_verdict(r, "AC", 0)
        expect_tests(j, {"example1": "AC", "empty": "AC", "gaps": "AC",
                         "left-chain": "AC"})
        return "AC on TreeNode arguments"

    def counter(d):
        r = d.run("counter", d.fsolution(lang, "counter"))
        j = expect_verdict(r, "AC", 0)
        expect_tests(j, {"example1": "AC", "zero": "AC", "negative": "AC"})
        if lang == "c":
            return "AC; the global that only counterFree resets was reset between tests"
        return "AC"

    cases = [("sum_ac", sum_ac), ("sum_wa", sum_wa), ("sum_wa_text", sum_wa_text),
             ("prints", sum_prints),
             ("one_process", one_process), ("re_one_test", sum_re),
             ("tle_one_test", sum_tle), ("mle_one_test", sum_mle),
             ("double_all", double_all), ("count_nodes", count_nodes),
             ("counter", counter)]
    for kind, fn in cases:
        CASES.append((f"fn.{lang}.{kind}", lang, False, fn))


for _lang in LANG_ORDER:
    function_cases(_lang)


@case("fn.validate", "python")
def fn_validate(d):
    # The declared solutions of sum-list: ref.py AC, forgets-last.py WA.
    r = d.judge_cmd("validate", *JOBS, "--problems", d.problems, "sum-list")
    expect_exit(r, 0)
    if "2 passed, 0 failed" not in r.stdout:
        raise Failed(f"stdout lacks '2 passed, 0 failed': {r.stdout.strip()!r}")
    return "2 passed, 0 failed"


@case("fn.python.prints_shown_on_ac", "python")
def fn_prints_shown_on_ac(d):
    # The text report of an accepted run shows the solution's prints
    # under 'stdout' (a failing run's are checked by fn.LANG.one_process).
    r = d.run("sum-list", d.fsolution("python", "sum_print"), json_out=False)
    expect_exit(r, 0)
    text = block_under(r.stdout, "stdout")
    if text is None or "debug: 3 numbers" not in text:
        raise Failed("the text report of the AC run has no 'stdout' section "
                     "showing 'debug: 3 numbers'")
    return "AC; the text report shows the prints under 'stdout'"


@case("fn.python.double_all_rebinds", "python")
def fn_double_rebinds(d):
    # nums = [...] leaves the caller's list as it was: WA, got the input.
    r = d.run("double-all", d.fsolution("python", "double_wa"))
    j = expect_verdict(r, "WA", 1)
    expect_tests(j, {"example1": "WA", "empty": "AC", "negative": "WA"})
    t = first_failure(j, "WA")
    if t.get("message") != "expected [2,4,6], got [1,2,3]":
        raise Failed(f"message {t.get('message')!r}, expected 'expected [2,4,6], got [1,2,3]'")
    return summary(j)


@case("fn.python.counter_wa_text", "python")
def fn_counter_wa_text(d):
    r = d.run("counter", d.fsolution("python", "counter_wa"), json_out=False)
    expect_exit(r, 1)
    expect_shown(r.stdout, "input", '["Counter","inc","get"]')
    expect_shown(r.stdout, "input", "[[5],[],[]]")
    expect_shown(r.stdout, "expected", "[null,null,6]")
    expect_shown(r.stdout, "got", "[null,null,5]")
    return "WA; text report shows the operations, expected [null,null,6], got [null,null,5]"


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judge", required=True, help="the judge binary")
    parser.add_argument("-k", dest="filters", action="append", default=[], metavar="NAME",
                        help="run only cases whose name contains NAME (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
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
        for name, lang, needs_gcc, fn in CASES:
            if args.filters and not any(f in name for f in args.filters):
                continue
            reason = driver.missing.get(lang) if lang else None
            if not reason and needs_gcc and "c" in driver.missing:
                reason = "the checker or a declared solution needs " + driver.missing["c"]
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
                last = getattr(driver, "last", None)
                if last is not None:
                    print(last.details())
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
