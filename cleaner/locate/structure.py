"""Structure inside the article: headings, list items, steps, key/value lines and code
that stand between its paragraphs.

An article is not always a run of prose. A recipe holds its ingredients under
a heading between the introduction and the method, a how-to its commands, a
review its specifications. Short lines cost the article region that would span
them (menus are short lines), so a run of them between two paragraphs would cut
the article in two, and the part with fewer points would be lost. Being short
is no evidence of boilerplate: such a run costs nothing when its lines have the
shape of the article's own structure (:func:`item_shaped`: a quantity, a list
marker, a number, a key and its value, a clause list, code) and the lines
without that shape are headings, each over an item or the prose below, never
two in a row as in a menu. A rule that claims a line still decides it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from cleaner.page import Block
from cleaner.verdicts import Verdict

__all__ = ["item_shaped", "structure_between"]

# A line that opens with a quantity or a step's number ("1 cup", "½ tsp", "2)",
# "3.5 kg"), or with a list marker the reader left in.
_QUANTITY: Final = regex.compile(r"^\s*(?:\d|[\u00bc-\u00be\u2150-\u215e])")
# A key and its value ("Weight: 2.4 kg", "Prep time: 10 minutes"): a short key,
# a colon, and text after it.
_KEY_VALUE: Final = regex.compile(r"^[^:：]{1,40}[:：]\s*\S")
# A list item in clauses ("1 onion, diced"; "Salt, pepper").
_CLAUSE: Final = regex.compile(r"\w, \w|\w、\w")
# Headings in a row over a run's items.
_HEADINGS: Final = 2
# A run of this many lines at most is the article's structure; a longer one is
# a page of its own (a directory, an index).
_MAX_RUN: Final = 60


def item_shaped(block: Block) -> bool:
    """Whether a short line has the shape of an item of the article's own structure:
    a quantity or a step's number at its start, a list marker, a line of code, a
    key and its value, or clauses separated by commas.

    A menu entry has none of these ("Home", "Car Shipping", "About us"). Words in
    sentence case alone ("Careful handling") are no evidence: a mega menu's
    "See all sales solutions" has that shape too.

    >>> from cleaner.read.text import text_to_blocks
    >>> lines = "1 cup pearl barley\\nOlive oil, to taste\\nWeight: 2.4 kg\\n$ make install"
    >>> [item_shaped(b) for b in text_to_blocks(lines + "\\nHome\\nCar Shipping")]
    [True, True, True, True, False, False]
    """
    features = block.features
    if features.bullet or features.code:
        return True
    text = block.text
    return bool(_QUANTITY.match(text) or _KEY_VALUE.match(text.strip()) or _CLAUSE.search(text))


def structure_between(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    scores: list[float],
    prose: Sequence[bool],
) -> None:
    """Runs of short unclaimed lines between two paragraphs of prose cost nothing when
    they are the article's structure: at least half of the lines :func:`item_shaped`,
    the others headings, no more than ``_HEADINGS`` in a row (a menu is a run of
    lines without that shape). A line a rule removed ends the run.

    >>> from cleaner.read.text import text_to_blocks
    >>> para = "A paragraph long enough to be prose for the locator, with words in it."
    >>> items = "Ingredients\\n1 cup barley\\n2 onions\\nMethod"
    >>> blocks = text_to_blocks(f"{para}\\n{items}\\n{para}\\nHome\\nNews\\n{para}")
    >>> scores = [70.0, -30.0, 0.0, -30.0, -30.0, 70.0, -30.0, -30.0, 70.0]
    >>> structure_between(blocks, {}, scores, [s > 0 for s in scores])
    >>> scores
    [70.0, 0.0, 0.0, 0.0, 0.0, 70.0, -30.0, -30.0, 70.0]
    """
    count = len(blocks)
    i = 0
    while i < count:
        if not prose[i]:
            i += 1
            continue
        # The run after this paragraph: up to the next prose, or a removed line.
        end = i + 1
        while end < count and not prose[end] and blocks[end].index not in removed:
            end += 1
        first = i + 1
        run = 0 < end - first <= _MAX_RUN
        if end < count and prose[end] and run and _is_structure(blocks, scores, first, end):
            for j in range(first, end):
                scores[j] = max(scores[j], 0.0)
        i = end


def _is_structure(blocks: Sequence[Block], scores: Sequence[float], first: int, end: int) -> bool:
    """Whether ``blocks[first:end]`` are items and headings: at least half of them
    items, and no more than ``_HEADINGS`` headings in a row (a section's and a
    subsection's: "Pros & Cons", "Pros")."""
    items = 0
    headings = 0
    for j in range(first, end):
        if scores[j] == float("-inf"):
            return False
        if item_shaped(blocks[j]):
            items += 1
            headings = 0
        else:
            headings += 1
            if headings > _HEADINGS:
                return False
    return items * 2 >= end - first
