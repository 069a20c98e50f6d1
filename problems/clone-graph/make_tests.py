#!/usr/bin/env python3
"""Writes tests/*.in and tests/*.out for clone-graph (run from this directory).

Every graph is undirected and connected, without self-loops or repeated
edges, its nodes valued 1..n (LeetCode's constraints, n <= 100).  A deep
copy serialises exactly like the original, so each .out is its .in.
Deterministic: fixed seeds.
"""
import random


def adj(n, edges, shuffle_rng=None):
    rows = [[] for _ in range(n)]
    for a, b in edges:
        rows[a - 1].append(b)
        rows[b - 1].append(a)
    if shuffle_rng:
        for r in rows:
            shuffle_rng.shuffle(r)
    return rows


def fmt(rows):
    return "[" + ",".join("[" + ",".join(map(str, r)) + "]" for r in rows) + "]"


def path(n):
    return [(i, i + 1) for i in range(1, n)]


def cycle(n):
    return path(n) + [(n, 1)]


def star(n, center=1):
    return [(center, i) for i in range(1, n + 1) if i != center]


def complete(n):
    return [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]


def random_connected(rng, n, extra):
    """A random spanning tree plus `extra` more distinct edges."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = set()
    for i in range(1, n):
        a, b = order[i], order[rng.randrange(i)]
        edges.add((min(a, b), max(a, b)))
    target = min(len(edges) + extra, n * (n - 1) // 2)
    while len(edges) < target:
        a, b = rng.sample(range(1, n + 1), 2)
        edges.add((min(a, b), max(a, b)))
    edges = list(edges)
    rng.shuffle(edges)
    return edges


def grid(r, c):
    e = []
    for i in range(r):
        for j in range(c):
            v = i * c + j + 1
            if j + 1 < c:
                e.append((v, v + 1))
            if i + 1 < r:
                e.append((v, v + c))
    return e


TESTS = []


def add(name, rows, sample=False):
    TESTS.append((name, rows, sample))


add("example1", [[2, 4], [1, 3], [2, 4], [1, 3]], True)
add("example2", [[]], True)
add("example3", [], True)
add("two-nodes", [[2], [1]])
add("three-path", adj(3, path(3)))
add("triangle", adj(3, cycle(3)))
add("triangle-reversed-order", [[3, 2], [1, 3], [2, 1]])
add("path-10", adj(10, path(10)))
add("path-from-middle", adj(7, [(4, 3), (3, 2), (2, 1), (4, 5), (5, 6), (6, 7)]))
add("cycle-5", adj(5, cycle(5)))
add("cycle-100", adj(100, cycle(100)))
add("star-center-1", adj(8, star(8)))
add("star-leaf-1", adj(8, star(8, center=5)))
add("complete-4", adj(4, complete(4)))
add("complete-6-shuffled", adj(6, complete(6), random.Random(6)))
add("complete-14", adj(14, complete(14)))
add("binary-tree-15", adj(15, [(i // 2, i) for i in range(2, 16)]))
add("two-triangles-bridge", adj(6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4)]))
add("grid-3x4", adj(12, grid(3, 4)))
add("square-with-diagonal", [[2, 3, 4], [1, 3], [2, 1, 4], [3, 1]])
add("hub-and-ring", adj(9, star(9) + [(i, i + 1) for i in range(2, 9)] + [(9, 2)]))
add("bipartite-k33", adj(6, [(a, b) for a in (1, 2, 3) for b in (4, 5, 6)]))
rng = random.Random(20240601)
add("random-12", adj(12, random_connected(rng, 12, 6), rng))
add("random-30-sparse", adj(30, random_connected(rng, 30, 3), rng))
add("random-50", adj(50, random_connected(rng, 50, 60), rng))
add("path-100", adj(100, path(100)))
add("star-100", adj(100, star(100, center=37)))
add("tree-100", adj(100, random_connected(rng, 100, 0), rng))
add("random-100-sparse", adj(100, random_connected(rng, 100, 20), rng))
add("random-100-dense", adj(100, random_connected(rng, 100, 1500), rng))
add("grid-10x10", adj(100, grid(10, 10), rng))
add("complete-40", adj(40, complete(40), rng))

if __name__ == "__main__":
    for name, rows, _ in TESTS:
        with open("tests/%s.in" % name, "w") as f:
            f.write(fmt(rows) + "\n")
        with open("tests/%s.out" % name, "w") as f:
            f.write(fmt(rows) + "\n")
    for name, _, sample in TESTS:
        print("  - name: %s%s" % (name, "\n    sample: true" if sample else ""))
