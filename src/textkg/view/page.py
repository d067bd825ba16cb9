"""Assemble the page: our template, script and style, pyvis's bundled vis-network, and the data.

Everything is inlined, so the file opens from disk with no network. The data travels as JSON
in a ``<script type="application/json">`` block with every character that could end the block
or start markup escaped, and the page script shows it with ``textContent`` only. A Content
Security Policy lists the hashes of our two scripts, so nothing else on the page could run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from textkg import __version__
from textkg.contents import NODE_KINDS
from textkg.errors import TextkgError
from textkg.view.layout import FloatArray, layout, spread_boxes
from textkg.view.model import OTHER_TYPE, ViewModel
from textkg.view.options import ViewOptions
from textkg.view.select import Selection

VIS_VERSION = "9.1.2"
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

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_MARKER = re.compile(r"@@TEXTKG_([A-Z]+)@@")


def script_safe_json(value: Any) -> str:
    """JSON that cannot close its ``<script>`` block or open a comment, whatever it holds."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


@cache
def _asset(name: str) -> str:
    return resources.files("textkg.view").joinpath("assets", name).read_text("utf-8")


@cache
def vis_network_script() -> str:
    """pyvis's bundled copy of vis-network (read at run time: never a CDN)."""
    try:
        source = (
            resources.files("pyvis")
            .joinpath("lib", f"vis-{VIS_VERSION}", "vis-network.min.js")
            .read_text("utf-8")
        )
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        raise TextkgError(
            f"cannot read vis-network {VIS_VERSION} from the installed pyvis package: {exc}"
        ) from exc
    if re.search(r"</script|<!--", source, re.IGNORECASE):
        raise TextkgError("the bundled vis-network script cannot be inlined safely")
    # The map file is not shipped; without this line developer tools would go looking for it.
    return re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", source)


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def node_size(degree: int, mentions: int) -> int:
    return min(44, round(10 + 4.5 * math.sqrt(degree + 0.5 * mentions)))


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


