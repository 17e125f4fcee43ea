"""Related-article blocks, repeated teasers and inline cross-links."""

from __future__ import annotations

from typing import Final

import regex

from cleaner import lang
from cleaner.measure.features import is_headline, is_prose, is_running_text, may_open
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.rules.comments import comment_line
from cleaner.verdicts import (
    CONTEXT,
    FURNITURE,
    LINE,
    LISTED_TEASER,
    RELATED_HEADER,
    TEASER,
    Declaration,
)

# The reason given for a header.
_HEADER_REASON: Final = "a related-content header"
# Teaser titles are shorter than this; a line this long in sentence case (under
# this share of capitalised words) is text.
_RUNNING_WORDS: Final = 16
_RUNNING_CAPITALS: Final = 0.5
# The most words a related-content header has.
_HEADER_WORDS: Final = 9
# A title printed again within this many lines is a headline printed twice.
_NEAR_COPY: Final = 3
# A teaser snippet is cut mid-sentence: a word or a comma right before the ellipsis.
_CUT_OFF: Final = regex.compile(r"[\w,;]\s?(?:…|\.\.\.)['\"”’»)\]]*$")


def _is_related_header(block: Block) -> bool:
    if block.features.words > 8 or block.features.terminal:
        return False
    key = block.features.key
    if key in lang.RELATED_HEADERS or (
        may_open(block.features, lang.RELATED_HEADER_PREFIX_OPENINGS)
        and lang.RELATED_HEADER_PREFIX.match(key)
    ):
        return True
    # "You may like to read", "Related articles about Berlin": a known header of
    # two words or more, followed by a few more words. A key's words are apart by
    # single spaces: its first word and its length are read without splitting it.
    if not 1 < key.count(" ") < _HEADER_WORDS or key[: key.find(" ")] not in _HEADER_FIRST_WORDS:
        return False
    words = key.split()
    return any(" ".join(words[:n]) in lang.RELATED_HEADERS for n in range(2, len(words)))


# The first words of the headers of two words or more: most lines start otherwise.
_HEADER_FIRST_WORDS: Final = frozenset(
    header.split()[0] for header in lang.RELATED_HEADERS if " " in header
)


