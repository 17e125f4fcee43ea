"""Accuracy of cleaner and its peers on the bench sets.

    python bench/accuracy.py [--set aeb|wcxb-dev|all] [--mode text|html|both]
        [--tools a,b,...] [--limit N] [--by-type] [--failures FILE] [--data DIR]
        [--versus PEER [--versus-out FILE]]
    python bench/accuracy.py --setup-trafipy

Every tool runs over the same pages in one process (rs-trafilatura in a
worker process of its own, fed page by page); one table per set and mode.
See bench/README.md for the columns and bench/metric.py for the metrics.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.metric import (  # noqa: E402
    WCXB_KINDS,
    Scores,
    WordScores,
    aggregate,
    match_counts,
    page_f1,
    snippet_share,
    snippets_found,
    word_aggregate,
    word_scores,
)
from bench.pages import (  # noqa: E402
    DEFAULT_DATA,
    SETS,
    Page,
    load_pages,
    resolve_modes,
    resolve_sets,
)
from bench.tools import Tool, all_names, cleaner_build, load_tools  # noqa: E402


@dataclass
class PageResult:
    """One tool on one page."""

    id: str
    kind: str
    counts: tuple[float, float, float]  # normalised tp, fp, fn of the shingles
    word: tuple[float, float, float]  # WCXB's word precision, recall, F1
    with_found: int
    with_total: int
    without_found: int
    without_total: int
    seconds: float
    failed: bool


@dataclass
class ToolRun:
    """All page results of one tool in one set and mode."""

    tool: str
    results: list[PageResult] = field(default_factory=list)
    inner_seconds: float | None = None  # a worker tool's own time (the rest is the pipe)

    def scores(self, kind: str | None = None) -> Scores:
        rows = [r for r in self.results if kind is None or r.kind == kind]
        return aggregate(r.counts for r in rows)

    def word_scores(self, kind: str | None = None) -> WordScores:
        rows = [r for r in self.results if kind is None or r.kind == kind]
        return word_aggregate(r.word for r in rows)

    def with_share(self) -> float | None:
        return snippet_share(
            sum(r.with_found for r in self.results), sum(r.with_total for r in self.results)
        )

    def leak_share(self) -> float | None:
        return snippet_share(
            sum(r.without_found for r in self.results), sum(r.without_total for r in self.results)
        )

    def ms_per_page(self) -> float:
        return 1000 * sum(r.seconds for r in self.results) / max(1, len(self.results))

    def failures(self) -> int:
        return sum(r.failed for r in self.results)


def run_tool(tool: Tool, page: Page, data: str | bytes, failures: IO[str] | None) -> PageResult:
    """Run ``tool`` on one page input; an exception scores as empty output."""
    failed = False
    start = time.perf_counter()
    try:
        output = tool.extract(data)
    except Exception as exc:
        seconds = time.perf_counter() - start
        output, failed = "", True
        if failures is not None:
            _log_failure(failures, tool, page, exc)
    else:
        seconds = time.perf_counter() - start
    return PageResult(
        id=page.id,
        kind=page.kind,
        counts=match_counts(output, page.truth),
        word=word_scores(output, page.truth),
        with_found=snippets_found(output, page.with_),
        with_total=len(page.with_),
        without_found=snippets_found(output, page.without),
        without_total=len(page.without),
        seconds=seconds,
        failed=failed,
    )


def _log_failure(out: IO[str], tool: Tool, page: Page, exc: Exception) -> None:
    record = {
        "set": page.set_name,
        "mode": tool.mode,
        "tool": tool.name,
        "id": page.id,
        "error": describe(exc),
        "traceback": traceback.format_exc(limit=-3),
    }
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def describe(exc: BaseException) -> str:
    """'Type: message', and the direct cause's when there is one."""
    text = f"{type(exc).__name__}: {exc}"
    cause = exc.__cause__ or exc.__context__
    return f"{text} (from {type(cause).__name__}: {cause})" if cause is not None else text


def run_set(
    pages: list[Page], mode: str, tools: list[Tool], failures: IO[str] | None
) -> list[ToolRun]:
    """Run every tool on every page (each input read once, outside timing)."""
    runs = [ToolRun(t.name) for t in tools]
    inner = [_inner_seconds(t) for t in tools]
    for n, page in enumerate(pages, 1):
        data = page.load(mode)
        for tool, run in zip(tools, runs, strict=True):
            run.results.append(run_tool(tool, page, data, failures))
        if n % 100 == 0:
            print(f"  ... {n}/{len(pages)} pages", file=sys.stderr, flush=True)
    for tool, run, before in zip(tools, runs, inner, strict=True):
        after = _inner_seconds(tool)
        if before is not None and after is not None:
            run.inner_seconds = after - before
    return runs


