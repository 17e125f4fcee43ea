"""Article metadata lines: bylines, dates, reading times, image captions and credits."""

from __future__ import annotations

import re
from typing import Final

import regex

from cleaner import lang
from cleaner.lang.match import Marks, holds_any
from cleaner.lang.script import fold_rtl, words_of
from cleaner.measure.features import may_open
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict, line_key

# The kind under another name: CAPTION here is the caption rule's declaration.
from cleaner.verdicts import BYLINE, LINE, Declaration
from cleaner.verdicts import CAPTION as CAPTION_KIND

# An e-mail address ("reach her at jane@example.com"): the author's contact line.
# It is tried where a run of address characters starts ((?<!...)): from every
# position inside a long run ("a-a-a-...@") it would cost the run squared.
_HAS_ADDRESS: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")


# First words of an author box header, and words every wire credit line holds.
# An author's bio is a sentence or two, and names the author's trade.
_BIO_WORDS: Final = 45
# A relative time in words ("منذ ساعتين") is a few words long.
_WORDED_TIME_WORDS: Final = 4
_CREDIT_MARK: Final = lang.MARKS["wire_credit"]
_BIO_ROLE_MARK: Final = lang.MARKS["author_role"]


# The kinds of item a line of article metadata is made of, as its reason names them.
_BYLINE, _DATE, _READING_TIME, _COMMENT_COUNT = "byline", "date", "reading time", "comment count"
# A time of day beside a date ("12:21 AM", "10.42 Uhr", "09h47 CET").
_CLOCK: Final = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|[a-z]{2,4}))?$")
# A name: two to seven capitalised words ("Alan Woinski and Kim Woinski"); a count.
_NAME, _NUMBER = "name", "number"
_COUNT_DIGITS: Final = 6
# (A script without capitals, Arabic, Hebrew, Devanagari, starts a name with any
# letter, and writes vowel signs inside it.)
_AUTHOR_NAME: Final = regex.compile(
    r"^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]++(?:\s(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*+|and|und|et|y|e|en|&|van|de|der|von|da|di|del)){1,6}$"
)
# A line of metadata items: a few of them, each of a few words.
_ROW_WORDS: Final = 24
_ROW_ITEMS: Final = 6
_ITEM_SEPARATORS: Final = Marks(lang.ITEM_SEPARATORS)


def _metadata_item(item: str) -> str | None:
    """What one item of a metadata line is ("byline", "date"...), or None; a bare
    name is ``_NAME`` (a byline beside a date, in a line of them)."""
    text = item.strip()
    key = line_key(text)
    if not key:
        return None
    # (the first word: "来源：江城日报" has no space after its label; the openers are
    # folded as keys are, and so is the line: lang.script.fold_rtl)
    first = words_of(key)[:1]
    if first and first[0] in lang.BYLINE_STARTS and lang.BYLINE.match(fold_rtl(text)):
        return _BYLINE
    if _AUTHOR_NAME.match(text) or (text.isupper() and text.isalpha() and len(text) > 1):
        return _NAME  # a person's name, or an agency's in capitals ("WIRED")
    if text.isdecimal() and len(text) <= _COUNT_DIGITS:
        return _NUMBER
    if lang.DATE_LINE.match(key) or lang.RELATIVE_TIME.match(key) or _CLOCK.match(key):
        return _DATE
    if lang.READING_TIME.search(key):
        return _READING_TIME
    if lang.COMMENT_COUNT.match(key):
        return _COMMENT_COUNT
    return None


