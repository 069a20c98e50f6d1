'use strict';
/*
 * driver.js: judge's JavaScript (Node.js) driver for function and design
 * problems.
 *
 * It sits in the build directory next to solution.js (a LeetCode
 * solution, unmodified), reads the signature block and the tests from
 * stdin and writes one result line per test, as docs/function-problems.md
 * ("Driver protocol") specifies.  No npm packages.
 *
 * Results go to fd 1 with fs.writeSync; everything the solution prints
 * (console.log, process.stdout.write) goes to stderr.
 *
 * The per-call CPU limit.  A synchronous loop cannot be interrupted from
 * its own thread, so each test's calls run inside vm's runInThisContext
 * with a `timeout`, which V8 enforces by terminating the script from a
 * watchdog thread.  That timeout is wall-clock time, so it is set to
 * twice the limit plus 100 ms: a call that really uses its limit of CPU
 * is stopped, while one slowed by other processes usually is not.  On a
 * machine overloaded more than twofold the watchdog can fire first; the
 * tle line then carries the CPU actually used, below limit-ms, and
 * judge's re-run of TLE tests alone settles it.  The verdict is otherwise
 * CPU: a call that finishes over limit-ms of CPU is `tle` too.  A design
 * test runs all its operations under one watchdog.  Starting the watchdog
 * costs about 0.3 ms of wall time per test (not counted in CPU_NS);
 * without a limit (limit-ms 0) calls run directly.  The sandbox's own
 * CPU limit stays the backstop.  (A Worker thread watched from the main
 * thread could enforce CPU exactly, at 30-60 ms of start-up and a second
 * V8 heap per run.)
 *
 * Numbers: integer and long values are JavaScript numbers, as on
 * LeetCode; a long beyond 2^53 loses precision when the input is parsed
 * (it is rare in LeetCode's JavaScript problems).  A returned BigInt
 * prints exactly.
 *
 * Recursion gets Node's default stack (about 10^4 frames), as on
 * LeetCode; `node --stack-size=N` in the toolchain's run command would
 * raise it (keep N, in KiB, well under the 8 MiB RLIMIT_STACK).
 */

const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');

// --- Streams: the solution's stdout is stderr. ----------------------------

const stdoutDesc = Object.getOwnPropertyDescriptor(process, 'stdout');
Object.defineProperty(process, 'stdout', {
  configurable: true,
  enumerable: stdoutDesc ? stdoutDesc.enumerable : true,
  get() { return process.stderr; },
});
{
  const errConsole = new console.Console({ stdout: process.stderr,
    stderr: process.stderr });
  for (const k of Object.keys(console)) {
    if (typeof errConsole[k] === 'function') console[k] = errConsole[k].bind(errConsole);
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(sleepCell, 0, 0, 1);
    }
  }
}

let NONCE = '';
function emit(text) { writeAll(1, `@@${NONCE} ${text}\n`); }
function oneLine(s) { return String(s).replace(/\r?\n|\r/g, ' '); }

// --- stdin, line by line. -------------------------------------------------

const input = { parts: [], buf: Buffer.alloc(0), pos: 0, eof: false };
const CHUNK = 1 << 20;

function fill() {
  const chunk = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let n;
    try {
      n = fs.readSync(0, chunk, 0, CHUNK, null);
    } catch (e) {
      if (e.code === 'EAGAIN') { Atomics.wait(sleepCell, 0, 0, 1); continue; }
      if (e.code === 'EOF') n = 0; else throw e;
    }
    if (n === 0) { input.eof = true; return false; }
    input.buf = input.buf.subarray(input.pos);
    input.pos = 0;
    input.parts.push(input.buf, chunk.subarray(0, n));
    input.buf = Buffer.concat(input.parts);
    input.parts = [];
    return true;
  }
}

class EOFError extends Error {}

