"""Single-process speed of cleaner alone.

    python bench/speed.py [--set aeb|wcxb-dev|all] [--mode text|html|both]
        [--limit N] [--repeat N] [--clock wall|cpu] [--data DIR]
    python bench/speed.py --sizes [--set ...] [--mode ...] [--budget SECONDS]

Default: every page of the set(s) once through cleaner.clean (after one
warm-up call): pages/s and ms/page mean, median, p95, max. --repeat N cleans
each page N times in a row and counts its fastest run (the usual timeit
practice on a shared machine, where a single run also measures the neighbours).

--sizes: documents of ~10 KB, 100 KB, 1 MB and 10 MB cut from the
concatenated bench texts (text mode) or HTML bodies (html mode, wrapped in one
<html><body>), cut at a line (text) or tag (html) boundary. Each size cleans
consecutive chunks of the same 10 MB corpus until --budget seconds are spent
(at least one chunk), and reports seconds per MB (MB = 10^6 bytes of UTF-8)
and the ratio to the 10 KB figure (goal: 10 MB within 2x of 10 KB).
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.pages import (  # noqa: E402
    DEFAULT_DATA,
    SETS,
    Page,
    decode_html,
    load_pages,
    pages_of,
    resolve_modes,
    resolve_sets,
)
from bench.tools import Extract, cleaner_build, load_tools  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
MB = 1_000_000
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.I | re.S)
_HTML_HEAD = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>bench</title></head><body>\n'
_HTML_TAIL = b"\n</body></html>"


@dataclass(frozen=True)
class Timing:
    """Per-page times of one throughput run (seconds), and failures."""

    times: list[float]
    slowest: str
    failures: int

    def row(self, label: str) -> str:
        ms = sorted(1000 * t for t in self.times)
        total = sum(self.times)
        rate = len(ms) / total if total else 0.0
        return (
            f"| {label} | {len(ms)} | {rate:.1f} | {statistics.fmean(ms):.2f} | "
            f"{statistics.median(ms):.2f} | {percentile(ms, 0.95):.2f} | "
            f"{ms[-1]:.1f} ({self.slowest[:16]}) | {self.failures} |"
        )


def percentile(ordered: list[float], q: float) -> float:
    """Nearest-rank ``q`` percentile of an ascending, non-empty list."""
    return ordered[max(1, math.ceil(len(ordered) * q)) - 1]


def cleaner_for(mode: str) -> Extract | None:
    """cleaner's extract function for ``mode``, or None (with a note)."""
    tools, notes = load_tools(mode, ["cleaner"])
    for note in notes:
        print(f"note: {note}")
    return tools[0].extract if tools else None


#: The clocks a run can time with: the wall clock, or this process's CPU time
#: (``--clock cpu``), which on a machine busy with other work counts the time
#: the cleaner ran rather than the time it waited for a core.
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def time_pages(
    extract: Extract, pages: list[Page], mode: str, repeat: int = 1, clock: str = "wall"
) -> Timing:
    """Time ``extract`` on every page (input read outside the timing).

    With ``repeat`` above 1 each page is cleaned that many times in a row and
    its fastest run counts: on a shared machine the other runs measure the
    neighbours as much as the code.
    """
    now = CLOCKS[clock]
    with contextlib.suppress(Exception):  # warm-up: lazy imports, compiled patterns
        extract(pages[0].load(mode))
    times: list[float] = []
    slowest, worst, failures = "", -1.0, 0
    for page in pages:
        data = page.load(mode)
        elapsed = math.inf
        for _ in range(repeat):
            start = now()
            try:
                extract(data)
            except Exception:
                failures += 1
                break
            finally:
                elapsed = min(elapsed, now() - start)
        times.append(elapsed)
        if elapsed > worst:
            slowest, worst = page.id, elapsed
    return Timing(times, slowest, failures)


