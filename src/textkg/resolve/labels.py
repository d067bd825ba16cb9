"""What an entity is called: its label, its other names, its job titles, its kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from textkg.records import EntityType
from textkg.resolve.model import Prepared
from textkg.resolve.names import person_name
from textkg.resolve.words import is_honorific, title_key

_KIND_ORDER = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT)


def majority_kind(mentions: Sequence[Prepared]) -> EntityType:
    """The kind most mentions give (people first on a tie, then organisations, places)."""
    counts = Counter(p.kind for p in mentions)
    if not counts:
        return EntityType.PLACE
    return max(_KIND_ORDER, key=lambda k: (counts.get(k, 0), -_KIND_ORDER.index(k)))


def casing(surface: str) -> int:
    """0 for a name written as names are ("Valdmark Herald"), 1 all capitals, 2 lower case."""
    if surface == surface.lower():
        return 2
    if surface == surface.upper() and len(surface.replace(" ", "")) > 4 and " " in surface:
        return 1
    return 0


def choose_label(kind: EntityType, mentions: Sequence[Prepared]) -> str:
    """People: the fullest name; others: the name written most often (acronyms last);
    properly cased forms before ALL CAPS and lower case."""
    # "North Korean Ministry of State Security" votes for "Ministry of State Security": the
    # country is a fact about it (tk:partOf), not part of its name.
    names = [p.base_surface if p.qualifier and p.base_surface else p.surface for p in mentions]
    acronyms = [p.acronym for p in mentions]
    counts: Counter[str] = Counter(names)
    candidates = [n for n, a in zip(names, acronyms, strict=True) if not a] or names

    def score(name: str) -> tuple[int, int, int, int, str]:
        words = len(name.split())
        case = casing(name)
        if kind is EntityType.PERSON:
            # Fullest: most letters ("Sergei Yevgenyevich Naryshkin" over "Naryshkin");
            # then most often written; then hyphenated syllables ("Ri Chang-dae").
            letters = len(person_name(name).concat)
            return (case, -letters, -counts[name], words, name)
        return (case, -counts[name], 0, -words, name)

    return min(candidates, key=score)


def alt_labels(label: str, mentions: Sequence[Prepared], extra: Sequence[str] = ()) -> list[str]:
    """Other names, one spelling per name whatever its case."""
    counts: Counter[str] = Counter([p.surface for p in mentions] + list(extra))
    by_fold: dict[str, list[str]] = defaultdict(list)
    for surface in counts:
        by_fold[surface.casefold()].append(surface)
    out = []
    for folded, variants in by_fold.items():
        if folded == label.casefold() or not folded.strip():
            continue
        out.append(min(variants, key=lambda s: (casing(s), -counts[s], s)))
    return sorted(out)


def job_titles(title_lists: Iterable[Sequence[str]]) -> list[str]:
    """Titles written with a person's name, one spelling each, forms of address left out."""
    seen: dict[str, str] = {}
    for titles in title_lists:
        for title in titles:
            clean = " ".join(title.split()).strip(" ,.;:")
            key = clean.casefold().rstrip(".")
            if not clean or is_honorific(title_key(clean.split())):
                continue
            if key not in seen or (seen[key] == seen[key].lower() and clean != clean.lower()):
                seen[key] = clean
    return sorted(seen.values(), key=lambda t: (t.casefold(), t))
