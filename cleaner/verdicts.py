"""What a rule says about a block."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.blocks import Block
    from cleaner.config import Config


@dataclass(frozen=True, slots=True)
class Verdict:
    """Block ``index`` is boilerplate: ``rule`` removed it, ``why`` says on what evidence.

    ``barrier`` marks a block the article does not continue across (a comment
    section's header, a copyright footer): the locator never joins text on
    both sides of it.
    """

    index: int
    rule: str
    why: str
    barrier: bool = False


Rule = Callable[["Sequence[Block]", "Config"], Iterable[Verdict]]
