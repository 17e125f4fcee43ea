"""The vocabularies: language packs, assembled once, and what the rules read from them.

Each language is one module of data (``en.py``, ``de.py``...; :data:`PACKS`):
for each concept it fills (:mod:`.concepts`), the words and phrases that sites
in that language print. :func:`assemble` unites the packs, a pure function of
them; this module then derives, once, everything the rules read:

- whole-line vocabularies (frozensets of line keys, :func:`script.line_key`);
- the phrase families found anywhere in a line (:data:`PHRASES`, one scan);
- the patterns, whose structure is here and whose words are the packs' (a
  concept's entries fill a slot, ``(?:lesen sie auch|read also|...)``);
- the gates: every word mark (:data:`MARKS`), the words a pattern's lines may
  open with (:func:`openings.opening_words`), and the few words or marks one of
  which every match of a pattern holds.

No pattern nests quantifiers over the same characters, so matching stays
linear in the length of the line. Adding a language is one pack module (and
its rows in ``tests/test_lang.py``); nothing here names a language.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Final

import regex

from cleaner.lang.concepts import CONCEPTS, GROUPS, LINES, PATTERNS, WORDS
from cleaner.lang.match import Marks, PhraseIndex, word_marks
from cleaner.lang.openings import opening_words
from cleaner.lang.script import EDGE, WORD_END, fold, fold_letters, line_key, words_of

#: Every pack's code: a pack is the module cleaner/lang/<code>.py. The order is the
#: order of their entries in a pattern's slot.
CODES: Final = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "sv",
    "da",
    "nb",
    "fi",
    "hu",
    "ro",
    "tr",
    "id",
    "ru",
    "uk",
    "el",
    "vi",
    "ar",
    "fa",
    "he",
    "hi",
    "ja",
    "zh",
    "ko",
    "th",
    "intl",
)
#: Every pack.
PACKS: Final[tuple[ModuleType, ...]] = tuple(
    importlib.import_module(f"cleaner.lang.{code}") for code in CODES
)

#: The scripts a pack may be written in: where their words are apart by spaces
#: (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul), and CJK (Han and
#: kana) and Thai, where they are not (a phrase of theirs is a substring, not a word:
#: ``script.unspaced_phrase``).
SCRIPTS: Final = (
    "latin",
    "cyrillic",
    "greek",
    "arabic",
    "hebrew",
    "devanagari",
    "hangul",
    "cjk",
    "thai",
    "none",
)
_SPACED: Final = ("latin", "cyrillic", "greek", "arabic", "hebrew", "devanagari", "hangul")
_UNSPACED: Final = ("cjk", "thai")


# -- assembly -----------------------------------------------------------------------


def _entries(form: str, text: str) -> tuple[str, ...]:
    """A pack's entries of one concept, read as its form says (see :mod:`.concepts`)."""
    if form == WORDS:
        return tuple(fold(word) for word in text.split())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == LINES:
        return tuple(line_key(line) for line in lines)
    if form == PATTERNS:
        # Patterns are read against a line's lower case, whose Greek and Turkish letters
        # are folded (script.fold_letters; a pattern of a right-to-left script is written
        # folded: fold_rtl would read its punctuation as a pattern's).
        return tuple(fold_letters(line) for line in lines)
    # Terms fill slots of patterns read against a line's lower case (folded: script.fold)
    # and of a few read against its text as written (a byline, with its capitals): each
    # goes in both forms.
    return tuple(dict.fromkeys(form for line in lines for form in (line, fold(line))))


