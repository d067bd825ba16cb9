"""A definite description of an organisation ("the operator's managing director", "the
fund's chief") stands for the one the article means, so its role lands on that one and not
on the organisation the article names most."""

from __future__ import annotations

from fixtures.extract.support import facts_of, triples


def test_a_description_opening_a_sentence_is_of_the_one_the_sentence_before_is_about() -> None:
    found = triples(
        facts_of(
            "The Halvik Dockers Union called the strike on Monday. The union said pay had "
            "not risen in three years. The ferry berths in Tarsk are run by Velmora Shipping, "
            "a unit of the Oslo group Kestrel Holdings. The operator's managing director, "
            "Ilse Lindfors, said the offer would stand."
        )
    )
    assert ("Ilse Lindfors", "tk:leaderOf", "Velmora Shipping") in found
    assert ("Ilse Lindfors", "tk:leaderOf", "Halvik Dockers Union") not in found


def test_a_kind_description_fits_the_word_before_of_in_a_name() -> None:
    # "the fund" is the Coastal Fund for Housing, headed by "Fund" before "for"
    found = triples(
        facts_of(
            "Velmora Shipping opened a new ferry terminal in Tarsk on Monday. The terminal "
            "cost $40 million, most of which came from the Coastal Fund for Housing. The "
            "fund's deputy director, Oren Dahl, attended the opening."
        )
    )
    assert ("Oren Dahl", "tk:worksFor", "Coastal Fund for Housing") in found or (
        "Oren Dahl",
        "tk:leaderOf",
        "Coastal Fund for Housing",
    ) in found


def test_a_government_body_is_not_what_the_company_means() -> None:
    # near miss: the sentence before is about a ministry, "the company's" is not it
    found = triples(
        facts_of(
            "Velmora Shipping said on Monday it would close two depots in Tarsk. Velmora "
            "Shipping has 900 staff. The Ministry of Transport said it would review the "
            "plan. The company's chief executive, Oren Dahl, said the cuts were needed."
        )
    )
    assert ("Oren Dahl", "tk:leaderOf", "Ministry of Transport") not in found
    assert ("Oren Dahl", "tk:leaderOf", "Velmora Shipping") in found


def test_the_club_is_the_club_whose_name_holds_the_word() -> None:
    # another club named in between, once each: the word of the name decides
    facts = facts_of(
        "Racing Club du Morne on Tuesday named Paul Mensah as its head coach. Mensah, 47, "
        "played 38 times for Ghana and later coached the youth side of Lions of Judah in "
        "Kumasi. The club, which is based in Dundee, sits 14th of 16 in the league. On "
        "Tuesday the club's president, Ann Lee, welcomed Mensah at the stadium."
    )
    found = triples(facts)
    assert ("Racing Club du Morne", "tk:locatedIn", "Dundee") in found
    assert ("Ann Lee", "tk:leaderOf", "Racing Club du Morne") in found
    assert ("Ann Lee", "tk:leaderOf", "Ghana") not in found


def test_a_kind_followed_by_its_own_name_refers_to_nothing_before() -> None:
    facts = facts_of(
        "Kelvin Rovers named Paul Mensah as its coach. Mensah later coached the youth side of "
        "Lions of Judah in Kumasi."
    )
    assert ("Mensah", "tk:leaderOf", "Kelvin Rovers") not in triples(facts)


def test_a_corporation_that_owns_a_station_is_not_the_station() -> None:
    facts = facts_of(
        "Ama Boateng previously ran Harbour Radio, the corporation's station in Tamale, where "
        "she doubled the audience."
    )
    assert ("Harbour Radio", "tk:locatedIn", "Tamale") in triples(facts)


def test_a_group_in_a_chamber_is_not_the_chamber() -> None:
    facts = facts_of(
        "The Parliament of Navarre passed the law. Fermín Arbizu, who leads the largest "
        "opposition group in the chamber, said the cap would drive landlords to sell."
    )
    assert ("Fermín Arbizu", "tk:leaderOf", "Parliament of Navarre") not in triples(facts)


