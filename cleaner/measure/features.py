"""Measures on one block of text, language-independent where possible.

Prose is told from boilerplate by shape: how many words, whether it ends like
a sentence, how many function words it carries, how many of its words are
capitalised like a headline. Scripts written without spaces (Chinese,
Japanese) are counted by characters, so the same thresholds hold for them.
"""

from __future__ import annotations

import re
import sys
from typing import Final

import regex

from cleaner.lang import (
    ANCHOR_MARK,
    STOPWORD_MARK,
    WORD_MARKS,
    anchored_phrase_hits,
    unspaced_phrase_hits,
)
from cleaner.lang.script import THAI, fold_width, lowered_key, words_of
from cleaner.lang.script import fold as fold_scripts

# Patterns without Unicode properties use the standard library's engine, which
# runs these simple scans several times faster than `regex`; they run on every
# line of every page.
# Han, kana and Hangul: one character carries roughly half a word.
_CJK: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A token of a script written without spaces: CJK, or Thai (whose "words" between
# spaces are clauses). Thai letters and marks: about four make a word.
_UNSPACED_TOKEN: Final = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_THAI_WORD_CHARS: Final = 4
# A Thai run of this many letters, between spaces, is a sentence (Thai ends a
# sentence with a space, not a stop).
_THAI_SENTENCE_CHARS: Final = 80
# CJK stops inside a line: each ends a sentence (no space follows them).
_CJK_STOPS: Final = re.compile("[。！？]")
# Sentence-final punctuation, allowing closing quotes and brackets after it.
_TERMINAL: Final = frozenset(".!?。！？؟।．۔॥")
# Lines longer than this many words are prose or junk, never a title or a label.
_LONG_LINE: Final = 40
# (and the directional marks right-to-left text may end with)
_CLOSERS: Final = "'\"”’»)]）」』\u200e\u200f\u061c\u202c\u2069"
_KANA_OR_ABOVE: Final = re.compile("[\u3040-\U0010ffff]")
_CAPITAL_START: Final = regex.compile(r"\b\p{Lu}")
_SENTENCE_END: Final = re.compile(r"[.!?。！？؟।۔॥](?:['\"”’»)\]]*)(?:\s|$)")
# Openings of statements and commands in common languages and shells. The
# standard library's engine: in ``regex`` the assignment branch backtracks in
# time quadratic in the line ("a -=x. . . . x!", a 64 KB line took 0.6 s).
_CODE_START: Final = re.compile(
    r"^(?:import \w|from [\w.]+ import |def \w+\(|class \w+[(:]|return\b|if .+:$|for .+ in .+:$"
    r"|while .+:$|try:$|except\b.*:$|else:$|elif .+:$|with .+:$|raise\b|print\(|#include\b"
    r"|(?:const|let|var) \w+ ?=|function \w*\(|public |private |fn \w+\(|func \w+\(|package \w"
    r"|select .+ from |\$ \S|> \S"
    r"|(?:sudo|pip3?|npm|npx|yarn|git|cd|ls|cat|echo|curl|wget|apt(?:-get)?"
    r"|brew|docker|kubectl|python3?|make|cargo|go|mkdir|rm|cp|mv|chmod|export|ufw|systemctl)"
    r" [\w./-]"
    r"|[\w.\[\]]+ ?(?:[+*/-]?=) ?\S.*[^.!?]$|[})\]];?$|\w+\(.*\);?$)"
)
# Columns of aligned program output: runs of three or more spaces inside a line.
_COLUMN_GAP: Final = re.compile(r"\S {3,}(?=\S)")
# Characters common in code and rare in prose.
_CODE_SYMBOLS: Final = re.compile(r"[()={}\[\];<>_/$]")
_CODE_SYMBOL_BYTES: Final = b"()={}[];<>_/$"
# Tags of the elements page source is made of: a line holding two of them is
# markup shown as text (a "republish this story" box with the article's HTML).
_MARKUP_TAG: Final = re.compile(
    r"</?(?:p|div|span|a|h[1-6]|img|br|strong|em|b|i|li|ul|ol|script|iframe|figure|section"
    r"|article|table|tr|td|meta|link|style)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_CODE_WORDS: Final = 20
_DIGIT: Final = re.compile(r"\d")
_BULLET_START: Final = frozenset("-*•·▪►‣◦–—0123456789abcdefghijklmnopqrstuvwxyz")
_BULLET: Final = re.compile(r"^\s*(?:[-*•·▪►‣◦–—]|\d{1,3}[.)]|[a-z][.)])\s+\S")


# The fields of :class:`Features`, in order.
_FIELDS: Final = (
    "chars",
    "words",
    "stopword_ratio",
    "terminal",
    "ellipsis",
    "sentences",
    "title_ratio",
    "cjk",
    "bullet",
    "code",
    "markup",
    "digits",
    "tokens",
    "lower",
    "key",
    "hits",
    "head",
    "marks",
    "unspaced",
)


class Features:
    """What the rules and the locator know about a block's text.

    A plain class with slots rather than a named tuple or a frozen dataclass: one
    is built for every line of every page and read many times by every rule, and
    the compiled build turns it into a C type whose fields it reads directly
    (numbers and flags unboxed) and whose constructor sets them without an
    argument tuple. Treat it as immutable; two are equal when their fields are.
    """

    __slots__ = _FIELDS

    chars: int
    words: int
    stopword_ratio: float
    terminal: bool
    ellipsis: bool
    #: sentence ends in the line: counted for long lines that do not end with
    #: one (1 for a line that does, 0 otherwise), which is all ``is_prose`` needs
    sentences: int
    title_ratio: float
    #: characters of scripts written without spaces, counted in half-words: a Han,
    #: kana or Hangul character is one, a Thai letter or mark half of one
    cjk: int
    bullet: bool
    #: looks like a line of source code or a shell command
    code: bool
    #: holds HTML markup (two tags or more): page source shown as text, never prose
    markup: bool
    digits: bool
    #: the words, lower-cased, punctuation dropped (``lang.words_of``)
    tokens: tuple[str, ...]
    lower: str
    #: the line lower-cased, without surrounding punctuation (see ``line_key``);
    #: empty for lines of more than ``_LONG_LINE`` words
    key: str
    #: phrase families found in the line (``lang.PHRASE_FAMILIES``), each with its phrase
    hits: dict[str, str]
    #: the line's first word when the line opens with it and it is all letters,
    #: else "": what an anchored pattern's matches must open with (``may_open``)
    head: str
    #: the marks of the vocabularies its tokens belong to (``lang.word_mark``)
    marks: int
    #: mostly written in scripts without spaces between words (CJK, Thai)
    unspaced: bool

    def __init__(
        self,
        chars: int,
        words: int,
        stopword_ratio: float,
        terminal: bool,
        ellipsis: bool,
        sentences: int,
        title_ratio: float,
        cjk: int,
        bullet: bool,
        code: bool,
        markup: bool,
        digits: bool,
        tokens: tuple[str, ...],
        lower: str,
        key: str,
        hits: dict[str, str],
        head: str,
        marks: int,
        unspaced: bool,
    ) -> None:
        self.chars = chars
        self.words = words
        self.stopword_ratio = stopword_ratio
        self.terminal = terminal
        self.ellipsis = ellipsis
        self.sentences = sentences
        self.title_ratio = title_ratio
        self.cjk = cjk
        self.bullet = bullet
        self.code = code
        self.markup = markup
        self.digits = digits
        self.tokens = tokens
        self.lower = lower
        self.key = key
        self.hits = hits
        self.head = head
        self.marks = marks
        self.unspaced = unspaced

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Features):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # equal by value, and mutable fields

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(_FIELDS, self._values(), strict=True)
        )
        return f"Features({fields})"

    @property
    def is_cjk(self) -> bool:
        """Mostly written without spaces between words (CJK, Thai)."""
        return self.unspaced


