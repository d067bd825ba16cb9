"""The dates rule: one shape of sentence each (our own sentences, across domains), the subject
each date belongs to, and what is never a date (ages, durations, decades, counts)."""

from __future__ import annotations

from datetime import date

import pytest

from textkg.extract import extract_facts
from textkg.extract.dates import stated_date
from textkg.namespaces import curie
from textkg.nlp import load_model
from textkg.records import ArticleMeta, ArticleText, DatePrecision

Fact = tuple[str, str, str]


def dates(text: str, published: date | None = None) -> set[Fact]:
    """(subject, property, date as far as stated) of every date found in ``text``."""
    article = ArticleText("bio.txt", text, ArticleMeta(date_published=published))
    found = extract_facts(load_model()(text), article)
    return {(d.subject.name, curie(d.predicate), d.iso) for d in found.dates}


def test_born_in_a_bracket_after_the_name() -> None:
    assert dates("Orla Brennan (born 4 May 1961) is an Irish chemist.") == {
        ("Orla Brennan", "schema:birthDate", "1961-05-04")
    }


def test_a_life_in_a_bracket_to_the_day() -> None:
    assert dates("Pell Okafor (4 May 1961 – 2 June 2020) was a Nigerian poet.") == {
        ("Pell Okafor", "schema:birthDate", "1961-05-04"),
        ("Pell Okafor", "schema:deathDate", "2020-06-02"),
    }


def test_a_life_in_a_bracket_in_years() -> None:
    assert dates("Tomas Healy (1902–1980) was a Welsh painter.") == {
        ("Tomas Healy", "schema:birthDate", "1902"),
        ("Tomas Healy", "schema:deathDate", "1980"),
    }


def test_abbreviated_marks_in_a_bracket() -> None:
    assert dates("Karl Weber (b. 1950) is an Austrian architect.") == {
        ("Karl Weber", "schema:birthDate", "1950")
    }
    assert dates("Karl Weber (d. 1999) was an Austrian architect.") == {
        ("Karl Weber", "schema:deathDate", "1999")
    }


def test_born_on_a_day_before_the_place() -> None:
    assert dates("Karl Weber was born on 4 May 1961 in Cork.") == {
        ("Karl Weber", "schema:birthDate", "1961-05-04")
    }


def test_born_in_a_place_then_on_a_day() -> None:
    assert dates("Karl Weber was born in Cork, Ireland, on May 4, 1961.") == {
        ("Karl Weber", "schema:birthDate", "1961-05-04")
    }


def test_born_in_a_year() -> None:
    assert dates("The cyclist Ilse Rahn was born in 1961.") == {
        ("Ilse Rahn", "schema:birthDate", "1961")
    }


def test_died_on_a_day() -> None:
    assert dates("The conductor Ilse Rahn died on 2 June 2020.") == {
        ("Ilse Rahn", "schema:deathDate", "2020-06-02")
    }


def test_died_in_a_year_said_of_a_pronoun_is_the_persons() -> None:
    assert dates("Karl Weber was born in 1931. He died in 2020.") == {
        ("Karl Weber", "schema:birthDate", "1931"),
        ("Karl Weber", "schema:deathDate", "2020"),
    }


def test_who_died_in_a_relative_clause() -> None:
    assert dates("Ilse Rahn, who died in 1987, was a jazz singer.") == {
        ("Ilse Rahn", "schema:deathDate", "1987")
    }


def test_founded_in_a_year_by_a_person_dates_the_organisation() -> None:
    found = dates("The Harlow Trust was founded in 1998 by Edwin Carver.")
    assert found == {("Harlow Trust", "schema:foundingDate", "1998")}


def test_founded_in_a_month() -> None:
    assert dates("The Harlow Trust was founded in March 1998.") == {
        ("Harlow Trust", "schema:foundingDate", "1998-03")
    }


def test_established_in_a_year() -> None:
    assert dates("The Harlow Trust was established in 1921.") == {
        ("Harlow Trust", "schema:foundingDate", "1921")
    }


def test_since_its_founding() -> None:
    assert dates("The Harlow Trust has grown since its founding in 1998.") == {
        ("Harlow Trust", "schema:foundingDate", "1998")
    }


def test_a_person_founded_an_organisation_in_a_year() -> None:
    assert dates("Edwin Carver founded the Harlow Trust in 1921.") == {
        ("Harlow Trust", "schema:foundingDate", "1921")
    }


def test_founded_participle_before_the_name() -> None:
    assert dates("Founded in 1998, the Harlow Trust runs schools in Kenya.") == {
        ("Harlow Trust", "schema:foundingDate", "1998")
    }


def test_founded_in_a_bracket_after_an_organisation() -> None:
    assert dates("The Harlow Trust (founded 1921) runs schools.") == {
        ("Harlow Trust", "schema:foundingDate", "1921")
    }


def test_the_bracket_dates_the_person_it_follows_not_the_sentence_subject() -> None:
    found = dates("Orla Brennan studied under Karl Weber (1902–1980) in Vienna.")
    assert found == {
        ("Karl Weber", "schema:birthDate", "1902"),
        ("Karl Weber", "schema:deathDate", "1980"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Karl Weber was born 45 years ago in Graz.",
        "Karl Weber died at the age of 85.",
        "Karl Weber was born in the 1960s.",
        "Edwin Carver founded 1200 schools.",
        "Karl Weber was born in 1961 years of war.",
        "Mayor Karl Weber (2001–2005) cut taxes.",  # a term of office, not a life
        "Her father was born in 1931.",  # no named person is the subject
        "Karl Weber was not born in 1961.",
    ],
)
def test_ages_durations_decades_counts_and_terms_are_never_dates(text: str) -> None:
    assert dates(text) == set()


