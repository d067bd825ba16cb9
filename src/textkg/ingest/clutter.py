"""Keep the article, drop the page around it, and lift metadata lines into ArticleMeta.

The method, in order:

1. Judge every unit (line or paragraph) on its own: metadata line (byline, credits, tags,
   e-mail, photo credit, copyright), page furniture (menus, share bars, counters, bare
   numbers, "Read more ..." prompts, upper-case section labels, link-only Markdown items),
   prose (ends like a sentence), or other (headings, short lines).
2. Link lists: a run of three or more headline-like lines with no prose between them is a
   list of links ("Latest stories", "Most read"), wherever it sits on the page.
3. End of article: credits, a copyright line or an author's signature after the article
   body close it; a comment counter closes it when less prose follows than came before.
4. The article is the contiguous stretch with the highest score (prose counts for its
   words, furniture against them): a maximum-sum segment, as in body-text extraction.
5. Its edges are trimmed of lines that speak to the reader about the site (contact,
   subscribe, FAQ) and of lines repeated across many input files (the site template).
6. Before the article: the title line, byline and tags go to metadata; a deck (a sentence
   under the headline) stays. Inside it: headings stay, furniture and metadata lines go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from textkg.ingest.datelines import dateline
from textkg.ingest.metadata import (
    Byline,
    Contact,
    Credits,
    MetaDraft,
    byline,
    contact_line,
    copyright_line,
    credit_line,
    is_footer_text,
    name_like,
    photo_credit_line,
    self_description_name,
    strip_caption_credit,
    tags_line,
)
from textkg.ingest.templates import TemplateIndex
from textkg.ingest.textstats import (
    EMAIL_RE,
    STOPWORDS,
    VERB_FORMS,
    LineStats,
    ends_with_period,
    normalise_for_compare,
    wordset,
)
from textkg.ingest.units import Unit

MIN_BODY_WORDS = 15  # prose words that must come before an end-of-article signal counts
_MAX_META_WORDS = 40  # no credit, byline, contact or tags line is longer
_COMMON_WORDS = STOPWORDS | VERB_FORMS | wordset("also year years last first next week month")


class Kind(Enum):
    PROSE = "prose"
    OTHER = "other"
    CLUTTER = "clutter"
    META = "meta"


@dataclass
class Judged:
    unit: Unit
    stats: LineStats
    kind: Kind
    role: str = ""
    payload: object = None
    end_hard: bool = False
    end_soft: bool = False
    end_section: bool = False
    footer: bool = False
    template: bool = False

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def body_prose(self) -> bool:
        return self.kind is Kind.PROSE and not self.footer

    @property
    def headline_like(self) -> bool:
        n = self.stats.n_words
        return self.kind is Kind.OTHER and 3 <= n <= 30 and not ends_with_period(self.text)


@dataclass(frozen=True)
class Cleaned:
    text: str
    draft: MetaDraft = field(default_factory=MetaDraft)


# --------------------------------------------------------------------------- furniture

_COMMENT_COUNTER_RE = re.compile(
    r"^(?:\d[\d,]*\s*)?(?:comments?|responses?|replies|reactions?|discussion)\s*[:(\[]?\s*"
    r"\d*\s*[)\]]?$",
    re.IGNORECASE,
)
_COMMENT_PROMPT_RE = re.compile(
    r"^(?:leave|post|add|write|show|view|load|read|see|hide|join|be the first to)\s+"
    r"(?:a\s+|an\s+|the\s+|all\s+|your\s+|\d+\s+)?(?:comments?|reply|replies|responses?"
    r"|discussion|conversation)\b|^comments are closed"
    r"|^\d+\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\b",
    re.IGNORECASE,
)
_UI_SHORT = wordset(
    """subscribe share menu search home login log sign print email e-mail comment comments
    reply follow tweet advertisement skip back sponsored close"""
)
_UI_VERBS = wordset(
    """read share subscribe sign log follow click tap download watch listen view see continue
    print email comment reply save bookmark join register donate advertise skip jump go back
    return load show hide close open get try send"""
)
_UI_NEXT = wordset(
    """this it on to more in the our us up now here all comments article story stories share
    also full next previous top content main back"""
)
_SOCIAL = wordset(
    """facebook twitter x linkedin whatsapp telegram reddit pinterest email e-mail print
    kakaotalk kakao line weibo wechat copy link url share tweet mail messenger flipboard
    tumblr naver band threads bluesky mastodon instagram youtube tiktok"""
)
_AD_RE = re.compile(r"\b(?:advertisements?|advertising|sponsored|promoted)\b", re.IGNORECASE)
_TEASER_END = ("...", "…", "»", "›", ">", "→", "▶", "▸")
_NUMBER_ONLY_RE = re.compile(r"^[\W_]*\d[\d\W_]*$")
_COUNTER_RE = re.compile(
    r"^\d[\d,.]*[km]?\s*(?:views?|reads?|likes?|shares?|min(?:ute)?s?\s+read)$|"
    r"^(?:views?|reads?|likes?|hits)\s*[:]?\s*\d[\d,.]*$",
    re.IGNORECASE,
)
_NAV_SPLIT_RE = re.compile(r"\s*(?:\||•|·|›|»|>|/|\\|▸)\s*")


# Section headings that sites put after the article: what follows them belongs to the
# article only if it is about the same things (see _off_topic_after).
_PROMO_LABEL_RE = re.compile(
    r"^\W*(?:more (?:from|on|in|stories|news|articles|coverage)|related(?:\s+\w+)?|recommended"
    r"|read (?:next|more|also)|also read|most (?:read|popular|viewed|shared)|popular(?:\s+\w+)?"
    r"|trending|top stories|you (?:may|might) (?:also )?(?:like|enjoy)|editor'?s'? picks?"
    r"|don'?t miss|in other news|also on|around the web|latest(?:\s+\w+)?)\b",
    re.IGNORECASE,
)
_REFERENCE_LABEL_RE = re.compile(
    r"^(?:references|external links|bibliography|footnotes|notes|sources|further reading"
    r"|see also)$",
    re.IGNORECASE,
)


def _is_comment_marker(text: str) -> bool:
    return bool(_COMMENT_COUNTER_RE.match(text) or _COMMENT_PROMPT_RE.match(text))


def _repeats_ngram(words: list[str]) -> bool:
    """Menus pasted as one line repeat themselves ("Quick access to ... Quick access to")."""
    lowered = [w.casefold() for w in words]
    seen: set[tuple[str, ...]] = set()
    for i in range(len(lowered) - 2):
        gram = tuple(lowered[i : i + 3])
        if gram in seen:
            return True
        seen.add(gram)
    return False


#: A sentence ending inside a unit: final punctuation, a space, a capital or a quote.
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"')\]]?\s+[\"'(]?[A-Z]")
_FOOTER_SENTENCES = 4  # a site's footer says its piece in at most this many sentences


def sentence_count(text: str) -> int:
    return len(_SENTENCE_BREAK_RE.findall(text)) + 1


def running_text(text: str, n_words: int) -> bool:
    """Several sentences in one unit: a paragraph of an article, whatever its last character
    (a long single-paragraph article ending in a colon or in a list item is still prose)."""
    sentences = sentence_count(text)
    return sentences >= 3 or (sentences >= 2 and n_words >= 40)


def furniture_reason(unit: Unit, stats: LineStats) -> str | None:
    """Why a unit is page furniture, or None. Prose is never furniture."""
    text = unit.text
    n = stats.n_words
    if _NUMBER_ONLY_RE.match(text):
        return "number"
    if _is_comment_marker(text):
        return "comments"
    if stats.is_prose or running_text(text, n):
        return None
    if _COUNTER_RE.match(text):
        return "counter"
    words = [w.casefold() for w in stats.words]
    if words and n <= 3 and words[0] in _UI_SHORT:
        return "ui"
    if n >= 2 and n <= 10 and words[0] in _UI_VERBS and words[1] in _UI_NEXT:
        return "ui"
    if n <= 12 and text.rstrip().endswith(_TEASER_END):
        return "teaser"
    if n <= 8 and _AD_RE.search(text):
        return "advert"
    if 1 <= n <= 12 and sum(1 for w in words if w in _SOCIAL) * 2 >= n:
        return "share bar"
    segments = [s for s in _NAV_SPLIT_RE.split(text) if s.strip()]
    if len(segments) >= 3 and all(1 <= len(s.split()) <= 4 for s in segments):
        return "menu"
    if n >= 6 and _repeats_ngram(stats.words):
        return "menu"
    if stats.all_caps and n <= 4 and not unit.heading:
        return "label"
    if unit.link_share >= 0.6 and (unit.list_item or unit.link_share >= 0.85):
        return "link"
    return None


# --------------------------------------------------------------------------- judging


def judge(unit: Unit, templates: TemplateIndex | None) -> Judged:
    text = strip_caption_credit(unit.text)
    if text != unit.text:
        unit = replace(unit, text=text)
    stats = LineStats(text)
    judged = Judged(unit, stats, Kind.OTHER)
    judged.template = bool(templates and templates.is_template(text))
    if stats.n_words <= 6 and not stats.is_prose:
        judged.end_hard = bool(_REFERENCE_LABEL_RE.match(text.strip(" :")))
        judged.end_section = bool(_PROMO_LABEL_RE.match(text))
    if unit.heading:
        return judged
    if stats.n_words <= _MAX_META_WORDS:  # metadata lines are short; skip the checks for prose
        credits = credit_line(text)
        if credits:
            return _meta(judged, "credits", credits, end_hard=True)
        holder = copyright_line(text)
        if holder is not None:
            return _meta(judged, "copyright", holder, end_hard=True)
        contact = contact_line(text)
        if contact:
            return _meta(judged, "contact", contact, end_soft=True)
        if photo_credit_line(text, stats):
            return _meta(judged, "photo", None)
        tags = tags_line(text, head=False)
        if tags:
            return _meta(judged, "tags", tags)
        line = byline(text, stats)
        if line:
            return _meta(judged, "byline", line)
    reason = furniture_reason(unit, stats)
    if reason:
        judged.kind = Kind.CLUTTER
        judged.role = reason
        judged.end_soft = reason == "comments"
        return judged
    if stats.is_prose or running_text(text, stats.n_words):
        judged.kind = Kind.PROSE
        # a site's footer is a few lines; a paragraph of many sentences is the article's
        judged.footer = sentence_count(text) <= _FOOTER_SENTENCES and (
            is_footer_text(text) or (bool(EMAIL_RE.search(text)) and stats.n_words <= 12)
        )
    return judged


def _meta(
    judged: Judged, role: str, payload: object, *, end_hard: bool = False, end_soft: bool = False
) -> Judged:
    judged.kind = Kind.META
    judged.role = role
    judged.payload = payload
    judged.end_hard = end_hard
    judged.end_soft = end_soft
    return judged


def _forgive_duplicates(items: list[Judged]) -> None:
    """Prose shared with other files is the site's template only when it sits at the edges
    of the document and is not most of it; otherwise the files are copies or versions of
    the same story, and their text stays."""
    prose = [item for item in items if item.kind is Kind.PROSE]
    flags = [item.template for item in prose]
    if not any(flags):
        return
    lead = next(i for i, flag in enumerate(flags) if not flag) if not all(flags) else len(flags)
    tail = next(i for i, flag in enumerate(reversed(flags)) if not flag) if lead < len(flags) else 0
    edges_only = lead < len(flags) and not any(flags[lead : len(flags) - tail])
    shared = sum(item.stats.n_words for item in prose if item.template)
    total = sum(item.stats.n_words for item in prose)
    if not edges_only or shared * 3 >= total * 2:
        for item in prose:
            item.template = False


def _mark_signatures(items: list[Judged]) -> None:
    """A bare name next to an e-mail address is the author signing off."""
    for index, item in enumerate(items):
        if item.kind is not Kind.OTHER or not name_like(item.text):
            continue
        neighbours = items[max(index - 1, 0) : index] + items[index + 1 : index + 2]
        if any(n.role == "contact" for n in neighbours):
            _meta(item, "signature", item.text, end_hard=True)


def _mark_link_lists(items: list[Judged]) -> None:
    """Runs of headline-like lines with no prose (nor a byline or credit) between them are
    lists of links. A line directly above a byline is the article's title, not a link."""
    breaks = (Kind.PROSE, Kind.META)
    start = 0
    while start < len(items):
        if items[start].kind in breaks:
            start += 1
            continue
        end = start
        while end < len(items) and items[end].kind not in breaks:
            end += 1
        titled = end < len(items) and items[end].role == "byline"
        run = items[start : end - 1] if titled else items[start:end]
        headlines = sum(1 for item in run if item.headline_like and not item.unit.heading)
        furniture = any(
            item.kind is Kind.CLUTTER or item.unit.list_item or item.unit.link_share > 0.5
            for item in run
        )
        if headlines >= 3 or (headlines >= 2 and furniture):
            for item in run:
                if item.kind is Kind.OTHER:
                    item.kind = Kind.CLUTTER
                    item.role = "link list"
        start = end