def measure(text: str, *, interned: bool = False) -> Features:
    """Measure a block of text; with ``interned``, its words are interned strings.

    >>> f = measure("Nobody was hurt in the fire, officials said.")
    >>> (f.words, f.terminal, f.sentences, round(f.stopword_ratio, 2))
    (8, True, 1, 0.38)
    >>> measure("東京で新しい図書館が開館しました。").words
    8
    """
    return _measure(text, interned, True)


def _measure(text: str, interned: bool, fold: bool) -> Features:
    """:func:`measure`; without ``fold``, a line outside ASCII is measured by the
    patterns even when its ASCII form would do (the tests compare the two)."""
    stripped = text.strip()
    lower = stripped.lower()
    if not stripped.isascii():
        # "ΣΧΟΛΙΑ" is "σχόλια", "İLGİLİ" is "ilgili"; Arabic, Persian and Hebrew read
        # without vowel marks, letter variants and directional marks, their digits as
        # digits (lang.script.fold).
        lower = fold_scripts(lower)
    # A line whose only non-ASCII characters are typographic separators ("don’t",
    # "2019–2020") measures as its ASCII form, where each is a space.
    folded = stripped if stripped.isascii() or not fold else _fold_typography(stripped)
    ascii_only = folded.isascii()
    if ascii_only:
        # Byte tables do in one C pass what the patterns do character by
        # character: nine lines in ten are ASCII, and this runs on every one.
        raw = folded.encode()
        tokens = raw.translate(_ASCII_WORD_TABLE).decode().split()
        classes = raw.translate(_ASCII_CLASS_TABLE)
        cjk = 0
    thai = 0
    if not ascii_only:
        raw = classes = b""
        # Han, kana and Hangul all sit above U+3040: one scan of the standard
        # engine tells (max() would make a string of every character), and the
        # count starts where it found the first such character.
        high = _KANA_OR_ABOVE.search(stripped)
        if high:
            # Full-width Latin, digits and punctuation (above U+3040 too) read as
            # ASCII ("ＱＱ空间").
            lower = fold_width(lower)
        tokens = words_of(lower)
        cjk = len(_CJK.findall(stripped, high.start())) if high else 0
        thai = len(THAI.findall(stripped))
    han = cjk
    unspaced_chars = cjk + thai
    unspaced = unspaced_chars * 2 >= len(stripped) > 0
    cjk += thai // (_THAI_WORD_CHARS // 2)
    spaced = [t for t in tokens if not _UNSPACED_TOKEN.match(t)] if unspaced_chars else tokens
    # Each word is looked up once for every vocabulary (``lang.word_mark``);
    # function words are counted among the words written with spaces.
    stopwords, marks = _marked(spaced)
    if unspaced_chars:
        marks = _marked(tokens)[1]
    tail = stripped.rstrip(_CLOSERS)
    ellipsis = tail.endswith(("…", "..."))
    terminal = not ellipsis and tail[-1:] in _TERMINAL and tail != ""
    words = len(spaced) + cjk // 2
    markup = "<" in stripped and len(_MARKUP_TAG.findall(stripped)) >= 2
    if not terminal and len(spaced) > 6:
        sentences = len(_SENTENCE_END.findall(stripped))
    else:
        sentences = int(terminal)
    if unspaced and not terminal:
        # CJK stops end sentences inside the line; Thai ends them with a space,
        # and a long run of Thai is a sentence of its own.
        sentences += len(_CJK_STOPS.findall(stripped)) if han > thai else 0
        if thai:
            runs = [len(t) for t in tokens if THAI.match(t)]
            sentences += max(0, len(runs) - 1) + sum(n >= _THAI_SENTENCE_CHARS for n in runs)
    hits = anchored_phrase_hits(tokens) if marks & ANCHOR_MARK else _NO_HITS
    if unspaced_chars:
        hits = unspaced_phrase_hits(tokens, hits)
    if not spaced or words > _LONG_LINE:
        # Headlines are short: the capitals of long lines are never looked at.
        title_ratio = 0.0
    elif ascii_only:
        # A capital after a non-word character (or at the start) is what \b[A-Z] finds.
        title_ratio = (classes.count(b" A") + classes.startswith(b"A")) / len(spaced)
    else:
        title_ratio = len(_CAPITAL_START.findall(stripped)) / len(spaced)
    return Features(
        chars=len(stripped),
        words=words,
        stopword_ratio=stopwords / len(spaced) if spaced else 0.0,
        terminal=terminal,
        ellipsis=ellipsis,
        sentences=sentences,
        title_ratio=title_ratio,
        cjk=cjk,
        bullet=stripped[:1] in _BULLET_START and bool(_BULLET.match(stripped)),
        code=markup or _looks_like_code(text, stripped, words, raw if ascii_only else None),
        markup=markup,
        # ``b"d" in classes`` would first try the operand as an integer, raising
        # and clearing a TypeError on every line.
        digits=classes.find(b"d") >= 0 if ascii_only else _DIGIT.search(stripped) is not None,
        # A long page repeats its words, and each copy would cost a string; on
        # other pages interning would cost a fifth of the measuring.
        tokens=tuple(map(sys.intern, tokens)) if interned else tuple(tokens),
        lower=lower,
        # Whole-line vocabularies only ever match short lines.
        key=lowered_key(lower) if words <= _LONG_LINE else "",
        hits=hits,
        # A line that opens with a letter opens with its first token, and so do
        # its lower-cased text and its key.
        head=tokens[0] if tokens and lower[:1].isalpha() and tokens[0].isalpha() else "",
        marks=marks,
        unspaced=unspaced,
    )