function readLine() {
  let from = input.pos;
  for (;;) {
    const nl = input.buf.indexOf(10, from);
    if (nl >= 0) {
      let end = nl;
      if (end > input.pos && input.buf[end - 1] === 13) end--;
      const line = input.buf.toString('utf8', input.pos, end);
      input.pos = nl + 1;
      return line;
    }
    from = input.buf.length - input.pos;
    if (!fill()) {
      if (input.pos < input.buf.length) {
        const line = input.buf.toString('utf8', input.pos).replace(/\r$/, '');
        input.pos = input.buf.length;
        return line;
      }
      throw new EOFError('the input ended early');
    }
  }
}

// --- LeetCode's data structures, as LeetCode defines them. ----------------

function ListNode(val, next) {
  this.val = (val === undefined ? 0 : val);
  this.next = (next === undefined ? null : next);
}
function TreeNode(val, left, right) {
  this.val = (val === undefined ? 0 : val);
  this.left = (left === undefined ? null : left);
  this.right = (right === undefined ? null : right);
}
// The driver keeps these references: a solution may define its own
// ListNode; inputs are built from these, results read by attribute.
const DriverListNode = ListNode;
const DriverTreeNode = TreeNode;
// LeetCode's graph node ("Clone Graph"), named _Node there: a global only
// when the signature uses the type Node (see main), since other solutions
// define their own.
function _Node(val, neighbors) {
  this.val = val === undefined ? 0 : val;
  this.neighbors = neighbors === undefined ? [] : neighbors;
}
const DriverGraphNode = _Node;
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
// LeetCode runs the file as a CommonJS module: module.exports = ... at the
// end of a solution, and require(), work there.
globalThis.require = require;
globalThis.module = { exports: {} };
globalThis.exports = globalThis.module.exports;

// --- Types. ----------------------------------------------------------------

const SCALARS = new Set(['integer', 'long', 'double', 'boolean', 'character',
  'string', 'ListNode', 'TreeNode', 'Node', 'void']);

class Bad extends Error {}
class ResultError extends Error {}
class ProtocolError extends Error {}

function parseType(text) {
  const t = text.trim();
  if (t.endsWith('[]')) return { k: 'arr', e: parseType(t.slice(0, -2)) };
  if (t.startsWith('list<') && t.endsWith('>')) return { k: 'list', e: parseType(t.slice(5, -1)) };
  if (SCALARS.has(t)) return t;
  throw new Bad(`unknown type '${text}'`);
}

function typeName(t) {
  if (typeof t === 'string') return t;
  return t.k === 'list' ? `list<${typeName(t.e)}>` : typeName(t.e) + '[]';
}

const INT_MIN = -2147483648, INT_MAX = 2147483647;
const LONG_MIN = -9223372036854775808, LONG_MAX = 9223372036854775807;

function short(v) {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length <= 40 ? s : s.slice(0, 37) + '...';
}

function conv(t, v) {
  if (typeof t !== 'string') {
    if (!Array.isArray(v)) throw new Bad(`expected ${typeName(t)}, got ${short(v)}`);
    const e = t.e;
    if (e === 'integer' || e === 'long') {
      const lo = e === 'integer' ? INT_MIN : LONG_MIN, hi = e === 'integer' ? INT_MAX : LONG_MAX;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (!Number.isInteger(x)) throw new Bad(`expected ${e}, got ${short(x)}`);
        if (x < lo || x > hi) throw new Bad(`${e} out of range: ${short(x)}`);
      }
      return v;
    }
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = conv(e, v[i]);
    return out;
  }
  switch (t) {
    case 'integer':
    case 'long':
      if (!Number.isInteger(v)) throw new Bad(`expected ${t}, got ${short(v)}`);
      if (t === 'integer' ? v < INT_MIN || v > INT_MAX : v < LONG_MIN || v > LONG_MAX) {
        throw new Bad(`${t} out of range: ${short(v)}`);
      }
      return v;
    case 'double':
      if (typeof v !== 'number') throw new Bad(`expected double, got ${short(v)}`);
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw new Bad(`expected boolean, got ${short(v)}`);
      return v;
    case 'string':
      if (typeof v !== 'string') throw new Bad(`expected string, got ${short(v)}`);
      return v;
    case 'character':
      if (typeof v !== 'string' || v.length !== 1) throw new Bad(`expected character, got ${short(v)}`);
      return v;
    case 'ListNode': {
      if (v === null) return null;
      if (!Array.isArray(v)) throw new Bad(`expected a linked list, got ${short(v)}`);
      let head = null;
      for (let i = v.length - 1; i >= 0; i--) {
        if (!Number.isInteger(v[i])) throw new Bad(`linked list value ${short(v[i])} is not an integer`);
        head = new DriverListNode(v[i], head);
      }
      return head;
    }
    case 'TreeNode':
      if (v === null) return null;
      if (!Array.isArray(v)) throw new Bad(`expected a tree, got ${short(v)}`);
      return buildTree(v);
    case 'Node':
      if (v === null) return null;
      if (!Array.isArray(v)) throw new Bad(`expected a graph, got ${short(v)}`);
      return buildGraph(v);
    default:
      throw new Bad(`type ${typeName(t)} cannot be an argument`);
  }
}

