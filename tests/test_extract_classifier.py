"""The small trained relation classifier: packaged, bounded, and adding what rules miss."""

from __future__ import annotations

import pytest

from fixtures.extract.support import facts_of, rule_of, triples
from textkg.extract import classifier
from textkg.extract.classifier import KIND_BY_TYPES, default_model

SENTENCE = "Joe Jackson wrote for the Chicago Tribune for ten years."


def test_the_packaged_model_has_thresholds_for_every_kind() -> None:
    model = default_model()
    assert model is not None
    kinds = set(KIND_BY_TYPES.values())
    for setting in ("precise", "f1"):
        assert set(model.thresholds[setting]) == kinds
        assert all(0.0 <= t <= 1.0 for t in model.thresholds[setting].values())
    # the graphs' setting never accepts a relation the model finds less likely than not
    assert all(t >= 0.5 for t in model.thresholds["precise"].values())


def test_it_adds_a_relation_the_rules_do_not_state() -> None:
    facts = facts_of(SENTENCE)
    assert ("Joe Jackson", "tk:worksFor", "Chicago Tribune") in triples(facts)
    assert rule_of(facts, "Joe Jackson", "tk:worksFor", "Chicago Tribune") == "classifier"
    relation = next(r for r in facts.relations if r.extractor == "classifier")
    assert 0.5 <= relation.confidence <= 1.0


def test_without_the_model_the_rules_work_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from textkg.extract import extract_facts
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    monkeypatch.setattr(
        classifier, "default_model", lambda weights="stock", setting="precise": None
    )
    facts = extract_facts(load_model()(SENTENCE), ArticleText("a.txt", SENTENCE))
    assert not any(r.extractor == "classifier" for r in facts.relations)


def test_each_recogniser_has_its_own_shipped_model() -> None:
    stock, tuned = classifier.default_model(), classifier.default_model("conll04")
    assert stock is not None and tuned is not None
    assert stock.weights != tuned.weights
    assert set(tuned.thresholds) == {"precise", "f1"}


def test_the_f1_setting_has_its_own_model_and_the_graphs_keep_theirs() -> None:
    graphs, f1 = default_model("stock", "precise"), default_model("stock", "f1")
    assert graphs is not None and f1 is not None and graphs is not f1
    # the CoNLL04 comparison's model weighs the context and the word vectors; the graphs'
    # model, checked on news, weighs neither
    assert f1.dense is not None and any(classifier.CONTEXT in name for name in f1.features)
    assert graphs.dense is None and not any(classifier.CONTEXT in n for n in graphs.features)
    # the tuned recogniser has one model for both settings
    assert default_model("conll04", "f1") is default_model("conll04", "precise")


def _eager_model(kind: str) -> classifier.RelationModel:
    """A model sure of every pair of one kind, whatever the words say."""
    thresholds = {k: 1.0 for k in KIND_BY_TYPES.values()} | {kind: 0.5}
    return classifier.RelationModel(
        {f"{kind}|bias": 0}, (5.0,), {"f1": thresholds, "precise": thresholds}
    )


def _classified(
    text: str, model: classifier.RelationModel, setting: str = "f1"
) -> set[tuple[str, str]]:
    from textkg.extract import read_document, run_parts
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    view = read_document(load_model()(text), ArticleText("a.txt", text))
    rules = [name for name in default_lexicon().pipeline if name != "classifier"]
    found = run_parts(view, rules)
    return {
        (c.subject.name, c.object.name) for c in classifier.classify(view, found, model, setting)
    }


def test_two_names_of_one_type_get_one_direction_only() -> None:
    model = _eager_model("Kill")
    # equally sure both ways: the name written first is taken for the doer
    found = _classified(
        "Omar Farouk and Samir Nassar were seen in Beirut after the shooting.", model
    )
    assert found == {("Omar Farouk", "Samir Nassar")}
    # a rule said who killed whom: the model may not add the reverse
    assert not _classified("Samir Nassar was killed by Omar Farouk in Beirut.", model)


def test_no_killing_is_classified_in_a_sentence_that_tells_of_none() -> None:
    model = _eager_model("Kill")
    assert not _classified("Omar Farouk took 51% of the vote against Samir Nassar.", model)
    assert _classified("Omar Farouk met Samir Nassar hours before the shooting.", model)


def test_a_denied_or_intended_event_is_not_classified() -> None:
    model = _eager_model("Kill")
    shot = {("Omar Farouk", "Samir Nassar")}
    assert _classified("Omar Farouk shot Samir Nassar in Beirut.", model) == shot
    assert not _classified("Omar Farouk did not shoot Samir Nassar in Beirut.", model)
    assert not _classified("Omar Farouk tried to shoot Samir Nassar in Beirut.", model)
    # a denial of something else leaves the shooting a fact
    for text in (
        "Police in Beirut could not say why Omar Farouk shot Samir Nassar.",
        "Omar Farouk did not flee and shot Samir Nassar in Beirut.",
        "Omar Farouk wanted to leave Beirut after he shot Samir Nassar.",
    ):
        assert _classified(text, model) == shot, text


