/*
 * Main.java: judge's driver for Java function and design problems
 * (docs/function-problems.md, "Driver protocol").
 *
 * A fixed program, compiled together with ListNode.java, TreeNode.java and
 * the user's unmodified solution (Solution.java, or CLASS.java for a design
 * problem).  It reads the signature and the tests from stdin, converts each
 * argument to the declared Java type, calls the solution by reflection on a
 * thread with a 256 MiB stack, and writes one result line per test to the
 * real stdout.  The solution's own System.out and System.err go to fd 2.
 *
 * Every helper is a nested class of Main and only single-type imports are
 * used, java.lang's included, so that top-level classes the solution
 * declares (Pair, Node, Trie, even List or Thread) can neither clash with
 * nor shadow anything here.
 *
 * LeetCode's graph node, class Node ("Clone Graph"), is not compiled
 * with the driver: other solutions declare a Node of their own.  When the
 * signature uses the type Node, judge appends LeetCode's class to the
 * solution's file, and this driver finds it by name and uses it by
 * reflection only (JudgeGraph).
 */
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.lang.Boolean;
import java.lang.Byte;
import java.lang.Character;
import java.lang.Class;
import java.lang.ClassNotFoundException;
import java.lang.Double;
import java.lang.Exception;
import java.lang.ExceptionInInitializerError;
import java.lang.Float;
import java.lang.Integer;
import java.lang.InterruptedException;
import java.lang.LinkageError;
import java.lang.Long;
import java.lang.Math;
import java.lang.Number;
import java.lang.NumberFormatException;
import java.lang.Object;
import java.lang.OutOfMemoryError;
import java.lang.Override;
import java.lang.ReflectiveOperationException;
import java.lang.Runtime;
import java.lang.RuntimeException;
import java.lang.Short;
import java.lang.StackOverflowError;
import java.lang.String;
import java.lang.SuppressWarnings;
import java.lang.StringBuilder;
import java.lang.System;
import java.lang.Thread;
import java.lang.Throwable;

public final class Main {
    private Main() {}

    /* ------------------------------------------------------------------ */
    /* Declared types                                                      */
    /* ------------------------------------------------------------------ */

    static final class JudgeType {
        static final int INT = 0, LONG = 1, DOUBLE = 2, BOOL = 3, CHAR = 4,
                STRING = 5, LISTNODE = 6, TREENODE = 7, VOID = 8, ARRAY = 9,
                LIST = 10, GRAPHNODE = 11;

        final int kind;
        final JudgeType elem;   /* ARRAY and LIST */
        final Class<?> cls;     /* the Java type a parameter has */
        final String name;      /* as the signature spells it */

        private JudgeType(int kind, JudgeType elem, Class<?> cls, String name) {
            this.kind = kind;
            this.elem = elem;
            this.cls = cls;
            this.name = name;
        }

        /* The class of the value this driver passes (for LIST: ArrayList). */
        Class<?> runtimeClass() {
            return kind == LIST ? ArrayList.class : cls;
        }

        boolean isReference() {
            return kind == STRING || kind == LISTNODE || kind == TREENODE
                    || kind == ARRAY || kind == LIST || kind == GRAPHNODE;
        }

        static JudgeType parse(String s) throws JudgeBad {
            String t = s.trim();
            if (t.endsWith("[]")) {
                JudgeType e = parse(t.substring(0, t.length() - 2));
                if (e.kind == VOID || e.kind == GRAPHNODE)
                    throw new JudgeBad("bad type " + s);
                Class<?> c = java.lang.reflect.Array.newInstance(e.cls, 0).getClass();
                return new JudgeType(ARRAY, e, c, t);
            }
            if (t.startsWith("list<") && t.endsWith(">")) {
                JudgeType e = parse(t.substring(5, t.length() - 1));
                if (e.kind == VOID || e.kind == GRAPHNODE)
                    throw new JudgeBad("bad type " + s);
                return new JudgeType(LIST, e, java.util.List.class, t);
            }
            switch (t) {
            case "integer": return new JudgeType(INT, null, int.class, t);
            case "long": return new JudgeType(LONG, null, long.class, t);
            case "double": return new JudgeType(DOUBLE, null, double.class, t);
            case "boolean": return new JudgeType(BOOL, null, boolean.class, t);
            case "character": return new JudgeType(CHAR, null, char.class, t);
            case "string": return new JudgeType(STRING, null, String.class, t);
            case "ListNode": return new JudgeType(LISTNODE, null, ListNode.class, t);
            case "TreeNode": return new JudgeType(TREENODE, null, TreeNode.class, t);
            case "void": return new JudgeType(VOID, null, void.class, t);
            case "Node": return new JudgeType(GRAPHNODE, null, JudgeGraph.load(), t);
            default: throw new JudgeBad("unknown type " + s);
            }
        }
    }

    /**
     * LeetCode's graph Node, by reflection: the class is in the solution's
     * file only when the signature uses it.
     */
    static final class JudgeGraph {
        private JudgeGraph() {}

        static Class<?> cls;
        static Constructor<?> ctor;
        static java.lang.reflect.Field val, neighbors;

        static Class<?> load() throws JudgeBad {
            if (cls != null)
                return cls;
            try {
                Class<?> c = Class.forName("Node", false, Main.class.getClassLoader());
                ctor = c.getDeclaredConstructor(int.class);
                ctor.setAccessible(true);
                val = c.getDeclaredField("val");
                val.setAccessible(true);
                neighbors = c.getDeclaredField("neighbors");
                neighbors.setAccessible(true);
                cls = c;
                return c;
            } catch (LinkageError | ReflectiveOperationException e) {
                throw new JudgeBad("type Node: LeetCode's class Node is missing or "
                        + "different (" + e + ")");
            }
        }

        /* Node 1 of the graph whose adjacency lists are rows (from 1). */
        @SuppressWarnings("unchecked")
        static Object build(int[][] rows) throws JudgeBad {
            int n = rows.length;
            if (n == 0)
                return null;
            try {
                Object[] nodes = new Object[n];
                for (int i = 0; i < n; i++)
                    nodes[i] = ctor.newInstance(i + 1);
                for (int i = 0; i < n; i++) {
                    java.util.List<Object> l = (java.util.List<Object>) neighbors.get(nodes[i]);
                    if (l == null) {
                        l = new ArrayList<Object>();
                        neighbors.set(nodes[i], l);
                    }
                    for (int x : rows[i])
                        l.add(nodes[x - 1]);
                }
                return nodes[0];
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new JudgeBad("cannot build a Node: " + e);
            }
        }

        static java.util.List<?> neighborsOf(Object node) throws JudgeUnprintable {
            try {
                Object l = neighbors.get(node);
                return l == null ? new ArrayList<Object>() : (java.util.List<?>) l;
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new JudgeUnprintable("cannot read a Node: " + e);
            }
        }