class Vocabulary:
    """The packs assembled: each concept's entries in pack order (each once), and
    which pack filled which concepts."""

    def __init__(
        self,
        entries: dict[str, dict[str, tuple[str, ...]]],
        scripts: dict[str, str],
        absent: dict[str, dict[str, str]] | None = None,
        written: dict[str, str] | None = None,
    ) -> None:
        #: concept -> pack code -> the pack's entries
        self.entries = entries
        #: pack code -> its script
        self.scripts = scripts
        #: pack code -> the groups its language has no form for -> why
        self.absent = absent or {}
        #: a phrase's key -> the phrase as its pack writes it (lower-cased), where the
        #: key folds its letters ("σχολια" -> "σχόλια"): what a reason quotes
        self.written = written or {}

    def terms(self, concept: str, scripts: Iterable[str] = SCRIPTS) -> tuple[str, ...]:
        """The concept's entries from the packs written in ``scripts``, in pack order."""
        wanted = set(scripts)
        found: dict[str, None] = {}
        for code, listed in self.entries.get(concept, {}).items():
            if self.scripts[code] in wanted:
                found.update(dict.fromkeys(listed))
        return tuple(found)

    def set(self, concept: str) -> frozenset[str]:
        """The concept's entries, as a set (words, or line keys)."""
        return frozenset(self.terms(concept))

    def filled(self, code: str) -> list[str]:
        """The concepts the pack ``code`` fills, in the order of :data:`CONCEPTS`."""
        return [concept for concept in CONCEPTS if code in self.entries.get(concept, {})]

    def groups(self, code: str) -> list[str]:
        """The groups of :data:`.concepts.GROUPS` the pack ``code`` fills a concept of."""
        filled = set(self.filled(code))
        return [group for group, (_, concepts) in GROUPS.items() if filled.intersection(concepts)]


def assemble(packs: Sequence[ModuleType]) -> Vocabulary:
    """Unite the packs into one :class:`Vocabulary` (a pure function of the packs).

    A pack has ``CODE``, ``NAME``, ``SCRIPT`` (one of :data:`SCRIPTS`) and
    ``CONCEPTS``; a concept it fills must be one of :data:`.concepts.CONCEPTS`.
    It may have ``ABSENT``: the groups of :data:`.concepts.GROUPS` its language
    has no form for, each with why; a group it names there it may not fill.
    """
    entries: dict[str, dict[str, tuple[str, ...]]] = {}
    scripts: dict[str, str] = {}
    absent: dict[str, dict[str, str]] = {}
    written: dict[str, str] = {}
    for pack in packs:
        code: str = pack.CODE
        if code in scripts:
            raise ValueError(f"two packs have the code {code!r}")
        if pack.SCRIPT not in SCRIPTS:
            raise ValueError(f"pack {code!r}: unknown script {pack.SCRIPT!r}")
        scripts[code] = pack.SCRIPT
        for concept, text in pack.CONCEPTS.items():
            if concept not in CONCEPTS:
                raise ValueError(f"pack {code!r} fills {concept!r}, which is no concept")
            form = CONCEPTS[concept][0]
            found = _entries(form, text)
            if found:
                entries.setdefault(concept, {})[code] = found
            if form == LINES:
                for line in text.splitlines():
                    as_written = " ".join(line.lower().replace("’", "'").split()).strip(EDGE)
                    key = line_key(line)
                    if key and key != as_written:
                        written.setdefault(key, as_written)
        said: dict[str, str] = getattr(pack, "ABSENT", {})
        for group, why in said.items():
            if group not in GROUPS:
                raise ValueError(f"pack {code!r} says {group!r} is absent, which is no group")
            if not why.strip():
                raise ValueError(f"pack {code!r} says {group!r} is absent without saying why")
            if set(GROUPS[group][1]).intersection(pack.CONCEPTS):
                raise ValueError(f"pack {code!r} says {group!r} is absent, and fills it")
        absent[code] = dict(said)
    return Vocabulary(entries, scripts, absent, written)


VOCABULARY: Final = assemble(PACKS)


def _any(entries: Iterable[str]) -> str:
    """A group that matches any of ``entries``, each as written (escaped)."""
    return "(?:" + "|".join(re.escape(entry) for entry in entries) + ")"


def _patterns(concept: str) -> str:
    """A group that matches any of the concept's patterns."""
    return "(?:" + "|".join(VOCABULARY.terms(concept)) + ")"


def _slot(concept: str, scripts: Iterable[str] = SCRIPTS) -> str:
    return _any(VOCABULARY.terms(concept, scripts))


def _first_words(phrases: Iterable[str], *, least: int = 1) -> frozenset[str]:
    """The first word (as ``words_of`` cuts them) of each phrase that is not a function
    word and has at least ``least`` letters: a word every line holding the phrase holds."""
    found: set[str] = set()
    for phrase in phrases:
        words = words_of(phrase.lower())
        found.add(next((w for w in words if len(w) >= least and w not in STOPWORDS), words[0]))
    return frozenset(found)


