"""Entity resolution on hand-made articles: what merges, what never does, and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fixtures.resolve.builder import (
    CITY,
    ORG,
    PL,
    C,
    Doc,
    P,
    entity,
    entity_of,
    label_of,
    rules_for,
)
from textkg.factstore import load_facts, save_facts
from textkg.iris import entity_key, mint
from textkg.namespaces import TK
from textkg.records import EntityType, RelationFact, Resolution
from textkg.resolve import (
    explain,
    find_entities,
    format_explanation,
    format_merge_log,
    keyword_links,
    resolve_entities,
)

# ----------------------------------------------------------------------------- one article


def test_surname_and_title_join_the_full_name_in_the_same_article() -> None:
    doc = Doc(
        "a.txt",
        [
            "Director Amelia Rose Thornbury opened the archive.",
            "Thornbury said the files were old.",
            "Later Mrs. Thornbury left.",
        ],
    )
    full = doc.m("Director Amelia Rose Thornbury", P, name="Amelia Rose Thornbury")
    short = doc.m("Thornbury", P, 1)
    honorific = doc.m("Mrs. Thornbury", P)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, full) == entity_of(r, doc, short) == entity_of(r, doc, honorific)
    person = entity(r, entity_of(r, doc, full))
    assert person.label == "Amelia Rose Thornbury"
    assert person.entity_type is EntityType.PERSON
    assert person.job_titles == ("Director",)  # "Mrs." is a form of address, not a job
    assert "Thornbury" in person.alt_labels
    assert "short-form" in rules_for(r, "Thornbury")


def test_titles_left_in_the_name_are_stripped_and_kept_as_job_titles() -> None:
    doc = Doc("a.txt", ["Comrade Minister Oskar Lindqvist spoke."])
    m = doc.m("Comrade Minister Oskar Lindqvist", P)
    r = resolve_entities([doc.facts()])
    person = entity(r, entity_of(r, doc, m))
    assert person.label == "Oskar Lindqvist"
    assert person.job_titles == ("Minister",)


def test_leading_the_possessive_case_and_quotes_do_not_split_a_name() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Valdmark Herald’s editors met.",
            "Readers of “valdmark herald” wrote in.",
            "the VALDMARK HERALD printed it.",
        ],
    )
    a = doc.m("The Valdmark Herald’s", ORG)
    b = doc.m("“valdmark herald”", ORG)
    c = doc.m("the VALDMARK HERALD", ORG)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, a) == entity_of(r, doc, b) == entity_of(r, doc, c)
    org = entity(r, entity_of(r, doc, a))
    assert org.label == "Valdmark Herald"
    assert org.alt_labels == ()  # case variants are the same name, not new names


def test_acronym_defined_in_the_text_joins_its_organisation() -> None:
    doc = Doc(
        "a.txt",
        [
            "Officials of the Northern Survey Office (NSO) arrived.",
            "The NSO declined to comment.",
        ],
    )
    long = doc.m("Northern Survey Office", ORG, defines="NSO")
    doc.m("NSO", ORG, 0)
    later = doc.m("NSO", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, long) == entity_of(r, doc, later)
    org = entity(r, entity_of(r, doc, long))
    assert org.label == "Northern Survey Office"
    assert org.alt_labels == ("NSO",)
    assert "acronym-defined" in rules_for(r, "NSO")


def test_acronym_matching_initials_joins_the_organisation_of_the_article() -> None:
    doc = Doc(
        "a.txt",
        ["The Ministry of Coastal Affairs issued a notice.", "MCA staff will inspect ports."],
    )
    long = doc.m("Ministry of Coastal Affairs", ORG)
    short = doc.m("MCA", ORG)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, long) == entity_of(r, doc, short)
    assert "acronym-initials" in rules_for(r, "MCA")


def test_descriptive_reference_goes_to_the_organisation_named_last() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Ministry of Coastal Affairs met the Ministry of Inland Waters.",
            "Later the Ministry of Coastal Affairs spoke, and the ministry then left.",
            "The Valdmark Herald, the oldest newspaper in town, reported it.",
            "The newspaper added details.",
        ],
    )
    coastal = doc.m("Ministry of Coastal Affairs", ORG, 0)
    doc.m("Ministry of Inland Waters", ORG)
    doc.m("Ministry of Coastal Affairs", ORG, 1)
    ministry = doc.m("ministry", ORG)
    herald = doc.m("Valdmark Herald", ORG, kinds=("newspaper",))
    paper = doc.m("newspaper", ORG, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, ministry) == entity_of(r, doc, coastal)
    assert entity_of(r, doc, paper) == entity_of(r, doc, herald)
    assert "descriptive-reference" in rules_for(r, "newspaper")
    # A reference is not a name: no "ministry" alternative label.
    assert "ministry" not in entity(r, entity_of(r, doc, coastal)).alt_labels


def test_descriptive_reference_follows_the_extractors_salient_choice_of_its_kind() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Baltic Reserve Bank raised rates; the Baltic Reserve Bank said more would come.",
            "The Harwick Savings Bank disagreed.",
            "Reporters met at the bank's headquarters in Tallinn.",
        ],
    )
    reserve = doc.m("Baltic Reserve Bank", ORG, 0)
    doc.m("Baltic Reserve Bank", ORG, 1)
    doc.m("Harwick Savings Bank", ORG)
    bank = doc.m("bank", ORG, name="Baltic Reserve Bank")  # the one the article is about
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, bank) == entity_of(r, doc, reserve)


def test_an_organisation_cut_to_its_first_words_after_its_full_name_is_one() -> None:
    doc = Doc(
        "a.txt",
        [
            "Harwick Blizzard agreed to the deal with Norvia.",
            "Harwick shares rose, and Norvia Gaming will run the studios.",
        ],
    )
    full = doc.m("Harwick Blizzard", ORG)
    short = doc.m("Harwick", ORG, 1)
    parent = doc.m("Norvia", ORG)
    division = doc.m("Norvia Gaming", ORG)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, short) == entity_of(r, doc, full)
    assert "leading-words" in rules_for(r, "Harwick")
    # named first, the short name is the company; the longer one is a unit of it
    assert entity_of(r, doc, parent) != entity_of(r, doc, division)


def test_a_clubs_name_with_and_without_its_prefix_is_one_club() -> None:
    doc = Doc(
        "a.txt",
        ["Tomas Wilk joined Harwick Rovers.", "'I am happy at FC Harwick,' he said of Harwick."],
    )
    full = doc.m("Harwick Rovers", ORG)
    prefixed = doc.m("FC Harwick", ORG)
    short = doc.m("Harwick", ORG, 2)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, prefixed) == entity_of(r, doc, short) == entity_of(r, doc, full)


def test_descriptive_reference_with_modifiers_picks_the_fitting_bureau() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Lakeside Province Water Bureau met the Harbour Police Bureau.",
            "The provincial water bureau agreed.",
        ],
    )
    water = doc.m("Lakeside Province Water Bureau", ORG)
    doc.m("Harbour Police Bureau", ORG)
    ref = doc.m("provincial water bureau", ORG, name="Harbour Police Bureau")  # a wrong hint
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, ref) == entity_of(r, doc, water)


def test_extractor_hint_resolves_a_reference_no_rule_explains() -> None:
    doc = Doc("a.txt", ["The Northern Survey Office sent a team.", "The delegation left."])
    office = doc.m("Northern Survey Office", ORG)
    team = doc.m("delegation", ORG, name="Northern Survey Office")
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, team) == entity_of(r, doc, office)
    assert "delegation" not in entity(r, entity_of(r, doc, office)).alt_labels


def test_title_reference_goes_to_the_person_with_that_title() -> None:
    doc = Doc(
        "a.txt",
        ["Director Amelia Thornbury met Oskar Lindqvist.", "The Director later left."],
    )
    amelia = doc.m("Amelia Thornbury", P, titles=("Director",))
    doc.m("Oskar Lindqvist", P)
    ref = doc.m("Director", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, ref) == entity_of(r, doc, amelia)


def test_nationality_in_an_organisation_name_gives_the_organisation_and_its_country() -> None:
    doc = Doc(
        "a.txt",
        [
            "The Norwegian Ministry of Coastal Affairs signed.",
            "Norway's Ministry of Coastal Affairs said so.",
            "The Ministry of Coastal Affairs will report.",
        ],
    )
    adjective = doc.m("Norwegian Ministry of Coastal Affairs", ORG, qualifier="Norway")
    possessive = doc.m("Norway's Ministry of Coastal Affairs", ORG, qualifier="Norway")
    plain = doc.m("Ministry of Coastal Affairs", ORG, 2)
    r = resolve_entities([doc.facts()])
    key = entity_of(r, doc, plain)
    assert entity_of(r, doc, adjective) == entity_of(r, doc, possessive) == key
    org = entity(r, key)
    # Labelled by its fullest name as written (an adjective before a possessive).
    assert org.label == "Norwegian Ministry of Coastal Affairs"
    assert set(org.alt_labels) == {
        "Ministry of Coastal Affairs",
        "Norway's Ministry of Coastal Affairs",
    }
    # The country gets its node (extraction states the partOf; resolution adds no fact).
    assert entity(r, "place/norway").entity_type is EntityType.COUNTRY


def test_country_as_a_separate_mention_qualifies_the_organisation_next_to_it() -> None:
    # The extractor splits "Norwegian | Ministry of Coastal Affairs" and records the country.
    doc = Doc("a.txt", ["The Norwegian Ministry of Coastal Affairs signed."])
    doc.m("Norwegian", C, name="Norway")
    org = doc.m(
        "Ministry of Coastal Affairs",
        ORG,
        qualifier="Norway",
        qualified="Norwegian Ministry of Coastal Affairs",
    )
    r = resolve_entities([doc.facts()])
    ministry = entity(r, entity_of(r, doc, org))
    assert ministry.label == "Norwegian Ministry of Coastal Affairs"
    assert ministry.alt_labels == ("Ministry of Coastal Affairs",)


def test_same_name_of_two_countries_stays_two_organisations() -> None:
    a = Doc("a.txt", ["The Norwegian Ministry of Coastal Affairs signed."])
    b = Doc("b.txt", ["Sweden's Ministry of Coastal Affairs objected."])
    no = a.m("Norwegian Ministry of Coastal Affairs", ORG, qualifier="Norway")
    se = b.m("Sweden's Ministry of Coastal Affairs", ORG, qualifier="Sweden")
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, no) != entity_of(r, b, se)
    assert label_of(r, a, no) == "Norwegian Ministry of Coastal Affairs"
    assert label_of(r, b, se) == "Sweden's Ministry of Coastal Affairs"


def test_unqualified_name_joins_the_only_country_qualified_one_in_the_build() -> None:
    a = Doc("a.txt", ["The Norwegian Ministry of Coastal Affairs signed."])
    b = Doc("b.txt", ["The Ministry of Coastal Affairs objected."])
    no = a.m("Norwegian Ministry of Coastal Affairs", ORG, qualifier="Norway")
    plain = b.m("Ministry of Coastal Affairs", ORG)
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, no) == entity_of(r, b, plain)
    c = Doc("c.txt", ["Sweden's Ministry of Coastal Affairs objected."])
    c.m("Sweden's Ministry of Coastal Affairs", ORG, qualifier="Sweden")
    r = resolve_entities([a.facts(), b.facts(), c.facts()])
    assert entity_of(r, a, no) != entity_of(r, b, plain)  # two candidates: no guess


def test_an_unqualified_body_in_a_story_filed_from_another_country_stays_apart() -> None:
    a = Doc("a.txt", ["The Norwegian Ministry of Coastal Affairs signed."])
    b = Doc("b.txt", ["The Ministry of Coastal Affairs objected."], dateline="STOCKHOLM")
    no = a.m("Norwegian Ministry of Coastal Affairs", ORG, qualifier="Norway")
    plain = b.m("Ministry of Coastal Affairs", ORG)
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, no) != entity_of(r, b, plain)
    b.dateline = "OSLO"  # filed from the one country named: the same ministry
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, no) == entity_of(r, b, plain)


# ----------------------------------------------------------------------------- countries


def test_countries_by_name_code_official_name_and_lower_case() -> None:
    doc = Doc(
        "a.txt",
        [
            "north korea, trade",
            "North Korea tested a rocket.",
            "The DPRK denied it.",
            "The Democratic People's Republic of Korea insisted.",
            "North Korea's envoy left.",
        ],
    )
    forms = [
        doc.m("north korea", PL),
        doc.m("North Korea", PL, 0),
        doc.m("DPRK", ORG),  # taggers often call it an organisation
        doc.m("Democratic People's Republic of Korea", PL),
        doc.m("North Korea's", PL),
    ]
    r = resolve_entities([doc.facts()])
    keys = {entity_of(r, doc, m) for m in forms}
    assert keys == {"place/north-korea"}
    country = entity(r, "place/north-korea")
    assert country.label == "North Korea"
    assert country.entity_type is EntityType.COUNTRY
    assert set(country.alt_labels) == {"DPRK", "Democratic People's Republic of Korea"}


def test_nationality_words_and_plural_demonyms_denote_the_country() -> None:
    doc = Doc("a.txt", ["The Norwegians agreed with Norway's neighbours."])
    people = doc.m("Norwegians", PL)
    country = doc.m("Norway's", PL)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, people) == entity_of(r, doc, country) == "place/norway"
    assert entity(r, "place/norway").alt_labels == ()  # "Norwegians" is no name of Norway


def test_keywords_naming_a_country_link_to_its_node() -> None:
    doc = Doc("a.txt", ["Norway signed."], keywords=("norway", "fisheries"))
    doc.m("Norway", PL)
    r = resolve_entities([doc.facts()])
    assert keyword_links(r) == {("a.txt", "norway"): "place/norway"}


# ------------------------------------------------------------------ people across articles


def test_transliteration_variants_of_a_person_merge_across_articles() -> None:
    a = Doc("a.txt", ["Sergei Ivanovich Volkov arrived.", "Volkov smiled."])
    b = Doc("b.txt", ["Sergey Ivanovich Volkov left."])
    c = Doc("c.txt", ["Pak Chol-su and Sergei Volkov met."])
    d = Doc("d.txt", ["Park Chol Su returned."])
    a_full, a_short = a.m("Sergei Ivanovich Volkov", P), a.m("Volkov", P, 1)
    b_full = b.m("Sergey Ivanovich Volkov", P)
    c_pak, c_volkov = c.m("Pak Chol-su", P), c.m("Sergei Volkov", P)
    d_park = d.m("Park Chol Su", P)
    r = resolve_entities([a.facts(), b.facts(), c.facts(), d.facts()])
    volkov = {entity_of(r, a, a_full), entity_of(r, a, a_short)}
    volkov |= {entity_of(r, b, b_full), entity_of(r, c, c_volkov)}
    assert len(volkov) == 1
    assert entity_of(r, c, c_pak) == entity_of(r, d, d_park)
    assert rules_for(r, "Sergey Ivanovich Volkov") == {"spelling-variant"}


def test_people_sharing_only_a_surname_or_a_given_name_stay_apart() -> None:
    a = Doc(
        "a.txt",
        ["Kim Jong Un met Kim Jong Il and Daniel Kim.", "Kim then spoke.", "Daniel waved."],
    )
    b = Doc("b.txt", ["Daniel Kim wrote the report.", "Kim Jong-un was quoted."])
    un, il, daniel = a.m("Kim Jong Un", P), a.m("Kim Jong Il", P), a.m("Daniel Kim", P)
    bare = a.m("Kim", P, 3)
    daniel_b, un_b = b.m("Daniel Kim", P), b.m("Kim Jong-un", P)
    r = resolve_entities([a.facts(), b.facts()])
    people = {entity_of(r, a, un), entity_of(r, a, il), entity_of(r, a, daniel)}
    assert len(people) == 3
    assert entity_of(r, a, bare) not in people  # "Kim" alone is ambiguous here
    assert entity_of(r, b, daniel_b) == entity_of(r, a, daniel)
    assert entity_of(r, b, un_b) == entity_of(r, a, un)


def test_a_short_name_that_fits_two_people_joins_neither() -> None:
    a = Doc("a.txt", ["George W. Bush spoke."])
    b = Doc("b.txt", ["George H. W. Bush spoke."])
    c = Doc("c.txt", ["George Bush spoke."])
    w, hw, plain = a.m("George W. Bush", P), b.m("George H. W. Bush", P), c.m("George Bush", P)
    r = resolve_entities([a.facts(), b.facts(), c.facts()])
    assert len({entity_of(r, a, w), entity_of(r, b, hw), entity_of(r, c, plain)}) == 3


def test_a_bare_surname_never_merges_with_a_full_name_of_another_article() -> None:
    a = Doc("a.txt", ["Amelia Thornbury spoke."])
    b = Doc("b.txt", ["Thornbury disagreed."])
    full, bare = a.m("Amelia Thornbury", P), b.m("Thornbury", P)
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, full) != entity_of(r, b, bare)


def test_never_merge_across_types() -> None:
    a = Doc("a.txt", ["Valdmark Lund visited Valdmark."])
    person, city = a.m("Valdmark Lund", P), a.m("Valdmark", CITY, 1)
    b = Doc("b.txt", ["Valdmark welcomed the Valdmark Lund Trust."])
    city_b, trust = b.m("Valdmark", CITY), b.m("Valdmark Lund Trust", ORG)
    r = resolve_entities([a.facts(), b.facts()])
    assert entity_of(r, a, city) == entity_of(r, b, city_b)
    assert len({entity_of(r, a, person), entity_of(r, a, city), entity_of(r, b, trust)}) == 3
    assert entity(r, entity_of(r, a, city)).entity_type is EntityType.CITY


def test_a_name_the_tagger_calls_a_person_once_is_retyped_by_evidence() -> None:
    doc = Doc(
        "a.txt",
        ["According to the Valdmark Herald, prices rose.", "The daily Valdmark Herald said so."],
    )
    org = doc.m("the Valdmark Herald", ORG)
    mistaken = doc.m("Valdmark Herald", P, 1)
    r = resolve_entities([doc.facts()])
    assert entity_of(r, doc, org) == entity_of(r, doc, mistaken)
    assert entity(r, entity_of(r, doc, org)).entity_type is EntityType.ORGANIZATION
    assert "type-correction" in rules_for(r, "Valdmark Herald")


def test_a_place_tagged_organisation_name_is_an_organisation() -> None:
    doc = Doc("a.txt", ["The Lakeside Province Water Bureau met."])
    m = doc.m("Lakeside Province Water Bureau", PL)
    r = resolve_entities([doc.facts()])
    assert entity(r, entity_of(r, doc, m)).entity_type is EntityType.ORGANIZATION


# ----------------------------------------------------------------------------- output contract


def test_every_mention_maps_including_relation_arguments_not_listed() -> None:
    doc = Doc("a.txt", ["Amelia Thornbury leads the Northern Survey Office."])
    person = doc.m("Amelia Thornbury", P)
    office = doc.m("Northern Survey Office", ORG, listed=False)
    doc.relations.append(RelationFact(person, TK.leaderOf, office, 0, "test", 0.9))
    r = resolve_entities([doc.facts()])
    assert set(r.entity_of) == {
        ("a.txt", person.start, person.end),
        ("a.txt", office.start, office.end),
    }
    assert {e.key for e in r.entities} == set(r.entity_of.values())


def test_keys_are_entity_keys_of_type_and_label_and_entities_are_sorted() -> None:
    doc = Doc("a.txt", ["Amelia Thornbury visited Valdmark and the Northern Survey Office."])
    doc.m("Amelia Thornbury", P)
    doc.m("Valdmark", CITY)
    doc.m("Northern Survey Office", ORG)
    r = resolve_entities([doc.facts()])
    assert [e.key for e in r.entities] == sorted(e.key for e in r.entities)
    for e in r.entities:
        assert e.key == entity_key(e.entity_type, e.label)


def test_every_surface_form_has_a_merge_decision_with_its_source() -> None:
    a = Doc("a.txt", ["Officials of the Northern Survey Office (NSO) arrived.", "NSO left."])
    b = Doc("b.txt", ["The NSO returned."])
    a.m("Northern Survey Office", ORG, defines="NSO")
    a.m("NSO", ORG, 1)
    b.m("NSO", ORG)
    r = resolve_entities([a.facts(), b.facts()])
    decisions = {(d.surface, d.source, d.rule) for d in r.merges}
    assert ("Northern Survey Office", "a.txt", "canonical-name") in decisions
    assert ("NSO", "a.txt", "acronym-defined") in decisions
    assert ("NSO", "b.txt", "acronym-defined") in decisions  # defined in a.txt, used in b.txt
    assert all(d.detail for d in r.merges)


def test_explain_finds_an_entity_by_any_of_its_names() -> None:
    a = Doc("a.txt", ["Officials of the Northern Survey Office (NSO) arrived.", "NSO left."])
    a.m("Northern Survey Office", ORG, defines="NSO")
    a.m("NSO", ORG, 1)
    r = resolve_entities([a.facts()])
    assert [e.label for e in find_entities(r, "nso")] == ["Northern Survey Office"]
    assert {d.surface for d in explain(r, "NSO")} == {"Northern Survey Office", "NSO"}
    text = format_explanation(r, "NSO")
    assert "Northern Survey Office" in text and "acronym-defined" in text
    assert "no entity" in format_explanation(r, "Nobody Here")
    log = format_merge_log(r).splitlines()
    assert log[0].split("\t") == ["entity", "label", "surface", "rule", "source", "detail"]
    assert len(log) == 1 + len(r.merges)


# ----------------------------------------------------------------------------- determinism


def _two_articles() -> list[Doc]:
    a = Doc(
        "a.txt",
        ["Sergei Ivanovich Volkov of the Northern Survey Office (NSO) spoke.", "Volkov left."],
    )
    b = Doc("b.txt", ["Sergey Volkov and the NSO visited North Korea.", "The DPRK agreed."])
    a.m("Sergei Ivanovich Volkov", P)
    a.m("Northern Survey Office", ORG, defines="NSO")
    a.m("NSO", ORG)
    a.m("Volkov", P, 1)
    b.m("Sergey Volkov", P)
    b.m("NSO", ORG)
    b.m("North Korea", PL)
    b.m("DPRK", ORG)
    return [a, b]


def test_resolution_does_not_depend_on_input_order() -> None:
    a, b = _two_articles()
    forward = resolve_entities([a.facts(), b.facts()])
    backward = resolve_entities([b.facts(), a.facts()])
    assert forward == backward


def test_update_build_equals_building_everything_at_once(tmp_path: Path) -> None:
    # `--update` re-reads A's facts from the build state and resolves them with B's.
    a, b = _two_articles()
    state = tmp_path / "news.facts.jsonl.gz"
    save_facts(state, [a.facts()])
    updated = resolve_entities([*load_facts(state), b.facts()])
    at_once = resolve_entities([a.facts(), b.facts()])
    assert updated == at_once
    volkov = find_entities(updated, "Sergey Volkov")
    assert [e.label for e in volkov] == ["Sergei Ivanovich Volkov"]


_DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_resolve import _two_articles
from textkg.resolve import resolve_entities
r = resolve_entities([d.facts() for d in _two_articles()])
print(json.dumps([[e.key, e.label, list(e.alt_labels)] for e in r.entities]
                 + sorted([list(k) + [v] for k, v in r.entity_of.items()])
                 + [[d.entity_key, d.surface, d.rule, d.source, d.detail] for d in r.merges]))
"""


