"""The one channel of configuration: a frozen dataclass, overridable by keywords."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from cleaner.errors import InputError

MODES = ("auto", "text", "html")
OUTPUTS = ("text", "markdown")


@dataclass(frozen=True, slots=True)
class Config:
    """Everything a caller can tune. Instances are immutable and hashable.

    >>> Config().with_options(disable=["share_line"]).disable
    frozenset({'share_line'})
    """

    mode: str = "auto"
    #: "text" (plain text), or "markdown" (headings, lists, code, tables; HTML mode)
    output: str = "text"
    #: rule names (reason codes) not to run; see ``cleaner.rule_names()``
    disable: frozenset[str] = field(default_factory=frozenset)
    #: a block with at least this many words that reads like a sentence is prose
    prose_words: int = 12
    #: what a short, unclaimed block costs the article region it would join
    short_cost: float = 30.0
    #: how many passes make a text page's result a fixed point at most (each later
    #: pass runs only the context rules and the locator; a page of menus peeled one
    #: run at a time took 26 on the benchmark); an HTML page takes one
    max_passes: int = 64
    #: a longer page (bytes; characters for a str) raises InputError: cleaning costs
    #: a 50 MB page 4x its size in memory (text), 9x (HTML); None lifts the limit
    max_bytes: int | None = 20_000_000
    #: a page of more lines (text) or tags (HTML) raises InputError: each block costs
    #: time and (HTML) about 2 KB of memory whatever its length; None lifts the limit
    max_blocks: int | None = 1_000_000
    #: a longer text page (characters; bytes for bytes) is cleaned in segments of
    #: about this size, cut at blank lines, each a page to the rules and the
    #: locator, so that memory stays a few times the page; None: always whole
    segment_chars: int | None = 1_000_000
    #: keep the page's title in the article (HTML: its title heading; text: the
    #: heading that repeats the first line, else the first line); it is always in
    #: ``explain(page).metadata["title"]``. Off: the benchmarks' truths leave it out
    keep_title: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.output not in OUTPUTS:
            raise ValueError(f"output must be one of {', '.join(OUTPUTS)}, not {self.output!r}")
        for name in ("max_bytes", "max_blocks", "segment_chars"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be positive or None, not {value!r}")
        if not isinstance(self.disable, frozenset):
            object.__setattr__(self, "disable", frozenset(self.disable))
        if self.mode == "text" and self.output == "markdown":
            raise InputError(
                "output='markdown' needs HTML (its headings, lists and tables): "
                "use mode='html' or 'auto', or output='text'"
            )
        unknown = self.disable - set(_rule_names())
        if unknown:
            raise InputError(
                f"unknown rule(s) in disable: {', '.join(sorted(map(repr, unknown)))}; "
                f"the rules are: {', '.join(_rule_names())}"
            )

    def with_options(self, **options: Any) -> Config:
        """A copy with some fields replaced; unknown names raise TypeError."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(unknown)}")
        if "disable" in options:
            if isinstance(options["disable"], str):
                options["disable"] = [options["disable"]]
            options["disable"] = frozenset(options["disable"])
        return replace(self, **options)


def _rule_names() -> tuple[str, ...]:
    """Every reason code (imported when first asked: the rules import this module)."""
    from cleaner.run.passes import RULE_NAMES

    return RULE_NAMES
