"""The HTML view driven in real headless Chromium with the network cut off.

Needs Debian's ``chromium`` at /usr/bin/chromium (``apt-get install chromium``); skipped
without it. Every test also checks that no request left the page and nothing was logged
as an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from textkg.view import Articles, ViewOptions, write_view
from textkg.view.model import ENTITY_CLASSES
from view_support import (
    CHROMIUM,
    HARBOUR_TALKS,
    HARBOUR_TEXT,
    IMG_NAME,
    INJECTION_SENTENCE,
    LEADER,
    SCRIPT_NAME,
    SMALL_GRAPH_ENTITIES,
    OfflinePage,
    add_unlinked,
    archive_graph,
    offline_page,
    small_articles,
    small_graph,
    synthetic_graph,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed"),
]
pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

READY = "() => window.textkgView && window.textkgView.ready"


@pytest.fixture(scope="module")
def small_page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small graph with two unlinked names and its build state's article texts."""
    graph = small_graph()
    add_unlinked(graph)
    path = tmp_path_factory.mktemp("view") / "small.html"
    write_view(graph, path, ViewOptions(title="Harbour talks"), small_articles())
    return path


def checked_browser(viewport: tuple[int, int]) -> Iterator[OfflinePage]:
    with offline_page(viewport) as opened:
        yield opened
    assert opened.blocked == [], "the page tried to reach the network"
    assert opened.console_errors == []
    assert opened.dialogs == [], "something ran a dialog: script from the data executed"


@pytest.fixture
def browser() -> Iterator[OfflinePage]:
    yield from checked_browser((1400, 900))


@pytest.fixture
def laptop() -> Iterator[OfflinePage]:
    """A small laptop screen: 1280 × 720."""
    yield from checked_browser((1280, 720))


def open_page(browser: OfflinePage, path: Path) -> Any:
    page = browser.page
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=60_000)
    return page


def node_id(page: Any, label: str) -> int:
    found: int = page.evaluate(
        "(label) => window.textkgView.data.nodes.findIndex((n) => n.l === label)", label
    )
    assert found >= 0, label
    return found


def node_point(page: Any, label: str) -> dict[str, float]:
    """Where the node is drawn on the canvas, in page coordinates."""
    point: dict[str, float] = page.evaluate(
        """(id) => {
            const net = window.textkgView.network;
            const spot = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById("graph").getBoundingClientRect();
            return { x: box.left + spot.x, y: box.top + spot.y };
        }""",
        node_id(page, label),
    )
    return point


def click_node(page: Any, label: str) -> None:
    """Click where the node is drawn on the canvas, as a person would."""
    point = node_point(page, label)
    page.mouse.click(point["x"], point["y"])


def selected_label(page: Any) -> str:
    label: str = page.evaluate(
        "() => { const id = window.textkgView.selected();"
        " return id === null ? '' : window.textkgView.data.nodes[id].l; }"
    )
    return label


