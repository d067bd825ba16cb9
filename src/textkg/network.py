"""The graph as a property graph for Gephi and Cytoscape: GraphML and GEXF.

Entities and events are nodes (label, type, aliases, dates of birth, death or founding);
relations and event roles are edges carrying every evidence sentence with its document. GEXF
also gets what Gephi draws with: the colour of each node's type and its position in textkg's
own view layout (the layout of the HTML view of the whole graph), and event dates as spells,
so the timeline can play the meetings and visits. Both files are byte-stable: the same graph
always gives the same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, SKOS
from rdflib.term import Node

from textkg.atomic import write_atomically_with
from textkg.contents import compact, entities, events, relation_triples
from textkg.namespaces import TK
from textkg.vocabulary import vocabulary

PROPERTY_GRAPH_FORMATS: dict[str, str] = {"graphml": ".graphml", "gexf": ".gexf"}


@dataclass(frozen=True)
class Evidence:
    """One sentence behind an edge, and where it stands."""

    sentence: str
    document: str
    source: str
    start: int | None
    end: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "document": self.document,
            "source": self.source,
            "char_start": self.start,
            "char_end": self.end,
        }


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and events as nodes, relations (and event roles) as edges, with plain attributes.

    Attribute values are strings and numbers only, which is what GraphML and GEXF carry.
    Events carry ``start``/``end`` dates when the graph knows them.
    """
    network = nx.MultiDiGraph()
    for node, kind in entities(graph):
        network.add_node(
            str(node),
            label=_label(graph, node),
            type=kind.value,
            aliases="; ".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            job_titles="; ".join(sorted(str(t) for t in graph.objects(node, SDO.jobTitle))),
            **_dates(graph, node),
        )
    spans: dict[str, dict[str, str]] = {}
    for node, event_kind in events(graph):
        span = _event_span(graph, node)
        spans[str(node)] = span
        network.add_node(str(node), label=_label(graph, node), type=event_kind.value, **span)

    evidence = _evidence_by_triple(graph)
    for s, p, o in relation_triples(graph):
        if str(s) in network and str(o) in network:
            _add_edge(network, graph, s, p, o, evidence.get((s, p, o), []), {})
    for role in (TK.participant, TK.place):
        for event, target in sorted(graph.subject_objects(role)):
            if str(event) in network and str(target) in network:
                span = spans.get(str(event), {})
                _add_edge(network, graph, event, role, target, [], span)  # type: ignore[arg-type]
    return network


def _dates(graph: Graph, node: URIRef) -> dict[str, str]:
    """The entity's dates by property ("birthDate": "1961-05-04"), where it has any."""
    found: dict[str, str] = {}
    for attribute in vocabulary().attributes:
        values = sorted(str(v) for v in graph.objects(node, attribute.iri))
        if values:
            found[str(attribute.iri).rsplit("/", 1)[-1]] = "; ".join(values)
    return found


def _event_span(graph: Graph, node: URIRef) -> dict[str, str]:
    start = graph.value(node, SDO.startDate)
    end = graph.value(node, SDO.endDate)
    span: dict[str, str] = {}
    if isinstance(start, Literal):
        span["start"] = str(start)
        span["end"] = str(end) if isinstance(end, Literal) else str(start)
    return span


def _add_edge(
    network: nx.MultiDiGraph,
    graph: Graph,
    subject: URIRef,
    predicate: URIRef,
    obj: URIRef,
    found: list[Evidence],
    span: dict[str, str],
) -> None:
    name = compact(graph, predicate)
    network.add_edge(
        str(subject),
        str(obj),
        key=name,
        id=f"e{network.number_of_edges()}",
        predicate=name,
        label=_label(graph, predicate),
        evidence_count=len(found),
        evidence=found[0].sentence if found else "",
        documents="; ".join(sorted({e.source or e.document for e in found})),
        evidence_json=json.dumps(
            [e.as_json() for e in found], ensure_ascii=False, separators=(",", ":")
        ),
        **span,
    )


