"""Places described in apposition: "Nairobi, the capital of Kenya", "Kallio, a district of
Helsinki", "Mombasa, Kenya's gateway to East Africa", "Paramaribo, the capital"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.countries import packaged_country_index
from textkg.extract.arguments import dateline_town
from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PLACE, DocView, place_named_before
from textkg.extract.gazetteers import city_country_code, is_national_capital
from textkg.extract.mentions import Ment
from textkg.extract.mentions.place_clues import based_follows
from textkg.extract.registry import rule
from textkg.extract.rules.structure import possessed_by_a_country
from textkg.extract.syntax import copula_subject, negated, pobjs
from textkg.namespaces import TK
from textkg.records import EntityType


@rule("place-apposition")
def place_apposition(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "Nairobi, the capital of Kenya", "Manhattan, a borough of New York"."""
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            token = doc.doc[i]
            set_off = _town_of_a_misread_apposition(doc, token)
            apposed = token.dep_ == "appos" or set_off is not None
            # "Hobart is the capital of Tasmania": a copula's kind of place as an apposition's
            described = (set_off or _apposed_to(token)) if apposed else copula_subject(token)
            if described is not None and described.lower_ in ("which", "that"):
                # "Saskatoon, which is the largest city in Saskatchewan": the clause's noun
                clause = described.head
                described = clause.head if clause.dep_ == "relcl" else None
            if _second_kind(doc, token):
                # "Gyumri, the second city of Armenia and the capital of Shirak Province"
                apposed, described = True, _apposed_to(token.head)
            if described is None or negated(token.head):
                continue  # "Crimea is not a region of Russia"
            noun = _one_of(token)
            plural = token.tag_ in ("NNS", "NNPS")  # "Peleliu and Angaur, two islands"
            parts = [m for m in doc.referents(described, conjuncts=plural) if m.etype.kind is PLACE]
            kind = noun.lemma_.lower()
            # "Tallow Pass is a mountain pass in the Sawtooth Mountains": a site's kind too
            site = not apposed and (
                kind in doc.lex.place_head_nouns or kind in doc.lex.place_copula_kinds
            )
            if not apposed and kind not in doc.lex.place_kind_nouns and not site:
                # "Osijek is the seat of Osijek-Baranja County": a centre is in what it is of
                yield from _centre_of(doc, noun, parts, span.index)
                continue  # "Dubai is Russia's favourite destination": said, not placed
            if kind not in doc.lex.place_kind_nouns and not site:
                # "Mombasa, Kenya's main gateway to East Africa": a town described as a
                # country's is in it, whatever the description's noun
                yield from _described_as_a_countrys(doc, noun, parts, span.index)
                yield from _described_in_a_town(doc, noun, parts, span.index)
                yield from _centre_of(doc, noun, parts, span.index)
                continue
            # "the capital of Kenya", "Ghana's largest port", "a city of 500,000 people in
            # the south of Minas Gerais": the last place the apposition puts it in
            wholes = [
                m
                for p in pobjs(noun, ("of", "in", "on"))  # "a town on Ometepe"
                # "the capital of the Apurimac region": the region's name before its kind;
                # "a city on Bulgaria's southern coast": the country whose part it is (not
                # "a city in Russia's sights", "on Russia's border")
                for t in (
                    p,
                    *(
                        c
                        for c in p.children
                        if c.dep_ == "compound"
                        or (c.dep_ == "poss" and p.lemma_.lower() in doc.lex.country_part_nouns)
                    ),
                )
                for m in doc.referents(t, conjuncts=False)
                if m.etype.kind is PLACE
            ]
            wholes += [
                m
                for c in noun.children
                # "Ghana's largest port", "the Oyo State capital"
                if c.dep_ in ("poss", "compound")
                for m in doc.referents(c, conjuncts=False)
                if m.etype in (EntityType.COUNTRY, EntityType.ADMINISTRATIVE_AREA)
            ]
            if not wholes:
                # "Nowa Huta, the city's eastern district", "Koror, the country's largest
                # town": of the place of that kind named before
                wholes = _described_whole(doc, noun, parts)
            if not wholes:
                inside = [
                    m
                    for t in noun.subtree
                    if t.dep_ == "pobj" and _under_in(t, noun)
                    for m in doc.referents(t, conjuncts=False)
                    if m.etype.kind is PLACE
                ]
                wholes = inside[-1:]
            if not wholes and noun.lemma_.lower() == "capital" and not list(noun.children)[1:]:
                # "Paramaribo, the capital": of the country whose capital the gazetteer says
                wholes = [c for p in parts if (c := _capital_of(doc, p)) is not None]
            if not wholes and any(
                c.dep_ in ("amod", "compound") and c.lower_ in ("provincial", "regional", "state")
                for c in noun.children
            ):
                # "Tagbilaran, the provincial capital": of the province named before (not
                # one a "Cebu-based" company is based in)
                area = place_named_before(doc, noun.i, EntityType.ADMINISTRATIVE_AREA, _a_seat)
                wholes = [area] if area is not None else []
            for part in parts:
                for whole in wholes:
                    if (
                        whole.etype is EntityType.CITY
                        and part.etype is EntityType.ADMINISTRATIVE_AREA
                        and noun.lemma_.lower() in doc.lex.city_part_nouns
                    ):
                        part.etype = EntityType.PLACE  # "Kallio, a district of Helsinki"
                    yield RelationCandidate(
                        part, TK.locatedIn, whole, span.index, "place-apposition"
                    )


