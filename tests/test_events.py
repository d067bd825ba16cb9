"""Event coreference: reports of one meeting or visit become one node; different ones do not."""

from __future__ import annotations

from datetime import date

from rdflib.namespace import RDF

from factories import article_with_sentences, mention, naive_resolution
from textkg.events import event_date, merge_events
from textkg.graph import build_graph
from textkg.namespaces import TK
from textkg.records import ArticleFacts, EntityType, EventFact, EventKind


def _report(
    source: str,
    sentence: str,
    people: list[str],
    place: str,
    when: str | None,
    start: date | None = None,
    end: date | None = None,
) -> ArticleFacts:
    article, sents = article_with_sentences(source, [sentence])
    people_m = tuple(mention(p, sentence, sents[0], 0, EntityType.PERSON) for p in people)
    place_m = mention(place, sentence, sents[0], 0, EntityType.CITY)
    event = EventFact(EventKind.MEETING, people_m, place_m, 0, "test", 0.8, start, end, when)
    return ArticleFacts(article, sents, (*people_m, place_m), (), (event,))


def _meetings(*reports: ArticleFacts) -> int:
    facts = list(reports)
    graph = build_graph(facts, naive_resolution(facts))
    return len(set(graph.subjects(RDF.type, TK.Meeting)))


A = "Ines Moreau met Karl Brandt in Lyon"


def test_the_same_days_in_other_words_are_one_meeting() -> None:
    one = _report(
        "a.txt", f"{A} on Mar. 25-27.", ["Ines Moreau", "Karl Brandt"], "Lyon", "Mar. 25-27"
    )
    two = _report(
        "b.txt",
        f"{A} from the 25th to the 27th.",
        ["Ines Moreau", "Karl Brandt"],
        "Lyon",
        "from the 25th to the 27th",
    )
    assert _meetings(one, two) == 1
    facts = [one, two]
    graph = build_graph(facts, naive_resolution(facts))
    meeting = next(graph.subjects(RDF.type, TK.Meeting))
    assert len(list(graph.subjects(RDF.subject, meeting))) == 2  # both reports keep evidence


def test_other_days_or_months_are_other_meetings() -> None:
    people = ["Ines Moreau", "Karl Brandt"]
    march = _report("a.txt", f"{A} on Mar. 25.", people, "Lyon", "Mar. 25")
    april = _report("b.txt", f"{A} on Apr. 25.", people, "Lyon", "Apr. 25")
    later = _report("c.txt", f"{A} on Mar. 26.", people, "Lyon", "Mar. 26")
    assert _meetings(march, april, later) == 3


def test_resolved_dates_must_be_equal() -> None:
    people = ["Ines Moreau", "Karl Brandt"]
    one = _report("a.txt", f"{A}.", people, "Lyon", None, date(2024, 3, 25), date(2024, 3, 25))
    two = _report("b.txt", f"{A}.", people, "Lyon", None, date(2024, 3, 25), date(2024, 3, 25))
    other = _report("c.txt", f"{A}.", people, "Lyon", None, date(2023, 3, 25), date(2023, 3, 25))
    assert _meetings(one, two, other) == 2


def test_a_report_naming_fewer_participants_joins_the_fuller_one() -> None:
    full = _report("a.txt", f"{A} on May 2.", ["Ines Moreau", "Karl Brandt"], "Lyon", "May 2")
    part = _report(
        "b.txt", "Ines Moreau met officials in Lyon on May 2.", ["Ines Moreau"], "Lyon", "May 2"
    )
    assert _meetings(full, part) == 1


def test_different_people_or_places_stay_apart() -> None:
    one = _report("a.txt", f"{A} on May 2.", ["Ines Moreau", "Karl Brandt"], "Lyon", "May 2")
    other_people = _report(
        "b.txt",
        "Ines Moreau met Lena Vos in Lyon on May 2.",
        ["Ines Moreau", "Lena Vos"],
        "Lyon",
        "May 2",
    )
    other_place = _report(
        "c.txt",
        "Ines Moreau met Karl Brandt in Nice on May 2.",
        ["Ines Moreau", "Karl Brandt"],
        "Nice",
        "May 2",
    )
    assert _meetings(one, other_people, other_place) == 3


def test_merging_does_not_depend_on_the_order_of_articles() -> None:
    people = ["Ines Moreau", "Karl Brandt"]
    reports = [
        _report("a.txt", f"{A} on Mar. 25-27.", people, "Lyon", "Mar. 25-27"),
        _report("b.txt", f"{A} from the 25th to the 27th.", people, "Lyon", "the 25th to the 27th"),
        _report("c.txt", "Ines Moreau met officials in Lyon.", ["Ines Moreau"], "Lyon", None),
    ]
    forward = merge_events(reports, naive_resolution(reports))
    backward = merge_events(list(reversed(reports)), naive_resolution(reports))
    assert forward == backward


def test_event_date_reads_days_and_months_from_words() -> None:
    def words(text: str) -> tuple[int | None, tuple[int, ...]]:
        ev = event_date(EventFact(EventKind.VISIT, (), None, 0, "t", 1.0, date_text=text))
        return ev.month, ev.days

    assert words("Mar. 25-27") == (3, (25, 27))
    assert words("from the 25th to the 27th") == (None, (25, 27))
    assert words("Sept. 13 last year") == (9, (13,))
    assert words("May 2011") == (5, ())
