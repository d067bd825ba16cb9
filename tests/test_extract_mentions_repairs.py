"""Repairs of the small NER's predictable mistakes (extract.mentions.repairs): names it cut
short or joined, and countries it took for people."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, names


def test_a_hyphenated_given_name_after_a_family_name_stays_in_the_name() -> None:
    from spacy.tokens import Span

    from textkg.extract.mentions.repairs import repair_entities
    from textkg.extract.tokens import TokenTable
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model

    doc = load_model()("Moon Ha-eun, Chile's trade envoy, said exports would rise.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]  # the NER cut the name at "Moon"
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    assert [(e.text, e.label_) for e in table.ents if e.label_ == "PERSON"] == [
        ("Moon Ha-eun", "PERSON")
    ]
    # a hyphenated word after a space-separated dash is no given name
    doc = load_model()("Moon - as he is known - said exports would rise.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    assert [e.text for e in table.ents if e.label_ == "PERSON"] == ["Moon"]


def test_a_country_before_a_possessive_title_is_the_country_whatever_the_ner_said() -> None:
    from spacy.tokens import Span

    from textkg.extract.mentions.repairs import repair_entities
    from textkg.extract.tokens import TokenTable
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model

    doc = load_model()("Latvia's culture minister, Ieva Ozola, flew to Cannes.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 6, 8, label="PERSON")]
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    assert (table.ents[0].text, table.ents[0].label_) == ("Latvia", "GPE")
    # a person's possessive before no title stays a person
    doc = load_model()("Jordan's goal came late.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    assert [(e.text, e.label_) for e in table.ents] == [("Jordan", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quotas follow the advice of the Marine and Freshwater Research Institute, which "
            "is based in Bergen.",
            "Marine and Freshwater Research Institute",
        ),
        (
            "The Trinidad and Tobago Coast Guard rescued 14 fishermen.",
            "Trinidad and Tobago Coast Guard",
        ),
    ],
)
def test_an_organisations_name_with_and_is_not_cut_at_and(text: str, name: str) -> None:
    assert name in names(facts_of(text))


def test_two_organisations_joined_by_and_stay_two() -> None:
    assert {"Apple", "Google Research"} <= set(
        names(facts_of("Apple and Google Research said so."))
    )


def test_two_family_names_joined_by_and_are_two_people_not_an_organisation() -> None:
    from spacy.tokens import Span

    from textkg.extract.mentions.repairs import repair_entities
    from textkg.extract.tokens import TokenTable
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model

    doc = load_model()("Marisa Zammit won. Anton Farrugia lost. Borg met Zammit and Farrugia.")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 4, 6, label="PERSON"),
        Span(doc, 8, 9, label="PERSON"),
        Span(doc, 10, 13, label="ORG"),  # the NER's "Zammit and Farrugia"
    ]
    table = TokenTable(doc)
    repair_entities(table, default_lexicon())
    assert [(e.text, e.label_) for e in table.ents][-2:] == [
        ("Zammit", "PERSON"),
        ("Farrugia", "PERSON"),
    ]
