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
    "WORD_END",
    "fold",
    "fold_letters",
    "fold_rtl",
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
# Hebrew's sof pasuq and its quotation marks (a gershayim inside a word, "צה״ל",
# is no edge: only the ends are trimmed), the Devanagari danda, and the
# directional marks that right-to-left text carries at its ends.
_RTL_EDGE: Final = "׃״׳।॥\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
EDGE: Final = _LATIN_EDGE + _CJK_EDGE + _THAI_EDGE + _ARABIC_EDGE + _RTL_EDGE


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
    if not lower.isascii():
        # Arabic, Persian and Hebrew key without their vowel marks and letter variants.
        lower = fold_rtl(lower)
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
        # CJK: full-width stops and brackets (the full-width forms of ASCII are
        # folded first, fold_width), the middle dot, the reference mark
        "、，。！？：；（）「」『』【】〔〕［］《》〈〉〖〗・※"
        # Thai: the section marks
        "๏๚๛"
        # Arabic: comma, semicolon, question mark, full stop (Urdu)
        "،؛؟۔"
        # Hebrew sof pasuq, Devanagari danda and double danda
        "׃।॥"
    )
    + "]"
)


def words_of(lower: str) -> list[str]:
    """The words of a lower-cased line, punctuation dropped.

    >>> words_of("e-mail us: don't wait!")
    ['e', 'mail', 'us', 'don', 't', 'wait']
    """
    if not lower.isascii():
        lower = fold(lower)
    return _SEPARATORS.sub(" ", lower).split()


def fold(lower: str) -> str:
    """Lower-cased text as keys, words and patterns read it: the right-to-left
    scripts folded (:func:`fold_rtl`), then the letters Greek and Turkish print two
    ways (:func:`fold_letters`). Text of no script they fold is returned as it is.

    >>> fold("ΣΧΟΛΙΑ".lower()), fold("اقرأ أيضاً") == fold("اقرا ايضا")
    ('σχολια', True)
    """
    return fold_letters(fold_rtl(lower))


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


# -- right to left: Arabic, Persian, Hebrew (and the digits of Devanagari) -----------
#
# A key and a line's words must not depend on how a site typed the same word:
# - Arabic vowel marks (harakat, tanwin, shadda, sukun, the dagger alef) and the
#   tatweel that stretches a word are optional ("أيضاً" and "أيضا" are one word);
# - the alef with hamza or madda is written bare by many sites ("إقرأ", "اقرأ"),
#   and the final ى for ي in Egypt ("فى");
# - Persian ی and ک are typed as Arabic ي and ك by Arabic keyboards: one letter each;
# - the zero-width non-joiner inside a Persian word ("اشتراک‌گذاری") is typed as a
#   space as often: it reads as one;
# - Hebrew niqqud and cantillation are optional; a gershayim or geresh typed as an
#   ASCII quote inside a word ("צה"ל", "ג'") is the Hebrew mark, one word with it;
#   where it quotes (not between letters) it separates, as a quote does;
# - Devanagari's nukta is optional as sites type it ("ख़बर", "खबर"), and a
#   chandrabindu is typed as an anusvara as often ("टिप्पणियाँ", "टिप्पणियां");
# - Arabic-Indic, Persian and Devanagari digits are digits: counts and dates read
#   "منذ ٣ ساعات" as "منذ 3 ساعات"; the script's comma, semicolon, question mark and
#   full stop read as the Latin ones, which the patterns know;
# - directional marks (LRM, RLM, ALM, embeddings, isolates) are invisible.
# Only keys, words and the lower case the patterns read are folded: a page's lines
# are output as they are.
_RTL_GATE: Final = re.compile("[\u0590-\u08ff\u0900-\u097f\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_DROPPED: Final = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655"
    "\u0656\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "".join(chr(c) for c in range(0x0591, 0x05BE))
    + "\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    + "\u093c"
)
_RTL_FOLD: Final = str.maketrans(
    "أإآٱىیکۀ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९،؛؟۔٪٫٬\u200c"
    "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u0901",
    "ااااييكه012345678901234567890123456789,;?.%., "
    "\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f\u0902",
    _RTL_DROPPED,
)
_HEBREW_LETTER: Final = "\u05d0-\u05ea"
# A quote between two Hebrew letters is a gershayim; one after a letter, a geresh.
_HEBREW_GERSHAYIM: Final = re.compile(f'(?<=[{_HEBREW_LETTER}])["”״](?=[{_HEBREW_LETTER}])')
_HEBREW_GERESH: Final = re.compile(f"(?<=[{_HEBREW_LETTER}])['’׳]")
# The marks where they quote: a gershayim not between letters, a geresh not after one.
_HEBREW_QUOTE: Final = re.compile(
    f"״(?![{_HEBREW_LETTER}])|(?<![{_HEBREW_LETTER}])״|(?<![{_HEBREW_LETTER}])׳"
)
_HEBREW_MARKS: Final = "\"'”’״׳"


def fold_rtl(lower: str) -> str:
    """Text with its Arabic, Persian and Hebrew folded (no vowel marks, one form of
    alef, ya and kaf, a Hebrew abbreviation's mark as the Hebrew one, no directional
    marks), Devanagari without its nukta, and their digits and punctuation read as
    ASCII; text of other scripts is returned as it is. Case is left as it is.

    >>> fold_rtl("اقرأ أيضاً") == fold_rtl("اقرا ايضا")
    True
    >>> fold_rtl("منذ ٣ ساعات، ۵ نظر")
    'منذ 3 ساعات, 5 نظر'
    >>> fold_rtl('צה"ל') == fold_rtl("צה״ל") == "צה״ל"
    True
    >>> fold_rtl("ख़बरें टिप्पणियाँ") == fold_rtl("खबरें टिप्पणियां")
    True
    """
    if _RTL_GATE.search(lower) is None:
        return lower
    lower = lower.translate(_RTL_FOLD)
    for mark in _HEBREW_MARKS:
        if mark in lower:
            lower = _HEBREW_GERSHAYIM.sub("״", lower)
            lower = _HEBREW_GERESH.sub("׳", lower)
            return _HEBREW_QUOTE.sub(" ", lower)
    return lower


# The end of a word, for a pattern of the standard library's engine after a slot
# of words. Its \b takes no vowel sign for a word character, so a word that ends
# in one, as most Devanagari words do ("टिप्पणियां"), never ends there: after a
# Devanagari character, the end is where no word character or sign follows.
WORD_END: Final = "(?:\\b|(?<=[\u0900-\u097f])(?![\\w\u0900-\u097f]))"


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
