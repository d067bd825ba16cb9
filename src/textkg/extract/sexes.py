"""What an article tells of its people's sex, for the pronouns that stand for them: the
given name of each family name written alone ("Martin" of "Teresa Martin"), and the
honorific it gives a name ("Ms Beridze")."""

from __future__ import annotations

from dataclasses import dataclass

from textkg.extract.document import PERSON, DocView
from textkg.extract.gazetteers import given_name_gender
from textkg.extract.mentions import Ment


@dataclass(frozen=True)
class Sexes:
    """What the article tells of its people's sex: the given name of each family name
    written alone, and the honorific the text itself gives a name ("Ms Beridze")."""

    given: dict[str, str]
    told: dict[str, str]


#: Honorifics that say a person's sex ("Ms Kamau").
_HONORIFIC_SEX = {"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f"}


def agrees(ment: Ment, sex: str, sexes: Sexes) -> bool:
    """Whether a person could be the one a pronoun of ``sex`` stands for."""
    if not sex or ment.etype is not PERSON or not ment.name.split():
        return True
    words = ment.name.split()
    known = given_name_gender(words[0])
    told = sexes.told.get(ment.name)
    if told is None and (len(words) == 1 or known is None):
        # (the honorific of a family name alone, "Ms Beridze", tells nothing of a full name
        # the lists give the other sex, "Giorgi Beridze": another one of the family)
        told = sexes.told.get(words[-1])
    if told is not None:
        return told == sex  # the article's own word over the lists of names
    if len(words) == 1 and known is not None and words[0] in sexes.given:
        # a family name that is also a given name ("Martin" of "Teresa Martin"): the full name's
        known = given_name_gender(sexes.given[words[0]])
    return known is None or known == sex


def told_sexes(doc: DocView) -> dict[str, str]:
    """ "Ms Kamau", "Mr Dorj": the sex an honorific gives a name (and its family name),
    where the article gives it one only. (Not "X said he ...": often of another man.)"""
    told: dict[str, set[str]] = {}
    table = doc.table
    for ment in doc.mentions:
        if ment.etype is not PERSON or ment.derived or ment.start == 0:
            continue
        sex = _HONORIFIC_SEX.get(table.lower[ment.start - 1])
        if sex is None:
            continue
        for name in (ment.name, ment.name.split()[-1]):
            told.setdefault(name, set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in told.items() if len(sexes) == 1}


def given_names(doc: DocView) -> dict[str, str]:
    """The given name of each family name the article writes after a full name: "Martin"
    after "Teresa Martin" is Teresa's; the first full name wins."""
    given: dict[str, str] = {}
    for ment in sorted(doc.mentions, key=lambda m: m.start):
        words = ment.name.split()
        if ment.etype is PERSON and len(words) > 1:
            given.setdefault(words[-1], words[0])
    return given