def _second_kind(doc: DocView, token: Token) -> bool:
    """A kind of place joined by "and" to a place's apposition: a second description (not
    a list's next item: "Kumasi, the regional capital, and the town of Ejisu")."""
    k = token.left_edge.i - 1
    listed = k >= 1 and token.doc[k].dep_ == "cc" and token.doc[k - 1].text == ","
    return (
        not listed
        and token.dep_ == "conj"
        and token.head.dep_ == "appos"
        and token.pos_ == "NOUN"
        and token.lemma_.lower() in doc.lex.place_kind_nouns
    )


def _a_seat(token: Token) -> bool:
    """ "Cebu | -based": a place named as where an organisation is based."""
    return based_follows(token.doc, token.i + 1)


def _described_whole(doc: DocView, noun: Token, parts: list[Ment]) -> list[Ment]:
    """ "Koror, the country's largest town", "two islands in the south of the country": the
    place of that kind the article named last before (not the place described itself)."""
    for t in noun.subtree:
        kind = doc.lex.named_kinds.get(t.lemma_.lower())
        if (
            kind is not None
            and t.i != noun.i
            and t.dep_ in ("poss", "pobj")
            and doc.at[t.i] is None
            and any(c.lower_ == "the" for c in t.children)
        ):
            whole = place_named_before(doc, noun.i, kind)
            return [whole] if whole is not None and whole not in parts else []
    return []


def _capital_of(doc: DocView, town: Ment) -> Ment | None:
    """The country a national capital is the capital of, as the article's mention of it."""
    code = city_country_code(town.name) if is_national_capital(town.name) else None
    label = packaged_country_index().label(code) if code else None
    if not label:
        return None
    return doc.named_or_made(EntityType.COUNTRY, label, (town.start, town.end), town.sentence)


def _one_of(noun: Token) -> Token:
    """ "one of Chile's busiest ports": the noun after "one of"."""
    if noun.lower_ == "one":
        for p in pobjs(noun, ("of",)):
            return p
    return noun


def _described_as_a_countrys(
    doc: DocView, noun: Token, parts: list[Ment], sentence: int
) -> Iterator[Candidate]:
    if not apposed_place_noun(doc, noun):
        return  # "TALLINN - Finland's foreign minister, X": a person's role, not the town's
    for country in possessed_by_a_country(doc, noun.i):
        for part in parts:
            if part.etype in (EntityType.CITY, EntityType.PLACE):
                yield RelationCandidate(part, TK.locatedIn, country, sentence, "place-apposition")


def apposed_place_noun(doc: DocView, noun: Token) -> bool:
    """A common noun describing a place (not a title, nor a name the NER missed)."""
    return noun.pos_ == "NOUN" and noun.lower_ not in doc.lex.titles and doc.at[noun.i] is None


def _described_in_a_town(
    doc: DocView, noun: Token, parts: list[Ment], sentence: int
) -> Iterator[Candidate]:
    """ "Cedar Arena, the team's home in Boise": a place described as anything "in" a town
    or a region lies there."""
    if not apposed_place_noun(doc, noun):
        return
    for pobj in pobjs(noun, ("in",)):
        for whole in doc.referents(pobj, conjuncts=False):
            if whole.etype in (EntityType.CITY, EntityType.ADMINISTRATIVE_AREA):
                for part in parts:
                    if part.etype is EntityType.PLACE:
                        yield RelationCandidate(
                            part, TK.locatedIn, whole, sentence, "place-apposition"
                        )


