"""People named short in one article: which full name a surname or shortened name is.

A short name that fits one person of the article is that person. One that fits several
("Reeves" where the article names Rachel Reeves and Ellie Reeves) is read mention by
mention: each goes to the most salient full name of that family. News names its main
person first and keeps the bare surname for them, naming a relative in full ("French
President Emmanuel Macron ... his wife Brigitte Macron ... Macron said"): so the person the
article named first, among those named before the mention (all of them, when none is);
of two first named in one sentence ("Beauden and Jordie Barrett"), the one named again
last before the mention; only when that too is one sentence is it a true tie, unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textkg.extract.gazetteers import is_given_name
from textkg.records import EntityType
from textkg.resolve.model import Group, Prepared, Role
from textkg.resolve.names import NameData, PersonName, person_match, person_name, short_form_match
from textkg.resolve.words import words as lexicon_words


@dataclass(frozen=True)
class Fit:
    """A fuller name of the article that a short name may stand for, and why."""

    group: Group
    reason: str


def people_of(groups: Sequence[Group]) -> list[tuple[Group, PersonName]]:
    """The article's person names, fullest first."""
    people = [
        (g, person_name(g.surface))
        for g in groups
        if g.role is Role.NAME and g.kind is EntityType.PERSON and g.key
    ]
    people.sort(key=lambda item: (-len(item[1]), item[0].id))
    return people


def _from_surname(surface: str) -> str:
    """A name that starts with its surname's particles ("von der Leyen", "de Gaulle") is
    compared by the surname itself, as the full name ends in it ("Ursula von der Leyen")."""
    words = surface.split()
    particles = lexicon_words().particles
    while len(words) > 1 and words[0].islower() and words[0] in particles:
        words.pop(0)
    return " ".join(words)


def fits(
    group: Group,
    people: Sequence[tuple[Group, PersonName]],
    data: NameData,
) -> list[Fit]:
    """The fuller names of the article that ``group``'s name is a shortening of (a name
    that starts with its surname's particles, "von der Leyen", by the surname itself);
    ``people`` as :func:`people_of` gives them, fullest first."""
    name = person_name(_from_surname(group.surface))
    words = len(name.parts)
    out = []
    for other, other_name in people:
        if len(other_name.parts) < words:
            break  # the rest are shorter still: none is fuller
        if other is group or not _fuller(other_name, name):
            continue
        reason = short_form_match(name, other_name, data) or _first_surname(
            group.surface, name, other_name
        )
        if reason:
            out.append(Fit(other, reason))
    return out


def _first_surname(surface: str, name: PersonName, full: PersonName) -> str | None:
    """ "Echeverría" after "Rosa Echeverría Lagos": the first of two surnames, as Spanish
    and Portuguese write a person short (a word the lists do not know as a given name:
    "Anna Maria Rossi ... Maria" is someone else)."""
    first = len(name) == 1 and len(full) == 3 and name.parts[0] == full.parts[1]
    if first and not is_given_name(surface):
        return "first surname"
    return None


def several_people(found: Sequence[Fit], data: NameData) -> bool:
    """Do the fitting names denote two people ("Rachel Reeves", "Ellie Reeves"), not one
    person written two ways ("Sergei Naryshkin", "Sergei Yevgenyevich Naryshkin")?"""
    names = [person_name(f.group.surface) for f in found]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            same = (
                person_match(a, b, data, allow_initials=True)
                or short_form_match(a, b, data)
                or short_form_match(b, a, data)
            )
            if not same:
                return True
    return False


@dataclass(frozen=True)
class Salience:
    """Where a person of the article stands for one short mention."""

    first: tuple[int, int]  # (start, sentence) of the person's first mention
    last_before: tuple[int, int] | None  # (end, sentence) of the nearest mention before it


def salience(mention: Prepared, members: Sequence[Prepared]) -> Salience:
    earlier = [(q.end, q.sentence) for q in members]
    earlier = [b for b in earlier if b[0] <= mention.start]
    first = min((q.start, q.sentence) for q in members)
    return Salience(first, max(earlier) if earlier else None)


def most_salient(options: dict[int, Salience]) -> tuple[int, str] | None:
    """The entity (root) a short mention goes to, and why; None on a true tie."""
    named_before = {root: s for root, s in options.items() if s.last_before is not None}
    ranked = sorted((named_before or options).items(), key=lambda item: item[1].first)
    (root, best) = ranked[0]
    why = "the first of that family the article names" + (" before it" if named_before else "")
    if len(ranked) == 1 or ranked[1][1].first[1] != best.first[1]:
        return root, why
    other_root, other = ranked[1]
    if best.last_before and other.last_before and best.last_before[1] != other.last_before[1]:
        if other.last_before > best.last_before:
            root = other_root
        return root, "of the family named together, the one named last before it"
    return None


def _fuller(full: PersonName, short: PersonName) -> bool:
    # (the parts counted directly: every person name of an article meets every other here)
    words, short_words = len(full.parts), len(short.parts)
    if words > short_words:
        return True
    return words == short_words and any(short.initial) and not any(full.initial)
