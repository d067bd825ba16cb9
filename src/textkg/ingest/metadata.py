"""Recognise the metadata lines of a saved web page and turn them into ArticleMeta fields.

Each recogniser looks at one line and answers with what it found or None. They work on
the shape of the line (a name after "By", a date, an e-mail address, comma-separated
lower-case tags, "Translated by ...") rather than on any site's wording.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from textkg.ingest.dates import (
    _DATE_LABELS,
    _TIME_RE,
    _UPDATE_RE,
    find_date,
    parse_date,
)
from textkg.ingest.textstats import (
    EMAIL_RE,
    STOPWORDS,
    URL_RE,
    LineStats,
    ends_like_sentence,
    words_of,
    wordset,
)
from textkg.records import ArticleMeta

# --------------------------------------------------------------------------- names

_PARTICLES = wordset(
    "de da di del della van von der den la le du dos das bin binti ibn al el ter ten y e"
)
_ROLE_WORDS = wordset(
    """reporter reporters correspondent correspondents writer writers editor editors staff
    contributor contributors columnist journalist journalists analyst chief bureau
    photographer producer desk intern freelance senior deputy managing team admin
    administrator guest author authors editorial board wire services service newsroom
    contributing special"""
)
_COUNTER_WORDS = wordset(
    "views view comments comment likes like shares share reads read hits min mins minute "
    "minutes sec secs hr hrs hour hours day days"
)
_NOT_NAME_WORDS = (
    _ROLE_WORDS
    | _COUNTER_WORDS
    | _DATE_LABELS
    | wordset("january february march april june july august september october november december")
)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z]\.(?:[A-Z]\.)*|[^\W\d_][\w'’.\-]*)$")


def _name_token(token: str) -> bool:
    if not _NAME_TOKEN_RE.match(token):
        return False
    first = token[0]
    if first.isupper():
        return True
    # Scripts without case (Hangul, Han, Arabic ...): a letter that is neither.
    return first.isalpha() and not first.islower()


def name_like(text: str) -> bool:
    """A personal name: two to five capitalised words, no function words, no digits."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0].casefold() in _PARTICLES or tokens[-1].casefold() in _PARTICLES:
        return False
    for token in tokens:
        lower = token.casefold().strip(".,")
        if lower in _PARTICLES:
            continue
        if lower in STOPWORDS or lower in _NOT_NAME_WORDS or not _name_token(token):
            return False
    return True


def role_like(text: str) -> bool:
    tokens = [t.casefold() for t in words_of(text)]
    return bool(tokens) and len(tokens) <= 4 and tokens[-1] in _ROLE_WORDS


_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b)\s*", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    parts = (part.strip(" .,;:()[]") for part in _NAME_SPLIT_RE.split(text))
    return [part for part in parts if part]


def names_from_field(value: object) -> tuple[str, ...]:
    """Author-like metadata: a string ("A and B"), a list, or JSON-LD {"name": ...}."""
    names: list[str] = []
    if isinstance(value, str):
        names.extend(split_names(value) if ";" in value or " and " in value else [value.strip()])
    elif isinstance(value, Mapping):
        names.extend(names_from_field(value.get("name")))
    elif isinstance(value, (list, tuple)):
        for item in value:
            names.extend(names_from_field(item))
    return _unique(n for n in names if n)


def keywords_from_field(value: object) -> tuple[str, ...]:
    items: list[str] = []
    if isinstance(value, str):
        items.extend(re.split(r"\s*[,;]\s*", value))
    elif isinstance(value, (list, tuple)):
        for item in value:
            items.extend(keywords_from_field(item))
    return _unique(item.strip().lstrip("#").strip() for item in items if item.strip())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


# --------------------------------------------------------------------------- line kinds

_TAGS_LABEL_RE = re.compile(
    r"^(?:tags?|keywords?|topics?|filed under|categories|category|labels?)\s*[:：]\s*"
    r"(?P<items>.+)$",
    re.IGNORECASE,
)


def tags_line(text: str, *, head: bool) -> tuple[str, ...] | None:
    """Keywords from "Tags: a, b", from a line of #hashtags, or (at the top of a page)
    from a bare line of short lower-case comma-separated tags."""
    labelled = _TAGS_LABEL_RE.match(text)
    if labelled:
        return keywords_from_field(re.split(r"\s*[,;|•·]\s*", labelled["items"])) or None
    tokens = text.split()
    if len(tokens) >= 2 and all(t.startswith("#") and len(t) > 1 for t in tokens):
        return keywords_from_field([t.lstrip("#") for t in tokens])
    if not head or "," not in text or ends_like_sentence(text):
        return None
    items = [item.strip() for item in re.split(r"[,;]", text)]
    trailing = not items[-1]
    items = [item for item in items if item]
    if len(items) < (2 if trailing else 3):
        return None
    if any(not 1 <= len(words_of(item)) <= 4 for item in items):
        return None
    if not (text == text.lower() or trailing):
        return None
    return keywords_from_field(items)


