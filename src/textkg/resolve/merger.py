"""Union-find over groups of names and anchors, keeping every join as an explained edge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textkg.resolve.rules import Rule


@dataclass(frozen=True, slots=True)  # one for each join of a build
class Edge:
    """Node ``a`` was joined to node ``b`` by ``rule``; ``detail`` is the evidence in words."""

    a: int
    b: int
    rule: Rule
    detail: str


_NONE: frozenset[str] = frozenset()


class Merger:
    """Union-find that refuses merges an alias file forbids.

    The root of a set is always its smallest node, so the partition and the roots do not
    depend on the order of joins; only which pairs carry an edge does.
    """

    def __init__(self, forbidden: Sequence[tuple[str, str]]) -> None:
        self.parent: list[int] = []
        self.forbid_keys: list[frozenset[str]] = []
        self.flags: list[frozenset[str]] = []
        self.edges: list[Edge] = []
        self.forbidden = [(a, b) for a, b in forbidden if a != b]
        self.watched = {k for pair in self.forbidden for k in pair}
        #: One frozenset object for each distinct set (most are empty, or one flag): a
        #: build has a node for every group of names, so per-node sets would add up.
        self._sets: dict[frozenset[str], frozenset[str]] = {}

    def _shared(self, items: frozenset[str]) -> frozenset[str]:
        return self._sets.setdefault(items, items)

    def add(self, keys: Iterable[str], flags: Iterable[str] = ()) -> int:
        """A new node known by ``keys`` (names, for the forbidden pairs) and ``flags``."""
        self.parent.append(len(self.parent))
        watched = self.watched
        forbid = frozenset(k for k in keys if k in watched) if watched else _NONE
        self.forbid_keys.append(self._shared(forbid))
        self.flags.append(self._shared(frozenset(flags)))
        return len(self.parent) - 1

    def has(self, node: int, flag: str) -> bool:
        """Does any node of ``node``'s set carry ``flag``?"""
        return flag in self.flags[self.find(node)]

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def forbidding(self, a: int, b: int) -> tuple[str, str] | None:
        """The forbidden pair of names that keeps the sets of ``a`` and ``b`` apart, if any."""
        ka, kb = self.forbid_keys[self.find(a)], self.forbid_keys[self.find(b)]
        if not ka or not kb:
            return None
        return next(
            ((x, y) for x, y in self.forbidden if (x in ka and y in kb) or (y in ka and x in kb)),
            None,
        )

    def union(self, a: int, b: int, rule: Rule, detail: str) -> bool:
        """Join the sets of ``a`` and ``b``; False when a forbidden pair keeps them apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbidding(ra, rb) is not None:
            return False
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        self.forbid_keys[low] = self._shared(self.forbid_keys[low] | self.forbid_keys[high])
        self.flags[low] = self._shared(self.flags[low] | self.flags[high])
        self.edges.append(Edge(a, b, rule, detail))
        return True
