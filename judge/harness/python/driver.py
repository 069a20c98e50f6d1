"""
driver.py: judge's Python driver for function and design problems.

It sits in the build directory next to solution.py (a LeetCode solution,
unmodified), reads the signature block and the tests from stdin and writes
one result line per test, as docs/function-problems.md ("Driver
protocol") specifies.  Standard library only.

The solution's stdout goes to stderr: results are written to a duplicate
of the original stdout, which the solution cannot name.
"""

import builtins
import gc
import json
import os
import signal
import sys
import threading
import time
import traceback
import types

# --- Descriptors: results on a private copy of stdout, the solution's
# stdout on stderr, stdin kept for the protocol only. ---------------------

_OUT = os.dup(1)
os.dup2(2, 1)
sys.stdout = open(1, "w", buffering=1, encoding="utf-8",
                  errors="backslashreplace", closefd=False)
_IN = os.fdopen(os.dup(0), "rb", buffering=1 << 20)
try:
    _null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(_null, 0)
    os.close(_null)
except OSError:
    pass


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        try:
            n = os.write(fd, view)
        except InterruptedError:
            continue
        view = view[n:]


NONCE = ""


def emit(text):
    _write_all(_OUT, ("@@%s %s\n" % (NONCE, text)).encode(
        "utf-8", "backslashreplace"))


def _flush_solution_streams():
    for s in (sys.stdout, sys.stderr):
        try:
            s.flush()
        except Exception:
            pass


def one_line(text):
    return " ".join(str(text).split("\n")).replace("\r", " ")


