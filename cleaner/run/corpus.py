"""A corpus run: shares of the input cleaned in workers, their outputs back in order.

The command line's batches run through here (:func:`run_shares`). Each worker
reads its own share (:mod:`cleaner.read.shares`), cleans its pages and sends
back only what is to be written: an article, a TSV of its blocks, or a JSON
line. The parent writes them in input order, so the output is the same for
any number of workers.

- Page files: the article (or, with ``explain``, the blocks as a TSV).
- JSON Lines: the record with its ``out_field`` set to the article, and
  ``cleaner_stats``, ``cleaner_metadata`` and ``cleaner_explain`` when asked.
- WARC and WET records: a JSON line ``{"url", "id", "date", out_field}`` (and the
  same extras): HTML mode for a WARC response, text mode for a WET record.
"""

from __future__ import annotations

import functools
import json
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cleaner.errors import OutputWarning
from cleaner.read.shares import Item, Share, read_share
from cleaner.run.pipeline import Cleaner
from cleaner.run.pool import PageResult, PageStats, Solo, guarded, page_posted, run_ordered
from cleaner.write.report import Explanation

__all__ = ["Out", "Plan", "ShareResult", "run_share", "run_shares"]

#: shares in flight for each worker
WINDOW_PER_WORKER = 3


@dataclass(frozen=True)
class Plan:
    """How every page of a run is cleaned, and what goes out for it."""

    cleaner: Cleaner = field(default_factory=Cleaner)
    time_limit: float | None = None
    #: JSONL: the field that holds the page, and the one that gets its article
    field: str = "text"
    out_field: str = "text"
    #: add cleaner_stats / cleaner_metadata / cleaner_explain to each record
    stats: bool = False
    metadata: bool = False
    explain: bool = False
    #: leave out the records whose article is empty
    drop_empty: bool = False

    @functools.cached_property
    def _by_mode(self) -> dict[str, Cleaner]:
        config = self.cleaner.config
        return {
            "html": Cleaner(config.with_options(mode="html")),
            "text": Cleaner(config.with_options(mode="text", output="text")),
        }

    @property
    def markdown(self) -> bool:
        return self.cleaner.config.output == "markdown"

    def cleaner_for(self, mode: str | None) -> Cleaner:
        """The run's cleaner, or for a crawl record the same in the record's mode."""
        return self.cleaner if mode is None else self._by_mode[mode]


@dataclass(frozen=True, slots=True)
class Out:
    """What one item of a share gives: the text to write, or why there is none.

    ``text`` is None for an item that failed (``error`` says why) or that was
    left out (``drop_empty``). ``mode`` is the mode its page was read in.
    """

    number: int
    text: str | None
    error: str | None = None
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class ShareResult:
    """A share's outputs in order, and what reading it found (see ``ShareReading``)."""

    outs: tuple[Out, ...]
    count: int
    skipped: int = 0
    broken: str | None = None


def run_share(plan: Plan, share: Share) -> ShareResult:
    """Worker side: read ``share``, clean each of its pages, format what goes out."""
    reading = read_share(share, plan.field)
    outs = []
    with warnings.catch_warnings():
        # A run says once that Markdown met a text page (Out.mode tells it).
        warnings.simplefilter("ignore", OutputWarning)
        for item in reading:
            with page_posted():
                outs.append(_process(plan, share.form, item))
    return ShareResult(tuple(outs), reading.count, reading.skipped, reading.broken)


def _rescue_share(plan: Plan, share: Share, solo: Solo) -> ShareResult:
    """A share whose worker died or hung: read here, each page cleaned in the solo process."""
    reading = read_share(share, plan.field)
    outs = []
    for item in reading:
        out = solo.call(functools.partial(_process, plan, share.form), item, item.number)
        if isinstance(out, PageResult):
            out = Out(item.number, None, error=f"{out.error}: {out.message}")
        outs.append(out)
    return ShareResult(tuple(outs), reading.count, reading.skipped, reading.broken)