def test_output_is_identical_across_hash_seeds() -> None:
    tests_dir = str(Path(__file__).resolve().parent)
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, tests_dir],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]


def test_empty_build_and_odd_names() -> None:
    assert resolve_entities([]) == Resolution(entities=(), entity_of={})
    doc = Doc("a.txt", ["Visitors from 🚀 Space Org and «אבג» and ’s met."])
    odd = [doc.m("🚀 Space Org", ORG), doc.m("«אבג»", PL), doc.m("’s", PL)]
    r = resolve_entities([doc.facts()])
    keys = {entity_of(r, doc, m) for m in odd}
    assert len(keys) == 3
    for key in keys:
        mint("https://example.org/", key)  # always a valid IRI path


def test_mentions_of_one_wording_are_prepared_alike_each_with_its_own_place() -> None:
    from dataclasses import fields

    from textkg.records import Mention
    from textkg.resolve.aliases import default_aliases
    from textkg.resolve.prepare import Preparer

    countries = default_aliases().country_index()
    preparer = Preparer(countries)
    ministry = Mention(
        "the ministry", "Ministry of State Security", EntityType.ORGANIZATION, 4, 16, 0
    )
    again = Mention(
        "the ministry", "Ministry of State Security", EntityType.ORGANIZATION, 90, 102, 3
    )
    other = Mention("the ministry", "Ministry of Finance", EntityType.ORGANIZATION, 4, 16, 0)
    first = preparer._prepare(0, "a.txt", ministry)
    second = preparer._prepare(1, "b.txt", again)
    third = preparer._prepare(1, "b.txt", other)
    preparer.done()
    fresh = Preparer(countries)._prepare(1, "b.txt", again)
    place = (second.source, second.article, second.start, second.end, second.sentence)
    assert place == ("b.txt", 1, 90, 102, 3)
    assert second.words is first.words  # one object for the words of both
    assert (second.words.text, second.words.name, second.words.start) == (again.text, again.name, 0)
    assert [getattr(second, f.name) for f in fields(second)] == [
        getattr(fresh, f.name) for f in fields(fresh)
    ]
    assert second.descriptive == first.descriptive == "ministry" and second.hint == first.hint
    assert third.hint != first.hint  # another referent is another wording
