"""What changed between two Turtle files textkg wrote, subject by subject.

A build's Turtle (:mod:`textkg.turtlestream`) is Oxigraph's writer's output in sorted order:
the prefixes, then one block per subject, every line after a block's first indented with a
tab (literals are written with their line breaks escaped, and the graph has no blank nodes).
So the blocks of two builds can be compared as bytes: a subject whose block is the same has
the same triples. ``--update`` changes few subjects, so the store of the earlier build plus
the changed blocks' triples is the new build's store, without loading the whole graph again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

#: A block ends at a line break followed by anything but a tab (the next subject or prefix).
_BLOCK_END = re.compile(rb"\n(?=[^\t])")
_PREFIX = b"@prefix "
_CHUNK = 1 << 22


@dataclass(frozen=True)
class TurtleChanges:
    """The triples only the old file has and those only the new one has."""

    removed: list[ox.Quad]
    added: list[ox.Quad]


def blocks(path: Path) -> Iterator[bytes]:
    """The file's prefix lines and subject blocks, each without its final line break."""
    with path.open("rb") as handle:
        rest = b""
        while chunk := handle.read(_CHUNK):
            parts = _BLOCK_END.split(rest + chunk)
            rest = parts.pop()  # may go on in the next chunk
            yield from parts
        rest = rest.rstrip(b"\n")
        if rest:
            yield rest


def _digest(block: bytes) -> bytes:
    return hashlib.blake2b(block, digest_size=16).digest()


def turtle_changes(
    old: Path, new: Path, *, share: float = 0.1, floor: int = 1000
) -> TurtleChanges | None:
    """The triples removed and added from ``old`` to ``new``, or None when the two cannot be
    compared block by block (other prefixes, a blank node) or more than ``share`` of the
    blocks (and more than ``floor``) were added or removed: loading the whole file is then
    about as quick, and the changes are not all held in memory."""
    kept = {_digest(block) for block in blocks(old)}
    limit = max(floor, int(len(kept) * share))
    header: list[bytes] = []
    added: list[bytes] = []
    for block in blocks(new):
        if block.startswith(_PREFIX):
            header.append(block)
        digest = _digest(block)
        if digest in kept:
            kept.discard(digest)
            continue
        if block.startswith(_PREFIX) or b"_:" in block:
            return None
        added.append(block)
        if len(added) > limit:
            return None
    if len(kept) > limit:
        return None
    removed = [b for b in blocks(old) if _digest(b) in kept]
    if any(b.startswith(_PREFIX) or b"_:" in b for b in removed):
        return None
    return TurtleChanges(_parse(header, removed), _parse(header, added))


def _parse(header: list[bytes], body: list[bytes]) -> list[ox.Quad]:
    if not body:
        return []
    text = b"\n".join([*header, *body]) + b"\n"
    return list(ox.parse(text, format=ox.RdfFormat.TURTLE))


__all__ = ["TurtleChanges", "blocks", "turtle_changes"]
