"""Names as written, cleaned and compared one way for extraction and resolution alike.

A span of text arrives with what surrounds a name in prose: a leading "the", a possessive,
curly quotes, dashes of every width, a sentence's full stop. :func:`clean_name` takes those
off and keeps what belongs to the name ("U.S.", "Jr.", "Workers' Party"); :func:`norm_key`
is the key two spellings of one name share.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
        "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
        "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_EDGE_JUNK = " \t\n\"'()[]{}<>,;:!?*|/\\-\u2022"
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|s')$|(?<=[^\W\d_])'$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]{0,3}\.")


def normalise_text(text: str) -> str:
    """Unicode-compose, straighten quotes and dashes, collapse whitespace."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip()


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """A name without a leading "the", a possessive, wrapping quotes or stray punctuation.

    Titles are not touched here: "President Hotel" is an organisation's name.
    """
    name = normalise_text(text).strip(_EDGE_JUNK + ".")
    if text.rstrip().endswith(".") and _ends_with_abbreviation(name + "."):
        name += "."
    previous = None
    while previous != name:
        previous = name
        name = _LEADING_THE.sub("", name)
        name = _POSSESSIVE.sub("", name).strip(_EDGE_JUNK)
    return name


def _ends_with_abbreviation(text: str) -> bool:
    """ "U.S." and "Jr." keep their final dot; "Russia." (end of sentence) does not."""
    return bool(_ABBREVIATION.fullmatch(text.rsplit(" ", 1)[-1]))


def fold(text: str) -> str:
    """ASCII letters of any script: "Pérez" → "Perez", "Сергей" → "Sergey"."""
    return anyascii(text)


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """The comparison key of a name: case, accents, script, punctuation and "the" ignored.

    "the DPRK’s Ministry" and "DPRK's ministry" share a key; so do "Ri Chang-dae" and
    "Ri Chang Dae"; "Workers’ Party" and "Workers Party".
    """
    folded = fold(clean_name(text)).casefold().replace("&", " and ")
    folded = re.sub(r"['.]", "", folded)
    return re.sub(r"[^a-z0-9]+", " ", folded).strip()


_ACRONYM_FORM = re.compile(r"(?:[A-Z]\.?){2,}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z0-9&-]{2,}")


def is_acronym(name: str) -> bool:
    """ "SVR", "DPRK", "U.N.", "MoD": one word, mostly capitals, at most ten letters."""
    if " " in name or not 2 <= len(name.replace(".", "")) <= 10:
        return False
    letters = [c for c in name if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return bool(_ACRONYM_FORM.fullmatch(name)) and upper >= 2 and upper * 2 >= len(letters)


def written_short(short: str, full: str) -> bool:
    """ "Ruiz" and "Ana Ruiz": one name, the second written in full (or the same name)."""
    return short == full or full.endswith(" " + short)
