"""Guards from the review of this session's rules (a body sited in a town, "X-born", a
gerund of buying, a role held on after a sale, a city before a kind of firm); our own
sentences."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, triples


def test_a_body_sited_in_a_town_is_there_now() -> None:
    found = triples(
        facts_of("Corvan Ltd, which sits beside the botanical garden in Sheffield, grew.")
    )
    assert ("Corvan Ltd", "tk:locatedIn", "Sheffield") in found


@pytest.mark.parametrize(
    "text",
    [
        "Corvan Ltd would be housed in a former mill in Leeds under the plan.",
        "Corvan Ltd was housed in a former mill in Leeds until 2010.",
        "Corvan Ltd sits at the top of the market in Leeds.",
        "Corvan Ltd stands in the election in Leeds as a sponsor.",
    ],
)
def test_a_planned_or_past_seat_or_no_site_places_no_body(text: str) -> None:
    assert ("Corvan Ltd", "tk:locatedIn", "Leeds") not in triples(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bergen-born pianist Mara Velde played at the festival.", "Mara Velde"),
        ("Mara Velde met Bergen-born cellist Tomas Reyk in Leeds.", "Tomas Reyk"),
        ("Mara Velde, a Bergen-born cellist, met Tomas Reyk in Leeds.", "Mara Velde"),
    ],
)
def test_a_town_born_before_a_kind_of_person_is_the_persons_birthplace(
    text: str, person: str
) -> None:
    found = triples(facts_of(text))
    assert (person, "schema:birthPlace", "Bergen") in found
    assert all(t[1] != "schema:birthPlace" or t[0] == person for t in found)


@pytest.mark.xfail(
    reason="acquired-part reads every reported purchase as a holding now; a sale of the same "
    "company in the sentence (here through the new gerund reading) is not weighed",
    strict=True,
)
def test_a_company_sold_after_acquiring_it_is_no_part_now() -> None:
    found = triples(
        facts_of("Hollin Group sold Ravenmoor Textiles in 2019 after acquiring it in 2011.")
    )
    assert ("Ravenmoor Textiles", "tk:partOf", "Hollin Group") not in found


@pytest.mark.xfail(
    reason="'Its founder' after 'X plans to buy Y' resolves to the would-be buyer X; the "
    "founder who stays on belongs to Y (the stays-on rule needs a sale reported done)",
    strict=True,
)
def test_a_founder_staying_on_after_a_planned_sale_leads_no_buyer() -> None:
    found = triples(
        facts_of(
            "Hollin Group plans to buy Ravenmoor Textiles. Its founder, Dara Quill, will stay "
            "on as managing director."
        )
    )
    assert ("Dara Quill", "tk:leaderOf", "Hollin Group") not in found


@pytest.mark.xfail(
    reason="a city before a kind of firm is read only in apposition after the name, not "
    "when the description opens the sentence before it",
    strict=True,
)
def test_a_city_firm_description_before_its_name() -> None:
    found = triples(facts_of("A Grenoble cosmetics maker, Lunaire Beaute, was fined on Monday."))
    assert ("Lunaire Beaute", "tk:locatedIn", "Grenoble") in found


@pytest.mark.xfail(
    reason="a participle of employment bounded by 'until' is still read as a current job",
    strict=True,
)
def test_a_job_until_a_year_is_over() -> None:
    found = triples(
        facts_of(
            "Mara Velde, an engineer from Norway employed by Corvan Ltd until 2015, now "
            "lives in Leeds."
        )
    )
    assert ("Mara Velde", "tk:worksFor", "Corvan Ltd") not in found


def test_them_after_a_sentence_of_things_is_no_pair_two_sentences_back() -> None:
    found = triples(
        facts_of(
            "Mara Velde welcomed Tomas Reyk in Oslo. The delegations signed four trade "
            "agreements. Ilse Brann received them in the afternoon."
        )
    )
    assert ("Mara Velde", "tk:metWith", "Tomas Reyk") in found
    assert not [t for t in found if "Ilse Brann" in (t[0], t[2])]


def test_them_two_sentences_back_past_a_sentence_of_no_things() -> None:
    found = triples(
        facts_of(
            "Mara Velde welcomed Tomas Reyk in Oslo. Reyk had flown in from Rome. Ilse Brann "
            "joined them for dinner."
        )
    )
    assert ("Mara Velde", "tk:metWith", "Ilse Brann") in found


@pytest.mark.xfail(
    reason="'engage X as' reads any role as a job; one engaged as a speaker at a conference "
    "is booked for an occasion, not employed",
    strict=True,
)
def test_engaged_as_a_speaker_is_no_job() -> None:
    found = triples(
        facts_of("Corvan Ltd engaged Mara Velde as a speaker at its annual conference.")
    )
    assert ("Mara Velde", "tk:worksFor", "Corvan Ltd") not in found
