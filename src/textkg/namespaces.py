"""The vocabulary's namespaces and prefixes (ontology/textkg.ttl), bound the same everywhere."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

TK = Namespace("https://w3id.org/textkg/ontology#")
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


def expand_curie(curie: str) -> str:
    """Turn ``tk:leaderOf`` / ``rel:sign`` into a full IRI string."""
    prefix, _, local = curie.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"not a known CURIE: {curie!r}")
    return str(PREFIXES[prefix]) + local