// A graph from its adjacency list (row i: the neighbours of the node whose
// val is i, from 1); node 1, or null for [].
function buildGraph(v) {
  const n = v.length;
  for (const row of v) {
    if (!Array.isArray(row)) throw new Bad(`expected a list of neighbours, got ${short(row)}`);
    for (const x of row) {
      if (!Number.isInteger(x) || x < 1 || x > n) {
        throw new Bad(`a graph with a neighbour that is not a node (1..n): ${short(x)}`);
      }
    }
  }
  if (n === 0) return null;
  const nodes = v.map((_, i) => new DriverGraphNode(i + 1));
  v.forEach((row, i) => { nodes[i].neighbors = row.map(x => nodes[x - 1]); });
  return nodes[0];
}

function buildTree(v) {
  for (const x of v) {
    if (x !== null && !Number.isInteger(x)) throw new Bad(`tree value ${short(x)} is not an integer or null`);
  }
  if (v.length === 0 || v[0] === null) {
    if (v.some(x => x !== null)) throw new Bad('tree has values below missing nodes');
    return null;
  }
  const root = new DriverTreeNode(v[0]);
  let level = [root], i = 1;
  const n = v.length;
  while (level.length && i < n) {
    const next = [];
    for (const node of level) {
      if (i < n) {
        if (v[i] !== null) next.push(node.left = new DriverTreeNode(v[i]));
        i++;
      }
      if (i < n) {
        if (v[i] !== null) next.push(node.right = new DriverTreeNode(v[i]));
        i++;
      }
    }
    level = next;
  }
  for (; i < n; i++) if (v[i] !== null) throw new Bad('tree has values below missing nodes');
  return root;
}

// --- Results. -------------------------------------------------------------

function fmtDouble(x) {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const s = x.toFixed(5);
  return s === '-0.00000' ? '0.00000' : s;
}