        static int valOf(Object node) throws JudgeUnprintable {
            try {
                return val.getInt(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new JudgeUnprintable("cannot read a Node: " + e);
            }
        }

        /* Every node reachable from root, in order of val (ties in
         * breadth-first order), each as the list of its neighbours' vals. */
        static void print(StringBuilder sb, Object root) throws JudgeUnprintable {
            IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
            ArrayList<Object> q = new ArrayList<>();
            q.add(root);
            seen.put(root, Boolean.TRUE);
            for (int i = 0; i < q.size(); i++) {
                Object n = q.get(i);
                for (Object c : neighborsOf(n)) {
                    if (c == null)
                        throw new JudgeUnprintable("a returned node (val " + valOf(n)
                                + ") has a null neighbour");
                    if (seen.put(c, Boolean.TRUE) == null)
                        q.add(c);
                }
            }
            int m = q.size();
            long[] key = new long[m];
            for (int i = 0; i < m; i++)
                key[i] = ((long) valOf(q.get(i)) << 32) | i;
            Arrays.sort(key);
            sb.append('[');
            for (int i = 0; i < m; i++) {
                if (i > 0)
                    sb.append(',');
                sb.append('[');
                boolean first = true;
                for (Object c : neighborsOf(q.get((int) (key[i] & 0xffffffffL)))) {
                    if (!first)
                        sb.append(',');
                    first = false;
                    sb.append(valOf(c));
                }
                sb.append(']');
            }
            sb.append(']');
        }
    }

    /** The test's input does not fit the signature (the problem's fault). */
    static final class JudgeBad extends Exception {
        private static final long serialVersionUID = 1L;
        JudgeBad(String message) { super(message, null, false, false); }
    }

    /** A result that cannot be printed (a cycle, an unknown class). */
    static final class JudgeUnprintable extends Exception {
        private static final long serialVersionUID = 1L;
        JudgeUnprintable(String message) { super(message, null, false, false); }
    }

    /** stdin does not follow the protocol: judge's own bug. */
    static final class JudgeProtocolError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        JudgeProtocolError(String message) { super(message, null, false, false); }
    }

    /* ------------------------------------------------------------------ */
    /* Input lines                                                         */
    /* ------------------------------------------------------------------ */

    static final class JudgeLines {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos, lim;
        byte[] line = new byte[1 << 12];
        int len;

        JudgeLines(InputStream in) { this.in = in; }

        /** Reads the next line into line[0, len); false at end of input. */
        boolean next() throws IOException {
            len = 0;
            boolean any = false;
            for (;;) {
                if (pos == lim) {
                    int n = in.read(buf, 0, buf.length);
                    if (n <= 0) {
                        lim = pos = 0;
                        if (!any)
                            return false;
                        break;
                    }
                    pos = 0;
                    lim = n;
                }
                any = true;
                int i = pos;
                while (i < lim && buf[i] != '\n')
                    i++;
                append(pos, i - pos);
                if (i < lim) {
                    pos = i + 1;
                    break;
                }
                pos = lim;
            }
            if (len > 0 && line[len - 1] == '\r')
                len--;
            return true;
        }

        private void append(int from, int n) {
            if (len + n > line.length)
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            System.arraycopy(buf, from, line, len, n);
            len += n;
        }

        String text() {
            return new String(line, 0, len, StandardCharsets.UTF_8);
        }

        /** The next line, split on blanks; the protocol ends too soon otherwise. */
        String[] words(String expecting) throws IOException {
            if (!next())
                throw new JudgeProtocolError("input ends where " + expecting + " was expected");
            String s = text().trim();
            return s.isEmpty() ? new String[0] : s.split("[ \t]+");
        }
    }

    /* ------------------------------------------------------------------ */
    /* Values: parsing                                                     */
    /* ------------------------------------------------------------------ */

    static final class JudgeParser {
        private byte[] b;
        private int p, end;
        private final StringBuilder sb = new StringBuilder();

        void reset(byte[] b, int len) {
            this.b = b;
            this.p = 0;
            this.end = len;
        }

        /** The whole line as one value of type t. */
        Object line(byte[] bytes, int len, JudgeType t) throws JudgeBad {
            reset(bytes, len);
            Object v = value(t);
            ws();
            if (p != end)
                throw bad("unexpected text after the value");
            return v;
        }

        JudgeBad bad(String what) {
            return new JudgeBad(what + " at column " + (p + 1));
        }

        void ws() {
            while (p < end) {
                byte c = b[p];
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                    break;
                p++;
            }
        }

        boolean word(String w) {
            int n = w.length();
            if (end - p < n)
                return false;
            for (int i = 0; i < n; i++)
                if (b[p + i] != w.charAt(i))
                    return false;
            if (p + n < end && Character.isLetterOrDigit(b[p + n]))
                return false;
            p += n;
            return true;
        }

        boolean atNull() {
            ws();
            return word("null");
        }

        void expect(char c) throws JudgeBad {
            ws();
            if (p >= end || b[p] != c)
                throw bad(p >= end ? "expected " + c + ", found the end of the line"
                        : "expected " + c);
            p++;
        }

        boolean eat(char c) {
            ws();
            if (p < end && b[p] == c) {
                p++;
                return true;
            }
            return false;
        }

        /** After an element: true if another follows, false at ']'. */
        boolean more() throws JudgeBad {
            ws();
            if (p < end) {
                if (b[p] == ',') {
                    p++;
                    return true;
                }
                if (b[p] == ']') {
                    p++;
                    return false;
                }
            }
            throw bad("expected , or ]");
        }

        Object value(JudgeType t) throws JudgeBad {
            switch (t.kind) {
            case JudgeType.INT: return int32();
            case JudgeType.LONG: return int64();
            case JudgeType.DOUBLE: return dbl();
            case JudgeType.BOOL: return bool();
            case JudgeType.CHAR: return chr();
            case JudgeType.STRING: return atNull() ? null : str();
            case JudgeType.LISTNODE: return atNull() ? null : listNode();
            case JudgeType.TREENODE: return atNull() ? null : treeNode();
            case JudgeType.GRAPHNODE: return atNull() ? null : graphNode();
            case JudgeType.ARRAY: return atNull() ? null : array(t.elem);
            case JudgeType.LIST: return atNull() ? null : list(t.elem);
            default: throw bad("a value of type " + t.name + " cannot be an argument");
            }
        }

