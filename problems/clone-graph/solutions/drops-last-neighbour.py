"""
# Definition for a Node.
class Node:
    def __init__(self, val = 0, neighbors = None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []
"""

from typing import Optional


class Solution:
    # Wrong: copies every node but forgets each node's last connection.
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        copies = {}

        def copy(n):
            if n in copies:
                return copies[n]
            c = copies[n] = Node(n.val)
            for nb in n.neighbors[:-1]:
                c.neighbors.append(copy(nb))
            for nb in n.neighbors[-1:]:
                copy(nb)
            return c

        return copy(node)
