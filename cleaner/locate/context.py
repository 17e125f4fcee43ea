"""The context pass: inside the article's runs, short blocks are judged by their neighbours.

As jusText does: a heading right above prose, a list item after a lead-in, a
line of code, a short sentence ("Nobody was hurt.") stay; stray labels go.
Blocks outside the runs go, and in text mode a line the article prints two to
four times keeps its first copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.locate.scores import menu_like
from cleaner.page import COPY_WORDS, MAX_COPIES, Block
from cleaner.verdicts import BYLINE, COMMENT, SHARE, Kind, Verdict


def keep_short(
    blocks: Sequence[Block], i: int, alive: Sequence[bool], keep: dict[int, bool]
) -> bool:
    """Context decision for a short block inside the article span."""
    features = blocks[i].features
    if features.terminal or features.bullet or features.code or not menu_like(features):
        return True
    text = blocks[i].text.rstrip()
    if text.endswith((":", "：")):
        return True
    # Output printed under a command: the paragraph around it holds code.
    if any(
        0 <= j < len(blocks)
        and blocks[j].paragraph == blocks[i].paragraph
        and blocks[j].features.code
        for j in (i - 1, i + 1)
    ):
        return True
    # A list item: the line above, in the same paragraph, is a lead-in or a kept item.
    if i > 0 and alive[i - 1] and blocks[i - 1].paragraph == blocks[i].paragraph:
        above = blocks[i - 1].text.rstrip()
        if above.endswith((":", "：")) or (keep.get(i - 1) and blocks[i - 1].features.words <= 30):
            return True
    # A heading: the next block that survived the rules reads as a sentence.
    following = next((j for j in range(i + 1, len(blocks)) if alive[j]), None)
    if following is None or features.words > 20:
        return False
    below = blocks[following].features
    return blocks[following].paragraph != blocks[i].paragraph and not menu_like(below)


def judge_spans(
    blocks: Sequence[Block],
    removed: dict[int, Verdict],
    scores: Sequence[float],
    spans: list[tuple[int, int]],
    dom: bool,
) -> tuple[list[Verdict], tuple[int, ...]]:
    """Verdicts for the blocks outside ``spans`` and for the short ones inside that their
    neighbours do not keep; and the blocks inside that copy a line held above them."""
    inside = [False] * len(blocks)
    for first, last in spans:
        inside[first : last + 1] = [True] * (last + 1 - first)
    alive = [b.index not in removed for b in blocks]
    verdicts: list[Verdict] = []
    keep: dict[int, bool] = {}
    # Text the article holds already (lines of COPY_WORDS words or more; text
    # mode: in HTML, the duplicate_block rule reads the copies from the tree).
    held: dict[str, list[int]] | None = None if dom else {}
    comments = comment_section(blocks, removed, spans[-1][1])
    for block in blocks:
        i = block.index
        if not alive[i]:
            continue
        if not inside[i]:
            if i in comments:
                verdicts.append(Verdict(i, "outside_article", READER_COMMENT))
                continue
            where = "before" if i < spans[0][0] else "after" if i > spans[-1][1] else "between"
            verdicts.append(Verdict(i, "outside_article", f"{where} the article's prose"))
            continue
        if scores[i] < 0:
            keep[i] = keep_short(blocks, i, alive, keep)
            if not keep[i]:
                verdicts.append(
                    Verdict(
                        i,
                        "short_block",
                        "a short line inside the article that is not a "
                        "sentence, heading or list item",
                    )
                )
                continue
        else:
            keep[i] = True
        if held is not None and block.features.words >= COPY_WORDS:
            held.setdefault(block.text, []).append(i)
    if not held:
        return verdicts, ()
    # A page that prints a paragraph two to four times (a summary above the
    # story, a teaser of it below, a version for small screens or for print):
    # the article keeps its first copy. A line printed more often is the
    # page's own refrain or a stream of the same post: every copy stays.
    copies = tuple(
        copy for where in held.values() if 2 <= len(where) <= MAX_COPIES for copy in where[1:]
    )
    return verdicts, copies


# The reason for a line the article leaves out in the comment section under it.
READER_COMMENT: Final = "a reader comment: in the comment section under the article"
# What a comment section holds besides its comments: its own lines (header,
# controls, form), the comments' dates and authors' handles, share buttons.
_COMMENT_PARTS: Final[frozenset[Kind]] = frozenset({COMMENT, BYLINE, SHARE})


def comment_section(blocks: Sequence[Block], removed: dict[int, Verdict], end: int) -> set[int]:
    """The unclaimed blocks of the comment section under the article (which ends at
    ``end``): from the first line of it after the article (its header, count or
    form, a comment's author line or control) to its last, before any line
    another rule claimed (a footer, a related header).

    >>> from cleaner.read.text import text_to_blocks
    >>> from cleaner.verdicts import COPYRIGHT
    >>> lines = text_to_blocks("Text.\\nLeave a Reply\\nMo\\nGreat!\\nReply\\nNext post\\n© 2024")
    >>> said = {1: Verdict(1, "comment_section", "a header", COMMENT, barrier=True)}
    >>> said[4] = Verdict(4, "comment_section", "a control", COMMENT)
    >>> said[6] = Verdict(6, "footer", "a copyright line", COPYRIGHT)
    >>> sorted(comment_section(lines, said, 0))
    [2, 3]
    """
    found: set[int] = set()
    pending: list[int] = []  # unclaimed lines since the section's last line
    inside = False
    for block in blocks[end + 1 :]:
        verdict = removed.get(block.index)
        if verdict is None:
            if inside:
                pending.append(block.index)
        elif verdict.kind == COMMENT:
            inside = True
            found.update(pending)
            pending.clear()
        elif verdict.kind not in _COMMENT_PARTS and inside:
            break
    return found
