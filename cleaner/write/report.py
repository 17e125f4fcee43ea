"""What the cleaner tells of a page: each block's verdict, and the article.

Kept out of the compiled build (see setup.py): mypyc's frozen dataclasses
cannot be unpickled, and a batch's workers send these back pickled.

Where a block stands: in text mode its line number and its character offsets
in :attr:`Explanation.source`, the page's decoded and normalised text
(``source[block.start:block.end] == block.text``); in HTML mode its element
path (``body:1/div:4.sidebar/p:9``: the block-level elements from the
document down to the block, each ``tag:N`` with ``N`` its number in document
order among the elements the reader walked, then the concepts its class,
id or role name).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["BlockReport", "Explanation"]


@dataclass(frozen=True, slots=True)
class BlockReport:
    """One block of the page and what the cleaner decided about it.

    ``line`` (1-based), ``start`` and ``end`` place a block read from text in
    :attr:`Explanation.source`; ``path`` places a block read from HTML in the
    page's tree. The others are ``None``.
    """

    index: int
    text: str
    kept: bool
    rule: str | None = None
    why: str | None = None
    line: int | None = None
    start: int | None = None
    end: int | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """Every block of a page in order, with its verdict; and the article.

    ``source`` is the text the offsets of the blocks point into (text mode:
    the page decoded, line breaks folded to ``\\n`` and control characters
    dropped, as :func:`cleaner.blocks.normalize_text` does); ``None`` in HTML
    mode. ``markdown`` is the article as Markdown (HTML mode only).
    """

    article: str
    blocks: tuple[BlockReport, ...]
    mode: str
    passes: int = 1
    note: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    markdown: str | None = None

    def removed_by_rule(self) -> Counter[str]:
        """How many blocks each rule removed."""
        return Counter(b.rule for b in self.blocks if b.rule is not None)

    def summary(self) -> list[tuple[str, int, int]]:
        """``(rule, blocks, characters)`` removed by each rule, in pipeline order.

        Characters are counted on the stripped text of each block, as the
        batch's stats count them.

        >>> from cleaner import explain
        >>> explain("Menu\\n\\nThe council approved the new budget on Tuesday.\\n").summary()
        [('navigation', 1, 4)]
        """
        from cleaner.run.passes import RULE_NAMES  # the pipeline builds these reports

        counts: dict[str, list[int]] = {}
        for block in self.blocks:
            if block.rule is not None:
                count = counts.setdefault(block.rule, [0, 0])
                count[0] += 1
                count[1] += len(block.text.strip())
        order = {name: rank for rank, name in enumerate(RULE_NAMES)}
        ranked = sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
        return [(rule, count[0], count[1]) for rule, count in ranked]

    def to_tsv(self, *, summary: bool = True) -> str:
        """A header, then one row per block: verdict, rule, why, where, text.

        ``where`` is the block's line number in :attr:`source` (the column is
        named ``line``) in text mode, its element path (``path``) in HTML mode.
        Tabs and line breaks inside a field become spaces, and the text is the
        last field, so every row splits into the header's columns. With
        ``summary``, comment lines follow the rows (each row starts with
        ``keep`` or ``drop``, each comment with ``#``): the blocks and
        characters in all and removed, then ``# rule<TAB>blocks<TAB>chars``
        for every rule that removed something, in pipeline order. A page
        without blocks that has a note (binary input) gives it as a comment.
        """
        where = "path" if self.mode == "html" else "line"
        lines = [f"verdict\trule\twhy\t{where}\ttext"]
        for b in self.blocks:
            text = _field(b.text.strip())
            place = b.path if where == "path" else b.line
            lines.append(
                f"{'keep' if b.kept else 'drop'}\t{b.rule or ''}\t{_field(b.why or '')}"
                f"\t{'' if place is None else _field(str(place))}\t{text}"
            )
        if self.note is not None:
            lines.append(f"# note: {_field(self.note)}")
        if summary and self.blocks:
            chars = sum(len(b.text.strip()) for b in self.blocks)
            rules = self.summary()
            removed = sum(count for _, count, _ in rules)
            removed_chars = sum(size for _, _, size in rules)
            lines.append(
                f"# blocks {len(self.blocks)}, removed {removed};"
                f" characters {chars}, removed {removed_chars}"
            )
            lines.append("# rule\tblocks\tchars")
            lines.extend(f"# {rule}\t{count}\t{size}" for rule, count, size in rules)
        return "\n".join(lines) + "\n"

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page showing every block and why it went
        (see :func:`cleaner.write.report_html.render_report`)."""
        from cleaner.write.report_html import render_report

        return render_report(self, title=title)


def _field(text: str) -> str:
    """``text`` as one TSV field: no tab or line break inside it."""
    if "\t" in text or "\n" in text or "\r" in text:
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return text