def _metadata_row(block: Block) -> str | None:
    """The reason for a line made of article metadata items apart by "|", "·" or "•"
    ("March 12, 2024 | 4 min read": "a date and reading time line"), or None."""
    features = block.features
    if features.words > _ROW_WORDS or not features.digits or not _ITEM_SEPARATORS.found(block.text):
        return None
    items = lang.SEPARATED_ITEMS.split(block.text.strip())
    if not 2 <= len(items) <= _ROW_ITEMS:
        return None
    kinds: list[str] = []
    for item in items:
        kind = _metadata_item(item)
        if kind is None:
            return None
        if kind not in kinds:
            kinds.append(kind)
    if _NAME in kinds or _NUMBER in kinds:
        # A name is the author's, and a bare number a count of comments or views,
        # only beside a date and joined to it by a bar ("Alan Woinski | 3 days ago",
        # "Tim Stevens – 3/6/2026 | 72"): a listing prints "Name · Date" under each
        # of its cards, and there the credits are a part of the listing.
        if _DATE not in kinds or "|" not in block.text:
            return None
        kinds = [
            _BYLINE if kind == _NAME else "count" if kind == _NUMBER else kind for kind in kinds
        ]
        kinds = [kind for n, kind in enumerate(kinds) if kind not in kinds[:n]]
    named = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
    return f"a {named} line"


def _date_then_byline(text: str) -> bool:
    """Whether ``text`` is a date, then its byline, with no separator between them
    ("Published March 3, 2024 by Jane Doe", "Publicerad 4 oktober 2023 av Karin").

    >>> _date_then_byline("Publicerad 4 oktober 2023 av Karin"), _date_then_byline("4 oktober 2023 av alla")
    (True, False)
    """
    words = text.split()
    # A date has two words at least, a byline its opener and a name.
    for at in range(2, min(len(words) - 1, _DATE_WORDS + 1)):
        if (
            line_key(words[at]) in lang.BYLINE_STARTS
            and lang.DATE_LINE.match(line_key(" ".join(words[:at])))
            and lang.BYLINE.match(" ".join(words[at:]))
        ):
            return True
    return False


# The most words of a date before its byline ("Updated on Monday, March 3, 2024 at 10:30 am").
_DATE_WORDS: Final = 9