        int int32() throws JudgeBad {
            ws();
            int start = p;
            boolean neg = false;
            if (p < end && b[p] == '-') {
                neg = true;
                p++;
            }
            int digits = p;
            long v = 0;
            while (p < end) {
                int d = b[p] - '0';
                if (d < 0 || d > 9)
                    break;
                v = v * 10 + d;
                if (v > 2147483648L) {
                    p = start;
                    throw bad("integer out of range");
                }
                p++;
            }
            if (p == digits || (p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E'))) {
                p = start;
                throw bad("expected an integer");
            }
            if (neg)
                v = -v;
            if (v > Integer.MAX_VALUE) {
                p = start;
                throw bad("integer out of range");
            }
            return (int) v;
        }

        long int64() throws JudgeBad {
            ws();
            int start = p;
            boolean neg = false;
            if (p < end && b[p] == '-') {
                neg = true;
                p++;
            }
            int digits = p;
            long v = 0; /* accumulated negatively: -2^63 fits */
            while (p < end) {
                int d = b[p] - '0';
                if (d < 0 || d > 9)
                    break;
                if (v < (Long.MIN_VALUE + d) / 10) {
                    p = start;
                    throw bad("integer out of range for long");
                }
                v = v * 10 - d;
                p++;
            }
            if (p == digits || (p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E'))) {
                p = start;
                throw bad("expected an integer");
            }
            if (!neg) {
                if (v == Long.MIN_VALUE) {
                    p = start;
                    throw bad("integer out of range for long");
                }
                v = -v;
            }
            return v;
        }

        private static final double[] POW10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        };

        double dbl() throws JudgeBad {
            ws();
            int start = p;
            while (p < end) {
                byte c = b[p];
                if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.'
                        || c == 'e' || c == 'E')
                    p++;
                else
                    break;
            }
            if (p == start)
                throw bad("expected a number");
            /* Fast path, exact: at most 15 digits and a power of ten that is
             * itself exact, so one division or multiplication rounds once. */
            int i = start;
            boolean neg = false;
            if (b[i] == '-') {
                neg = true;
                i++;
            }
            long m = 0;
            int nd = 0, scale = 0;
            boolean any = false, ok = true;
            while (i < p && b[i] >= '0' && b[i] <= '9') {
                m = m * 10 + (b[i++] - '0');
                any = true;
                if (m != 0)
                    nd++;
            }
            if (i < p && b[i] == '.') {
                i++;
                while (i < p && b[i] >= '0' && b[i] <= '9') {
                    m = m * 10 + (b[i++] - '0');
                    any = true;
                    scale++;
                    if (m != 0)
                        nd++;
                }
            }
            if (i != p || !any || nd > 15 || scale > 22)
                ok = false;
            if (ok) {
                double d = scale == 0 ? (double) m : (double) m / POW10[scale];
                return neg ? -d : d;
            }
            String s = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
            try {
                if (s.endsWith(".") || s.startsWith(".") || s.startsWith("-."))
                    throw new NumberFormatException();
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                p = start;
                throw bad("expected a number");
            }
        }

        boolean bool() throws JudgeBad {
            ws();
            if (word("true"))
                return true;
            if (word("false"))
                return false;
            throw bad("expected true or false");
        }

        char chr() throws JudgeBad {
            ws();
            int start = p;
            String s = str();
            if (s.length() != 1) {
                p = start;
                throw bad("expected a one-character string");
            }
            return s.charAt(0);
        }