def _inner_seconds(tool: Tool) -> float | None:
    """A worker tool's own seconds so far (None for an in-process tool)."""
    return getattr(tool.extract, "inner_seconds", None)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main_table(runs: list[ToolRun]) -> str:
    """Markdown table: tool, P, R, F1 (shingles), word F1 (WCXB's), with, leak,
    empty, ms/page, failures."""
    lines = [
        "| tool | P | R | F1 | word F1 | with | leak | empty | ms/page | failures |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        s = run.scores()
        lines.append(
            f"| {run.tool} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
            f"{run.word_scores().f1:.3f} | "
            f"{_fmt(run.with_share())} | {_fmt(run.leak_share())} | {s.empty} | "
            f"{run.ms_per_page():.1f} | {run.failures()} |"
        )
    return "\n".join(lines)


def type_table(runs: list[ToolRun]) -> str:
    """Markdown table of both F1s, all pages then each page type (id prefix).

    The types come in WCXB's order; the word F1 rows (WCXB's metric: mean of
    page F1s) come first, then the shingle F1 rows (from the mean P and R).
    """
    counts = Counter(r.kind for r in (runs[0].results if runs else []))
    order = {k: i for i, k in enumerate(WCXB_KINDS)}
    kinds = {k: counts[k] for k in sorted(counts, key=lambda k: (order.get(k, len(order)), k))}
    total = sum(counts.values())
    header = " | ".join(f"{k} ({n})" for k, n in kinds.items())
    lines = [f"| tool | metric | all ({total}) | {header} |", "|---" * (len(kinds) + 3) + "|"]
    for metric in ("word F1", "shingle F1"):
        for run in runs:
            if metric == "word F1":
                cells = [run.word_scores(k).f1 for k in (None, *kinds)]
            else:
                cells = [run.scores(k).f1 for k in (None, *kinds)]
            row = " | ".join(f"{c:.3f}" for c in cells)
            lines.append(f"| {run.tool} | {metric} | {row} |")
    return "\n".join(lines)


# --- page by page against a peer ----------------------------------------------

BELOW = 0.3  # a page's shingle F1 more than this below the other tool's
MISS, PASS = 0.1, 0.5  # a wholesale miss: under MISS where the other passes PASS


@dataclass
class Versus:
    """cleaner against one peer, page by page, on the shingle F1."""

    peer: str
    below: list[str]  # pages where cleaner scores more than BELOW under the peer
    above: list[str]  # the other way round
    misses: list[str]  # cleaner under MISS where the peer is over PASS
    rows: list[dict[str, object]]  # one record per page in any of the three


def versus(runs: list[ToolRun], peer: str, subject: str = "cleaner") -> Versus | None:
    """Compare ``subject`` with ``peer`` page by page (None if either is missing)."""
    by_name = {run.tool: run for run in runs}
    if subject not in by_name or peer not in by_name:
        return None
    result = Versus(peer, [], [], [], [])
    for mine, theirs in zip(by_name[subject].results, by_name[peer].results, strict=True):
        f_mine, f_theirs = page_f1(mine.counts), page_f1(theirs.counts)
        below, above = f_theirs - f_mine > BELOW, f_mine - f_theirs > BELOW
        miss = f_mine < MISS and f_theirs > PASS
        for flag, ids in ((below, result.below), (above, result.above), (miss, result.misses)):
            if flag:
                ids.append(mine.id)
        if below or above or miss:
            result.rows.append(
                {
                    "id": mine.id,
                    "kind": mine.kind,
                    subject: round(f_mine, 4),
                    peer: round(f_theirs, 4),
                    f"{subject} word": round(mine.word[2], 4),
                    f"{peer} word": round(theirs.word[2], 4),
                    "below": below,
                    "above": above,
                    "miss": miss,
                }
            )
    return result


def versus_report(v: Versus, set_name: str, mode: str, subject: str = "cleaner") -> str:
    return (
        f"{subject} versus {v.peer} ({set_name}, {mode}), pages by their shingle F1: "
        f"below {v.peer} by more than {BELOW}: {len(v.below)}; "
        f"above it by more than {BELOW}: {len(v.above)}; "
        f"under {MISS} where {v.peer} is over {PASS}: {len(v.misses)}"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--tools", help=f"comma-separated subset of: {', '.join(all_names())}")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument(
        "--by-type", action="store_true", help="also both F1s per page type (wcxb-dev)"
    )
    parser.add_argument("--failures", type=Path, help="write tool exceptions here (JSON lines)")
    parser.add_argument(
        "--confidence",
        action="store_true",
        help="also cleaner's confidence: the mean word F1 of the pages in each tenth of it",
    )
    parser.add_argument(
        "--versus",
        metavar="PEER",
        help="compare cleaner with PEER page by page (shingle F1) and list the pages apart",
    )
    parser.add_argument(
        "--versus-out",
        type=Path,
        help="where --versus lists its pages (JSON lines; default bench/out/versus-PEER.jsonl)",
    )
    parser.add_argument(
        "--setup-trafipy",
        action="store_true",
        help="make bench/.venv-trafipy (Python 3.12+, trafipy) for rs-trafilatura, then exit",
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"bench data dir ({DEFAULT_DATA})"
    )
    args = parser.parse_args(argv)
    args.tool_list = _tool_list(parser, args.tools)
    if args.versus is not None:
        if args.versus not in all_names():
            parser.error(f"unknown tool {args.versus!r}; known: {all_names()}")
        if args.tool_list is not None:
            args.tool_list += [t for t in ("cleaner", args.versus) if t not in args.tool_list]
        if args.versus_out is None:
            out = Path(__file__).resolve().parent / "out"
            args.versus_out = out / f"versus-{args.versus}.jsonl"
    return args


def _tool_list(parser: argparse.ArgumentParser, tools: str | None) -> list[str] | None:
    if tools is None:
        return None
    wanted = [t.strip() for t in tools.split(",") if t.strip()]
    unknown = sorted(set(wanted) - set(all_names()))
    if unknown:
        parser.error(f"unknown tools {unknown}; known: {all_names()}")
    return wanted


def run(args: argparse.Namespace, failures: IO[str] | None, listing: IO[str] | None) -> None:
    for mode in resolve_modes(args.mode):
        tools, notes = load_tools(mode, args.tool_list)
        for note in notes:
            print(f"note: {note}")
        for tool in tools:
            if getattr(tool.extract, "about", ""):
                print(f"note: {tool.name} ({mode}): {tool.extract.about}")  # type: ignore[attr-defined]
        if not tools:
            continue
        try:
            for set_name in resolve_sets(args.set):
                run_one(args, set_name, mode, tools, failures, listing)
        finally:
            for tool in tools:
                close = getattr(tool.extract, "close", None)
                if close is not None:
                    close()


def run_one(
    args: argparse.Namespace,
    set_name: str,
    mode: str,
    tools: list[Tool],
    failures: IO[str] | None,
    listing: IO[str] | None,
) -> None:
    """One set in one mode: the table, the type table, the comparison."""
    pages = load_pages(args.data, set_name, args.limit)
    print(f"\n### {set_name}, {mode} mode ({len(pages)} pages)\n", flush=True)
    runs = run_set(pages, mode, tools, failures)
    print(main_table(runs))
    for r in runs:
        if r.inner_seconds is not None:
            inner = 1000 * r.inner_seconds / max(1, len(r.results))
            print(
                f"\nnote: {r.tool}: {inner:.1f} of its {r.ms_per_page():.1f} ms/page "
                "inside its worker (the rest is the pipe)"
            )
    if args.by_type and len({r.kind for r in runs[0].results}) > 1:
        print(f"\nWord F1 (WCXB's) and shingle F1 by page type ({set_name}, {mode}):\n")
        print(type_table(runs))
    if args.versus is not None:
        v = versus(runs, args.versus)
        if v is None:
            print(f"\nnote: no --versus in {mode} mode: cleaner or {args.versus} did not run")
        else:
            print(f"\n{versus_report(v, set_name, mode)}")
            if listing is not None:
                for row in v.rows:
                    record = {"set": set_name, "mode": mode, **row}
                    listing.write(json.dumps(record, ensure_ascii=False) + "\n")
                listing.flush()
    if args.confidence:
        print(f"\ncleaner's confidence against its word F1 ({set_name}, {mode}):\n")
        print(confidence_table(pages, mode))
    sys.stdout.flush()


def confidence_table(pages: list[Page], mode: str) -> str:
    """The mean word F1 of the pages in each tenth of cleaner's confidence
    (``explain().metadata["confidence"]``, a predicted F1): its calibration."""
    import cleaner
    from bench.train_confidence import deciles

    predicted: list[float] = []
    scores: list[float] = []
    for page in pages:
        explained = cleaner.explain(page.load(mode), mode=mode)
        predicted.append(float(explained.metadata.get("confidence", 0.0)))
        scores.append(word_scores(explained.article, page.truth)[2])
    return deciles(predicted, scores)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.setup_trafipy:
        from bench import trafipy_env

        return trafipy_env.setup()
    if not (args.data / SETS[0]).is_dir() and not (args.data / SETS[1]).is_dir():
        print(f"no bench data under {args.data}", file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")  # peers warn a lot on odd pages
    print(cleaner_build())
    failures: IO[str] | None = args.failures.open("w", encoding="utf-8") if args.failures else None
    listing: IO[str] | None = None
    if args.versus_out is not None:
        args.versus_out.parent.mkdir(parents=True, exist_ok=True)
        listing = args.versus_out.open("w", encoding="utf-8")
    try:
        run(args, failures, listing)
    finally:
        for out in (failures, listing):
            if out is not None:
                out.close()
    if listing is not None:
        print(f"\n--versus pages: {args.versus_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