# -- function words (for prose density) ---------------------------------------------

STOPWORDS: Final = VOCABULARY.set("function_word")

# -- share and social ---------------------------------------------------------------

SHARE_VERBS: Final = VOCABULARY.set("share_verb")
SHARE_NETWORKS: Final = VOCABULARY.set("share_network")
SHARE_FILLER: Final = VOCABULARY.set("share_filler")
SHARE_COUNT: Final = re.compile(r"^\d[\d.,]*\s*(?:[km]\s*)?" + _slot("share_count_noun") + "$")
# Share prompts that are sentences of their own.
SHARE_PROMPTS: Final = VOCABULARY.set("share_prompt")
# What a share link tells screen readers: "Click to share on Reddit (Opens in new window)".
NEW_WINDOW: Final = re.compile(r"\(?\b" + _slot("new_window") + r"\)?")
# A word each of its matches holds: its first word (a verb) other than a short
# function word ("s'ouvre" is "s ouvre" to ``words_of``).
NEW_WINDOW_VERBS: Final = _first_words(VOCABULARY.terms("new_window"), least=3)
# "Follow The Times on Facebook, Twitter and Instagram."
FOLLOW: Final = VOCABULARY.set("follow_verb")

# -- related and recommendation blocks ----------------------------------------------

RELATED_HEADERS: Final = VOCABULARY.set("related_header")
# "More from The Site", "More in Politics", "Mehr aus Berlin": the rest of the
# header is a name, so only the opening words are fixed.
RELATED_HEADER_PREFIX: Final = re.compile(
    "^" + _slot("related_header_prefix") + r"\b|^" + _patterns("related_header_pattern") + "$"
)
RELATED_HEADER_PREFIX_OPENINGS: Final = opening_words(RELATED_HEADER_PREFIX)
# "READ ALSO: ...", "Related: ...": a cross-link set inside the article body
# (after an arrow or a bullet: "» Related: ...").
# A label in brackets needs no colon: "【関連記事】大阪で…", "[Read also] ...".
CROSSLINK: Final = re.compile(
    r"^(?:[»>›→▶►•*+]++\s*+)?(?:"
    + _slot("crosslink_label")
    + r"\s*[:：»>|–—-]+|[\[【［]\s*"
    + _slot("crosslink_label")
    + r"\s*[\]】］])\s*\S"
)
CROSSLINK_OPENINGS: Final = opening_words(CROSSLINK)

# -- consent, newsletter, paywall, ads, feedback ------------------------------------

CONSENT: Final = VOCABULARY.set("consent")
# Consent buttons: the same words occur in sentences, so only short lines count.
CONSENT_BUTTONS: Final = VOCABULARY.set("consent_button")
NEWSLETTER: Final = VOCABULARY.set("newsletter")
# "Sign up for our free e-mail newsletters": a sign-up line of any wording
# ("For daily wit & wisdom, sign up for the Almanac newsletter": a lead-in clause).
NEWSLETTER_LINE: Final = re.compile(
    r"^(?:[^,.!?]{1,40}, )?"
    + _slot("newsletter_line_verb")
    + r"\b.{0,40}\b"
    + _slot("newsletter_line_noun")
    + "$"
)
# What a sign-up line ends with: the others are not tried.
NEWSLETTER_LINE_ENDINGS: Final = VOCABULARY.terms("newsletter_line_noun")
# Phrases that also occur in ordinary sentences: they count on short lines only.
NEWSLETTER_WEAK: Final = VOCABULARY.set("newsletter_weak")
PAYWALL: Final = VOCABULARY.set("paywall")
PAYWALL_WEAK: Final = VOCABULARY.set("paywall_weak")
# Short lines that are a control of the page, not a sentence of it.
LOGIN_LINES: Final = VOCABULARY.set("login_line")
ADVERTISEMENT: Final = VOCABULARY.set("advertisement_label")
AFFILIATE: Final = VOCABULARY.set("affiliate")
FEEDBACK: Final = VOCABULARY.set("feedback")
FEEDBACK_ANSWERS: Final = VOCABULARY.set("feedback_answer")

# -- comment sections ---------------------------------------------------------------

