"""Deterministic, readable, always-valid IRIs for documents, entities, statements and events."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from textkg.records import EntityType

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60

#: The path segment each coarse entity kind lives under (``.../person/sergei-naryshkin``).
KIND_SEGMENT: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "organization",
    EntityType.PLACE: "place",
    EntityType.EVENT: "event",
}


def short_hash(*parts: str, length: int = 12) -> str:
    """A stable digest of ``parts`` (never Python's salted ``hash()``)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens; empty when nothing Latin is left.

    Accents fold to their base letter ("Pérez" → "perez"); scripts with no Latin
    decomposition (Hangul, Arabic, emoji) vanish, and :func:`entity_key` then falls
    back to a hash so the IRI stays valid and distinct.
    """
    folded = unicodedata.normalize("NFKD", text)
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_SLUG.sub("-", ascii_only).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0] or slug[:_MAX_SLUG]
    return slug


def entity_key(entity_type: EntityType, label: str) -> str:
    """``kind/slug`` for an entity; a name that leaves no readable slug gets a hash instead."""
    segment = KIND_SEGMENT[entity_type.kind]
    slug = slugify(label)
    if not slug or slug != _NON_SLUG.sub("-", label.lower()).strip("-"):
        # The slug lost information (accents, other scripts, punctuation): keep it readable
        # but make it unique to the exact label.
        slug = f"{slug}-{short_hash(label, length=8)}" if slug else short_hash(label, length=16)
    return f"{segment}/{slug}"


def mint(base: str, path: str) -> URIRef:
    """Join the user's base IRI and a path made only of [a-z0-9/-] characters."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9/_-]*", path):
        raise ValueError(f"unsafe IRI path {path!r}")
    return URIRef(base + path)