def _mark_head_tags(items: list[Judged]) -> None:
    for item in items:
        if item.kind is Kind.PROSE:
            return
        if item.kind is Kind.OTHER and not item.unit.heading:
            tags = tags_line(item.text, head=True)
            if tags:
                _meta(item, "tags", tags)


def _content_words(stats: LineStats) -> set[str]:
    return {
        w.casefold()
        for w in stats.words
        if len(w) >= 4 and w.isalpha() and w.casefold() not in _COMMON_WORDS
    }


def _off_topic_after(items: list[Judged], index: int) -> bool:
    """True when the prose after a section label is about other things than the article
    before it (teasers for other stories), judged by shared content words."""
    vocabulary: set[str] = set()
    for item in items[:index]:
        if item.body_prose:
            vocabulary |= _content_words(item.stats)
    following = [item for item in items[index + 1 :] if item.body_prose]
    on_topic = sum(1 for item in following if len(_content_words(item.stats) & vocabulary) >= 2)
    return on_topic * 2 < len(following) or not following


def _end_of_article(items: list[Judged]) -> int:
    """Index of the first unit after the article (len(items) when nothing closes it)."""
    before = 0
    for index, item in enumerate(items):
        if before >= MIN_BODY_WORDS:
            if item.end_hard:
                return index
            if item.end_soft:
                after = sum(i.stats.n_words for i in items[index + 1 :] if i.body_prose)
                if after < before:
                    return index
            if item.end_section and _off_topic_after(items, index):
                return index
        if item.body_prose:
            before += item.stats.n_words
    return len(items)