function fmtInt(x) {
  if (typeof x === 'bigint') return x.toString();
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

function isIterable(v) {
  return v !== null && typeof v === 'object' && typeof v[Symbol.iterator] === 'function';
}

// A returned value in the canonical form for type t.  A value of another
// type prints as itself, so that it is a wrong answer, not a crash.
function ser(t, v) {
  if (t === 'void') return 'null';
  if (v === undefined) v = null;
  if (typeof t !== 'string') {
    if (v === null) return 'null';
    if (!Array.isArray(v)) {
      if (!isIterable(v)) return generic(v);
      v = Array.from(v);
    }
    const e = t.e;
    if ((e === 'integer' || e === 'long') && v.every(Number.isSafeInteger)) return JSON.stringify(v);
    if ((e === 'string' || e === 'character') && v.every(x => typeof x === 'string')) return JSON.stringify(v);
    if (e === 'double' && v.every(x => typeof x === 'number')) return '[' + v.map(fmtDouble).join(',') + ']';
    return '[' + v.map(x => ser(e, x)).join(',') + ']';
  }
  if (v === null) return (t === 'ListNode' || t === 'TreeNode' || t === 'Node') ? '[]' : 'null';
  switch (t) {
    case 'integer':
    case 'long':
      if (typeof v === 'bigint' || Number.isInteger(v)) return fmtInt(v);
      if (typeof v === 'boolean') return v ? '1' : '0';
      return generic(v);
    case 'double':
      if (typeof v === 'number') return fmtDouble(v);
      if (typeof v === 'bigint') return fmtDouble(Number(v));
      return generic(v);
    case 'boolean':
      if (typeof v === 'boolean') return v ? 'true' : 'false';
      if (typeof v === 'number') return v !== 0 && !Number.isNaN(v) ? 'true' : 'false';
      return generic(v);
    case 'string':
    case 'character':
      return typeof v === 'string' ? JSON.stringify(v) : generic(v);
    case 'ListNode': return serList(v);
    case 'TreeNode': return serTree(v);
    case 'Node': return serGraph(v);
    default: return generic(v);
  }
}

function generic(v) {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return Number.isInteger(v) ? fmtInt(v) : fmtDouble(v);
    case 'bigint': return v.toString();
    case 'string': return JSON.stringify(v);
    default: break;
  }
  if (Array.isArray(v)) return '[' + v.map(generic).join(',') + ']';
  if (typeof v === 'object') {
    if ('val' in v && 'next' in v) return serList(v);
    if ('val' in v && ('left' in v || 'right' in v)) return serTree(v);
    if ('val' in v && 'neighbors' in v) return serGraph(v);
    if (isIterable(v)) return '[' + Array.from(v, generic).join(',') + ']';
  }
  return JSON.stringify(util.inspect(v, { breakLength: Infinity }));
}

function serList(head) {
  const out = [];
  let node = head, mark = null, steps = 0, power = 1;
  while (node !== null && node !== undefined) {
    if (node === mark) throw new ResultError('Error: Found cycle in the ListNode');
    if (++steps === power) { mark = node; steps = 0; power *= 2; }   // Brent
    const v = node.val;
    out.push(Number.isSafeInteger(v) ? String(v) : generic(v));
    node = node.next;
  }
  return '[' + out.join(',') + ']';
}

