"""Scripts: how a line is cut into words and keyed, whatever its language.

A line's *words* (:func:`words_of`) are its lower-cased runs between
separators; its *key* (:func:`line_key`) is the line lower-cased, its inner
whitespace folded, its edges trimmed of punctuation and icons, a typographic
apostrophe read as a plain one. The language packs' phrases are keyed the
same way, so a vocabulary lists a phrase once. The separators and edge
characters are those of the scripts the packs are written in (Latin, Cyrillic,
Greek, CJK, Arabic), listed here once.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = [
    "EDGE",
    "UNSPACED",
    "fold_width",
    "line_key",
    "lowered_key",
    "unspaced_phrase",
    "words_of",
]

# The punctuation a line key's edges drop, per script: a label's brackets, a
# header's colon, a bullet. CJK writes its own brackets and stops, full-width
# ("【関連記事】", "（続き）"), Arabic its own comma, semicolon and question mark
# ("اقرأ أيضاً،"): without them a header so printed keyed as itself, never as its
# phrase.
_LATIN_EDGE: Final = " \t\u00a0:;-–—|•·»«›‹>→←<*#()[]{}!¡?¿.,…\"'“”‘’„/\\=+~_^"
_CJK_EDGE: Final = "：；（）【】「」『』〔〕［］《》〈〉〖〗、。，！？・※〜｜"
# Thai: its old section marks and the abbreviation mark (Thai writes Latin
# punctuation otherwise, and a space between sentences).
_THAI_EDGE: Final = "๏๚๛ฯ"
_ARABIC_EDGE: Final = "،؛؟۔"
EDGE: Final = _LATIN_EDGE + _CJK_EDGE + _THAI_EDGE + _ARABIC_EDGE


def line_key(text: str) -> str:
    """Lower-case a line, fold inner whitespace, trim punctuation at its edges.

    >>> line_key("  » You May Also Like:  ")
    'you may also like'
    """
    lower = text.lower()
    return lowered_key(lower if lower.isascii() else fold_width(lower))


def lowered_key(lower: str) -> str:
    """:func:`line_key` of text that is lower-cased (and its width folded,
    :func:`fold_width`) already; a typographic apostrophe reads as a plain one, so
    that each vocabulary lists a phrase once.

    >>> lowered_key("don’t miss")
    "don't miss"
    """
    if "’" in lower:
        lower = lower.replace("’", "'")
    # Printable text holds no whitespace but the plain space: without two in a
    # row, folding the whitespace would change nothing the strip leaves.
    if "  " in lower or not lower.isprintable():
        lower = " ".join(lower.split())
    key = lower.strip(EDGE)
    if key and not (key[0].isascii() and key[-1].isascii()):
        # An icon at either end ("🚀 Sign up for the newsletter", "♥ Donate today ♥")
        # is decoration: symbols, and the joiners and selectors that build emoji.
        key = _strip_icons(key).strip(EDGE)
    return key


def _strip_icons(key: str) -> str:
    """``key`` without the symbols, joiners and spaces at its ends, a character at a
    time from each end (a pattern anchored at the end would be tried from every
    character of a long run of symbols)."""
    first, last = 0, len(key)
    while first < last and _is_icon(key[first]):
        first += 1
    while last > first and _is_icon(key[last - 1]):
        last -= 1
    return key[first:last]


def _is_icon(char: str) -> bool:
    return char.isspace() or char in "\ufe0f\u200d" or unicodedata.category(char) in ("So", "Sk")


# Punctuation that separates words. Replacing a character class of it with the
# standard library's engine is twice as fast as str.translate with a table and
# several times faster than a \w+ scan, and this runs on every line of every page.
_SEPARATORS: Final = re.compile(
    "["
    + re.escape(
        ",.;:!?\"'`()[]{}“”‘’‚„«»‹›—–-‐…/\\|•·*#@&+=<>%$€£¥©®™°^~_¡¿"
        # CJK: full-width stops and brackets (the full-width forms of ASCII are
        # folded first, fold_width), the middle dot, the reference mark
        "、，。！？：；（）「」『』【】〔〕［］《》〈〉〖〗・※"
        # Thai: the section marks
        "๏๚๛"
        # Arabic: comma, semicolon, question mark, full stop (Urdu)
        "،؛؟۔"
    )
    + "]"
)


def words_of(lower: str) -> list[str]:
    """The words of a lower-cased line, punctuation dropped.

    >>> words_of("e-mail us: don't wait!")
    ['e', 'mail', 'us', 'don', 't', 'wait']
    """
    return _SEPARATORS.sub(" ", lower).split()


# -- full-width forms -----------------------------------------------------------------

# CJK text sets Latin letters, digits and punctuation in full-width forms
# ("ＱＱ空间", "评论（３）", "Ｔｗｉｔｔｅｒ"), and the ideographic space between
# words: each reads as its ASCII form, so that a vocabulary lists it once.
_FULL_WIDTH: Final = re.compile("[\uff01-\uff5e\u3000]")
_WIDTH_TABLE: Final[dict[int, int]] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20


def fold_width(text: str) -> str:
    """``text`` with the full-width forms of ASCII (U+FF01-U+FF5E) and the ideographic
    space read as ASCII.

    >>> fold_width("ＱＱ空间　评论（３）")
    'QQ空间 评论(3)'
    """
    if _FULL_WIDTH.search(text) is None:
        return text
    return text.translate(_WIDTH_TABLE)


# -- scripts written without spaces -----------------------------------------------------

# Han, kana and Thai write words without spaces between them (Hangul puts spaces
# between words, as Latin does). A phrase of these scripts is found as a
# substring of a line, not as a run of its words, as datatrove's language-keyed
# word lists do for zh, ja and th.
UNSPACED: Final = re.compile(
    "[\u0e01-\u0e5b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002fa1f]"
)
# Thai letters and marks: a Thai word is about four of them.
THAI: Final = re.compile("[\u0e01-\u0e5b]")


def unspaced_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is written in a script without spaces (and so is found as
    a substring, not word by word).

    >>> unspaced_phrase("请登录后发表评论"), unspaced_phrase("ยอมรับคุกกี้"), unspaced_phrase("댓글")
    (True, True, False)
    """
    return UNSPACED.search(phrase) is not None
