"""Page footers and tag lines."""

from __future__ import annotations

from typing import Final

from cleaner import lang
from cleaner.lang.match import Marks
from cleaner.measure.features import may_open
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict, line_key
from cleaner.verdicts import COPYRIGHT, FURNITURE, LINE, Declaration

# The most words of a disclaimer; the rest of a footer is shorter (30 words).
_DISCLAIMER_WORDS: Final = 60
# Any of lang.COPYRIGHT_SIGNS, found in one scan of the line.
_COPYRIGHT_SIGNS: Final = Marks(lang.COPYRIGHT_SIGNS)
# A line without any of the characters lang.SEPARATED_ITEMS splits at has one item.
_ITEM_SEPARATORS: Final = Marks(lang.ITEM_SEPARATORS)


def footer(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Copyright lines, footer links, and link rows like "Privacy | Terms | Contact".

    A copyright line that reserves rights is a barrier: the article does not
    continue past it.

    >>> from cleaner.rules._base import demo
    >>> demo(footer, "© 2024 Example Media. All rights reserved.\\nPrivacy | Terms | Contact\\nImpressum\\nHomebody is published by Hearth Media Ltd.\\nThe copyright lawsuit was filed in 2019 by three authors who said the model copied their books.")
    ['© 2024 Example Media. All rights reserved.', 'Privacy | Terms | Contact', 'Impressum', 'Homebody is published by Hearth Media Ltd.']

    Keeps: long sentences that mention copyright, and a company named in a
    sentence of the article ("The paper is part of Example Media, which...").
    """
    for block in blocks:
        features = block.features
        if features.words > 30:
            # A disclaimer runs to a few sentences of legal text, and so may the
            # copyright line that opens with its sign.
            if features.words > _DISCLAIMER_WORDS:
                continue
            if "disclaimer" in features.hits:
                yield _disclaimer(block)
            elif features.lower.startswith(lang.COPYRIGHT_SIGNS) and lang.COPYRIGHT.match(
                features.lower
            ):
                yield _copyright_line(block)
            continue
        key = block.features.key
        marked = "copyright_mark" in features.hits or _COPYRIGHT_SIGNS.found(features.lower)
        copyright_at = lang.COPYRIGHT.search(features.lower) if marked else None
        if copyright_at and (features.words <= 12 or copyright_at.start() == 0):
            yield _copyright_line(block)
        elif "disclaimer" in features.hits:
            yield _disclaimer(block)
        elif key in lang.FOOTER_LINKS:
            yield Verdict(block.index, "footer", "a footer link", FURNITURE)
        elif features.words <= _PUBLISHER_WORDS and lang.PUBLISHER.search(block.text):
            yield Verdict(block.index, "footer", "the publisher's legal line", FURNITURE)
        elif features.words <= _CREDIT_WORDS and lang.SITE_CREDIT.search(features.lower):
            yield Verdict(block.index, "footer", "the site's software or theme credit", FURNITURE)
        elif _ITEM_SEPARATORS.found(block.text):
            items = lang.SEPARATED_ITEMS.split(block.text)
            if len(items) < 3:
                continue
            keys = [line_key(i) for i in items]
            if all(len(k.split()) <= 4 for k in keys) and any(k in lang.FOOTER_LINKS for k in keys):
                yield Verdict(block.index, "footer", "a row of footer links", FURNITURE)
        elif (
            _ROW_LINKS <= features.words <= _ROW_WORDS
            and not features.terminal
            and features.marks & _FOOTER_WORD_MARK
            and len(lang.FOOTER_WORDS.intersection(features.tokens)) >= _ROW_LINKS
            and _footer_row(key)
        ):
            yield Verdict(block.index, "footer", "a row of footer links", FURNITURE)


FOOTER: Final = Declaration(
    footer,
    LINE,
    (
        FURNITURE,
        COPYRIGHT,
    ),
    'copyright lines, footer links, "Privacy | Terms | Contact", disclaimers, the publisher\'s legal line, "Powered by WordPress"',
    reads=("footer",),
    barrier=True,
)


# The publisher's legal line (lang.PUBLISHER) is a short line.
_PUBLISHER_WORDS: Final = 16


# "Designed by Elegant Themes | Powered by WordPress": the software a site runs on.
_CREDIT_WORDS: Final = 14


def _copyright_line(block: Block) -> Verdict:
    """A copyright line: a barrier when it reserves the rights (the page ends there)."""
    reserved = any(word in block.features.lower for word in lang.RESERVED_WORDS)
    return Verdict(block.index, "footer", "a copyright line", COPYRIGHT, barrier=reserved)


def _disclaimer(block: Block) -> Verdict:
    return Verdict(
        block.index, "footer", f"a disclaimer: {block.features.hits['disclaimer']!r}", FURNITURE
    )


# A row of footer links printed without separators ("About Media Kit Contact
# Terms & Conditions Privacy"): this many links or more, and one word in four
# at most (the site's name) outside them.
_ROW_LINKS: Final = 4
_FOOTER_WORD_MARK: Final = lang.MARKS["footer_word"]
_ROW_WORDS: Final = 24
_ROW_STRAYS: Final = 0.25


def _footer_row(key: str) -> bool:
    """Whether ``key`` reads as footer links one after another, longest first."""
    words = key.split()
    links = strays = i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            if " ".join(words[i : i + size]) in lang.FOOTER_LINKS:
                links += 1
                i += size
                break
        else:
            strays += 1
            i += 1
    return links >= _ROW_LINKS and strays <= _ROW_STRAYS * len(words)


def tag_line(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Tag and category lines: "Tags: politics, economy", "Schlagwörter: ...".

    >>> from cleaner.rules._base import demo
    >>> demo(tag_line, "Tags: politics, economy\\nThemen: Berlin, Verkehr\\nTopics discussed included rent and wages.")
    ['Tags: politics, economy', 'Themen: Berlin, Verkehr']

    Keeps: sentences that start with "Topics" but have no label colon.
    """
    for block in blocks:
        if (
            block.features.words <= 30
            and may_open(block.features, lang.TAGS_OPENINGS)
            and lang.TAGS.match(block.features.lower.strip())
        ):
            yield Verdict(block.index, "tag_line", "a tag or category list", FURNITURE)


TAG_LINE: Final = Declaration(
    tag_line,
    LINE,
    (FURNITURE,),
    '"Tags: ...", "Schlagwörter: ..."',
    reads=("tags",),
)
