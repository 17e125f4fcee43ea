"""Measures on one block of text, language-independent where possible.

Prose is told from boilerplate by shape: how many words, whether it ends like
a sentence, how many function words it carries, how many of its words are
capitalised like a headline. Scripts written without spaces (Chinese,
Japanese) are counted by characters, so the same thresholds hold for them.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from cleaner.patterns import STOPWORDS, line_key, phrase_hits

_TOKEN = regex.compile(r"\w+")
# Han, kana and Hangul: one character carries roughly half a word.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Sentence-final punctuation, allowing closing quotes and brackets after it.
_TERMINAL = frozenset(".!?。！？؟।")
_CLOSERS = "'\"”’»)]）」』"
_SENTENCE_END = regex.compile(r"[.!?。！？؟](?:['\"”’»)\]]*)(?:\s|$)")
_BULLET = regex.compile(r"^\s*(?:[-*•·▪►‣◦–—]|\d{1,3}[.)]|[a-z][.)])\s+\S")


@dataclass(frozen=True, slots=True)
class Features:
    """What the rules and the locator know about a block's text."""

    chars: int
    words: int
    stopword_ratio: float
    terminal: bool
    ellipsis: bool
    sentences: int
    title_ratio: float
    cjk: int
    bullet: bool
    lower: str
    #: the line lower-cased, without surrounding punctuation (see ``line_key``)
    key: str
    #: phrase families found in the line (``patterns.PHRASE_FAMILIES``), each with its phrase
    hits: dict[str, str]

    @property
    def is_cjk(self) -> bool:
        """Mostly written without spaces between words."""
        return self.cjk * 2 >= self.chars > 0


def measure(text: str) -> Features:
    """Measure a block of text.

    >>> f = measure("Nobody was hurt in the fire, officials said.")
    >>> (f.words, f.terminal, f.sentences, round(f.stopword_ratio, 2))
    (8, True, 1, 0.25)
    >>> measure("東京で新しい図書館が開館しました。").words
    8
    """
    stripped = text.strip()
    lower = stripped.lower()
    tokens = _TOKEN.findall(stripped)
    cjk = 0 if stripped.isascii() else len(_CJK.findall(stripped))
    all_lowered = [t.lower() for t in tokens]
    lowered = [t for t in all_lowered if not _CJK.search(t)] if cjk else all_lowered
    words = len(lowered) + cjk // 2
    stop = sum(1 for t in lowered if t in STOPWORDS)
    alpha = [t for t in tokens if t[0].isalpha() and (not cjk or not _CJK.match(t))]
    upper = sum(1 for t in alpha if t[0].isupper())
    tail = stripped.rstrip(_CLOSERS)
    ellipsis = tail.endswith(("…", "..."))
    return Features(
        chars=len(stripped),
        words=words,
        stopword_ratio=stop / len(lowered) if lowered else 0.0,
        terminal=not ellipsis and tail[-1:] in _TERMINAL and tail != "",
        ellipsis=ellipsis,
        sentences=len(_SENTENCE_END.findall(stripped)),
        title_ratio=upper / len(alpha) if alpha else 0.0,
        cjk=cjk,
        bullet=bool(_BULLET.match(stripped)),
        lower=lower,
        key=line_key(lower),
        hits=phrase_hits(all_lowered),
    )


def is_prose(features: Features, min_words: int) -> bool:
    """Reads like running text: long enough, ends like a sentence, has function words.

    >>> is_prose(measure("The council approved the budget on Tuesday after a long debate."), 10)
    True
    >>> is_prose(measure("Council Approves Budget After Long Debate On Tuesday Night In Town Hall"), 10)
    False
    """
    if features.ellipsis:
        return False
    if features.is_cjk:
        return features.cjk >= 2 * min_words and (features.terminal or features.sentences >= 1)
    if features.words < min_words or not (features.terminal or features.sentences >= 2):
        return False
    # Languages without listed function words still pass when long enough.
    return features.stopword_ratio >= 0.08 or features.words >= 2 * min_words


def is_headline(features: Features) -> bool:
    """Shaped like a title: several words, no sentence end, mostly capitalised or short.

    >>> is_headline(measure("Council Approves Budget After Long Debate"))
    True
    >>> is_headline(measure("The council approved the budget."))
    False
    """
    if features.terminal or features.words < 3:
        return False
    return features.title_ratio >= 0.6 or features.words <= 25
