"""Where the page ends: prose after the last copyright line that ends the page weighs less."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from cleaner.locate.spans import ARTICLE_POINTS, best_span
from cleaner.page import Block
from cleaner.verdicts import (
    COPYRIGHT,
    Verdict,
)

# What prose after the copyright line that ends the page counts for (see discount_after_end).
_AFTER_END: Final = 0.25
# A year in a copyright line ("© 2024 Example Media", "Copyright 1998-2025"): the
# site's notice. A photo credit names its agency or photographer ("© Reuters").
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def ends_page(verdict: Verdict, block: Block) -> bool:
    """Whether ``verdict`` on ``block`` marks where the page ends: a copyright line that
    reserves the rights (a barrier) or dates the site's notice; a photo credit does not.

    >>> from cleaner.read.text import text_to_blocks
    >>> from cleaner.config import Config
    >>> from cleaner.rules.footer import footer
    >>> blocks = text_to_blocks("© 2025 Example Shoes\\n© Reuters")
    >>> [ends_page(v, blocks[v.index]) for v in footer(blocks, Config())]
    [True, False]
    """
    return verdict.kind == COPYRIGHT and (verdict.barrier or _YEAR.search(block.text) is not None)


def discount_after_end(
    blocks: Sequence[Block], removed: dict[int, Verdict], scores: list[float]
) -> None:
    """Prose after the page's last copyright line weighs less (``_AFTER_END`` of its
    points) when the page holds an article before it: a line that reserves the
    rights, or one that dates the site's notice ("© 2025 Example Shoes"); a photo
    credit ("© Reuters") names no year.

    The page ends at such a line: what text extraction prints after it is the
    dialogs the page opens on demand (a refund policy, a privacy notice, a
    size guide), which can outweigh a short article above the footer. Where
    the page's text put its footer first, nothing above it is an article, and
    the prose below keeps its points.

    >>> from cleaner.read.text import text_to_blocks
    >>> scores = [300.0, float("-inf"), 500.0]
    >>> lines = text_to_blocks("Text.\\n© 2024 Example. All rights reserved.\\nMore text.")
    >>> ended = Verdict(1, "footer", "a copyright line", COPYRIGHT, barrier=True)
    >>> discount_after_end(lines, {1: ended}, scores)
    >>> scores
    [300.0, -inf, 125.0]
    """
    end = max(
        (i for i, verdict in removed.items() if ends_page(verdict, blocks[i])),
        default=None,
    )
    if end is None or best_span(scores[:end])[2] < ARTICLE_POINTS:
        return
    for i in range(end + 1, len(scores)):
        if scores[i] > 0:
            scores[i] *= _AFTER_END
