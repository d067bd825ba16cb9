"""The articles beside their facts: texts and mention offsets from the build state.

The graph keeps each fact's sentence and offsets but not the whole text nor where every name
was found; the build state (``NAME.facts.jsonl.gz``) keeps both. Each graph document is found
there by its content hash, and each mention is tied to the drawn entity that the document
mentions under that name. Offsets are turned into UTF-16 units, which is how the page script
counts characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from textkg.records import ArticleFacts
from textkg.view.model import TYPE_FAMILIES, ViewModel
from textkg.view.select import normalise_name

#: Article text the page carries at most, in characters; documents with the most drawn
#: facts come first, the rest are named as left out.
MAX_TEXT_CHARS = 2_500_000
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Articles:
    """The build state's articles, and the file name they came from (named on the page)."""

    facts: Sequence[ArticleFacts]
    source: str


@dataclass(frozen=True)
class ArticleText:
    """What the page shows of one document: its text and its mentions in UTF-16 offsets."""

    text: str
    #: (start, end, type name, model entity index or None) per mention, in text order.
    mentions: tuple[tuple[int, int, str, int | None], ...]
    to_utf16: Callable[[int], int]


@dataclass(frozen=True)
class ChosenTexts:
    by_document: dict[int, ArticleText]  # model document index → its text
    cut: tuple[int, ...]  # documents whose text is in the build state but left out (the cap)
    missing: int  # documents the page refers to that the build state does not hold


def family(type_name: str) -> str:
    """Person, Organization, Place (any kind of place) or Event: what a name can denote."""
    for name, members in TYPE_FAMILIES.items():
        if type_name in members:
            return name
    return type_name


def name_key(text: str) -> str:
    """Names compared as the resolver merges them: case, accents, punctuation and "the" aside."""
    folded = _PUNCTUATION.sub("", normalise_name(text))
    folded = " ".join(folded.split())
    return folded[4:] if folded.startswith("the ") else folded


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Maps a Python (code point) offset into ``text`` to the page's UTF-16 offset."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda offset: offset
    return lambda offset: offset + bisect_left(astral, offset)


def choose_texts(
    model: ViewModel,
    articles: Articles,
    documents: Sequence[int],
    facts_per_document: dict[int, int],
    drawn: set[int],
) -> ChosenTexts:
    """Texts for ``documents`` (model indices), most drawn facts first, within the cap.

    ``drawn`` holds the model indices of entities on the page: only those are linked.
    """
    wanted: dict[str, list[int]] = defaultdict(list)
    for doc in documents:
        if (content_hash := model.documents[doc].content_hash) is not None:
            wanted[content_hash].append(doc)
    # Where each document's article is and how long its text is, in a first pass that holds
    # one article at a time (a build's facts are decoded when read); only the articles
    # chosen are read again and kept.
    found: dict[int, tuple[int, int]] = {}  # document → (position in facts, text length)
    for position, item in enumerate(articles.facts):
        for doc in wanted.pop(item.article.content_hash, ()):
            found[doc] = (position, len(item.article.text))
    order = sorted(found, key=lambda doc: (-facts_per_document.get(doc, 0), doc))
    entities_of = _entities_by_document(model, drawn)
    chosen: dict[int, ArticleText] = {}
    cut: list[int] = []
    total = 0
    for doc in order:
        position, length = found[doc]
        if total + length > MAX_TEXT_CHARS:
            cut.append(doc)
            continue
        total += length
        facts = articles.facts[position]
        chosen[doc] = _article_text(model, facts, entities_of.get(doc, ()))
    return ChosenTexts(chosen, tuple(sorted(cut)), len(documents) - len(found))


def _entities_by_document(model: ViewModel, drawn: set[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for index in sorted(drawn):
        for doc in model.entities[index].mentioned_in:
            found[doc].append(index)
    return found


def _article_text(model: ViewModel, facts: ArticleFacts, candidates: Sequence[int]) -> ArticleText:
    names: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index in candidates:
        node = model.entities[index]
        for name in (node.label, *node.aliases):
            names[(family(node.type), name_key(name))].add(index)
    to_utf16 = utf16_offsets(facts.article.text)
    mentions: list[tuple[int, int, str, int | None]] = []
    for mention in sorted(facts.mentions, key=lambda m: (m.start, -m.end)):
        kind = family(mention.entity_type.value)
        hits: set[int] = set()
        for form in (mention.name, mention.text):
            hits |= names.get((kind, name_key(form)), set())
        entity = min(hits) if len(hits) == 1 else None
        type_name = model.entities[entity].type if entity is not None else mention.entity_type.value
        mentions.append((to_utf16(mention.start), to_utf16(mention.end), type_name, entity))
    return ArticleText(facts.article.text, tuple(mentions), to_utf16)
