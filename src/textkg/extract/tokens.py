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
        "head",
        "idx",
        "is_punct",
        "is_space",
        "lemma",
        "like_num",
        "lower",
        "pos",
        "tag",
        "text",
        "ws",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text: list[str] = []
        self.lower: list[str] = []
        self.lemma: list[str] = []
        self.pos: list[str] = []
        self.tag: list[str] = []
        self.dep: list[str] = []
        self.head: list[int] = []
        self.idx: list[int] = []
        self.ws: list[str] = []
        self.is_punct: list[bool] = []
        self.is_space: list[bool] = []
        self.like_num: list[bool] = []
        self.ent_type: list[str] = []
        for token in doc:
            self.text.append(token.text)
            self.lower.append(token.lower_.translate(_APOSTROPHES))
            self.lemma.append(token.lemma_.lower())
            self.pos.append(token.pos_)
            self.tag.append(token.tag_)
            self.dep.append(token.dep_)
            self.head.append(token.head.i)
            self.idx.append(token.idx)
            self.ws.append(token.whitespace_)
            self.is_punct.append(token.is_punct)
            self.is_space.append(token.is_space)
            self.like_num.append(token.like_num)
            self.ent_type.append(token.ent_type_)

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

    def longest_match(self, words: frozenset[str], limit: int) -> list[int]:
        """For each token, the length of the longest entry of ``words`` starting there."""
        n_tokens = len(self.text)
        found = [0] * n_tokens
        for i in range(n_tokens):
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
        return found
