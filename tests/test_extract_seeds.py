"""The seed articles' facts, each with its evidence (read from ../shared, never copied).

Each article goes through ingest and the project's parser as a build would; the
publication dates are given here (the files do not state them) so that dates resolve.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from textkg.extract import extract_facts
from textkg.namespaces import curie
from textkg.records import ArticleFacts, EventFact, EventKind, RelationFact, SkippedInput

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 4, 2)


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, ArticleFacts]:
    from textkg.ingest import IngestOptions, read_articles
    from textkg.nlp import load_model

    nlp = load_model()
    found = {}
    for item in read_articles(sorted(str(p) for p in seeds_dir.glob("*.txt")), IngestOptions()):
        assert not isinstance(item, SkippedInput), item
        meta = dataclasses.replace(item.meta, date_published=PUBLISHED)
        article = dataclasses.replace(item, meta=meta)
        found[Path(item.source).name[:3]] = extract_facts(nlp(article.text), article)
    assert set(found) == {"000", "001"}
    return found


def relations(facts: ArticleFacts, subject: str, predicate: str, obj: str) -> list[RelationFact]:
    """Relations whose names contain the given words (names as the article writes them)."""
    return [
        r
        for r in facts.relations
        if curie(r.predicate) == predicate
        and (
            (subject in r.subject.name and obj in r.object.name)
            or (predicate == "tk:metWith" and subject in r.object.name and obj in r.subject.name)
        )
    ]


def with_evidence(facts: ArticleFacts, found: list[RelationFact]) -> RelationFact:
    assert found, "not found"
    relation = found[0]
    sentence = facts.sentences[relation.sentence]
    assert sentence.text == facts.article.text[sentence.start : sentence.end]
    assert relation.subject.text in sentence.text and relation.object.text in sentence.text
    assert relation.extractor and 0 < relation.confidence <= 1
    return relation


def meeting(facts: ArticleFacts, *names: str) -> EventFact:
    for event in facts.events:
        got = [m.name for m in event.participants]
        if event.kind is EventKind.MEETING and all(any(n in g for g in got) for n in names):
            return event
    raise AssertionError(f"no meeting of {names}")


def test_naryshkin_leads_the_svr(seeds: dict[str, ArticleFacts]) -> None:
    for key in ("000", "001"):
        found = relations(seeds[key], "Naryshkin", "tk:leaderOf", "Foreign Intelligence Service")
        with_evidence(seeds[key], found)
    # in the first article the SVR is also written by its acronym, named the same
    svr = [m for m in seeds["000"].mentions if m.text == "SVR"]
    assert svr and all(m.name == "Foreign Intelligence Service" for m in svr)


def test_ri_chang_dae_leads_the_ministry_of_state_security(seeds: dict[str, ArticleFacts]) -> None:
    for key, name in (("000", "Ri Chang-dae"), ("001", "Ri Chang Dae")):
        found = relations(seeds[key], name, "tk:leaderOf", "Ministry of State Security")
        with_evidence(seeds[key], found)
        found = relations(seeds[key], "Ministry of State Security", "tk:partOf", "North Korea")
        assert found


def test_naryshkin_met_ri_chang_dae_in_pyongyang_on_25_to_27_march(
    seeds: dict[str, ArticleFacts],
) -> None:
    facts = seeds["000"]
    with_evidence(facts, relations(facts, "Naryshkin", "tk:metWith", "Ri Chang-dae"))
    event = meeting(facts, "Naryshkin", "Ri Chang-dae")
    assert event.place is not None and event.place.name == "Pyongyang"
    assert (event.start_date, event.end_date) == (date(2024, 3, 25), date(2024, 3, 27))
    # the second article says only "the Director of the SVR": the role names him
    later = meeting(seeds["001"], "Ri Chang Dae", "Naryshkin")
    assert later.place is not None and later.place.name == "Pyongyang"


def test_kim_jong_un_met_putin_at_the_vostochny_cosmodrome(seeds: dict[str, ArticleFacts]) -> None:
    facts = seeds["000"]
    with_evidence(facts, relations(facts, "Kim Jong Un", "tk:metWith", "Vladimir Putin"))
    event = meeting(facts, "Kim Jong Un", "Vladimir Putin")
    assert event.place is not None and event.place.name == "Vostochny Cosmodrome"
    assert event.start_date == event.end_date == date(2023, 9, 13)


def test_the_vostochny_cosmodrome_is_in_russia(seeds: dict[str, ArticleFacts]) -> None:
    facts = seeds["000"]
    with_evidence(facts, relations(facts, "Vostochny Cosmodrome", "tk:locatedIn", "Russia"))


def test_kim_jong_il_led_the_national_defense_commission(seeds: dict[str, ArticleFacts]) -> None:
    facts = seeds["001"]
    found = relations(facts, "Kim Jong Il", "tk:leaderOf", "National Defense Commission")
    with_evidence(facts, found)


def test_rodong_sinmun_is_part_of_the_workers_party(seeds: dict[str, ArticleFacts]) -> None:
    facts = seeds["001"]
    with_evidence(facts, relations(facts, "Rodong Sinmun", "tk:partOf", "Workers' Party"))


def test_the_leaders_head_their_countries(seeds: dict[str, ArticleFacts]) -> None:
    facts = seeds["000"]
    assert relations(facts, "Vladimir Putin", "tk:leaderOf", "Russia")
    assert relations(facts, "Vladimir Putin", "tk:nationality", "Russia")
    assert relations(facts, "Kim Jong Un", "tk:leaderOf", "North Korea")


def test_the_newspapers_quotes_are_its_own(seeds: dict[str, ArticleFacts]) -> None:
    quotes = seeds["001"].quotes
    assert quotes and all(q.speaker.name == "Rodong Sinmun" for q in quotes)
