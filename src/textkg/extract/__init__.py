"""The extract stage: mentions, typed relations, events and quotes from one parsed article.

``extract_facts(doc, article)`` reads the spaCy parse that the nlp stage made of
``article.text`` (no second pass over the text) and returns the article's ``ArticleFacts``.
All offsets are character offsets into ``article.text``. The rules' words live in
``ontology/relation_triggers.yaml``; a small trained classifier adds the relations of the
CoNLL04 kinds the rules do not state (see ``textkg.extract.classifier``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from textkg.extract.candidates import Findings
from textkg.extract.document import DocView, ExtractOptions
from textkg.extract.events import build_events
from textkg.extract.mentions import Ment, build_mentions
from textkg.extract.quotes import extract_quotes
from textkg.extract.registry import AnnotatorPart, parts
from textkg.extract.rules.office_country import qualify_home_bodies
from textkg.extract.sentences import sentence_records, split_sentences, token_sentences
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon, default_lexicon
from textkg.namespaces import curie
from textkg.records import ArticleFacts, ArticleText, DateFact, RelationFact

__all__ = ["DocView", "ExtractOptions", "Findings", "extract_facts", "read_document", "run_parts"]


def read_document(
    doc: Doc,
    article: ArticleText,
    lexicon: Lexicon | None = None,
    options: ExtractOptions | None = None,
) -> DocView:
    """The parse of one article with its sentences and mentions, ready for the parts."""
    lex = lexicon or default_lexicon()
    if len(doc) and (len(doc.text) != len(article.text) or doc.text != article.text):
        raise ValueError(f"{article.source}: the parse is not of this article's text")
    table = TokenTable(doc, article.text)
    spans = split_sentences(table)
    owner = token_sentences(table, spans)
    mention_set = build_mentions(table, spans, owner, lex)
    return DocView(table, article, spans, owner, mention_set, lex, options)


def run_parts(view: DocView, names: list[str] | None = None) -> Findings:
    """Run the extraction parts in the lexicon's order (or the ``names`` given)."""
    lex = view.lex
    found = Findings(
        dict(lex.confidence), lex.world_regions, lex.island_words, lex.place_head_nouns
    )
    for part in parts(list(view.lex.pipeline) if names is None else names):
        if isinstance(part, AnnotatorPart):
            part.run(view)
        else:
            found.add_all(part.run(view, found))
    return found


def extract_facts(
    doc: Doc,
    article: ArticleText,
    lexicon: Lexicon | None = None,
    options: ExtractOptions | None = None,
) -> ArticleFacts:
    """Everything the rules (and the relation classifier) find in one article."""
    view = read_document(doc, article, lexicon, options)
    found = run_parts(view)
    qualify_home_bodies(view)  # "the Ministry of X" in a story filed from its country
    events = build_events(view, found)
    quotes = extract_quotes(view)
    relations = sorted(
        found,
        key=lambda r: (r.sentence, r.subject.start, r.object.start, curie(r.predicate), r.rule),
    )
    mentions = sorted(view.mentions, key=lambda m: (m.start, m.end, m.name, m.etype.value))
    return ArticleFacts(
        article=article,
        sentences=sentence_records(article.text, view.sentences),
        mentions=tuple(m.to_record(view.doc) for m in mentions),
        relations=tuple(
            RelationFact(
                r.subject.to_record(view.doc),
                r.predicate,
                r.object.to_record(view.doc),
                r.sentence,
                r.rule + ("+coreference" if _refers(r.subject) or _refers(r.object) else ""),
                round(r.confidence, 3),
            )
            for r in relations
        ),
        events=tuple(events),
        quotes=tuple(quotes),
        dates=_dates(view, found),
    )


def _dates(view: DocView, found: Findings) -> tuple[DateFact, ...]:
    """The dates found, in the order of the text (then property and value)."""
    facts = [
        DateFact(
            d.subject.to_record(view.doc),
            d.predicate,
            d.text,
            d.value,
            d.precision,
            d.sentence,
            d.rule + ("+coreference" if _refers(d.subject) else ""),
            round(d.confidence if d.confidence is not None else 0.5, 3),
        )
        for d in found.dates.values()
    ]
    return tuple(
        sorted(
            facts,
            key=lambda f: (f.sentence, f.subject.start, curie(f.predicate), f.iso, f.extractor),
        )
    )


def _refers(ment: Ment) -> bool:
    """A fact resting on a pronoun or a description ("he", "the company") is marked so."""
    return ment.reference in ("pronoun", "description")
