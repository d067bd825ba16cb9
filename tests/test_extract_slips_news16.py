"""News shapes the rules cover, read right although the small model slips on a name in
them, with sentences of our own (one per slip)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, triples


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


def test_a_club_tagged_a_person_is_a_club_by_its_apposition_hung_elsewhere() -> None:
    # the NER calls "Dalvik" a person and the parser hangs "the Hafnarfjordur club" on the
    # assistant; the apposition right after the name's comma still says what it is
    text = (
        "His assistant will be Jon Olafsson, a former captain who now coaches the youth "
        "side of Dalvik, the Hafnarfjordur club where both men once played."
    )
    facts = facts_with_ents(text, [(4, 6, "PERSON"), (17, 18, "PERSON"), (20, 21, "GPE")])
    assert ("Dalvik", "tk:locatedIn", "Hafnarfjordur") in triples(facts)


def test_a_verb_after_a_passive_who_clause_is_the_persons() -> None:
    # "and took over" hangs on "is coached", whose passive subject is no one's agent here
    text = (
        "The national side is coached by Tomas Reyes, who was born in Mendoza, Argentina, "
        "and took over Atletico Sarmiento in March."
    )
    assert ("Tomas Reyes", "tk:leaderOf", "Atletico Sarmiento") in triples(facts_of(text))


def test_one_of_several_with_a_name_apposed_is_the_named_person() -> None:
    # the subject is "One"; the name the parser apposes to it does the work
    text = "One of the guides, Marta Oyarzun, has worked at Vista Nevada for six winters."
    assert ("Marta Oyarzun", "tk:worksFor", "Vista Nevada") in triples(facts_of(text))


def test_a_body_run_together_with_the_kind_before_it_is_named_alone() -> None:
    # the NER tags "the national mining institute INGEMMA" as one organisation
    text = (
        "Ana Rojas, a geologist at the national mining institute INGEMMA, said the slope "
        "could fail."
    )
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (6, 11, "ORG")])
    assert ("Ana Rojas", "tk:worksFor", "INGEMMA") in triples(facts)


def test_a_party_named_with_and_before_its_leaders_title_is_one_name() -> None:
    # the NER tags only "Progress"; the party is "Peace and Progress"
    text = "Peace and Progress leader Anton Varga said the result showed that voters wanted change."
    assert ("Anton Varga", "tk:leaderOf", "Peace and Progress") in triples(facts_of(text))


def test_two_names_joined_by_and_before_a_title_stay_apart() -> None:
    facts = facts_of(
        "Donald Tusk spoke first. Analysts said Tusk and Civic Platform leader Anton Varga lost."
    )
    assert "Tusk and Civic Platform" not in {m.name for m in facts.mentions}
