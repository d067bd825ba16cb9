"""The HTML view without a browser: what the page holds, how options select, and safety."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from textkg.errors import TextkgError
from textkg.namespaces import TK
from textkg.view import Articles, ViewOptions, render_view, write_view
from textkg.view.layout import layout, spread_boxes
from textkg.view.model import read_model, readable_name
from view_support import (
    IMG_NAME,
    SCRIPT_NAME,
    SEPARATOR_NAME,
    SMALL_GRAPH_ENTITIES,
    GraphMaker,
    add_unlinked,
    iri,
    small_articles,
    small_graph,
    synthetic_graph,
)

DATA_BLOCK = re.compile(
    r'<script type="application/json" id="textkg-data">(.*?)</script>', re.DOTALL
)


def page_data(page: str) -> dict[str, Any]:
    match = DATA_BLOCK.search(page)
    assert match, "no data block"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def labels(data: dict[str, Any]) -> set[str]:
    return {node["l"] for node in data["nodes"]}


@pytest.fixture(scope="module")
def small() -> Graph:
    return small_graph()


@pytest.fixture(scope="module")
def small_page(small: Graph) -> str:
    return render_view(small, ViewOptions(title="Harbour <talks> & more"))


# --------------------------------------------------------------------------- the page


def test_page_is_self_contained(small_page: str) -> None:
    assert small_page.startswith("<!DOCTYPE html>")
    # No external script, style, font or image: nothing that would need the network.
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", small_page, re.IGNORECASE)
    assert not re.search(r"<link\b", small_page, re.IGNORECASE)
    assert "@import" not in small_page
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", small_page)
    # The three inline scripts: data, vis-network (from pyvis's bundle), our page script.
    assert len(re.findall(r"^<script\b", small_page, re.MULTILINE)) == 3
    assert "sourceMappingURL" not in small_page
    assert "vis-network" in small_page and "9.1.2" in small_page
    assert "cdn" not in small_page.lower().replace("cdnjs", "")  # no CDN fallback either


def test_content_security_policy_lists_exactly_our_scripts(small_page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', small_page)
    assert csp
    policy = html.unescape(csp.group(1))
    assert "default-src 'none'" in policy
    scripts = re.findall(r"^<script>(.*?)</script>$", small_page, re.DOTALL | re.MULTILINE)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]


def test_hostile_names_cannot_break_out_of_the_data_block(small_page: str) -> None:
    assert IMG_NAME not in small_page
    assert SCRIPT_NAME not in small_page
    assert "<b>bold alias</b>" not in small_page
    assert "\u2028" not in small_page and "\u2029" not in small_page
    data = page_data(small_page)
    names = labels(data)
    assert {IMG_NAME, SCRIPT_NAME, SEPARATOR_NAME} <= names  # ... yet all there, intact
    assert data["title"] == "Harbour <talks> & more"
    assert "<title>Harbour &lt;talks&gt; &amp; more</title>" in small_page


def test_draws_every_entity_and_no_ontology_term(small_page: str) -> None:
    data = page_data(small_page)
    assert len(data["nodes"]) == SMALL_GRAPH_ENTITIES
    counts = dict(data["counts"])
    kinds = {k["many"]: (k["shown"], k["total"]) for k in counts.pop("kinds")}
    assert counts == {"graph": 11, "matched": 11, "shown": 11, "leftOut": 0, "isolated": 0}
    assert kinds == {"entities": (9, 9), "events": (2, 2)}  # the words of `textkg stats`
    iris = {node["i"] for node in data["nodes"]}
    assert not any(i.startswith(str(TK)) for i in iris)  # tk:Meeting the class is not a node
    types = {t["key"]: t["count"] for t in data["types"]}
    assert types == {
        "Person": 4,
        "Organization": 3,
        "Country": 1,
        "City": 1,
        "Meeting": 1,
        "Visit": 1,
    }
    shapes = {t["key"]: (t["shape"], t["color"]) for t in data["types"]}
    assert len(set(shapes.values())) == len(shapes)  # each type drawn differently


def test_people_carry_aliases_and_job_titles(small_page: str) -> None:
    data = page_data(small_page)
    ilves = next(n for n in data["nodes"] if n["l"] == "Mara Ilves")
    assert ilves["a"] == ["Ilves", "M. Ilves"]
    assert ilves["j"] == ["Foreign Minister"]
    docs = [data["docs"][d]["title"] for d in ilves["m"]]
    assert sorted(docs) == ["Harbour talks open in Kessel", "Trade envoy tours the north"]


def test_a_person_panel_lists_dates_with_their_sentences() -> None:
    from factories import biography_facts, naive_resolution
    from textkg.graph import build_graph

    facts = biography_facts()
    data = page_data(render_view(build_graph(facts, naive_resolution(facts)), ViewOptions()))
    brennan = next(n for n in data["nodes"] if n["l"] == "Orla Brennan")
    assert [(name, value) for name, value, _ in brennan["b"]] == [
        ("birth date", "1931-05-04"),
        ("death date", "2009"),
    ]
    sentence = data["ev"][brennan["b"][0][2][0]][0]
    assert sentence == "Orla Brennan (4 May 1931 – 2009) was a chemist."
    company = next(n for n in data["nodes"] if n["l"] == "Norvia Instruments")
    assert [(name, value) for name, value, _ in company["b"]] == [("founding date", "1968-03")]


def test_relations_are_readable_and_told_apart(small_page: str) -> None:
    data = page_data(small_page)
    rels = {r["curie"]: r for r in data["rels"]}
    assert rels["tk:leaderOf"]["label"] == "leader of"
    assert rels["tk:visited"]["label"] == "visited"  # no ontology label: camelCase split
    assert rels["tk:locatedIn"]["label"] == "located in"
    assert rels["rel:sign"] == {
        "curie": "rel:sign",
        "label": "sign",
        "kind": "open",
        "directed": True,
        "count": 1,
    }
    assert rels["tk:leaderOf"]["kind"] == "typed" and rels["tk:leaderOf"]["directed"]
    assert rels["tk:metWith"]["directed"] is False
    assert rels["tk:participant"]["kind"] == "event"
    assert readable_name("cooperatesWith") == "cooperates with"
    assert readable_name("shot_dead") == "shot dead"


def test_symmetric_relation_is_one_edge_with_evidence_from_both_documents(
    small_page: str,
) -> None:
    data = page_data(small_page)
    index = {node["l"]: i for i, node in enumerate(data["nodes"])}
    met = next(i for i, r in enumerate(data["rels"]) if r["curie"] == "tk:metWith")
    pair = {index["Mara Ilves"], index["Tomas Berger"]}
    edges = [e for e in data["edges"] if e["r"] == met and {e["f"], e["t"]} == pair]
    assert len(edges) == 1
    sentences = [data["ev"][i] for i in edges[0]["e"]]
    assert {data["docs"][doc]["title"] for _, doc, *_ in sentences} == {
        "Harbour talks open in Kessel",
        "Trade envoy tours the north",
    }
    assert any(text.startswith("Foreign Minister Mara Ilves met") for text, *_ in sentences)


def test_events_show_participants_place_and_date(small_page: str) -> None:
    data = page_data(small_page)
    meeting = next(n for n in data["nodes"] if n["l"].startswith("Meeting"))
    assert meeting["l"] == "Meeting: Mara Ilves – Tomas Berger, 2024-03-19"
    assert meeting["d"] == "2024-03-19"
    assert meeting["ds"] == ["2024-03-19", "2024-03-19"]  # for the timeline
    assert meeting["sl"] == "Meeting: Ilves – Berger, 2024-03-19"  # when the screen is crowded
    assert "Mara Ilves and Tomas Berger in Kessel" in meeting["ft"]
    assert meeting["e"], "the event's own evidence sentence"
    visit = next(n for n in data["nodes"] if n["l"].startswith("Visit"))
    assert visit["l"] == "Visit: Tomas Berger in Kessel, last week"
    assert visit["d"] == "last week" and "ds" not in visit
    mid = data["nodes"].index(meeting)
    linked = {
        (data["rels"][e["r"]]["curie"], data["nodes"][e["t"]]["l"])
        for e in data["edges"]
        if e["f"] == mid
    }
    assert linked == {
        ("tk:participant", "Mara Ilves"),
        ("tk:participant", "Tomas Berger"),
        ("tk:place", "Kessel"),
    }


def test_same_graph_gives_byte_identical_page(small: Graph) -> None:
    shuffled = Graph()
    for triple in sorted(small, key=lambda t: tuple(str(x) for x in t), reverse=True):
        shuffled.add(triple)
    assert render_view(small) == render_view(shuffled)


def test_nodes_do_not_sit_on_each_other(small_page: str) -> None:
    data = page_data(small_page)
    points = np.array([[n["x"], n["y"]] for n in data["nodes"]], dtype=float)
    gaps = np.linalg.norm(points[:, None] - points[None], axis=-1)
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() > 30


def test_empty_graph_gives_a_page_that_says_so() -> None:
    page = render_view(Graph())
    data = page_data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert "has no entities to show" in page


# --------------------------------------------------------------------------- options


def test_type_filter_keeps_only_those_types(small: Graph) -> None:
    data = page_data(render_view(small, ViewOptions(types=("person", "Place"))))
    assert {t["key"] for t in data["types"]} == {"Person", "Country", "City"}
    assert len(data["nodes"]) == 6


def test_relation_filter_keeps_only_nodes_on_those_relations(small: Graph) -> None:
    data = page_data(render_view(small, ViewOptions(relations=("tk:metWith",))))
    assert labels(data) == {"Mara Ilves", "Tomas Berger", IMG_NAME}
    assert [r["curie"] for r in data["rels"]] == ["tk:metWith"]
    opened = page_data(render_view(small, ViewOptions(relations=("rel:*",))))
    assert labels(opened) == {"Northern Trade Council", "Valdora Port Authority"}


def test_focus_by_alias_shows_the_neighbourhood(small: Graph) -> None:
    data = page_data(render_view(small, ViewOptions(focus="VPA", hops=1)))
    assert labels(data) == {
        "Valdora Port Authority",
        "Mara Ilves",
        "Kessel",
        "Northern Trade Council",
    }
    assert data["focus"]["names"] == ["Valdora Port Authority"]
    wider = page_data(render_view(small, ViewOptions(focus="vpa", hops=2)))
    assert len(wider["nodes"]) > len(data["nodes"])


def test_focus_on_a_surname_matches_the_full_name(small: Graph) -> None:
    out = write_view_summary(small, ViewOptions(focus="berger", hops=0))
    assert out == ("Tomas Berger",)


def write_view_summary(graph: Graph, options: ViewOptions) -> tuple[str, ...]:
    from textkg.view import _render

    return _render(graph, options)[1].focus


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ViewOptions(focus="Nobody Here"), "--focus: no entity is named 'Nobody Here'"),
        (ViewOptions(types=("Planet",)), "--types: unknown entity type 'Planet'"),
        (ViewOptions(relations=("metWith",)), "--relations: 'metWith' is not a relation name"),
        (ViewOptions(relations=("tk:killed",)), "--relations: the graph has no tk:killed"),
        (ViewOptions(hops=-1, focus="Ilves"), "--hops must be 0 or more"),
        (ViewOptions(max_nodes=0), "--max-nodes must be at least 1"),
    ],
)
def test_user_errors_are_one_line(small: Graph, options: ViewOptions, message: str) -> None:
    with pytest.raises(TextkgError) as caught:
        render_view(small, options)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_max_nodes_keeps_the_most_connected_and_says_what_it_left_out(small: Graph) -> None:
    page = render_view(small, ViewOptions(max_nodes=3))
    data = page_data(page)
    assert labels(data) == {"Tomas Berger", "Mara Ilves", "Kessel"}
    assert data["counts"]["leftOut"] == 8
    assert len(data["hidden"]) == 8 and "Valdora" in data["hidden"]
    assert all(
        {data["nodes"][e["f"]]["l"], data["nodes"][e["t"]]["l"]} <= labels(data)
        for e in data["edges"]
    )


# --------------------------------------------------------------------------- writing


def test_write_view_writes_only_the_file(
    small: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    target = tmp_path / "out" / "graph.html"
    summary = write_view(small, target, ViewOptions(max_nodes=5))
    assert sorted(os.listdir(tmp_path)) == ["cwd", "out"]
    assert os.listdir(work) == []  # no lib/ folder, unlike pyvis
    assert os.listdir(target.parent) == ["graph.html"]
    assert summary.path == target
    assert (summary.nodes_shown, summary.nodes_left_out) == (5, 6)
    assert summary.nodes_in_graph == 11
    assert summary.bytes_written == target.stat().st_size
    assert target.read_text("utf-8") == render_view(small, ViewOptions(max_nodes=5))


def test_write_view_into_an_unwritable_place_is_a_one_line_error(
    small: Graph, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(TextkgError):
        write_view(small, blocker / "graph.html")


# --------------------------------------------------------------------------- model details


def test_untyped_relation_endpoint_is_drawn_as_other() -> None:
    m = GraphMaker()
    doc = m.document("doc/a", "A", __import__("datetime").date(2024, 1, 1))
    person = m.entity("person/a", SDO.Person, "Ann Example")
    thing = iri("thing/x")
    m.graph.add((thing, RDFS.label, Literal("Mystery Thing")))
    m.relate(person, TK.residesIn, thing, doc, "Ann lives near the mystery thing.")
    model = read_model(m.graph)
    assert [(e.label, e.type) for e in model.entities] == [
        ("Ann Example", "Person"),
        ("Mystery Thing", "Other"),
    ]
    assert model.relations[0].label == "resides in"


def test_label_falls_back_to_the_iri_name() -> None:
    g = Graph()
    g.add((URIRef("https://example.org/id/person/no-label"), RDF.type, SDO.Person))
    assert read_model(g).entities[0].label == "no-label"


# --------------------------------------------------------------------------- layout


def test_layout_of_a_large_component_is_spread_out() -> None:
    graph = synthetic_graph(1500, seed=3)
    data = page_data(render_view(graph, ViewOptions(max_nodes=5000)))
    points = np.array([[n["x"], n["y"]] for n in data["nodes"]], dtype=float)
    assert len(points) == len(read_model(graph).entities)
    assert np.isfinite(points).all()
    distinct = {(round(x), round(y)) for x, y in points}
    assert len(distinct) > 0.99 * len(points)
    gaps = np.linalg.norm(points[:, None] - points[None], axis=-1)
    np.fill_diagonal(gaps, np.inf)
    assert float(np.median(gaps.min(axis=1))) > 40  # room around a typical node
    # Linked nodes are drawn nearer each other than nodes picked at random.
    linked = np.array([gaps[e["f"], e["t"]] for e in data["edges"] if e["f"] != e["t"]])
    rng = np.random.default_rng(0)
    pairs = rng.integers(0, len(points), size=(2000, 2))
    random_gaps = np.linalg.norm(points[pairs[:, 0]] - points[pairs[:, 1]], axis=1)
    assert float(np.median(linked)) < float(np.median(random_gaps)) / 2


def test_layout_is_seeded() -> None:
    edges = [(i, (i * 7) % 600) for i in range(1, 600)]
    assert np.array_equal(layout(600, edges), layout(600, edges))


def test_spread_boxes_removes_overlaps() -> None:
    centres = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 5.0]])
    widths = np.array([100.0, 100.0, 100.0])
    heights = np.array([30.0, 30.0, 30.0])
    spread = spread_boxes(centres, widths, heights)
    for a in range(3):
        for b in range(a + 1, 3):
            dx, dy = np.abs(spread[a] - spread[b])
            assert dx >= 100 or dy >= 30


# --------------------------------------------------------------------------- a whole archive


def test_unlinked_entities_are_listed_not_drawn(small: Graph) -> None:
    graph = Graph()
    for triple in small:
        graph.add(triple)
    names = add_unlinked(graph)
    from textkg.view import _render

    page, summary = _render(graph, ViewOptions(max_nodes=SMALL_GRAPH_ENTITIES))
    data = page_data(page)
    listed = [n for n in data["nodes"] if n.get("o")]
    assert {n["l"] for n in listed} == set(names)
    assert all("x" not in n and "c" not in n for n in listed)  # not laid out, no community
    assert all("x" in n for n in data["nodes"] if not n.get("o"))
    assert data["counts"]["isolated"] == 2 and data["counts"]["leftOut"] == 0
    # --max-nodes bounds what is drawn: the listed ones do not take drawn places.
    assert (summary.nodes_shown, summary.isolated) == (SMALL_GRAPH_ENTITIES, 2)
    assert "2 unlinked entities listed" in str(summary)


def test_two_meetings_with_the_same_date_text_are_told_apart() -> None:
    m = GraphMaker()
    doc = m.document("doc/a", "Talks", __import__("datetime").date(2024, 3, 30))
    people = [m.entity(f"person/p{i}", SDO.Person, name) for i, name in enumerate("ABCDE")]
    for path, group in (("event/m1", people[:2]), ("event/m2", people[2:])):
        m.event(path, TK.Meeting, tuple(group), None, doc, "They met.", "M", date_text="Mar. 25-27")
    data = page_data(render_view(m.graph))
    meetings = sorted(n["l"] for n in data["nodes"] if n["l"].startswith("Meeting"))
    assert meetings == ["Meeting: A – B, Mar. 25-27", "Meeting: C – D – E, Mar. 25-27"]


def clusters(size: int) -> Graph:
    """Two tight groups of people joined by one link: the communities are plain to see."""
    m = GraphMaker()
    doc = m.document("doc/a", "Two circles", __import__("datetime").date(2024, 1, 2))
    groups = [
        [m.entity(f"person/{side}{i}", SDO.Person, f"{side.upper()}{i}") for i in range(size)]
        for side in ("a", "b")
    ]
    for group in groups:
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                m.relate(first, TK.metWith, second, doc, "They met.", symmetric=True)
        m.relate(group[0], TK.memberOf, group[1], doc, "A hub joined.")  # a clear hub
    m.relate(groups[0][0], TK.metWith, groups[1][0], doc, "The circles met.", symmetric=True)
    return m.graph


def test_communities_group_dense_clusters_reproducibly() -> None:
    graph = clusters(6)
    data = page_data(render_view(graph))
    by_label = {n["l"]: n for n in data["nodes"]}
    assert [size for size, _ in data["comms"]] == [6, 6]
    for side in ("A", "B"):
        assert len({by_label[f"{side}{i}"]["c"] for i in range(6)}) == 1
    assert by_label["A1"]["c"] != by_label["B1"]["c"]
    hubs = {data["nodes"][hub]["l"] for _, hub in data["comms"]}
    assert hubs == {"A0", "B0"}  # named after their best-connected member
    assert page_data(render_view(clusters(6)))["comms"] == data["comms"]


def test_same_graph_and_build_state_give_byte_identical_pages(small: Graph) -> None:
    shuffled = Graph()
    for triple in sorted(small, key=lambda t: tuple(str(x) for x in t), reverse=True):
        shuffled.add(triple)
    articles = small_articles()
    backwards = Articles(tuple(reversed(articles.facts)), articles.source)
    assert render_view(small, ViewOptions(), articles) == render_view(
        shuffled, ViewOptions(), backwards
    )
