"""The vocabulary is declared once (ontology/textkg.ttl) and every stage asks the registry."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from textkg.contents import is_relation
from textkg.namespaces import REL, TK
from textkg.records import EntityType
from textkg.vocabulary import ontology_graph, vocabulary

PERSON, ORG = EntityType.PERSON, EntityType.ORGANIZATION
COUNTRY, CITY = EntityType.COUNTRY, EntityType.CITY


def test_tk_is_closed_and_matches_the_ontology() -> None:
    declared = {
        str(s).removeprefix(str(TK))
        for s in ontology_graph().subjects()
        if isinstance(s, URIRef) and str(s).startswith(str(TK)) and str(s) != str(TK)
    }
    assert declared == set(TK.__annotations__)
    with pytest.raises(AttributeError):
        _ = TK.leaderof  # a typo is an error, not a new term


def test_typed_relations_come_from_the_ontology() -> None:
    vocab = vocabulary()
    typed = {r.iri for r in vocab}
    assert typed == set(ontology_graph().subjects(RDF.type, TK.TypedRelation))
    assert {TK.leaderOf, TK.metWith, TK.nationality} <= typed
    assert vocab.symmetric == {TK.metWith, TK.cooperatesWith, SDO.spouse, SDO.sibling}
    assert vocab.relation(TK.leaderOf).label == "leader of"


def test_domain_and_range_follow_the_class_hierarchy() -> None:
    vocab = vocabulary()
    assert vocab.allows(TK.leaderOf, PERSON, ORG)
    assert vocab.allows(TK.leaderOf, PERSON, COUNTRY)  # Place covers its subclasses
    assert not vocab.allows(TK.leaderOf, ORG, ORG)
    assert vocab.allows(TK.nationality, PERSON, COUNTRY)
    assert not vocab.allows(TK.nationality, PERSON, CITY)  # range schema:Country only
    assert vocab.allows(TK.metWith, ORG, PERSON)  # tk:Agent is a person or an organisation
    assert vocab.allows(REL["sign"], ORG, ORG)
    assert not vocab.allows(REL["sign"], ORG, EntityType.EVENT)
    assert vocab.allows(SDO.birthPlace, PERSON, CITY)
    assert vocab.allows(SDO.founder, ORG, PERSON)
    assert not vocab.allows(SDO.founder, PERSON, ORG)  # the organisation is the subject
    assert not vocab.allows(SDO.alumniOf, PERSON, CITY)


def test_data_files_name_only_declared_predicates() -> None:
    vocab = vocabulary()
    assert vocab.predicate("tk:partOf") == TK.partOf
    assert vocab.predicate("rel:acquire") == REL["acquire"]
    with pytest.raises(ValueError, match="tk:ate"):
        vocab.predicate("tk:ate")


def test_relations_in_a_graph_are_typed_or_open() -> None:
    assert is_relation(TK.visited) and is_relation(REL["sign"])
    assert not is_relation(TK.participant) and not is_relation(TK.evidence)


def test_dates_are_typed_attributes_of_people_and_organisations() -> None:
    vocab = vocabulary()
    assert [a.curie for a in vocab.attributes] == [
        "schema:birthDate",
        "schema:deathDate",
        "schema:foundingDate",
    ]
    assert vocab.allows_attribute(SDO.birthDate, EntityType.PERSON)
    assert not vocab.allows_attribute(SDO.birthDate, EntityType.ORGANIZATION)
    assert vocab.allows_attribute(SDO.foundingDate, EntityType.ORGANIZATION)
    assert not vocab.is_relation(SDO.birthDate) and vocab.is_attribute(SDO.deathDate)
