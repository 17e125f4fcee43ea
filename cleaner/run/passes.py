"""The rules' passes over a page's blocks, to a fixed point.

One pass runs every enabled rule over the blocks (in the order fixed in
:mod:`cleaner.rules`), then the locator over what they left. A block's first
verdict is the one that counts. Compiled in the compiled build (see setup.py);
:mod:`cleaner.run.pipeline`, which calls it, is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from cleaner.config import Config
from cleaner.errors import checkpoint
from cleaner.locate import REASON_DESCRIPTIONS, REASONS, locate
from cleaner.page import Block, renumber
from cleaner.rules import CONTEXT_RULES, LINE_RULES, RULE_DESCRIPTIONS, RULES, TEXT_RULES
from cleaner.rules.dom import HELD_COPY, duplicate_block
from cleaner.verdicts import Rule, Verdict
from cleaner.write.report import BlockReport

__all__ = ["DESCRIPTIONS", "RULE_NAMES", "block_reports", "clean_blocks", "kept_blocks"]

# Every reason code, in the order the pipeline gives them: the rules', then the locator's.
RULE_NAMES: Final = tuple(rule.__name__ for rule in RULES) + REASONS
#: What each reason code removes, in one line, in the same order.
DESCRIPTIONS: Final = {**RULE_DESCRIPTIONS, **REASON_DESCRIPTIONS}


def _one_pass(
    blocks: Sequence[Block], config: Config, rules: Sequence[Rule], title_from: int = 1
) -> tuple[dict[int, Verdict], int]:
    """The verdicts of one pass, and how far the locator looked for the title's heading."""
    removed: dict[int, Verdict] = {}
    # For the line rules: the first block of each distinct text that no line
    # rule has claimed yet, and the other blocks of the texts that recur.
    unclaimed: list[Block] | None = None
    copies: dict[int, list[int]] = {}
    for rule in rules:
        checkpoint()  # a batch's time limit is handled between rules (see errors.checkpoint)
        if rule.__name__ in config.disable:
            continue
        if rule not in _LINE_RULES:
            for said in rule(blocks, config):
                removed.setdefault(said.index, said)
            continue
        if unclaimed is None:
            unclaimed, copies = _distinct_texts(blocks)
        claimed: set[int] = set()
        for said in rule(unclaimed, config):
            claimed.add(said.index)
            removed.setdefault(said.index, said)
            for index in copies.get(said.index, ()):
                removed.setdefault(
                    index, Verdict(index, said.rule, said.why, said.kind, said.barrier)
                )
        if claimed:
            # The first verdict on a block is the one that counts, and a line
            # rule gives a text the same verdict wherever it stands.
            unclaimed = [b for b in unclaimed if b.index not in claimed]
    checkpoint()
    found = locate(blocks, removed, config, title_from)
    for index in found.withdrawn:
        del removed[index]
    for said in found.verdicts:
        if said.rule not in config.disable:
            removed.setdefault(said.index, said)
    if found.copies and _COPY_RULE not in config.disable:
        for index in found.copies:
            removed.setdefault(index, Verdict(index, _COPY_RULE, HELD_COPY))
    return removed, found.title_scanned


_LINE_RULES: Final = frozenset(LINE_RULES)
# The rule whose reason the copies the locator finds in an article are given.
_COPY_RULE: Final = duplicate_block.__name__


def _distinct_texts(blocks: Sequence[Block]) -> tuple[list[Block], dict[int, list[int]]]:
    """The first block of each distinct text, and for each that recurs, the indices of its copies.

    >>> from cleaner.read.text import text_to_blocks
    >>> first, copies = _distinct_texts(text_to_blocks("Menu\\nText.\\nMenu\\nMenu"))
    >>> [b.text for b in first], copies
    (['Menu', 'Text.'], {0: [2, 3]})
    """
    first: dict[str, Block] = {}
    copies: dict[int, list[int]] = {}
    for block in blocks:
        seen = first.setdefault(block.text, block)
        if seen is not block:
            copies.setdefault(seen.index, []).append(block.index)
    return list(first.values()), copies


def clean_blocks(
    blocks: list[Block],
    config: Config,
    rules: Sequence[Rule] = TEXT_RULES,
    *,
    max_passes: int | None = None,
) -> tuple[dict[int, Verdict], int]:
    """Run passes to a fixed point (at most ``max_passes``, else ``config.max_passes``);
    verdicts are keyed by the original block index.

    ``rules`` run in the first pass: ``RULES`` for blocks read from HTML,
    ``TEXT_RULES`` (no markup rules) for plain text.
    """
    verdicts: dict[int, Verdict] = {}
    alive = blocks
    origin = [b.index for b in blocks]
    passes = 0
    limit = config.max_passes if max_passes is None else min(max_passes, config.max_passes)
    title_from = 1
    while alive and passes < limit:
        passes += 1
        # A line rule judges a line by itself alone: what survived it once
        # survives it again, so later passes run only the context rules.
        removed, scanned = _one_pass(
            alive, config, rules if passes == 1 else CONTEXT_RULES, title_from
        )
        if not removed:
            break
        # Under the same first line, the survivors the locator has looked at for
        # the title's heading are not it in the next pass either (locate.title_scan).
        title_from = _survivors_before(alive, removed, scanned) if 0 not in removed else 1
        for local, said in removed.items():
            verdicts[origin[local]] = said
        kept = kept_blocks(alive, removed)
        origin = [origin[b.index] for b in kept]
        # Group the survivors exactly as a caller cleaning the article would see them.
        alive = renumber(kept)
    return verdicts, passes


def _survivors_before(blocks: Sequence[Block], removed: dict[int, Verdict], end: int) -> int:
    """How many of the first ``end`` blocks have no verdict: the position, among
    the survivors, of the first survivor at ``end`` or after it."""
    count = 0
    for i in range(min(end, len(blocks))):
        if blocks[i].index not in removed:
            count += 1
    return count


def kept_blocks(blocks: Sequence[Block], verdicts: dict[int, Verdict]) -> list[Block]:
    """The blocks without a verdict, in order."""
    return [b for b in blocks if b.index not in verdicts]


def block_reports(
    blocks: Sequence[Block],
    verdicts: dict[int, Verdict],
    offset: int,
    source: str | None = None,
    shift: int = 0,
    first_line: int = 1,
) -> list[BlockReport]:
    """The report of every block: its verdict, and where it stands.

    Blocks read from text (``source`` is the text they were read from, each
    block's ``start`` and ``end`` offsets into it) get their line number
    (``first_line`` for the first line of ``source``) and their offsets
    moved by ``shift``, where ``source`` starts in the page; blocks read
    from HTML (``source`` is None) get their element path.
    """
    reports: list[BlockReport] = []
    line = first_line
    at = 0
    for b in blocks:
        said = verdicts.get(b.index)
        rule = None if said is None else said.rule
        why = None if said is None else said.why
        if source is None:
            reports.append(
                BlockReport(
                    b.index + offset, b.text, said is None, rule, why, None, None, None, b.path
                )
            )
            continue
        # Lines counted from the previous block on: linear in the page.
        line += source.count("\n", at, b.start)
        at = b.start
        reports.append(
            BlockReport(
                b.index + offset,
                b.text,
                said is None,
                rule,
                why,
                line,
                b.start + shift,
                b.end + shift,
            )
        )
    return reports
