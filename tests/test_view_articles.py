"""The article texts on the page: found in the build state by content hash, names tied to the
drawn entities, offsets in the page's own units, and the page kept to a bounded size."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SDO

from textkg.namespaces import TK
from textkg.view import Articles, ViewOptions, render_view
from textkg.view import articles as articles_module
from textkg.view.articles import name_key, utf16_offsets
from view_support import (
    ENVOY_TEXT,
    HARBOUR_TALKS,
    HARBOUR_TEXT,
    IMG_NAME,
    SCRIPT_NAME,
    GraphMaker,
    article_facts,
    iri,
    small_articles,
    small_graph,
)


def page_data(page: str) -> dict[str, Any]:
    match = re.search(
        r'<script type="application/json" id="textkg-data">(.*?)</script>', page, re.S
    )
    assert match
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.fixture(scope="module")
def small() -> Graph:
    return small_graph()


@pytest.fixture(scope="module")
def data(small: Graph) -> dict[str, Any]:
    return page_data(render_view(small, ViewOptions(), small_articles()))


def document(data: dict[str, Any], title: str) -> dict[str, Any]:
    found: dict[str, Any] = next(d for d in data["docs"] if d["title"] == title)
    return found


def mentions(data: dict[str, Any], doc: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    """(text as written, type, the drawn node's label or None) for each marked name."""
    flat = doc["mn"]
    found = []
    for i in range(0, len(flat), 4):
        start, end, kind, node = flat[i : i + 4]
        label = data["nodes"][node]["l"] if node >= 0 else None
        found.append((doc["x"][start:end], data["mtypes"][kind]["key"], label))
    return found


def test_each_document_carries_its_kept_text(data: dict[str, Any]) -> None:
    assert document(data, "Harbour talks open in Kessel")["x"] == HARBOUR_TEXT
    assert document(data, "Trade envoy tours the north")["x"] == ENVOY_TEXT
    assert data["texts"] == {"from": "small.facts.jsonl.gz", "shown": 2, "leftOut": 0, "missing": 0}


def test_names_are_tied_to_the_entities_drawn(data: dict[str, Any]) -> None:
    marked = mentions(data, document(data, "Harbour talks open in Kessel"))
    assert ("Foreign Minister Mara Ilves", "Person", "Mara Ilves") in marked
    assert ("Berger", "Person", "Tomas Berger") in marked  # an alias
    assert ("Valdora", "Country", "Valdora") in marked
    assert ("Kessel", "City", "Kessel") in marked
    assert (IMG_NAME, "Person", IMG_NAME) in marked
    assert (SCRIPT_NAME, "Organization", SCRIPT_NAME) in marked
    starts = document(data, "Harbour talks open in Kessel")["mn"][::4]
    assert starts == sorted(starts)


def test_fact_sentences_sit_at_their_offsets(data: dict[str, Any]) -> None:
    checked = 0
    for text, doc, _, _, start in data["ev"]:
        body = data["docs"][doc]["x"]
        assert body[start : start + len(text)] == text
        checked += 1
    assert checked == 11  # every sentence of the two articles carries a fact
    talks = [row for row in data["ev"] if row[0] == HARBOUR_TALKS]
    assert talks and all(row[4] == 0 for row in talks)


def test_hostile_text_stays_inside_the_data_block(small: Graph) -> None:
    page = render_view(small, ViewOptions(), small_articles())
    assert IMG_NAME not in page and SCRIPT_NAME not in page
    assert page.count("</script>") == 3  # the data block, vis-network, the page script
    assert SCRIPT_NAME in document(page_data(page), "Harbour talks open in Kessel")["x"]


def test_a_name_that_could_be_two_entities_is_marked_but_not_tied() -> None:
    m = GraphMaker()
    text = "Lind met Ona Lind and Per Lind."
    doc = m.document("doc/linds", "The Linds", date(2024, 5, 1), text)
    ona = m.entity("person/ona-lind", SDO.Person, "Ona Lind", ("Lind",))
    per = m.entity("person/per-lind", SDO.Person, "Per Lind", ("Lind",))
    m.mention(doc, ona, per)
    m.relate(ona, TK.metWith, per, doc, text, 0, symmetric=True)
    facts = article_facts("doc/linds", text, date(2024, 5, 1))
    assert [x.text for x in facts.mentions] == []  # our names list does not know the Linds
    from textkg.records import EntityType, Mention

    names = [("Lind", 0, 4), ("Ona Lind", 9, 17), ("Per Lind", 22, 30)]
    facts = type(facts)(
        article=facts.article,
        sentences=facts.sentences,
        mentions=tuple(Mention(t, t, EntityType.PERSON, s, e, 0) for t, s, e in names),
    )
    data = page_data(render_view(m.graph, ViewOptions(), Articles((facts,), "linds.facts")))
    marked = mentions(data, document(data, "The Linds"))
    assert marked == [
        ("Lind", "Person", None),
        ("Ona Lind", "Person", "Ona Lind"),
        ("Per Lind", "Person", "Per Lind"),
    ]


def test_offsets_count_as_the_page_does_past_astral_characters() -> None:
    m = GraphMaker()
    text = "Harbour news \U0001f6a2 today. Mara Ilves met Tomas Berger."
    sentence = "Mara Ilves met Tomas Berger."
    doc = m.document("doc/ship", "Ships", date(2024, 5, 1), text)
    ilves = m.entity("person/mara-ilves", SDO.Person, "Mara Ilves")
    berger = m.entity("person/tomas-berger", SDO.Person, "Tomas Berger")
    m.mention(doc, ilves, berger)
    m.relate(ilves, TK.metWith, berger, doc, sentence, text.index(sentence), symmetric=True)
    data = page_data(
        render_view(
            m.graph,
            ViewOptions(),
            Articles((article_facts("doc/ship", text, date(2024, 5, 1)),), "s"),
        )
    )
    body = data["docs"][0]["x"]
    as_page = body.encode("utf-16-le")  # the page script indexes UTF-16 code units

    def page_slice(start: int, end: int) -> str:
        return as_page[2 * start : 2 * end].decode("utf-16-le")

    flat = data["docs"][0]["mn"]
    assert [page_slice(flat[i], flat[i + 1]) for i in range(0, len(flat), 4)] == [
        "Mara Ilves",
        "Tomas Berger",
    ]
    start = data["ev"][0][4]
    assert start == text.index(sentence) + 1
    assert page_slice(start, start + len(sentence)) == sentence
    assert utf16_offsets("abc")(2) == 2


def test_texts_beyond_the_cap_are_left_out_and_said_so(
    small: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles_module, "MAX_TEXT_CHARS", len(HARBOUR_TEXT) + 10)
    data = page_data(render_view(small, ViewOptions(), small_articles()))
    # The harbour article has more of the page's facts: it is kept, the other is not.
    assert "x" in document(data, "Harbour talks open in Kessel")
    envoy = document(data, "Trade envoy tours the north")
    assert "x" not in envoy and envoy["cut"] == 1
    assert data["texts"]["shown"] == 1 and data["texts"]["leftOut"] == 1


def test_documents_missing_from_the_build_state_are_counted(small: Graph) -> None:
    only_one = Articles(small_articles().facts[:1], "partial.facts.jsonl.gz")
    data = page_data(render_view(small, ViewOptions(), only_one))
    assert data["texts"]["shown"] == 1 and data["texts"]["missing"] == 1
    assert "cut" not in document(data, "Harbour talks open in Kessel")


def test_without_a_build_state_the_page_has_no_texts(small: Graph) -> None:
    data = page_data(render_view(small))
    assert data["texts"]["from"] is None
    assert all("x" not in doc and "mn" not in doc for doc in data["docs"])


def test_names_compare_as_the_resolver_merges_them() -> None:
    assert name_key("The Valdora Port Authority") == name_key("valdora port authority.")
    assert name_key("Calif.") == name_key("Calif")
    assert name_key("Ilves") != name_key("Mara Ilves")


def test_an_event_seen_in_two_articles_keeps_each_sentence_with_its_own() -> None:
    """The event node holds both sentences; its per-sighting statements pair each with its
    document and offset, and those are what the page marks."""
    m = GraphMaker()
    first, second = "Ilves met Berger.", "Later, Ilves and Berger met again."
    texts = {"doc/a": f"Intro. {first}", "doc/b": f"{second} Outro."}
    docs = {path: m.document(path, path, date(2024, 5, 1), text) for path, text in texts.items()}
    ilves = m.entity("person/ilves", SDO.Person, "Ilves")
    berger = m.entity("person/berger", SDO.Person, "Berger")
    meeting = m.event("event/m", TK.Meeting, (ilves, berger), None, docs["doc/a"], first, "M")
    m.evidence(meeting, docs["doc/b"], second, 0)  # the second sighting, on the node too
    for path, sentence in (("doc/a", first), ("doc/b", second)):
        statement = iri(f"statement/{path}")
        m.graph.add((statement, RDF.type, RDF.Statement))
        m.graph.add((statement, RDF.subject, meeting))
        m.graph.add((statement, RDF.predicate, RDF.type))
        m.graph.add((statement, RDF.object, TK.Meeting))
        m.evidence(statement, docs[path], sentence, texts[path].index(sentence))
    data = page_data(render_view(m.graph))
    node = next(n for n in data["nodes"] if n["l"].startswith("Meeting"))
    rows = [data["ev"][i] for i in node["e"]]
    assert sorted((row[0], data["docs"][row[1]]["title"], row[4]) for row in rows) == [
        (first, "doc/a", len("Intro. ")),
        (second, "doc/b", 0),
    ]