def _score(item: Judged) -> float:
    n = item.stats.n_words
    if item.kind is Kind.PROSE:
        return -max(3.0, n / 2) if item.footer else float(n)
    if item.kind is Kind.CLUTTER or (item.kind is Kind.OTHER and item.template):
        return -(2.0 + min(n, 8))
    return -1.0


def _best_segment(scores: Sequence[float]) -> tuple[int, int] | None:
    """The contiguous [start, end) range with the largest positive sum (Kadane)."""
    best: tuple[float, int, int] | None = None
    total = 0.0
    start = 0
    for index, score in enumerate(scores):
        if total <= 0:
            total = 0.0
            start = index
        total += score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index + 1)
    return (best[1], best[2]) if best else None


def _trim(items: list[Judged], start: int, end: int) -> tuple[int, int]:
    def edge_junk(item: Judged) -> bool:
        return item.kind is not Kind.PROSE or item.footer or item.template

    while end > start and edge_junk(items[end - 1]):
        end -= 1
    while start < end and (items[start].footer or items[start].template):
        start += 1
        while start < end and items[start].kind is not Kind.PROSE:
            start += 1
    return start, end


def _choose_title(head: list[Judged], known_headline: str | None) -> int | None:
    candidates = [
        i
        for i, item in enumerate(head)
        if item.kind is Kind.OTHER
        and not item.template
        and 2 <= item.stats.n_words <= 30
        and not ends_with_period(item.text)
        and item.text != item.text.lower()
    ]
    if known_headline:
        wanted = normalise_for_compare(known_headline)
        for i in candidates:
            have = normalise_for_compare(head[i].text)
            if have and (have == wanted or (len(have) >= 0.6 * len(wanted) and have in wanted)):
                return i
        return None
    if not candidates:
        return None
    for i in candidates:
        if head[i].unit.heading == 1:
            return i
    bylines = [i for i, item in enumerate(head) if item.role == "byline"]
    if bylines:
        before = [i for i in candidates if i < bylines[0]]
        if before:
            return before[-1]
    longer = [i for i in candidates if head[i].stats.n_words >= 3]
    return longer[0] if longer else None


