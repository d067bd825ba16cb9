"""The line recognisers behind metadata extraction, on lines of our own."""

from __future__ import annotations

import datetime

import pytest

from textkg.ingest.datelines import dateline
from textkg.ingest.dates import find_date, parse_date
from textkg.ingest.metadata import (
    Byline,
    MetaDraft,
    byline,
    contact_line,
    copyright_line,
    credit_line,
    is_footer_text,
    meta_from_fields,
    name_like,
    photo_credit_line,
    strip_caption_credit,
    tags_line,
)
from textkg.ingest.units import text_to_units
from textkg.records import ArticleMeta

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 5, 2024", D(2024, 3, 5)),
        ("Sept. 13, 2023", D(2023, 9, 13)),
        ("5 March 2024", D(2024, 3, 5)),
        ("2024-03-05T10:00:00Z", D(2024, 3, 5)),
        ("2024.03.05 14:22", D(2024, 3, 5)),
        ("Updated on Tuesday, 7th May 2024", D(2024, 5, 7)),
        ("2024-02-30", None),
        ("Mar. 25-27", None),
    ],
)
def test_dates(text: str, expected: D | None) -> None:
    assert parse_date(text) == expected


def test_find_date_takes_the_first_written_date() -> None:
    hit = find_date("Published 2 May 2024, updated 2024-05-03")
    assert hit is not None and hit[0] == D(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe and John Smith", Byline(("Jane Roe", "John Smith"))),
        ("BY MARIA LOPEZ", Byline(("MARIA LOPEZ",))),
        ("Posted by Jane Roe on March 5, 2024", Byline(("Jane Roe",), D(2024, 3, 5))),
        ("Jane Roe | 5 March 2024 | 3 min read", Byline(("Jane Roe",), D(2024, 3, 5))),
        ("By Jane Roe, Staff Writer", Byline(("Jane Roe",))),
        ("Jane Roe 12,034 views", Byline(("Jane Roe",))),
        ("Published 2024-04-10", Byline((), D(2024, 4, 10))),
        ("Updated: 16:30, 5 May 2024", Byline((), None, D(2024, 5, 5))),
    ],
)
def test_bylines(text: str, expected: Byline) -> None:
    assert byline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea",  # a bare name-like line is not a byline without other evidence
        "Kim Jong Un Views Missile Launch",
        "By the way, this is not a byline at all.",
        "The minister said on March 5, 2024 that talks would resume.",
        "Latest Stories",
    ],
)
def test_not_bylines(text: str) -> None:
    assert byline(text) is None


def test_credits() -> None:
    plain = credit_line("Translated by Anna Berg. Edited by Tom Hale.")
    assert plain is not None
    assert (plain.translators, plain.editors) == (("Anna Berg",), ("Tom Hale",))
    wire = credit_line(
        "(Reporting by Li Wei in Beijing and Sara Khan; Writing by Omar Haddad; "
        "Editing by Jo Park and Ben Cole)"
    )
    assert wire is not None
    assert wire.authors == ("Li Wei", "Sara Khan", "Omar Haddad")
    assert wire.editors == ("Jo Park", "Ben Cole")
    assert credit_line("Edited by the committee after a long debate.") is None
    assert credit_line("The report was edited by Tom Hale.") is None


def test_tags() -> None:
    assert tags_line("energy, norway, gas prices,", head=True) == ("energy", "norway", "gas prices")
    assert tags_line("Tags: Energy; Norway", head=False) == ("Energy", "Norway")
    assert tags_line("#energy #norway", head=False) == ("energy", "norway")
    assert tags_line("energy, norway, gas prices,", head=False) is None  # only at the top
    assert tags_line("Apples, pears and plums are in season.", head=True) is None
    assert tags_line("Oslo, Bergen, Trondheim", head=True) is None  # capitalised: a list


def test_contact_lines() -> None:
    assert contact_line("jane.roe@harbourpost.example.org") is not None
    named = contact_line("Jane Roe (jane@harbourpost.example.org)")
    assert named is not None and named.name == "Jane Roe"
    assert contact_line("Email: desk@harbourpost.example.org") is not None
    assert (
        contact_line(
            "Please write to desk@harbourpost.example.org if you want to tell us about a "
            "mistake in this story."
        )
        is None
    )


def test_photo_credits() -> None:
    for line in ["Photo=Agency News", "Photo: AP", "(Photo: Reuters)", "AP Photo/Jane Doe",
                 "Image courtesy of the city archive", "Photos by Jane Doe"]:  # fmt: skip
        assert photo_credit_line(line), line
    assert not photo_credit_line("Photographs show the damage to the bridge.")
    assert not photo_credit_line("Photo exhibitions drew large crowds in Arles this summer.")


def test_caption_credit_is_cut_after_the_sentence_only() -> None:
    assert strip_caption_credit("The mayor spoke on Monday. (Harbour Post-Pool)") == (
        "The mayor spoke on Monday."
    )
    for text in ["The mayor met the minister (in Paris).", "It was fine, he said (for now)."]:
        assert strip_caption_credit(text) == text


def test_copyright_holder() -> None:
    assert copyright_line("© 2024 Harbour Post. All rights reserved.") == "Harbour Post"
    assert copyright_line("Copyright 2019-2024 Harbour Post Ltd") == "Harbour Post Ltd"
    assert copyright_line("All rights reserved.") == ""
    assert copyright_line("The copyright dispute went to court in May.") is None


