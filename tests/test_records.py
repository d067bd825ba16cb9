from __future__ import annotations

import pytest

from textkg.records import MentionEntities


def test_mention_entities_answer_as_the_dict_they_were_made_from() -> None:
    given = {
        ("news/b.txt", 40, 52): "person/amelia-thornbury",
        ("news/a.txt", 0, 16): "person/amelia-thornbury",
        ("news/a.txt", 3_000_000, 3_000_009): "place/valdmark",  # offsets past 2**16
        ("news/a.txt", 17, 20): "organization/nso",
    }
    # a span given twice keeps its last key, as a dict would
    compact = MentionEntities([*given.items(), (("news/a.txt", 17, 20), "organization/nso-2")])
    expected = {**given, ("news/a.txt", 17, 20): "organization/nso-2"}
    assert compact == expected and len(compact) == 4
    assert sorted(compact) == sorted(expected)
    for mention, key in expected.items():
        assert compact[mention] == compact.get(mention) == key
    assert compact.get(("news/a.txt", 0, 17)) is None
    assert compact.get(("news/c.txt", 0, 16), "none") == "none"
    with pytest.raises(KeyError):
        compact[("news/b.txt", 40, 53)]
    assert MentionEntities() == {}
