"""News shapes the rules cover, read right although the small model slips on a name in
them, with sentences of our own (one per slip)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_name_whose_first_word_is_tagged_a_nationality_is_whole() -> None:
    # the NER tags only "Caspian" (a group of people); the classifier shows the name runs on
    text = (
        "The ferry is operated by Kestrel Line, a Riga-based company owned by the "
        "shipping group Caspian Horizon."
    )
    assert ("Kestrel Line", "tk:partOf", "Caspian Horizon") in triples(facts_of(text))


def test_a_verb_after_a_who_clause_with_a_clause_inside_it_is_the_persons() -> None:
    # the parser hangs "and met" on "included" (past the "where" clause inside the "who"
    # clause), whose subject names no one: the person the "who" clause is about met
    text = (
        "Eleni Papadakis opened the congress in Limassol. Guests included Maria Lund, "
        "general secretary of the Nordic Teachers Union (NTU), who flew to Cyprus from "
        "Oslo, where the union is based, and met Papadakis on Friday morning."
    )
    assert ("Maria Lund", "tk:metWith", "Papadakis") in triples(facts_of(text))
