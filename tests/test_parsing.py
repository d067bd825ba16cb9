from __future__ import annotations

from textkg.parsing import BATCH_CHARS, _batches, _Piece
from textkg.records import ArticleText


def _pieces(count: int, chars: int = 100) -> list[_Piece]:
    return [_Piece(n, 0, ArticleText(f"a{n}.txt", "x" * chars)) for n in range(count)]


def test_workers_first_batches_are_small_then_full_and_every_piece_comes_once() -> None:
    pieces = _pieces(100)
    batches = list(_batches(iter(pieces), 32, opening=2))
    assert [len(b) for b in batches] == [8, 8, 32, 32, 20]
    assert [p for b in batches for p in b] == pieces
    assert [len(b) for b in _batches(iter(pieces), 32)] == [32, 32, 32, 4]


def test_a_batch_holds_about_batch_chars_characters() -> None:
    pieces = _pieces(10, chars=BATCH_CHARS // 3)
    assert [len(b) for b in _batches(iter(pieces), 32)] == [3, 3, 3, 1]
    assert [len(b) for b in _batches(iter(pieces), 32, opening=1)] == [3, 3, 3, 1]
