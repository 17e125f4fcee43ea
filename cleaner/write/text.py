"""Blocks -> plain text, laid out as the page laid them out."""

from __future__ import annotations

from cleaner.page import Block

__all__ = ["blocks_to_text"]


def blocks_to_text(blocks: list[Block]) -> str:
    """Join blocks back into text, one blank line between paragraphs.

    >>> from cleaner.read.text import text_to_blocks
    >>> bs = text_to_blocks("a\\nb\\n\\nc")
    >>> blocks_to_text([bs[0], bs[2]])
    'a\\n\\nc\\n'
    """
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None:
            parts.append("\n\n" if block.paragraph != previous.paragraph else "\n")
        parts.append(block.text)
        previous = block
    return "".join(parts) + "\n" if parts else ""
