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

__all__ = ["EDGE", "fold_letters", "line_key", "lowered_key", "words_of"]

# The punctuation a line key's edges drop, per script: a label's brackets, a
# header's colon, a bullet. CJK writes its own brackets and stops, full-width
# ("【関連記事】", "（続き）"), Arabic its own comma, semicolon and question mark
# ("اقرأ أيضاً،"): without them a header so printed keyed as itself, never as its
# phrase.
_LATIN_EDGE: Final = " \t\u00a0:;-–—|•·»«›‹>→←<*#()[]{}!¡?¿.,…\"'“”‘’„/\\=+~_^"
_CJK_EDGE: Final = "：；（）【】「」『』〔〕［］《》〈〉〖〗、。，！？・"
_ARABIC_EDGE: Final = "،؛؟۔"
EDGE: Final = _LATIN_EDGE + _CJK_EDGE + _ARABIC_EDGE


def line_key(text: str) -> str:
    """Lower-case a line, fold inner whitespace, trim punctuation at its edges.

    >>> line_key("  » You May Also Like:  ")
    'you may also like'
    """
    return lowered_key(text.lower())


def lowered_key(lower: str) -> str:
    """:func:`line_key` of text that is lower-cased already; a typographic apostrophe
    reads as a plain one, so that each vocabulary lists a phrase once.

    >>> lowered_key("don’t miss")
    "don't miss"
    """
    if "’" in lower:
        lower = lower.replace("’", "'")
    if not lower.isascii():
        lower = fold_letters(lower)
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
        # CJK: full-width stops and brackets
        "、，。！？：；（）「」『』【】〔〕［］《》〈〉〖〗"
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
    if not lower.isascii():
        lower = fold_letters(lower)
    return _SEPARATORS.sub(" ", lower).split()


# Letters a language prints two ways, by case, that lower-case apart:
# - Greek: sites print lower case with its accents ("σχόλια") and capitals without
#   them ("ΣΧΟΛΙΑ", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:"), which lower-case to "σχολια"; a word keys
#   without its tonos and dialytika, its final sigma as the plain one;
# - Turkish: "İLGİLİ HABERLER" lower-cases to "i̇lgi̇li̇" (an i and a combining dot)
#   and "YORUMLARI" to "yorumlari", where the words are "ilgili", "yorumları"; a
#   word keys without the dot, its dotless ı as i.
_FOLDED_LETTER: Final = re.compile("[\u0131\u0307\u0386-\u03ce]")
_LETTER_FOLD: Final = str.maketrans(
    "άέήίόύώΐΰϊϋς\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u0131",
    "αεηιουωιυιυσαεηιουωi",
    "\u0307",
)


def fold_letters(lower: str) -> str:
    """Lower-cased text with the letters a language prints two ways folded (Greek
    accents and final sigma, the Turkish dotted and dotless i); text without them
    is returned as it is.

    >>> fold_letters("διαβάστε επίσης") == fold_letters("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ".lower())
    True
    >>> fold_letters("σχόλια"), fold_letters("İLGİLİ HABERLER".lower())
    ('σχολια', 'ilgili haberler')
    """
    if _FOLDED_LETTER.search(lower) is None:
        return lower
    return lower.translate(_LETTER_FOLD)
