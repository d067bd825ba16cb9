"""A person's home place, said with a possessive: "his hometown of Tartu", "her Kaunas home",
"from his home in Plovdiv", "campaigned in his native Ohio". The possessor lives there (as
"an Ohio native" or "a Tartu resident" says in apposition); a company's "home" is its seat
(see headquarters-in), so only people are read here."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from textkg.extract.candidates import Candidate, Findings, RelationCandidate
from textkg.extract.document import PERSON, PLACE, DocView
from textkg.extract.mentions import Ment
from textkg.extract.registry import rule
from textkg.extract.syntax import children, pobjs
from textkg.namespaces import TK


@rule("home-of")
def home_of(doc: DocView, found: Findings) -> Iterator[Candidate]:
    """ "his hometown of X", "her X home", "his native X": the possessor, named in the
    sentence, lives in X."""
    words = doc.lex.biography
    for span in doc.sentences:
        for i in range(span.start_token, span.end_token):
            token = doc.doc[i]
            lemma = token.lemma_.lower()
            if lemma in words.home_nouns and token.pos_ in ("NOUN", "PROPN"):
                places = _places_of_home(doc, token)
            elif token.lower_ in words.native_words and token.dep_ == "amod":
                # "his native Ohio": the place is the word the adjective qualifies
                token = token.head
                places = [m for m in doc.referents(token, conjuncts=False) if _place(m)]
            else:
                continue
            # (whose "his" it is, read only in a sentence that names them: a list of
            # headlines, "- X found dead at his home in Y", is no one's prose)
            named = {m.name for m in doc.sentence_mentions(span.index)}
            for person in _possessors(doc, token):
                if person.name not in named:
                    continue
                for place in places:
                    yield RelationCandidate(person, TK.residesIn, place, span.index, "home-of")


def _places_of_home(doc: DocView, noun: Token) -> list[Ment]:
    """The place a home noun names: "hometown of X", "home in X", "X home" (the name right
    before it, whatever the parser made of it)."""
    named = [m for t in pobjs(noun, ("of", "in")) for m in doc.referents(t, conjuncts=False)]
    before = doc.mention_ending(noun.i)
    return [m for m in [*named, before] if m is not None and _place(m)]


def _possessors(doc: DocView, noun: Token) -> list[Ment]:
    """The people a possessive before the noun stands for ("his", "Mara Lind's"), also
    before a name that qualifies it ("his Debrecen home", which the parser may hang on the
    name)."""
    words = [noun]
    before = doc.mention_ending(noun.i)
    if before is not None and _place(before):
        words += [doc.doc[k] for k in range(before.start, before.end)]
    return [
        m for w in words for c in children(w, "poss") for m in doc.referents(c) if m.etype is PERSON
    ]


def _place(ment: Ment) -> bool:
    return ment.etype.kind is PLACE
