"""Hand-made stage records for tests of the stages after extraction (graph, export, query)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rdflib.namespace import SDO

from textkg.factstore import CompactFacts
from textkg.iris import entity_key
from textkg.namespaces import REL, TK
from textkg.pipeline import BuildResult, build_turtle
from textkg.records import (
    ArticleFacts,
    ArticleMeta,
    ArticleText,
    DateFact,
    DatePrecision,
    Entity,
    EntityType,
    EventFact,
    EventKind,
    Mention,
    RelationFact,
    Resolution,
    Sentence,
)


def mention(
    text: str,
    sentence_text: str,
    sentence: Sentence,
    index: int,
    kind: EntityType,
    name: str | None = None,
    titles: tuple[str, ...] = (),
) -> Mention:
    offset = sentence.start + sentence_text.index(text)
    return Mention(text, name or text, kind, offset, offset + len(text), index, titles)


def article_with_sentences(
    source: str, sentences: list[str], meta: ArticleMeta | None = None
) -> tuple[ArticleText, tuple[Sentence, ...]]:
    text = " ".join(sentences)
    spans, cursor = [], 0
    for s in sentences:
        spans.append(Sentence(s, cursor, cursor + len(s)))
        cursor += len(s) + 1
    return ArticleText(source=source, text=text, meta=meta or ArticleMeta()), tuple(spans)


def naive_resolution(facts: list[ArticleFacts]) -> Resolution:
    """One entity per distinct (kind, name): enough for testing the stages after resolution."""
    entities: dict[str, Entity] = {}
    entity_of: dict[tuple[str, int, int], str] = {}
    for item in facts:
        mentions = list(item.mentions)
        for r in item.relations:
            mentions += [r.subject, r.object]
        for e in item.events:
            mentions += list(e.participants) + ([e.place] if e.place else [])
        mentions += [d.subject for d in item.dates]
        for m in mentions:
            key = entity_key(m.entity_type, m.name)
            old = entities.get(key)
            alts = set(old.alt_labels if old else ()) | ({m.text} - {m.name})
            titles = set(old.job_titles if old else ()) | set(m.titles)
            entities[key] = Entity(
                key, m.entity_type, m.name, tuple(sorted(alts)), tuple(sorted(titles))
            )
            entity_of[(item.article.source, m.start, m.end)] = key
    return Resolution(tuple(entities[k] for k in sorted(entities)), entity_of)


def summit_facts(names: dict[str, str] | None = None) -> list[ArticleFacts]:
    """Two small articles of our own: a leader, a meeting reported twice, a visit."""
    n = {
        "director": "Amelia Thornbury",
        "minister": "Oskar Lindqvist",
        "agency": "Northern Survey Office",
        "city": "Valdmark",
        **(names or {}),
    }
    s1 = (
        f"Director {n['director']} of the {n['agency']} met {n['minister']} "
        f"in {n['city']} on Mar. 3."
    )
    s2 = f"The meeting between {n['director']} and {n['minister']} lasted two hours."
    article, sents = article_with_sentences(
        "news/a.txt",
        [s1, s2],
        ArticleMeta(
            headline="Talks in the north",
            date_published=date(2024, 3, 5),
            authors=("Jo Writer",),
            keywords=("talks",),
            publisher="Harbourside Wire",
        ),
    )
    director = mention(n["director"], s1, sents[0], 0, EntityType.PERSON, titles=("Director",))
    agency = mention(n["agency"], s1, sents[0], 0, EntityType.ORGANIZATION)
    minister = mention(n["minister"], s1, sents[0], 0, EntityType.PERSON)
    city = mention(n["city"], s1, sents[0], 0, EntityType.CITY)
    director2 = mention(n["director"], s2, sents[1], 1, EntityType.PERSON)
    minister2 = mention(n["minister"], s2, sents[1], 1, EntityType.PERSON)
    facts_a = ArticleFacts(
        article=article,
        sentences=sents,
        mentions=(director, agency, minister, city, director2, minister2),
        relations=(
            RelationFact(director, TK.leaderOf, agency, 0, "appositive-title", 0.9),
            RelationFact(director, TK.metWith, minister, 0, "verb-meet", 0.8),
            RelationFact(director2, TK.metWith, minister2, 1, "meeting-between", 0.8),
            RelationFact(director, REL["greet"], minister, 0, "open-svo", 0.5),
        ),
        events=(
            EventFact(
                EventKind.MEETING,
                (director, minister),
                city,
                0,
                "verb-meet",
                0.8,
                date(2024, 3, 3),
                date(2024, 3, 3),
                "Mar. 3",
            ),
            EventFact(
                EventKind.MEETING,
                (director2, minister2),
                city,
                1,
                "meeting-between",
                0.7,
                date(2024, 3, 3),
                date(2024, 3, 3),
                "Mar. 3",
            ),
        ),
    )
    s3 = f"{n['minister']} visited {n['city']} last week."
    article_b, sents_b = article_with_sentences("news/b.txt", [s3])
    minister_b = mention(n["minister"], s3, sents_b[0], 0, EntityType.PERSON)
    city_b = mention(n["city"], s3, sents_b[0], 0, EntityType.CITY)
    facts_b = ArticleFacts(
        article=article_b,
        sentences=sents_b,
        mentions=(minister_b, city_b),
        relations=(RelationFact(minister_b, TK.visited, city_b, 0, "verb-visit", 0.8),),
        events=(
            EventFact(
                EventKind.VISIT,
                (minister_b,),
                city_b,
                0,
                "verb-visit",
                0.8,
                None,
                None,
                "last week",
            ),
        ),
    )
    return [facts_a, facts_b]


def biography_facts() -> list[ArticleFacts]:
    """A profile of our own with a birth date to the day, a death year and a founding month."""
    s1 = "Orla Brennan (4 May 1931 – 2009) was a chemist."
    s2 = "Orla Brennan founded Norvia Instruments in March 1968."
    article, sents = article_with_sentences("bio/brennan.txt", [s1, s2])
    person = mention("Orla Brennan", s1, sents[0], 0, EntityType.PERSON)
    founder = mention("Orla Brennan", s2, sents[1], 1, EntityType.PERSON)
    company = mention("Norvia Instruments", s2, sents[1], 1, EntityType.ORGANIZATION)
    day, year, month = DatePrecision.DAY, DatePrecision.YEAR, DatePrecision.MONTH
    return [
        ArticleFacts(
            article=article,
            sentences=sents,
            mentions=(person, founder, company),
            relations=(RelationFact(company, SDO.founder, founder, 1, "bio-founded", 0.75),),
            dates=(
                DateFact(
                    person,
                    SDO.birthDate,
                    "4 May 1931",
                    date(1931, 5, 4),
                    day,
                    0,
                    "date-bracket",
                    0.9,
                ),
                DateFact(
                    person, SDO.deathDate, "2009", date(2009, 1, 1), year, 0, "date-bracket", 0.9
                ),
                DateFact(
                    company,
                    SDO.foundingDate,
                    "March 1968",
                    date(1968, 3, 1),
                    month,
                    1,
                    "date-founded",
                    0.8,
                ),
            ),
        )
    ]


def turtle_bytes(facts: CompactFacts, resolution: Resolution, path: Path) -> bytes:
    """The Turtle the graph stage writes for these facts and this resolution."""
    with build_turtle(BuildResult(facts, resolution, (), 0, 0.0), path):
        pass
    return path.read_bytes()
