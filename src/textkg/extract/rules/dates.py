"""Dates of lives and foundings: when a person was born and died, when an organisation was
founded. Literal-valued facts (``schema:birthDate``, ``schema:deathDate``,
``schema:foundingDate``), each on the mention it is about: the person a bracket follows
("Orla Brennan (born 4 May 1961)", "(1902–1980)"), the subject of "born" or "died", the
organisation that "was founded" or whose "founding" it was. The words are the lexicon's
``biography`` section; the dates are read by ``textkg.extract.dates.stated_date``, so ages,
durations, decades and counts are never dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from rdflib import URIRef
from rdflib.namespace import SDO
from spacy.tokens import Token

from textkg.extract.candidates import Candidate, DateCandidate, Findings
from textkg.extract.dates import StatedDate, stated_date
from textkg.extract.document import ORG, PERSON, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.rules.biography import trigger_tokens
from textkg.extract.rules.kin_phrases import person_of
from textkg.extract.syntax import children, is_passive
from textkg.records import DatePrecision

#: The dash between a life's two ends: "(4 May 1961 – 2 June 2020)", "(1902-1980)",
#: "(1801 - 1870)" (a hyphen only between digits or with blanks around it).
_RANGE_SPLIT = re.compile(r"\s+[-–—]\s*|\s*[–—]\s*|(?<=\d)-")
#: The shortest and longest life a bracketed range of years is read as ("(2001–2005)" after
#: a name is more likely a term of office than a life).
_LIFE_YEARS = (15, 125)
#: A bracket this long is no date note.
_MAX_BRACKET = 240
#: Names, places or phrases a date may follow its verb past ("born in Cork, Ireland, on ...").
_MAX_SKIPS = 3
#: Parts of speech that may follow a bare year (a year followed by a noun counts things:
#: "founded 1200 schools").
_AFTER_YEAR = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "SPACE", "AUX", "VERB", "ADV"})


@rule("dates")
def dates(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """Born on / in, died on / in, founded in, (born 4 May 1961), (1902–1980)."""
    claimed: list[tuple[int, int]] = []
    yield from _brackets(doc, claimed)
    words = doc.lex.biography
    yield from _after_verbs(doc, words.birth_words, SDO.birthDate, "date-born", claimed)
    yield from _after_verbs(doc, words.death_verbs, SDO.deathDate, "date-died", claimed)
    yield from _after_verbs(doc, words.death_nouns, SDO.deathDate, "date-died", claimed)
    founding = words.founding_verbs | words.founding_date_verbs
    yield from _after_verbs(doc, founding, SDO.foundingDate, "date-founded", claimed)
    yield from _after_verbs(doc, words.founding_nouns, SDO.foundingDate, "date-founded", claimed)


# ---------------------------------------------------------------------------- brackets


def _brackets(doc: DocView, claimed: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A bracket after a person's or an organisation's name that dates it: right after the
    name or its comma ("X, (born ...)"), or after a bracket of other words ("X (Arabic: ...)
    (1979–2006)")."""
    text = doc.text
    for ment in sorted(doc.mentions, key=lambda m: m.start):
        if ment.derived or ment.etype not in (PERSON, ORG):
            continue
        at = _skip_blanks(text, _char_end(doc, ment))
        if text.startswith(",", at):
            at = _skip_blanks(text, at + 1)
        for _ in range(2):
            closing = text.find(")", at, at + _MAX_BRACKET)
            if not text.startswith("(", at) or closing < 0 or "(" in text[at + 1 : closing]:
                break
            claimed.append((at, closing))
            found = [
                c
                for start, end in _segments(text, at + 1, closing)
                for c in _bracket_segment(doc, ment, start, end)
            ]
            yield from found
            if found:
                break
            at = _skip_blanks(text, closing + 1)