        String str() throws JudgeBad {
            ws();
            if (p >= end || b[p] != '"')
                throw bad("expected a string");
            p++;
            int start = p;
            /* Fast path: plain ASCII without escapes. */
            while (p < end) {
                byte c = b[p];
                if (c == '"') {
                    String s = new String(b, start, p - start, StandardCharsets.ISO_8859_1);
                    p++;
                    return s;
                }
                if (c == '\\' || c < 0x20) /* bytes >= 0x80 are negative */
                    break;
                p++;
            }
            sb.setLength(0);
            sb.append(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
            while (p < end) {
                int c = b[p] & 0xff;
                if (c == '"') {
                    p++;
                    return sb.toString();
                }
                if (c == '\\') {
                    if (p + 1 >= end)
                        break;
                    byte e = b[p + 1];
                    p += 2;
                    switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u': {
                        if (p + 4 > end)
                            throw bad("bad \\u escape");
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int h = Character.digit(b[p + k], 16);
                            if (h < 0)
                                throw bad("bad \\u escape");
                            v = v * 16 + h;
                        }
                        p += 4;
                        sb.append((char) v);
                        break;
                    }
                    default:
                        p -= 2;
                        throw bad("bad escape in string");
                    }
                } else if (c < 0x80) {
                    sb.append((char) c);
                    p++;
                } else {
                    int n, cp;
                    if (c >= 0xf0 && c < 0xf8) { n = 3; cp = c & 0x07; }
                    else if (c >= 0xe0) { n = 2; cp = c & 0x0f; }
                    else if (c >= 0xc0) { n = 1; cp = c & 0x1f; }
                    else throw bad("invalid UTF-8");
                    if (c >= 0xf8 || p + n >= end)
                        throw bad("invalid UTF-8");
                    for (int k = 1; k <= n; k++) {
                        int cc = b[p + k] & 0xff;
                        if ((cc & 0xc0) != 0x80)
                            throw bad("invalid UTF-8");
                        cp = (cp << 6) | (cc & 0x3f);
                    }
                    if (cp > 0x10ffff)
                        throw bad("invalid UTF-8");
                    sb.appendCodePoint(cp);
                    p += n + 1;
                }
            }
            throw bad("unterminated string");
        }

        Object array(JudgeType e) throws JudgeBad {
            expect('[');
            boolean empty = eat(']');
            switch (e.kind) {
            case JudgeType.INT: {
                int[] a = new int[empty ? 0 : 16];
                int n = 0;
                if (!empty)
                    do {
                        if (n == a.length)
                            a = Arrays.copyOf(a, n * 2);
                        a[n++] = int32();
                    } while (more());
                return n == a.length ? a : Arrays.copyOf(a, n);
            }
            case JudgeType.LONG: {
                long[] a = new long[empty ? 0 : 16];
                int n = 0;
                if (!empty)
                    do {
                        if (n == a.length)
                            a = Arrays.copyOf(a, n * 2);
                        a[n++] = int64();
                    } while (more());
                return n == a.length ? a : Arrays.copyOf(a, n);
            }
            case JudgeType.DOUBLE: {
                double[] a = new double[empty ? 0 : 16];
                int n = 0;
                if (!empty)
                    do {
                        if (n == a.length)
                            a = Arrays.copyOf(a, n * 2);
                        a[n++] = dbl();
                    } while (more());
                return n == a.length ? a : Arrays.copyOf(a, n);
            }
            case JudgeType.BOOL: {
                boolean[] a = new boolean[empty ? 0 : 16];
                int n = 0;
                if (!empty)
                    do {
                        if (n == a.length)
                            a = Arrays.copyOf(a, n * 2);
                        a[n++] = bool();
                    } while (more());
                return n == a.length ? a : Arrays.copyOf(a, n);
            }
            case JudgeType.CHAR: {
                char[] a = new char[empty ? 0 : 16];
                int n = 0;
                if (!empty)
                    do {
                        if (n == a.length)
                            a = Arrays.copyOf(a, n * 2);
                        a[n++] = chr();
                    } while (more());
                return n == a.length ? a : Arrays.copyOf(a, n);
            }
            default: {
                ArrayList<Object> l = new ArrayList<>();
                if (!empty)
                    do {
                        l.add(value(e));
                    } while (more());
                Object[] a = (Object[]) java.lang.reflect.Array.newInstance(e.cls, l.size());
                return l.toArray(a);
            }
            }
        }

        ArrayList<Object> list(JudgeType e) throws JudgeBad {
            expect('[');
            ArrayList<Object> l = new ArrayList<>();
            if (eat(']'))
                return l;
            do {
                /* Boxed elements may be null (List<Integer> can hold one). */
                l.add(atNull() ? null : value(e));
            } while (more());
            return l;
        }

        ListNode listNode() throws JudgeBad {
            expect('[');
            if (eat(']'))
                return null;
            ListNode head = null, tail = null;
            do {
                ListNode node = new ListNode(int32());
                if (tail == null)
                    head = node;
                else
                    tail.next = node;
                tail = node;
            } while (more());
            return head;
        }

        Object graphNode() throws JudgeBad {
            expect('[');
            ArrayList<int[]> rows = new ArrayList<>();
            if (!eat(']'))
                do {
                    ws();
                    if (p >= end || b[p] != '[')
                        throw bad("expected a list of neighbours");
                    p++;
                    int[] r = new int[4];
                    int k = 0;
                    if (!eat(']'))
                        do {
                            if (k == r.length)
                                r = Arrays.copyOf(r, k * 2);
                            r[k++] = int32();
                        } while (more());
                    rows.add(Arrays.copyOf(r, k));
                } while (more());
            int n = rows.size();
            for (int[] r : rows)
                for (int x : r)
                    if (x < 1 || x > n)
                        throw bad("a graph with a neighbour that is not a node (1.." + n + "): " + x);
            return JudgeGraph.build(rows.toArray(new int[0][]));
        }

        TreeNode treeNode() throws JudgeBad {
            expect('[');
            if (eat(']'))
                return null;
            int[] v = new int[16];
            boolean[] has = new boolean[16];
            int n = 0;
            do {
                if (n == v.length) {
                    v = Arrays.copyOf(v, n * 2);
                    has = Arrays.copyOf(has, n * 2);
                }
                if (atNull()) {
                    has[n++] = false;
                } else {
                    v[n] = int32();
                    has[n++] = true;
                }
            } while (more());
            if (!has[0]) {
                for (int i = 1; i < n; i++)
                    if (has[i])
                        throw bad("tree: a value follows a null root");
                return null;
            }
            TreeNode[] q = new TreeNode[n];
            TreeNode root = new TreeNode(v[0]);
            q[0] = root;
            int head = 0, tail = 1, i = 1;
            while (i < n && head < tail) {
                TreeNode cur = q[head++];
                if (has[i])
                    q[tail++] = cur.left = new TreeNode(v[i]);
                if (++i >= n)
                    break;
                if (has[i])
                    q[tail++] = cur.right = new TreeNode(v[i]);
                i++;
            }
            for (; i < n; i++)
                if (has[i])
                    throw bad("tree: value " + v[i] + " has no parent");
            return root;
        }
    }

    /* ------------------------------------------------------------------ */
    /* Values: printing                                                    */
    /* ------------------------------------------------------------------ */

    static final class JudgePrinter {
        private JudgePrinter() {}

        /** v in canonical form; t, the declared type, may be null (unknown). */
        static void value(StringBuilder sb, Object v, JudgeType t) throws JudgeUnprintable {
            JudgeType e = t != null && (t.kind == JudgeType.ARRAY || t.kind == JudgeType.LIST)
                    ? t.elem : null;
            if (v == null) {
                /* A null list or tree is the empty one, [] (LeetCode's form). */
                boolean node = t != null
                        && (t.kind == JudgeType.LISTNODE || t.kind == JudgeType.TREENODE
                            || t.kind == JudgeType.GRAPHNODE);
                sb.append(node ? "[]" : "null");
            } else if (v instanceof Integer || v instanceof Long
                    || v instanceof Short || v instanceof Byte) {
                sb.append(((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                dbl(sb, ((Number) v).doubleValue());
            } else if (v instanceof Boolean) {
                sb.append(((Boolean) v).booleanValue());
            } else if (v instanceof Character) {
                quote(sb, String.valueOf(((Character) v).charValue()));
            } else if (v instanceof String) {
                quote(sb, (String) v);
            } else if (v instanceof int[]) {
                int[] a = (int[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    sb.append(a[i]);
                }
                sb.append(']');
            } else if (v instanceof long[]) {
                long[] a = (long[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    sb.append(a[i]);
                }
                sb.append(']');
            } else if (v instanceof double[]) {
                double[] a = (double[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    dbl(sb, a[i]);
                }
                sb.append(']');
            } else if (v instanceof boolean[]) {
                boolean[] a = (boolean[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    sb.append(a[i]);
                }
                sb.append(']');
            } else if (v instanceof char[]) {
                char[] a = (char[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    quote(sb, String.valueOf(a[i]));
                }
                sb.append(']');
            } else if (v instanceof short[] || v instanceof byte[] || v instanceof float[]) {
                int n = java.lang.reflect.Array.getLength(v);
                sb.append('[');
                for (int i = 0; i < n; i++) {
                    if (i > 0)
                        sb.append(',');
                    value(sb, java.lang.reflect.Array.get(v, i), e);
                }
                sb.append(']');
            } else if (v instanceof Object[]) {
                Object[] a = (Object[]) v;
                sb.append('[');
                for (int i = 0; i < a.length; i++) {
                    if (i > 0)
                        sb.append(',');
                    value(sb, a[i], e);
                }
                sb.append(']');
            } else if (v instanceof Collection) {
                sb.append('[');
                boolean first = true;
                for (Object o : (Collection<?>) v) {
                    if (!first)
                        sb.append(',');
                    first = false;
                    value(sb, o, e);
                }
                sb.append(']');
            } else if (v instanceof ListNode) {
                list(sb, (ListNode) v);
            } else if (v instanceof TreeNode) {
                tree(sb, (TreeNode) v);
            } else if (JudgeGraph.cls != null && JudgeGraph.cls.isInstance(v)) {
                JudgeGraph.print(sb, v);
            } else {
                throw new JudgeUnprintable("cannot print a result of class "
                        + v.getClass().getName());
            }
        }

        static void list(StringBuilder sb, ListNode head) throws JudgeUnprintable {
            /* Floyd first: a cycle would print forever. */
            ListNode slow = head, fast = head;
            while (fast != null && fast.next != null) {
                slow = slow.next;
                fast = fast.next.next;
                if (slow == fast)
                    throw new JudgeUnprintable("Found cycle in the ListNode");
            }
            sb.append('[');
            for (ListNode n = head; n != null; n = n.next) {
                if (n != head)
                    sb.append(',');
                sb.append(n.val);
            }
            sb.append(']');
        }

        static void tree(StringBuilder sb, TreeNode root) throws JudgeUnprintable {
            /* Level order with a null for each missing child of a node,
             * trailing nulls dropped: LeetCode's form. */
            IdentityHashMap<TreeNode, Boolean> seen = new IdentityHashMap<>();
            ArrayList<TreeNode> q = new ArrayList<>();
            q.add(root);
            seen.put(root, Boolean.TRUE);
            int last = 0; /* index in q of the last non-null */
            for (int i = 0; i < q.size(); i++) {
                TreeNode n = q.get(i);
                if (n == null)
                    continue;
                last = i;
                for (TreeNode c : new TreeNode[] { n.left, n.right }) {
                    if (c != null && seen.put(c, Boolean.TRUE) != null)
                        throw new JudgeUnprintable("Found cycle in the TreeNode");
                    q.add(c);
                }
            }
            sb.append('[');
            for (int i = 0; i <= last; i++) {
                if (i > 0)
                    sb.append(',');
                TreeNode n = q.get(i);
                if (n == null)
                    sb.append("null");
                else
                    sb.append(n.val);
            }
            sb.append(']');
        }

        /**
         * String.format(Locale.ROOT, "%.5f", d), several times faster: the
         * Formatter rounds the decimal digits of Double.toString half up,
         * and so does this, on the same digits.
         */
        static void dbl(StringBuilder sb, double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                sb.append(String.format(Locale.ROOT, "%.5f", d));
                return;
            }
            String s = Double.toString(d);  /* [-]D.DDD or [-]D.DDDE[-]X */
            boolean neg = s.charAt(0) == '-';
            int from = neg ? 1 : 0;
            int e = s.indexOf('E');
            int mend = e < 0 ? s.length() : e;
            int dot = s.indexOf('.');
            /* digits: the mantissa without its point; the decimal point of
             * the value falls after `point` of them (maybe < 0 or > n) */
            int n = mend - from - 1;
            char[] digits = new char[n];
            s.getChars(from, dot, digits, 0);
            s.getChars(dot + 1, mend, digits, dot - from);
            int point = dot - from + (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
            int intLen = Math.max(point, 1);
            char[] out = new char[intLen + 5];
            int first = point - intLen;     /* digit index of out[0] */
            for (int i = 0; i < out.length; i++) {
                int k = first + i;
                out[i] = k >= 0 && k < n ? digits[k] : '0';
            }
            int k = point + 5;              /* the first digit dropped */
            boolean carry = k >= 0 && k < n && digits[k] >= '5';
            if (neg)
                sb.append('-');
            if (carry) {
                int i = out.length - 1;
                while (i >= 0 && out[i] == '9')
                    out[i--] = '0';
                if (i >= 0)
                    out[i]++;
                else
                    sb.append('1');
            }
            sb.append(out, 0, intLen).append('.').append(out, intLen, 5);
        }

        static void quote(StringBuilder sb, String s) {
            sb.append('"');
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        hex(sb, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        hex(sb, c); /* a lone half has no UTF-8 form */
                    } else {
                        sb.append(c);
                    }
                }
            }
            sb.append('"');
        }

        private static void hex(StringBuilder sb, char c) {
            sb.append("\\u");
            String h = Integer.toHexString(c);
            for (int k = h.length(); k < 4; k++)
                sb.append('0');
            sb.append(h);
        }
    }

    /* ------------------------------------------------------------------ */
    /* Output streams                                                      */
    /* ------------------------------------------------------------------ */

    /** The real stdout: one write per result line. */
    static final class JudgeResults {
        private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);

        void line(String s) {
            byte[] bytes = (s + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                /* judge stopped reading: nothing useful is left to do */
                Runtime.getRuntime().halt(3);
            }
        }
    }

    /**
     * Where the solution's System.out and System.err go: fd 2, buffered, with
     * a lock the watchdog can try without waiting forever on a solution that
     * prints in a loop.
     */
    static final class JudgeSolutionOut extends OutputStream {
        private final FileOutputStream fd = new FileOutputStream(FileDescriptor.err);
        private final ReentrantLock lock = new ReentrantLock();
        private final byte[] buf = new byte[1 << 16];
        private int n;

        @Override public void write(int c) {
            lock.lock();
            try {
                if (n == buf.length)
                    drain();
                buf[n++] = (byte) c;
            } finally {
                lock.unlock();
            }
        }

        @Override public void write(byte[] b, int off, int len) {
            lock.lock();
            try {
                if (len > buf.length - n) {
                    drain();
                    if (len >= buf.length) {
                        put(b, off, len);
                        return;
                    }
                }
                System.arraycopy(b, off, buf, n, len);
                n += len;
            } finally {
                lock.unlock();
            }
        }

        @Override public void flush() {
            lock.lock();
            try {
                drain();
            } finally {
                lock.unlock();
            }
        }

        void tryFlush(long ms) {
            try {
                if (lock.tryLock(ms, TimeUnit.MILLISECONDS)) {
                    try {
                        drain();
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                /* give up: the output is lost, the result line is not */
            }
        }

        private void drain() {
            if (n > 0) {
                put(buf, 0, n);
                n = 0;
            }
        }

        private void put(byte[] b, int off, int len) {
            try {
                fd.write(b, off, len);
            } catch (IOException e) {
                /* stderr closed: drop the solution's output */
            }
        }
    }

    /* ------------------------------------------------------------------ */
    /* The run                                                             */
    /* ------------------------------------------------------------------ */

    static final class JudgeMethod {
        final String name;
        final JudgeType returns;
        final JudgeType[] params;
        Method method;          /* found on the design class */

        JudgeMethod(String name, JudgeType returns, JudgeType[] params) {
            this.name = name;
            this.returns = returns;
            this.params = params;
        }
    }

    /* The solution thread's stack, for deep recursion.  Only the pages a
     * recursion touches count as memory, but an endless one touches them
     * all, and HotSpot's unwinding of compiled frames after the
     * StackOverflowError mallocs several times the stack again. */
    static final long STACK_BYTES = 256L << 20;

    static final Object LOCK = new Object();
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    static JudgeResults results;
    static JudgeSolutionOut solutionOut;
    static PrintStream solutionPrint;
    static Thread solutionThread;
    static String nonce = "";
    static long limitNs = Long.MAX_VALUE;
    static volatile int exitCode;

    /* CPU accounting; written under LOCK by the solution thread, read under
     * LOCK by the watchdog. */
    static boolean inCall;
    static long callStart;  /* thread CPU at the start of the current call */
    static long spent;      /* CPU of the test's finished calls */
    static String current;  /* the test's index, as given */

    /* The signature. */
    static boolean design;
    static String target;                       /* function name or class */
    static final ArrayList<String> paramNames = new ArrayList<>();
    static final ArrayList<JudgeType> paramTypes = new ArrayList<>();
    static JudgeType returnType;
    static int outputIndex = -1;
    static boolean lengthFromReturn;
    static JudgeType[] ctorTypes = new JudgeType[0];
    static final ArrayList<JudgeMethod> methods = new ArrayList<>();
    static String signatureBad;                 /* the problem's fault */
    static String setupError;                   /* the solution's fault */

    /* Resolved by reflection. */
    static Class<?> klass;
    static Constructor<?> ctor;
    static Method method;

    public static void main(String[] args) throws Exception {
        results = new JudgeResults();
        solutionOut = new JudgeSolutionOut();
        solutionPrint = new PrintStream(solutionOut, false, StandardCharsets.UTF_8);
        final JudgeLines in = new JudgeLines(new FileInputStream(FileDescriptor.in));
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        System.setOut(solutionPrint);
        System.setErr(solutionPrint);
        /* A solution that calls System.exit keeps what it printed. */
        Runtime.getRuntime().addShutdownHook(new Thread(() -> solutionOut.tryFlush(100)));

        solutionThread = new Thread(null, () -> runAll(in), "solution", STACK_BYTES);
        Thread watchdog = new Thread(Main::watch, "judge-watchdog");
        watchdog.setDaemon(true);
        watchdog.setPriority(Thread.MAX_PRIORITY);
        solutionThread.start();
        watchdog.start();
        solutionThread.join();
        solutionPrint.flush();
        Runtime.getRuntime().halt(exitCode);
    }

    static void watch() {
        long id = solutionThread.getId();
        for (;;) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                /* keep watching */
            }
            synchronized (LOCK) {
                if (!inCall)
                    continue;
                long now = MX.getThreadCpuTime(id);
                if (now < 0)
                    continue;
                long used = spent + (now - callStart);
                if (used <= limitNs)
                    continue;
                results.line("@@" + nonce + " " + current + " tle " + used);
                solutionOut.tryFlush(100);
                Runtime.getRuntime().halt(0);
            }
        }
    }

    static void beginCall() {
        synchronized (LOCK) {
            callStart = MX.getCurrentThreadCpuTime();
            inCall = true;
        }
    }

    static void endCall() {
        long now = MX.getCurrentThreadCpuTime();
        synchronized (LOCK) {
            inCall = false;
            spent += now - callStart;
        }
        if (spent > limitNs) {
            results.line("@@" + nonce + " " + current + " tle " + spent);
            solutionOut.tryFlush(100);
            Runtime.getRuntime().halt(0);
        }
    }

    static void result(String what) {
        solutionPrint.flush();
        synchronized (LOCK) {
            results.line("@@" + nonce + " " + current + " " + what);
        }
    }

    static void outOfMemory(OutOfMemoryError e) {
        try {
            result("error " + describe(e));
        } finally {
            solutionOut.tryFlush(100);
            Runtime.getRuntime().halt(1);
        }
    }

    static String describe(Throwable t) {
        String s = t.getClass().getName();
        try {
            String m = t.getMessage();
            if (m != null)
                s += ": " + m;
        } catch (Throwable e) {
            /* a getMessage that throws: the class name will do */
        }
        if (t instanceof ExceptionInInitializerError && t.getCause() != null)
            s += " caused by " + describe(t.getCause());
        s = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (s.length() > 2000)
            s = s.substring(0, 2000) + "...";
        return s;
    }

    static void runAll(JudgeLines in) {
        try {
            readSignature(in);
            if (signatureBad == null)
                resolve();
            String[] w = in.words("tests N");
            if (w.length != 2 || !w[0].equals("tests"))
                throw new JudgeProtocolError("expected tests N, found " + String.join(" ", w));
            int tests = number(w[1]);
            JudgeParser parser = new JudgeParser();
            for (int t = 0; t < tests; t++) {
                w = in.words("test INDEX COUNT");
                if (w.length != 3 || !w[0].equals("test"))
                    throw new JudgeProtocolError("expected test INDEX COUNT, found "
                            + String.join(" ", w));
                current = w[1];
                int count = number(w[2]);
                try {
                    if (design)
                        runDesign(in, parser, count);
                    else
                        runFunction(in, parser, count);
                } catch (StackOverflowError e) {
                    result("error " + describe(e));
                }
            }
            current = null;
            solutionPrint.flush();
            results.line("@@" + nonce + " done");
        } catch (OutOfMemoryError e) {
            outOfMemory(e);
        } catch (JudgeProtocolError e) {
            solutionPrint.println("judge driver: " + e.getMessage());
            exitCode = 2;
        } catch (Throwable e) {
            solutionPrint.print("judge driver: ");
            e.printStackTrace(solutionPrint);
            exitCode = 3;
        }
    }

    static int number(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 0)
                return n;
        } catch (NumberFormatException e) {
            /* below */
        }
        throw new JudgeProtocolError("bad number " + s);
    }

    static void readSignature(JudgeLines in) throws IOException {
        String[] w = in.words("judge-harness 1");
        if (w.length != 2 || !w[0].equals("judge-harness") || !w[1].equals("1"))
            throw new JudgeProtocolError("expected judge-harness 1");
        boolean inBlock = false;
        for (;;) {
            w = in.words(inBlock ? "end" : "function or design");
            if (w.length == 0)
                continue;
            String k = w[0];
            try {
                if (!inBlock) {
                    if (k.equals("nonce") && w.length == 2) {
                        nonce = w[1];
                    } else if (k.equals("limit-ms") && w.length == 2) {
                        long ms = Long.parseLong(w[1]);
                        limitNs = ms <= 0 || ms > Long.MAX_VALUE / 1000000 ? Long.MAX_VALUE
                                : ms * 1000000L;
                    } else if ((k.equals("function") || k.equals("design")) && w.length == 2) {
                        design = k.equals("design");
                        target = w[1];
                        inBlock = true;
                    } else {
                        throw new JudgeProtocolError("unexpected line: " + String.join(" ", w));
                    }
                    continue;
                }
                if (k.equals("end")) {
                    break;
                } else if (!design && k.equals("param") && w.length == 3) {
                    paramNames.add(w[1]);
                    paramTypes.add(argType(w[2]));
                } else if (!design && k.equals("returns") && w.length == 2) {
                    returnType = JudgeType.parse(w[1]);
                } else if (!design && k.equals("output") && w.length == 2) {
                    outputIndex = paramNames.indexOf(w[1]);
                    if (outputIndex < 0)
                        throw new JudgeBad("output " + w[1] + " is not a parameter");
                } else if (!design && k.equals("length-from-return") && w.length == 1) {
                    lengthFromReturn = true;
                } else if (design && k.equals("constructor")) {
                    ctorTypes = new JudgeType[w.length - 1];
                    for (int i = 1; i < w.length; i++)
                        ctorTypes[i - 1] = argType(w[i]);
                } else if (design && k.equals("method") && w.length >= 3) {
                    JudgeType[] ps = new JudgeType[w.length - 3];
                    for (int i = 3; i < w.length; i++)
                        ps[i - 3] = argType(w[i]);
                    methods.add(new JudgeMethod(w[1], JudgeType.parse(w[2]), ps));
                } else {
                    throw new JudgeProtocolError("unexpected line in the signature: "
                            + String.join(" ", w));
                }
            } catch (JudgeBad e) {
                if (signatureBad == null)
                    signatureBad = "signature: " + e.getMessage();
            } catch (NumberFormatException e) {
                throw new JudgeProtocolError("bad limit-ms " + w[1]);
            }
        }
        if (signatureBad != null)
            return;
        if (!design && returnType == null)
            signatureBad = "signature: no returns line";
        else if (lengthFromReturn && (outputIndex < 0 || returnType.kind != JudgeType.INT))
            signatureBad = "signature: length-from-return needs output and an integer return";
        else if (lengthFromReturn && paramTypes.get(outputIndex).kind != JudgeType.ARRAY
                && paramTypes.get(outputIndex).kind != JudgeType.LIST)
            signatureBad = "signature: length-from-return needs an array or list output";
    }

    static JudgeType argType(String s) throws JudgeBad {
        JudgeType t = JudgeType.parse(s);
        if (t.kind == JudgeType.VOID)
            throw new JudgeBad("void cannot be a parameter type");
        return t;
    }

    /* ------------------------------------------------------------------ */
    /* Reflection                                                          */
    /* ------------------------------------------------------------------ */

    /** Finds the class, constructor and methods; problems go to setupError. */
    static void resolve() {
        String cname = design ? target : "Solution";
        try {
            klass = Class.forName(cname, false, Main.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            setupError = "no class " + cname + " in the solution";
            return;
        }
        if (design) {
            ctor = findConstructor(ctorTypes);
            if (ctor == null) {
                setupError = "class " + cname + " has no constructor " + cname
                        + describeTypes(ctorTypes);
                return;
            }
            if (!fits(ctor.getParameterTypes(), ctorTypes)) {
                setupError = "the constructor " + cname + " takes " + describeClasses(ctor)
                        + " but the problem passes " + describeTypes(ctorTypes);
                return;
            }
            for (JudgeMethod m : methods) {
                m.method = findMethod(m.name, m.params);
                if (m.method == null) {
                    setupError = "class " + cname + " has no method " + m.name
                            + describeTypes(m.params);
                    return;
                }
                if (!fits(m.method.getParameterTypes(), m.params)) {
                    setupError = cname + "." + m.name + " takes " + describeClasses(m.method)
                            + " but the problem passes " + describeTypes(m.params);
                    return;
                }
            }
        } else {
            JudgeType[] ps = paramTypes.toArray(new JudgeType[0]);
            method = findMethod(target, ps);
            if (method == null) {
                setupError = "class Solution has no method " + target + describeTypes(ps);
                return;
            }
            if (!fits(method.getParameterTypes(), ps)) {
                setupError = "Solution." + target + " takes " + describeClasses(method)
                        + " but the problem passes " + describeTypes(ps);
                return;
            }
            if (!Modifier.isStatic(method.getModifiers())) {
                ctor = findConstructor(new JudgeType[0]);
                if (ctor == null)
                    setupError = "class Solution has no constructor without parameters";
            }
        }
    }

    static String describeTypes(JudgeType[] ts) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ts.length; i++) {
            if (i > 0)
                sb.append(", ");
            sb.append(ts[i].cls.getTypeName());
        }
        return sb.append(')').toString();
    }

    static String describeClasses(java.lang.reflect.Executable e) {
        StringBuilder sb = new StringBuilder("(");
        Class<?>[] cs = e.getParameterTypes();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0)
                sb.append(", ");
            sb.append(cs[i].getTypeName());
        }
        return sb.append(')').toString();
    }

    static boolean fits(Class<?>[] actual, JudgeType[] want) {
        if (actual.length != want.length)
            return false;
        for (int i = 0; i < actual.length; i++) {
            Class<?> a = actual[i];
            Class<?> w = want[i].runtimeClass();
            if (a == w)
                continue;
            if (a.isPrimitive() || w.isPrimitive() && !a.isAssignableFrom(box(w)))
                return false;
            if (!w.isPrimitive() && !a.isAssignableFrom(w))
                return false;
        }
        return true;
    }

    static Class<?> box(Class<?> c) {
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == double.class) return Double.class;
        if (c == boolean.class) return Boolean.class;
        if (c == char.class) return Character.class;
        return c;
    }

    static Method findMethod(String name, JudgeType[] ps) {
        Method byCount = null;
        for (Class<?> c = klass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.getName().equals(name) || m.isBridge() || m.isSynthetic()
                        || m.getParameterCount() != ps.length)
                    continue;
                if (fits(m.getParameterTypes(), ps)) {
                    m.setAccessible(true);
                    return m;
                }
                if (byCount == null)
                    byCount = m;
            }
        }
        if (byCount != null)
            byCount.setAccessible(true); /* resolve() says what does not fit */
        return byCount;
    }

    static Constructor<?> findConstructor(JudgeType[] ps) {
        Constructor<?> byCount = null;
        for (Constructor<?> c : klass.getDeclaredConstructors()) {
            if (c.isSynthetic() || c.getParameterCount() != ps.length)
                continue;
            if (fits(c.getParameterTypes(), ps)) {
                c.setAccessible(true);
                return c;
            }
            if (byCount == null)
                byCount = c;
        }
        if (byCount != null)
            byCount.setAccessible(true);
        return byCount;
    }

    /* ------------------------------------------------------------------ */
    /* Tests                                                               */
    /* ------------------------------------------------------------------ */

    static void skip(JudgeLines in, int lines) throws IOException {
        for (int i = 0; i < lines; i++)
            if (!in.next())
                throw new JudgeProtocolError("input ends inside test " + current);
    }

    static void runFunction(JudgeLines in, JudgeParser parser, int count) throws IOException {
        if (signatureBad != null) {
            skip(in, count);
            result("bad " + signatureBad);
            return;
        }
        int n = paramTypes.size();
        if (count != n) {
            skip(in, count);
            result("bad expected " + n + " argument lines, found " + count);
            return;
        }
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            if (!in.next())
                throw new JudgeProtocolError("input ends inside test " + current);
            try {
                args[i] = parser.line(in.line, in.len, paramTypes.get(i));
            } catch (JudgeBad e) {
                skip(in, n - i - 1);
                result("bad argument " + (i + 1) + " (" + paramNames.get(i) + ", "
                        + paramTypes.get(i).name + "): " + e.getMessage());
                return;
            }
        }
        if (setupError != null) {
            result("error " + setupError);
            return;
        }

        Object ret = null;
        Throwable thrown = null;
        spent = 0;
        beginCall();
        try {
            Object self = ctor == null ? null : ctor.newInstance();
            ret = method.invoke(self, args);
        } catch (InvocationTargetException e) {
            thrown = e.getCause() != null ? e.getCause() : e;
        } catch (Throwable e) {
            thrown = e;
        } finally {
            endCall();
        }
        if (thrown != null) {
            failed(thrown);
            return;
        }

        StringBuilder sb = new StringBuilder("ok ").append(spent).append(' ');
        try {
            if (outputIndex >= 0) {
                Object out = args[outputIndex];
                if (lengthFromReturn)
                    out = prefix(out, ((Number) ret).intValue());
                JudgePrinter.value(sb, out, paramTypes.get(outputIndex));
            } else if (returnType.kind == JudgeType.VOID) {
                sb.append("null");
            } else {
                JudgePrinter.value(sb, ret, returnType);
            }
        } catch (JudgeUnprintable e) {
            result("error " + e.getMessage());
            return;
        } catch (StackOverflowError e) {
            result("error cannot print the result: it contains itself");
            return;
        }
        result(sb.toString());
    }

    static void failed(Throwable thrown) {
        if (thrown instanceof OutOfMemoryError)
            outOfMemory((OutOfMemoryError) thrown);
        result("error " + describe(thrown));
    }

    /** The first k elements of an array or list (length-from-return). */
    static Object prefix(Object out, int k) throws JudgeUnprintable {
        if (out == null)
            return null;
        int n = out instanceof java.util.List ? ((java.util.List<?>) out).size()
                : java.lang.reflect.Array.getLength(out);
        if (k < 0 || k > n)
            throw new JudgeUnprintable("returned length " + k + " is outside 0.." + n);
        if (out instanceof java.util.List)
            return ((java.util.List<?>) out).subList(0, k);
        if (out instanceof int[])
            return Arrays.copyOf((int[]) out, k);
        if (out instanceof long[])
            return Arrays.copyOf((long[]) out, k);
        if (out instanceof double[])
            return Arrays.copyOf((double[]) out, k);
        if (out instanceof boolean[])
            return Arrays.copyOf((boolean[]) out, k);
        if (out instanceof char[])
            return Arrays.copyOf((char[]) out, k);
        return Arrays.copyOf((Object[]) out, k);
    }

    static void runDesign(JudgeLines in, JudgeParser parser, int count) throws IOException {
        if (signatureBad != null || count != 2) {
            skip(in, count);
            result("bad " + (signatureBad != null ? signatureBad
                    : "a design test has 2 lines, found " + count));
            return;
        }
        if (!in.next())
            throw new JudgeProtocolError("input ends inside test " + current);
        String[] ops;
        try {
            ops = (String[]) parser.line(in.line, in.len, JudgeType.parse("string[]"));
        } catch (JudgeBad e) {
            skip(in, 1);
            result("bad operations: " + e.getMessage());
            return;
        }
        if (!in.next())
            throw new JudgeProtocolError("input ends inside test " + current);
        JudgeMethod[] calls = new JudgeMethod[ops.length];
        Object[][] args = new Object[ops.length][];
        try {
            if (ops.length == 0 || !target.equals(ops[0]))
                throw new JudgeBad("the first operation must be " + target);
            parser.reset(in.line, in.len);
            parser.expect('[');
            for (int i = 0; i < ops.length; i++) {
                if (i > 0)
                    parser.expect(',');
                if (i == 0) {
                    args[0] = designArgs(parser, ctorTypes, ops[0]);
                    continue;
                }
                JudgeBad last = null;
                int mark = parser.p;
                for (JudgeMethod m : methods) {
                    if (!m.name.equals(ops[i]))
                        continue;
                    try {
                        parser.p = mark;
                        args[i] = designArgs(parser, m.params, ops[i]);
                        calls[i] = m;
                        break;
                    } catch (JudgeBad e) {
                        last = e;
                    }
                }
                if (calls[i] == null)
                    throw last != null ? last
                            : new JudgeBad("operation " + (i + 1) + ": " + target
                                    + " has no method " + ops[i]);
            }
            parser.expect(']');
            parser.ws();
            if (parser.p != parser.end)
                throw parser.bad("more argument lists than operations, or text after them");
        } catch (JudgeBad e) {
            result("bad arguments: " + e.getMessage());
            return;
        }
        if (setupError != null) {
            result("error " + setupError);
            return;
        }

        StringBuilder sb = new StringBuilder("[null");
        Object self = null;
        spent = 0;
        for (int i = 0; i < ops.length; i++) {
            Object ret = null;
            Throwable thrown = null;
            beginCall();
            try {
                if (i == 0)
                    self = ctor.newInstance(args[0]);
                else
                    ret = calls[i].method.invoke(self, args[i]);
            } catch (InvocationTargetException e) {
                thrown = e.getCause() != null ? e.getCause() : e;
            } catch (Throwable e) {
                thrown = e;
            } finally {
                endCall();
            }
            if (thrown != null) {
                failed(thrown);
                return;
            }
            if (i == 0)
                continue;
            sb.append(',');
            try {
                if (calls[i].returns.kind == JudgeType.VOID)
                    sb.append("null");
                else
                    JudgePrinter.value(sb, ret, calls[i].returns);
            } catch (JudgeUnprintable e) {
                result("error operation " + (i + 1) + " (" + ops[i] + "): " + e.getMessage());
                return;
            } catch (StackOverflowError e) {
                result("error operation " + (i + 1) + " (" + ops[i]
                        + "): cannot print the result: it contains itself");
                return;
            }
        }
        sb.append(']');
        result("ok " + spent + " " + sb);
    }

    static Object[] designArgs(JudgeParser parser, JudgeType[] types, String op)
            throws JudgeBad {
        parser.expect('[');
        Object[] a = new Object[types.length];
        if (types.length == 0) {
            parser.expect(']');
            return a;
        }
        for (int k = 0; k < types.length; k++) {
            if (k > 0)
                parser.expect(',');
            a[k] = parser.value(types[k]);
        }
        parser.ws();
        if (!parser.eat(']'))
            throw parser.bad(op + " takes " + types.length + " argument"
                    + (types.length == 1 ? "" : "s"));
        return a;
    }
}
