from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from textkg.extract import extract_facts
from textkg.longtext import join_facts, split_article
from textkg.nlp import load_model
from textkg.parsing import ParseJob, extract_all
from textkg.records import ArticleFacts, ArticleMeta, ArticleText, SkippedInput

PARAGRAPHS = [
    "Maria Lopez, the mayor of Lisbon, met Daniel Okafor in Porto on Monday.",
    "Henrik Larsen visited Nairobi on Tuesday, where he met Grace Wanjiru.",
    "Aiko Tanaka, the chief executive of Hoshino Motors, said the plant would open in May.",
    "Priya Raman travelled to Ottawa on Friday and met Claire Dubois at the embassy.",
]
TEXT = "\n\n".join(PARAGRAPHS * 3)
ARTICLE = ArticleText("in/long.txt", TEXT, ArticleMeta(headline="Long"))


def whole_facts(article: ArticleText) -> ArticleFacts:
    nlp = load_model()
    return extract_facts(nlp(article.text), article)


def window_facts(article: ArticleText, size: int) -> ArticleFacts:
    nlp = load_model()
    parts = [
        (w.offset, extract_facts(nlp(w.article.text), w.article))
        for w in split_article(article, size)
    ]
    return join_facts(article, parts)


def test_windows_cover_the_text_at_paragraph_breaks() -> None:
    windows = split_article(ARTICLE, 200)
    assert len(windows) > 3
    assert "".join(w.article.text for w in windows) == TEXT
    for window in windows:
        assert TEXT[window.offset : window.offset + len(window.article.text)] == window.article.text
        assert window.article.text.endswith("\n\n") or window is windows[-1]
        assert window.article.meta == ARTICLE.meta and window.article.source == ARTICLE.source
    assert split_article(ARTICLE) == [split_article(ARTICLE)[0]]
    assert split_article(ARTICLE)[0].article is ARTICLE


def test_facts_joined_from_windows_index_the_whole_text() -> None:
    joined = window_facts(ARTICLE, 200)
    assert joined.article == ARTICLE
    for sentence in joined.sentences:
        assert TEXT[sentence.start : sentence.end] == sentence.text
    for mention in joined.mentions:
        assert TEXT[mention.start : mention.end] == mention.text
        sentence = joined.sentences[mention.sentence]
        assert sentence.start <= mention.start < mention.end <= sentence.end
    for relation in joined.relations:
        sentence = joined.sentences[relation.sentence]
        assert sentence.start <= relation.subject.start < sentence.end
    for event in joined.events:
        assert all(TEXT[p.start : p.end] == p.text for p in event.participants)


def test_paragraph_windows_find_what_the_whole_text_gives() -> None:
    whole = whole_facts(ARTICLE)
    joined = window_facts(ARTICLE, 200)
    assert [s.text for s in joined.sentences] == [s.text for s in whole.sentences]
    assert joined.mentions == whole.mentions
    # the relation classifier also weighs the document as a whole: its confidences may move
    assert [replace(r, confidence=0) for r in joined.relations] == [
        replace(r, confidence=0) for r in whole.relations
    ]
    assert joined.events == whole.events


def test_a_build_reads_a_text_over_the_parsers_limit(
    parser_limit: Callable[[int], int],
) -> None:
    limit = parser_limit(300)
    assert len(TEXT) > 3 * limit
    [(facts, words)] = list(extract_all([ARTICLE], ParseJob()))  # type: ignore[misc]
    assert facts == window_facts(ARTICLE, limit)
    assert words > 100


def test_one_window_that_fails_leaves_the_whole_article_out_in_one_line(
    parser_limit: Callable[[int], int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import textkg.parsing

    parser_limit(300)

    def extract(doc: object, article: ArticleText, **kwargs: object) -> ArticleFacts:
        if "Ottawa" in article.text:
            raise KeyError("injected")
        return extract_facts(doc, article)  # type: ignore[arg-type]

    monkeypatch.setattr(textkg.parsing, "extract_facts", extract)
    short = ArticleText("in/short.txt", PARAGRAPHS[0])
    outcomes = list(extract_all([ARTICLE, short], ParseJob()))
    skipped = [o for o in outcomes if isinstance(o, SkippedInput)]
    assert len(outcomes) == 2 and len(skipped) == 1
    assert skipped[0].source == "in/long.txt"
    assert skipped[0].reason.startswith("characters ")
    assert skipped[0].reason.endswith(
        "facts could not be extracted (KeyError: 'injected'); please report it; article left out"
    )


def test_dates_read_in_windows_point_into_the_whole_text() -> None:
    paragraphs = [
        "Karl Weber (1902–1980) was an Austrian architect.",
        "Ilse Rahn was born on 4 May 1931 in Graz.",
        "The Harlow Trust was founded in March 1921.",
    ]
    text = "\n\n".join(paragraphs)
    article = ArticleText("in/bios.txt", text)
    joined = window_facts(article, 60)
    assert (
        {(d.subject.name, d.iso) for d in joined.dates}
        == {(d.subject.name, d.iso) for d in whole_facts(article).dates}
        == {
            ("Karl Weber", "1902"),
            ("Karl Weber", "1980"),
            ("Ilse Rahn", "1931-05-04"),
            ("Harlow Trust", "1921-03"),
        }
    )
    for fact in joined.dates:
        assert text[fact.subject.start : fact.subject.end] == fact.subject.text
        assert fact.text in joined.sentences[fact.sentence].text