def related_block(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """A "You May Also Like" / "Mehr zum Thema" header and the run of teasers it leads.

    The header claims every following block up to the next one that reads as
    prose (a full sentence of at least ``config.prose_words`` words), which
    is where the article resumes when the block sat inside it, or up to a
    line of a comment section (its header, count, form, a prompt to comment, a
    comment's author line or controls): the comments below are no teasers.

    >>> from cleaner.rules._base import demo
    >>> demo(related_block, "You May Also Like\\nStorm Hits Coast\\nTown Rebuilds After Flood\\nThe mayor said the town would rebuild the bridge by next spring at the latest.")
    ['You May Also Like', 'Storm Hits Coast', 'Town Rebuilds After Flood']

    Keeps: the prose that follows the run, "Related costs rose 4%." (not a
    header), and the comments under a comment section's header after the run.
    """
    header: Block | None = None
    for block in blocks:
        if _is_related_header(block):
            header = block
            yield Verdict(block.index, "related_block", _HEADER_REASON, RELATED_HEADER)
        elif header is not None:
            if (
                comment_line(block)
                or is_prose(block.features, config.prose_words)
                or (
                    # a snippet cut off with an ellipsis is a teaser's, however long
                    not block.features.ellipsis
                    and is_running_text(block.features, _RUNNING_WORDS, _RUNNING_CAPITALS)
                )
            ):
                header = None
            else:
                yield Verdict(
                    block.index,
                    "related_block",
                    f"a teaser under {header.text.strip()!r}",
                    LISTED_TEASER,
                )


RELATED_BLOCK: Final = Declaration(
    related_block,
    CONTEXT,
    (
        RELATED_HEADER,
        LISTED_TEASER,
    ),
    'a "You May Also Like" / "Mehr zum Thema" header and the run of teasers it leads, up to prose or a comment section',
    reads=("related",),
)


def _tokens(block: Block) -> set[str]:
    return set(block.features.tokens)


def _similar(a: Block, b: Block) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.5


def repeated_teaser(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Teasers: snippets cut off with "…" and the title/caption lines above them,
    a title followed by its near-duplicate rewrite, and a title printed twice.

    A cut-off snippet counts when the page has two or more of them, or when a
    headline sits right above it; one stylistic "..." in a paragraph stays.

    >>> from cleaner.rules._base import demo
    >>> demo(repeated_teaser, "Storm hits the coast\\n\\nStorm batters coastal towns\\n\\nThe storm that hit the coast on Friday left…\\nFlood closes bridge\\n\\nThe bridge over the river was closed after…")
    ['Storm hits the coast', 'Storm batters coastal towns', 'The storm that hit the coast on Friday left…', 'Flood closes bridge', 'The bridge over the river was closed after…']

    Keeps: a lone paragraph that trails off with "..." after other prose.
    """
    cut = [
        b
        for b in blocks
        if b.features.ellipsis and b.features.words >= 4 and _CUT_OFF.search(b.text[-12:])
    ]
    claimed: set[int] = set()
    for snippet in cut:
        above = [b for b in blocks[max(0, snippet.index - 3) : snippet.index]]
        titles: list[Block] = []
        for block in reversed(above):
            if is_prose(block.features, config.prose_words) or block in cut:
                break
            titles.append(block)
        if len(cut) < 2 and not any(is_headline(t.features) for t in titles):
            continue
        if (
            not titles
            and above
            and is_prose(above[-1].features, config.prose_words)
            and _prose_follows(blocks, snippet.index, config)
        ):
            # Between two paragraphs, a line that trails off is the article's
            # own ("... one can only dream…"): a teaser's snippet sits under its title.
            continue
        claimed.add(snippet.index)
        yield Verdict(
            snippet.index, "repeated_teaser", "a snippet cut off with an ellipsis", TEASER
        )
        for title in titles:
            if title.index not in claimed and title.features.words <= 40:
                claimed.add(title.index)
                yield Verdict(
                    title.index, "repeated_teaser", "the title or caption of a teaser", TEASER
                )
    seen: dict[str, Block] = {}
    for block in blocks:
        features = block.features
        if features.words < 4 or block.index in claimed or not is_headline(features):
            continue
        key = block.features.key
        previous = blocks[block.index - 1] if block.index else None
        if key in seen and features.words >= 5 and features.title_ratio >= 0.6:
            # A heading over prose, printed first far above (in the article's table of
            # contents), is the article's own; a teaser's title heads another title
            # or a snippet, and a headline printed twice prints it on the next line.
            if (
                not _prose_follows(blocks, block.index, config)
                or block.index - seen[key].index <= _NEAR_COPY
            ):
                yield Verdict(block.index, "repeated_teaser", "a title printed twice", TEASER)
        elif (
            previous is not None
            and previous.paragraph != block.paragraph
            and is_headline(previous.features)
            and _similar(previous, block)
        ):
            yield Verdict(
                previous.index, "repeated_teaser", "a title followed by its rewrite", TEASER
            )
            yield Verdict(block.index, "repeated_teaser", "a rewrite of the title above", TEASER)
        seen.setdefault(key, block)


REPEATED_TEASER: Final = Declaration(
    repeated_teaser,
    CONTEXT,
    (TEASER,),
    'snippets cut off with "…" and their titles; a title followed by its rewrite; a title printed twice',
)


def _prose_follows(blocks: Sequence[Block], index: int, config: Config) -> bool:
    """Whether the block after ``index`` is prose."""
    return index + 1 < len(blocks) and is_prose(blocks[index + 1].features, config.prose_words)


def inline_crosslink(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Cross-links set inside the article: "READ ALSO: ...", "Related: ...", "LESEN SIE AUCH: ...".

    >>> from cleaner.rules._base import demo
    >>> demo(inline_crosslink, "READ ALSO: Storm hits coast\\nLESEN SIE AUCH: Neue Brücke eröffnet\\nRelated costs rose 4%, the company said.")
    ['READ ALSO: Storm hits coast', 'LESEN SIE AUCH: Neue Brücke eröffnet']

    Keeps: "Related costs rose 4%, the company said." (no label colon).
    """
    for block in blocks:
        if (
            block.features.words <= 30
            and may_open(block.features, lang.CROSSLINK_OPENINGS)
            and lang.CROSSLINK.match(block.features.lower.strip())
        ):
            yield Verdict(
                block.index, "inline_crosslink", "a cross-link inside the article", FURNITURE
            )


INLINE_CROSSLINK: Final = Declaration(
    inline_crosslink,
    LINE,
    (FURNITURE,),
    '"READ ALSO: ...", "Related: ...", "LESEN SIE AUCH: ..." inside the article',
    reads=("read_also",),
)
