"""What a rule says about a block."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

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


_new_tuple: Final = tuple.__new__


def verdict(index: int, rule: str, why: str, barrier: bool = False) -> Verdict:
    """``Verdict(index, rule, why, barrier)``, built as a plain tuple of its fields.

    A named tuple's own constructor is a Python function, interpreted even in the
    compiled build; this one is compiled, and verdicts are made for most blocks
    of most pages, on every pass.

    >>> verdict(3, "footer", "a copyright line") == Verdict(3, "footer", "a copyright line")
    True
    """
    return _new_tuple(Verdict, (index, rule, why, barrier))


Rule = Callable[["Sequence[Block]", "Config"], Iterable[Verdict]]
