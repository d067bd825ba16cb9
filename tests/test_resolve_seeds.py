"""Resolution of the two seed articles, end to end: ingest, spaCy, extract, resolve.

The articles are read from ../shared (never copied). Each test is one promise of issue 5.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textkg.records import ArticleFacts, Entity, EntityType, Resolution, SkippedInput
from textkg.resolve import find_entities, keyword_links, resolve_entities

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_facts(seeds_dir: Path) -> list[ArticleFacts]:
    from textkg.extract import extract_facts
    from textkg.ingest import IngestOptions, read_articles
    from textkg.nlp import load_model

    nlp = load_model()
    facts = []
    for item in read_articles(sorted(str(p) for p in seeds_dir.glob("*.txt")), IngestOptions()):
        assert not isinstance(item, SkippedInput), item
        facts.append(extract_facts(nlp(item.text), item))
    return sorted(facts, key=lambda f: f.article.source)


@pytest.fixture(scope="module")
def resolution(seed_facts: list[ArticleFacts]) -> Resolution:
    return resolve_entities(seed_facts)


def one(resolution: Resolution, name: str) -> Entity:
    found = find_entities(resolution, name)
    assert len(found) == 1, (name, [e.key for e in found])
    return found[0]


def names_of(entity: Entity) -> set[str]:
    return {entity.label, *entity.alt_labels}


def test_every_mention_has_an_entity(
    seed_facts: list[ArticleFacts], resolution: Resolution
) -> None:
    for facts in seed_facts:
        for mention in facts.mentions:
            assert resolution.entity_key(facts.article, mention) is not None, mention


def test_naryshkin_is_one_person_under_both_spellings_and_the_surname(
    resolution: Resolution,
) -> None:
    person = one(resolution, "Sergei Yevgenyevich Naryshkin")
    assert person.entity_type is EntityType.PERSON
    assert {
        "Sergei Yevgenyevich Naryshkin",
        "Sergey Yevgenyevich Naryshkin",
        "Naryshkin",
    } <= names_of(person)
    assert one(resolution, "Sergey Yevgenyevich Naryshkin") == person
    assert one(resolution, "Naryshkin") == person
    assert "Director" in person.job_titles


def test_ri_chang_dae_is_one_person_under_both_spellings(resolution: Resolution) -> None:
    person = one(resolution, "Ri Chang-dae")
    assert {"Ri Chang-dae", "Ri Chang Dae"} <= names_of(person)
    assert one(resolution, "Ri Chang Dae") == person


def test_the_svr_is_one_organisation_by_name_and_acronym(resolution: Resolution) -> None:
    svr = one(resolution, "SVR")
    assert svr.entity_type is EntityType.ORGANIZATION
    assert "Foreign Intelligence Service" in svr.label
    assert "SVR" in svr.alt_labels
    assert one(resolution, "Russian Foreign Intelligence Service") == svr
    assert "acronym-defined" in {d.rule for d in resolution.merges if d.surface == "SVR"}


def test_north_korea_is_one_country_by_name_code_and_keyword(resolution: Resolution) -> None:
    country = one(resolution, "North Korea")
    assert country.entity_type is EntityType.COUNTRY
    assert country.label == "North Korea"
    assert one(resolution, "DPRK") == country
    assert one(resolution, "north korea") == country
    assert "DPRK" in country.alt_labels
    links = keyword_links(resolution)
    assert country.key in {key for (_, keyword), key in links.items() if keyword == "north korea"}


def test_the_ministry_of_state_security_is_one_organisation(resolution: Resolution) -> None:
    ministry = one(resolution, "Ministry of State Security")
    # Named with its country, it is labelled by its fullest name as written.
    assert ministry.label == "North Korean Ministry of State Security"
    assert "Ministry of State Security" in ministry.alt_labels
    assert one(resolution, "North Korean Ministry of State Security") == ministry
    assert one(resolution, "DPRK's Ministry of State Security") == ministry
    descriptive = [
        d
        for d in resolution.merges
        if d.entity_key == ministry.key and d.rule == "descriptive-reference"
    ]
    assert descriptive, "'the ministry' should refer to the Ministry of State Security"


def test_rodong_sinmun_is_one_organisation(resolution: Resolution) -> None:
    paper = one(resolution, "Rodong Sinmun")
    assert paper.entity_type is EntityType.ORGANIZATION
    sources = {d.source for d in resolution.merges if d.entity_key == paper.key}
    assert len(sources) == 2  # both articles


def test_kim_jong_un_kim_jong_il_and_daniel_kim_are_three_people(resolution: Resolution) -> None:
    un, il = one(resolution, "Kim Jong Un"), one(resolution, "Kim Jong Il")
    assert un != il
    for entity in find_entities(resolution, "Daniel Kim"):
        assert entity not in (un, il)
    assert not {"Kim Jong Il", "Daniel Kim", "Kim"} & names_of(un)
    assert not {"Kim Jong Un", "Daniel Kim", "Kim"} & names_of(il)


def test_resolving_the_seeds_in_either_order_gives_the_same_result(
    seed_facts: list[ArticleFacts],
) -> None:
    both = resolve_entities(seed_facts)
    assert resolve_entities(list(reversed(seed_facts))) == both