def test_page_draws_every_entity_offline(
    browser: OfflinePage, small_page_path: Path, tmp_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    assert page.evaluate("() => window.textkgView.visibleNodeCount()") == SMALL_GRAPH_ENTITIES
    drawn = page.evaluate("() => window.textkgView.network.body.nodeIndices.length")
    assert drawn == SMALL_GRAPH_ENTITIES
    assert page.title() == "Harbour talks"
    assert page.locator("#legend-types li").count() == 6
    # Still: physics is off, nothing drifts after drawing.
    before = page.evaluate("() => JSON.stringify(window.textkgView.network.getPositions())")
    page.wait_for_timeout(400)
    assert page.evaluate("() => JSON.stringify(window.textkgView.network.getPositions())") == (
        before
    )
    page.screenshot(path=str(tmp_path / "small.png"))
    assert (tmp_path / "small.png").stat().st_size > 10_000


def test_a_persons_panel_shows_the_dates_of_birth_and_death_with_evidence(
    browser: OfflinePage, tmp_path: Path
) -> None:
    from factories import biography_facts, naive_resolution
    from textkg.graph import build_graph

    facts = biography_facts()
    path = tmp_path / "bio.html"
    write_view(build_graph(facts, naive_resolution(facts)), path, ViewOptions(title="Profiles"))
    page = open_page(browser, path)
    page.fill("#search", "Orla")
    page.press("#search", "Enter")
    assert selected_label(page) == "Orla Brennan"
    text = page.locator("#details").inner_text()
    assert "DATES" in text.upper() and "birth date" in text and "1931-05-04" in text
    assert "death date" in text and "2009" in text
    assert "(4 May 1931 – 2009) was a chemist." in text
    page.screenshot(path=str(tmp_path / "dates.png"))


def test_search_by_alias_focuses_the_node(browser: OfflinePage, small_page_path: Path) -> None:
    page = open_page(browser, small_page_path)
    page.fill("#search", "vpa")
    assert page.locator("#suggestions li").first.inner_text().startswith("Valdora Port Authority")
    page.press("#search", "Enter")
    assert selected_label(page) == "Valdora Port Authority"
    assert page.locator("#details h2").inner_text() == "Valdora Port Authority"
    page.wait_for_timeout(700)  # the focus animation
    assert page.evaluate("() => window.textkgView.network.getScale()") >= 1.0


def test_clicking_a_node_shows_its_evidence(
    browser: OfflinePage, small_page_path: Path, tmp_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    assert page.locator("#details").is_hidden()
    click_node(page, "Mara Ilves")
    assert selected_label(page) == "Mara Ilves"
    panel = page.locator("#details")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Foreign Minister" in text and "M. Ilves" in text
    assert HARBOUR_TALKS in text
    assert "Harbour talks open in Kessel (2024-03-20)" in text
    assert "Trade envoy tours the north (2024-03-28)" in text  # evidence from both documents
    page.screenshot(path=str(tmp_path / "panel.png"))


def test_hostile_names_are_shown_as_text(
    browser: OfflinePage, small_page_path: Path, tmp_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    # Hover tooltip: text.
    point = node_point(page, IMG_NAME)
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=4)
    page.wait_for_selector("#tooltip:not([hidden])")
    assert page.locator("#tooltip strong").inner_text() == IMG_NAME
    # Side panel: text.
    click_node(page, IMG_NAME)
    assert page.locator("#details h2").inner_text() == IMG_NAME
    assert page.locator("#details").get_by_text("<b>bold alias</b>").count() == 1
    page.screenshot(path=str(tmp_path / "hostile.png"))
    click_node(page, "Mara Ilves")
    assert INJECTION_SENTENCE in page.locator("#details").inner_text()
    # Search suggestions: text.
    page.fill("#search", "<script>")
    assert page.locator("#suggestions .name").first.inner_text() == SCRIPT_NAME
    page.press("#search", "Enter")
    assert page.locator("#details h2").inner_text() == SCRIPT_NAME
    # Nothing from the data became an element or ran (the browser fixture also checks that
    # no dialog opened).
    assert page.evaluate("() => document.querySelectorAll('img, b, iframe').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3


def test_filters_and_neighbourhood(browser: OfflinePage, small_page_path: Path) -> None:
    page = open_page(browser, small_page_path)
    visible = "() => window.textkgView.visibleNodeCount()"
    page.locator('input[data-type="Person"]').uncheck()
    assert page.evaluate(visible) == SMALL_GRAPH_ENTITIES - 4
    page.locator('input[data-type="Person"]').check()
    assert page.evaluate(visible) == SMALL_GRAPH_ENTITIES
    edges = page.evaluate("() => window.textkgView.visibleEdgeCount()")
    page.locator('input[data-kind="open"]').uncheck()
    assert page.evaluate("() => window.textkgView.visibleEdgeCount()") == edges - 1

    page.fill("#search", "Kessel")
    page.press("#search", "Enter")
    page.fill("#hops", "1")
    page.click("#focus-hood")
    # Kessel, what lies in it or was visited, the place it is in, and the two events there.
    assert page.evaluate(visible) == 6
    assert "Neighbourhood of Kessel" in page.locator("#banner").inner_text()
    page.click("#show-all")
    assert page.evaluate(visible) == SMALL_GRAPH_ENTITIES
    assert page.locator("#banner").is_hidden()


def test_event_shows_participants_place_and_date(
    browser: OfflinePage, small_page_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    click_node(page, "Meeting: Mara Ilves – Tomas Berger, 2024-03-19")
    text = page.locator("#details").inner_text()
    assert "Meeting: Mara Ilves and Tomas Berger in Kessel, 2024-03-19" in text
    assert "2024-03-19" in text
    for name in ("Mara Ilves", "Tomas Berger", "Kessel"):
        assert page.locator("#details button.link", has_text=name).count() >= 1
    assert HARBOUR_TALKS in text
    page.locator("#details button.link", has_text="Kessel").first.click()
    assert selected_label(page) == "Kessel"


def test_page_over_max_nodes_says_what_it_left_out(browser: OfflinePage, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    summary = write_view(synthetic_graph(2600), path, ViewOptions(max_nodes=2000))
    assert summary.nodes_shown == 2000 and summary.nodes_left_out == 600
    page = open_page(browser, path)
    notice = page.locator("#notice")
    assert notice.is_visible()
    assert "600 are left out" in notice.inner_text()
    assert "--focus" in notice.inner_text()
    assert page.evaluate("() => window.textkgView.visibleNodeCount()") == 2000
    left_out = page.evaluate("() => window.textkgView.data.hidden[0]")
    page.fill("#search", left_out)
    assert "not drawn: use --focus" in page.locator("#suggestions").inner_text()
    page.screenshot(path=str(tmp_path / "big.png"))


# --------------------------------------------------------------------------- the seed articles


def entity_count(graph: Graph) -> int:
    classes = {cls for _, cls in ENTITY_CLASSES}
    return len({s for s, _, o in graph.triples((None, RDF.type, None)) if o in classes})


@pytest.fixture(scope="module")
def seed_build(request: pytest.FixtureRequest) -> tuple[Graph, Articles]:
    """The seed articles' graph and their facts, as ``textkg build`` has them."""
    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    from textkg.pipeline import build_result

    result = build_result(sorted(seeds.glob("*.txt")))
    return result.graph, Articles(result.facts, "seeds.facts.jsonl.gz")


@pytest.mark.slow
def test_seed_graph_page(
    browser: OfflinePage, seed_build: tuple[Graph, Articles], tmp_path: Path
) -> None:
    seed_graph, articles = seed_build
    path = tmp_path / "seeds.html"
    summary = write_view(seed_graph, path, ViewOptions(title="Seed articles"), articles)
    expected = entity_count(seed_graph)
    assert summary.nodes_shown + summary.isolated == expected and summary.nodes_left_out == 0
    assert summary.texts == 2
    page = open_page(browser, path)
    assert page.evaluate("() => window.textkgView.visibleNodeCount()") == summary.nodes_shown
    assert page.evaluate("() => window.textkgView.network.body.nodeIndices.length") == (
        summary.nodes_shown
    )
    labels = labels_on_canvas(page)
    assert len(labels) >= 10 and overlapping(labels) == 0
    page.screenshot(path=str(tmp_path / "seeds.png"))

    page.fill("#search", "Naryshkin")
    page.press("#search", "Enter")
    assert "Naryshkin" in selected_label(page)
    page.wait_for_timeout(700)
    page.screenshot(path=str(tmp_path / "seeds-naryshkin.png"))

    # Click the node itself on the canvas: the panel lists its evidence sentences.
    label = selected_label(page)
    page.click("#close-details")
    click_node(page, label)
    assert selected_label(page) == label
    evidence = page.locator("#details blockquote.evidence")
    assert evidence.count() >= 1
    assert "Naryshkin" in evidence.first.inner_text()

    # Its first link's sentence, read in its article: the fact is marked and selects the link.
    first = page.locator("#details .relation").first
    edge = int(first.get_attribute("data-edge") or -1)
    first.locator("button.link.doc").first.click()
    active = page.locator("#details .article-text .fact.active")
    assert active.count() == 1
    assert edge in [int(e) for e in (active.get_attribute("data-edges") or "").split()]
    assert page.locator("#details .article-text mark.mention").count() >= 20
    assert page.locator("#details .article-text mark.mention.linked").count() >= 10
    page.locator("#details .article-text .fact").first.click()
    selection = "() => window.textkgView.network.getSelection()"
    assert any(page.evaluate(selection).values())  # its links, or its event


# --------------------------------------------------------------------------- a whole archive

VISIBLE = "() => window.textkgView.visibleNodeCount()"
VISIBLE_EDGES = "() => window.textkgView.visibleEdgeCount()"


def edge_id(page: Any, source: str, curie: str, target: str) -> int:
    found: int = page.evaluate(
        """([source, curie, target]) => {
            const d = window.textkgView.data;
            return d.edges.findIndex((e) => d.nodes[e.f].l === source
                && d.rels[e.r].curie === curie && d.nodes[e.t].l === target);
        }""",
        [source, curie, target],
    )
    assert found >= 0, (source, curie, target)
    return found


def labels_on_canvas(page: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = page.evaluate("() => window.textkgView.labels()")
    return found


def overlapping(labels: list[dict[str, Any]]) -> int:
    return sum(
        1
        for i, a in enumerate(labels)
        for b in labels[i + 1 :]
        if a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def test_unlinked_entities_are_hidden_and_listed(
    browser: OfflinePage, small_page_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    assert page.evaluate(VISIBLE) == SMALL_GRAPH_ENTITIES  # the two unlinked are not drawn
    assert page.evaluate("() => window.textkgView.network.body.nodeIndices.length") == (
        SMALL_GRAPH_ENTITIES
    )
    chip = page.locator("#isolated-chip")
    assert "2 entities without links are not drawn" in chip.inner_text()
    page.click("#show-isolated")
    listed = page.locator("#details .isolated-list li")
    assert listed.count() == 2
    assert sorted(listed.all_inner_texts()) == ["Harbour Guild", "Ona Lind"]
    page.fill("#details .list-filter", "ona")
    assert listed.all_inner_texts() == ["Ona Lind"]
    page.locator("#details .isolated-list button").first.click()
    assert selected_label(page) == "Ona Lind"
    text = page.locator("#details").inner_text()
    assert "Not drawn" in text and "Trade envoy tours the north" in text
    page.click("#details-back")  # back to the list
    assert page.locator("#details .isolated-list").count() == 1
    # Search finds them too.
    page.fill("#search", "harbour gu")
    assert "no links" in page.locator("#suggestions").inner_text()


def test_timeline_narrows_the_graph_to_dates(browser: OfflinePage, small_page_path: Path) -> None:
    page = open_page(browser, small_page_path)
    assert page.locator("#timeline").is_visible()
    assert page.locator("#tl-range").inner_text() == "2024-03-19 – 2024-03-28"
    edges = page.evaluate(VISIBLE_EDGES)
    # Drag the end back a week with the keyboard: to 2024-03-21.
    page.focus("#tl-to")
    for _ in range(7):
        page.keyboard.press("ArrowLeft")
    assert page.locator("#tl-range").inner_text() == "2024-03-19 – 2024-03-21"
    assert "1 event" in page.locator("#tl-count").inner_text()
    visible = set(
        page.evaluate(
            "() => window.textkgView.network.body.nodeIndices"
            ".map((id) => window.textkgView.data.nodes[id].l)"
        )
    )
    # Only what the harbour article (2024-03-20) reported, and the meeting of 2024-03-19.
    assert "Meeting: Mara Ilves – Tomas Berger, 2024-03-19" in visible
    assert "Valdora Port Authority" in visible and "Mara Ilves" in visible
    assert "Northern Trade Council" not in visible  # only the envoy article (2024-03-28)
    assert not any(label.startswith("Visit") for label in visible)  # undated
    assert page.evaluate(VISIBLE_EDGES) < edges
    page.click("#tl-reset")
    assert page.evaluate(VISIBLE_EDGES) == edges
    assert page.evaluate(VISIBLE) == SMALL_GRAPH_ENTITIES


def test_document_pane_marks_names_and_fact_sentences(
    browser: OfflinePage, small_page_path: Path, tmp_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    page.click("#open-documents")
    page.locator("#details .doc-list button", has_text="Harbour talks open in Kessel").click()
    pane = page.locator("#details .article-text")
    assert pane.evaluate("(node) => node.textContent") == HARBOUR_TEXT  # as kept, as text
    marks = page.locator("#details .article-text mark.mention")
    assert marks.count() == 14
    valdora = page.locator("#details mark.mention", has_text="Valdora").last
    assert "Country" in (valdora.get_attribute("title") or "")
    assert page.locator("#details .article-text .fact").count() == 6  # all sentences but one
    page.screenshot(path=str(tmp_path / "article.png"))
    # Nothing in the text became markup.
    assert page.evaluate("() => document.querySelectorAll('#details img, #details b').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    # A name outside the facts points to its node; the article stays open.
    page.locator("#details .article-text > mark.mention", has_text="Kessel").click()
    assert selected_label(page) == "Kessel"
    assert page.evaluate("() => window.textkgView.network.getSelectedNodes()") == [
        node_id(page, "Kessel")
    ]
    assert page.locator("#details .article-text").count() == 1


def test_clicking_a_fact_in_the_text_selects_its_edge(
    browser: OfflinePage, small_page_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    click_node(page, "Mara Ilves")
    page.locator("#details button.link.doc", has_text="Harbour talks open in Kessel").first.click()
    assert page.locator("#details .article-text").count() == 1
    page.locator("#details .article-text .fact", has_text=LEADER).click()
    leader = edge_id(page, "Mara Ilves", "tk:leaderOf", "Valdora Port Authority")
    assert page.evaluate("() => window.textkgView.selectedEdges()") == [leader]
    assert leader in page.evaluate("() => window.textkgView.labelledEdges()")
    bar = page.locator("#details .fact-bar")
    assert "Mara Ilves — leader of → Valdora Port Authority" in bar.inner_text()
    # The edge is brought into the part of the canvas the article leaves free.
    ends = page.evaluate(
        """(id) => {
            const net = window.textkgView.network;
            const e = window.textkgView.data.edges[id];
            const pos = net.getPositions([e.f, e.t]);
            return [net.canvasToDOM(pos[e.f]).x, net.canvasToDOM(pos[e.t]).x];
        }""",
        leader,
    )
    free = page.evaluate(
        "() => document.getElementById('graph').clientWidth"
        " - document.getElementById('details').offsetWidth"
    )
    assert all(0 <= x <= free for x in ends)
    # One of several facts in a sentence: the meeting sentence holds a link and an event.
    page.locator("#details .article-text .fact", has_text=HARBOUR_TALKS).click()
    met = edge_id(page, "Mara Ilves", "tk:metWith", "Tomas Berger")
    assert page.evaluate("() => window.textkgView.selectedEdges()") == [met]
    assert page.evaluate("() => window.textkgView.network.getSelectedNodes()") == [
        node_id(page, "Meeting: Mara Ilves – Tomas Berger, 2024-03-19")
    ]


def test_evidence_opens_its_article_at_the_sentence(
    browser: OfflinePage, small_page_path: Path
) -> None:
    page = open_page(browser, small_page_path)
    page.fill("#search", "Northern Trade")
    page.press("#search", "Enter")
    page.locator("#details blockquote.evidence button.link.doc").first.click()
    active = page.locator("#details .fact.active")
    assert active.count() == 1
    assert page.evaluate("() => window.textkgView.selectedEdges()").__len__() == 1
    page.click("#details-back")
    assert page.locator("#details h2").inner_text() == "Northern Trade Council"


def test_panel_overlays_the_canvas_at_1280_by_720(
    laptop: OfflinePage, small_page_path: Path
) -> None:
    page = open_page(laptop, small_page_path)
    size = (
        "() => [document.getElementById('graph').clientWidth, window.textkgView.network.getScale()]"
    )
    width, scale = page.evaluate(size)
    assert width >= 950  # the sidebar takes under a quarter of the screen
    assert page.evaluate("() => document.getElementById('graph').clientHeight") >= 600
    click_node(page, "Tomas Berger")
    assert page.locator("#details").is_visible()
    assert page.evaluate(size) == [width, scale]  # the panel lies over it, nothing rescales
    panel = page.evaluate("() => document.getElementById('details').offsetWidth")
    labels = labels_on_canvas(page)
    assert labels and all(label["right"] <= width - panel for label in labels)
    # The sidebar scrolls, the page does not.
    assert page.evaluate("() => document.documentElement.scrollHeight") <= 720
    # Edge labels: only the selected node's edges, not all at once.
    labelled = set(page.evaluate("() => window.textkgView.labelledEdges()"))
    berger = node_id(page, "Tomas Berger")
    ends = page.evaluate(
        "(ids) => ids.map((id) => [window.textkgView.data.edges[id].f,"
        " window.textkgView.data.edges[id].t])",
        sorted(labelled),
    )
    assert labelled and all(berger in pair for pair in ends)
    page.click("#close-details")
    assert page.evaluate("() => window.textkgView.labelledEdges()") == []
    drawn_labels = (
        "() => Object.values(window.textkgView.network.body.edges)"
        ".filter((e) => e.options.label && e.options.label.trim()).length"
    )
    assert page.evaluate(drawn_labels) == 0


def test_overview_of_an_archive(laptop: OfflinePage, tmp_path: Path) -> None:
    path = tmp_path / "archive.html"
    write_view(archive_graph(), path, ViewOptions(title="Archive"))
    page = open_page(laptop, path)
    assert "40 entities without links are not drawn" in page.locator("#overview").inner_text()
    assert "Largest linked group: 13 of 73" in page.locator("#overview").inner_text()
    box = page.evaluate(
        "() => { const g = document.getElementById('graph');"
        " return [g.clientWidth, g.clientHeight]; }"
    )
    spots = (
        "(ids) => { const net = window.textkgView.network; const at = net.getPositions(ids);"
        " return ids.map((id) => net.canvasToDOM(at[id])); }"
    )
    main = page.evaluate("() => window.textkgView.mainComponent()")
    assert len(main) == 13
    assert all(0 < p["x"] < box[0] and 0 < p["y"] < box[1] for p in page.evaluate(spots, main))
    # The hub and most of the first view's names are labelled, none over another.
    labels = labels_on_canvas(page)
    assert "Harbour Board" in {label["text"] for label in labels}
    assert len(labels) >= 10 and overlapping(labels) == 0
    page.click("#fit-all")
    page.wait_for_timeout(700)
    every = page.evaluate("() => window.textkgView.network.body.nodeIndices")
    assert all(0 <= p["x"] <= box[0] and 0 <= p["y"] <= box[1] for p in page.evaluate(spots, every))
    assert overlapping(labels_on_canvas(page)) == 0
    # Colour by community: the board's people share a colour, the pairs another.
    page.select_option("#colour", "community")
    colours = page.evaluate(
        "(ids) => ids.map((id) =>"
        " window.textkgView.network.body.nodes[id].options.color.background)",
        main,
    )
    assert len(set(colours)) <= 2 and page.locator("#communities li").count() >= 1


def test_hubs_keep_their_labels_at_every_zoom(browser: OfflinePage, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    write_view(synthetic_graph(1500), path, ViewOptions())
    page = open_page(browser, path)
    first = labels_on_canvas(page)
    assert first and overlapping(first) == 0
    hub = page.evaluate(
        "() => { const d = window.textkgView.data;"
        " const degree = d.nodes.map(() => 0);"
        " d.edges.forEach((e) => { degree[e.f]++; degree[e.t]++; });"
        " return degree.indexOf(Math.max(...degree)); }"
    )
    scale = page.evaluate("() => window.textkgView.network.getScale()")
    for factor in (0.25, 1.0, 4.0):
        page.evaluate(
            "([hub, s]) => { const net = window.textkgView.network;"
            " net.moveTo({ position: net.getPositions([hub])[hub], scale: s }); }",
            [hub, scale * factor],
        )
        page.wait_for_timeout(150)
        labels = labels_on_canvas(page)
        assert hub in {label["id"] for label in labels}, factor
        assert overlapping(labels) == 0
    # Zoomed in, names appear that the overview had no room for.
    assert {label["id"] for label in labels} - {label["id"] for label in first}