def _decks(head: list[Judged], title: int | None) -> list[Judged]:
    """Sentences between the title (or byline) and the body: the article's own deck."""
    decks: list[Judged] = []
    for item in reversed(head[(title + 1 if title is not None else 0) :]):
        if item.kind is Kind.META:
            continue
        if item.kind is Kind.OTHER and not item.template and item.stats.sentence_like:
            decks.append(item)
            continue
        break
    decks.reverse()
    return decks


def _harvest(items: Sequence[Judged], draft: MetaDraft, body: range) -> None:
    for index, item in enumerate(items):
        payload = item.payload
        outside = index not in body
        if outside and item.kind is not Kind.META:
            draft.emails.extend(EMAIL_RE.findall(item.text))
        if isinstance(payload, Byline):
            draft.authors.extend(payload.authors)
            if payload.date:
                draft.dates.append(payload.date)
            if payload.updated:
                draft.updated.append(payload.updated)
        elif isinstance(payload, Credits):
            draft.authors.extend(payload.authors)
            draft.translators.extend(payload.translators)
            draft.editors.extend(payload.editors)
        elif isinstance(payload, Contact):
            draft.emails.extend(payload.emails)
            if payload.name:
                draft.authors.append(payload.name)
        elif item.role == "tags" and isinstance(payload, tuple):
            draft.keywords.extend(str(k) for k in payload)
        elif item.role == "copyright" and isinstance(payload, str) and payload:
            draft.copyright_holders.append(payload)
        elif item.role == "signature":
            draft.authors.append(item.text)
        if item.kind is Kind.PROSE and (item.footer or outside):
            if not outside:
                draft.emails.extend(EMAIL_RE.findall(item.text))
            draft.footer_texts.append(item.text)
            name = self_description_name(item.text)
            if name and item.footer:
                draft.site_names.append(name)