def run_shares(
    plan: Plan, shares: Iterable[Share], *, workers: int = 1, start_method: str | None = None
) -> Iterator[tuple[Share, ShareResult]]:
    """Every share with its result, in order; ``workers`` processes (1: this one)."""
    if workers == 1:
        for share in shares:
            yield share, run_share(plan, share)
        return
    yield from run_ordered(
        shares,
        functools.partial(run_share, plan),
        functools.partial(_rescue_share, plan),
        workers=workers,
        window=WINDOW_PER_WORKER * workers,
        time_limit=plan.time_limit,
        start_method=start_method,
    )


def _process(plan: Plan, form: str, item: Item) -> Out:
    """Clean one item and format what goes out for it."""
    if item.page is None:
        return Out(item.number, None, error=item.problem)
    cleaner = plan.cleaner_for(item.mode)
    page = item.page
    # The report also tells the mode the page was read in, which Markdown asks after.
    wants_report = plan.explain or plan.stats or plan.metadata or plan.markdown
    done = guarded(
        item.number,
        plan.time_limit,
        lambda: cleaner.explain(page) if wants_report else cleaner.clean(page),
    )
    if isinstance(done, PageResult):
        return Out(item.number, None, error=f"{done.error}: {done.message}")
    explained = done if isinstance(done, Explanation) else None
    article = explained.article if explained is not None else str(done)
    mode = explained.mode if explained is not None else None
    if form == "page":
        if plan.explain and explained is not None:
            return Out(item.number, explained.to_tsv() + _typed(explained), mode=mode)
        return Out(item.number, article, mode=mode)
    if plan.drop_empty and not article:
        return Out(item.number, None)
    record: dict[str, Any] = dict(item.carry or {})
    record[plan.out_field] = article
    if explained is not None:
        if plan.stats:
            record["cleaner_stats"] = PageStats.of(explained).to_dict()
        if plan.metadata:
            record["cleaner_metadata"] = metadata_of(explained)
        if plan.explain:
            record["cleaner_explain"] = [
                {"kept": block.kept, "rule": block.rule, "why": block.why, "text": block.text}
                for block in explained.blocks
            ]
    return Out(item.number, dump_line(record), mode=mode)


def _typed(explained: Explanation) -> str:
    r"""The comment line ``--explain`` adds under a page's TSV: its type and what decided it.

    >>> from cleaner import explain
    >>> _typed(explain('<html><head><meta property="og:type" content="product"></head></html>'))
    '# page_type\tproduct\tog:type product\n'
    """
    known = explained.metadata
    if "page_type" not in known:
        return ""
    return f"# page_type\t{known['page_type']}\t{known.get('page_type_by', '')}\n"


def metadata_of(explained: Explanation) -> dict[str, Any]:
    """What is known of a page: title, author, date, URL, language, type, the confidence
    in its article (a predicted F1) and the mode it was read in.

    >>> from cleaner import explain
    >>> metadata_of(explain("<html lang=de><title>Hallo</title><p>Guten Tag.</p></html>"))
    {'title': 'Hallo', 'language': 'de', 'page_type': 'page', 'confidence': 0.903, 'mode': 'html'}
    """
    known = explained.metadata
    found = {
        "title": known.get("title"),
        "author": known.get("author"),
        "date": known.get("date"),
        "url": known.get("url"),
        "language": known.get("lang"),
        "page_type": known.get("page_type"),
    }
    found = {key: value for key, value in found.items() if value}
    if "confidence" in known:
        found["confidence"] = known["confidence"]
    return found | {"mode": explained.mode}


def dump_line(record: dict[str, Any]) -> str:
    """A JSON line in UTF-8; escaped ASCII when a lone surrogate ("\\ud800") cannot be UTF-8."""
    line = json.dumps(record, ensure_ascii=False)
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            line = json.dumps(record)
    return line + "\n"