def throughput(args: argparse.Namespace) -> None:
    cleaners = {mode: cleaner_for(mode) for mode in resolve_modes(args.mode)}
    print(cleaner_build())
    print(
        "| set, mode | pages | pages/s | mean ms | median ms | p95 ms | max ms (page) | failures |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for mode, extract in cleaners.items():
        if extract is None:
            continue
        for set_name in resolve_sets(args.set):
            pages = load_pages(args.data, set_name, args.limit)
            if pages:
                timing = time_pages(extract, pages, mode, args.repeat, args.clock)
                print(timing.row(f"{set_name}, {mode}"), flush=True)


# --- --sizes -------------------------------------------------------------------


def corpus(pages: list[Page], mode: str, size: int) -> bytes:
    """At least ``size`` bytes of page texts or HTML bodies (pages cycled)."""
    parts: list[bytes] = []
    total = 0
    while total < size:
        for page in pages:
            part = _text_part(page) if mode == "text" else _body_part(page)
            parts.append(part)
            total += len(part)
            if total >= size:
                break
    return b"".join(parts)


def _text_part(page: Page) -> bytes:
    return page.text().strip().encode("utf-8") + b"\n\n"


def _body_part(page: Page) -> bytes:
    html = decode_html(page.html())
    match = _BODY.search(html)
    return (match.group(1) if match else html).encode("utf-8") + b"\n"


def chunks(data: bytes, size: int, boundary: bytes) -> Iterator[bytes]:
    """Consecutive pieces of ``data`` of at most ``size`` bytes, each cut just
    before the last ``boundary`` byte of its window (else at the last UTF-8
    character start), so never inside a UTF-8 sequence."""
    start = 0
    while len(data) - start >= size // 2:
        end = min(len(data), start + size)
        if end < len(data):
            cut = data.rfind(boundary, start + 1, end)
            end = cut if cut > start else _char_start(data, end)
        yield data[start:end]
        start = end


def _char_start(data: bytes, end: int) -> int:
    """The last index <= ``end`` that does not split a UTF-8 sequence."""
    while end > 0 and 0x80 <= data[end] < 0xC0:
        end -= 1
    return end


def as_input(piece: bytes, mode: str) -> str | bytes:
    return piece.decode("utf-8") if mode == "text" else _HTML_HEAD + piece + _HTML_TAIL


def seconds_per_mb(
    extract: Extract, data: bytes, size: int, mode: str, budget: float
) -> tuple[float, int, int]:
    """(s/MB, chunks, bytes) cleaning chunks of ``size`` until ``budget`` s."""
    spent, done, nbytes = 0.0, 0, 0
    for piece in chunks(data, size, _boundary(mode)):
        doc = as_input(piece, mode)
        start = time.perf_counter()
        extract(doc)
        spent += time.perf_counter() - start
        done += 1
        nbytes += len(piece) if mode == "text" else len(doc)
        if spent >= budget:
            break
    return spent / (nbytes / MB), done, nbytes


def _boundary(mode: str) -> bytes:
    return b"\n" if mode == "text" else b"<"


def size_rows(extract: Extract, data: bytes, mode: str, budget: float) -> Iterator[str]:
    """One table row per size; a size whose run raises shows the error."""
    with contextlib.suppress(Exception):  # warm-up; failures show per size
        extract(as_input(next(chunks(data, SIZES[0], _boundary(mode))), mode))
    base = 0.0
    for size in SIZES:
        try:
            per_mb, done, nbytes = seconds_per_mb(extract, data, size, mode, budget)
        except Exception as exc:
            yield f"| {mode} | {_label(size)} | - | - | failed: {type(exc).__name__}: {exc} | - |"
            continue
        base = base or per_mb
        avg, ratio = nbytes // done, per_mb / base
        yield f"| {mode} | {_label(size)} | {done} | {avg} | {per_mb:.3f} | {ratio:.2f}x |"


def sizes(args: argparse.Namespace) -> None:
    pages = pages_of(args.data, resolve_sets(args.set), args.limit)
    cleaners = {mode: cleaner_for(mode) for mode in resolve_modes(args.mode)}
    print("| mode | size | chunks | mean bytes | s/MB | vs 10 KB |")
    print("|---|---|---|---|---|---|")
    for mode, extract in cleaners.items():
        if extract is None or not pages:
            continue
        for row in size_rows(extract, corpus(pages, mode, max(SIZES)), mode, args.budget):
            print(row, flush=True)


def _label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // 1000} KB"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--sizes", action="store_true", help="seconds per MB at 10 KB .. 10 MB")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="clean each page N times in a row and count its fastest run (default 1)",
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="time by the wall clock (default) or by this process's CPU time",
    )
    parser.add_argument(
        "--budget", type=float, default=5.0, help="--sizes: seconds per size (default 5)"
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"bench data dir ({DEFAULT_DATA})"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.sizes:
        sizes(args)
    else:
        throughput(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