def clean_units(
    units: Sequence[Unit],
    *,
    templates: TemplateIndex | None = None,
    known_headline: str | None = None,
) -> Cleaned | None:
    """The article's text (paragraphs separated by blank lines) and what its lines said
    about it; None when nothing in the document reads as article text."""
    items = [judge(unit, templates) for unit in units]
    _forgive_duplicates(items)
    _mark_signatures(items)
    _mark_head_tags(items)
    _mark_link_lists(items)
    draft = MetaDraft()

    cut = _end_of_article(items)
    segment = _best_segment([_score(item) for item in items[:cut]])
    start, end = _trim(items, *segment) if segment else (0, 0)
    if start >= end:
        start = end = cut
    head = items[:start]
    title = _choose_title(head, known_headline)
    if title is not None:
        draft.headline = head[title].text
        _meta(head[title], "title", head[title].text)
    _harvest(items, draft, range(start, end))

    kept: list[str] = [item.text for item in _decks(head, title)] if start < end else []
    first_prose = True
    for item in items[start:end]:
        if item.kind is Kind.PROSE:
            text = item.text
            if first_prose:
                first_prose = False
                found = dateline(text)
                if found and found.rest:
                    text = found.rest
                    if found.date:
                        draft.dates.append(found.date)
                    if found.agency:
                        draft.agencies.append(found.agency)
                    if found.place:
                        draft.datelines.append(found.place)
            kept.append(text)
        elif item.kind is Kind.OTHER and not item.template:
            kept.append(item.text)
    if not kept:
        kept = _fallback(items)
        if draft.headline in kept:
            draft.headline = None
    if not kept:
        return None
    return Cleaned("\n\n".join(kept), draft)


def _fallback(items: Sequence[Judged]) -> list[str]:
    """A note with no sentence punctuation at all: keep its clause-like lines."""
    if any(item.kind is Kind.PROSE for item in items):
        return []
    return [
        item.text
        for item in items
        if (item.kind is Kind.OTHER or item.role == "title")
        and not item.template
        and item.stats.n_words >= 3
        and (item.stats.has_verb or item.stats.stopword_ratio > 0)
    ]
