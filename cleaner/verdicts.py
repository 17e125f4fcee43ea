"""What a rule says about a block."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cleaner.blocks import Block
    from cleaner.config import Config


class Verdict(NamedTuple):
    """Block ``index`` is boilerplate: ``rule`` removed it, ``why`` says on what evidence.

    ``barrier`` marks a block the article does not continue across (a comment
    section's header, a copyright footer): the locator never joins text on
    both sides of it.

    A named tuple rather than a frozen dataclass: the locator makes one for
    every block outside the article, on every pass, and a tuple costs half.
    """

    index: int  # type: ignore[assignment]  # (tuple.index, the method, is never used)
    rule: str
    why: str
    barrier: bool = False


Rule = Callable[["Sequence[Block]", "Config"], Iterable[Verdict]]
