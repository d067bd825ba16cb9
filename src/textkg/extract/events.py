"""Meetings and visits: participants and place from the rules, dates from the sentence's
date phrases, and a small discourse rule that puts a meeting inside the visit it was part of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span

from textkg.extract.candidates import EventCandidate, Findings
from textkg.extract.dates import resolve_date
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.namespaces import TK
from textkg.records import EventFact, EventKind

#: A length of time or an age, which is never a date.
_DURATION = re.compile(
    r"(?:about |some |more than |nearly |almost |over |the |a |an |\d+ |[a-z-]+ )*"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|a few|several|many|a|an)(?:[- ][a-z]+)?[- ]"
    r"(?:day|days|week|weeks|month|months|year|years|decade|decades|hour|hours|night|nights)"
    r"(?:[- ]old| long)?"
)

#: How far back (in sentences) a visit can be for a meeting to be part of it.
_VISIT_WINDOW = 3


@dataclass
class _Dated:
    candidate: EventCandidate
    start: date | None
    end: date | None
    text: str | None


def _date_spans(ctx: DocView, sentence: int) -> list[Span]:
    span = ctx.sentences[sentence]
    return [
        e for e in ctx.ents if e.label_ == "DATE" and span.start_token <= e.start < span.end_token
    ]


def _attached(date_span: Span, anchors: list[int]) -> bool:
    """Whether a date phrase hangs off one of the event's words (not another verb's)."""
    inside = set(range(date_span.start, date_span.end))
    for token in date_span:
        head = token
        for _ in range(6):
            if head.head.i == head.i:
                break
            head = head.head
            if head.i in inside:
                continue
            if head.i in anchors:
                return True
            if head.pos_ in ("VERB", "AUX"):
                break
    return False


def _date_of(
    ctx: DocView, candidate: EventCandidate
) -> tuple[date | None, date | None, str | None]:
    published = ctx.article.meta.date_published
    for date_span in _date_spans(ctx, candidate.sentence):
        if not _attached(date_span, candidate.anchors):
            continue
        text = " ".join(date_span.text.split())
        if _DURATION.fullmatch(text.lower()):
            continue  # "three days", "six years", "24 years old": how long, not when
        resolved = resolve_date(date_span.text, published)
        if resolved is not None:
            return resolved[0], resolved[1], text
        return None, None, text
    return None, None, None


def _names(mentions: list[Ment]) -> set[str]:
    return {m.name for m in mentions}


def _related(found: Findings, meeting: EventCandidate, visit: _Dated) -> bool:
    """A meeting is part of a visit when they share a participant, directly or through the
    organisation a participant leads or belongs to."""
    visitors = _names(visit.candidate.participants)
    if _names(meeting.participants) & visitors:
        return True
    for relation in found:
        if (
            relation.predicate in (TK.leaderOf, TK.memberOf)
            and relation.object.etype is ORG
            and relation.subject.name in _names(meeting.participants)
            and relation.object.name in visitors
        ):
            return True
    return False


def _mentions_visit(ctx: DocView, sentence: int) -> bool:
    span = ctx.sentences[sentence]
    cues = ctx.lex.visit_cues
    return any(ctx.table.lemma[i] in cues for i in range(span.start_token, span.end_token))


def build_events(ctx: DocView, found: Findings) -> list[EventFact]:
    """One event fact per candidate that names enough (two parties, or a visitor and a
    place), dated from the sentence, with place and date taken from an earlier report of the
    same meeting or from the visit it was part of."""
    dated = [_Dated(c, *_date_of(ctx, c)) for c in found.events]
    visits = [d for d in dated if d.candidate.kind is EventKind.VISIT]
    facts: list[EventFact] = []
    seen: set[tuple[object, ...]] = set()
    for item in dated:
        candidate = item.candidate
        place, start, end, text = candidate.place, item.start, item.end, item.text
        rule, confidence = candidate.rule, candidate.confidence
        if candidate.kind is EventKind.MEETING and (
            place is None or (start is None and text is None)
        ):
            earlier = _same_meeting(candidate, dated)
            if earlier is not None:
                place = place or earlier.candidate.place
                if start is None and text is None:
                    start, end, text = earlier.start, earlier.end, earlier.text
                rule = f"{rule}+same-event"
        if candidate.kind is EventKind.MEETING and (
            place is None or (start is None and text is None)
        ):
            visit = _enclosing_visit(ctx, found, candidate, visits)
            if visit is not None:
                place = place or visit.candidate.place
                if start is None and text is None:
                    start, end, text = visit.start, visit.end, visit.text
                rule = f"{rule}+event-in-visit"
                confidence = min(confidence, ctx.lex.rule_confidence("event-in-visit"))
        participants = [m for m in candidate.participants if m.etype in (PERSON, ORG)]
        if candidate.kind is EventKind.MEETING and len({m.name for m in participants}) < 2:
            continue
        if candidate.kind is EventKind.VISIT and (place is None or not participants):
            continue
        key = (
            candidate.kind,
            frozenset(m.key for m in participants),  # (in whatever order a rule named them)
            place.key if place else None,
            start,
            end,
            text,
            candidate.sentence,
        )
        if key in seen:
            continue
        seen.add(key)
        facts.append(
            EventFact(
                kind=candidate.kind,
                participants=tuple(p.to_record(ctx.doc) for p in participants),
                place=place.to_record(ctx.doc) if place else None,
                sentence=candidate.sentence,
                extractor=rule,
                confidence=round(confidence, 3),
                start_date=start,
                end_date=end if start else None,
                date_text=text,
            )
        )
    return facts


def _surnames(mentions: list[Ment]) -> frozenset[str]:
    return frozenset(m.name.split()[-1] if m.etype is PERSON else m.name for m in mentions)


def _same_meeting(meeting: EventCandidate, dated: list[_Dated]) -> _Dated | None:
    """ "The meeting between Merkel and Macron" after "Angela Merkel met Emmanuel Macron in
    Berlin": the same parties, a few sentences on, are the same meeting."""
    parties = _surnames(meeting.participants)
    best: _Dated | None = None
    for item in dated:
        other = item.candidate
        if other is meeting or other.kind is not EventKind.MEETING:
            continue
        if not 0 < meeting.sentence - other.sentence <= _VISIT_WINDOW + 2:
            continue
        if _surnames(other.participants) == parties and (other.place or item.start or item.text):
            best = item
    return best


def _enclosing_visit(
    ctx: DocView, found: Findings, meeting: EventCandidate, visits: list[_Dated]
) -> _Dated | None:
    """The visit a meeting belongs to: near before it in the same (or the previous)
    paragraph, sharing a participant, or in a sentence that speaks of the visit."""
    sentences = ctx.sentences
    paragraph = sentences[meeting.sentence].paragraph
    best: _Dated | None = None
    for visit in visits:
        distance = meeting.sentence - visit.candidate.sentence
        if not 0 <= distance <= _VISIT_WINDOW:
            continue
        if paragraph - sentences[visit.candidate.sentence].paragraph > 1:
            continue
        related = _related(found, meeting, visit) or _mentions_visit(ctx, meeting.sentence)
        if related and (best is None or visit.candidate.sentence >= best.candidate.sentence):
            best = visit
    return best