def test_the_features_say_which_name_did_a_passive_verb() -> None:
    from textkg.extract import read_document
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    text = "Samir Nassar, who was shot by Omar Farouk, died in Beirut."
    ctx = read_document(load_model()(text), ArticleText("a.txt", text))
    by_name = {m.name: m for m in ctx.mentions}
    shooter, victim = by_name["Omar Farouk"], by_name["Samir Nassar"]
    assert "Kill|agent=head" in classifier.pair_features(ctx, shooter, victim, "Kill")
    assert "Kill|agent=tail" in classifier.pair_features(ctx, victim, shooter, "Kill")
    assert not any(
        f.startswith("Kill|agent=")
        for f in classifier.pair_features(ctx, victim, by_name["Beirut"], "Kill")
    )


def _admitted(text: str, setting: str) -> set[tuple[str, str]]:
    from textkg.extract import read_document, run_parts
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    view = read_document(load_model()(text), ArticleText("a.txt", text))
    found = run_parts(view, [name for name in default_lexicon().pipeline if name != "classifier"])
    return {
        (head.name, tail.name)
        for sentence in view.sentences
        for head, tail, _kind, _info in classifier.candidate_pairs(view, sentence.index, found)
        if classifier.admissible(view, head, tail, setting)
    }


def test_the_graphs_setting_admits_only_names_the_parse_joins_closely() -> None:
    # training sets each setting's thresholds on the pairs admissible in it, so the runtime
    # must leave out exactly those pairs
    far = (
        "Omar Farouk said on Monday that the long report, which officials in Beirut had "
        "written, was wrong."
    )
    assert ("Omar Farouk", "Beirut") in _admitted(far, "f1")
    assert ("Omar Farouk", "Beirut") not in _admitted(far, "precise")
    eager = _eager_model("Live_In")
    assert _classified(far, eager, "f1") == {("Omar Farouk", "Beirut")}
    assert not _classified(far, eager, "precise")
    # a news agency in a dateline is who sent the story, not an employer
    dateline = "BEIRUT (AP) - Omar Farouk shot Samir Nassar on Monday."
    assert ("Omar Farouk", "AP") in _admitted(dateline, "f1")
    assert ("Omar Farouk", "AP") not in _admitted(dateline, "precise")
    assert ("Omar Farouk", "Samir Nassar") in _admitted(dateline, "precise")
    # an event that did not happen joins no one, in either setting
    for setting in ("precise", "f1"):
        assert not _admitted("Omar Farouk did not move to Beirut.", setting)


def test_no_home_is_classified_where_a_person_speaks_or_goes() -> None:
    for text in (
        "The deal is done, Mwangi Otieno said in Kisumu on Friday.",
        "The plan will work, said Mwangi Otieno in Kisumu on Friday.",
        "Mwangi Otieno arrived in Kisumu for a two-day conference.",
    ):
        assert ("Mwangi Otieno", "Kisumu") not in _admitted(text, "f1"), text
    # where a person comes from may be their home
    assert ("Mwangi Otieno", "Kisumu") in _admitted("Mwangi Otieno is from Kisumu.", "f1")


def test_the_parsers_word_vectors_weigh_in_when_the_parse_has_them() -> None:
    import numpy as np

    from textkg.extract import read_document, run_parts
    from textkg.lexicon import default_lexicon
    from textkg.nlp import load_model
    from textkg.records import ArticleText

    doc = load_model()(SENTENCE)
    view = read_document(doc, ArticleText("a.txt", SENTENCE))
    by_name = {m.name: m for m in view.mentions}
    vector = classifier.pair_vector(view, by_name["Joe Jackson"], by_name["Chicago Tribune"])
    assert vector is not None and vector.shape == (4 * doc.tensor.shape[1],)
    # a model that knows nothing but this pair's vector, sure of it (p = 0.95 > 0.6)
    thresholds = {k: 1.0 for k in KIND_BY_TYPES.values()} | {"Work_For": 0.6}
    dense = classifier.DenseWeights(
        np.zeros_like(vector), np.ones_like(vector), {"Work_For": 3 * vector / (vector @ vector)}
    )
    model = classifier.RelationModel({}, (), {"f1": thresholds, "precise": thresholds}, dense)
    rules = [name for name in default_lexicon().pipeline if name != "classifier"]
    found = run_parts(view, rules)
    named = {(c.subject.name, c.object.name) for c in classifier.classify(view, found, model, "f1")}
    assert ("Joe Jackson", "Chicago Tribune") in named
    # a parse without vectors gets the average pair's score from them (p = 0.5): nothing
    doc.tensor = np.zeros((0, 0), dtype="float32")
    assert classifier.pair_vector(view, by_name["Joe Jackson"], by_name["Chicago Tribune"]) is None
    assert not list(classifier.classify(view, found, model, "f1"))