def _skip_blanks(text: str, at: int) -> int:
    return at + len(text[at:]) - len(text[at:].lstrip(" \t"))


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of a bracket between semicolons, blanks trimmed."""
    at = start
    for part in text[start:end].split(";"):
        lead = len(part) - len(part.lstrip())
        yield at + lead, at + len(part.rstrip())
        at += len(part) + 1


def _bracket_segment(doc: DocView, ment: Ment, start: int, end: int) -> Iterator[Candidate]:
    """One part of a bracket: marked dates ("born 4 May 1961 in Cork, died 2 June 2020",
    "est. 1998") or a life ("1902–1980", "Cork, 4 May 1961 – Paris, 2 June 2020")."""
    words = doc.lex.biography
    marks = (
        {SDO.foundingDate: words.founding_marks}
        if ment.etype is ORG
        else {SDO.birthDate: words.birth_marks, SDO.deathDate: words.death_marks}
    )
    marked = _marked(doc, start, end, marks)
    if marked is not None:
        for predicate, when in marked:
            if _plausible(doc, when, doc.text[when.end : end]):
                yield _candidate(ment, predicate, when, "date-bracket")
    elif ment.etype is PERSON:
        yield from _life(doc, ment, start, end)


def _marked(
    doc: DocView, start: int, end: int, marks: dict[URIRef, frozenset[str]]
) -> list[tuple[URIRef, StatedDate]] | None:
    """The dates of a part that opens with a mark word, each the first date after its mark
    (None when the part opens with no mark)."""
    text = doc.text
    words = list(re.finditer(r"[^\W\d][\w.]*", text[start:end]))
    found: list[tuple[URIRef, int]] = []
    for word in words:
        for predicate, names in marks.items():
            if word.group(0).lower() in names:
                found.append((predicate, start + word.end()))
    if not found or found[0][1] != start + words[0].end():
        return None
    dated: list[tuple[URIRef, StatedDate]] = []
    for k, (predicate, at) in enumerate(found):
        until = found[k + 1][1] if k + 1 < len(found) else end
        first = next(iter(_dates_in(doc, at, until)), None)  # None: none, or a guess
        if first is not None:
            dated.append((predicate, first))
    return dated


def _dates_in(doc: DocView, start: int, end: int) -> list[StatedDate | None]:
    """Every date written in ``doc.text[start:end]``, in order; None for one said to be a
    guess ("c. 1680", "between 1296 and 1300"), which is no date to read."""
    text, uncertain = doc.text, doc.lex.biography.uncertain_marks
    found: list[StatedDate | None] = []
    at = start
    while at < end:
        if text[at].isalnum() and (at == start or not text[at - 1].isalnum()):
            when = stated_date(text[:end], at)
            if when is not None:
                before = re.search(r"([^\s(]+)\s*$", text[max(start, at - 12) : at])
                guess = before is not None and before.group(1).lower() in uncertain
                found.append(None if guess else when)
                at = when.end
                continue
        at += 1
    return found


def _life(doc: DocView, ment: Ment, start: int, end: int) -> Iterator[Candidate]:
    """ "(4 May 1961 – 2 June 2020)", "(1859 in London – 1932)", "(1820 – 88)", "(1966– )":
    one date on each side of a dash, a life apart (an open end: born then)."""
    text = doc.text
    dashes = list(_RANGE_SPLIT.finditer(text, start, end))
    if len(dashes) != 1:
        return
    middle = dashes[0].end()
    left = _dates_in(doc, start, dashes[0].start())
    found = _dates_in(doc, middle, end)
    rest = text[middle:end]
    if len(left) != 1 or len(found) > 1 or left[0] is None or None in found:
        return
    born = left[0]
    right = [d for d in found if d is not None]
    if not right and rest.strip():
        short = re.fullmatch(r"\s*(\d{2})\s*", rest)  # "(1820 – 88)"
        if short is None:
            return
        year = born.value.year // 100 * 100 + int(short.group(1))
        year += 100 if year <= born.value.year else 0
        right = [
            StatedDate(
                short.group(1),
                born.value.replace(year=year, month=1, day=1),
                DatePrecision.YEAR,
                middle,
                end,
            )
        ]
    if right:
        died = right[0]
        years = died.value.year - born.value.year
        if not _LIFE_YEARS[0] <= years <= _LIFE_YEARS[1] or not _plausible(doc, died, ""):
            return
        yield _candidate(ment, SDO.deathDate, died, "date-bracket")
    elif not _plausible(doc, born, ""):
        return
    yield _candidate(ment, SDO.birthDate, born, "date-bracket")


# ---------------------------------------------------------------------------- verbs and nouns


def _after_verbs(
    doc: DocView,
    words: frozenset[str],
    predicate: URIRef,
    name: str,
    claimed: list[tuple[int, int]],
) -> Iterator[Candidate]:
    """A date written after its trigger ("born on 4 May 1961", "founded in 1998", "since
    its founding in 1998"), past names and places ("born in Cork in 1961")."""
    for trigger in trigger_tokens(doc, words):
        if any(a <= trigger.idx < b for a, b in claimed):
            continue  # "(born 4 May 1961)": the bracket rule read it for the name before it
        when = _date_after(doc, trigger)
        if when is None:
            continue
        subjects = (
            _organisations(doc, trigger)
            if predicate == SDO.foundingDate
            else _people_of(doc, trigger)
        )
        for subject in subjects:
            found = _candidate(subject, predicate, when, name, doc.owner[trigger.i])
            if subject.reference in ("pronoun", "description"):
                found.confidence = doc.lex.rule_confidence("date-coreference")
            yield found


def _date_after(doc: DocView, trigger: Token) -> StatedDate | None:
    """The date after ``trigger`` in its sentence: at once, after one of the lexicon's
    prepositions, or after up to three names ("founded Norvia in 1998", "born in Cork,
    Ireland, on 4 May 1961")."""
    tokens, text = doc.doc, doc.text
    limit = doc.sentences[doc.owner[trigger.i]].end_token
    k: int | None = trigger.i + 1
    prepositions = doc.lex.biography.date_prepositions
    for _ in range(_MAX_SKIPS + 1):
        if k is None or k >= limit:
            return None
        if tokens[k].lower_ in prepositions and k + 1 < limit:
            when = stated_date(text, tokens[k + 1].idx)
            if when is not None:
                return when if _plausible(doc, when, text[when.end :]) else None
        when = stated_date(text, tokens[k].idx)
        if when is not None:
            direct = when.precision is not DatePrecision.YEAR or _ends_phrase(doc, when.end)
            return when if direct and _plausible(doc, when, text[when.end :]) else None
        k = _past_name(doc, k, limit)
    return None


def _past_name(doc: DocView, k: int, limit: int) -> int | None:
    """The token after a name at ``k`` (after a preposition, "the" and a comma), or None."""
    tokens = doc.doc
    if tokens[k].pos_ == "ADP" and k + 1 < limit:
        k += 1
    ment = doc.mention_starting(k)
    if ment is None or ment.end > limit:
        return None
    k = ment.end
    if k < limit and tokens[k].text == ",":
        k += 1
    return k


def _ends_phrase(doc: DocView, end: int) -> bool:
    """A bare year stands alone: what follows it is no noun it counts."""
    table = doc.table
    k = bisect_left(table.idx, end)
    return k >= len(table.idx) or table.pos[k] in _AFTER_YEAR


def _plausible(doc: DocView, when: StatedDate, after: str) -> bool:
    """Not after the article was published, and not a count of years ("1961 years")."""
    published = doc.article.meta.date_published
    if published is not None and when.value > published:
        return False
    following = after.lstrip().split(" ", 1)[0].lower().strip(".,;)")
    return following not in ("years", "year", "bc", "bce")


def _people_of(doc: DocView, trigger: Token) -> list[Ment]:
    """Who was born or died: the biography rules' subject, the name a "who" clause hangs
    off ("X, who died in 2020"), or whose death a noun is ("his death", "the death of X")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return [m for m in _owners(doc, trigger) if m.etype is PERSON]
    found = person_of(doc, trigger)
    if not found and trigger.dep_ == "relcl":
        found = [m for m in doc.referents(trigger.head) if m.etype is PERSON]
    return found


def _owners(doc: DocView, noun: Token) -> list[Ment]:
    """Whose a noun is: "its founding", "Arias' death", "the founding of Norvia"."""
    tokens = [c for c in noun.children if c.dep_ == "poss"]
    tokens += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return [m for t in tokens for m in doc.referents(t)]


def _organisations(doc: DocView, trigger: Token) -> list[Ment]:
    """What was founded: the subject of "was founded", the object of "X founded", the name
    a participle hangs off ("Norvia, founded in 1998", "Founded in 1998, Norvia ..."),
    the owner of a "founding" ("its founding", "the founding of Norvia")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return [m for m in _owners(doc, trigger) if m.etype is ORG]
    if trigger.pos_ != "VERB":
        return []
    if is_passive(trigger):
        found = _orgs(doc, children(trigger, "nsubjpass"))
        if not found and trigger.dep_ == "relcl":
            found = _orgs(doc, [trigger.head])  # "Norvia, which was founded in 1998"
        return found
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        head = trigger.head
        if head.dep_ == "attr" and not doc.referents(head):
            # "X is a bank established in 1921": the bank is the subject of "is"
            return _orgs(doc, children(head.head, "nsubj"))
        return _orgs(doc, [head])
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBN":
        return _orgs(doc, children(trigger.head, "nsubj", "nsubjpass"))
    return _orgs(doc, children(trigger, "dobj"))


def _orgs(doc: DocView, tokens: list[Token]) -> list[Ment]:
    return [m for t in tokens for m in doc.referents(t) if m.etype is ORG]


# ---------------------------------------------------------------------------- helpers


def _char_end(doc: DocView, ment: Ment) -> int:
    last = doc.doc[ment.end - 1]
    return last.idx + len(last.text)


def _candidate(
    subject: Ment, predicate: URIRef, when: StatedDate, name: str, sentence: int | None = None
) -> DateCandidate:
    return DateCandidate(
        subject,
        predicate,
        " ".join(when.text.split()),
        when.value,
        when.precision,
        subject.sentence if sentence is None else sentence,
        name,
    )
