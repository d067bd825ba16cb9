"""Shapes that slipped on news of our own making: a participle the parser hung on the
country a person is from, a plural noun read as a verb, a founder who stays on after a
sale, a city read as a product, people counted back ("the three", "the pair", "them"),
a town written up the road ("drove up to"), a body described by its town, a hire "as"
(one sentence or short story of our own each)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from fixtures.extract.support import facts_of, met, triples
from textkg.extract import extract_facts
from textkg.nlp import load_model
from textkg.records import ArticleMeta, ArticleText

_POS = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "DT": "DET", "IN": "ADP", ",": "PUNCT"}
_POS |= {".": "PUNCT", "VBD": "AUX", "VBN": "VERB", "VBZ": "VERB"}
_LEMMAS = {"were": "be", "laid": "lay", "employed": "employ", "stoves": "stove"}
_LEMMAS |= {"has": "have", "been": "be", "bought": "buy"}


def _slipped(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], ents: list[tuple]
) -> set[tuple[str, str, str]]:
    """The facts of a sentence as the small model sometimes parses it (the slip written
    down), with the entities it found."""
    doc = Doc(
        load_model().vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[_POS[t] for t in tags],
        lemmas=[_LEMMAS.get(w, w.lower()) for w in words],
    )
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    article = ArticleText(source="test.txt", text=doc.text, meta=ArticleMeta())
    return triples(extract_facts(doc, article))


def test_a_job_from_a_country_employed_by_a_firm_works_for_the_firm() -> None:
    # "employed" hung on the country the diver is from, not on the diver
    words = ["Cables", "were", "laid", "by", "Anna", "Kowalski", ",", "a", "diver", "from"]
    words += ["Poland", "employed", "by", "Fjordkraft", "Marine", "."]
    heads = [2, 2, 2, 2, 5, 3, 5, 8, 5, 8, 9, 10, 11, 14, 12, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct", "det"]
    deps += ["appos", "prep", "pobj", "acl", "agent", "compound", "pobj", "punct"]
    tags = ["NNS", "VBD", "VBN", "IN", "NNP", "NNP", ",", "DT", "NN", "IN", "NNP", "VBN"]
    tags += ["IN", "NNP", "NNP", "."]
    ents = [(4, 6, "PERSON"), (10, 11, "GPE"), (13, 15, "ORG")]
    facts = _slipped(words, heads, deps, tags, ents)
    assert ("Anna Kowalski", "tk:worksFor", "Fjordkraft Marine") in facts


def test_a_team_from_a_body_led_by_someone_is_still_led_by_them() -> None:
    text = (
        "A team of surveyors from the British Geological Survey, led by Helen Ward, reached "
        "the quarry on Monday."
    )
    facts = triples(facts_of(text))
    assert ("Helen Ward", "tk:leaderOf", "British Geological Survey") in facts


def test_a_maker_of_stoves_bought_by_a_group_was_acquired_by_it() -> None:
    # "stoves" read as a verb whose subject is the maker, and the passive's subject
    words = ["Bergen", "Ovner", ",", "a", "maker", "of", "sauna", "stoves", "in", "Bergen"]
    words += [",", "has", "been", "bought", "by", "Nordic", "Heat", "."]
    heads = [1, 7, 1, 4, 1, 4, 5, 13, 7, 8, 7, 13, 13, 13, 13, 16, 14, 13]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "nsubjpass"]
    deps += ["prep", "pobj", "punct", "aux", "auxpass", "ROOT", "agent", "compound", "pobj"]
    deps += ["punct"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "NN", "VBZ", "IN", "NNP", ",", "VBZ"]
    tags += ["VBN", "VBN", "IN", "NNP", "NNP", "."]
    ents = [(0, 2, "ORG"), (9, 10, "GPE"), (15, 17, "ORG")]
    facts = _slipped(words, heads, deps, tags, ents)
    assert ("Nordic Heat", "tk:acquired", "Bergen Ovner") in facts


def test_a_founder_who_stays_on_after_a_sale_leads_the_company_sold() -> None:
    text = (
        "Lakeside Boats, a maker of wooden dinghies, has been bought by Harbour Marine "
        "Group, a Bristol-based leisure group. Harbour Marine Group owns eleven boatyards. "
        "Harbour Marine Group will invest in the yard. Peter Wilson, the founder's son, "
        "stays on as managing director. Harbour Marine Group plans to double output."
    )
    facts = triples(facts_of(text))
    assert ("Peter Wilson", "tk:leaderOf", "Lakeside Boats") in facts
    assert ("Peter Wilson", "tk:leaderOf", "Harbour Marine Group") not in facts


def test_a_city_before_a_kind_of_firm_is_where_the_firm_is() -> None:
    text = (
        "Brightwater Farms agreed to supply lavender oil to Maison Clery, a Grenoble "
        "perfume maker, the company said on Friday."
    )
    facts = triples(facts_of(text))
    assert ("Maison Clery", "tk:locatedIn", "Grenoble") in facts


def test_a_guest_who_joined_them_and_lunched_with_the_mayor_as_the_three() -> None:
    text = (
        "Ruth Adler, the chief executive of Danube Ferries, welcomed Hungary's transport "
        "minister, Gabor Nemeth, at the pier in Budapest on Monday. Nemeth had travelled "
        "from Vienna by train that morning. The head of Pannon Shipping, Mark Hughes, "
        "joined them for a tour of the new boat, and the three later held a working "
        "session over lunch with the mayor of Budapest, Eva Kovacs."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Mark Hughes", "Ruth Adler")
    assert met(facts, "Mark Hughes", "Eva Kovacs")
    assert met(facts, "Ruth Adler", "Eva Kovacs")


def test_the_pair_who_held_talks_with_a_mayor_both_met_the_mayor() -> None:
    text = (
        "Linda Shaw welcomed Paul Green in York on Monday, and the pair later held a "
        "working session with the city's mayor, Anne Brown."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Linda Shaw", "Anne Brown")
    assert met(facts, "Paul Green", "Anne Brown")


def test_a_mayor_who_welcomed_the_three_met_them_but_made_no_visitors_of_them() -> None:
    text = (
        "Mark Hughes drove to Galway from Cork on Monday and on Tuesday he sat down with "
        "Ruth Adler and Paul Green at the theatre's offices. That evening the mayor of "
        "Galway, Sean Walsh, welcomed the three at the city hall."
    )
    facts = triples(facts_of(text))
    assert met(facts, "Sean Walsh", "Mark Hughes")
    assert met(facts, "Sean Walsh", "Ruth Adler")
    assert ("Ruth Adler", "tk:visited", "Galway") not in facts


def test_they_after_people_named_in_their_own_sentence_are_those_people() -> None:
    text = (
        "The prime minister, Karen Holt, received Peter Moss at her office on Monday. On "
        "Tuesday Moss and Jane Field travelled to Bristol, where they visited a school."
    )
    facts = triples(facts_of(text))
    assert ("Karen Holt", "tk:visited", "Bristol") not in facts


def test_one_who_drove_up_to_a_city_visited_it() -> None:
    facts = triples(facts_of("Simon Clarke drove up to Leeds from London on Monday."))
    assert ("Simon Clarke", "tk:visited", "Leeds") in facts


def test_a_group_described_by_its_town_bought_what_it_owns() -> None:
    text = (
        "Pumps were supplied by Kestrel Medical, a distributor in Leeds, which has been part "
        "of Norvia Health since the Oslo-based group bought it in 2039."
    )
    facts = triples(facts_of(text))
    assert ("Norvia Health", "tk:acquired", "Kestrel Medical") in facts
    assert ("Norvia Health", "tk:locatedIn", "Oslo") in facts
    assert ("Kestrel Medical", "tk:locatedIn", "Oslo") not in facts


def test_one_a_body_has_engaged_as_an_adviser_works_for_it() -> None:
    text = "Norvia Labs has engaged Maria Rossi, a chemist from Italy, as an adviser."
    facts = triples(facts_of(text))
    assert ("Maria Rossi", "tk:worksFor", "Norvia Labs") in facts


def test_a_body_engaged_in_talks_employs_no_one() -> None:
    text = "Norvia Labs has engaged Maria Rossi in talks about a new laboratory."
    facts = triples(facts_of(text))
    assert ("Maria Rossi", "tk:worksFor", "Norvia Labs") not in facts


def test_a_town_based_group_after_a_purchase_is_the_buyer() -> None:
    text = (
        "Lanna Beverage said on Tuesday it had completed its purchase of a stake in Mekong "
        "Brewery. The Bangkok-based group bought the shares from the founder's family."
    )
    facts = triples(facts_of(text))
    assert ("Lanna Beverage", "tk:locatedIn", "Bangkok") in facts
    assert ("Mekong Brewery", "tk:locatedIn", "Bangkok") not in facts


def test_it_in_a_clause_about_a_firm_is_the_firm_not_an_earlier_one() -> None:
    text = (
        "A new ward opened on Monday at St Luke's Hospital in Cardiff. Beds were supplied by "
        "Kestrel Medical, a distributor in Cardiff, which has been part of Norvia Health "
        "since the Oslo-based group bought it in 2039."
    )
    facts = triples(facts_of(text))
    assert ("Norvia Health", "tk:acquired", "Kestrel Medical") in facts
    assert ("Norvia Health", "tk:acquired", "St Luke's Hospital") not in facts


def test_one_who_flew_back_home_did_not_visit_home() -> None:
    facts = triples(facts_of("Karen Holt flew back to London in the evening."))
    assert ("Karen Holt", "tk:visited", "London") not in facts


def test_a_body_that_sits_beside_a_garden_in_a_town_is_in_the_town() -> None:
    text = (
        "The Hallam Museum, which sits beside the botanical garden in Sheffield, has named a "
        "new director."
    )
    assert ("Hallam Museum", "tk:locatedIn", "Sheffield") in triples(facts_of(text))


def test_a_body_housed_in_a_former_mill_in_a_town_is_in_the_town() -> None:
    text = "The Weaving Trust is housed in a former cotton mill in Bolton."
    assert ("Weaving Trust", "tk:locatedIn", "Bolton") in triples(facts_of(text))


def test_a_body_in_the_centre_of_a_town_is_in_the_town() -> None:
    text = "The Ouse Gallery, which stands in the centre of York, reopened on Monday."
    assert ("Ouse Gallery", "tk:locatedIn", "York") in triples(facts_of(text))


def test_a_person_who_sits_on_a_board_is_not_placed_by_it() -> None:
    text = "Anna Berg, who sits on the board of a charity in Leeds, chaired the meeting."
    facts = triples(facts_of(text))
    assert not any(p == "tk:locatedIn" and o == "Leeds" for _, p, o in facts)


def test_one_written_as_born_in_a_town_before_the_name_was_born_there() -> None:
    facts = triples(facts_of("Bergen-born Anna Berg said the plan would work."))
    assert ("Anna Berg", "schema:birthPlace", "Bergen") in facts


def test_a_body_that_has_owned_another_since_buying_it_acquired_it() -> None:
    facts = triples(facts_of("Norvia Foods has owned Kelda Dairy since buying it in 2041."))
    assert ("Norvia Foods", "tk:acquired", "Kelda Dairy") in facts


def test_one_who_thanked_a_host_after_meeting_him_met_the_host() -> None:
    text = "Anna Berg thanked the mayor, Tom Hale, after meeting him at the city hall in Leeds."
    facts = triples(facts_of(text))
    assert met(facts, "Anna Berg", "Tom Hale")


def test_a_name_met_over_dinner_by_a_person_is_a_persons() -> None:
    facts = triples(facts_of("Chinedu Okafor met Funmilayo Adeyemi over dinner in Lagos."))
    assert met(facts, "Chinedu Okafor", "Funmilayo Adeyemi")


def test_a_name_a_person_spent_the_day_with_is_a_persons() -> None:
    facts = triples(facts_of("Aung Kyaw Min spent Tuesday with Thida Win in Yangon."))
    assert met(facts, "Aung Kyaw Min", "Thida Win")


def test_a_company_a_person_spent_the_day_with_is_still_a_company() -> None:
    facts = triples(facts_of("Anna Berg spent Tuesday with Norvia Holdings in Leeds."))
    assert not met(facts, "Anna Berg", "Norvia Holdings")


def test_a_city_the_ner_left_untagged_after_mayor_of_is_the_city() -> None:
    facts = triples(facts_of("Siân Evans, the mayor of Cardiff, welcomed the plan."))
    assert ("Siân Evans", "tk:leaderOf", "Cardiff") in facts


def test_a_subsidiary_since_its_acquisition_was_acquired_by_its_owner() -> None:
    text = "Kelda Dairy, a subsidiary of Norvia Foods since its acquisition in 2041, makes cheese."
    assert ("Norvia Foods", "tk:acquired", "Kelda Dairy") in triples(facts_of(text))


def test_owned_since_its_purchase_was_bought_by_the_owner() -> None:
    text = "Kelda Dairy, owned by Norvia Foods since its purchase in 2041, makes cheese."
    assert ("Norvia Foods", "tk:acquired", "Kelda Dairy") in triples(facts_of(text))


def test_a_takeover_opposed_or_planned_is_no_acquisition() -> None:
    for text in (
        "Norvia Foods opposed its takeover by Kelda Dairy.",
        "Norvia Foods, which owns Kelda Dairy, said its planned acquisition by Lakeside "
        "Group was off.",
    ):
        facts = triples(facts_of(text))
        assert not any(p == "tk:acquired" for _, p, _ in facts), text


def test_its_in_an_opening_phrase_is_the_body_named_after_it() -> None:
    text = "Since Norvia Foods bought it in 2041, Kelda Dairy has doubled its output."
    assert ("Norvia Foods", "tk:acquired", "Kelda Dairy") in triples(facts_of(text))


def test_it_in_an_opening_phrase_after_a_body_named_before_stays_that_body() -> None:
    text = (
        "Kelda Dairy was put up for sale in May. After Norvia Foods bought it, Lakeside "
        "Group sued the seller."
    )
    facts = triples(facts_of(text))
    assert ("Norvia Foods", "tk:acquired", "Lakeside Group") not in facts


def test_a_body_that_moved_to_a_town_is_there() -> None:
    facts = triples(facts_of("Norvia Foods moved to Leeds in 2030."))
    assert ("Norvia Foods", "tk:locatedIn", "Leeds") in facts


def test_a_body_that_moved_staff_to_a_town_is_not_placed_there() -> None:
    facts = triples(facts_of("Norvia Foods moved its staff to Leeds for the summer."))
    assert ("Norvia Foods", "tk:locatedIn", "Leeds") not in facts


def test_a_suburb_of_a_city_is_a_place_in_it() -> None:
    facts = triples(facts_of("Kirkstall, a suburb of Leeds, is home to an abbey."))
    assert ("Kirkstall", "tk:locatedIn", "Leeds") in facts


def test_a_town_where_one_was_born_is_ones_birthplace() -> None:
    facts = triples(facts_of("Anna Berg grew up in Bergen, where she was born in 1980."))
    assert ("Anna Berg", "schema:birthPlace", "Bergen") in facts


def test_a_town_where_ones_son_was_born_is_not_ones_birthplace() -> None:
    text = "Anna Berg moved to Oslo in 2001 and later to Bergen, where her son was born."
    facts = triples(facts_of(text))
    assert ("Anna Berg", "schema:birthPlace", "Bergen") not in facts
