"""Export: the graph in the usual RDF formats, or as a property graph for Gephi and Cytoscape."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import BinaryIO

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS
from rdflib.term import Node

from textkg.atomic import write_atomically_with, write_bytes_atomically
from textkg.contents import compact, entities, events, relation_triples
from textkg.errors import TextkgError
from textkg.namespaces import PREFIXES, TK

#: name → (rdflib serializer, usual file extension)
RDF_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("turtle", ".ttl"),
    "nt": ("nt", ".nt"),
    "nq": ("nquads", ".nq"),
    "trig": ("trig", ".trig"),
    "jsonld": ("json-ld", ".jsonld"),
}
PROPERTY_GRAPH_FORMATS: dict[str, str] = {"graphml": ".graphml", "gexf": ".gexf"}
FORMATS: tuple[str, ...] = (*RDF_FORMATS, *PROPERTY_GRAPH_FORMATS)


def format_for_path(path: str | Path) -> str | None:
    """Guess the export format from a file name (``graph.nt`` → ``nt``)."""
    suffix = Path(path).suffix.lower()
    for name, (_, ext) in RDF_FORMATS.items():
        if ext == suffix:
            return name
    for name, ext in PROPERTY_GRAPH_FORMATS.items():
        if ext == suffix:
            return name
    return {".json": "jsonld", ".ttl": "turtle"}.get(suffix)


def write_graph(graph: Graph, path: str | Path, fmt: str) -> None:
    """Write ``graph`` to ``path`` atomically in format ``fmt`` (one of FORMATS)."""
    if fmt in RDF_FORMATS:
        data = serialize_rdf(graph, fmt, graph_name=Path(path).stem)
        write_bytes_atomically(path, data)
    elif fmt in PROPERTY_GRAPH_FORMATS:
        network = to_networkx(graph)

        def write(handle: BinaryIO) -> None:
            if fmt == "graphml":
                nx.write_graphml(network, handle, encoding="utf-8", prettyprint=True)
            else:
                nx.write_gexf(network, handle, encoding="utf-8", prettyprint=True)

        write_atomically_with(path, write)
    else:
        raise TextkgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def serialize_rdf(graph: Graph, fmt: str, *, graph_name: str = "textkg") -> bytes:
    serializer, _ = RDF_FORMATS[fmt]
    if fmt in ("nq", "trig"):
        # Quad formats name the graph, so that several exports can share one store.
        dataset = Dataset()
        for prefix, namespace in graph.namespace_manager.namespaces():
            dataset.bind(prefix, namespace, override=True, replace=True)
        named = dataset.graph(URIRef(f"urn:textkg:graph:{graph_name}"))
        for triple in graph:
            named.add(triple)
        data = dataset.serialize(format=serializer, encoding="utf-8")
        if fmt == "nq":
            data = _sorted_lines(data)
    elif fmt == "nt":
        data = _sorted_lines(graph.serialize(format="nt", encoding="utf-8"))
    elif fmt == "turtle":
        data = _turtle(graph)
    else:
        data = graph.serialize(format=serializer, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def _turtle(graph: Graph) -> bytes:
    """Turtle through pyoxigraph's writer: several times faster than rdflib's on big graphs.

    Triples are sorted first, so the same graph always gives the same bytes.
    """
    import pyoxigraph as ox

    def resource(node: Node) -> ox.NamedNode | ox.BlankNode:
        return ox.NamedNode(str(node)) if isinstance(node, URIRef) else ox.BlankNode(str(node))

    def term(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
        if isinstance(node, Literal):
            if node.language:
                return ox.Literal(str(node), language=node.language)
            if node.datatype:
                return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
            return ox.Literal(str(node))
        return resource(node)

    ordered = sorted(graph, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3()))
    triples = [ox.Triple(resource(s), ox.NamedNode(str(p)), term(o)) for s, p, o in ordered]
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    assert data is not None  # no output file given: the bytes are returned
    return data


def _sorted_lines(data: bytes | str) -> bytes:
    """Line formats (N-Triples, N-Quads) have no order of their own: sort for reproducibility."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    return "".join(sorted(line + "\n" for line in text.splitlines() if line)).encode("utf-8")


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities and events as nodes, relations (and event roles) as edges, with plain attributes.

    Attribute values are strings and numbers only, which is what GraphML and GEXF carry.
    """
    network = nx.MultiDiGraph()
    for node, kind in entities(graph):
        network.add_node(
            str(node),
            label=_label(graph, node),
            type=kind.value,
            aliases="; ".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            job_titles="; ".join(sorted(str(t) for t in graph.objects(node, SDO.jobTitle))),
        )
    for node, event_kind in events(graph):
        network.add_node(str(node), label=_label(graph, node), type=event_kind.value)

    evidence = _evidence_by_triple(graph)
    for s, p, o in relation_triples(graph):
        if str(s) not in network or str(o) not in network:
            continue
        _add_edge(network, graph, s, p, o, evidence.get((s, p, o), []))
    for role in (TK.participant, TK.place):
        for event, target in sorted(graph.subject_objects(role)):
            if str(event) in network and str(target) in network:
                _add_edge(network, graph, event, role, target, [])
    return network


def _add_edge(
    network: nx.MultiDiGraph,
    graph: Graph,
    subject: Node,
    predicate: URIRef,
    obj: Node,
    sentences: list[str],
) -> None:
    name = compact(graph, predicate)
    network.add_edge(
        str(subject),
        str(obj),
        key=name,
        predicate=name,
        label=_label(graph, predicate),
        evidence_count=len(sentences),
        evidence=sentences[0] if sentences else "",
    )


def _evidence_by_triple(graph: Graph) -> dict[tuple[URIRef, URIRef, URIRef], list[str]]:
    found: dict[tuple[URIRef, URIRef, URIRef], list[str]] = defaultdict(list)
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s = graph.value(statement, RDF.subject)
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        sentence = graph.value(statement, TK.evidence)
        if isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef) and sentence:
            found[(s, p, o)].append(str(sentence))
    for sentences in found.values():
        sentences.sort()
    return found


def _label(graph: Graph, node: URIRef) -> str:
    label = graph.value(node, RDFS.label)
    if isinstance(label, Literal):
        return str(label)
    return compact(graph, node)


__all__ = [
    "FORMATS",
    "format_for_path",
    "serialize_rdf",
    "to_networkx",
    "write_graph",
]
