"""Person-name matching, match keys and country look-ups that resolution stands on."""

from __future__ import annotations

import pytest

from textkg.resolve import country_for_adjective, country_for_name, default_aliases
from textkg.resolve.names import (
    initials,
    is_acronym,
    norm_key,
    person_match,
    person_name,
    short_form_match,
    strip_person_titles,
)

NAMES = default_aliases().name_data()


def test_match_keys_ignore_case_accents_script_punctuation_and_hyphens() -> None:
    assert norm_key("Ri Chang-dae") == norm_key("ri chang dae") == "ri chang dae"
    assert norm_key("Pérez") == norm_key("PEREZ")
    assert norm_key("Workers’ Party") == norm_key("Workers Party")
    assert norm_key("Сергей Нарышкин") == "sergey naryshkin"


@pytest.mark.parametrize(
    ("written", "name", "titles"),
    [
        ("Director Sergei Naryshkin", "Sergei Naryshkin", ("Director",)),
        ("Comrade Ri Chang Dae", "Ri Chang Dae", ()),
        ("Mr. Holmes", "Holmes", ()),
        ("Prime Minister Amelia Thornbury", "Amelia Thornbury", ("Prime Minister",)),
        ("de Gaulle", "de Gaulle", ()),
        ("President", "President", ()),  # never strip a name to nothing
    ],
)
def test_person_titles(written: str, name: str, titles: tuple[str, ...]) -> None:
    assert strip_person_titles(written) == (name, titles)


def test_acronyms_and_initials() -> None:
    assert is_acronym("SVR") and is_acronym("U.N.") and is_acronym("DPRK")
    assert not is_acronym("Daily") and not is_acronym("Daily NK")
    assert "MSS" in initials("Ministry of State Security")


SAME_PERSON = [
    ("Sergei Yevgenyevich Naryshkin", "Sergey Yevgenyevich Naryshkin"),
    ("Sergei Naryshkin", "Sergey Yevgenyevich Naryshkin"),
    ("Ri Chang-dae", "Ri Chang Dae"),
    ("Ri Chang-dae", "Ri Changdae"),
    ("Ri Chang-dae", "Lee Chang-dae"),
    ("Kim Jong Un", "Kim Jong-un"),
    ("Kim Jong Un", "김정은"),
    ("Xi Jinping", "习近平"),
    ("Vladimir Putin", "Владимир Путин"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    ("Muammar Gaddafi", "Moammar Qaddafi"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
]
DIFFERENT_PEOPLE = [
    ("Kim Jong Un", "Kim Jong Il"),
    ("Kim Jong Un", "Kim Jong In"),
    ("Kim Jong Un", "Daniel Kim"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("George W. Bush", "George H. W. Bush"),
    ("Martin Smith", "Marvin Smith"),
    ("Ivan Ivanov", "Ivan Ivanova"),
    ("Maria Rossi", "Mario Rossi"),
    ("Jo Smith", "Joe Smith"),
    ("Kim Kardashian", "Kim Jong Un"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person(a: str, b: str) -> None:
    assert person_match(person_name(a), person_name(b), NAMES, allow_initials=False)
    assert person_match(person_name(b), person_name(a), NAMES, allow_initials=False)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people(a: str, b: str) -> None:
    assert person_match(person_name(a), person_name(b), NAMES, allow_initials=False) is None
    assert person_match(person_name(b), person_name(a), NAMES, allow_initials=False) is None


def test_one_word_is_never_enough_across_articles() -> None:
    assert (
        person_match(person_name("Kim"), person_name("Kim Jong Un"), NAMES, allow_initials=False)
        is None
    )


def test_short_forms_within_an_article() -> None:
    def short(a: str, b: str) -> str | None:
        return short_form_match(person_name(a), person_name(b), NAMES)

    assert short("Naryshkin", "Sergei Yevgenyevich Naryshkin") == "surname"
    assert short("Kim", "Kim Jong Un") == "family name"  # family name first
    assert short("S. Naryshkin", "Sergei Naryshkin") == "initials"
    assert short("Chang-dae", "Ri Chang-dae") is None  # a Korean given name alone is no reference
    assert short("Sergei Naryshkin", "Sergei Yevgenyevich Naryshkin")
    # a surname with its particle: "Le Pen" after "Marine Le Pen"; not another given name
    assert short("Le Pen", "Marine Le Pen") == "surname"
    assert short("de Vries", "Pieter de Vries") == "surname"
    assert short("Anna de Vries", "Pieter de Vries") is None
    # a name inside a long full name ("Lula"), not inside a short one
    assert short("Lula", "Luiz Inacio Lula da Silva") == "name inside the full name"
    assert short("Inacio", "Luiz Inacio Silva") is None


def test_countries_by_name_code_and_adjective() -> None:
    assert country_for_name("north korea") == "North Korea"
    assert country_for_name("DPRK") == "North Korea"
    assert country_for_name("Democratic People’s Republic of Korea") == "North Korea"
    assert country_for_name("the Russian Federation") == "Russia"
    assert country_for_name("UK") == country_for_name("Britain") == "United Kingdom"
    assert country_for_name("Korea") is None  # which one?
    assert country_for_name("New Mexico") is None
    assert country_for_name("Daily NK") is None
    assert country_for_adjective("North Korean") == "North Korea"
    assert country_for_adjective("Russians") == "Russia"
    assert country_for_adjective("Korean") is None


def test_every_country_of_the_data_is_found_by_its_own_names() -> None:
    index = default_aliases().country_index()
    for code, label in index.labels.items():
        assert index.code_for_name(label) == code, label


def test_every_form_of_address_of_the_lexicon_is_dropped_from_a_name() -> None:
    from textkg.lexicon import default_lexicon

    for honorific in default_lexicon().honorifics:
        written = " ".join(w.capitalize() for w in honorific.split())
        assert strip_person_titles(f"{written} Ana Ruiz") == ("Ana Ruiz", ()), honorific


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("Foreign Minister Ana Ruiz", "Foreign Minister"),
        ("First Vice Chairman Ana Ruiz", "First Vice Chairman"),
        ("Lt. Gen. Ana Ruiz", "Lt. Gen."),
        ("Prosecutor Ana Ruiz", "Prosecutor"),
    ],
)
def test_a_title_with_its_modifiers_is_one_job_title(written: str, title: str) -> None:
    assert strip_person_titles(written) == ("Ana Ruiz", (title,))
