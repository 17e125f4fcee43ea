"""Article metadata lines: bylines, dates, reading times, image captions and credits."""

from __future__ import annotations

import re
from typing import Final

from cleaner import lang
from cleaner.measure.features import may_open
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.verdicts import BYLINE, METADATA

# An e-mail address ("reach her at jane@example.com"): the author's contact line.
# It is tried where a run of address characters starts ((?<!...)): from every
# position inside a long run ("a-a-a-...@") it would cost the run squared.
_HAS_ADDRESS: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")


# First words of an author box header, and words every wire credit line holds.
_ABOUT: Final = frozenset(["about", "über", "sobre", "à", "a", "over", "o"])
_CREDIT_WORDS: Final = frozenset({"by", "contributed"})
# An author's bio is a sentence or two, and names the author's trade.
_BIO_WORDS: Final = 45
_BIO_ROLES: Final = frozenset(
    [
        "writer",
        "reporter",
        "editor",
        "journalist",
        "correspondent",
        "contributor",
        "columnist",
        "producer",
        "staff",
        "redakteur",
        "redakteurin",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "periodista",
        "redactor",
        "redactora",
        "giornalista",
        "redattore",
        "jornalista",
        "redator",
        "redacteur",
        "verslaggever",
    ]
)
_CREDIT_MARK: Final = lang.word_mark("wire_credit", _CREDIT_WORDS)
_BIO_ROLE_MARK: Final = lang.word_mark("author_role", _BIO_ROLES)


def byline_date(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Bylines, publication dates, relative times and reading times.

    >>> from cleaner.rules._base import demo
    >>> demo(byline_date, "By Jane Doe\\nNovember 20, 2019\\n5 min read\\n3 hours ago\\nBy the time firefighters came, the barn was gone.")
    ['By Jane Doe', 'November 20, 2019', '5 min read', '3 hours ago']

    Keeps: "By the time firefighters came, the barn was gone." (not a name).
    """
    for block in blocks:
        features = block.features
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
            and tokens[0] in _ABOUT
            and not features.terminal
            and lang.AUTHOR_ABOUT.match(block.text.strip())
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
            and lang.BYLINE.match(block.text.strip())
        ):
            yield Verdict(block.index, "byline_date", "a byline", BYLINE)
        elif not features.digits:
            text = block.text.strip()
            if "@" in text and features.words <= 4 and lang.CONTACT.match(text):
                yield Verdict(block.index, "byline_date", "an author's address or handle", BYLINE)
        elif lang.DATE_LINE.match(key) or (
            may_open(features, lang.RELATIVE_TIME_OPENINGS) and lang.RELATIVE_TIME.match(key)
        ):
            yield Verdict(block.index, "byline_date", "a date line", BYLINE)
        elif lang.holds_any(features.lower, lang.READING_TIME_MARKS) and lang.READING_TIME.search(
            features.lower
        ):
            yield Verdict(block.index, "byline_date", "a reading time", BYLINE)


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
            yield Verdict(block.index, "caption", "a gallery or player control", METADATA)
        elif (
            features.digits
            and block.text.lstrip()[:1].isdecimal()
            and lang.GALLERY_CAPTION.match(block.text.strip())
        ):
            yield Verdict(block.index, "caption", "a numbered gallery caption", METADATA)
        elif (
            features.words <= 45
            and ("caption_word" in features.hits or "©" in features.lower)
            and lang.CAPTION_CREDIT.search(features.lower)
        ):
            yield Verdict(block.index, "caption", "an image caption or credit", METADATA)
