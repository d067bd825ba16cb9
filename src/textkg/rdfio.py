"""Reading a user's RDF files safely, and moving triples between rdflib and pyoxigraph.

Every RDF file textkg is given is parsed by pyoxigraph, which fetches nothing: a JSON-LD
``@context`` that is not written inline is an error, never a download or a file read, and no
DTD is ever loaded. RDF/XML entity declarations are refused before parsing, since a parser that
expands them turns a 1 KB "billion laughs" file into gigabytes. rdflib stays the Python graph
API; these functions are the one road between the two libraries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Identifier, Node

from textkg.errors import TextkgError
from textkg.namespaces import bind_prefixes

#: File suffix → the RDF syntax textkg reads it as.
RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
READABLE_SUFFIXES = ".ttl, .nt, .nq, .trig, .jsonld, .rdf/.owl (RDF/XML), .n3"

#: An RDF/XML prolog longer than this is not believed to be harmless.
_PROLOG_LIMIT = 1 << 20
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_:]")
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


def rdf_format(path: str | Path) -> ox.RdfFormat:
    """The syntax of an RDF file, from its name (``graph.nq`` → N-Quads)."""
    fmt = RDF_SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise TextkgError(f"{path}: unknown RDF format (use {READABLE_SUFFIXES})")
    return fmt


def check_rdf_file(path: str | Path) -> ox.RdfFormat:
    """Refuse, in one line, what is not a readable RDF file or is unsafe to parse."""
    source = Path(path)
    if not source.exists():
        raise TextkgError(f"{source}: no such file")
    if source.is_dir():
        raise TextkgError(f"{source}: is a folder, not an RDF file")
    fmt = rdf_format(source)
    if fmt == ox.RdfFormat.RDF_XML:
        _refuse_xml_entities(source)
    return fmt


def _refuse_xml_entities(path: Path) -> None:
    """Entity declarations can only stand in the DOCTYPE, before the root element."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_PROLOG_LIMIT)
    except OSError as exc:
        raise TextkgError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    doctype = head.find(b"<!DOCTYPE")
    if doctype == -1:
        return
    root = _ROOT_ELEMENT.search(head, doctype)
    if b"<!ENTITY" in head[doctype:] or root is None:
        raise TextkgError(
            f"{path}: RDF/XML with entity declarations (<!ENTITY ...>) is refused: entities "
            "can expand without limit; expand them first or convert the file to Turtle"
        )


def parse_error(path: str | Path, fmt: ox.RdfFormat, exc: BaseException) -> TextkgError:
    """One line naming the file and what is wrong with it."""
    text = first_line(exc)
    if "LoadDocumentCallback" in text:
        text = "it names a remote @context, which textkg never fetches; write the context inline"
    return TextkgError(f"{path}: not valid {fmt.name}: {text}")


def parse_quads(path: str | Path) -> Iterator[ox.Quad]:
    """The quads of an RDF file, parsed without fetching or reading anything else."""
    fmt = check_rdf_file(path)
    try:
        yield from ox.parse(path=str(path), format=fmt)
    except (SyntaxError, ValueError, UnicodeError) as exc:
        raise parse_error(path, fmt, exc) from exc
    except OSError as exc:
        raise TextkgError(f"{path}: cannot read: {exc.strerror or first_line(exc)}") from exc


def load_graph(path: str | Path) -> Graph:
    """An RDF file as one rdflib graph: the triples of all its graphs, vocabulary prefixes bound."""
    graph = Graph()
    add = graph.add
    for quad in parse_quads(path):
        add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return bind_prefixes(graph)


# ---------------------------------------------------------------- rdflib ⇄ pyoxigraph terms


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TextkgError("RDF 1.2 triple terms are not supported by textkg's graph API")


def to_oxigraph(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph's; a string no RDF store can hold is a TextkgError."""
    try:
        if isinstance(node, Literal):
            datatype = str(node.datatype) if node.datatype else None
            return oxigraph_literal(str(node), datatype, node.language)
        if isinstance(node, BNode):
            return ox.BlankNode(str(node))
        return ox.NamedNode(str(node))
    except (UnicodeError, ValueError) as exc:
        raise unstorable(exc) from exc


def oxigraph_literal(lexical: str, datatype: str | None, language: str | None) -> ox.Literal:
    """A literal from its parts (plain and language strings carry no datatype in pyoxigraph)."""
    if language:
        return ox.Literal(lexical, language=language)
    if datatype and datatype not in (_XSD_STRING, _LANG_STRING):
        return ox.Literal(lexical, datatype=ox.NamedNode(datatype))
    return ox.Literal(lexical)


def unstorable(exc: BaseException) -> TextkgError:
    return TextkgError(f"a term of the graph cannot be stored: {first_line(exc)}")


def oxigraph_triples(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Triple]:
    for s, p, o in triples:
        yield ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]


def oxigraph_quads(
    triples: Iterable[tuple[Node, Node, Node]],
    graph_name: ox.NamedNode | ox.DefaultGraph | None = None,
) -> Iterator[ox.Quad]:
    name = graph_name or ox.DefaultGraph()
    for triple in oxigraph_triples(triples):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, name)


def first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:300]


__all__ = [
    "RDF_SUFFIXES",
    "check_rdf_file",
    "first_line",
    "load_graph",
    "oxigraph_quads",
    "oxigraph_triples",
    "parse_error",
    "parse_quads",
    "rdf_format",
    "to_oxigraph",
    "to_rdflib",
]