# Punctuation outside ASCII that separates words (``lang.words_of``), is no
# word character, digit or capital to either regular-expression engine, and is
# not CJK: in its place a space changes no measure. Most frequent first.
TYPOGRAPHIC_SEPARATORS: Final = "’–—”“…‘©®•·™€£»«"


def _fold_typography(text: str) -> str:
    """``text`` with each :data:`TYPOGRAPHIC_SEPARATORS` character a space, as far
    as that takes it to ASCII: the caller tells by ``isascii()``.

    >>> _fold_typography("don’t — «stop»")
    'don t    stop '
    """
    for mark in TYPOGRAPHIC_SEPARATORS:
        if mark in text:
            text = text.replace(mark, " ")
            if text.isascii():
                break
    return text


def _marked(words: list[str]) -> tuple[int, int]:
    """How many of ``words`` are function words, and the union of their marks
    (one lookup a word, in a loop the compiled build runs in C).

    >>> count, marks = _marked(["the", "river", "rose", "in", "the", "night"])
    >>> count, marks & STOPWORD_MARK == STOPWORD_MARK
    (3, True)
    """
    count = 0
    marks = 0
    for word in words:
        mark = WORD_MARKS.get(word, 0)
        if mark:
            marks |= mark
            if mark & STOPWORD_MARK:
                count += 1
    return count, marks


