"""A bare surname in an article with two people of that family (textkg.resolve.people)."""

from __future__ import annotations

from fixtures.resolve.builder import Doc, P, entity_of, label_of
from textkg.resolve import resolve_entities


def test_a_bare_surname_goes_to_the_family_member_named_first() -> None:
    doc = Doc(
        "a.txt",
        [
            "Defence Minister Ingrid Halvorsen opened the session.",
            "Her brother Tomas Halvorsen watched from the gallery.",
            "Halvorsen said the budget would grow.",
        ],
    )
    ingrid = doc.m("Ingrid Halvorsen", P)
    tomas = doc.m("Tomas Halvorsen", P)
    bare = doc.m("Halvorsen", P, 2)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, bare) == entity_of(r, doc, ingrid) != entity_of(r, doc, tomas)


def test_a_surname_before_any_full_name_goes_to_the_one_named_first() -> None:
    doc = Doc(
        "a.txt",
        [
            "Halvorsen wins the budget vote.",
            "Ingrid Halvorsen, the defence minister, won by four votes.",
            "Tomas Halvorsen, her brother, voted against.",
        ],
    )
    bare = doc.m("Halvorsen", P)
    ingrid = doc.m("Ingrid Halvorsen", P)
    doc.m("Tomas Halvorsen", P)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, bare) == entity_of(r, doc, ingrid)


def test_relatives_named_together_are_told_apart_by_the_one_named_last() -> None:
    doc = Doc(
        "a.txt",
        [
            "Marta Lindqvist and Jonas Lindqvist founded the rowing club in Tartu.",
            "Jonas Lindqvist coached its first crew.",
            "Lindqvist laughed at the memory.",
            "Marta Lindqvist kept the accounts.",
            "Lindqvist still does.",
        ],
    )
    marta = doc.m("Marta Lindqvist", P)
    jonas = doc.m("Jonas Lindqvist", P)
    doc.m("Jonas Lindqvist", P, 1)
    doc.m("Marta Lindqvist", P, 1)
    laughed = doc.m("Lindqvist", P, 3)
    still = doc.m("Lindqvist", P, 5)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, laughed) == entity_of(r, doc, jonas)
    assert entity_of(r, doc, still) == entity_of(r, doc, marta)
    assert entity_of(r, doc, marta) != entity_of(r, doc, jonas)


def test_a_true_tie_stays_one_unresolved_name() -> None:
    doc = Doc(
        "a.txt",
        [
            "Marta Lindqvist and Jonas Lindqvist founded the rowing club in Tartu.",
            "Lindqvist said it would grow. Lindqvist did not say how.",
        ],
    )
    marta = doc.m("Marta Lindqvist", P)
    jonas = doc.m("Jonas Lindqvist", P)
    first = doc.m("Lindqvist", P, 2)
    second = doc.m("Lindqvist", P, 3)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, first) == entity_of(r, doc, second)
    assert entity_of(r, doc, first) not in (entity_of(r, doc, marta), entity_of(r, doc, jonas))
    assert label_of(r, doc, first) == "Lindqvist"


def test_one_person_written_two_ways_is_no_family() -> None:
    doc = Doc(
        "a.txt",
        [
            "Sergei Ivanovich Volkov arrived. Sergei Volkov then spoke.",
            "Volkov left early. Volkov did not return.",
        ],
    )
    full = doc.m("Sergei Ivanovich Volkov", P)
    doc.m("Sergei Volkov", P)
    first = doc.m("Volkov", P, 2)
    second = doc.m("Volkov", P, 3)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, first) == entity_of(r, doc, second) == entity_of(r, doc, full)


def test_a_surname_written_with_its_particles_joins_the_full_name() -> None:
    doc = Doc(
        "a.txt",
        ["Commissioner Hanna van der Velde opened the hearing.", "van der Velde took questions."],
    )
    full = doc.m("Hanna van der Velde", P)
    short = doc.m("van der Velde", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, full)


def test_a_spanish_double_surname_is_written_short_as_the_first_or_both() -> None:
    doc = Doc(
        "a.txt",
        [
            "Governor Rosa Echeverría Lagos cut the rate.",
            "Echeverría said inflation had fallen.",
            "Economist Pablo Fuentes Ortega agreed.",
            "Fuentes Ortega said the cut was overdue.",
        ],
    )
    rosa = doc.m("Rosa Echeverría Lagos", P)
    short = doc.m("Echeverría", P, 1)  # its second occurrence: the one written alone
    pablo = doc.m("Pablo Fuentes Ortega", P)
    both = doc.m("Fuentes Ortega", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, rosa)
    assert entity_of(r, doc, both) == entity_of(r, doc, pablo)


def test_a_first_surname_no_list_knows_is_the_person_written_short() -> None:
    doc = Doc(
        "a.txt",
        ["Kenji Tanabe Rios stays on as chief executive.", "Tanabe joined the operator in 2018."],
    )
    full = doc.m("Kenji Tanabe Rios", P)
    short = doc.m("Tanabe", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, full)


def test_a_middle_given_name_alone_is_not_the_person() -> None:
    doc = Doc("a.txt", ["Anna Maria Rossi chairs the board.", "Maria spoke next."])
    full = doc.m("Anna Maria Rossi", P)
    other = doc.m("Maria", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, other) != entity_of(r, doc, full)


def test_the_last_two_words_of_a_three_word_name_are_that_person_whatever_the_first_is() -> None:
    doc = Doc(
        "a.txt",
        [
            "Peru's trade minister, Marco Vaca Ortiz, flew to Cusco.",
            "Vaca Ortiz said the port would grow.",
        ],
    )
    full = doc.m("Marco Vaca Ortiz", P)
    short = doc.m("Vaca Ortiz", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, full)
