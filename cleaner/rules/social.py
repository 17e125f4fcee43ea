"""Share buttons and social counters."""

from __future__ import annotations

import re
from typing import Final

import regex

from cleaner.lang import (
    MARKS,
    NEW_WINDOW,
    SHARE_COUNT,
    SHARE_FILLER,
    SHARE_NETWORKS,
    SHARE_PROMPTS,
    SHARE_VERBS,
)
from cleaner.lang.script import words_of
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.verdicts import LINE, SHARE, Declaration

# Site handles and domains ("@example.com", "example.com") may stand beside share buttons.
# A match starts where a run of word characters and hyphens starts (\K leaves
# its leading hyphens out): from every position inside a long run it would
# cost the run's length squared.
_SITE: Final = regex.compile(r"@\S+|(?<![\w-])-*\b\K[\w-]+(?:\.[\w-]+)+\b")
_WORD: Final = re.compile(r"\w")
_SHARE_VOCABULARY: Final = SHARE_VERBS | SHARE_NETWORKS
_FOLLOW_WORDS: Final = 25
_SHARE_MARK: Final = MARKS["share"]
_NEW_WINDOW_MARK: Final = MARKS["new_window"]
_FOLLOW_MARK: Final = MARKS["follow"]
_NETWORK_MARK: Final = MARKS["share_network"]


def _is_share_line(block: Block) -> bool:
    if not block.features.marks & _SHARE_MARK:
        return False
    # Each pattern is tried only where it can match: the screen-reader note holds
    # one of its verbs, an address an "@" or a dot.
    lower = block.features.lower
    if block.features.marks & _NEW_WINDOW_MARK:
        lower = NEW_WINDOW.sub(" ", lower)
    if "@" in lower or "." in lower:
        lower = _SITE.sub(" ", lower)
    tokens = block.features.tokens if lower is block.features.lower else words_of(lower)
    # An icon set as a character ("📧 Email", "🔗 Copy link") is a symbol, not a word.
    return all(
        t in _SHARE_VOCABULARY or t in SHARE_FILLER or t.isdigit() or not _WORD.search(t)
        for t in tokens
    )


def share_line(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Lines made only of share buttons, network names and share counts.

    >>> from cleaner.rules._base import demo
    >>> demo(share_line, "Share this @example.com\\nShare on Facebook\\nTeilen\\n12 shares\\nShare your thoughts with your doctor.")
    ['Share this @example.com', 'Share on Facebook', 'Teilen', '12 shares']

    Keeps: "Share your thoughts with your doctor." (a word outside the share vocabulary).
    """
    for block in blocks:
        if block.features.words > 14:
            continue
        key = block.features.key
        if key in SHARE_PROMPTS:
            yield Verdict(block.index, "share_line", "a share prompt", SHARE)
        elif block.features.digits and SHARE_COUNT.match(key):
            yield Verdict(block.index, "share_line", "a share or reaction count", SHARE)
        elif _is_share_line(block):
            yield Verdict(block.index, "share_line", "only share buttons and network names", SHARE)
    for block in blocks:
        marks = block.features.marks
        if (
            block.features.words <= _FOLLOW_WORDS
            and marks & _FOLLOW_MARK
            and marks & _NETWORK_MARK
            and len(SHARE_NETWORKS.intersection(block.features.tokens)) >= 2
        ):
            yield Verdict(
                block.index,
                "share_line",
                "a prompt to follow the site on social networks",
                SHARE,
            )


SHARE_LINE: Final = Declaration(
    share_line,
    LINE,
    (SHARE,),
    'share buttons and counts: "Share this @site.com", "Tweet", "Pin it", "12 shares", "Teilen", "Partager"',
    reads=(
        "share",
        "follow",
    ),
)