COMMENTS_HEADER: Final = VOCABULARY.set("comments_header")
# "23 comments", "Comments (4)", "评论 (5)", "1 Reply to ...": a count of reader comments.
COMMENT_COUNT: Final = re.compile(
    r"^(?:\d[\d.,]*\s*"
    + _slot("comment_count_noun")
    + WORD_END
    + "|"
    + _slot("comment_count_label", _SPACED)
    + r"\s*[(\[]?\d+[)\]]?$|"
    + _slot("comment_count_label", _UNSPACED)
    # (a line's key has lost its closing bracket: an edge, as ")" is in Latin;
    # a full-width bracket reads as "(", script.fold_width)
    # (the spaces before and after the bracket are one run where there is no bracket:
    # two optional runs side by side would cost a line of spaces its length squared)
    + r"\s*(?:[（(]\s*)?\d+\s*[）)]?$)"
)
# "2 Answers", "5 Antworten": the header of a question's answers (Stack Exchange
# writes "2 Answers 2"). A page with one is a question and its answers.
ANSWERS_HEADER: Final = re.compile(r"^\d[\d.,]*\s*" + _slot("answer_noun") + r"(?:\s+\d[\d.,]*)?$")
# "59 Comments on “The Title”", "One thought on “The Title”", "3 Kommentare zu „Der
# Titel“": a count that names the article is the heading of its comment section
# (the forms blog software prints), where a bare count may sit under the headline.
COMMENTS_ON_TITLE: Final = regex.compile(
    r"^(?:\d[\d.,]*+|"
    + _slot("comment_title_one")
    + r")\s++"
    + _slot("comment_title_noun")
    + r"\s++"
    + _slot("comment_title_preposition")
    + r"\s++[\p{Pi}\p{Ps}\"'«»„“”‘’]"
)
# What COMMENTS_ON_TITLE counts: the second word of a line it may match.
COMMENT_COUNT_NOUNS: Final = VOCABULARY.set("comment_title_noun")
# "Top Rated Comments", "Neueste Kommentare": a short header ending in the word.
# (The words as a tuple too: a line that ends in none of them is not tried.)
COMMENTS_HEADER_ENDINGS: Final = VOCABULARY.terms("comments_header_ending")
COMMENTS_HEADER_END: Final = re.compile(r"(?:^|\s)" + _any(COMMENTS_HEADER_ENDINGS) + "$")
# The controls under each reader comment.
COMMENT_CONTROLS: Final = VOCABULARY.set("comment_control")
# The reply control, printed under every post of a thread.
REPLY_CONTROLS: Final = VOCABULARY.set("reply_control")
# The fields of a comment form, each on a line of its own.
COMMENT_FIELDS: Final = VOCABULARY.set("comment_field")
# The form under a comment section: the article is over once it shows.
COMMENT_FORM: Final = VOCABULARY.set("comment_form")
# A prompt to comment ("Log in to comment", "Jetzt kommentieren").
COMMENT_PROMPTS: Final = VOCABULARY.set("comment_prompt")
# "Jane Doe says:", "Max sagt:", "Marie dit :" - the line that opens a comment.
COMMENT_AUTHOR: Final = re.compile(r"^\S.{0,80}?\s" + _slot("comment_author_verb") + r"\s*:$")
# "Jane Doe says", without the colon: the verb the author line ends with.
SAYS_VERBS: Final = VOCABULARY.terms("says_verb")

# -- tags, categories ---------------------------------------------------------------

TAGS: Final = re.compile("^" + _slot("tag_label") + r"\s*[:：]")
TAGS_OPENINGS: Final = opening_words(TAGS)

# -- footers ------------------------------------------------------------------------

