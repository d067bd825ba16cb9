"""Who a kin noun names (rules/kin_phrases.py): the person born where the phrase follows;
our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_the_son_of_two_parents_after_a_birthplace_is_the_one_born_there() -> None:
    found = triples(
        facts_of(
            "Rufus Carrow (1850 - 1920) was a Canadian politician. He was born in Halden "
            "County, Nova Scotia, the son of William Dobson Carrow and Elizabeth Ann Reedy."
        )
    )
    assert ("Rufus Carrow", "schema:parent", "William Dobson Carrow") in found
    assert ("Rufus Carrow", "schema:parent", "Elizabeth Ann Reedy") in found
    # the parser hangs the mother on "son": she is no child of the father
    assert ("Elizabeth Ann Reedy", "schema:parent", "William Dobson Carrow") not in found


def test_a_fronted_birthplace_with_the_daughter_of_two_actors_names_the_clauses_subject() -> None:
    found = triples(
        facts_of(
            "Lina Vallo (born 1958) is an Italian actress. Born in Rome, the daughter of actors "
            "Rafe Vallo and Elena Varro, she made her film debut in 1979."
        )
    )
    assert ("Lina Vallo", "schema:parent", "Rafe Vallo") in found
    assert ("Lina Vallo", "schema:parent", "Elena Varro") in found


def test_a_kin_noun_as_the_subject_of_a_copula_names_the_name_after_it() -> None:
    found = triples(
        facts_of(
            "Ross Kessel (1920 – 1992) was a Canadian politician. His brother was Harry Kessel."
        )
    )
    assert ("Ross Kessel", "schema:sibling", "Harry Kessel") in found


def test_a_singular_kin_noun_names_one_person_not_the_list_after_it() -> None:
    found = triples(
        facts_of(
            "Owen Haldane (1801 - 1870) was a Scottish painter. He exhibited in Paris along "
            "with Peter Vance and his brother Louis, Samuel Drake, John Pell and Arthur Crane."
        )
    )
    assert ("Louis", "schema:sibling", "Peter Vance") in found
    # the others are listed with the brothers, not as more brothers
    for name in ("Samuel Drake", "John Pell", "Arthur Crane"):
        assert ("Peter Vance", "schema:sibling", name) not in found
        assert (name, "schema:sibling", "Louis") not in found