def build_payload(
    model: ViewModel, selection: Selection, options: ViewOptions, title: str
) -> dict[str, Any]:
    """The JSON the page script reads: only what is drawn, indexed compactly."""
    shown = list(selection.nodes)
    new_id = {old: new for new, old in enumerate(shown)}
    edges = [model.edges[i] for i in selection.edges]
    positions = layout(len(shown), [(new_id[e.source], new_id[e.target]) for e in edges])
    sizes = [
        15
        if model.entities[old].type in ("Meeting", "Visit")
        else node_size(selection.degree[old], len(model.entities[old].mentioned_in))
        for old in shown
    ]
    pixels = _pixel_positions(model, shown, positions, sizes)

    type_counts: dict[str, int] = {}
    for old in shown:
        name = model.entities[old].type
        type_counts[name] = type_counts.get(name, 0) + 1
    type_names = [name for name in TYPE_STYLES if name in type_counts]
    type_index = {name: i for i, name in enumerate(type_names)}

    relation_counts: dict[int, int] = {}
    for edge in edges:
        relation_counts[edge.relation] = relation_counts.get(edge.relation, 0) + 1
    relation_order = sorted(
        relation_counts,
        key=lambda r: (_KIND_ORDER[model.relations[r].kind], model.relations[r].label),
    )
    relation_index = {old: new for new, old in enumerate(relation_order)}

    evidence_index: dict[int, int] = {}
    document_index: dict[int, int] = {}
    evidence_rows: list[list[Any]] = []
    documents: list[dict[str, Any]] = []

    def doc_ref(old: int | None) -> int:
        if old is None:
            return -1
        if old not in document_index:
            document_index[old] = len(documents)
            doc = model.documents[old]
            documents.append({"title": doc.title, "date": doc.date, "source": doc.source})
        return document_index[old]

    def evidence_ref(old: int) -> int:
        if old not in evidence_index:
            item = model.evidence[old]
            evidence_index[old] = len(evidence_rows)
            evidence_rows.append(
                [item.text, doc_ref(item.document), item.extractor or "", item.confidence]
            )
        return evidence_index[old]

    nodes: list[dict[str, Any]] = []
    for new, old in enumerate(shown):
        entity = model.entities[old]
        row: dict[str, Any] = {
            "l": entity.label,
            "t": type_index[entity.type],
            "x": round(float(pixels[new][0])),
            "y": round(float(pixels[new][1])),
            "s": sizes[new],
            "i": entity.iri,
        }
        if entity.aliases:
            row["a"] = list(entity.aliases)
        if entity.job_titles:
            row["j"] = list(entity.job_titles)
        if entity.mentioned_in:
            row["m"] = [doc_ref(d) for d in entity.mentioned_in]
        if entity.full_title and entity.full_title != entity.label:
            row["ft"] = entity.full_title
        if entity.date:
            row["d"] = entity.date
        if entity.evidence:
            row["e"] = [evidence_ref(e) for e in entity.evidence]
        if entity.quotes:
            row["q"] = [[text, evidence_ref(e)] for text, e in entity.quotes]
        nodes.append(row)

    edge_rows: list[dict[str, Any]] = []
    for edge in edges:
        edge_row: dict[str, Any] = {
            "f": new_id[edge.source],
            "t": new_id[edge.target],
            "r": relation_index[edge.relation],
        }
        if edge.evidence:
            edge_row["e"] = [evidence_ref(e) for e in edge.evidence]
        edge_rows.append(edge_row)

    focus = None
    if selection.focus:
        focus = {
            "names": [model.entities[i].label.replace("\n", " ") for i in selection.focus],
            "ids": [new_id[i] for i in selection.focus if i in new_id],
            "hops": options.hops,
        }
    return {
        "title": title,
        "counts": {
            "graph": len(model.entities),
            "kinds": kind_counts(model, shown),
            "matched": selection.matched,
            "shown": len(shown),
            "leftOut": len(selection.left_out),
        },
        "focus": focus,
        "types": [
            {
                "key": name,
                "label": TYPE_STYLES[name].label,
                "color": TYPE_STYLES[name].color,
                "shape": TYPE_STYLES[name].shape,
                "count": type_counts[name],
            }
            for name in type_names
        ],
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
        "docs": documents,
        "ev": evidence_rows,
        "nodes": nodes,
        "edges": edge_rows,
        "hidden": [
            model.entities[i].label.replace("\n", " ")
            for i in selection.left_out[:MAX_HIDDEN_NAMES]
        ],
    }


def _pixel_positions(
    model: ViewModel, shown: list[int], positions: FloatArray, sizes: list[int]
) -> FloatArray:
    """Scale to pixels, then move nodes apart until labels no longer cover each other."""
    if not shown:
        return np.zeros((0, 2))
    centres = positions * (SMALL_GRAPH_EDGE_PIXELS if len(shown) <= SMALL_GRAPH else EDGE_PIXELS)
    widths, heights = [], []
    for old, size in zip(shown, sizes, strict=True):
        lines = model.entities[old].label.split("\n")
        label_width = max(len(line) for line in lines) * _CHAR_PIXELS + 8
        widths.append(max(2.0 * size, label_width))
        heights.append(2.0 * size + _LINE_PIXELS * len(lines) + 4)
    # A node's label hangs below it: centre the box between node top and label bottom.
    offsets = np.array([[0.0, (h - 2.0 * s) / 2] for h, s in zip(heights, sizes, strict=True)])
    spread = spread_boxes(centres + offsets, np.array(widths), np.array(heights))
    return np.asarray(spread - offsets, dtype=np.float64)


def render_page(payload: dict[str, Any]) -> str:
    vis = vis_network_script()
    app = _asset("view.js")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(vis)} {_csp_hash(app)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    values = {
        "CSP": html.escape(csp, quote=False),  # only single quotes in it
        "VERSION": html.escape(__version__),
        "TITLE": html.escape(str(payload["title"])),
        "CSS": _asset("view.css"),
        "DATA": script_safe_json(payload),
        "VIS": vis,
        "APP": app,
    }
    # One pass: inserted text is never scanned for markers again.
    return _MARKER.sub(lambda m: values[m.group(1)], _asset("page.html"))
