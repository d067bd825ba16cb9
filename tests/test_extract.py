"""The extract stage's contract: offsets, sentences, determinism, what is and is not an entity."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures.extract.support import facts_of, mention, names
from textkg.extract import extract_facts
from textkg.nlp import load_model
from textkg.records import ArticleFacts, ArticleText, EntityType

TEXT = (
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on "
    "Sept. 13. The two men discussed cooperation for three hours, and the talks cost "
    "$2 million, officials said.\n\n"
    "Director Amelia Thornbury of the Northern Survey Office visited Oslo from Mar. 4-6. "
    "Her office said the trip was a success."
)


@pytest.fixture(scope="module")
def facts() -> ArticleFacts:
    return facts_of(TEXT, date(2024, 3, 20))


def test_offsets_point_into_the_article_text(facts: ArticleFacts) -> None:
    text = facts.article.text
    for sentence in facts.sentences:
        assert sentence.text == text[sentence.start : sentence.end]
    mentions = list(facts.mentions)
    mentions += [r.subject for r in facts.relations] + [r.object for r in facts.relations]
    for event in facts.events:
        mentions += list(event.participants) + ([event.place] if event.place else [])
    for m in mentions:
        assert m.text == text[m.start : m.end]
        sentence = facts.sentences[m.sentence]
        assert sentence.start <= m.start and m.end <= sentence.end, m


def test_relations_and_events_use_the_articles_own_mentions(facts: ArticleFacts) -> None:
    known = set(facts.mentions)
    for relation in facts.relations:
        assert relation.subject in known and relation.object in known
        assert 0 <= relation.sentence < len(facts.sentences)
        assert 0.0 <= relation.confidence <= 1.0
    for event in facts.events:
        assert set(event.participants) <= known


def test_sentences_follow_paragraphs_and_full_stops(facts: ArticleFacts) -> None:
    starts = [s.text.split()[0] for s in facts.sentences]
    assert starts == ["North", "The", "Director", "Her"]


def test_a_sentence_cut_by_the_parser_inside_a_name_is_one_sentence() -> None:
    # the small parser cuts this sentence before the last words of the title
    text = (
        "The visit included a meeting between Naryshkin and North Korean Minister of State "
        "Security Ri Chang-dae, as well as working-level talks."
    )
    assert len(facts_of(text).sentences) == 1


def test_dates_numbers_money_and_nationalities_are_not_entities(facts: ArticleFacts) -> None:
    found = names(facts)
    assert not found & {"Sept. 13", "three hours", "$2 million", "Russian", "North Korean"}
    assert {"Kim Jong Un", "Vladimir Putin", "Vladivostok", "Amelia Thornbury"} <= found


def test_a_nationality_becomes_a_country_only_where_it_carries_a_fact(facts: ArticleFacts) -> None:
    russia = mention(facts, "Russia")
    assert russia.text == "Russian" and russia.entity_type is EntityType.COUNTRY
    assert any(r.object == russia for r in facts.relations)


def test_names_are_clean_and_titles_are_kept_as_roles(facts: ArticleFacts) -> None:
    director = mention(facts, "Amelia Thornbury")
    assert director.titles == ("Director",)
    office = mention(facts, "Northern Survey Office")
    assert office.text == "Northern Survey Office"  # no leading "the"


def test_extraction_is_deterministic() -> None:
    nlp = load_model()
    article = ArticleText("a.txt", TEXT)
    first = extract_facts(nlp(TEXT), article)
    second = extract_facts(nlp(TEXT), article)
    assert first == second


def test_a_parse_of_another_text_is_refused() -> None:
    nlp = load_model()
    with pytest.raises(ValueError, match=r"a\.txt"):
        extract_facts(nlp("Something else entirely."), ArticleText("a.txt", TEXT))


@pytest.mark.parametrize("text", ["", "   \n\n  ", "no names here at all."])
def test_texts_without_names_give_no_facts(text: str) -> None:
    facts = extract_facts(load_model()(text), ArticleText("empty.txt", text))
    assert facts.mentions == () and facts.relations == () and facts.events == ()
