"""A region written after its town on a reference page: "born in Changchun, Jilin, in
1960", "a village near Tromsø, Troms, Norway". Many provinces share their name with a city
("Jilin") or read as a person's or a company's name to the NER ("Troms"); a name after a
town and a comma that ends the phrase, and is no city much larger than the town ("Kasarani,
Nairobi"), is the region the town lies in. A list of towns ("Oslo, Bergen, Trondheim and
Tromsø") is not read so. Only where the article opens by defining its subject: a news
report's "In Nairobi, Kamau said" holds other commas.
"""

from __future__ import annotations

from textkg.extract.mentions.article import much_larger
from textkg.extract.mentions.model import Ment
from textkg.extract.tokens import TokenTable
from textkg.records import EntityType

#: What ends the phrase a region closes: the sentence, a clause, a bracket.
_CLOSERS = frozenset({".", ";", ")", ":"})
#: The types the NER's tag for a region may have given it.
_MISREAD = (EntityType.CITY, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def type_regions_after_towns(table: TokenTable, mentions: list[Ment]) -> None:
    """Make the name after "TOWN," that closes its phrase the town's region, outvoting the
    NER's other tags of it in the article."""
    by_start = {m.start: m for m in mentions}
    for town in mentions:
        end = town.end
        if town.etype is not EntityType.CITY or end + 1 >= len(table) or table.text[end] != ",":
            continue
        region = by_start.get(end + 1)
        if region is None or region.etype not in _MISREAD or region.name == town.name:
            continue
        if len(region.name.split()) > 3 or not _closes_the_phrase(table, region, by_start):
            continue
        if much_larger(region.name, town.name):
            continue  # "Kasarani, Nairobi": a district of a city
        region.etype = EntityType.ADMINISTRATIVE_AREA
        region.votes[EntityType.ADMINISTRATIVE_AREA] += 3


def _closes_the_phrase(table: TokenTable, region: Ment, by_start: dict[int, Ment]) -> bool:
    """The region ends the sentence or clause, or a comma follows it and then no other name
    but a country ("Tromsø, Troms, Norway"; not "Oslo, Bergen, Trondheim" or "Oslo, Bergen,
    and Tromsø")."""
    k = region.end
    if k >= len(table) or table.text[k] in _CLOSERS:
        return True
    if table.text[k] != ",":
        return False
    following = by_start.get(k + 1)
    if following is not None:
        return following.etype is EntityType.COUNTRY
    j = k + 2 if k + 2 < len(table) and table.lower[k + 1] in ("and", "or") else k + 1
    word = table.text[j] if j < len(table) else ""
    return not word[:1].isupper()  # ", and trained in": not ", and Shenyang"
