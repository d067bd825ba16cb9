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


def transliterate(text: str) -> str:
    """Latin letters for any script (anyascii): "Нарышкин" → "Naryshkin", "김정은" →
    "Gim Jeong Eun". Syllables of caseless scripts (Han, Hangul, Kana) come out as separate
    words so that their slug reads "gim-jeong-eun", not "gimjeongeun"."""
    from anyascii import anyascii

    out: list[str] = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        latin = anyascii(char).replace("'", "")  # soft and hard signs: no word break
        syllable = char.upper() == char.lower() and latin[:1].isupper() and len(latin) > 1
        out.append(f" {latin} " if syllable else latin)
    return "".join(out)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, transliterated from any script.

    Accents fold to their base letter ("Pérez" → "perez") and other scripts are
    transliterated ("Нарышкин Сергей" → "naryshkin-sergey"); only a name with no letters
    at all leaves an empty slug, and :func:`entity_key` then falls back to a hash.
    """
    folded = unicodedata.normalize("NFKC", text)
    ascii_only = transliterate(folded).lower()
    slug = _NON_SLUG.sub("-", ascii_only).strip("-")
    if len(slug) > _MAX_SLUG:
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0] or slug[:_MAX_SLUG]
    return slug


def entity_key(entity_type: EntityType, label: str) -> str:
    """``kind/slug`` for an entity, readable in every script.

    Two names with the same slug ("Pérez" and "Perez") are told apart where entities are
    keyed together (the resolver adds a country or short hash to all but one of them); a
    name that leaves no slug at all gets a hash so the IRI stays valid and distinct.
    """
    segment = KIND_SEGMENT[entity_type.kind]
    slug = slugify(label) or short_hash(label, length=16)
    return f"{segment}/{slug}"


def mint(base: str, path: str) -> URIRef:
    """Join the user's base IRI and a path made only of [a-z0-9/-] characters."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9/_-]*", path):
        raise ValueError(f"unsafe IRI path {path!r}")
    return URIRef(base + path)
