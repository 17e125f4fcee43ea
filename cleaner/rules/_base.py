"""Shared helpers for rule modules (not rules themselves)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleaner.config import Config
from cleaner.lang import as_written
from cleaner.lang.script import line_key
from cleaner.page import Block
from cleaner.read.text import normalize_text, text_to_blocks
from cleaner.verdicts import Kind, Rule, Verdict

__all__ = [
    "Block",
    "Config",
    "Verdict",
    "demo",
    "line_key",
    "phrase_rule",
    "Iterator",
    "Sequence",
]


def phrase_rule(
    blocks: Sequence[Block],
    rule: str,
    limits: dict[str, int],
    why: str,
    kind: Kind,
    unless: str = "",
) -> Iterator[Verdict]:
    """Verdicts for blocks holding a phrase of a family in ``limits`` (family -> most words),
    but not one of the family ``unless`` (whose own rule says what the line is).

    The families are the ones :func:`cleaner.lang.phrase_hits` finds, so a
    line is scanned once for all of them, when it is measured.
    """
    for block in blocks:
        hits = block.features.hits
        if not hits or unless in hits:
            continue
        for family, max_words in limits.items():
            if family in hits and block.features.words <= max_words:
                yield Verdict(block.index, rule, f"{why}: {as_written(hits[family])!r}", kind)
                break


def demo(rule: Rule, text: str) -> list[str]:
    """The lines of ``text`` that ``rule`` alone removes (for doctests)."""
    blocks = text_to_blocks(normalize_text(text))
    removed = {v.index for v in rule(blocks, Config())}
    return [b.text for b in blocks if b.index in removed]