@dataclass(frozen=True)
class Credits:
    authors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


_CREDIT_ROLE_RE = re.compile(
    r"(?P<role>(?:additional\s+)?(?:reporting|reported|writing|written|translated|translation"
    r"|translator|edited|editing|editor|copy[- ]?edited|compiled|produced|text)s?)"
    r"\s*(?:\bby\b|:)\s*",
    re.IGNORECASE,
)


_IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def credit_line(text: str) -> Credits | None:
    """ "Translated by A. Edited by B." and wire style "(Reporting by A; Editing by B)"."""
    line = text.strip().strip("()[]").strip()
    if len(words_of(line)) > 40:
        return None
    matches = list(_CREDIT_ROLE_RE.finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    authors: list[str] = []
    translators: list[str] = []
    editors: list[str] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        names = [
            _IN_PLACE_RE.sub("", name)
            for name in split_names(line[match.end() : end].strip(" .;,()[]"))
        ]
        if not names or not all(name_like(n) or role_like(n) for n in names):
            return None
        people = [n for n in names if name_like(n)]
        role = match["role"].casefold()
        if role.startswith("translat"):
            translators.extend(people)
        elif "edit" in role:
            editors.extend(people)
        elif role.startswith(("report", "writ", "text", "additional")):
            authors.extend(people)
    return Credits(_unique(authors), _unique(translators), _unique(editors))


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    date: datetime.date | None = None
    updated: datetime.date | None = None


_BY_RE = re.compile(
    r"^(?:(?:posted|written|words|reported|story|text|article)\s+)?by\s+(?P<rest>.+)$", re.I
)
_PIECE_SPLIT_RE = re.compile(r"\s*[|•·]\s*|\s+[—–-]\s+|\s{2,}")
_NUMBER_RE = re.compile(r"^[\d.,:]+[km]?$", re.IGNORECASE)


def _strip_counters(tokens: list[str]) -> tuple[list[str], bool]:
    stripped = False

    def junk(token: str) -> bool:
        lower = token.casefold().strip(":,()")
        return lower in _COUNTER_WORDS or lower in _DATE_LABELS or bool(_NUMBER_RE.match(lower))

    while tokens and junk(tokens[-1]):
        tokens = tokens[:-1]
        stripped = True
    while tokens and junk(tokens[0]):
        tokens = tokens[1:]
        stripped = True
    return tokens, stripped


def byline(text: str, stats: LineStats | None = None) -> Byline | None:
    """A byline or dateline row ("By A and B", "A | March 5, 2024 | 3 min read", "Published
    2024-04-10", "A Views"; ``stats`` are the line's): every piece must be recognised."""
    stats = stats or LineStats(text)
    if stats.n_words > 30 or (stats.is_prose and not _BY_RE.match(text)):
        return None
    authors: list[str] = []
    published: datetime.date | None = None
    updated: datetime.date | None = None
    evidence = False
    for raw in _PIECE_SPLIT_RE.split(text.strip()):
        piece = raw.strip(" ,;:")
        if not piece:
            continue
        hit = find_date(piece)
        if hit:
            value, match = hit
            if _UPDATE_RE.search(piece[: match.start()]):
                updated = updated or value
            else:
                published = published or value
            piece = (piece[: match.start()] + " " + piece[match.end() :]).strip(" ,;:")
            evidence = True
        piece = _TIME_RE.sub(" ", piece).strip(" ,;:")
        by = _BY_RE.match(piece)
        if by:
            piece = by["rest"]
            evidence = True
        tokens, stripped = _strip_counters(piece.split())
        evidence = evidence or stripped
        piece = " ".join(tokens).strip(" ,;:")
        if not piece:
            continue
        names = split_names(piece) if by else [piece]
        recognised = [n for n in names if name_like(n)]
        if by and recognised:
            authors.extend(recognised)
        elif name_like(piece):
            authors.append(piece)
        elif not role_like(piece):
            return None
    if not evidence or (not authors and published is None and updated is None):
        return None
    return Byline(_unique(authors), published, updated)


@dataclass(frozen=True)
class Contact:
    emails: tuple[str, ...]
    name: str | None = None


_CONTACT_WORDS = wordset(
    "email e-mail mail contact contacts write to at send tips tip reach us me him her the "
    "author reporter mailto via or"
)


_PHONE_RE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")


def contact_line(text: str) -> Contact | None:
    """A line that is an e-mail address, maybe with a name or "Contact:" label."""
    emails = EMAIL_RE.findall(text)
    if not emails:
        return None
    rest = _PHONE_RE.sub(" ", EMAIL_RE.sub(" ", text))
    rest = re.sub(r"mailto:|\b(?:tel|phone|ph|mobile|fax)\b\.?", " ", rest, flags=re.IGNORECASE)
    tokens = [t for t in re.split(r"[\s:()<>\[\],|/]+", rest) if t]
    if len(tokens) > 8:
        return None
    left = [t for t in tokens if t.casefold() not in _CONTACT_WORDS]
    name = " ".join(left)
    if not left:
        return Contact(tuple(emails))
    if name_like(name):
        # "Contact: A B, phone, e-mail" names a press contact, not the author.
        labelled = re.search(r"\b(?:contact|contacts|media|press|inquiries)\b", text, re.I)
        return Contact(tuple(emails), None if labelled else name)
    return None


_PHOTO_RE = re.compile(
    r"^[\[(]?\s*(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|video"
    r"|footage|credits?|courtesy|file photo|source)\s*(?:by\b|courtesy of\b|credits?\b|[:=/|©])",
    re.IGNORECASE,
)
_PHOTO_SLASH_RE = re.compile(r"\bphotos?\s*/\s*\S", re.IGNORECASE)


def photo_credit_line(text: str, stats: LineStats | None = None) -> bool:  # stats: the line's
    stats = stats or LineStats(text)
    if stats.n_words > 12 or (stats.is_prose and stats.n_words > 6):
        return False
    return bool(_PHOTO_RE.match(text) or _PHOTO_SLASH_RE.search(text))


_CAPTION_CREDIT_RE = re.compile(r"(?<=[.!?”\"’])\s*[(\[](?P<credit>[^()\[\]]{2,60})[)\]]\s*$")
_CREDIT_LOWER_OK = wordset(
    "photo photos file courtesy of by via and image images credit pool handout"
)


def strip_caption_credit(text: str) -> str:
    """Drop "(Agency-Photographer)" after the last sentence of a photo caption."""
    match = _CAPTION_CREDIT_RE.search(text)
    if not match:
        return text
    tokens = words_of(match["credit"])
    if not 1 <= len(tokens) <= 6:
        return text
    if all(t[0].isupper() or t[0].isdigit() or t.casefold() in _CREDIT_LOWER_OK for t in tokens):
        return text[: match.start()].rstrip()
    return text


_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)


