"""Where a monitored source is: the town its source line opens with.

A monitoring service heads each item it translates with the town the broadcaster, agency or
paper works from and its name ("Lisbon LUSA in Portuguese 1130 GMT", "Nairobi Radio Uhuru
Network"): the source is in that town. (A news dateline, "BELGRADE (AP)", names where the
story was filed, not where the agency is: no source line, see extract.mentions.sources.)
"""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import ORG, PLACE, DocView
from textkg.extract.mentions.sources import source_lines
from textkg.extract.registry import rule
from textkg.namespaces import TK


@rule("source-line")
def source_line_town(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Lisbon LUSA in Portuguese 1130 GMT": LUSA is in Lisbon."""
    for first, town_end, _stop, _dated in source_lines(doc.table, doc.lex):
        town = doc.mention_starting(first, skip_the=False)
        source = doc.mention_starting(town_end, skip_the=False)
        if town is None or source is None or town.end != town_end:
            continue
        if town.etype.kind is PLACE and source.etype is ORG:
            yield RelationCandidate(source, TK.locatedIn, town, doc.owner[first], "source-line")
