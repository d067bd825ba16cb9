"""Export: the graph in the usual RDF formats, or as a property graph for Gephi and Cytoscape.

Every format is deterministic: triples are sorted before Oxigraph's writers see them, and
JSON-LD is compacted with the vocabulary's ``@context`` (its prefixes), subjects and values
sorted. Quad
formats (TriG, N-Quads) name the graph by its own IRI (what its build ``prov:generated``), not
by the output file's name, so exports of the same graph load into the same named graph.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from textkg.atomic import write_bytes_atomically
from textkg.errors import TextkgError
from textkg.namespaces import DEFAULT_BASE, PREFIXES
from textkg.network import PROPERTY_GRAPH_FORMATS, to_networkx, write_network
from textkg.provenance import graph_iri
from textkg.rdfio import oxigraph_triples

#: name → (Oxigraph's writer, or None for JSON-LD; usual file extension)
RDF_FORMATS: dict[str, tuple[ox.RdfFormat | None, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, ".ttl"),
    "nt": (ox.RdfFormat.N_TRIPLES, ".nt"),
    "nq": (ox.RdfFormat.N_QUADS, ".nq"),
    "trig": (ox.RdfFormat.TRIG, ".trig"),
    "rdfxml": (ox.RdfFormat.RDF_XML, ".rdf"),
    "jsonld": (None, ".jsonld"),
}
FORMATS: tuple[str, ...] = (*RDF_FORMATS, *PROPERTY_GRAPH_FORMATS)
_PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_LONGEST_FIRST = sorted(_PREFIX_IRIS.items(), key=lambda item: -len(item[1]))


def format_for_path(path: str | Path) -> str | None:
    """Guess the export format from a file name (``graph.nt`` → ``nt``)."""
    suffix = Path(path).suffix.lower()
    for name, (_, ext) in RDF_FORMATS.items():
        if ext == suffix:
            return name
    for name, ext in PROPERTY_GRAPH_FORMATS.items():
        if ext == suffix:
            return name
    return {".json": "jsonld", ".owl": "rdfxml", ".xml": "rdfxml"}.get(suffix)


def write_graph(graph: Graph, path: str | Path, fmt: str, *, graph_name: str | None = None) -> None:
    """Write ``graph`` to ``path`` atomically in format ``fmt`` (one of FORMATS).

    ``graph_name`` names the graph in TriG and N-Quads (default: the graph's own IRI).
    """
    if fmt in RDF_FORMATS:
        write_bytes_atomically(path, serialize_rdf(graph, fmt, graph_name=graph_name))
    elif fmt in PROPERTY_GRAPH_FORMATS:
        write_network(graph, path, fmt)
    else:
        raise TextkgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def stored_graph_name(graph: Graph) -> URIRef:
    """The IRI the graph's build generated, or the default one for graphs from elsewhere."""
    named = sorted(
        {
            g
            for activity in graph.subjects(RDF.type, PROV.Activity)
            for g in graph.objects(activity, PROV.generated)
            if isinstance(g, URIRef)
        }
    )
    return named[0] if len(named) == 1 else graph_iri(DEFAULT_BASE)


def serialize_rdf(graph: Graph, fmt: str, *, graph_name: str | None = None) -> bytes:
    writer, _ = RDF_FORMATS[fmt]
    if writer is None:
        return _jsonld(graph)
    triples = oxigraph_triples(sorted(graph, key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3())))
    data: bytes | None
    if writer in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        name = ox.NamedNode(graph_name or str(stored_graph_name(graph)))
        quads = (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        data = ox.serialize(quads, format=writer, prefixes=prefixes_for(writer))
    else:
        data = ox.serialize(triples, format=writer, prefixes=prefixes_for(writer))
    assert data is not None  # no output file given: the bytes are returned
    return data


def prefixes_for(writer: ox.RdfFormat) -> dict[str, str] | None:
    line_based = writer in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
    return None if line_based else _PREFIX_IRIS


def jsonld_context() -> dict[str, Any]:
    """The vocabulary's JSON-LD context: its prefixes, so IRIs compact to ``tk:leaderOf``."""
    return {"@context": dict(sorted(_PREFIX_IRIS.items()))}


def _jsonld(graph: Graph) -> bytes:
    """Compacted JSON-LD: one object per subject, IRIs as prefixed names, sorted throughout.

    With a context of prefixes only, compaction is a renaming, done here: rdflib's serialiser
    walks the graph in set order and drops a literal 0. Typed literals keep their lexical form
    (``{"@value": "0.800", "@type": "xsd:decimal"}``), so nothing is lost on the way back.
    """
    nodes: dict[Node, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph:
        node = nodes[s]
        if p == RDF.type and isinstance(o, URIRef):
            node["@type"].append(_compact(o))
        else:
            node[_compact(URIRef(str(p)))].append(_jsonld_value(o))
    objects = []
    for subject in sorted(nodes, key=lambda n: n.n3()):
        item: dict[str, Any] = {"@id": _jsonld_id(subject)}
        for key, values in nodes[subject].items():
            ordered = sorted(values, key=_canonical)
            item[key] = ordered[0] if len(ordered) == 1 else ordered
        objects.append(item)
    document = {**jsonld_context(), "@graph": objects}
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def _compact(iri: URIRef) -> str:
    """``tk:leaderOf``; the full IRI where no prefix fits (or the rest would read as ``//``)."""
    text = str(iri)
    for prefix, namespace in _LONGEST_FIRST:
        local = text[len(namespace) :]
        if text.startswith(namespace) and not local.startswith("//"):
            return f"{prefix}:{local}"
    return text


def _jsonld_id(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else _compact(URIRef(str(node)))


def _jsonld_value(node: Node) -> Any:
    if isinstance(node, Literal):
        if node.language:
            return {"@value": str(node), "@language": node.language}
        if node.datatype is None or node.datatype == XSD.string:
            return str(node)
        return {"@value": str(node), "@type": _compact(node.datatype)}
    return {"@id": _jsonld_id(node)}


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


__all__ = [
    "FORMATS",
    "format_for_path",
    "jsonld_context",
    "serialize_rdf",
    "stored_graph_name",
    "to_networkx",
    "write_graph",
]