def test_a_description_by_the_last_word_of_a_name_is_that_body() -> None:
    # "the combine" is no kind the lexicon lists, but it is the last word of a name given
    facts = facts_of(
        "Tashkent Cotton on Monday bought a stake in Fergana Spinning Combine, one of the "
        "largest employers in the valley. The combine is based in Kokand and employs 900 "
        "people. The combine's chief engineer, Timur Alimov, said the looms would arrive soon."
    )
    found = triples(facts)
    assert ("Fergana Spinning Combine", "tk:locatedIn", "Kokand") in found
    assert ("Timur Alimov", "tk:worksFor", "Fergana Spinning Combine") in found
    assert ("Timur Alimov", "tk:worksFor", "Tashkent Cotton") not in found


def test_a_kind_of_place_is_no_description_of_a_club_named_with_it() -> None:
    found = triples(
        facts_of("Dunmore City lost to Harlow Town on Saturday. The city is wet and cold.")
    )
    assert not any(s == "Dunmore City" and p == "tk:locatedIn" for s, p, _ in found)


def test_a_kind_written_before_the_head_of_an_apposition_describes_the_body() -> None:
    # "a dairy company": "the dairy" is that company, not the club the text is about
    found = triples(
        facts_of(
            "Deportivo Cuervos, a football club, on Monday appointed Tomas Leal as its coach. "
            "The club, which is based in Monterrey, is owned by Lacteos Sierra, a dairy "
            "company headquartered in Puebla. The dairy's chief executive, Marta Ibarra, "
            "promised a bigger budget."
        )
    )
    assert ("Marta Ibarra", "tk:leaderOf", "Lacteos Sierra") in found
    assert ("Marta Ibarra", "tk:leaderOf", "Deportivo Cuervos") not in found


def test_a_description_named_right_after_it_is_that_name() -> None:
    # "The agency, X, ...": the name set off after the noun, not the body named before
    found = triples(
        facts_of(
            "The UN food agency runs the depot. The agency, Norvia Relief, is "
            "headquartered in Geneva."
        )
    )
    assert ("Norvia Relief", "tk:locatedIn", "Geneva") in found
    assert ("UN", "tk:locatedIn", "Geneva") not in found


def test_the_company_is_a_business_not_the_museum_the_article_names_most() -> None:
    found = triples(
        facts_of(
            "The Vardar Museum of Art named Elena Petrova as its director on Monday. The"
            " museum holds 20,000 paintings. The Vardar Museum of Art will reopen in May. Its"
            " main sponsor, Ohrid Lake Wines, a Bitola-based wine producer, gave 2 million"
            " denars. The company is owned by Balkan Drinks Holding, which is based in Skopje."
        )
    )
    assert ("Ohrid Lake Wines", "tk:partOf", "Balkan Drinks Holding") in found
    assert ("Vardar Museum of Art", "tk:partOf", "Balkan Drinks Holding") not in found


def test_a_kind_with_a_towns_name_before_it_is_the_body_named_with_that_town() -> None:
    found = triples(
        facts_of(
            "Lakeshore Health Network agreed to take over Pinecrest General Hospital in"
            " Dryden on Monday. The network's chief executive, Anne Roy, flew to Dryden and met"
            " the Dryden hospital's board chair, Paul Kesik, and its chief of surgery, Mark"
            " Hale."
        )
    )
    assert ("Paul Kesik", "tk:leaderOf", "Pinecrest General Hospital") in found
    assert ("Mark Hale", "tk:worksFor", "Pinecrest General Hospital") in found
    assert ("Mark Hale", "tk:worksFor", "Lakeshore Health Network") not in found


def test_a_title_of_a_body_named_by_the_last_words_of_its_name_is_a_post_there() -> None:
    # "the coast guard" is the Norwegian Coast Guard the sentence before names
    found = triples(
        facts_of(
            "The Norwegian Coast Guard said the ferry sank at dawn. Commodore Erik Vold, a "
            "spokesman for the coast guard, said the ferry had been cleared to sail."
        )
    )
    assert ("Erik Vold", "tk:worksFor", "Norwegian Coast Guard") in found
    found = triples(
        facts_of(
            "The Norwegian Coast Guard said the ferry sank at dawn. Erik Vold, the head of "
            "the coast guard, said the ferry had been cleared to sail."
        )
    )
    assert ("Erik Vold", "tk:leaderOf", "Norwegian Coast Guard") in found
