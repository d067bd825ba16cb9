"""Plain-Python views of a parsed document's token attributes, read once.

Every ``doc[i]`` makes a new spaCy Token object; the rules look at tokens many times, so
they read these lists instead and create Token objects only where they walk the parse.
This keeps extraction a small fraction of the parse time.
"""

from __future__ import annotations

from spacy.tokens import Doc

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class TokenTable:
    __slots__ = (
        "dep",
        "doc",
        "ent_type",
        "ents",
        "head",
        "idx",
        "is_punct",
        "is_space",
        "lemma",
        "like_num",
        "lower",
        "matches",
        "pos",
        "sent_start",
        "source",
        "tag",
        "text",
        "ws",
    )

    def __init__(self, doc: Doc, source: str | None = None) -> None:
        self.doc = doc
        #: the document's text, read once (spaCy rebuilds ``doc.text`` on every access)
        self.source = doc.text if source is None else source
        strings = doc.vocab.strings
        names: dict[int, str] = {}

        def decode(column: list[int]) -> list[str]:
            out = []
            for key in column:
                value = names.get(key)
                if value is None:
                    value = names[key] = strings[key] if key else ""
                out.append(value)
            return out

        columns = (
            doc.to_array(
                [
                    "ORTH",
                    "LOWER",
                    "LEMMA",
                    "POS",
                    "TAG",
                    "DEP",
                    "HEAD",
                    "IDX",
                    "SPACY",
                    "IS_PUNCT",
                    "IS_SPACE",
                    "LIKE_NUM",
                    "ENT_TYPE",
                    "SENT_START",
                ]
            ).T.tolist()
            if len(doc)
            else [[] for _ in range(14)]
        )
        (orth, lower, lemma, pos, tag, dep, head, idx, spacy, punct, space, num, ent, starts) = (
            columns
        )
        self.text: list[str] = decode(orth)
        self.lower: list[str] = [w.translate(_APOSTROPHES) for w in decode(lower)]
        self.lemma: list[str] = [w.lower() for w in decode(lemma)]
        self.pos: list[str] = decode(pos)
        self.tag: list[str] = decode(tag)
        self.dep: list[str] = decode(dep)
        # HEAD is stored relative to the token (and as an unsigned number)
        self.head: list[int] = [i + (h if h < 2**63 else h - 2**64) for i, h in enumerate(head)]
        self.idx: list[int] = list(idx)
        self.ws: list[str] = [" " if flag else "" for flag in spacy]
        self.is_punct: list[bool] = [bool(f) for f in punct]
        self.is_space: list[bool] = [bool(f) for f in space]
        self.like_num: list[bool] = [bool(f) for f in num]
        self.ent_type: list[str] = decode(ent)
        #: 1 where the parser starts a sentence
        self.sent_start: list[int] = [1 if flag == 1 else 0 for flag in starts]
        #: the named-entity spans, read once (``doc.ents`` is rebuilt on every access)
        self.ents = list(doc.ents)
        self.matches: dict[tuple[frozenset[str], int], list[int]] = {}

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        return self.idx[i] + len(self.text[i])

    def span_lower(self, start: int, end: int) -> str:
        """The lower-cased text of tokens [start, end) as written (apostrophes plain)."""
        parts = []
        for i in range(start, end):
            parts.append(self.lower[i])
            if i < end - 1:
                parts.append(self.ws[i])
        return "".join(parts)

    def title_match(
        self, words: frozenset[str], lowercase: frozenset[str], limit: int
    ) -> list[int]:
        """:meth:`longest_match` of titles, those in ``lowercase`` only where so written."""
        found = self.longest_match(words, limit)
        return [
            0 if n and self.lower[i] in lowercase and not self.text[i].islower() else n
            for i, n in enumerate(found)
        ]

    def longest_match(self, words: frozenset[str], limit: int) -> list[int]:
        """For each token, the length of the longest entry of ``words`` starting there."""
        cached = self.matches.get((words, limit))
        if cached is not None:
            return cached
        n_tokens = len(self.text)
        found = [0] * n_tokens
        firsts = {w.split(" ")[0].split("-")[0] for w in words}
        for i in range(n_tokens):
            if self.lower[i] not in firsts:
                continue
            text = ""
            for n in range(1, limit + 2):
                j = i + n - 1
                if j >= n_tokens:
                    break
                if n > 1:
                    gap = self.ws[j - 1]
                    if "\n" in gap or "\n" in self.text[j]:
                        break
                    text += gap
                text += self.lower[j]
                if text in words:
                    found[i] = n
        self.matches[(words, limit)] = found
        return found
