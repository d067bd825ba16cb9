"""Names the article gives in full, read back where the NER cut or ran on one
(extract/mentions/known_names.py): our own sentences."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_name_the_ner_cut_at_its_first_word_is_the_whole_name_the_article_gave() -> None:
    found = triples(
        facts_of(
            "Qatar Foods signed a deal with Verdant Agritech, a Dubai-based company, on"
            " Monday. Verdant Agritech is owned by Hamra Capital, an investment firm based in"
            " Doha."
        )
    )
    assert ("Verdant Agritech", "tk:partOf", "Hamra Capital") in found
    assert not any(s == "Agritech" for s, _, _ in found)


def test_a_name_the_ner_cut_after_a_first_word_tagged_alone_is_whole_again() -> None:
    found = triples(
        facts_of(
            "The court quashed a licence that allowed Eastern Cedar Sawmills to fell pine in"
            " the Northern Region. Eastern Cedar Sawmills is owned by Rift Timber Holdings."
        )
    )
    assert ("Eastern Cedar Sawmills", "tk:partOf", "Rift Timber Holdings") in found


def test_a_company_run_on_with_of_and_its_country_is_the_company_the_article_names() -> None:
    found = triples(
        facts_of(
            "The mine belongs to Karoo Iron, a Perth-based miner that is 60 percent owned by"
            " Harbour Metals Trading of Singapore. Harbour Metals Trading's chairman, Tan Bee"
            " Lian, declined to comment."
        )
    )
    assert ("Karoo Iron", "tk:partOf", "Harbour Metals Trading") in found
    assert ("Tan Bee Lian", "tk:leaderOf", "Harbour Metals Trading") in found


def test_a_body_named_with_of_and_a_country_stays_whole_beside_one_word() -> None:
    facts = facts_of("The Bank of Georgia said on Monday profits rose. Bank officials agreed.")
    assert not any(o == "Georgia" and p == "tk:partOf" for _, p, o in triples(facts))
