"""Guards from the review of this wave's rules: sentences a careful reader takes otherwise
than the rule would; our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples
from textkg.extract.places import country_name
from textkg.lexicon import default_lexicon


def test_a_trade_noun_is_not_the_body_that_watches_the_trade() -> None:
    found = triples(
        facts_of(
            "Harbour Gas agreed on Monday to pay a fine, the Coastal Utilities Commission "
            "said. The utility's chief executive, Mara Quint, apologised."
        )
    )
    assert ("Mara Quint", "tk:leaderOf", "Coastal Utilities Commission") not in found


def test_a_fixed_term_hire_and_a_post_still_held_are_not_over() -> None:
    hired = triples(facts_of("The Norvia Group hired Paul Ames as chief executive for two years."))
    assert ("Paul Ames", "tk:leaderOf", "Norvia Group") in hired
    still = triples(facts_of("Rosa Lind led Tarvo for a decade and remains its mayor."))
    assert ("Rosa Lind", "tk:leaderOf", "Tarvo") in still


def test_a_gapped_clause_is_no_second_guest() -> None:
    found = triples(
        facts_of(
            "Karl Weiss received Ana Roca in Bern, and Lena Graf the Chilean trade minister, "
            "Jorge Vial."
        )
    )
    assert ("Karl Weiss", "tk:metWith", "Jorge Vial") not in found


def test_a_country_named_after_no_saint_keeps_its_first_word() -> None:
    assert country_name("Trinidad", default_lexicon()) == "Trinidad and Tobago"


def test_a_stay_overnight_is_a_visit_but_staying_until_an_event_is_living_there() -> None:
    found = triples(
        facts_of(
            "Rosa Lind stayed in Amman overnight. The writer Tom Hale stayed in Enugu until "
            "the end of the war."
        )
    )
    assert ("Rosa Lind", "tk:visited", "Amman") in found
    assert ("Tom Hale", "tk:visited", "Enugu") not in found


def test_a_trader_or_a_landlord_in_a_town_is_a_person() -> None:
    facts = facts_of("Tshepo Mokoena, a grocer in Soweto, said prices rose.")
    kinds = {m.name: m.entity_type.name for m in facts.mentions}
    assert kinds.get("Tshepo Mokoena") == "PERSON"


def test_a_bare_ministers_title_beside_another_nationality_takes_no_named_ministry() -> None:
    found = triples(
        facts_of(
            "Fisheries Minister Nalini Rao met her Ghanaian counterpart at the Ministry of "
            "Fisheries in Accra."
        )
    )
    assert ("Nalini Rao", "tk:leaderOf", "Ministry of Fisheries") not in found


def test_a_region_a_bank_is_named_after_stays_a_region() -> None:
    facts = facts_of("Banco Atlantida expanded into Honduras. Heavy rains flooded Atlantida.")
    kinds = {m.name: m.entity_type.name for m in facts.mentions}
    assert kinds.get("Atlantida") != "ORGANIZATION"


def test_a_title_read_past_a_description_stops_at_a_list() -> None:
    found = triples(
        facts_of("He thanked the president of Acme, the bank, Bob Stone of Zeta and the mayor.")
    )
    assert ("Bob Stone", "tk:leaderOf", "Acme") not in found


def test_a_titled_speaker_before_in_a_language_is_no_broadcast_source() -> None:
    found = triples(
        facts_of("Quebec Premier Marie Tremblay in French on 1 July thanked the nurses.")
    )
    assert ("Marie Tremblay", "tk:leaderOf", "Quebec") in found


def test_a_second_named_guest_after_a_titled_one_was_met() -> None:
    found = triples(
        facts_of("Ana Ruiz met the chancellor, Karl Weiss, and President Jonas Berg on Thursday.")
    )
    assert ("Ana Ruiz", "tk:metWith", "Jonas Berg") in found or (
        "Jonas Berg",
        "tk:metWith",
        "Ana Ruiz",
    ) in found


def test_attending_a_ceremony_after_a_signing_meets_no_one() -> None:
    found = triples(
        facts_of(
            "Ana Ruiz and Tom Hale signed the agreement in Oslo on Monday. Prime Minister Eva "
            "Lind attended the ceremony."
        )
    )
    assert ("Eva Lind", "tk:metWith", "Tom Hale") not in found


def test_a_month_after_died_in_is_no_place() -> None:
    found = triples(facts_of("Ada Wolfe, who died in April, wrote six novels."))
    assert not [t for t in found if t[1] == "schema:deathPlace"]


def test_a_directorates_chief_prosecutor_leads_it_but_a_courts_does_not() -> None:
    found = triples(
        facts_of(
            "The Anti-Fraud Directorate (AFD) charged the mayor on Monday. The AFD's chief "
            "prosecutor, Elena Dobre, said the case was large. The Regional Court's chief "
            "prosecutor, Karim Shah, agreed."
        )
    )
    assert ("Elena Dobre", "tk:leaderOf", "Anti-Fraud Directorate") in found
    assert ("Karim Shah", "tk:leaderOf", "Regional Court") not in found


def test_an_acronym_before_a_deputys_company_role_is_the_body() -> None:
    found = triples(facts_of("FIDE deputy president Ivan Petrov flew in for the final round."))
    assert ("Ivan Petrov", "tk:worksFor", "FIDE") in found