def _evidence_by_triple(graph: Graph) -> dict[tuple[Node, Node, Node], list[Evidence]]:
    found: dict[tuple[Node, Node, Node], list[Evidence]] = defaultdict(list)
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s = graph.value(statement, RDF.subject)
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        if s is None or p is None or o is None:
            continue
        document = graph.value(statement, PROV.wasDerivedFrom)
        for sentence in graph.objects(statement, TK.evidence):
            source = graph.value(document, TK.sourcePath) if document is not None else None
            found[(s, p, o)].append(
                Evidence(
                    sentence=str(sentence),
                    document=str(document or ""),
                    source=str(source or ""),
                    start=_int(graph.value(statement, TK.charStart)),
                    end=_int(graph.value(statement, TK.charEnd)),
                )
            )
    for sentences in found.values():
        sentences.sort(key=lambda e: (e.source, e.start or 0, e.sentence, e.document))
    return found


def _int(value: Node | None) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _label(graph: Graph, node: URIRef) -> str:
    label = graph.value(node, RDFS.label)
    if isinstance(label, Literal):
        return str(label)
    return compact(graph, node)


# ---------------------------------------------------------------- writing


def write_network(graph: Graph, path: str | Path, fmt: str) -> None:
    """Write GraphML or GEXF to ``path`` atomically."""
    network = to_networkx(graph)
    if fmt == "gexf":
        _add_drawing(graph, network)

    def write(handle: BinaryIO) -> None:
        if fmt == "graphml":
            nx.write_graphml(network, handle, encoding="utf-8", prettyprint=True)
        else:
            writer = _StableGexfWriter(encoding="utf-8", prettyprint=True)
            writer.add_graph(network)
            writer.write(handle)

    write_atomically_with(path, write)


class _StableGexfWriter(GEXFWriter):  # type: ignore[misc]
    """networkx's GEXF writer without the export date and the multigraph key attribute,
    so that the same graph gives the same bytes."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        meta = self.xml.find("meta")
        if meta is not None:
            meta.attrib.pop("lastmodifieddate", None)

    def add_attributes(
        self, node_or_edge: str, xml_obj: Any, data: dict[str, Any], default: dict[str, Any]
    ) -> dict[str, Any]:
        data = {k: v for k, v in data.items() if k != "key"}
        return super().add_attributes(node_or_edge, xml_obj, data, default)  # type: ignore[no-any-return]


def _add_drawing(graph: Graph, network: nx.MultiDiGraph) -> None:
    """Colours by type, sizes and positions from the view of the whole graph (y up, as Gephi)."""
    from textkg.view.model import OTHER_TYPE, read_model
    from textkg.view.options import ViewOptions
    from textkg.view.payload import TYPE_STYLES, build_payload
    from textkg.view.select import select

    model = read_model(graph)
    if not model.entities:
        return
    options = ViewOptions(max_nodes=len(model.entities))
    payload = build_payload(model, select(model, options), options, "")
    colours = [item["color"] for item in payload["types"]]
    for row in payload["nodes"]:
        iri = row["i"]
        if iri not in network or "s" not in row:
            continue  # an unlinked entity the view lists rather than draws: colour only
        red, green, blue = (int(colours[row["t"]][i : i + 2], 16) for i in (1, 3, 5))
        network.nodes[iri]["viz"] = {
            "color": {"r": red, "g": green, "b": blue, "a": 1.0},
            "size": float(row["s"]),
            "position": {"x": float(row["x"]), "y": float(-row["y"]), "z": 0.0},
        }
    for node, data in network.nodes(data=True):
        if "viz" not in data:
            style = TYPE_STYLES.get(str(data.get("type")), TYPE_STYLES[OTHER_TYPE])
            red, green, blue = (int(style.color[i : i + 2], 16) for i in (1, 3, 5))
            network.nodes[node]["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0}}


__all__ = ["PROPERTY_GRAPH_FORMATS", "to_networkx", "write_network"]
