"""What the cleaner tells of a page: each block's verdict, and the article.

Kept out of the compiled build (see setup.py): mypyc's frozen dataclasses
cannot be unpickled, and a batch's workers send these back pickled.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BlockReport", "Explanation"]


@dataclass(frozen=True, slots=True)
class BlockReport:
    """One block of the page and what the cleaner decided about it."""

    index: int
    text: str
    kept: bool
    rule: str | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """Every block of a page in order, with its verdict; and the article."""

    article: str
    blocks: tuple[BlockReport, ...]
    mode: str
    passes: int = 1
    note: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def removed_by_rule(self) -> Counter[str]:
        """How many blocks each rule removed."""
        return Counter(b.rule for b in self.blocks if b.rule is not None)

    def to_tsv(self) -> str:
        """One line per block: verdict, rule, why, text (tabs in text escaped)."""
        lines = ["verdict\trule\twhy\ttext"]
        for b in self.blocks:
            text = b.text.strip().replace("\t", " ")
            lines.append(f"{'keep' if b.kept else 'drop'}\t{b.rule or ''}\t{b.why or ''}\t{text}")
        return "\n".join(lines) + "\n"