_RIGHTS_RESERVED: Final = VOCABULARY.terms("rights_reserved")
# Marks one of which every copyright line contains, found as a phrase family: the
# word "copyright", and the word each phrase that reserves the rights reserves
# them with (its anchor: "all rights reserved" holds "reserved").
COPYRIGHT_MARKS: Final = ("copyright",) + tuple(
    sorted(PhraseIndex({"": VOCABULARY.terms("rights_reserved", _SPACED)}, STOPWORDS).anchors)
)
# Marks that are not words: looked for as substrings (CJK phrases are no words apart).
COPYRIGHT_SIGNS: Final = ("©", "ⓒ", "(c)") + VOCABULARY.terms("rights_reserved", _UNSPACED)
COPYRIGHT: Final = re.compile(
    r"(?:[©ⓒ]|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)|"
    + _any(_RIGHTS_RESERVED)[3:]
)
# The words with which a copyright line reserves the rights: such a line is a barrier.
RESERVED_WORDS: Final = VOCABULARY.terms("reserved_word")
FOOTER_LINKS: Final = VOCABULARY.set("footer_link")
# The words of the footer links: a line without one is no row of them.
FOOTER_WORDS: Final = frozenset(word for link in FOOTER_LINKS for word in link.split())
DISCLAIMER: Final = VOCABULARY.set("disclaimer")
# The publisher's legal line: a company form beside "published by" or "part of", a
# tax number ("P.IVA 01234567890"), a Chinese site licence ("京ICP备00000000号").
PUBLISHER: Final = re.compile(
    r"(?i:\b"
    + _slot("publisher_phrase")
    + r"\b[^|]{0,60}?\b"
    + _patterns("company_form")
    + r"\b\.?|"
    + "|".join(VOCABULARY.terms("tax_number_label"))
    + ")|"
    + "|".join(VOCABULARY.terms("site_licence"))
)
# "Designed by Elegant Themes | Powered by WordPress": the software a site runs on.
SITE_CREDIT: Final = re.compile(
    r"\b"
    + _slot("site_credit_verb")
    + " "
    + _slot("site_software")
    + r"\b|\b"
    + _slot("site_credit")
    + r"\b"
)

# -- navigation ---------------------------------------------------------------------

# A link to the previous or next post, on a line of its own.
POST_LINKS: Final = VOCABULARY.set("post_link")
NAV_LINES: Final = VOCABULARY.set("nav_line")
BROWSER_NOTICES: Final = VOCABULARY.set("browser_notice")
# The run of page numbers is possessive ({2,}+): giving numbers back never
# helps the rest match, and on a long run of numbers it cost the run squared.
PAGINATION: Final = re.compile(
    r"^(?:(?:«|‹|<|←)?\s*"
    + _slot("page_turn")
    + r"(?:\s+"
    + _slot("page_turn_noun")
    + r")?\s*(?:»|›|>|→)?|"
    + _slot("page_noun_before")
    + r"\s+"
    + _slot("page_turn_after")
    + "|"
    + _slot("page_turn_before")
    + r"\s+"
    + _slot("page_noun_after")
    + "|"
    + "|".join(VOCABULARY.terms("page_count"))
    + r"|\d+(?:\s+\d+){2,}+(?:\s*(?:…|\.\.\.)\s*\d+)?(?:\s+"
    + _slot("page_next")
    + r")?(?:\s*(?:»|›|>|→))?)$"
)
PAGINATION_OPENINGS: Final = opening_words(PAGINATION)

# -- bylines, dates, captions -------------------------------------------------------

