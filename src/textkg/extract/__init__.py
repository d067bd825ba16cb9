"""The extract stage: mentions, typed relations, events and quotes from one parsed article.

``extract_facts(doc, article)`` reads the spaCy parse that the nlp stage made of
``article.text`` (no second pass over the text) and returns the article's ``ArticleFacts``.
All offsets are character offsets into ``article.text``. The rules' words live in
``ontology/relation_triggers.yaml``; a small trained classifier adds the relations of the
CoNLL04 kinds the rules do not state (see ``textkg.extract.classifier``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from textkg.extract.classifier import add_classified_relations
from textkg.extract.context import DocContext
from textkg.extract.document import ExtractOptions
from textkg.extract.events import build_events
from textkg.extract.mentions import build_mentions
from textkg.extract.quotes import extract_quotes
from textkg.extract.relations import RelationRules
from textkg.extract.sentences import sentence_records, split_sentences, token_sentences
from textkg.extract.titles import TitleRules
from textkg.extract.tokens import TokenTable
from textkg.lexicon import Lexicon, default_lexicon
from textkg.records import ArticleFacts, ArticleText, RelationFact

__all__ = ["ExtractOptions", "build_context", "extract_facts"]


def build_context(doc: Doc, article: ArticleText, lexicon: Lexicon | None = None) -> DocContext:
    """Run the rules over one parsed article; the context holds what they found."""
    lex = lexicon or default_lexicon()
    if len(doc) and (len(doc.text) != len(article.text) or doc.text != article.text):
        raise ValueError(f"{article.source}: the parse is not of this article's text")
    table = TokenTable(doc, article.text)
    spans = split_sentences(table)
    owner = token_sentences(table, spans)
    mention_set = build_mentions(table, spans, owner, lex)
    ctx = DocContext(table, article, spans, owner, mention_set, lex)
    titles = TitleRules(ctx)
    titles.run_titles()
    rules = RelationRules(ctx)
    rules.groups()
    titles.run_role_references()
    rules.embedded()
    for sentence in spans:
        rules.structural(sentence.index)
        rules.verbs(sentence.index)
        rules.nouns(sentence.index)
    return ctx


def extract_facts(
    doc: Doc,
    article: ArticleText,
    lexicon: Lexicon | None = None,
    options: ExtractOptions | None = None,
) -> ArticleFacts:
    """Everything the rules (and the relation classifier) find in one article."""
    options = options or ExtractOptions()
    ctx = build_context(doc, article, lexicon)
    if options.classifier:
        add_classified_relations(
            ctx, setting=options.classifier_setting, weights=options.relation_model
        )
    events = build_events(ctx)
    quotes = extract_quotes(ctx)
    relations = sorted(
        ctx.relations.values(),
        key=lambda r: (r.sentence, r.subject.start, r.object.start, r.predicate, r.rule),
    )
    mentions = sorted(ctx.mentions, key=lambda m: (m.start, m.end, m.name, m.etype.value))
    return ArticleFacts(
        article=article,
        sentences=sentence_records(article.text, ctx.sentences),
        mentions=tuple(m.to_record(ctx.doc) for m in mentions),
        relations=tuple(
            RelationFact(
                r.subject.to_record(ctx.doc),
                r.predicate,
                r.object.to_record(ctx.doc),
                r.sentence,
                r.rule,
                round(r.confidence, 3),
            )
            for r in relations
        ),
        events=tuple(events),
        quotes=tuple(quotes),
    )
