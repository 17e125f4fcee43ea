"""Writing the article's blocks out: plain text, or Markdown from their DOM kinds.

Plain text is :func:`cleaner.write.text.blocks_to_text`: blocks of one paragraph
on adjacent lines, paragraphs apart by a blank line. Markdown uses what the
HTML reader recorded for each block (its ``tag`` and ``elements``): headings get
``#`` marks, list items ``-`` or ``1.`` (indented by nesting), ``<pre>`` a
fenced code block, table rows pipes with a rule under the first row, quotes
``>``. Blocks read from plain text have no tag and are written as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from cleaner.page import Block
from cleaner.write.text import blocks_to_text

__all__ = ["render", "to_markdown"]

_HEADING_LEVEL: Final = {f"h{n}": n for n in range(1, 7)}
# Characters that would turn a plain line into Markdown syntax where it starts.
_MARKUP_START: Final = regex.compile(r"^(?:[#>*+=-]|\d{1,9}[.)]\s|```)")
# The elements that hold list items.
_LISTS: Final = frozenset({"ul", "ol", "dl", "menu"})
_PIPE: Final = regex.compile(r"\|")


def render(blocks: Sequence[Block], output: str = "text") -> str:
    """The article of ``blocks`` as ``output`` ("text" or "markdown")."""
    if output == "markdown":
        return to_markdown(blocks)
    return blocks_to_text(list(blocks))


def _list_marker(block: Block, number: int) -> str:
    lists = [element.tag for element in block.elements if element.tag in _LISTS]
    indent = "  " * max(0, len(lists) - 1)
    ordered = bool(lists) and lists[-1] == "ol"
    return f"{indent}{number}. " if ordered else f"{indent}- "


def _line(block: Block, number: int) -> str:
    text = block.text
    tag = block.tag
    if tag in _HEADING_LEVEL:
        return "#" * _HEADING_LEVEL[tag] + " " + " ".join(text.split())
    if tag == "pre":
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if tag == "tr":
        cells = [_PIPE.sub(r"\\|", cell.strip()) for cell in text.split("\t")]
        return "| " + " | ".join(cells) + " |"
    if tag == "li":
        return _list_marker(block, number) + text
    if tag == "blockquote":
        return "> " + text
    if tag and _MARKUP_START.match(text):
        return "\\" + text
    return text


def to_markdown(blocks: Sequence[Block]) -> str:
    """Markdown for blocks read from HTML (plain text for blocks without a tag).

    >>> from cleaner.read.html import parse_html
    >>> page = parse_html("<h2>Steps</h2><ol><li>Mix</li><li>Bake</li></ol><pre>x = 1</pre>"
    ...                   "<table><tr><th>a</th><th>b</th></tr>"
    ...                   "<tr><td>1</td><td>2</td></tr></table>")
    >>> print(to_markdown(page.blocks))
    ## Steps
    <BLANKLINE>
    1. Mix
    2. Bake
    <BLANKLINE>
    ```
    x = 1
    ```
    <BLANKLINE>
    | a | b |
    | --- | --- |
    | 1 | 2 |
    <BLANKLINE>
    """
    parts: list[str] = []
    previous: Block | None = None
    number = 0
    for block in blocks:
        same = previous is not None and block.paragraph == previous.paragraph
        number = number + 1 if same and block.tag == previous.tag else 1  # type: ignore[union-attr]
        if previous is not None:
            parts.append("\n" if same else "\n\n")
        parts.append(_line(block, number))
        if block.tag == "tr" and number == 1:
            parts.append("\n|" + " --- |" * (block.text.count("\t") + 1))
        previous = block
    return "".join(parts) + "\n" if parts else ""
