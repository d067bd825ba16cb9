"""What an entity is called: its label, its other names, its job titles, its kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from textkg.records import EntityType
from textkg.resolve.model import Prepared
from textkg.resolve.names import parse_person_name
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
    properly cased forms before ALL CAPS and lower case.

    An organisation named with its country is labelled by its fullest name as written,
    never the bare base ("British Army", "Monetary Authority of Singapore", not "Army"):
    the most often written form with its country, adjectives before possessives.
    """
    qualified = [p for p in mentions if p.qualifier and not p.acronym]
    # a name the text writes before one textkg made from a title ("Finance Minister X")
    qualified = [p for p in qualified if p.words.reference != "synthesized"] or qualified
    if kind is EntityType.ORGANIZATION and qualified:
        forms = [p.qualified_surface or p.surface for p in qualified]
        counts: Counter[str] = Counter(forms)
        return min(counts, key=lambda n: (casing(n), _possessive(n), -counts[n], -len(n), n))
    names = [p.surface for p in mentions]
    acronyms = [p.acronym for p in mentions]
    counts = Counter(names)
    candidates = [n for n, a in zip(names, acronyms, strict=True) if not a] or names

    def score(name: str) -> tuple[int, int, int, int, str]:
        words = len(name.split())
        case = casing(name)
        if kind is EntityType.PERSON:
            # Fullest: most letters ("Sergei Yevgenyevich Naryshkin" over "Naryshkin");
            # then most often written; then hyphenated syllables ("Ri Chang-dae").
            # (each entity's names are read once: a cache would hold all of them at the peak)
            letters = len(parse_person_name(name).concat)
            return (case, -letters, -counts[name], words, name)
        return (case, -counts[name], 0, -words, name)

    best = min(candidates, key=score)
    if kind is EntityType.ORGANIZATION:
        # "Hanul" written more often than "Hanul Pictures": the full name it opens
        fuller = [n for n in candidates if n.startswith(best + " ") and casing(n) == casing(best)]
        # (only one full name it opens: not "Hadeon" beside "Hadeon Motor" and "Hadeon Heavy
        # Industries", the group's name written short)
        if len(set(fuller)) == 1:
            return min(fuller, key=lambda n: (-counts[n], -len(n.split()), n))
    return best


def _possessive(name: str) -> bool:
    """ "Kenya's Foreign Ministry": a form to label by only when there is no other."""
    return any(w.endswith(("'s", "s'")) for w in name.split()[:-1])


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