def test_datelines() -> None:
    wire = dateline("SEOUL, March 5 (Northwire) - The talks ended.")
    assert wire is not None and wire.rest == "The talks ended." and wire.agency == "Northwire"
    assert wire.place == "SEOUL"
    assert wire.date is None  # no year: left to the document's date
    dated = dateline("Lisbon, May 2, 2024 — Ministers met.")
    assert dated is not None and dated.date == D(2024, 5, 2) and dated.rest == "Ministers met."
    upper = dateline("NEW YORK (AP) — A judge ruled.")
    assert upper is not None and upper.rest == "A judge ruled."
    assert dateline("The US - China talks ended.") is None
    assert dateline("Lisbon - the capital - was quiet.") is None


def test_names() -> None:
    for name in [
        "Jane Roe",
        "Ludwig van Beethoven",
        "J. R. Hartley",
        "Ri Chang-dae",
        "김정은 위원장",
    ]:
        assert name_like(name), name
    for text in ["The Minister", "Latest News Today and Tomorrow Again Now", "Jane", "Views 300"]:
        assert not name_like(text), text


def test_footer_text() -> None:
    assert is_footer_text("For more information about our network, please visit our FAQ page.")
    assert is_footer_text("Sign up for our newsletter to get the news every morning.")
    assert not is_footer_text('"We will visit our partners in Oslo," the minister said.')


def test_publisher_inference_order() -> None:
    assert MetaDraft(copyright_holders=["Harbour Post"], emails=["a@b.org"]).publisher() == (
        "Harbour Post"
    )
    backed = MetaDraft(site_names=["Fjord News"], emails=["fjordnewsdesk@mail.example.no"])
    assert backed.publisher() == "Fjord News"
    unbacked = MetaDraft(site_names=["Fjord News"], emails=["desk@harbour.co.uk"])
    assert unbacked.publisher() == "harbour.co.uk"
    assert MetaDraft(emails=["someone@gmail.com"]).publisher() is None


def test_explicit_metadata_wins_over_text_and_date_option_comes_last() -> None:
    draft = MetaDraft(headline="From text", dates=[D(2024, 1, 2)], authors=["Jane Roe"])
    explicit = ArticleMeta(headline="From front matter")
    meta = draft.build(explicit, D(2020, 1, 1))
    assert (meta.headline, meta.date_published, meta.authors) == (
        "From front matter",
        D(2024, 1, 2),
        ("Jane Roe",),
    )
    assert MetaDraft().build(ArticleMeta(), D(2020, 1, 1)).date_published == D(2020, 1, 1)


def test_fields_from_front_matter_or_json() -> None:
    meta = meta_from_fields(
        {
            "Title": "  Ferry   talks ",
            "datePublished": "2024-06-01T09:00:00+02:00",
            "authors": [{"name": "Jane Roe"}, "John Smith"],
            "site_name": "Harbour Post",
            "keywords": "ferries, ports",
            "language": "en",
            "translator": "Anna Berg",
        }
    )
    assert meta == ArticleMeta(
        headline="Ferry talks",
        date_published=D(2024, 6, 1),
        authors=("Jane Roe", "John Smith"),
        publisher="Harbour Post",
        keywords=("ferries", "ports"),
        language="en",
        translators=("Anna Berg",),
    )


def test_headline_lists_are_not_joined_as_wrapped_paragraphs() -> None:
    units = text_to_units(
        "Ferry fares rise for the second time this year in the north\n"
        "Bridge repairs to close the harbour road during the summer\n"
        "Market traders protest against the new parking charges there\n"
    )
    assert len(units) == 3
    bullets = text_to_units("• First item of the list\n• Second item of the list\n")
    assert [(u.text, u.list_item) for u in bullets] == [
        ("First item of the list", True),
        ("Second item of the list", True),
    ]


def test_template_index_keeps_hashes_within_its_bound() -> None:
    from textkg.ingest.templates import TemplateIndex

    index = TemplateIndex(min_files=2, max_lines=25)
    for doc in range(5):
        lines = [f"unique line {'abcde'[doc]} {chr(ord('f') + n)}" for n in range(20)]
        index.add_document([*lines, "Shared footer 2024"])
    assert len(index) == 25  # the first document fills it; no more lines are added
    assert index.is_template("shared footer 1999")  # case and numbers do not matter
    assert not index.is_template("unique line a f")


def test_a_datelines_region_may_hold_small_words() -> None:
    line = dateline("ST. JOHN'S, Newfoundland and Labrador, May 4 - The ferry sailed late.")
    assert line is not None and line.rest == "The ferry sailed late."
    assert line.place == "ST. JOHN'S, Newfoundland and Labrador"
    wire = dateline("TUZLA, Bosnia and Herzegovina (Balkanwire) - A court ruled.")
    assert wire is not None and wire.rest == "A court ruled." and wire.agency == "Balkanwire"


def test_a_dateline_town_written_with_accented_capitals() -> None:
    line = dateline("SÃO LUÍS, March 3 (Northwire) - The port reopened.")
    assert line is not None and line.place == "SÃO LUÍS" and line.agency == "Northwire"
    line = dateline("KRAKÓW, Poland, June 2 - The mayor resigned.")
    assert line is not None and line.place == "KRAKÓW, Poland"
    assert dateline("Évora said on Monday - no town - that it would wait.") is None
