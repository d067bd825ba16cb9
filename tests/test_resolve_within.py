"""Resolution within one article: names a company is written short by."""

from __future__ import annotations

from fixtures.resolve.builder import ORG, Doc, entity_of
from textkg.resolve import resolve_entities


def test_a_short_name_after_a_company_and_its_named_unit_is_the_company() -> None:
    doc = Doc(
        "a.txt",
        [
            "Tarvel Brewing, the Leeds-based brewer, raised its prices.",
            "Its Irish unit, Tarvel Ireland, will follow in May.",
            "Tarvel sold 40 million litres last year.",
        ],
    )
    company = doc.m("Tarvel Brewing", ORG)
    unit = doc.m("Tarvel Ireland", ORG)
    short = doc.m("Tarvel", ORG, 2)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, company)
    assert entity_of(r, doc, unit) != entity_of(r, doc, company)


def test_a_clubs_name_without_its_prefix_after_the_full_name_is_the_club() -> None:
    doc = Doc(
        "a.txt",
        [
            "Atlético Soyapango sold its striker on Monday.",
            "He held talks with Soyapango's president, Roberto Díaz.",
        ],
    )
    club = doc.m("Atlético Soyapango", ORG)
    short = doc.m("Soyapango", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, club)


def test_a_companys_name_without_its_kind_word_in_another_language_is_the_company() -> None:
    doc = Doc(
        "a.txt",
        [
            "Banco Austral, a lender based in Maputo, opened a branch on Monday.",
            "Austral's chief executive, Rui Maia, said the bank would grow.",
        ],
    )
    bank = doc.m("Banco Austral", ORG)
    short = doc.m("Austral", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, bank)


def test_a_short_name_the_article_gives_its_own_kind_is_not_the_prefixed_company() -> None:
    """A guard: "Nacional, the Montevideo club" is not "Banco Nacional"."""
    doc = Doc(
        "a.txt",
        [
            "Banco Nacional sponsored the final on Sunday.",
            "Nacional, the Montevideo club, won it.",
        ],
    )
    bank = doc.m("Banco Nacional", ORG)
    club = doc.m("Nacional", ORG, 1, kinds=("club",))
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, club) != entity_of(r, doc, bank)


def test_a_regions_name_without_its_kind_word_is_the_region() -> None:
    from textkg.records import EntityType

    area = EntityType.ADMINISTRATIVE_AREA
    doc = Doc(
        "a.txt",
        [
            "The port opened with Tarnova Governor Peter Kaupa in attendance.",
            "Lae, the capital of Tarnova Province, is busy.",
            "Kano is the largest city of Kano State.",
        ],
    )
    short = doc.m("Tarnova", area)
    full = doc.m("Tarnova Province", area)
    city = doc.m("Kano", EntityType.CITY)
    state = doc.m("Kano State", area)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, full)
    assert entity_of(r, doc, city) != entity_of(r, doc, state)  # a town is not its region
