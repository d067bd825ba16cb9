"""A town's district named with the town in the possessive: "in Kraków's southern district
of Podgórze", "Istanbul's Kadıköy district": the district lies in the town."""

from __future__ import annotations

from collections.abc import Iterator

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import DocView
from textkg.extract.registry import rule
from textkg.extract.syntax import POSSESSIVE_MARKS
from textkg.namespaces import TK
from textkg.records import EntityType

_TOWNS = (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA)


@rule("district-of-town")
def district_of_town(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Kraków's (southern) district of X" or "Istanbul's X district": X, a name, lies in
    the town (or region) written before "'s"."""
    table, lex = doc.table, doc.lex
    kinds = lex.area_kind_nouns | lex.part_of_place_nouns
    for span in doc.sentences:
        limit = span.end_token
        for town in doc.sentence_mentions(span.index):
            k = town.end
            if town.etype not in _TOWNS or k + 2 >= limit or table.text[k] not in POSSESSIVE_MARKS:
                continue
            j = k + 1
            while j < limit and table.lower[j] in lex.compass_words:
                j += 1  # "southern"
            district = None
            if j + 2 < limit and table.lower[j] in kinds and table.lower[j + 1] == "of":
                district = doc.mention_starting(j + 2, skip_the=False)  # "district of X"
            elif (named := doc.mention_starting(j, skip_the=False)) is not None:
                after = named.end
                if after < limit and table.lower[after] in kinds and doc.doc[after].is_lower:
                    district = named  # "Istanbul's Kadıköy district"
            if district is None or district is town or district.end > limit:
                continue
            if district.etype.kind is EntityType.PLACE:
                yield RelationCandidate(
                    district, TK.locatedIn, town, span.index, "district-of-town"
                )