_BYLINE_OPENERS: Final = VOCABULARY.terms("byline_opener")
# A name: capitalised words; in a script without case, a run of Han, kana, Hangul
# or Thai letters of a name's length, or a word of Arabic, Hebrew or Devanagari (any
# letter starts a name there, and vowel signs sit inside it).
_CASELESS: Final = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]"
_CASELESS_NAME: Final = _CASELESS + "{2,12}+"
_UNCASED_WORD: Final = "(?!" + _CASELESS + r")[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]"
_NAME_WORD: Final = "(?:" + _CASELESS_NAME + "|" + _UNCASED_WORD + "+)"
# First words of a byline; the pattern runs only on lines that start with one.
BYLINE_STARTS: Final = frozenset(words_of(opener.lower())[0] for opener in _BYLINE_OPENERS)
BYLINE: Final = regex.compile(
    r"^(?i:"
    + _any(_BYLINE_OPENERS)[3:]
    + r"(?:\s*[:：/／]\s*|\s+)"
    + _NAME_WORD
    # Further words: capitalised, a run of a script without spaces, or words of a
    # script without capitals (Arabic, Hebrew, Devanagari: any letter starts a name,
    # and vowel signs sit inside it).
    # (an initial may stand alone: "J. Doe")
    + r"(?:\s+(?:"
    + _CASELESS_NAME
    + "|"
    + _UNCASED_WORD
    + "*|"
    + _any(VOCABULARY.terms("name_joiner"))[3:]
    + r"){0,6}(?:\s*(?:[,|·•–-]|"
    + "|".join(rf"\b{re.escape(word)}\b" for word in VOCABULARY.terms("byline_date_word"))
    + r"|\d).{0,80})?$"
)
_BYLINE_CLOSERS: Final = VOCABULARY.terms("byline_closer")
# "홍길동 기자", "[서울=연합뉴스] 홍길동 기자 = ": a name, then the word the byline
# ends with (and an e-mail address, or the "=" the story follows).
BYLINE_CLOSED: Final = regex.compile(
    r"^(?:\[[^\]]{1,30}\]\s*)?"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,3}\s*"
    + _any(_BYLINE_CLOSERS)
    + r"(?:\s*=|\s+[\w.+-]+@[\w.-]+)?$"
)
# The words a line must hold for BYLINE_CLOSED to be tried.
BYLINE_CLOSER_WORDS: Final = frozenset(_BYLINE_CLOSERS)
# A review badge on a line of its own.
BYLINE_LABELS: Final = VOCABULARY.set("byline_label")
_MINUTE_WORDS: Final = VOCABULARY.terms("minute_word")
_READING_TIME_LABELS: Final = VOCABULARY.terms("reading_time_label")
# Letters one of which every reading time holds: the other lines are not tried.
READING_TIME_MARKS: Final = _MINUTE_WORDS + _READING_TIME_LABELS
READING_TIME: Final = re.compile(
    r"(?:\b\d+\s*(?:[-–]\s*)?"
    + _any(_MINUTE_WORDS)
    + r"\.?\s*"
    + _slot("read_word")
    + r"|\b"
    + _any(_READING_TIME_LABELS)
    + r"\s*(?::\s*)?\d+)"
)
_MONTHS: Final = _slot("month")
_MONTH_ARTICLE: Final = _slot("month_article")
# A date: numeric, its parts apart by a dot, a slash or a hyphen, and a space
# after them ("12.03.2024", "12. 3. 2024", "2024. 03. 12."), or with its month
# named, day first, month first or year first ("2024. március 12.").
DATE_LINE: Final = re.compile(
    r"^(?:"
    + _slot("date_label")
    + r"(?:\s+"
    + _slot("date_label_preposition")
    + r")?\s*(?::\s*)?|"
    + _slot("date_preposition")
    + r"\s+)?(?:"
    + _slot("weekday")
    + r"[a-z]*\.?,?\s*)?(?:\d{1,4}[./-] ?\d{1,2}[./-] ?\d{1,4}\.?|\d{4}\.\s*"
    + _MONTHS
    + r"\.?\s+\d{1,2}\.?|\d{1,2}\.?\s*(?:"
    + _MONTH_ARTICLE
    + r"\s+)?"
    + _MONTHS
    + r"\.?,?\s*(?:"
    + _MONTH_ARTICLE
    + r"\s+)?\d{2,4}|"
    + _MONTHS
    + r"\.?\s+\d{1,2}"
    + _slot("ordinal_suffix")
    + r"?,?\s*\d{2,4}"
    + "".join("|" + pattern for pattern in VOCABULARY.terms("date_pattern"))
    + r")(?:\s*(?:(?:,|-|–|\||"
    + _slot("time_preposition")[3:]
    + r"\s*)?\d{1,2}[:.h]\d{2}\s*(?:"
    + _slot("clock_suffix")
    + r"\s*)?\w{0,4})?$"
)
RELATIVE_TIME: Final = re.compile("^" + _patterns("relative_time"))
RELATIVE_TIME_OPENINGS: Final = opening_words(RELATIVE_TIME)
# The words a relative time without digits opens with ("منذ ساعتين"): a short line
# without digits is tried only when it may open with one (measure.may_open).
RELATIVE_TIME_OPENINGS_WORDED: Final = frozenset(RELATIVE_TIME_OPENINGS or ()) - {""}
# Words one of which every caption credit contains: a cheap test before the pattern.
CAPTION_WORDS: Final = VOCABULARY.terms("caption_word")
# Controls of image galleries and players.
# A control is a whole key, looked up; a position ("3 of 12", "Bild 2 von 9") holds digits.
MEDIA_CONTROLS: Final = VOCABULARY.set("media_control")
MEDIA_POSITION: Final = re.compile(
    r"^(?:" + _slot("media_noun") + r"\s+)?\d+\s*(?:/|" + _slot("position_of")[3:] + r"\s*\d+$"
)
# "1 of 4 Firefighters at the scene...": a gallery caption with its position.
GALLERY_CAPTION: Final = re.compile(
    r"^\d{1,3}\s+(?:/|" + _slot("gallery_position_of")[3:] + r"\s+\d{1,3}\s+\S"
)
# Headers of the author box below an article.
AUTHOR_BOX: Final = VOCABULARY.set("author_box")
_AUTHOR_ABOUT_OPENERS: Final = VOCABULARY.terms("author_about_opener")
# "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim": the author box.
AUTHOR_ABOUT: Final = regex.compile(
    r"^(?i:"
    + _any(_AUTHOR_ABOUT_OPENERS)[3:]
    + r"\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$"
)
# Their first words: an author box header opens with one.
AUTHOR_ABOUT_OPENERS: Final = frozenset(
    words_of(opener.lower())[0] for opener in _AUTHOR_ABOUT_OPENERS
)
_WIRE_OPENERS: Final = VOCABULARY.terms("wire_credit_opener")
_WIRE_CLOSERS: Final = VOCABULARY.terms("wire_credit_closer")
# "(Reporting by Jane Doe; Editing by John Roe)": a wire service's credits.
WIRE_CREDITS: Final = re.compile(
    r"^\(?" + _any(_WIRE_OPENERS) + r"\b|\b" + _any(_WIRE_CLOSERS) + r"\.?$"
)
# A word every wire service's credit line holds.
WIRE_CREDIT_WORDS: Final = _first_words(_WIRE_OPENERS + _WIRE_CLOSERS, least=3)
# An author's trade, which an author's bio names.
AUTHOR_ROLES: Final = VOCABULARY.set("author_role")
# "Jane Doe is a staff writer at The Daily News.": the author's bio under an article.
AUTHOR_BIO: Final = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s+\([^)]{1,60}\))?\s+"
    + _slot("bio_verb")
    + r"\s.{0,160}?\b"
    + _slot("author_role")
    + r"\b"
)
CAPTION_CREDIT: Final = re.compile(
    r"(?:\b"
    + _slot("photo_label")
    + r"s?\s*(?:"
    + _slot("photo_credit_word")[3:-1]
    + r"|:|/|©)|\("
    + _slot("photo_paren_label")
    + r"[^)]*\)$|\b"
    + _slot("photo_agency")
    + WORD_END
    + r"\s*\)?$|^"
    + _slot("credit_label")
    + r"s?\s*(?::|/|\.\.\.)|"
    + _slot("credit_label")
    + r"\.\.\.|^"
    + _slot("photo_line_label")
    # "Fot. Jan Kowalski": the label cut short with a dot
    + r"(?::|\.\s)|^"
    + _slot("caption_position")
    + r"\s*:|©\s*[\w .,'’&/-]{2,50}$|\("
    + _slot("photo_agency_short")
    + r"\b[^)]{0,60}\)$)"
)

