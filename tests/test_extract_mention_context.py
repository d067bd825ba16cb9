"""Mentions carry what the text says around a name, so resolution never reads the text."""

from __future__ import annotations

from fixtures.extract.support import facts_of, mention


def test_an_acronym_in_brackets_is_recorded_on_the_long_name() -> None:
    facts = facts_of("The Baltic Grain Council (BGC) met in Riga on Tuesday.")
    assert mention(facts, "Baltic Grain Council").defines == "BGC"


def test_kind_nouns_before_and_in_an_apposition() -> None:
    facts = facts_of(
        "The newspaper Kveldsposten printed the letter. Norsk Tidend, the official "
        "newspaper of the Farmers' Union, did not."
    )
    assert "newspaper" in mention(facts, "Kveldsposten").kinds
    assert "newspaper" in mention(facts, "Norsk Tidend").kinds


def test_a_state_body_carries_the_country_it_is_named_with() -> None:
    inside = facts_of("The Kenyan Ministry of Water and Sanitation issued a warning.")
    ministry = mention(inside, "Ministry of Water and Sanitation")
    assert ministry.qualifier == "Kenya"
    assert ministry.qualified_text == "Kenyan Ministry of Water and Sanitation"
    after = facts_of("The Ministry of Foreign Affairs of Japan said so on Friday.")
    assert mention(after, "Ministry of Foreign Affairs").qualifier == "Japan"
    possessive = facts_of("Brazil's Ministry of Finance said so on Friday.")
    assert mention(possessive, "Ministry of Finance").qualifier == "Brazil"


def test_a_company_named_after_a_country_has_no_qualifier() -> None:
    facts = facts_of("Air France cancelled flights to Dakar.")
    assert all(not m.qualifier for m in facts.mentions)
