"""The matching engine: the structures that let a line be tested against every
vocabulary at once, built from the assembled vocabularies by pure functions.

- :class:`PhraseIndex`: phrases found anywhere in a line, word by word, each
  indexed under its rarest word (its *anchor*), every family in one scan.
- :func:`word_marks`: a bit for each named vocabulary of single words; a line's
  ``Features.marks`` is the union of its words' bits, so a rule's "does the line
  hold one of these words?" is one ``&``.
- :class:`Marks` and :func:`holds_any`: a few substrings, any of which a line may hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from cleaner.lang.script import unspaced_phrase, words_of

__all__ = ["MAX_MARKS", "Marks", "PhraseIndex", "holds_any", "word_marks"]


def holds_any(text: str, parts: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``parts``: for a few parts, cheaper than a pattern.

    >>> holds_any("home / news", ("|", "/")), holds_any("home news", ("|", "/"))
    (True, False)
    """
    return any(part in text for part in parts)


class Marks:
    """A few strings, any of which a line may hold: on an ASCII line (``str.isascii()``
    is read off the string, and most lines are ASCII) a scan for each ASCII one, on
    the others one scan of a pattern of them all.

    >>> crumbs = Marks(">»›/|")
    >>> crumbs.found("Home / News"), crumbs.found("Accueil » Monde"), crumbs.found("Home")
    (True, True, False)
    """

    def __init__(self, parts: Sequence[str]) -> None:
        self.ascii = tuple(part for part in parts if part.isascii())
        self.pattern = re.compile("|".join(map(re.escape, parts)))

    def found(self, text: str) -> bool:
        if text.isascii():
            return holds_any(text, self.ascii)
        return self.pattern.search(text) is not None


# An entry of the phrase index: the phrase's words, where its anchor stands among
# them, its family and the phrase as listed.
_Entry = tuple[tuple[str, ...], int, str, str]


class PhraseIndex:
    """Phrases of several families (family -> phrases), found in a line's words.

    Phrases are matched word by word, each indexed under its longest word that is
    no function word (the rarest, roughly): one C-level set test tells that most
    lines hold none, and only the lines that hold an anchor are compared word by
    word. Punctuation between the words of a phrase is ignored ("e-mail" is "e mail").

    A phrase of a script written without spaces (Han, kana, Thai) is no run of
    words: it is found as a substring of the line's words joined by spaces
    (:meth:`unspaced_hits`), wherever it stands.

    >>> index = PhraseIndex({"consent": frozenset({"we use cookies"})}, frozenset({"we"}))
    >>> index.hits(words_of("hello. we use cookies!")), sorted(index.anchors)
    ({'consent': 'we use cookies'}, ['cookies'])
    """

    def __init__(
        self, families: Mapping[str, Iterable[str]], function_words: frozenset[str]
    ) -> None:
        self.order: dict[str, int] = {family: i for i, family in enumerate(families)}
        self.by_anchor: dict[str, list[_Entry]] = {}
        #: each unspaced phrase (its words joined, without the spaces or punctuation
        #: between them, which sites set or leave out: "使用 Cookie", "使用Cookie")
        #: -> its families and phrase
        self.unspaced: dict[str, list[tuple[str, str]]] = {}
        for family, phrases in families.items():
            for phrase in sorted(phrases):
                tokens = tuple(words_of(phrase))
                if unspaced_phrase(phrase):
                    self.unspaced.setdefault("".join(tokens), []).append((family, phrase))
                    continue
                at = max(
                    range(len(tokens)),
                    key=lambda i: (tokens[i] not in function_words, len(tokens[i]), i),
                )
                self.by_anchor.setdefault(tokens[at], []).append((tokens, at, family, phrase))
        #: every phrase's anchor: a line that holds none holds no phrase
        self.anchors: frozenset[str] = frozenset(self.by_anchor)
        # The unspaced phrases, longest first, each looked for at every position (a
        # lookahead: phrases may overlap). Their text is plain: no nested quantifier.
        self.unspaced_pattern: re.Pattern[str] | None = (
            re.compile(
                "(?=("
                + "|".join(map(re.escape, sorted(self.unspaced, key=lambda p: (-len(p), p))))
                + "))"
            )
            if self.unspaced
            else None
        )

    def hits(self, words: Sequence[str]) -> dict[str, str]:
        """Which families occur in a line's lower-cased words, each with its first phrase."""
        # Most lines hold no anchor: told without building a set.
        return {} if self.anchors.isdisjoint(words) else self.anchored_hits(words)

    def unspaced_hits(self, words: Sequence[str], hits: dict[str, str]) -> dict[str, str]:
        """``hits`` (the line's word hits) with the unspaced phrases its words hold.

        >>> index = PhraseIndex({"paywall": ["会员专享"], "consent": ["同意"]}, frozenset())
        >>> index.unspaced_hits(["本文为会员专享内容", "请先登录"], {})
        {'paywall': '会员专享'}
        """
        pattern = self.unspaced_pattern
        if pattern is None:
            return hits
        found = [match.group(1) for match in pattern.finditer("".join(words))]
        if not found:
            return hits
        merged = dict(hits)
        for text in found:
            for family, phrase in self.unspaced[text]:
                merged.setdefault(family, phrase)
        ranks = self.order
        return dict(sorted(merged.items(), key=lambda item: ranks[item[0]]))

    def anchored_hits(self, words: Sequence[str]) -> dict[str, str]:
        """:meth:`hits` of words known to hold an anchor (by the line's marks)."""
        # Each phrase found, at the position of its anchor and in its anchor's order:
        # a family's first phrase is the one found first along the line.
        found: list[tuple[int, int, str, str]] = []
        by_anchor = self.by_anchor
        for position, word in enumerate(words):
            entries = by_anchor.get(word)
            if entries is None:
                continue
            for order, (tokens, at, family, phrase) in enumerate(entries):
                start = position - at
                if (
                    start >= 0
                    and words[start] == tokens[0]
                    and tuple(words[start : start + len(tokens)]) == tokens
                ):
                    found.append((position, order, family, phrase))
        if not found:
            return {}
        hits: dict[str, str] = {}
        for _, _, family, phrase in sorted(found):
            hits.setdefault(family, phrase)
        ranks = self.order
        return dict(sorted(hits.items(), key=lambda item: ranks[item[0]]))


# Marks stay small integers, which the compiled build keeps unboxed.
MAX_MARKS: Final = 60


def word_marks(vocabularies: Mapping[str, Iterable[str]]) -> tuple[dict[str, int], dict[str, int]]:
    """A bit for each named vocabulary of single words (lower-cased, as ``words_of``
    gives them), in order: each word's bits, and each vocabulary's bit.

    Measuring a line looks each of its words up once in the first dict; the
    line's marks are the union of its words' bits, and a rule tests them with
    the bit of the vocabulary it asks about. A pure function of the
    vocabularies: nothing is registered anywhere.

    >>> words, bits = word_marks({"stopword": ["the", "a"], "share": ["share", "a"]})
    >>> words == {"the": 1, "a": 3, "share": 2}, bits
    (True, {'stopword': 1, 'share': 2})
    """
    if len(vocabularies) > MAX_MARKS:
        raise ValueError(f"no more than {MAX_MARKS} word marks")
    marks: dict[str, int] = {}
    bits: dict[str, int] = {}
    for number, (name, words) in enumerate(vocabularies.items()):
        bit = 1 << number
        bits[name] = bit
        for word in words:
            marks[word] = marks.get(word, 0) | bit
    return marks, bits