def _centre_of(doc: DocView, noun: Token, parts: list[Ment], sentence: int) -> Iterator[Candidate]:
    """ "Tomsk, the administrative centre of Tomsk Oblast", "Iloilo City, the regional hub of
    Western Visayas": a town described as the centre of a wider place lies in it."""
    if not apposed_place_noun(doc, noun) or noun.lemma_.lower() not in doc.lex.sites.centre_nouns:
        return
    for pobj in pobjs(noun, ("of",)):
        for whole in doc.referents(pobj, conjuncts=False):
            if whole.etype.kind is PLACE and whole.etype is not EntityType.CITY:
                for part in parts:
                    if part.etype in (EntityType.CITY, EntityType.PLACE):
                        yield RelationCandidate(
                            part, TK.locatedIn, whole, sentence, "place-apposition"
                        )


@rule("capital-described")
def capital_described(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "NAIROBI - ... as the Kenyan capital extended water rationing": the country's capital
    the article named (or its dateline's town) is in that country."""
    countries = packaged_country_index()
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            token = doc.doc[i]
            nat = doc.nationality_ending(i)
            if token.lemma_.lower() != "capital" or nat is None or pobjs(token, ("of",)):
                continue
            code = countries.code_for_name(nat.country)
            towns = [
                m
                for m in doc.mentions
                if m.etype is EntityType.CITY and m.start < i and not m.derived
            ]
            town = next((m for m in reversed(towns) if _national_capital(m.name, code)), None)
            if town is None and doc.dateline_places():
                town = dateline_town(doc, (i, i + 1), span.index)
            if town is not None and _national_capital(town.name, code):
                country = doc.country_mention(nat)
                rule_name = "capital-described"
                yield RelationCandidate(town, TK.locatedIn, country, span.index, rule_name)


def _national_capital(name: str, code: str | None) -> bool:
    return code is not None and is_national_capital(name) and city_country_code(name) == code


def _town_of_a_misread_apposition(doc: DocView, noun: Token) -> Token | None:
    """ "Tartu, the second-largest city in Estonia, is home to ...": the town the parser read
    as an adverb, whose apposition it made the subject; "in St. George's, the capital of
    Grenada": a second object of the town's preposition; "lands in Dakar and in Praia, the
    capital of Cape Verde, and": a town after "in" whose apposition it made the verb's
    object."""
    kinds = doc.lex.place_kind_nouns
    if noun.dep_ not in ("nsubj", "pobj", "dobj") or noun.lemma_.lower() not in kinds:
        return None
    comma, last = noun.left_edge.i - 1, noun.right_edge.i
    ment = doc.at[comma - 1] if comma >= 1 and doc.doc[comma].text == "," else None
    if ment is None or ment.etype.kind is not PLACE:
        return None
    town, named = doc.doc[comma - 1], doc.doc[doc.root_of(ment)]
    if noun.dep_ == "pobj":
        return town if named.dep_ == "pobj" and named.head.i == noun.head.i else None
    after = last if doc.doc[last].text == "," else last + 1  # (the parser may hang it on the noun)
    if after >= len(doc.doc) or doc.doc[after].text != ",":
        return None
    read = ("advmod", "npadvmod", "intj") if noun.dep_ == "nsubj" else ("pobj",)
    return town if named.dep_ in read else None


def _apposed_to(noun: Token) -> Token:
    """The word an apposition follows: the one right before its comma ("the ruler of Kaiama,
    a farming town": Kaiama, wherever the parser hung the town), else the parser's head."""
    comma = noun.left_edge.i - 1
    # (or the "'s" ending a town's name: "in St. George's, the capital of Grenada")
    last = noun.doc[comma - 1] if comma > 0 else noun
    if comma > 0 and noun.doc[comma].text == "," and "PROPN" in (last.pos_, last.head.pos_):
        return last
    return noun.head


def _under_in(token: Token, top: Token) -> bool:
    """Whether an "in" phrase below ``top`` holds ``token`` ("in the south of X")."""
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.lower_ == "in":
            return True
    return False
