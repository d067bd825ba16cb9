"""The trigger lexicon is data: it loads, it is checked, and extending it changes extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib.namespace import SDO

from textkg.errors import TextkgError
from textkg.extract import extract_facts
from textkg.lexicon import LEXICON_FILE, default_lexicon, read_lexicon
from textkg.namespaces import REL, TK
from textkg.nlp import load_model
from textkg.records import ArticleText
from textkg.vocabulary import vocabulary

PACKAGED = Path(__file__).resolve().parents[1] / "src" / "textkg" / LEXICON_FILE


def test_the_packaged_lexicon_covers_every_typed_relation() -> None:
    lex = default_lexicon()
    predicates = {f.predicate for f in lex.verbs.values()} | {
        f.predicate for f in lex.nouns.values()
    }
    predicates |= set(lex.descriptors.values())
    # partOf and nationality come from names, titles and possessives rather than verbs
    typed = {r.iri for r in vocabulary()}
    bio = lex.biography  # the biography rules' words, one list per relation
    predicates |= {
        predicate
        for predicate, words in [
            (SDO.birthPlace, bio.birth_words),
            (SDO.deathPlace, bio.death_verbs),
            (SDO.founder, bio.founding_verbs | bio.founder_nouns),
            (SDO.alumniOf, frozenset(bio.schools)),
            (SDO.spouse, bio.marriage_verbs | bio.spouse_nouns),
            (SDO.parent, bio.child_nouns | bio.parent_nouns),
            (SDO.sibling, bio.sibling_nouns),
        ]
        if words
    }
    assert typed - predicates <= {TK.nationality, TK.leaderOf, TK.memberOf, SDO.children}
    assert {"director", "minister", "president"} <= lex.leader_titles
    assert all(0.0 <= c <= 1.0 for c in lex.confidence.values())


def test_an_added_trigger_verb_gives_its_relation(tmp_path: Path) -> None:
    text = "Angela Merkel applauded Emmanuel Macron in Paris."
    nlp = load_model()
    before = extract_facts(nlp(text), ArticleText("a.txt", text))
    assert [r.predicate for r in before.relations] == [REL["applaud"]]

    data = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    data["verbs"]["applaud"] = {"predicate": "tk:metWith", "objects": ["dobj"], "event": "Meeting"}
    extended = tmp_path / "triggers.yaml"
    extended.write_text(yaml.safe_dump(data), encoding="utf-8")
    after = extract_facts(nlp(text), ArticleText("a.txt", text), read_lexicon(extended))
    assert [r.predicate for r in after.relations] == [TK.metWith]
    (meeting,) = after.events
    assert meeting.place is not None and meeting.place.name == "Paris"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("titles"), "titles"),
        (lambda d: d["verbs"].update({"eat": {"predicate": "tk:ate"}}), "tk:ate"),
        (lambda d: d["confidence"].update({"verb": 3}), "confidence"),
    ],
)
def test_a_bad_lexicon_is_refused_with_its_name(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(PACKAGED.read_text(encoding="utf-8"))
    change(data)
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(TextkgError, match=message) as caught:
        read_lexicon(bad)
    assert str(bad) in str(caught.value)


def test_a_missing_lexicon_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TextkgError, match="cannot read"):
        read_lexicon(tmp_path / "nowhere.yaml")


def test_every_word_of_the_lexicon_is_text() -> None:
    """YAML reads a bare on, no or yes as a boolean: such a word would never match."""
    from importlib import resources

    import yaml

    data = yaml.safe_load(
        resources.files("textkg.ontology").joinpath("relation_triggers.yaml").read_text("utf-8")
    )

    def words(node: object) -> list[object]:
        if isinstance(node, dict):
            return [w for value in node.values() for w in words(value)]
        if isinstance(node, list):
            return [
                w
                for item in node
                for w in ([item] if not isinstance(item, dict | list) else words(item))
            ]
        return []

    assert not [w for w in words(data) if isinstance(w, bool)]


def test_no_word_list_or_frame_is_written_twice_in_the_packaged_data() -> None:
    """YAML keeps the last of two equal keys: a second frame for a verb silently replaces
    the first (a verb's senses are a list under one key)."""
    from importlib import resources

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
        keys = [loader.construct_object(k) for k, _ in node.value]
        twice = {k for k in keys if keys.count(k) > 1}
        assert not twice, f"written twice: {sorted(map(str, twice))} (line {node.start_mark.line})"
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    folder = resources.files("textkg") / "ontology"
    for name in ("relation_triggers.yaml", "aliases.yaml"):
        yaml.load((folder / name).read_text(encoding="utf-8"), Loader=Strict)
