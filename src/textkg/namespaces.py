"""The vocabulary's namespaces and prefixes (ontology/textkg.ttl), bound the same everywhere."""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace


class TK(DefinedNamespace):
    """The tk: terms, closed: a misspelt term is an error, not a new IRI. The terms are those
    ontology/textkg.ttl declares (a test keeps the two lists equal); what each relation may join
    is read from that file by ``textkg.vocabulary``."""

    _NS = Namespace("https://w3id.org/textkg/ontology#")
    _fail = True

    # classes
    Agent: URIRef
    Meeting: URIRef
    Visit: URIRef
    Quote: URIRef
    TypedRelation: URIRef
    TypedAttribute: URIRef
    # typed relations
    leaderOf: URIRef
    memberOf: URIRef
    worksFor: URIRef
    partOf: URIRef
    locatedIn: URIRef
    metWith: URIRef
    visited: URIRef
    cooperatesWith: URIRef
    residesIn: URIRef
    nationality: URIRef
    killed: URIRef
    acquired: URIRef
    # events and quotes
    participant: URIRef
    place: URIRef
    dateText: URIRef
    speaker: URIRef
    speechVerb: URIRef
    quoteText: URIRef
    # provenance and documents
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    sourcePath: URIRef
    contentHash: URIRef
    # the build (its prov:Activity)
    textkgVersion: URIRef
    spacyVersion: URIRef
    modelName: URIRef
    modelVersion: URIRef
    buildOption: URIRef


REL = Namespace("https://w3id.org/textkg/relation/")
DEFAULT_BASE = "https://w3id.org/textkg/id/"

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "tk": TK,
    "rel": REL,
    "schema": SDO,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "xsd": XSD,
    "owl": OWL,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the vocabulary's prefixes, replacing rdflib's defaults (e.g. schema: → https)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def expand_curie(curie: str) -> URIRef:
    """Turn ``tk:leaderOf`` / ``rel:sign`` into its IRI."""
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"not a known CURIE: {curie!r}")
    return URIRef(str(PREFIXES[prefix]) + local)


def curie(iri: URIRef) -> str:
    """``tk:leaderOf`` for an IRI in one of the vocabulary's namespaces, else the IRI itself."""
    text = str(iri)
    for prefix in ("tk", "rel", "schema"):
        namespace = str(PREFIXES[prefix])
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return text
