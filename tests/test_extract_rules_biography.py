"""The biography rules, one shape of sentence each (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib.namespace import SDO

from fixtures.extract.support import facts_of, triples
from textkg.extract import extract_facts
from textkg.namespaces import TK, curie
from textkg.nlp import load_model
from textkg.records import ArticleText


def facts(text: str) -> set[tuple[str, str, str]]:
    found = extract_facts(load_model()(text), ArticleText("bio.txt", text))
    return {
        (r.subject.name, curie(r.predicate), r.object.name)
        for r in found.relations
        if str(r.predicate).startswith(str(SDO))
    }


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Marta Kovalenko was born in Kherson in 1961.",
            ("Marta Kovalenko", "schema:birthPlace", "Kherson"),
        ),
        ("Karl Weber was born on 3 May 1950 in Graz.", ("Karl Weber", "schema:birthPlace", "Graz")),
        (
            "Born in Lviv, Maria Kowalska studied law at the University of Vienna.",
            ("Maria Kowalska", "schema:birthPlace", "Lviv"),
        ),
        (
            "Born in Lviv, Maria Kowalska studied law at the University of Vienna.",
            ("Maria Kowalska", "schema:alumniOf", "University of Vienna"),
        ),
        (
            "Tomas Ruud died in Bergen on 2 March 1999.",
            ("Tomas Ruud", "schema:deathPlace", "Bergen"),
        ),
        (
            "The Harlow Trust was founded by Edwin Carver in 1921.",
            ("Harlow Trust", "schema:founder", "Edwin Carver"),
        ),
        (
            "Edwin Carver founded the Harlow Trust in 1921.",
            ("Harlow Trust", "schema:founder", "Edwin Carver"),
        ),
        (
            "Mark Heller, the founder of Hellerworks, lives in Boston.",
            ("Hellerworks", "schema:founder", "Mark Heller"),
        ),
        (
            "Anna Liss graduated from Oxford University and later attended Yale University.",
            ("Anna Liss", "schema:alumniOf", "Yale University"),
        ),
        ("In 1950 Anna Liss married Paul Dorin.", ("Anna Liss", "schema:spouse", "Paul Dorin")),
        ("Paul Dorin is the son of Henri Dorin.", ("Paul Dorin", "schema:parent", "Henri Dorin")),
        (
            "Anna Liss lives in Paris. Her brother, Karl Liss, is a doctor.",
            ("Anna Liss", "schema:sibling", "Karl Liss"),
        ),
        # "was married to", through a pronoun and a common noun in apposition
        (
            "Anna Liss died on Sunday. She was married to the economist Paul Dorin.",
            ("Anna Liss", "schema:spouse", "Paul Dorin"),
        ),
    ],
)
def test_each_biography_shape_gives_its_fact(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


def test_a_denied_or_unrelated_sentence_gives_no_biography_fact() -> None:
    assert facts("Marta Kovalenko was not born in Kherson.") == set()
    assert facts("Marta Kovalenko visited Kherson in 1961.") == set()


def test_born_and_raised_in_a_place() -> None:
    found = facts("Ana Ruiz was born and grew up on a farm in Tartu.")
    assert ("Ana Ruiz", "schema:birthPlace", "Tartu") in found, sorted(found)
    found = facts("Ana Ruiz was born in 1970 and lived in Leeds.")
    assert not {t for t in found if t[1] == "schema:birthPlace"}


def test_a_relative_clause_states_a_persons_school_and_home() -> None:
    text = (
        "Ines Vidal, who studied chemistry at Uppsala University, won the prize. Vidal, who "
        "was born in Porto and moved to Lisbon in 2015, thanked her team."
    )
    found = triples(facts_of(text))
    assert ("Ines Vidal", "schema:alumniOf", "Uppsala University") in found
    assert ("Ines Vidal", "tk:worksFor", "Uppsala University") not in found
    assert ("Vidal", "schema:birthPlace", "Porto") in found
    assert ("Vidal", "tk:residesIn", "Lisbon") in found


def test_set_up_founds_an_organisation() -> None:
    found = triples(facts_of("Tomas Berg set up Norvia Foods in 1999 and set a record."))
    assert ("Norvia Foods", "schema:founder", "Tomas Berg") in found
    assert not any(r.startswith("rel:set") for _, r, _ in found)


def test_moving_something_else_is_no_move_of_home() -> None:
    found = triples(facts_of("At Norvia Ana Ruiz moved the head office from Denver to Austin."))
    assert ("Ana Ruiz", "tk:residesIn", "Austin") not in found


def test_a_degree_from_a_school() -> None:
    found = triples(
        facts_of("Tom Berg holds a doctorate in physics from Uppsala University. He spoke.")
    )
    assert ("Tom Berg", "schema:alumniOf", "Uppsala University") in found
    found = triples(facts_of("Mia Holt earned her medical degree from Leiden University."))
    assert ("Mia Holt", "schema:alumniOf", "Leiden University") in found


def test_someone_described_as_from_a_town_lives_there() -> None:
    found = triples(facts_of("Ana Ruiz, a 34-year-old teacher from Leeds, won the prize."))
    assert ("Ana Ruiz", "tk:residesIn", "Leeds") in found
    found = triples(facts_of("Tom Reyes, a Republican from Chicago, denied it."))
    assert ("Tom Reyes", "tk:residesIn", "Chicago") in found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tomas Vaka, a lawyer and a national of Tonga, led the observer mission.", "Tonga"),
        ("Diego Ruiz, 22, a forward from Paraguay who was born in Luque, signed on.", "Paraguay"),
    ],
)
def test_a_nationality_in_a_second_or_long_apposition_is_read(text: str, country: str) -> None:
    person = text.split(",")[0]
    assert (person, "tk:nationality", country) in triples(facts_of(text))


def test_birth_and_death_places_in_the_brackets_after_a_name() -> None:
    text = "Anna Lind (12 May 1950 in Uppsala, Sweden – 3 June 2010 in Oslo) was a painter."
    found = triples(facts_of(text))
    assert ("Anna Lind", "schema:birthPlace", "Uppsala") in found
    assert ("Anna Lind", "schema:deathPlace", "Oslo") in found
    # a bracket with a place but no date says nothing of a life
    found = triples(facts_of("Anna Lind (in Oslo) spoke to reporters."))
    assert not [t for t in found if t[1] == "schema:birthPlace"]


def test_a_life_bracket_after_a_maiden_name_is_the_persons() -> None:
    text = (
        "Eva Novakova, née Kralova (18 December 1931 in Kladno – 10 November 1991 in Brno) "
        "was a gymnast."
    )
    found = triples(facts_of(text))
    assert ("Eva Novakova", "schema:birthPlace", "Kladno") in found
    assert ("Eva Novakova", "schema:deathPlace", "Brno") in found


@pytest.mark.parametrize(
    "text",
    [
        "Anne Morel (Nantes, 2 June 1663 – Madrid, May 1719) was a journalist.",
        "Anne Morel (1663 Nantes, France – 15 May 1719 Madrid) was a journalist.",
    ],
)
def test_a_life_brackets_places_beside_its_dates_with_no_in(text: str) -> None:
    found = triples(facts_of(text))
    assert ("Anne Morel", "schema:birthPlace", "Nantes") in found
    assert ("Anne Morel", "schema:deathPlace", "Madrid") in found


def test_a_bracket_of_a_school_and_a_year_is_no_birth() -> None:
    found = triples(facts_of("Tom Hale (Kent State University, 1990) wrote the report."))
    assert not [t for t in found if t[1] == "schema:birthPlace"]


def test_one_of_several_named_in_apposition_was_born_somewhere() -> None:
    found = triples(
        facts_of("One of them, Diego Ruiz, was born in Mendoza and has worked there for years.")
    )
    assert ("Diego Ruiz", "schema:birthPlace", "Mendoza") in found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kofi Owusu is a Ghanaian footballer who plays for a club in Kumasi.", "Ghana"),
        ("Ana Silva was a Brazilian economist and writer.", "Brazil"),
    ],
)
def test_a_nationality_opening_a_copulas_description(text: str, country: str) -> None:
    person = text.split(" is ")[0].split(" was ")[0]
    assert (person, "tk:nationality", country) in triples(facts_of(text))


def test_a_nationality_before_born_is_no_nationality_said_by_the_copula() -> None:
    facts = facts_of("Tom Reyes is a British-born actor who lives in Boston.")
    # (the document model may still guess one: the copula's rule states none)
    said = {r.extractor for r in facts.relations if r.predicate == TK.nationality}
    assert "nationality-adjective" not in said


def test_a_role_in_a_relative_clause_on_the_copulas_description() -> None:
    found = triples(
        facts_of("Tom Hale is an American politician who is a member of the Democratic Party.")
    )
    assert ("Tom Hale", "tk:memberOf", "Democratic Party") in found


def test_a_nationality_of_a_compound_is_not_the_persons() -> None:
    facts = facts_of("Tom Hale is a Japanese car dealer in Ohio.")
    said = {r.extractor for r in facts.relations if r.predicate == TK.nationality}
    assert "nationality-adjective" not in said


def test_a_cleft_keeps_the_role_with_the_name_it_stresses() -> None:
    found = triples(facts_of("It was Tom Hale who became chairman of Norvia in 2019."))
    assert ("Tom Hale", "tk:leaderOf", "Norvia") in found


def test_a_plural_sibling_noun_names_the_whole_list() -> None:
    text = (
        "Marc Duval is a French skier. Duval's siblings Anne Duval, Paul Duval and Luc Duval "
        "also raced."
    )
    found = facts(text)
    for sibling in ("Anne Duval", "Paul Duval", "Luc Duval"):
        assert ("Duval", "schema:sibling", sibling) in found, sorted(found)
    assert ("Anne Duval", "schema:sibling", "Luc Duval") in found


def test_brothers_listed_after_a_colon_are_siblings_of_one_another() -> None:
    text = "The trust served the three Mensah brothers: Kwame Mensah, Kofi Mensah and Yaw Mensah."
    found = triples(facts_of(text))
    assert ("Kwame Mensah", "schema:sibling", "Yaw Mensah") in found, sorted(found)
    assert ("Kofi Mensah", "schema:sibling", "Kwame Mensah") in found
    # one brother named with another person is no list of brothers
    found = triples(facts_of("Her brother Carl Mendes and Ana Silva sang."))
    assert ("Carl Mendes", "schema:sibling", "Ana Silva") not in found


def test_one_who_runs_as_a_partys_candidate_is_its_member() -> None:
    found = triples(facts_of("Moses Banda instead ran as the UDF candidate in 2001."))
    assert ("Moses Banda", "tk:memberOf", "UDF") in found, sorted(found)
    found = triples(facts_of("Moses Banda stood as a candidate for mayor of Leeds."))
    assert not {t for t in found if t[1] == "tk:memberOf"}


def test_children_one_had_are_the_parents_and_siblings_of_one_another() -> None:
    text = (
        "Carlos Soto was a Chilean architect. He married Rosa Ibanez, with whom he had three "
        "children, Pedro Soto, Ana Soto and Maria Soto."
    )
    found = facts(text)
    for child in ("Pedro Soto", "Ana Soto", "Maria Soto"):
        assert (child, "schema:parent", "Carlos Soto") in found, sorted(found)
        assert (child, "schema:parent", "Rosa Ibanez") in found
    assert ("Pedro Soto", "schema:sibling", "Maria Soto") in found
    # what a firm has are no children
    assert facts("The firm had three directors, Pedro Soto, Ana Soto and Maria Soto.") == set()


def test_the_people_one_was_born_to_are_ones_parents() -> None:
    found = facts("Marc Duval was born in Lyon to Henri Duval and Marie Blanc.")
    assert ("Marc Duval", "schema:parent", "Henri Duval") in found, sorted(found)
    assert ("Marc Duval", "schema:parent", "Marie Blanc") in found
    found = facts("Marc Duval was born to a farming family in Lyon.")
    assert not {t for t in found if t[1] == "schema:parent"}


def test_the_son_of_two_people_after_the_copulas_description() -> None:
    text = (
        "Marc Duval (1900 – 1970) was a French painter, the son of the sculptor Henri Duval "
        "and the singer Marie Blanc."
    )
    found = facts(text)
    assert ("Marc Duval", "schema:parent", "Henri Duval") in found, sorted(found)
    assert ("Marc Duval", "schema:parent", "Marie Blanc") in found
    assert ("Marie Blanc", "schema:parent", "Henri Duval") not in found


def test_a_spouse_given_by_the_name_of_a_common_noun() -> None:
    for wording in ("a nurse named Rosa Ibanez", "a Chilean lady by the name of Rosa Ibanez"):
        found = facts(f"Carlos Soto was a Chilean architect. In 1950 he married {wording}.")
        assert ("Carlos Soto", "schema:spouse", "Rosa Ibanez") in found, (wording, sorted(found))


@pytest.mark.parametrize(
    "text",
    [
        "Louis Marchal (5 April 1815 in Lyon – 21 March 1851, Paris) was a French organist.",
        "Louis Marchal (5 April 1815, in Lyon – 21 March 1851, in Paris) was a French organist.",
        # a name in another script left out of the brackets
        "Louis Marchal (; 5 April 1815 in Lyon – 21 March 1851 in Paris) was an organist.",
    ],
)
def test_the_places_of_a_life_bracket_after_a_comma_or_a_left_out_name(text: str) -> None:
    found = facts(text)
    assert ("Louis Marchal", "schema:birthPlace", "Lyon") in found, sorted(found)
    assert ("Louis Marchal", "schema:deathPlace", "Paris") in found


def test_a_hyphen_inside_a_town_of_a_life_bracket_is_not_its_dash() -> None:
    found = facts("Pavel Orlov (5 April 1915 in Baden - Baden, Germany – 21 March 1981 in Kiev).")
    assert ("Pavel Orlov", "schema:birthPlace", "Baden - Baden") in found, sorted(found)
    assert ("Pavel Orlov", "schema:deathPlace", "Kiev") in found


def test_another_brother_in_a_profile_is_its_subjects() -> None:
    text = "Tomas Lind is a Swedish skier. Another brother, Erik Lind, has competed in skiercross."
    assert ("Tomas Lind", "schema:sibling", "Erik Lind") in facts(text)
    # a news report's "another brother" is of someone the report does not define
    assert facts("Police said another brother, Erik Lind, was injured in the crash.") == set()


def test_a_school_team_a_player_played_for_is_the_players_school() -> None:
    found = triples(
        facts_of(
            "Tom Reyes (born 1982) is an American football player. After playing college "
            "football for Boise State University, he was drafted by the Denver Broncos."
        )
    )
    assert ("Tom Reyes", "schema:alumniOf", "Boise State University") in found
    # a professional team is no school
    assert ("Tom Reyes", "schema:alumniOf", "Denver Broncos") not in found


def test_who_graduated_after_a_preposition_is_the_clauses_subject() -> None:
    found = triples(
        facts_of(
            "Jim Steen (1920 - 1990) was an American basketball player. After graduating "
            "from Butler University, he played for the Toledo Jeeps."
        )
    )
    assert ("Jim Steen", "schema:alumniOf", "Butler University") in found


def test_a_conservatory_is_a_school_one_studies_at() -> None:
    found = triples(
        facts_of(
            "Marco Bellini (1930 - 2005) was an Italian composer. He studied composition at "
            "the Santa Cecilia Conservatory in Rome."
        )
    )
    assert ("Marco Bellini", "schema:alumniOf", "Santa Cecilia Conservatory") in found


def test_a_body_started_or_created_by_someone_was_founded_by_them() -> None:
    found = triples(
        facts_of(
            "Harbour Records is an independent record label based in Halifax, Canada, "
            "started by Julie Marr in 1995. The Ocean Fund was created by Tom Lee in 1960."
        )
    )
    assert ("Harbour Records", "schema:founder", "Julie Marr") in found
    assert ("Ocean Fund", "schema:founder", "Tom Lee") in found
    # in the active voice one starts a job, not a body
    found = triples(facts_of("Julie Marr started a new job at Harbour Records in 1995."))
    assert ("Harbour Records", "schema:founder", "Julie Marr") not in found


def test_two_siblings_of_one_person_are_siblings_of_each_other() -> None:
    found = triples(
        facts_of(
            "Marc Duval is a French skier. His sister Anne Duval is a biathlete. "
            "Another brother, Luc Duval, races in skicross."
        )
    )
    assert ("Marc Duval", "schema:sibling", "Anne Duval") in found, sorted(found)
    assert ("Marc Duval", "schema:sibling", "Luc Duval") in found
    assert ("Anne Duval", "schema:sibling", "Luc Duval") in found


def test_a_sibling_named_short_and_in_full_is_no_sibling_of_itself() -> None:
    found = triples(
        facts_of(
            "Marc Duval is a French skier. His sister Anne Duval is a biathlete. "
            "Duval's brother Luc Duval races in skicross. Anne Duval and her brother Marc "
            "Duval train together."
        )
    )
    assert not any(
        s.endswith("Duval") and o.endswith("Duval") and (s in o or o in s)
        for s, p, o in found
        if p == "schema:sibling"
    ), sorted(found)


def test_the_siblings_of_a_biographys_subject_named_by_surname_are_one_family() -> None:
    found = triples(
        facts_of(
            "Marc Duval is a French skier. Duval's siblings Anne Duval and Paul Duval are "
            "also skiers. Another brother, Luc Duval, races in skicross."
        )
    )
    assert ("Anne Duval", "schema:sibling", "Luc Duval") in found, sorted(found)
    assert ("Paul Duval", "schema:sibling", "Luc Duval") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ronald Pike is an American cellist. He won a prize while a student at the Juilliard "
        "School.",
        "Ronald Pike is an American cellist. As a student at the Juilliard School, he won a prize.",
        "Ronald Pike is an American cellist. He was a student at the Juilliard School in 1990.",
    ],
)
def test_who_was_a_student_at_a_school_studied_there(text: str) -> None:
    assert ("Ronald Pike", "schema:alumniOf", "Juilliard School") in triples(facts_of(text))


def test_a_student_someone_taught_is_not_the_teacher() -> None:
    text = "Ronald Pike is an American cellist. He taught a student at the Juilliard School."
    assert ("Ronald Pike", "schema:alumniOf", "Juilliard School") not in triples(facts_of(text))


def test_one_wife_noun_before_two_names_pairs_no_one() -> None:
    text = (
        "The two kings, Harald Berg and Olav Lund, each accompanied by his wife, Sonja Berg "
        "and Kari Lund, landed at Bodo."
    )
    assert not [t for t in triples(facts_of(text)) if t[1] == "schema:spouse"]
    found = triples(facts_of("Harald Berg, accompanied by his wife, Sonja Berg, landed."))
    assert ("Harald Berg", "schema:spouse", "Sonja Berg") in found


def test_a_marriage_to_someone_is_a_spouse() -> None:
    found = facts(
        "Tomas Wilk (1920 – 2001) was a Danish tenor remembered for his marriage to Greta Lind."
    )
    assert ("Tomas Wilk", "schema:spouse", "Greta Lind") in found
    assert not facts("Tomas Wilk opposed the marriage of his daughter to Karl Berg.")


def test_who_formed_a_company_founded_it() -> None:
    found = facts("In 1952 Tomas Wilk formed Norvia Records with two friends.")
    assert ("Norvia Records", "schema:founder", "Tomas Wilk") in found


def test_the_child_of_a_man_and_his_wife_has_both_for_parents() -> None:
    text = (
        "Karl Adler (born 1841) was a merchant. He was the third child of Meier Adler "
        "(1801 - 1870) and his wife Sarah Kahn (1803 - 1881)."
    )
    found = triples(facts_of(text))
    assert ("Karl Adler", "schema:parent", "Meier Adler") in found
    assert ("Karl Adler", "schema:parent", "Sarah Kahn") in found
    # "his wife" after "Meier Adler and" is Meier's, not the child's
    assert ("Meier Adler", "schema:spouse", "Sarah Kahn") in found
    assert ("Karl Adler", "schema:spouse", "Sarah Kahn") not in found


def test_a_relative_named_after_the_occupations_the_parser_ran_together() -> None:
    text = (
        "Vineet Rao (born 1984) is an Indian actor. "
        "Rao is son of the actor and screenwriter Srinivas Rao."
    )
    assert ("Rao", "schema:parent", "Srinivas Rao") in triples(facts_of(text))


def test_an_apposition_after_a_list_is_the_last_names_not_the_firsts() -> None:
    found = triples(
        facts_of(
            "On Tuesday the minister toured the plant with Serikbayev and Anna Wrobel, a "
            "chemist from Poland who heads quality control at Arman Pharma."
        )
    )
    assert ("Serikbayev", "tk:nationality", "Poland") not in found
    assert ("Anna Wrobel", "tk:nationality", "Poland") in found
    assert ("Serikbayev", "tk:worksFor", "Arman Pharma") not in found
    assert ("Anna Wrobel", "tk:worksFor", "Arman Pharma") in found


def test_a_second_apposition_after_a_role_and_a_name_is_the_persons() -> None:
    # the parser hangs both appositions on the role
    facts = facts_of(
        "Lumo's research director, Kittipong Srisai, a virologist from Thailand, said the "
        "trial would start."
    )
    assert ("Kittipong Srisai", "tk:nationality", "Thailand") in triples(facts)


def test_the_parents_named_after_their_nationality_and_occupations_are_the_parents() -> None:
    found = triples(
        facts_of(
            "Tomas Reyes (born 1977) is a Mexican actor. He is son of Mexican singer and "
            "actress Lupita Marin and the singer and actor Jorge Reyes."
        )
    )
    assert ("Tomas Reyes", "schema:parent", "Lupita Marin") in found
    assert ("Tomas Reyes", "schema:parent", "Jorge Reyes") in found


def test_a_name_in_a_clause_about_a_parent_is_not_the_parent() -> None:
    # guard: "who worked for" between the occupation and the name
    found = triples(
        facts_of(
            "Tomas Reyes (born 1977) is a Mexican actor. He is the son of a farmer who worked "
            "for Jorge Reyes."
        )
    )
    assert ("Tomas Reyes", "schema:parent", "Jorge Reyes") not in found


def test_a_native_of_a_town_was_born_there_in_a_profile_and_a_report() -> None:
    # "native": one born in a place (the dictionary's sense), in news as on reference pages
    native = "A native of Livilivi, Province of Potosí, Pachon won a disputed election."
    profile = "Gregor Pachon (1824 – 1899) was a Bolivian president. " + native
    assert ("Pachon", "schema:birthPlace", "Livilivi") in triples(facts_of(profile))
    report = "Gregor Pachon won on Sunday, officials said. " + native
    found = triples(facts_of(report, date(2024, 3, 6)))
    assert ("Pachon", "schema:birthPlace", "Livilivi") in found
    # (a country one is a native of is a nationality, no birthplace)
    found = triples(facts_of("Ana Ruiz, a native of Kenya, spoke on Sunday.", date(2024, 3, 6)))
    assert not any(p == "schema:birthPlace" for _, p, _ in found)


def test_married_to_an_occupation_and_a_name_is_a_marriage_to_that_person() -> None:
    found = triples(
        facts_of(
            "Anna Berg (born 1960) is a Swedish actress. She was married to actor Lars Holm "
            "from 1990 to 1995."
        )
    )
    assert ("Anna Berg", "schema:spouse", "Lars Holm") in found
    # an infinitive of purpose is no spouse's occupation
    found = triples(
        facts_of(
            "Anna Berg (born 1960) is a Swedish actress. She married to secure the support of "
            "her uncle Lars Holm."
        )
    )
    assert ("Anna Berg", "schema:spouse", "Lars Holm") not in found