def test_a_date_after_the_article_was_published_is_none() -> None:
    text = "The Harlow Trust was founded in 2031."
    assert dates(text, published=date(2025, 1, 1)) == set()
    assert dates(text) == {("Harlow Trust", "schema:foundingDate", "2031")}


def test_the_date_keeps_its_words_precision_and_evidence() -> None:
    text = "Ilse Rahn was a singer. Ilse Rahn was born on 4 May 1961 in Graz."
    found = extract_facts(load_model()(text), ArticleText("bio.txt", text))
    (fact,) = found.dates
    assert (fact.text, fact.value, fact.precision) == ("4 May 1961", date(1961, 5, 4), "day")
    assert fact.sentence == 1 and fact.extractor == "date-born" and 0 < fact.confidence <= 1
    assert text[fact.subject.start : fact.subject.end] == "Ilse Rahn"


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("4 May 1961, in Cork", "1961-05-04", DatePrecision.DAY),
        ("May 4, 1961", "1961-05-04", DatePrecision.DAY),
        ("Sept. 3, 1950", "1950-09-03", DatePrecision.DAY),
        ("March 1998", "1998-03-01", DatePrecision.MONTH),
        ("1961", "1961-01-01", DatePrecision.YEAR),
    ],
)
def test_stated_dates(text: str, iso: str, precision: DatePrecision) -> None:
    found = stated_date(text)
    assert found is not None and (found.value.isoformat(), found.precision) == (iso, precision)


@pytest.mark.parametrize("text", ["1960s", "may 1961", "31 February 1961", "120 schools", "85"])
def test_what_is_no_stated_date(text: str) -> None:
    assert stated_date(text) is None


def test_formed_and_incorporated_date_a_founding() -> None:
    assert dates("Ravi Menon formed Lotus Film Company in 1931 with two friends.") == {
        ("Lotus Film Company", "schema:foundingDate", "1931")
    }


def test_a_kind_of_organisation_established_in_a_month() -> None:
    found = dates("Kestrel Force was an Australian Army formation established in March 1941.")
    assert found == {("Kestrel Force", "schema:foundingDate", "1941-03")}


def test_a_life_with_places_in_the_bracket() -> None:
    text = "Eva Hlavac (18 December 1931 in Kladno – 10 November 1991 in Prague) was a gymnast."
    assert dates(text) == {
        ("Eva Hlavac", "schema:birthDate", "1931-12-18"),
        ("Eva Hlavac", "schema:deathDate", "1991-11-10"),
    }
    text = "Rudolf Halin (February 3, 1934, Uerdingen – November 14, 2014, Mölln) was a scholar."
    assert dates(text) == {
        ("Rudolf Halin", "schema:birthDate", "1934-02-03"),
        ("Rudolf Halin", "schema:deathDate", "2014-11-14"),
    }


def test_a_bracket_after_the_names_comma_or_after_another_bracket() -> None:
    assert dates("Arthur Percival, (26 December 1887 – 31 January 1966) was an officer.") == {
        ("Arthur Percival", "schema:birthDate", "1887-12-26"),
        ("Arthur Percival", "schema:deathDate", "1966-01-31"),
    }
    assert dates("Ali Ahmed (Arabic: علي احمد) (August 1, 1979 – June 10, 2006) was a clerk.") == {
        ("Ali Ahmed", "schema:birthDate", "1979-08-01"),
        ("Ali Ahmed", "schema:deathDate", "2006-06-10"),
    }


def test_born_and_died_marked_inside_one_bracket() -> None:
    text = (
        "Alecu Rosso (born on March 17, 1819, near Iasi, died on February 5, 1859), was a writer."
    )
    assert dates(text) == {
        ("Alecu Rosso", "schema:birthDate", "1819-03-17"),
        ("Alecu Rosso", "schema:deathDate", "1859-02-05"),
    }


def test_an_open_life_and_a_two_digit_death_year() -> None:
    assert dates("Imre Puskar (1966– ) is a Hungarian jurist.") == {
        ("Imre Puskar", "schema:birthDate", "1966")
    }
    assert dates("He was the son of Johan Angell (1820 – 88), a priest.") == {
        ("Johan Angell", "schema:birthDate", "1820"),
        ("Johan Angell", "schema:deathDate", "1888"),
    }


def test_a_death_noun_dates_whose_death_it_was() -> None:
    assert dates("After Arias Moreno's death in 1988, Endara led the opposition.") == {
        ("Arias Moreno", "schema:deathDate", "1988")
    }
    assert dates("The assassination of Ilse Rahn in March 1961 shocked Vienna.") == {
        ("Ilse Rahn", "schema:deathDate", "1961-03")
    }
    assert dates("Karl Weber was hanged. The death toll in 2020 rose.") == set()


def test_a_date_said_to_be_about_is_none() -> None:
    found = dates("Her parents were Karl Weber (1678 – 1733) and Ilse Rahn (c.1680 – 1764).")
    assert found == {
        ("Karl Weber", "schema:birthDate", "1678"),
        ("Karl Weber", "schema:deathDate", "1733"),
    }
    assert dates("Ilse Rahn (born circa 1680) was a weaver.") == set()
    assert dates("Guido Rahn (died between 1296 and 1300) was an astrologer.") == set()


def test_a_date_said_of_a_pronoun_carries_less_confidence() -> None:
    text = "Karl Weber was born in 1931 in Graz. He died in 2003 in Vienna."
    found = extract_facts(load_model()(text), ArticleText("bio.txt", text)).dates
    confidence = {d.extractor: d.confidence for d in found}
    assert confidence["date-died+coreference"] < confidence["date-born"]