def may_open(features: Features, words: frozenset[str] | None) -> bool:
    """Whether the line may open with one of ``words`` (``openings.opening_words``):
    False only when its first word is known and is none of them.

    >>> may_open(measure("Read also: the budget"), frozenset({"read", "related"}))
    True
    >>> may_open(measure("Budget approved"), frozenset({"read", "related"}))
    False
    >>> may_open(measure("» Budget approved"), frozenset({"read", "related"}))
    True
    """
    if words is None:
        return True
    head = features.head
    return not head or head in words


# The hits of a line holding no phrase's anchor, most lines: one dict for them
# all, which nothing writes to.
_NO_HITS: Final[dict[str, str]] = {}


def _ascii_tables() -> tuple[bytes, bytes]:
    """Byte tables for ASCII lines: words, and character classes.

    The word table lower-cases and turns every separator of
    :func:`cleaner.lang.words_of` into a space, so that splitting gives
    the same words. The class table maps capitals to ``A``, digits to ``d``,
    the other word characters (``\\w``: letters, digits, underscore) to ``x``
    and everything else to a space.
    """
    words = bytearray(range(256))
    classes = bytearray(b" " * 256)
    for code in range(128):
        char = chr(code)
        if words_of(char.lower()) != [char.lower()] and char.strip():
            words[code] = ord(" ")
        elif char.isupper():
            words[code] = ord(char.lower())
        if char.isupper():
            classes[code] = ord("A")
        elif char.isdigit():
            classes[code] = ord("d")
        elif char.isalnum() or char == "_":
            classes[code] = ord("x")
    return bytes(words), bytes(classes)


