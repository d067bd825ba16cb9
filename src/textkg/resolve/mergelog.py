"""The merge log of a build, held as one buffer.

A build explains every name of every entity (some 150,000 decisions at 10,000 articles, five
strings each); as objects they cost ~25 MB through the graph stage that hardly reads them,
and sending them from a forked resolution (textkg.forked) took two seconds of pickling.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from textkg.records import MergeDecision

_FIELDS = 5  # entity_key, surface, rule, source, detail: MergeDecision's order
_ERRORS = "surrogatepass"  # (a text read with surrogate escapes keeps them)


class MergeLog(Sequence[MergeDecision]):
    """Decisions in order, their fields as UTF-8 in one buffer with each field's end beside
    it; a decision is made again when read, equal to the one given."""

    __slots__ = ("_data", "_ends")

    def __init__(self, decisions: Iterable[MergeDecision] = ()) -> None:
        data = bytearray()
        ends = array("q")
        for d in decisions:
            for value in (d.entity_key, d.surface, d.rule, d.source, d.detail):
                data += value.encode("utf-8", _ERRORS)
                ends.append(len(data))
        self._data = bytes(data)
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends) // _FIELDS

    @overload
    def __getitem__(self, index: int) -> MergeDecision: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[MergeDecision, ...]: ...

    def __getitem__(self, index: int | slice) -> MergeDecision | tuple[MergeDecision, ...]:
        if isinstance(index, slice):
            return tuple(self._row(i) for i in range(*index.indices(len(self))))
        count = len(self)
        if not -count <= index < count:
            raise IndexError("merge log index out of range")
        return self._row(index % count)

    def _row(self, row: int) -> MergeDecision:
        data, ends, first = self._data, self._ends, row * _FIELDS
        start = ends[first - 1] if first else 0
        fields = []
        for end in ends[first : first + _FIELDS]:
            fields.append(data[start:end].decode("utf-8", _ERRORS))
            start = end
        return MergeDecision(*fields)

    def __iter__(self) -> Iterator[MergeDecision]:
        return map(self._row, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MergeLog):
            return self._data == other._data and self._ends == other._ends
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (equal to a tuple of the same decisions)

    def __repr__(self) -> str:
        return f"MergeLog({len(self)} decisions)"

    def __getstate__(self) -> tuple[bytes, array[int]]:
        return self._data, self._ends

    def __setstate__(self, state: tuple[bytes, array[int]]) -> None:
        self._data, self._ends = state
