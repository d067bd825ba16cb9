"""Extraction parts, registered by name in the manner of spaCy's factories.

Two kinds of part run over a parsed article, in the order the lexicon's ``pipeline`` lists:

- an **annotator** (``@annotator("titles")``) reads the article and writes one part of the
  reference layer (which person a title word stands for, which organisation a delegation);
- a **rule** (``@rule("verb-frames")``) reads the article and the findings so far and returns
  candidate relations and events; it changes nothing, so it can be run and tested alone.

Adding a shape of sentence means writing one function and listing its name in the lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textkg.extract.candidates import Candidate, Findings
    from textkg.extract.document import DocView

Annotator = Callable[["DocView"], None]
Rule = Callable[["DocView", "Findings"], Iterable["Candidate"]]


@dataclass(frozen=True)
class AnnotatorPart:
    name: str
    run: Annotator
    doc: str


@dataclass(frozen=True)
class RulePart:
    name: str
    run: Rule
    doc: str


Part = AnnotatorPart | RulePart

_PARTS: dict[str, Part] = {}


def _register(part: Part) -> None:
    old = _PARTS.get(part.name)
    if old is not None and old.run is not part.run:
        raise ValueError(f"two extraction parts are named {part.name!r}")
    _PARTS[part.name] = part


def _summary(fn: Callable[..., object]) -> str:
    lines = (fn.__doc__ or "").strip().splitlines()
    return lines[0] if lines else ""


def annotator(name: str) -> Callable[[Annotator], Annotator]:
    """Register ``fn(doc)`` that writes its part of ``doc.references``."""

    def decorate(fn: Annotator) -> Annotator:
        _register(AnnotatorPart(name, fn, _summary(fn)))
        return fn

    return decorate


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register ``fn(doc, found)`` that returns candidate relations and events."""

    def decorate(fn: Rule) -> Rule:
        _register(RulePart(name, fn, _summary(fn)))
        return fn

    return decorate


def registered() -> dict[str, Part]:
    """Every registered part (importing the rule modules registers them)."""
    import textkg.extract.rules  # noqa: F401  (registers the packaged parts)

    return dict(_PARTS)


def parts(names: Sequence[str]) -> list[Part]:
    """The parts named, in that order; ValueError for a name nothing registered."""
    known = registered()
    missing = [n for n in names if n not in known]
    if missing:
        raise ValueError(f"unknown extraction part(s): {', '.join(missing)}")
    return [known[n] for n in names]