// Every node reachable from root, in order of val (ties in breadth-first
// order), each as the list of its neighbours' vals.
function serGraph(root) {
  const order = [root], seen = new Set([root]);
  const nbrs = node => {
    const a = node.neighbors;
    if (a === null || a === undefined) return [];
    return Array.isArray(a) ? a : Array.from(a);
  };
  for (let h = 0; h < order.length; h++) {
    for (const c of nbrs(order[h])) {
      if (c === null || c === undefined) {
        throw new ResultError(`a returned node (val ${generic(order[h].val)}) has a null neighbour`);
      }
      if (!seen.has(c)) { seen.add(c); order.push(c); }
    }
  }
  const idx = order.map((node, i) => i);
  idx.sort((a, b) => {
    const x = order[a].val, y = order[b].val;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const val = v => (Number.isSafeInteger(v) ? String(v) : generic(v));
  return '[' + idx.map(i => '[' + nbrs(order[i]).map(c => val(c.val)).join(',') + ']').join(',') + ']';
}

function treeHasCycle(root) {
  const seen = new Set([root]), todo = [root];
  while (todo.length) {
    const node = todo.pop();
    for (const c of [node.left, node.right]) {
      if (c === null || c === undefined) continue;
      if (seen.has(c)) return true;
      seen.add(c);
      todo.push(c);
    }
  }
  return false;
}

function serTree(root) {
  if (root === null || root === undefined) return '[]';
  const out = [];
  let level = [root], checked = false;
  while (level.length) {
    const next = [];
    for (const node of level) {
      if (node === null || node === undefined) { out.push('null'); continue; }
      const v = node.val;
      out.push(Number.isSafeInteger(v) ? String(v) : generic(v));
      next.push(node.left, node.right);
    }
    level = next;
    if (!checked && out.length > (1 << 21)) {
      // A node reached twice makes the levels grow without end.
      checked = true;
      if (treeHasCycle(root)) throw new ResultError('Error: Found cycle in the TreeNode');
    }
  }
  while (out.length && out[out.length - 1] === 'null') out.pop();
  return '[' + out.join(',') + ']';
}

// --- The protocol. ------------------------------------------------------------

function readHeader() {
  let limitMs = 0;
  const sig = { kind: null, name: null, params: [], returns: 'void', output: null,
    lengthFromReturn: false, ctor: [], methods: new Map(), error: null };
  for (;;) {
    const w = readLine().trim().split(/\s+/);
    if (w[0] === '') continue;
    switch (w[0]) {
      case 'judge-harness':
        if (w[1] !== '1') throw new ProtocolError(`protocol version ${w.slice(1).join(' ')} is not supported`);
        break;
      case 'nonce': NONCE = w[1]; break;
      case 'limit-ms': limitMs = Number(w[1]); break;
      case 'function':
      case 'design':
        readSignature(sig, w[0], w[1]);
        break;
      case 'tests': return { limitMs, sig, count: Number(w[1]) };
      default: throw new ProtocolError(`unexpected line '${w.join(' ')}'`);
    }
  }
}

function readSignature(sig, kind, name) {
  sig.kind = kind;
  sig.name = name;
  for (;;) {
    const w = readLine().trim().split(/\s+/);
    if (w[0] === '') continue;
    if (w[0] === 'end') break;
    try {
      switch (w[0]) {
        case 'param': sig.params.push({ name: w[1], type: parseType(w[2]) }); break;
        case 'returns': sig.returns = parseType(w[1]); break;
        case 'output': sig.output = w[1]; break;
        case 'length-from-return': sig.lengthFromReturn = true; break;
        case 'constructor': sig.ctor = w.slice(1).map(parseType); break;
        case 'method': sig.methods.set(w[1], { returns: parseType(w[2]), types: w.slice(3).map(parseType) }); break;
        default: sig.error = `unknown signature line '${w[0]}'`;
      }
    } catch (e) {
      if (!(e instanceof Bad)) throw e;
      sig.error = e.message;
    }
  }
  if (sig.output !== null && !sig.params.some(p => p.name === sig.output)) {
    sig.error = `output names no parameter: ${sig.output}`;
  }
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// A top-level name of the solution: var and function declarations are
// properties of the global object, class/let/const ones are not.
function lookup(name) {
  if (!IDENT.test(name)) return undefined;
  try {
    return vm.runInThisContext(`typeof ${name} === 'undefined' ? undefined : ${name}`);
  } catch (e) {
    return undefined;   // in its temporal dead zone
  }
}

function cpuNs() {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

let limitNs = 0;

// Runs body (which calls the solution through timed()) under the limit.
// Returns normally, or reports the test as tle and ends the process.
const runScript = new vm.Script('__judgeRun__()', { filename: 'driver.js' });
const state = { index: 0, used: 0, start: 0, inCall: false };

function timed(fn) {
  state.inCall = true;
  state.start = cpuNs();
  try {
    return fn();
  } finally {
    const d = cpuNs() - state.start;
    state.inCall = false;
    state.used += d;
    if (limitNs && state.used > limitNs) tle(state.used);
  }
}

class TleSignal {}

function tle(used) {
  emit(`${state.index} tle ${used}`);
  throw new TleSignal();
}

function underLimit(body) {
  if (!limitNs) return body();
  let result, thrown = null, finished = false;
  const finish = () => {
    if (thrown !== null) throw thrown;
    return result;
  };
  globalThis.__judgeRun__ = () => {
    try { result = body(); } catch (e) { thrown = e; }
    finished = true;
  };
  try {
    runScript.runInThisContext({ timeout: Math.ceil(2 * limitNs / 1e6) + 100 });
  } catch (e) {
    // body catches everything, so this is the watchdog: it stopped the
    // call, or fired just as body finished (then the result stands).
    if (finished) return finish();
    const used = state.inCall ? state.used + cpuNs() - state.start : state.used;
    state.inCall = false;
    tle(used);
  } finally {
    delete globalThis.__judgeRun__;
  }
  return finish();
}

function parseValue(line, what) {
  try {
    return JSON.parse(line);
  } catch (e) {
    throw new Bad(`${what}: not a value: ${line.slice(0, 40)}`);
  }
}

function runFunction(sig, lines) {
  if (lines.length !== sig.params.length) {
    throw new Bad(`${lines.length} argument lines for ${sig.params.length} parameters`);
  }
  const args = sig.params.map((p, i) => {
    const raw = parseValue(lines[i], p.name);
    try {
      return conv(p.type, raw);
    } catch (e) {
      if (e instanceof Bad) throw new Bad(`${p.name}: ${e.message}`);
      throw e;
    }
  });
  let fn = lookup(sig.name), self;
  if (typeof fn !== 'function') {
    const S = lookup('Solution');
    if (typeof S === 'function') {
      self = new S();
      fn = self[sig.name];
    }
    if (typeof fn !== 'function') throw new ReferenceError(`${sig.name} is not defined`);
  }
  const value = underLimit(() => timed(() => fn.apply(self, args)));
  const cpu = state.used;
  if (sig.output === null) return [cpu, ser(sig.returns, value)];
  const pos = sig.params.findIndex(p => p.name === sig.output);
  let arg = args[pos];
  if (sig.lengthFromReturn) {
    if (!Number.isInteger(value)) {
      throw new TypeError(`${sig.name}() must return the length as an integer, not ${short(value)}`);
    }
    if (value < 0 || value > arg.length) {
      throw new RangeError(`the returned length ${value} is outside 0..${arg.length}`);
    }
    arg = arg.slice(0, value);
  }
  return [cpu, ser(sig.params[pos].type, arg)];
}

function runDesign(sig, lines) {
  if (lines.length !== 2) throw new Bad(`a design test has 2 lines, not ${lines.length}`);
  const ops = parseValue(lines[0], 'operations'), argss = parseValue(lines[1], 'arguments');
  if (!Array.isArray(ops) || !Array.isArray(argss) || ops.length !== argss.length || !ops.length) {
    throw new Bad('operations and arguments must be lists of one length');
  }
  const calls = ops.map((op, k) => {
    const a = argss[k];
    let types, ret;
    if (!Array.isArray(a)) throw new Bad(`operation ${k}: arguments must be a list`);
    if (k === 0) {
      if (op !== sig.name) throw new Bad(`the first operation must be ${sig.name}`);
      types = sig.ctor;
      ret = 'void';
    } else if (typeof op === 'string' && sig.methods.has(op)) {
      ({ types, returns: ret } = sig.methods.get(op));
    } else {
      throw new Bad(`operation ${k}: ${short(op)} is not a method of ${sig.name}`);
    }
    if (a.length !== types.length) {
      throw new Bad(`operation ${k} (${op}): ${a.length} arguments for ${types.length} parameters`);
    }
    try {
      return { op, ret, args: types.map((t, i) => conv(t, a[i])) };
    } catch (e) {
      if (e instanceof Bad) throw new Bad(`operation ${k} (${op}): ${e.message}`);
      throw e;
    }
  });
  const Cls = lookup(sig.name);
  if (typeof Cls !== 'function') throw new ReferenceError(`${sig.name} is not defined`);
  const out = underLimit(() => {
    const res = ['null'];
    const obj = timed(() => new Cls(...calls[0].args));
    for (let k = 1; k < calls.length; k++) {
      const c = calls[k];
      const m = obj[c.op];
      if (typeof m !== 'function') throw new TypeError(`obj.${c.op} is not a function`);
      res.push(ser(c.ret, timed(() => m.apply(obj, c.args))));
    }
    return res;
  });
  return [state.used, '[' + out.join(',') + ']'];
}

function describe(e) {
  if (e instanceof Error || (e !== null && typeof e === 'object' && 'message' in e)) {
    const name = e.name || (e.constructor && e.constructor.name) || 'Error';
    const msg = oneLine(e.message);
    return msg ? `${name}: ${msg}` : name;
  }
  return `Uncaught ${oneLine(typeof e === 'string' ? e : util.inspect(e, { breakLength: Infinity }))}`;
}

// The solution's frames, on stderr (the solution's output).
function showStack(e) {
  try {
    if (!(e instanceof Error) || typeof e.stack !== 'string') return;
    const lines = e.stack.split('\n');
    const keep = [lines[0]];
    for (const l of lines.slice(1)) {
      if (/^\s+at /.test(l) && !l.includes('solution.js')) continue;
      keep.push(l);
    }
    process.stderr.write(keep.slice(0, 30).join('\n') + '\n');
  } catch (_) { /* nothing to show */ }
}

function runTests(sig, count) {
  const run = sig.kind === 'design' ? runDesign : runFunction;
  for (let t = 0; t < count; t++) {
    const w = readLine().trim().split(/\s+/);
    if (w.length !== 3 || w[0] !== 'test') throw new ProtocolError(`expected 'test INDEX COUNT', got '${w.join(' ')}'`);
    const index = Number(w[1]), n = Number(w[2]);
    const lines = [];
    for (let i = 0; i < n; i++) lines.push(readLine());
    state.index = index;
    state.used = 0;
    if (sig.error) { emit(`${index} bad ${oneLine(sig.error)}`); continue; }
    let cpu, text;
    try {
      [cpu, text] = run(sig, lines);
    } catch (e) {
      if (e instanceof TleSignal) return false;
      if (e instanceof Bad || e instanceof ResultError) {
        emit(`${index} ${e instanceof Bad ? 'bad' : 'error'} ${oneLine(e.message)}`);
      } else {
        showStack(e);
        emit(`${index} error ${describe(e)}`);
      }
      continue;
    }
    emit(`${index} ok ${cpu} ${text}`);
  }
  emit('done');
  return true;
}

function usesGraph(sig) {
  const types = sig.params.map(p => p.type).concat([sig.returns], sig.ctor);
  for (const m of sig.methods.values()) types.push(m.returns, ...m.types);
  return types.includes('Node');
}

function loadSolution() {
  const file = path.join(__dirname, 'solution.js');
  let src = fs.readFileSync(file, 'utf8');
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  vm.runInThisContext(src, { filename: 'solution.js' });
}

function main() {
  const realExit = process.exit.bind(process);
  let status = 0;
  try {
    const { limitMs, sig, count } = readHeader();
    limitNs = (limitMs > 0 ? limitMs : 0) * 1e6;
    if (usesGraph(sig)) globalThis._Node = DriverGraphNode;
    // A solution that calls process.exit() gets an error, not a lost run.
    process.exit = (code) => { throw new Error(`process.exit(${code === undefined ? '' : code}) was called`); };
    let loadError = null;
    try {
      loadSolution();
    } catch (e) {
      loadError = e;
    }
    if (loadError !== null) {
      // The file itself fails: every test is that error.
      showStack(loadError);
      const msg = describe(loadError);
      for (let t = 0; t < count; t++) {
        const w = readLine().trim().split(/\s+/);
        for (let i = 0; i < Number(w[2]); i++) readLine();
        emit(`${w[1]} error ${msg}`);
      }
      emit('done');
    } else {
      runTests(sig, count);
    }
  } catch (e) {
    if (!(e instanceof EOFError || e instanceof ProtocolError)) throw e;
    process.stderr.write(`driver.js: ${e.message}\n`);
    status = 2;
  }
  realExit(status);
}

main();