# -- punctuation: patterns of no language ------------------------------------------

# "Privacy | Terms | Contact": several short items joined by separators.
# The characters that separate the items of a link row ("Privacy | Terms").
# CJK sets items apart by an ideographic space alone ("发布时间：2023-09-18　作者：青禾").
ITEM_SEPARATORS: Final = "|·•/–—\u3000"
SEPARATED_ITEMS: Final = re.compile(r"\s[" + re.escape(ITEM_SEPARATORS[:-1]) + r"]\s|\u3000+")
# "Home > News > World", "Startseite / Politik / Ausland": two or more short
# crumbs joined by a path separator.
# Spaces around a separator are taken whole (\s*+): a crumb's characters include
# spaces, and letting either side have any share of a long run of them cost
# the run squared. The same lines match as with plain \s*.
BREADCRUMB: Final = re.compile(
    r"^[^>»›/|]{1,40}(?:\s*+[>»›/|](?:\s*+[^>»›/|\s][^>»›/|]{0,59}|\s++)){1,6}$"
)
CRUMB_SEPARATORS: Final = Marks(">»›/|")
# The crumb separators that only lead from place to place (a slash or a bar also
# joins pairs, ratios and rows of metadata).
ARROW_SEPARATOR: Final = re.compile(r"[>»›]")
# Two to six short crumbs joined by ">", "»" or "›", then the last one of any
# length (a page's title). Possessive: a crumb is read once.
TITLED_TRAIL: Final = re.compile(r"^\s*+(?:[^>»›/|]{1,40}+[>»›]\s*+){2,6}+[^>»›]{1,200}+$")
# A run of spaces is tried from its first space only ((?<!\s)): from every
# space of it, a long run would cost its length squared.
BREADCRUMB_SEP: Final = re.compile(r"(?<!\s)\s+[>»›]\s*|[>»›]\s*|\s[/|]\s")
# A line that is nothing but an e-mail address or a social handle.
CONTACT: Final = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$")