def copyright_line(text: str) -> str | None:
    """The holder named in a copyright line ("" when the line names none)."""
    if len(words_of(text)) > 25 or not _COPYRIGHT_RE.search(text):
        return None
    holder = re.sub(r"©|\(c\)|copyright|all rights reserved\.?", " ", text, flags=re.I)
    holder = re.sub(r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)?\d{2,4})?", " ", holder)
    holder = EMAIL_RE.sub(" ", URL_RE.sub(" ", holder))
    holder = re.split(r"[.|]\s|\s[-–—]\s|\bcontact\b", holder, flags=re.I)[0]
    holder = " ".join(holder.split()).strip(" ,.;:-")
    if holder.casefold().startswith("by "):
        holder = holder[3:]
    if holder and holder[0].isupper() and 1 <= len(holder.split()) <= 6:
        return holder
    return ""


# --------------------------------------------------------------------------- footers

_FOOTER_SIGNALS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        EMAIL_RE.pattern,
        URL_RE.pattern,
        r"\bplease\b",
        r"\b(?:click|tap)\b",
        r"\bsubscri(?:be|ption)\b",
        r"\bnewsletter\b",
        r"\bsign(?:ing)? up\b",
        r"\bcookies?\b",
        r"\bthis (?:article|story|page|site|website|post|report)\b",
        r"\bour (?:web ?site|site|page|app|newsletter|faq|privacy|terms|readers|journalism"
        r"|reporting|coverage|content)\b",
        r"\bfor more information\b",
        r"\b(?:contact|follow) us\b",
        r"\ball rights reserved\b",
        r"\b(?:terms of (?:use|service)|privacy policy)\b",
    )
)
_READER_RE = re.compile(r"\b(?:you|your|we|our|us)\b", re.IGNORECASE)
#: Any one of the signals: most prose has none, found with one search instead of a dozen.
_ANY_FOOTER_SIGNAL = re.compile("|".join(f"(?:{p.pattern})" for p in _FOOTER_SIGNALS), re.I)


def footer_signals(text: str) -> int:
    if not _ANY_FOOTER_SIGNAL.search(text):
        return 0
    return sum(1 for pattern in _FOOTER_SIGNALS if pattern.search(text))


def is_footer_text(text: str) -> bool:
    """Text that speaks to the reader about the site (contact, subscribe, cookies, FAQ)."""
    signals = footer_signals(text)
    return signals >= 2 or (signals == 1 and bool(_READER_RE.search(text)))


_SELF_DESCRIPTION_RE = re.compile(
    r"^(?:About\s+)?(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+"
    r"(?:is|was|are|works|provides|publishes|reports|covers|brings|has been|operates|aims"
    r"|delivers|offers|relies|was founded)\b"
)