# --- LeetCode's data structures, exactly as LeetCode defines them. -------

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class Node:
    def __init__(self, val = 0, neighbors = None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []


# The driver keeps its own references: a solution may define classes of
# the same names (often with one argument); inputs are built from these,
# results are read by attribute, so any node class works.
_ListNode = ListNode
_TreeNode = TreeNode
# LeetCode's graph node ("Clone Graph") is a name of the solution's only
# when the signature uses the type Node: other solutions define their own.
_GraphNode = Node
del Node


# --- LeetCode's environment: the names solutions use without importing. --

class _CallableModule(types.ModuleType):
    """`bisect(a, x)` and `random()` work as well as `bisect.bisect_left`
    and `random.randint`: LeetCode has both the modules and the names."""

    def __call__(self, *args, **kwargs):
        return getattr(self, self.__name__)(*args, **kwargs)


def leetcode_environment():
    import bisect
    import collections
    import copy
    import functools
    import heapq
    import itertools
    import math
    import operator
    import random
    import re
    import string
    import typing

    env = {}
    # `from M import *`, but never hiding a builtin (math.pow would break
    # pow(a, b, m); re.compile the builtin compile).
    for mod in (typing, collections, heapq, bisect, itertools, functools,
                math, string, re, operator):
        names = getattr(mod, "__all__", None)
        if names is None:
            names = [n for n in vars(mod) if not n.startswith("_")]
        for n in names:
            if hasattr(builtins, n) or not hasattr(mod, n):
                continue
            v = getattr(mod, n)
            if isinstance(v, types.ModuleType):
                continue
            env[n] = v
    for n in ("randint", "randrange", "choice", "choices", "shuffle",
              "sample", "uniform", "seed"):
        env[n] = getattr(random, n)
    for mod in (bisect, random):
        try:
            mod.__class__ = _CallableModule
        except TypeError:
            pass
    for mod in (collections, heapq, bisect, itertools, functools, math,
                string, re, random, operator, typing, copy, sys):
        env[mod.__name__] = mod
    env["inf"] = math.inf
    try:
        from sortedcontainers import SortedDict, SortedList, SortedSet
        env.update(SortedList=SortedList, SortedDict=SortedDict,
                   SortedSet=SortedSet)
    except ImportError:
        pass
    env["ListNode"] = ListNode
    env["TreeNode"] = TreeNode
    return env


# --- Types. ---------------------------------------------------------------

SCALARS = ("integer", "long", "double", "boolean", "character", "string",
           "ListNode", "TreeNode", "Node", "void")


class Bad(Exception):
    """The test's input does not fit the signature."""


def parse_type(text):
    t = text.strip()
    if t.endswith("[]"):
        return ("arr", parse_type(t[:-2]))
    if t.startswith("list<") and t.endswith(">"):
        return ("list", parse_type(t[5:-1]))
    if t in SCALARS:
        return t
    raise Bad("unknown type '%s'" % text)


def type_name(t):
    if isinstance(t, tuple):
        return ("list<%s>" % type_name(t[1]) if t[0] == "list"
                else type_name(t[1]) + "[]")
    return t


INT_MIN, INT_MAX = -(1 << 31), (1 << 31) - 1
LONG_MIN, LONG_MAX = -(1 << 63), (1 << 63) - 1


def _short(v):
    s = json.dumps(v)
    return s if len(s) <= 40 else s[:37] + "..."


def conv(t, v):
    """A parsed JSON value to the Python value of type t, or Bad."""
    if isinstance(t, tuple):
        if type(v) is not list:
            raise Bad("expected %s, got %s" % (type_name(t), _short(v)))
        e = t[1]
        if e == "integer" or e == "long":
            if all(type(x) is int for x in v):
                lo, hi = ((INT_MIN, INT_MAX) if e == "integer"
                          else (LONG_MIN, LONG_MAX))
                if v and (min(v) < lo or max(v) > hi):
                    raise Bad("%s out of range in %s" % (e, type_name(t)))
                return v
        elif e == "string":
            if all(type(x) is str for x in v):
                return v
        elif e == "double":
            if all(type(x) is float for x in v):
                return v
        return [conv(e, x) for x in v]
    if t == "integer" or t == "long":
        if type(v) is not int:
            raise Bad("expected %s, got %s" % (t, _short(v)))
        if t == "integer" and not INT_MIN <= v <= INT_MAX:
            raise Bad("integer out of range: %d" % v)
        if t == "long" and not LONG_MIN <= v <= LONG_MAX:
            raise Bad("long out of range: %d" % v)
        return v
    if t == "double":
        if type(v) is int:
            return float(v)
        if type(v) is not float:
            raise Bad("expected double, got %s" % _short(v))
        return v
    if t == "boolean":
        if type(v) is not bool:
            raise Bad("expected boolean, got %s" % _short(v))
        return v
    if t == "string":
        if type(v) is not str:
            raise Bad("expected string, got %s" % _short(v))
        return v
    if t == "character":
        if type(v) is not str or len(v) != 1:
            raise Bad("expected character, got %s" % _short(v))
        return v
    if t == "ListNode":
        if v is None:
            return None
        if type(v) is not list:
            raise Bad("expected a linked list, got %s" % _short(v))
        head = None
        for x in reversed(v):
            if type(x) is not int:
                raise Bad("linked list value %s is not an integer"
                          % _short(x))
            head = _ListNode(x, head)
        return head
    if t == "TreeNode":
        if v is None:
            return None
        if type(v) is not list:
            raise Bad("expected a tree, got %s" % _short(v))
        return build_tree(v)
    if t == "Node":
        if v is None:
            return None
        if type(v) is not list:
            raise Bad("expected a graph, got %s" % _short(v))
        return build_graph(v)
    raise Bad("type %s cannot be an argument" % type_name(t))


def build_graph(v):
    """A graph from its adjacency list (row i: the neighbours of the node
    whose val is i, from 1); node 1, or None for []."""
    n = len(v)
    for row in v:
        if type(row) is not list:
            raise Bad("expected a list of neighbours, got %s" % _short(row))
        for x in row:
            if type(x) is not int or not 1 <= x <= n:
                raise Bad("a graph with a neighbour that is not a node "
                          "(1..n): %s" % _short(x))
    if not n:
        return None
    nodes = [_GraphNode(i + 1) for i in range(n)]
    for node, row in zip(nodes, v):
        node.neighbors = [nodes[x - 1] for x in row]
    return nodes[0]


def build_tree(v):
    if not v:
        return None
    for x in v:
        if x is not None and type(x) is not int:
            raise Bad("tree value %s is not an integer or null" % _short(x))
    if v[0] is None:
        return None
    root = _TreeNode(v[0])
    level = [root]
    i, n = 1, len(v)
    while level and i < n:
        nxt = []
        for node in level:
            if i < n:
                if v[i] is not None:
                    node.left = _TreeNode(v[i])
                    nxt.append(node.left)
                i += 1
            if i < n:
                if v[i] is not None:
                    node.right = _TreeNode(v[i])
                    nxt.append(node.right)
                i += 1
        level = nxt
    if i < n and any(x is not None for x in v[i:]):
        raise Bad("tree has values below missing nodes")
    return root


# --- Results. ---------------------------------------------------------------

class ResultError(Exception):
    """A returned value that cannot be printed (a cycle), reported as the
    solution's error."""


_COMPACT = (",", ":")


def fmt_double(x):
    s = "%.5f" % x
    return "0.00000" if s == "-0.00000" else s


def fmt_str(s):
    return json.dumps(s, ensure_ascii=False)


def ser(t, v):
    """A returned Python value in the canonical form for type t.  A value
    of another type prints as itself, so that it is a wrong answer rather
    than a crash."""
    if t == "void":
        return "null"
    if isinstance(t, tuple):
        if v is None:
            return "null"
        if isinstance(v, (str, bytes, int, float)):
            return generic(v)
        e = t[1]
        if type(v) is not list:
            try:
                v = list(v)
            except TypeError:
                return generic(v)
        if (e == "integer" or e == "long") and \
                all(type(x) is int for x in v):
            return json.dumps(v, separators=_COMPACT)
        if (e == "string" or e == "character") and \
                all(type(x) is str for x in v):
            return json.dumps(v, separators=_COMPACT, ensure_ascii=False)
        if e == "double" and all(type(x) is float for x in v):
            # Every number has five decimals, so "-0.00000" is only ever
            # a whole number.
            return "[" + ",".join(map("{:.5f}".format, v)).replace(
                "-0.00000", "0.00000") + "]"
        return "[" + ",".join([ser(e, x) for x in v]) + "]"
    if v is None:
        return "[]" if t in ("ListNode", "TreeNode", "Node") else "null"
    if t == "integer" or t == "long":
        if isinstance(v, int):
            return str(int(v))
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return generic(v)
    if t == "double":
        if isinstance(v, (int, float)):
            return fmt_double(float(v))
        return generic(v)
    if t == "boolean":
        if isinstance(v, (bool, int)):
            return "true" if v else "false"
        return generic(v)
    if t == "string" or t == "character":
        if isinstance(v, str):
            return fmt_str(v)
        return generic(v)
    if t == "ListNode":
        return ser_list(v)
    if t == "TreeNode":
        return ser_tree(v)
    if t == "Node":
        return ser_graph(v)
    return generic(v)


def generic(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return fmt_double(v)
    if isinstance(v, str):
        return fmt_str(v)
    if isinstance(v, (list, tuple, set, frozenset)):
        return "[" + ",".join([generic(x) for x in v]) + "]"
    if hasattr(v, "val") and hasattr(v, "next"):
        return ser_list(v)
    if hasattr(v, "val") and hasattr(v, "left"):
        return ser_tree(v)
    if hasattr(v, "val") and hasattr(v, "neighbors"):
        return ser_graph(v)
    return fmt_str(repr(v))


def ser_list(head):
    out = []
    node, mark, steps, power = head, None, 0, 1
    while node is not None:
        if node is mark:      # Brent's cycle check: no memory per node
            raise ResultError("Error: Found cycle in the ListNode")
        steps += 1
        if steps == power:
            mark, steps, power = node, 0, power * 2
        v = node.val
        out.append(str(v) if type(v) is int else generic(v))
        node = node.next
    return "[" + ",".join(out) + "]"


def ser_graph(root):
    """Every node reachable from root, in order of val (ties in
    breadth-first order), each as the list of its neighbours' vals."""
    order, seen = [root], {id(root)}
    for node in order:           # grows as it goes: breadth first
        nbrs = node.neighbors
        if nbrs is None:
            nbrs = node.neighbors = []
        for c in nbrs:
            if c is None:
                raise ResultError("a returned node (val %s) has a None "
                                  "neighbour" % generic(node.val))
            if id(c) not in seen:
                seen.add(id(c))
                order.append(c)
    try:
        order.sort(key=lambda node: node.val)
    except TypeError:
        raise ResultError("the returned graph's values are not comparable")
    rows = []
    for node in order:
        rows.append("[" + ",".join(
            [str(c.val) if type(c.val) is int else generic(c.val)
             for c in node.neighbors]) + "]")
    return "[" + ",".join(rows) + "]"


def tree_has_cycle(root):
    seen, todo = {id(root)}, [root]
    while todo:
        node = todo.pop()
        for child in (node.left, node.right):
            if child is not None:
                if id(child) in seen:
                    return True
                seen.add(id(child))
                todo.append(child)
    return False


def ser_tree(root):
    if root is None:
        return "[]"
    out, level, checked = [], [root], False
    while level:
        nxt = []
        for node in level:
            if node is None:
                out.append("null")
                continue
            v = node.val
            out.append(str(v) if type(v) is int else generic(v))
            nxt.append(node.left)
            nxt.append(node.right)
        level = nxt
        if not checked and len(out) > 1 << 21:
            # A node reached twice makes the levels grow without end.
            checked = True
            if tree_has_cycle(root):
                raise ResultError("Error: Found cycle in the TreeNode")
    while out and out[-1] == "null":
        out.pop()
    return "[" + ",".join(out) + "]"


# --- The protocol. ------------------------------------------------------------

def read_line():
    line = _IN.readline()
    if not line:
        raise EOFError
    return line.decode("utf-8", "surrogateescape").rstrip("\r\n")


class Sig:
    kind = None          # "function" or "design"
    name = None
    params = ()          # function: [(name, type)]
    returns = "void"
    output = None
    length_from_return = False
    ctor = ()            # design: [type]
    methods = None       # design: {name: (returns, [type])}
    error = None         # a signature this driver cannot use


def read_header():
    global NONCE
    limit_ms = 0
    sig = Sig()
    while True:
        words = read_line().split()
        if not words:
            continue
        key = words[0]
        if key == "judge-harness":
            if words[1:] != ["1"]:
                sys.exit("driver.py: protocol version %s is not supported"
                         % " ".join(words[1:]))
        elif key == "nonce":
            NONCE = words[1]
        elif key == "limit-ms":
            limit_ms = int(float(words[1]))
        elif key == "function" or key == "design":
            read_signature(sig, key, words[1])
        elif key == "tests":
            return limit_ms, sig, int(words[1])
        else:
            sys.exit("driver.py: unexpected line '%s'" % " ".join(words))


def read_signature(sig, kind, name):
    sig.kind, sig.name = kind, name
    params, methods, ctor = [], {}, []
    while True:
        words = read_line().split()
        if not words:
            continue
        key = words[0]
        if key == "end":
            break
        try:
            if key == "param":
                params.append((words[1], parse_type(words[2])))
            elif key == "returns":
                sig.returns = parse_type(words[1])
            elif key == "output":
                sig.output = words[1]
            elif key == "length-from-return":
                sig.length_from_return = True
            elif key == "constructor":
                ctor = [parse_type(w) for w in words[1:]]
            elif key == "method":
                methods[words[1]] = (parse_type(words[2]),
                                     [parse_type(w) for w in words[3:]])
            else:
                sig.error = "unknown signature line '%s'" % key
        except Bad as e:
            sig.error = str(e)
    sig.params, sig.methods, sig.ctor = params, methods, ctor
    if sig.output is not None and \
            sig.output not in [p[0] for p in params]:
        sig.error = "output names no parameter: %s" % sig.output


class ProtocolError(Exception):
    """The judge's input breaks the protocol."""


class State:
    clock = time.CLOCK_THREAD_CPUTIME_ID
    index = 0
    in_call = False
    base_ns = 0          # CPU already used by this test's earlier calls
    start_ns = 0
    limit_ns = 0


def cpu_now():
    """The CPU time of the thread that runs the tests.  Not the process's
    clock: while ITIMER_PROF is armed, Linux serves CLOCK_PROCESS_CPUTIME_ID
    from the group timer, updated only at ticks, and calls under a tick
    read as 0 ns.  The thread's clock is exact, and the SIGPROF handler,
    on the main thread, reads the same clock by its id."""
    return time.clock_gettime_ns(State.clock)


def on_sigprof(signum, frame):
    if not State.in_call:
        return
    used = State.base_ns + cpu_now() - State.start_ns
    if used < State.limit_ns:
        # The timer counts the whole process (the waiting main thread,
        # the interpreter's start): the call has not used it all yet.
        signal.setitimer(signal.ITIMER_PROF,
                         max(State.limit_ns - used, 1000000) / 1e9)
        return
    emit("%d tle %d" % (State.index, used))
    _flush_solution_streams()
    os._exit(0)


def timed(fn, *args):
    """Calls fn under the CPU limit; returns (value, cpu_ns).  The
    collector runs during calls only (see run_tests)."""
    if State.limit_ns:
        left = State.limit_ns - State.base_ns
        if left <= 0:
            left = 1000
        signal.setitimer(signal.ITIMER_PROF, left / 1e9)
    gc.enable()
    State.in_call = True
    State.start_ns = cpu_now()
    try:
        value = fn(*args)
    finally:
        used = cpu_now() - State.start_ns
        State.in_call = False
        gc.disable()
        if State.limit_ns:
            signal.setitimer(signal.ITIMER_PROF, 0)
        State.base_ns += used
    if State.limit_ns and State.base_ns > State.limit_ns:
        # Over the limit before the timer's signal came.
        emit("%d tle %d" % (State.index, State.base_ns))
        _flush_solution_streams()
        os._exit(0)
    return value, used


def describe(e):
    msg = one_line(e)
    return "%s: %s" % (type(e).__name__, msg) if msg else type(e).__name__


def show_traceback(e):
    """The solution's frames, on stderr (the solution's output)."""
    try:
        tb = e.__traceback__
        while tb is not None and \
                tb.tb_frame.f_code.co_filename != "solution.py":
            tb = tb.tb_next
        # The last frames only: formatting a RecursionError's million
        # frames would take seconds.
        text = "".join(traceback.format_exception(type(e), e, tb,
                                                  limit=-20))
        sys.stderr.write(text)
        sys.stderr.flush()
    except Exception:
        pass


def run_function(sig, ns, lines):
    if len(lines) != len(sig.params):
        raise Bad("%d argument lines for %d parameters"
                  % (len(lines), len(sig.params)))
    args = []
    for (pname, ptype), line in zip(sig.params, lines):
        try:
            raw = json.loads(line)
        except ValueError:
            raise Bad("%s: not a value: %s" % (pname, line[:40]))
        try:
            args.append(conv(ptype, raw))
        except Bad as e:
            raise Bad("%s: %s" % (pname, e))
        raw = None
    solution = ns.get("Solution")
    if solution is not None:
        fn = getattr(solution(), sig.name)
    elif callable(ns.get(sig.name)):
        fn = ns[sig.name]
    else:
        raise NameError("name 'Solution' is not defined")
    gc.freeze()
    value, cpu = timed(fn, *args)
    if sig.output is None:
        return cpu, ser(sig.returns, value)
    pos = [p[0] for p in sig.params].index(sig.output)
    ptype, arg = sig.params[pos][1], args[pos]
    if sig.length_from_return:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("%s() must return the length as an integer, "
                            "not %s" % (sig.name, type(value).__name__))
        if not 0 <= value <= len(arg):
            raise ValueError("the returned length %d is outside 0..%d"
                             % (value, len(arg)))
        arg = arg[:value]
    return cpu, ser(ptype, arg)


def run_design(sig, ns, lines):
    if len(lines) != 2:
        raise Bad("a design test has 2 lines, not %d" % len(lines))
    try:
        ops, argss = json.loads(lines[0]), json.loads(lines[1])
    except ValueError:
        raise Bad("the operations or their arguments are not values")
    if type(ops) is not list or type(argss) is not list or \
            len(ops) != len(argss) or not ops:
        raise Bad("operations and arguments must be lists of one length")
    calls = []
    for k, (op, a) in enumerate(zip(ops, argss)):
        if type(a) is not list:
            raise Bad("operation %d: arguments must be a list" % k)
        if k == 0:
            if op != sig.name:
                raise Bad("the first operation must be %s" % sig.name)
            types_, ret = sig.ctor, "void"
        elif op in sig.methods:
            ret, types_ = sig.methods[op]
        else:
            raise Bad("operation %d: %s is not a method of %s"
                      % (k, _short(op), sig.name))
        if len(a) != len(types_):
            raise Bad("operation %d (%s): %d arguments for %d parameters"
                      % (k, op, len(a), len(types_)))
        try:
            calls.append((op, ret, [conv(t, x) for t, x in zip(types_, a)]))
        except Bad as e:
            raise Bad("operation %d (%s): %s" % (k, op, e))
    cls = ns.get(sig.name)
    if cls is None:
        raise NameError("name '%s' is not defined" % sig.name)
    out = ["null"]
    gc.freeze()
    obj, cpu = timed(cls, *calls[0][2])
    total = cpu
    for op, ret, args in calls[1:]:
        value, cpu = timed(getattr(obj, op), *args)
        total += cpu
        out.append(ser(ret, value))
    return total, "[" + ",".join(out) + "]"


def run_tests(sig, ns, count):
    run = run_design if sig.kind == "design" else run_function
    for _ in range(count):
        words = read_line().split()
        if len(words) != 3 or words[0] != "test":
            raise ProtocolError("expected 'test INDEX COUNT', got '%s'"
                                % " ".join(words))
        index, n = int(words[1]), int(words[2])
        lines = [read_line() for _ in range(n)]
        State.index, State.base_ns = index, 0
        # Building a million nodes with the collector on takes 4 times as
        # long; and the input, frozen before the first call, is not
        # traversed again and again at the solution's expense.
        gc.disable()
        if sig.error:
            emit("%d bad %s" % (index, one_line(sig.error)))
            continue
        try:
            cpu, text = run(sig, ns, lines)
        except Bad as e:
            emit("%d bad %s" % (index, one_line(e)))
        except ResultError as e:
            emit("%d error %s" % (index, one_line(e)))
        except BaseException as e:       # the solution's error
            if isinstance(e, KeyboardInterrupt):
                raise
            show_traceback(e)
            emit("%d error %s" % (index, describe(e)))
        else:
            emit("%d ok %d %s" % (index, cpu, text))
        lines = cpu = text = None
        gc.unfreeze()
    emit("done")


def uses_graph(sig):
    types_ = [t for _, t in sig.params] + [sig.returns] + list(sig.ctor)
    for ret, ts in (sig.methods or {}).values():
        types_ += [ret] + list(ts)
    return "Node" in types_


def load_solution(sig):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "solution.py")
    with open(path, "rb") as f:
        src = f.read()
    mod = types.ModuleType("solution")
    mod.__file__ = path
    mod.__dict__.update(leetcode_environment())
    if uses_graph(sig):
        mod.__dict__["Node"] = _GraphNode
    sys.modules["solution"] = mod
    exec(compile(src, "solution.py", "exec", dont_inherit=True),
         mod.__dict__)
    return mod.__dict__


def main_body(limit_ms, sig, count, status):
    """Loads the solution and runs the tests; status gets 0 when every
    test has its line, 2 when the input ended early."""
    if threading.current_thread() is not threading.main_thread():
        # SIGPROF must interrupt the main thread's wait, which runs the
        # handler: keep it off this one.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPROF})
    try:
        State.clock = time.pthread_getcpuclockid(threading.get_ident())
    except (AttributeError, OSError):
        State.clock = time.CLOCK_PROCESS_CPUTIME_ID
    State.limit_ns = limit_ms * 1000000
    try:
        try:
            ns = load_solution(sig)
        except BaseException as e:
            # The file itself fails (a NameError at the top level, an
            # import of a missing module): every test is that error.
            show_traceback(e)
            msg = describe(e)
            for _ in range(count):
                words = read_line().split()
                for _ in range(int(words[2])):
                    read_line()
                emit("%s error %s" % (words[1], msg))
            emit("done")
        else:
            run_tests(sig, ns, count)
        status.append(0)
    except EOFError:
        sys.stderr.write("driver.py: the input ended early\n")
        status.append(2)
    except (ProtocolError, ValueError, IndexError) as e:
        sys.stderr.write("driver.py: %s\n" % e)
        status.append(2)


def stack_plan():
    """How deep recursion gets its stack.  Under judge's sandbox the main
    thread's stack is as large as the memory limit (docs/sandbox.md), so
    it is used as is; a thread stack would be counted against RLIMIT_DATA
    and take room from the heap.  Elsewhere (an 8 MiB ulimit) the tests
    run in a thread with up to 256 MiB of stack, less when RLIMIT_DATA is
    small."""
    import resource
    want = 256 << 20
    try:
        data = resource.getrlimit(resource.RLIMIT_DATA)[0]
        if data != resource.RLIM_INFINITY:
            want = min(want, data // 4)
        stack = resource.getrlimit(resource.RLIMIT_STACK)[0]
    except (ValueError, OSError):
        return 0
    if stack == resource.RLIM_INFINITY or stack >= want:
        return 0
    return want


def main():
    sys.setrecursionlimit(10 ** 6)
    try:
        limit_ms, sig, count = read_header()
    except EOFError:
        sys.exit("driver.py: the input ended inside the header")
    signal.signal(signal.SIGPROF, on_sigprof)
    status = []
    size = stack_plan()
    worker = None
    while size >= (16 << 20):
        try:
            threading.stack_size(size)
            worker = threading.Thread(target=main_body,
                                      args=(limit_ms, sig, count, status))
            worker.start()
            break
        except (RuntimeError, ValueError, MemoryError):
            worker = None
            size //= 2
    if worker is None:
        main_body(limit_ms, sig, count, status)
    else:
        while worker.is_alive():
            worker.join(0.05)
    _flush_solution_streams()
    os._exit(status[0] if status else 2)


if __name__ == "__main__":
    main()
