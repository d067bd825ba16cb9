"""How a graph was made: one prov:Activity per build, and source paths that leak no folders.

The activity names the software (textkg, spaCy and the pipeline's name and version), the
options that change the output, and every document it used. It holds no clock time, so the
same inputs and options still give the same graph byte for byte; its IRI is a hash of what it
says. ``tk:sourcePath`` is written relative to the build's working folder, so a shared graph
does not carry a user's home folder names, unless absolute paths are asked for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from textkg import __version__
from textkg.iris import mint, short_hash
from textkg.namespaces import TK

if TYPE_CHECKING:
    from spacy.language import Language

    from textkg.pipeline import BuildOptions

_LINE_SUFFIX = re.compile(r"^(.*?)(:\d+)?$", re.DOTALL)


@dataclass(frozen=True)
class BuildProvenance:
    """What the activity of a build records."""

    textkg_version: str = __version__
    spacy_version: str | None = None
    #: The pipeline as spaCy names it (``en_core_web_sm``) and its version.
    model_name: str | None = None
    model_version: str | None = None
    #: ``name=value`` for every option that changes the output.
    options: tuple[str, ...] = ()
    #: tk:sourcePath stays absolute instead of relative to ``working_folder``.
    absolute_paths: bool = False
    #: The folder source paths are relative to (None: the working folder when the graph is made).
    working_folder: str | None = None


def describe_build(options: BuildOptions, nlp: Language | None = None) -> BuildProvenance:
    """The provenance of a build with ``options``, run with the loaded pipeline ``nlp``."""
    from spacy import about

    ingest = options.ingest
    recorded = [
        f"base={options.base}",
        f"ner-weights={options.nlp.ner_weights}",
        f"relation-model={options.nlp.relation_weights}",
        f"max-size={ingest.max_bytes}",
        f"keep-clutter={'false' if ingest.remove_clutter else 'true'}",
    ]
    if ingest.default_date is not None:
        recorded.append(f"date={ingest.default_date.isoformat()}")
    if options.aliases is not None:
        recorded.append(f"aliases=sha256:{short_hash(repr(options.aliases))}")
    if options.absolute_paths:
        recorded.append("absolute-paths=true")
    meta = nlp.meta if nlp is not None else {}
    name = f"{meta['lang']}_{meta['name']}" if meta.get("lang") and meta.get("name") else None
    return BuildProvenance(
        spacy_version=about.__version__,
        model_name=name,
        model_version=meta.get("version"),
        options=tuple(sorted(recorded)),
        absolute_paths=options.absolute_paths,
    )


def graph_iri(base: str) -> URIRef:
    """The graph's own IRI: the name it takes in a quad store (TriG, N-Quads, a push)."""
    return mint(base, "graph")


def add_activity(
    graph: Graph, base: str, provenance: BuildProvenance, documents: Iterable[URIRef]
) -> URIRef:
    """Write the build's prov:Activity, which used ``documents`` and generated the graph."""
    used = sorted(set(documents))
    facts: list[tuple[URIRef, Literal]] = [(TK.textkgVersion, Literal(provenance.textkg_version))]
    if provenance.spacy_version:
        facts.append((TK.spacyVersion, Literal(provenance.spacy_version)))
    if provenance.model_name:
        facts.append((TK.modelName, Literal(provenance.model_name)))
    if provenance.model_version:
        facts.append((TK.modelVersion, Literal(provenance.model_version)))
    facts.extend((TK.buildOption, Literal(option)) for option in provenance.options)
    activity = mint(
        base,
        "build/" + short_hash(*(f"{p}={o}" for p, o in facts), *(str(d) for d in used)),
    )
    generated = graph_iri(base)
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDFS.label, Literal("textkg build")))
    for prop, value in facts:
        graph.add((activity, prop, value))
    for document in used:
        graph.add((activity, PROV.used, document))
    graph.add((activity, PROV.generated, generated))
    graph.add((generated, RDF.type, PROV.Entity))
    graph.add((generated, PROV.wasGeneratedBy, activity))
    return activity


def source_path(source: str, provenance: BuildProvenance) -> str:
    """Where an article was read from, relative to the working folder (or absolute if asked).

    Keeps ``<stdin>`` and a JSON Lines record's ``:line`` suffix as they are.
    """
    match = _LINE_SUFFIX.match(source)
    assert match is not None  # the pattern matches any text
    path, line = match.group(1), match.group(2) or ""
    if not path or path.startswith("<"):
        return source
    folder = provenance.working_folder or os.getcwd()
    absolute = os.path.normpath(os.path.join(folder, path))
    if provenance.absolute_paths:
        return absolute.replace(os.sep, "/") + line
    relative = os.path.relpath(absolute, folder) if os.path.isabs(path) else path
    return PurePosixPath(*relative.split(os.sep)).as_posix() + line


__all__ = ["BuildProvenance", "add_activity", "describe_build", "graph_iri", "source_path"]
