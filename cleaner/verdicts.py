"""What a rule says about a block."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.page import Block


class Verdict:
    """Block ``index`` is boilerplate: ``rule`` removed it, ``why`` says on what evidence.

    ``barrier`` marks a block the article does not continue across (a comment
    section's header, a copyright footer): the locator never joins text on
    both sides of it.

    A plain class with slots rather than a named tuple or a frozen dataclass:
    the locator makes one for every block outside the article, on every pass,
    and the compiled build turns it into a C type, built and read without a
    tuple between. Treat it as immutable; two are equal when their fields are.
    """

    __slots__ = ("index", "rule", "why", "barrier")

    def __init__(self, index: int, rule: str, why: str, barrier: bool = False) -> None:
        self.index = index
        self.rule = rule
        self.why = why
        self.barrier = barrier

    def _values(self) -> tuple[int, str, str, bool]:
        return (self.index, self.rule, self.why, self.barrier)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"Verdict(index={self.index!r}, rule={self.rule!r}, why={self.why!r},"
            f" barrier={self.barrier!r})"
        )


Rule = Callable[["Sequence[Block]", "Config"], Iterable[Verdict]]
