from __future__ import annotations

from textkg.errors import printable


def test_printable_escapes_what_could_break_a_line_or_reach_the_terminal() -> None:
    assert printable("in/a\nb.txt") == "in/a\\nb.txt"
    assert printable("x\x1b[31mred\x07") == "x\\x1b[31mred\\x07"
    assert printable("tab\there\r") == "tab\\there\\r"
    assert printable("\x85\x9b") == "\\x85\\x9b"  # C1 controls (NEL, CSI)
    assert printable("\u202eevil") == "\\u202eevil"  # right-to-left override
    assert printable("caf\udce9") == "caf\\udce9"  # an undecodable byte in a file name
    assert printable("Pérez 東京 ok") == "Pérez 東京 ok"
