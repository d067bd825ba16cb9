"""Nationalities the rules infer in reference articles (rules/nationality.py), with sentences
of our own."""

from __future__ import annotations

from fixtures.extract.support import facts_of, rule_of, triples


def test_who_holds_a_post_of_a_countrys_government_is_its_national() -> None:
    text = (
        "Tom Reeve (born 1950) is a politician and farmer. "
        "Reeve, Canada's Minister for Trade, answered the growers."
    )
    assert ("Reeve", "tk:nationality", "Canada") in triples(facts_of(text))


def test_a_news_report_gives_a_minister_no_nationality_by_the_post() -> None:
    text = "Tom Reeve, Canada's Minister for Trade, answered the growers on Monday."
    found = facts_of(text)
    said = {r.extractor for r in found.relations if str(r.predicate).endswith("nationality")}
    assert "nationality-of-leader" not in said


def test_an_occupation_from_a_country_in_apposition_read_off_the_words() -> None:
    # the parser hangs the apposition on the verb here; the words still say it
    facts = facts_of(
        "The cannery will work with Pattani University on tagging tuna in the Andaman Sea. "
        "Haedong's head of research, Choi Min-ji, a fisheries scientist from South Korea, will "
        "spend three months a year at the university."
    )
    assert ("Choi Min-ji", "tk:nationality", "South Korea") in triples(facts)


def test_an_occupation_from_a_company_gives_no_nationality() -> None:
    facts = facts_of("Kim Lee, a buyer from Korea Foods, spoke.")
    assert not any(p == "tk:nationality" for _, p, _ in triples(facts))


def test_a_nationality_before_a_hyphened_or_listed_occupation_is_the_persons() -> None:
    found = triples(
        facts_of(
            "Blue Hours is a song recorded by American singer-songwriter Dana Pell for her "
            "third album. The festival honours the Polish pianist, composer and teacher Marek "
            "Wolny."
        )
    )
    assert ("Dana Pell", "tk:nationality", "United States") in found
    assert ("Marek Wolny", "tk:nationality", "Poland") in found


def test_a_nationality_of_a_list_of_people_ending_in_a_name_is_not_the_names() -> None:
    # guard: the name is the list's last item, not the occupation's bearer
    found = triples(facts_of("The Okapi Trust paid Kenyan activists, lawyers and Tom Reed."))
    assert ("Tom Reed", "tk:nationality", "Kenya") not in found


def test_a_list_pages_line_gives_the_nationality_after_the_life_bracket() -> None:
    found = triples(
        facts_of(
            "Janos Varga may refer to: Janos Varga (1844 – 1893), Hungarian inventor of the "
            "telephone switch."
        )
    )
    assert ("Janos Varga", "tk:nationality", "Hungary") in found


def test_a_nationality_naming_a_thing_after_the_life_bracket_is_not_the_persons() -> None:
    # guard: "Hungarian Grand Prix", a name, not an occupation
    found = triples(facts_of("Janos Varga (born 1952), Hungarian Grand Prix winner, retired."))
    assert not any(p == "tk:nationality" for _, p, _ in found)


def test_a_sport_written_before_a_players_kind_keeps_the_nationality_the_persons() -> None:
    # the words say it, whatever the document model weighs: "ski" is no owner of the jumper
    facts = facts_of("Tom Reed is an Austrian ski jumper.")
    assert rule_of(facts, "Tom Reed", "tk:nationality", "Austria") == "nationality-adjective"
    facts = facts_of("Lena Roth (born 2 June 1961) is a German skeleton racer.")
    assert rule_of(facts, "Lena Roth", "tk:nationality", "Germany") == "nationality-adjective"


def test_a_hyphened_pair_of_nationalities_gives_the_second() -> None:
    found = triples(facts_of("Central actors include Pakistani-American businessman Tariq Malik."))
    assert ("Tariq Malik", "tk:nationality", "United States") in found
    facts = facts_of("Tariq Malik is a Pakistani-American businessman.")
    assert rule_of(facts, "Tariq Malik", "tk:nationality", "United States") == (
        "nationality-adjective"
    )


def test_a_seat_before_the_nationality_is_no_obstacle() -> None:
    facts = facts_of("Nora Lake is a London-based Irish actress.")
    assert rule_of(facts, "Nora Lake", "tk:nationality", "Ireland") == "nationality-adjective"
