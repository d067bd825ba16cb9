"""The data the page script reads: what is drawn and where, what is listed, and the articles.

Indices are compact (nodes, relations, documents and evidence sentences are numbered in the
order the page first needs them), so the JSON stays small and the same graph gives the same
bytes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from textkg.contents import NODE_KINDS
from textkg.view.articles import Articles, choose_texts
from textkg.view.communities import find_communities
from textkg.view.layout import FloatArray, layout, spread_boxes
from textkg.view.model import OTHER_TYPE, Edge, ViewModel
from textkg.view.options import ViewOptions
from textkg.view.select import Selection

#: Pixels per ideal edge length: room for a node, its label and the edge's label. Small
#: graphs get more, since they are read label by label.
EDGE_PIXELS = 150
SMALL_GRAPH_EDGE_PIXELS = 210
SMALL_GRAPH = 80
#: At most this many left-out names are listed for search ("not drawn: use --focus").
MAX_HIDDEN_NAMES = 50_000
_CHAR_PIXELS = 7.4  # average width of a character of the 14 px label font
_LINE_PIXELS = 17


@dataclass(frozen=True)
class TypeStyle:
    label: str
    color: str
    shape: str


TYPE_STYLES: dict[str, TypeStyle] = {
    "Person": TypeStyle("Person", "#4e79a7", "dot"),
    "Organization": TypeStyle("Organization", "#e15759", "square"),
    "Place": TypeStyle("Place", "#59a14f", "triangle"),
    "Country": TypeStyle("Country", "#2f855a", "triangle"),
    "City": TypeStyle("City", "#8cc084", "triangle"),
    "AdministrativeArea": TypeStyle("Administrative area", "#76b7b2", "triangle"),
    "Event": TypeStyle("Named event", "#b07aa1", "star"),
    "Meeting": TypeStyle("Meeting", "#f28e2b", "diamond"),
    "Visit": TypeStyle("Visit", "#d4a017", "diamond"),
    OTHER_TYPE: TypeStyle("Other", "#9d9d9d", "hexagon"),
}
_KIND_ORDER = {"typed": 0, "open": 1, "event": 2, "other": 3}


def node_size(degree: int, mentions: int) -> int:
    return min(44, round(10 + 4.5 * math.sqrt(degree + 0.5 * mentions)))


def _style(name: str) -> dict[str, str]:
    style = TYPE_STYLES.get(name, TYPE_STYLES[OTHER_TYPE])
    return {"key": name, "label": style.label, "color": style.color, "shape": style.shape}


class _Refs:
    """Numbers documents and evidence sentences in the order the page first refers to them."""

    def __init__(self, model: ViewModel) -> None:
        self.model = model
        self.documents: dict[int, int] = {}  # model index → page index
        self.evidence: dict[int, int] = {}
        self.document_rows: list[dict[str, Any]] = []
        self.evidence_rows: list[list[Any]] = []
        self.facts_per_document: dict[int, int] = {}

    def document(self, old: int | None) -> int:
        if old is None:
            return -1
        if old not in self.documents:
            self.documents[old] = len(self.document_rows)
            doc = self.model.documents[old]
            self.document_rows.append({"title": doc.title, "date": doc.date, "source": doc.source})
        return self.documents[old]

    def sentence(self, old: int) -> int:
        if old not in self.evidence:
            item = self.model.evidence[old]
            self.evidence[old] = len(self.evidence_rows)
            if item.document is not None:
                count = self.facts_per_document.get(item.document, 0)
                self.facts_per_document[item.document] = count + 1
            self.evidence_rows.append(
                [
                    item.text,
                    self.document(item.document),
                    item.extractor or "",
                    item.confidence,
                    item.start,
                ]
            )
        return self.evidence[old]


def build_payload(
    model: ViewModel,
    selection: Selection,
    options: ViewOptions,
    title: str,
    articles: Articles | None = None,
) -> dict[str, Any]:
    """The JSON the page script reads: only what is drawn or listed, indexed compactly."""
    shown = list(selection.nodes)
    new_id = {old: new for new, old in enumerate(shown)}
    isolated = set(selection.isolated)
    drawn = [old for old in shown if old not in isolated]
    draw_id = {old: k for k, old in enumerate(drawn)}
    edges = [model.edges[i] for i in selection.edges]
    pairs = [(draw_id[e.source], draw_id[e.target]) for e in edges]
    positions = layout(len(drawn), pairs)
    sizes = [
        15
        if model.entities[old].type in ("Meeting", "Visit")
        else node_size(selection.degree[old], len(model.entities[old].mentioned_in))
        for old in drawn
    ]
    pixels = _pixel_positions(model, drawn, positions, sizes)
    communities = find_communities(len(drawn), pairs, _importance(model, drawn, pairs))

    type_counts: dict[str, int] = {}
    for old in shown:
        name = model.entities[old].type
        type_counts[name] = type_counts.get(name, 0) + 1
    type_names = [name for name in TYPE_STYLES if name in type_counts]
    type_index = {name: i for i, name in enumerate(type_names)}
    relation_order, relation_index, relation_counts = _relations(model, edges)

    refs = _Refs(model)
    nodes: list[dict[str, Any]] = []
    for old in shown:
        entity = model.entities[old]
        row: dict[str, Any] = {"l": entity.label, "t": type_index[entity.type], "i": entity.iri}
        if old in draw_id:
            k = draw_id[old]
            row["x"] = round(float(pixels[k][0]))
            row["y"] = round(float(pixels[k][1]))
            row["s"] = sizes[k]
            row["c"] = communities.member_of[k]
        else:
            row["o"] = 1
        if entity.aliases:
            row["a"] = list(entity.aliases)
        if entity.job_titles:
            row["j"] = list(entity.job_titles)
        if entity.dates:
            row["b"] = [
                [name, value, [refs.sentence(e) for e in ev]] for name, value, ev in entity.dates
            ]
        if entity.mentioned_in:
            row["m"] = [refs.document(d) for d in entity.mentioned_in]
        if entity.full_title and entity.full_title != entity.label:
            row["ft"] = entity.full_title
        if entity.short_label and entity.short_label != entity.label:
            row["sl"] = entity.short_label
        if entity.date:
            row["d"] = entity.date
        if entity.start:
            row["ds"] = [entity.start, entity.end or entity.start]
        if entity.evidence:
            row["e"] = [refs.sentence(e) for e in entity.evidence]
        if entity.quotes:
            row["q"] = [[text, refs.sentence(e)] for text, e in entity.quotes]
        nodes.append(row)

    edge_rows: list[dict[str, Any]] = []
    for edge in edges:
        edge_row: dict[str, Any] = {
            "f": new_id[edge.source],
            "t": new_id[edge.target],
            "r": relation_index[edge.relation],
        }
        if edge.evidence:
            edge_row["e"] = [refs.sentence(e) for e in edge.evidence]
        edge_rows.append(edge_row)

    focus = None
    if selection.focus:
        focus = {
            "names": [model.entities[i].label.replace("\n", " ") for i in selection.focus],
            "ids": [new_id[i] for i in selection.focus if i in new_id],
            "hops": options.hops,
        }
    payload: dict[str, Any] = {
        "title": title,
        "counts": {
            "graph": len(model.entities),
            "matched": selection.matched,
            "shown": len(shown),
            "leftOut": len(selection.left_out),
            "isolated": len(isolated),
            "kinds": kind_counts(model, shown),
        },
        "focus": focus,
        "types": [{**_style(name), "count": type_counts[name]} for name in type_names],
        "rels": [
            {
                "curie": model.relations[old].curie,
                "label": model.relations[old].label,
                "kind": model.relations[old].kind,
                "directed": model.relations[old].directed,
                "count": relation_counts[old],
            }
            for old in relation_order
        ],
        "comms": [
            [size, new_id[drawn[hub]]]
            for size, hub in zip(communities.sizes, communities.hubs, strict=True)
        ],
        "docs": refs.document_rows,
        "ev": refs.evidence_rows,
        "nodes": nodes,
        "edges": edge_rows,
        "hidden": [
            model.entities[i].label.replace("\n", " ")
            for i in selection.left_out[:MAX_HIDDEN_NAMES]
        ],
    }
    payload.update(_texts(model, refs, articles, new_id))
    return payload


def _relations(
    model: ViewModel, edges: list[Edge]
) -> tuple[list[int], dict[int, int], dict[int, int]]:
    counts: dict[int, int] = {}
    for edge in edges:
        counts[edge.relation] = counts.get(edge.relation, 0) + 1
    order = sorted(
        counts, key=lambda r: (_KIND_ORDER[model.relations[r].kind], model.relations[r].label)
    )
    return order, {old: new for new, old in enumerate(order)}, counts


def _importance(
    model: ViewModel, drawn: list[int], pairs: list[tuple[int, int]]
) -> list[tuple[object, ...]]:
    """Sort keys, most important first: distinct drawn neighbours, then documents."""
    neighbours: list[set[int]] = [set() for _ in drawn]
    for a, b in pairs:
        neighbours[a].add(b)
        neighbours[b].add(a)
    return [
        (
            -len(neighbours[k]),
            -len(model.entities[old].mentioned_in),
            model.entities[old].label.casefold(),
            model.entities[old].iri,
        )
        for k, old in enumerate(drawn)
    ]


def _texts(
    model: ViewModel, refs: _Refs, articles: Articles | None, new_id: dict[int, int]
) -> dict[str, Any]:
    """Article texts and mentions on the documents, and what the page says about them."""
    if articles is None:
        return {"texts": {"from": None, "shown": 0, "leftOut": 0, "missing": 0}, "mtypes": []}
    chosen = choose_texts(
        model, articles, list(refs.documents), refs.facts_per_document, set(new_id)
    )
    used = {m[2] for text in chosen.by_document.values() for m in text.mentions}
    ordered_types = [name for name in TYPE_STYLES if name in used]
    ordered_types += sorted(used - set(ordered_types))
    mention_index = {name: i for i, name in enumerate(ordered_types)}
    for old, text in chosen.by_document.items():
        row = refs.document_rows[refs.documents[old]]
        row["x"] = text.text
        row["mn"] = [
            value
            for start, end, type_name, entity in text.mentions
            for value in (start, end, mention_index[type_name], _page_id(new_id, entity))
        ]
    for old in chosen.cut:
        refs.document_rows[refs.documents[old]]["cut"] = 1
    model_document = {new: old for old, new in refs.documents.items()}
    for evidence in refs.evidence_rows:  # sentence offsets in the page's UTF-16 units
        kept = chosen.by_document.get(model_document.get(evidence[1], -1))
        if kept is not None and evidence[4] is not None:
            evidence[4] = kept.to_utf16(evidence[4])
    return {
        "texts": {
            "from": articles.source,
            "shown": len(chosen.by_document),
            "leftOut": len(chosen.cut),
            "missing": chosen.missing,
        },
        "mtypes": [_style(name) for name in ordered_types],
    }


def _page_id(new_id: dict[int, int], entity: int | None) -> int:
    """The page's node number of a model entity; -1 when it is not on the page."""
    return new_id.get(entity, -1) if entity is not None else -1


