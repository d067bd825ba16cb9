"""News shapes the rules cover, read right although the small model slips on them, with
sentences of our own (one per slip)."""

from __future__ import annotations

from fixtures.extract.support import facts_of, facts_with_ents, triples


def test_a_body_naming_its_head_misread_as_described_by_the_verb_gives_the_role() -> None:
    # the parser reads "named" as a relative clause of "Company" with no subject
    text = (
        "The Royal Opera Company on Wednesday named Jane Doe, the head of the Vienna "
        "Music Club, as its next director."
    )
    found = triples(facts_of(text))
    assert ("Jane Doe", "tk:leaderOf", "Royal Opera Company") in found
    assert ("Jane Doe", "tk:leaderOf", "Vienna Music Club") in found


def test_a_body_cut_at_and_before_its_kind_is_one_organisation() -> None:
    # the NER ends the name at "and" (tagging it an event) and leaves the rest untagged
    text = (
        "The merger needs the approval of the Northern Grain and Livestock Commission. "
        "Its chair, Lena Moss, said the board would decide in May."
    )
    facts = facts_with_ents(text, [(6, 10, "EVENT"), (16, 18, "PERSON")])
    found = triples(facts)
    assert ("Lena Moss", "tk:leaderOf", "Northern Grain and Livestock Commission") in found


def test_a_national_body_of_two_fields_joined_by_and_keeps_its_country() -> None:
    text = (
        "The merger needs the approval of the Canadian Grain and Livestock Commission. "
        "Its chair, Lena Moss, said the board would decide in May."
    )
    facts = facts_with_ents(text, [(6, 12, "ORG"), (16, 18, "PERSON")])
    found = triples(facts)
    assert ("Lena Moss", "tk:leaderOf", "Canadian Grain and Livestock Commission") in found


def test_a_name_tagged_a_person_is_a_body_by_an_apposition_read_as_its_conjunct() -> None:
    # the NER calls "Tiny Owl" a person; the parser makes "imprint" its conjunct, not its
    # apposition, though no "and" joins the two
    text = (
        "The deal also brings Tiny Owl, Carver & Lowe's children's imprint, which is based "
        "in Leeds, into the Dutch group."
    )
    assert ("Tiny Owl", "tk:locatedIn", "Leeds") in triples(facts_of(text))


def test_two_people_listed_with_and_are_still_people() -> None:
    text = "The prize went to Anna Berg, Tomas Lind and the publisher, who is based in Leeds."
    names = {m.name: m.entity_type.value for m in facts_of(text).mentions}
    assert names.get("Anna Berg") == "Person"


def test_the_subject_an_opening_born_clause_describes_is_a_person() -> None:
    # the NER calls "Kranjc" an organisation; no body is born
    text = "Born in Nova Gorica, Kranjc won three titles."
    assert ("Kranjc", "schema:birthPlace", "Nova Gorica") in triples(facts_of(text))


def test_an_untagged_town_of_two_words_after_born_in_is_a_place() -> None:
    # the NER leaves the town untagged
    text = "Born in Banja Luka, Petrovic won three titles with the club."
    facts = facts_with_ents(text, [(5, 6, "PERSON")])
    assert ("Petrovic", "schema:birthPlace", "Banja Luka") in triples(facts)


def test_a_person_run_over_the_comma_into_a_body_is_the_person_then_the_body() -> None:
    # the NER tags "Priya Raman, Sport Council Wales's" as one organisation
    text = "Priya Raman, Sport Council Wales's regional director, said the grant was secure."
    facts = facts_with_ents(text, [(0, 7, "ORG")])
    assert ("Priya Raman", "tk:worksFor", "Sport Council Wales") in triples(facts)


def test_a_title_with_a_remit_after_it_is_still_the_persons() -> None:
    text = (
        "Priya Raman, Sport Council Wales's area director for the north, said the grant was secure."
    )
    assert ("Priya Raman", "tk:worksFor", "Sport Council Wales") in triples(facts_of(text))


def test_a_hyphened_name_after_an_occupation_and_at_is_the_employer() -> None:
    # the NER tags the name's two halves as places, joined as one place
    text = "Lena Roux, a forecaster at Meteo-Suisse, warned of frost."
    facts = facts_with_ents(text, [(0, 2, "PERSON"), (6, 7, "GPE"), (8, 9, "GPE")])
    assert ("Lena Roux", "tk:worksFor", "Meteo-Suisse") in triples(facts)