# -- phrases found anywhere in a line, all families in one scan ---------------------

PHRASE_FAMILIES: Final[dict[str, frozenset[str]]] = {
    "consent": CONSENT,
    "consent_button": CONSENT_BUTTONS,
    "newsletter": NEWSLETTER,
    "newsletter_weak": NEWSLETTER_WEAK,
    "paywall": PAYWALL,
    "paywall_weak": PAYWALL_WEAK,
    "feedback": FEEDBACK,
    "comment_form": COMMENT_FORM,
    "comment_prompt": COMMENT_PROMPTS,
    "affiliate": AFFILIATE,
    "disclaimer": DISCLAIMER,
    "browser": BROWSER_NOTICES,
    "caption_word": frozenset(CAPTION_WORDS),
    "copyright_mark": frozenset(COPYRIGHT_MARKS),
}
PHRASES: Final = PhraseIndex(PHRASE_FAMILIES, STOPWORDS)


def as_written(phrase: str) -> str:
    """A phrase of the packs (a line key) as its pack writes it: what a reason quotes.

    >>> as_written("σχολια αναγνωστων"), as_written("we use cookies")
    ('σχόλια αναγνωστών', 'we use cookies')
    """
    return VOCABULARY.written.get(phrase, phrase)


def phrase_hits(words: Sequence[str]) -> dict[str, str]:
    """Which phrase families occur in a line's lower-cased words, each with its first phrase.

    Punctuation between the words of a phrase is ignored ("e-mail" is "e mail"); a
    phrase of a script written without spaces is found inside the words.

    >>> phrase_hits(words_of("we use cookies. join our mailing list"))
    {'consent': 'we use cookies', 'newsletter': 'join our mailing list'}
    """
    return PHRASES.unspaced_hits(words, PHRASES.hits(words))


def anchored_phrase_hits(words: Sequence[str]) -> dict[str, str]:
    """:func:`phrase_hits` of words known to hold an anchor (``ANCHOR_MARK``)."""
    return PHRASES.anchored_hits(words)


def unspaced_phrase_hits(words: Sequence[str], hits: dict[str, str]) -> dict[str, str]:
    """``hits`` with the phrases of scripts written without spaces that the words hold
    (found as substrings: ``PhraseIndex.unspaced_hits``).

    >>> unspaced_phrase_hits(words_of("本网站使用cookie以提升您的浏览体验"), {})
    {'consent': '本网站使用cookie'}
    """
    return PHRASES.unspaced_hits(words, hits)


# -- word marks: which vocabularies a line's words belong to, in one lookup a word --

# Rules ask of many lines "does it hold one of these words?" (a share verb, an
# author's trade, a phrase's anchor). Each such vocabulary has a mark, a bit
# (see match.word_marks), derived here from the vocabularies once.
MARK_VOCABULARIES: Final[dict[str, frozenset[str]]] = {
    "stopword": STOPWORDS,
    "phrase_anchor": PHRASES.anchors,
    "footer_word": FOOTER_WORDS,
    "wire_credit": WIRE_CREDIT_WORDS,
    "author_role": AUTHOR_ROLES,
    "share": SHARE_VERBS | SHARE_NETWORKS,
    "new_window": NEW_WINDOW_VERBS,
    "follow": FOLLOW,
    "share_network": SHARE_NETWORKS,
}
WORD_MARKS, MARKS = word_marks(MARK_VOCABULARIES)
STOPWORD_MARK: Final = MARKS["stopword"]
ANCHOR_MARK: Final = MARKS["phrase_anchor"]