def _pixel_positions(
    model: ViewModel, drawn: list[int], positions: FloatArray, sizes: list[int]
) -> FloatArray:
    """Scale to pixels, then move nodes apart until labels no longer cover each other."""
    if not drawn:
        return np.zeros((0, 2))
    centres = positions * (SMALL_GRAPH_EDGE_PIXELS if len(drawn) <= SMALL_GRAPH else EDGE_PIXELS)
    widths, heights = [], []
    for old, size in zip(drawn, sizes, strict=True):
        lines = model.entities[old].label.split("\n")
        label_width = max(len(line) for line in lines) * _CHAR_PIXELS + 8
        widths.append(max(2.0 * size, label_width))
        heights.append(2.0 * size + _LINE_PIXELS * len(lines) + 4)
    # A node's label hangs below it: centre the box between node top and label bottom.
    offsets = np.array([[0.0, (h - 2.0 * s) / 2] for h, s in zip(heights, sizes, strict=True)])
    spread = spread_boxes(centres + offsets, np.array(widths), np.array(heights))
    return np.asarray(spread - offsets, dtype=np.float64)


def kind_counts(model: ViewModel, shown: list[int]) -> list[dict[str, Any]]:
    """The header's counter in the words of ``textkg stats`` and the build summary (one
    source: textkg.contents.node_kinds): entities, byline agents, events, shown of total."""
    kinds = [model.kinds.get(e.iri) for e in model.entities]
    rows = []
    for kind, one, many in NODE_KINDS:
        total = kinds.count(kind)
        if total or kind == "entity":
            seen = sum(1 for i in shown if kinds[i] == kind)
            rows.append({"one": one, "many": many, "shown": seen, "total": total})
    return rows
