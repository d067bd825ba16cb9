"""Names the NER runs together with a ruler's title (mentions/title_repairs.py): "King of
Norway" is the country a king heads, "King Ferdinand III" a person; our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_kings_title_tagged_with_the_country_leaves_the_country() -> None:
    facts = facts_of(
        "Harold Finch (1850 - 1921) was a Norwegian monarch. Harold Finch was King of "
        "Norway from 1900 to 1920."
    )
    names = {m.name for m in facts.mentions}
    assert "Norway" in names
    assert "King of Norway" not in names
    assert ("Harold Finch", "tk:leaderOf", "Norway") in triples(facts)


def test_a_monarch_with_a_regnal_number_tagged_as_an_organisation_is_a_person() -> None:
    facts = facts_of("She married Prince Otto, son of King Ferdinand III of Bulgaria.")
    found = triples(facts)
    assert ("Ferdinand III", "tk:leaderOf", "Bulgaria") in found
    assert not any(t[0].startswith("King Ferdinand") for t in found)
