"""The Cleaner: page -> blocks -> verdicts -> article.

One pass runs every enabled rule over the blocks (in the order fixed in
:mod:`cleaner.rules`), then the locator over what they left. A block's first
verdict is the one that counts. Passes repeat on the article until nothing
more is removed, so that cleaning an article again returns it unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleaner.blocks import Block, normalize_text, renumber, text_to_blocks
from cleaner.config import Config
from cleaner.decode import decode, looks_binary
from cleaner.errors import InputError
from cleaner.html import decode_html, looks_like_html, parse_html
from cleaner.locate import locate
from cleaner.markdown import render
from cleaner.rules import CONTEXT_RULES, RULES, TEXT_RULES
from cleaner.verdicts import Rule, Verdict

RULE_NAMES: tuple[str, ...] = tuple(rule.__name__ for rule in RULES) + (
    "outside_article",
    "short_block",
)


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


def _one_pass(
    blocks: Sequence[Block], config: Config, rules: Sequence[Rule] = RULES
) -> dict[int, Verdict]:
    removed: dict[int, Verdict] = {}
    for rule in rules:
        if rule.__name__ in config.disable:
            continue
        for verdict in rule(blocks, config):
            removed.setdefault(verdict.index, verdict)
    for verdict in locate(blocks, removed, config):
        if verdict.rule not in config.disable:
            removed.setdefault(verdict.index, verdict)
    return removed


def _clean_blocks(blocks: list[Block], config: Config) -> tuple[dict[int, Verdict], int]:
    """Run passes to a fixed point; verdicts are keyed by the original block index."""
    verdicts: dict[int, Verdict] = {}
    alive = blocks
    origin = [b.index for b in blocks]
    passes = 0
    while alive and passes < config.max_passes:
        passes += 1
        # A line rule judges a line by itself alone: what survived it once
        # survives it again, so later passes run only the context rules.
        first = RULES if alive[0].tag else TEXT_RULES
        removed = _one_pass(alive, config, first if passes == 1 else CONTEXT_RULES)
        if not removed:
            break
        for local, verdict in removed.items():
            verdicts[origin[local]] = verdict
        origin = [origin[b.index] for b in alive if b.index not in removed]
        # Group the survivors exactly as a caller cleaning the article would see them.
        alive = renumber([b for b in alive if b.index not in removed])
    return verdicts, passes


def _check_size(page: object, limit: int | None) -> None:
    """Raise :class:`InputError` for a page over ``limit`` (``Config.max_bytes``)."""
    if limit is None:
        return
    if isinstance(page, memoryview):
        size, unit = page.nbytes, "bytes"
    elif isinstance(page, (bytes, bytearray)):
        size, unit = len(page), "bytes"
    elif isinstance(page, str):
        size, unit = len(page), "characters"
    else:
        return
    if size > limit:
        raise InputError(
            f"page of {size:,} {unit} is over the limit of {limit:,} (max_bytes; None lifts it)"
        )


class Cleaner:
    """A reusable, picklable page cleaner: ``Cleaner(config)(page) -> article``.

    >>> Cleaner(disable=["share_line"]).config.disable
    frozenset({'share_line'})
    """

    def __init__(self, config: Config | None = None, **options: Any) -> None:
        base = config if config is not None else Config()
        self.config = base.with_options(**options) if options else base

    def __repr__(self) -> str:
        return f"Cleaner({self.config!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cleaner) and other.config == self.config

    def __hash__(self) -> int:
        return hash(self.config)

    def __call__(self, page: str | bytes) -> str:
        return self.clean(page)

    def clean(self, page: str | bytes) -> str:
        """The article of ``page`` as text."""
        return self.explain(page).article

    def explain(self, page: str | bytes) -> Explanation:
        """Every block of ``page`` with its verdict, and the article."""
        text, mode, note = self._read(page)
        if note is not None:
            return Explanation(article="", blocks=(), mode=mode, passes=0, note=note)
        metadata: dict[str, Any] = {}
        if mode == "html":
            parsed = parse_html(text)
            blocks, metadata = parsed.blocks, parsed.metadata
        else:
            blocks = text_to_blocks(text)
        verdicts, passes = _clean_blocks(blocks, self.config)
        reports = tuple(
            BlockReport(b.index, b.text, False, verdicts[b.index].rule, verdicts[b.index].why)
            if b.index in verdicts
            else BlockReport(b.index, b.text, True)
            for b in blocks
        )
        article = render([b for b in blocks if b.index not in verdicts], self.config.output)
        return Explanation(
            article=article, blocks=reports, mode=mode, passes=passes, metadata=metadata
        )

    def clean_many(self, pages: Any, **options: Any) -> Iterator[Any]:
        """Clean an iterable of pages: a :class:`cleaner.batch.PageResult` a page, in order.

        ``workers=N``, ``time_limit=``, ``stats=``...: see :func:`cleaner.batch.clean_many`.
        """
        from cleaner.batch import clean_many  # batch imports this module

        return clean_many(pages, cleaner=self, **options)

    def _read(self, page: str | bytes) -> tuple[str, str, str | None]:
        """Decode the page and tell its mode; a note instead when it is not text.

        Text comes back normalised; HTML comes back as decoded (its charset
        sniffed from the markup), for :func:`cleaner.html.parse_html`.
        """
        mode = self.config.mode
        _check_size(page, self.config.max_bytes)
        if isinstance(page, (bytes, bytearray, memoryview)):
            data = bytes(page)
            if looks_binary(data):
                return "", "text", "binary input (an image, archive or executable), not a page"
            if mode == "html" or (mode == "auto" and looks_like_html(data)):
                return self._counted(decode_html(data), "html"), "html", None
            page = decode(data)
        elif not isinstance(page, str):
            raise TypeError(f"page must be str or bytes, not {type(page).__name__}")
        if mode == "html" or (mode == "auto" and looks_like_html(page)):
            return self._counted(page, "html"), "html", None
        return self._counted(normalize_text(page), "text"), "text", None

    def _counted(self, text: str, mode: str) -> str:
        """``text``, once its lines (text) or tags (HTML) are within ``Config.max_blocks``.

        Every block costs memory and time whatever its length: a page of
        millions of two-letter lines would take gigabytes well within ``max_bytes``.
        """
        limit = self.config.max_blocks
        if limit is not None:
            if mode == "html":
                count = text.count("<")
            else:
                count = text.count("\n") + (not text.endswith("\n"))
            if count > limit:
                unit = "tags" if mode == "html" else "lines"
                raise InputError(
                    f"page of {count:,} {unit} is over the limit of {limit:,} "
                    "(max_blocks; None lifts it)"
                )
        return text
