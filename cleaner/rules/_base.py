"""Shared helpers for rule modules (not rules themselves)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from cleaner.blocks import Block, normalize_text, text_to_blocks
from cleaner.config import Config
from cleaner.patterns import line_key
from cleaner.verdicts import Rule, Verdict

__all__ = ["Block", "Config", "Verdict", "demo", "line_key", "matching", "Iterator", "Sequence"]


def matching(
    blocks: Sequence[Block],
    rule: str,
    pattern: regex.Pattern[str],
    why: str,
    *,
    max_words: int,
) -> Iterator[Verdict]:
    """Verdicts for blocks of at most ``max_words`` words where ``pattern`` occurs."""
    for block in blocks:
        if block.features.words <= max_words:
            found = pattern.search(block.features.lower)
            if found:
                yield Verdict(block.index, rule, f"{why}: {found.group(0)!r}")


def demo(rule: Rule, text: str) -> list[str]:
    """The lines of ``text`` that ``rule`` alone removes (for doctests)."""
    blocks = text_to_blocks(normalize_text(text))
    removed = {v.index for v in rule(blocks, Config())}
    return [b.text for b in blocks if b.index in removed]