def byline_date(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Bylines, publication dates, relative times and reading times, alone or
    together on one line ("March 12, 2024 | 4 min read").

    >>> from cleaner.rules._base import demo
    >>> demo(byline_date, "By Jane Doe\\nNovember 20, 2019\\n5 min read\\n3 hours ago\\nMarch 12, 2024 | 4 min read\\nBy the time firefighters came, the barn was gone.")
    ['By Jane Doe', 'November 20, 2019', '5 min read', '3 hours ago', 'March 12, 2024 | 4 min read']

    Keeps: "By the time firefighters came, the barn was gone." (not a name), and a
    row of items that are not all metadata ("Calories: 196kcal | Carbohydrates: 32g").
    """
    for block in blocks:
        features = block.features
        row = _metadata_row(block)
        if row is not None:
            yield Verdict(block.index, "byline_date", row, BYLINE)
            continue
        if "@" in block.text and _HAS_ADDRESS.search(block.text) and features.words <= 30:
            yield Verdict(block.index, "byline_date", "a line giving an e-mail address", BYLINE)
            continue
        if (
            features.words <= _BIO_WORDS
            and features.marks & _BIO_ROLE_MARK
            and lang.AUTHOR_BIO.match(block.text.strip())
        ):
            yield Verdict(block.index, "byline_date", "the author's bio", BYLINE)
            continue
        if features.words > 14:
            continue
        key = features.key
        tokens = features.tokens
        if key in lang.AUTHOR_BOX or (
            features.words <= 5
            and tokens
            and tokens[0] in lang.AUTHOR_ABOUT_OPENERS
            and not features.terminal
            and lang.AUTHOR_ABOUT.match(fold_rtl(block.text.strip()))
        ):
            yield Verdict(
                block.index, "byline_date", "the header of the author box", BYLINE, barrier=True
            )
        elif key in lang.BYLINE_LABELS:
            yield Verdict(block.index, "byline_date", "a review badge", BYLINE)
        elif features.marks & _CREDIT_MARK and lang.WIRE_CREDITS.search(features.lower):
            yield Verdict(block.index, "byline_date", "a wire service's credits", BYLINE)
        elif (
            # "By Tuesday, the water had receded." is a sentence, not a byline.
            not features.terminal
            and tokens
            and tokens[0] in lang.BYLINE_STARTS
            # (the openers are folded as keys are: so is the line, lang.script.fold_rtl)
            and lang.BYLINE.match(fold_rtl(block.text.strip()))
        ):
            yield Verdict(block.index, "byline_date", "a byline", BYLINE)
        elif not lang.BYLINE_CLOSER_WORDS.isdisjoint(tokens) and lang.BYLINE_CLOSED.match(
            block.text.strip()
        ):
            # "홍길동 기자": the name first, then the word that makes it a byline.
            yield Verdict(block.index, "byline_date", "a byline", BYLINE)
        elif not features.digits:
            text = block.text.strip()
            if "@" in text and features.words <= 4 and lang.CONTACT.match(text):
                yield Verdict(block.index, "byline_date", "an author's address or handle", BYLINE)
            elif (
                # A relative time a language writes without digits: "منذ ساعتين" (two hours
                # ago, in the dual), "לפני שעה".
                features.words <= _WORDED_TIME_WORDS
                and may_open(features, lang.RELATIVE_TIME_OPENINGS_WORDED)
                and lang.RELATIVE_TIME.match(features.key)
            ):
                yield Verdict(block.index, "byline_date", "a date line", BYLINE)
        elif lang.DATE_LINE.match(key) or (
            may_open(features, lang.RELATIVE_TIME_OPENINGS) and lang.RELATIVE_TIME.match(key)
        ):
            yield Verdict(block.index, "byline_date", "a date line", BYLINE)
        elif not lang.BYLINE_STARTS.isdisjoint(tokens[2:]) and _date_then_byline(block.text):
            yield Verdict(block.index, "byline_date", "a date line and a byline", BYLINE)
        elif holds_any(features.lower, lang.READING_TIME_MARKS) and lang.READING_TIME.search(
            features.lower
        ):
            yield Verdict(block.index, "byline_date", "a reading time", BYLINE)


BYLINE_DATE: Final = Declaration(
    byline_date,
    LINE,
    (BYLINE,),
    'bylines, dates, reading times ("asked Feb 11, 2011 at 23:49"), lines of them ("March 12, 2024 | 4 min read"), author boxes',
    reads=(
        "byline",
        "dates",
    ),
    barrier=True,
)


def caption(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Image captions that carry a photo credit.

    >>> from cleaner.rules._base import demo
    >>> demo(caption, "The mayor at the opening. Photo: Jane Doe\\nFirefighters at the scene (Getty Images)\\nGetty Images said it would cut 300 jobs.")
    ['The mayor at the opening. Photo: Jane Doe', 'Firefighters at the scene (Getty Images)']

    Keeps: sentences that report on a photo agency.
    """
    for block in blocks:
        features = block.features
        if features.words <= 6 and (
            features.key in lang.MEDIA_CONTROLS
            or (features.digits and lang.MEDIA_POSITION.match(features.key))
        ):
            yield Verdict(block.index, "caption", "a gallery or player control", CAPTION_KIND)
        elif (
            features.digits
            and block.text.lstrip()[:1].isdecimal()
            and lang.GALLERY_CAPTION.match(block.text.strip())
        ):
            yield Verdict(block.index, "caption", "a numbered gallery caption", CAPTION_KIND)
        elif (
            features.words <= 45
            and ("caption_word" in features.hits or "©" in features.lower)
            and lang.CAPTION_CREDIT.search(features.lower)
        ):
            yield Verdict(block.index, "caption", "an image caption or credit", CAPTION_KIND)


CAPTION: Final = Declaration(
    caption,
    LINE,
    (CAPTION_KIND,),
    "captions with photo credits, gallery controls",
    reads=("captions",),
)