_ASCII_TABLES: Final = _ascii_tables()
_ASCII_WORD_TABLE: Final = _ASCII_TABLES[0]
_ASCII_CLASS_TABLE: Final = _ASCII_TABLES[1]


# Pages of at least this many characters of text intern the words of their lines:
# a long page repeats its words, and one string per word keeps its memory down.
INTERN_FROM_CHARS: Final = 200_000


def measure_once(text: str, measured: dict[str, Features], *, interned: bool = False) -> Features:
    """:func:`measure`, for a text ``measured`` (one page's cache) has not seen yet.

    Menus and footers repeat their entries within a page: each distinct text is measured once.
    """
    features = measured.get(text)
    if features is None:
        features = measured[text] = measure(text, interned=interned)
    return features


def _looks_like_code(text: str, stripped: str, words: int = 0, raw: bytes | None = None) -> bool:
    """Indented four or more, or shaped like a statement or a shell command.

    >>> _looks_like_code("    return response", "return response")
    True
    >>> _looks_like_code("pip install requests", "pip install requests")
    True
    >>> _looks_like_code("The river rose (again) today.", "The river rose (again) today.")
    False
    """
    if not stripped:
        return False
    if text.startswith(("    ", "\t")):
        return True
    # Code lines are short and do not end like a sentence: most lines stop here.
    if words > _CODE_WORDS or stripped.endswith((".", "!", "?", "…")):
        return False
    # ``raw``: the line's ASCII form (see ``measure``), whose symbols one deletion counts.
    symbols = (
        len(_CODE_SYMBOLS.findall(stripped))
        if raw is None
        else len(raw) - len(raw.translate(None, _CODE_SYMBOL_BYTES))
    )
    # A line that starts with a capital and holds none of "=()[]{}" (all among
    # the symbols) matches no statement opening: menus and headings stop here.
    if (symbols or not stripped[0].isupper()) and _CODE_START.match(stripped):
        return True
    if "   " in stripped and len(_COLUMN_GAP.findall(stripped)) >= 2:
        return True
    return symbols >= 3 and symbols * 12 >= len(stripped)


def is_prose(features: Features, min_words: int) -> bool:
    """Reads like running text: long enough, ends like a sentence, has function words.

    >>> is_prose(measure("The council approved the budget on Tuesday after a long debate."), 10)
    True
    >>> is_prose(measure("Council Approves Budget After Long Debate On Tuesday In Town Hall"), 10)
    False
    """
    if features.ellipsis or features.markup:
        return False
    # Most lines hold no CJK character at all: an int test before the property call.
    if features.cjk and features.is_cjk:
        return features.cjk >= 2 * min_words and (features.terminal or features.sentences >= 1)
    if features.words < min_words or not (features.terminal or features.sentences >= 2):
        return False
    # Languages without listed function words still pass when long enough.
    return features.stopword_ratio >= 0.08 or features.words >= 2 * min_words


def is_running_text(features: Features, min_words: int, max_capitals: float) -> bool:
    """Reads like a sentence that lost its full stop: long enough, in sentence case
    (under ``max_capitals`` of its words capitalised), one word in five a function word.

    A line cut off with an ellipsis may be running text too: the last paragraph
    a paywall lets through, or a teaser's snippet; callers tell them apart.

    >>> is_running_text(measure("Book the venue and compare the offers of three caterers"), 10, 0.3)
    True
    >>> is_running_text(measure("Book The Venue And Compare The Offers Of Three Caterers"), 10, 0.3)
    False
    """
    return (
        features.words >= min_words
        and features.title_ratio < max_capitals
        and features.stopword_ratio >= _RUNNING_STOPWORDS
    )


_RUNNING_STOPWORDS: Final = 0.2


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