def self_description_name(text: str) -> str | None:
    """The site naming itself at the start of a footer: "X works with a network of ..."."""
    match = _SELF_DESCRIPTION_RE.match(text)
    if not match:
        return None
    name = match["name"]
    if name.split()[0].casefold() in STOPWORDS - {"the"}:
        return None
    return name


_NON_PUBLISHER_DOMAINS = wordset(
    """gmail.com googlemail.com yahoo.com yahoo.co.uk hotmail.com outlook.com live.com msn.com
    aol.com icloud.com me.com mac.com protonmail.com proton.me gmx.de gmx.net web.de mail.ru
    yandex.ru yandex.com naver.com daum.net hanmail.net qq.com 163.com 126.com
    example.com example.org example.net"""
)
_SECOND_LEVEL = wordset("co com or org ne net ac go gov edu re pe ltd plc")


def registrable_domain(domain: str) -> str:
    labels = domain.casefold().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def publisher_from_email(email: str) -> str | None:
    domain = registrable_domain(email.rsplit("@", 1)[-1])
    return None if domain in _NON_PUBLISHER_DOMAINS else domain


def squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# --------------------------------------------------------------------------- assembly


@dataclass
class MetaDraft:
    """What the text itself says about the article, gathered line by line."""

    headline: str | None = None
    dates: list[datetime.date] = field(default_factory=list)
    updated: list[datetime.date] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    copyright_holders: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    footer_texts: list[str] = field(default_factory=list)

    def publisher(self) -> str | None:
        """By general rules, best first: a copyright holder; a site describing itself in
        a footer (when an e-mail address or "our/we" backs it); an agency in a dateline;
        the domain of a non-webmail e-mail address."""
        if self.copyright_holders:
            return self.copyright_holders[0]
        email_keys = [squash(e.split("@")[0]) + "|" + squash(e.split("@")[-1]) for e in self.emails]
        for name in self.site_names:
            key = squash(name.removeprefix("The "))
            backed = any(key and key in email for email in email_keys) or any(
                name in text and _READER_RE.search(text) for text in self.footer_texts
            )
            if backed:
                return name
        if self.agencies:
            return self.agencies[0]
        for email in self.emails:
            publisher = publisher_from_email(email)
            if publisher:
                return publisher
        return None

    def build(self, explicit: ArticleMeta, default_date: datetime.date | None) -> ArticleMeta:
        """Explicit metadata (front matter, JSON fields, HTML meta tags) wins field by field;
        the command line's date fills in only when the file gives none."""
        date = explicit.date_published
        if date is None and self.dates:
            date = self.dates[0]
        if date is None and self.updated:
            date = self.updated[0]
        if date is None:
            date = default_date
        return replace(
            explicit,
            headline=explicit.headline or self.headline,
            date_published=date,
            authors=explicit.authors or _unique(self.authors),
            publisher=explicit.publisher or self.publisher(),
            keywords=explicit.keywords or _unique(self.keywords),
            translators=explicit.translators or _unique(self.translators),
            editors=explicit.editors or _unique(self.editors),
            dateline=explicit.dateline or (self.datelines[0] if self.datelines else None),
        )


_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "headline": ("title", "headline", "name"),
    "date": ("date", "datepublished", "date_published", "published", "pubdate", "created"),
    "authors": ("author", "authors", "byline", "creator", "creators"),
    "publisher": ("publisher", "site", "site_name", "sitename", "source", "outlet"),
    "url": ("url", "link", "canonical", "canonical_url", "permalink", "source_url"),
    "keywords": ("tags", "keywords", "categories", "topics"),
    "language": ("lang", "language", "inlanguage"),
    "translators": ("translator", "translators"),
    "editors": ("editor", "editors"),
}


def meta_from_fields(fields: Mapping[str, object]) -> ArticleMeta:
    """ArticleMeta from front matter or a JSON record, accepting the usual field names."""
    lowered = {str(k).casefold(): v for k, v in fields.items()}

    def pick(kind: str) -> object:
        for alias in _FIELD_ALIASES[kind]:
            value = lowered.get(alias)
            if value not in (None, "", [], ()):
                return value
        return None

    def text(kind: str) -> str | None:
        value = pick(kind)
        if isinstance(value, Mapping):
            value = value.get("name")
        return " ".join(str(value).split()) if isinstance(value, (str, int, float)) else None

    return ArticleMeta(
        headline=text("headline"),
        date_published=parse_date(pick("date")),
        authors=names_from_field(pick("authors")),
        publisher=text("publisher"),
        keywords=keywords_from_field(pick("keywords")),
        url=text("url"),
        translators=names_from_field(pick("translators")),
        editors=names_from_field(pick("editors")),
        language=text("language"),
    )
