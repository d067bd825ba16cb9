"""Families a reference page names in one sentence (rules/kinship.py): the children it
lists together are siblings; the two parents it names together are a couple. Sentences of
our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, rule_of, triples


def test_children_listed_after_their_noun_are_siblings_of_one_another() -> None:
    text = (
        "Henrik Olsen (born 1950) is a Norwegian banker. "
        "His children included Ravi Olsen, Sunil Olsen and Anne Olsen."
    )
    found = triples(facts_of(text))
    assert ("Ravi Olsen", "schema:sibling", "Sunil Olsen") in found
    assert ("Sunil Olsen", "schema:sibling", "Anne Olsen") in found
    assert ("Ravi Olsen", "schema:sibling", "Anne Olsen") in found
    assert rule_of(facts_of(text), "Ravi Olsen", "schema:sibling", "Anne Olsen") == (
        "children-named"
    )


def test_people_a_plural_kin_noun_does_not_list_are_no_siblings() -> None:
    """ "The children met A and B": the names are the verb's object, no list of the kin."""
    text = (
        "Henrik Olsen (born 1950) is a Norwegian banker. "
        "The children met Ravi Kapoor and Sunil Dutt in Bergen."
    )
    found = triples(facts_of(text))
    assert not any(p == "schema:sibling" for _, p, _ in found)


def test_two_parents_a_child_was_born_to_are_a_couple() -> None:
    text = (
        "Thomas Hale (1820 – 1890) was an American minister. Hale was born in Windham, "
        "Connecticut, to the Reverend Joseph Hale and Sarah Bunce Hale."
    )
    found = triples(facts_of(text))
    assert ("Joseph Hale", "schema:spouse", "Sarah Bunce Hale") in found


def test_parents_named_in_two_phrases_are_not_made_a_couple() -> None:
    """The father in one phrase, the mother in a later one: no "A and B" joins them."""
    text = (
        "Thomas Hale (1820 – 1890) was an American minister. Hale was born in Windham to "
        "Joseph Hale, a farmer. His mother was Sarah Bunce, a teacher from Boston."
    )
    found = triples(facts_of(text))
    assert not any(p == "schema:spouse" for _, p, _ in found)


def test_two_people_a_list_joins_are_no_couple_though_one_is_a_parent() -> None:
    """ "His clients included A (father of C) and B": the list is of clients, not parents."""
    text = (
        "Harald Berg (1820 – 1890) was a Norwegian merchant. His clients included Olav "
        "Tveit (father of Sir Erling Tveit) and Knut Lie."
    )
    found = triples(facts_of(text))
    assert ("Olav Tveit", "schema:spouse", "Knut Lie") not in found


def test_two_parents_the_parser_splits_by_an_apposition_are_still_a_couple() -> None:
    found = triples(
        facts_of(
            "Rufus Carrow (1850 - 1920) was a Canadian politician. He was born in Halden "
            "County, Nova Scotia, the son of William Dobson Carrow and Elizabeth Ann Reedy."
        )
    )
    assert ("William Dobson Carrow", "schema:spouse", "Elizabeth Ann Reedy") in found
