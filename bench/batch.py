"""Batch throughput, memory over a long stream, and the cost of the JSONL path.

    python bench/batch.py [--mode text|html|both] [--workers 1,2] [--set all]
        [--stream N] [--stream-mode text] [--jsonl-repeat 3] [--skip ...]

Three measurements on the pages of ../shared/bench:

1. throughput: every page of the set(s), read into memory first, through
   ``cleaner.run.batch.clean_many(pages, workers=N)`` for each N (pool start-up
   included): pages/s and the speedup over 1 worker (target: 2 workers >= 1.7x).
   The output is checked to be the same for every N.
2. stream: ``--stream`` pages (default 100,000) read from disk one at a time,
   cycling over the set, through ``clean_many(workers=2)``. Every tenth of the
   way it samples the resident memory (RSS, from /proc) of this process and of
   the workers, and this process's Python heap (tracemalloc): flat means
   bounded. Also ``getrusage`` peak RSS at the end.
3. jsonl: the set as one JSON Lines file (id, url, text) through
   ``cleaner --jsonl FILE`` (in process, 1 worker, output to /dev/null) against
   ``clean(text)`` on the same texts, best of ``--jsonl-repeat`` runs: the
   per-page overhead of reading, parsing and writing records (target < 10%).

The machine is shared: the load average before each measurement is printed,
as a busy core shows as a lower speedup.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

import cleaner  # noqa: E402
from bench.pages import DEFAULT_DATA, Page, pages_of, resolve_modes, resolve_sets  # noqa: E402
from cleaner.run import cli  # noqa: E402
from cleaner.run.batch import clean_many  # noqa: E402

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


# --- 1. throughput ---------------------------------------------------------------


def throughput(pages: list[Page], mode: str, workers: list[int], repeat: int) -> None:
    inputs = [page.load(mode) for page in pages]
    cleaner.clean(inputs[0], mode=mode)  # warm-up: lazy imports, compiled patterns
    print(f"\n### throughput, {mode} mode: {len(inputs)} pages ({load_note()})\n")
    print(
        f"| workers | seconds (best of {repeat}) | pages/s | speedup | CPU s (all processes) "
        "| CPU-bound speedup | errors |"
    )
    print("|---|---|---|---|---|---|---|")
    base: tuple[float, float] | None = None
    reference: list[str | None] | None = None
    for count in workers:
        best, cpu = float("inf"), float("inf")
        for _ in range(repeat):
            with CpuMeter() as meter:
                start = time.perf_counter()
                results = list(clean_many(inputs, workers=count, mode=mode))
                elapsed = time.perf_counter() - start
            best, cpu = min(best, elapsed), min(cpu, meter.seconds)
        articles = [r.article for r in results]
        if reference is None:
            reference = articles
        elif articles != reference:
            print(f"ERROR: {count} workers gave other articles than {workers[0]}")
        rate = len(inputs) / best
        base = base or (rate, cpu / workers[0])
        # What the speedup would be on idle cores: N workers, each as busy as one.
        bound = count * base[1] / cpu * workers[0] if cpu else 0.0
        errors = sum(not r.ok for r in results)
        print(
            f"| {count} | {best:.2f} | {rate:.1f} | {rate / base[0]:.2f}x | {cpu:.2f} "
            f"| {bound:.2f}x | {errors} |",
            flush=True,
        )


class CpuMeter:
    """CPU seconds spent by this process and the processes below it, while in the block.

    The workers of a pool are not children of this process (forkserver), so a
    thread reads their times from /proc as they run (the last 0.05 s of a
    worker's life may be missed).
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self._seen: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> CpuMeter:
        self._start = time.process_time()
        self._before = {pid: cpu for pid, cpu in descendants_cpu(os.getpid()).items()}
        self._thread.start()
        return self

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            for pid, cpu in descendants_cpu(os.getpid()).items():
                self._seen[pid] = max(self._seen.get(pid, 0.0), cpu)

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        spent = sum(cpu - self._before.get(pid, 0.0) for pid, cpu in self._seen.items())
        self.seconds = time.process_time() - self._start + spent


# --- 2. memory over a long stream ---------------------------------------------------


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE
    except OSError:
        return 0


def _processes() -> dict[int, tuple[int, float]]:
    """Every process: its parent and its CPU seconds (user + system), one read of its stat."""
    table: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
                table[int(entry)] = (int(fields[1]), cpu)
            except (OSError, IndexError, ValueError):
                continue
    return table


def descendants_cpu(root: int) -> dict[int, float]:
    """Every process below ``root`` (the pool's forkserver and its workers), with its CPU
    seconds."""
    table = _processes()
    found: dict[int, float] = {}
    frontier = [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, (ppid, _) in table.items() if ppid == parent]
        found.update((pid, table[pid][1]) for pid in children)
        frontier.extend(children)
    return found


def page_stream(pages: list[Page], mode: str, count: int) -> Iterator[str | bytes]:
    """``count`` pages read from disk one at a time, cycling over ``pages``."""
    for number in range(count):
        yield pages[number % len(pages)].load(mode)


def stream(pages: list[Page], mode: str, count: int, workers: int) -> None:
    print(f"\n### memory over a stream of {count:,} pages, {mode} mode, {workers} workers")
    print(f"({len(pages)} pages cycled, read from disk one at a time; {load_note()})\n")
    print("| pages done | seconds | pages/s | parent RSS MB | workers RSS MB | parent heap MB |")
    print("|---|---|---|---|---|---|")
    tracemalloc.start()
    me = os.getpid()
    every = max(1, count // 10)
    start = time.perf_counter()
    errors = 0
    for done, result in enumerate(
        clean_many(page_stream(pages, mode, count), workers=workers, mode=mode), 1
    ):
        errors += not result.ok
        if done % every == 0 or done == count:
            elapsed = time.perf_counter() - start
            heap, _ = tracemalloc.get_traced_memory()
            workers_rss = sum(rss_bytes(pid) for pid in descendants_cpu(me))
            print(
                f"| {done:,} | {elapsed:.0f} | {done / elapsed:.1f} | {rss_bytes(me) / 1e6:.1f} | "
                f"{workers_rss / 1e6:.1f} | {heap / 1e6:.2f} |",
                flush=True,
            )
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"\npeak RSS of this process (getrusage): {peak:.1f} MB")
    print(f"peak Python heap of this process (tracemalloc): {heap_peak / 1e6:.2f} MB")
    print(f"pages that failed: {errors}")


# --- 3. JSONL overhead ----------------------------------------------------------------


def jsonl_overhead(pages: list[Page], repeat: int) -> None:
    texts = [page.text() for page in pages]
    print(f"\n### JSONL path against clean() alone: {len(texts)} pages, text mode, 1 worker")
    print(f"({load_note()})\n")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "pages.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for page, text in zip(pages, texts, strict=True):
                out.write(
                    json.dumps({"id": page.id, "url": page.url, "text": text}, ensure_ascii=False)
                    + "\n"
                )
        cleaner.clean(texts[0])  # warm-up
        # Best of the runs, in wall time and in CPU time of this process (all of
        # it is in this process; CPU time is the steadier on a shared machine).
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for _ in range(repeat):
            for label, run in (
                ("clean() alone", lambda: [cleaner.clean(t) for t in texts]),
                ("cleaner --jsonl", lambda: _cli(["--jsonl", "--quiet", str(source)])),
                (
                    "cleaner --jsonl --stats",
                    lambda: _cli(["--jsonl", "--stats", "--quiet", str(source)]),
                ),
            ):
                start, start_cpu = time.perf_counter(), time.process_time()
                run()
                wall[label] = min(wall.get(label, float("inf")), time.perf_counter() - start)
                cpu[label] = min(cpu.get(label, float("inf")), time.process_time() - start_cpu)
    print(f"| path | seconds (best of {repeat}) | ms/page | overhead | CPU s | CPU overhead |")
    print("|---|---|---|---|---|---|")
    for label, seconds in wall.items():
        per_page = 1000 * seconds / len(texts)
        overhead = 100 * (seconds / wall["clean() alone"] - 1)
        cpu_overhead = 100 * (cpu[label] / cpu["clean() alone"] - 1)
        print(
            f"| {label} | {seconds:.2f} | {per_page:.2f} | {overhead:+.1f}% "
            f"| {cpu[label]:.2f} | {cpu_overhead:+.1f}% |"
        )


def _cli(argv: list[str]) -> None:
    with open(os.devnull, "w", encoding="utf-8") as sink:
        code = cli.main(argv, stdin=io.BytesIO(), stdout=sink, stderr=sys.stderr)
    if code != 0:
        print(f"ERROR: cleaner {' '.join(argv)} exited {code}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["aeb", "wcxb-dev", "all"])
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--workers", default="1,2", help="worker counts to compare (default 1,2)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="throughput runs per count (best kept)"
    )
    parser.add_argument("--limit", type=int, help="the first N pages of each set")
    parser.add_argument("--stream", type=int, default=100_000, help="pages in the memory stream")
    parser.add_argument("--stream-mode", default="text", choices=["text", "html"])
    parser.add_argument("--stream-workers", type=int, default=2)
    parser.add_argument("--jsonl-repeat", type=int, default=3)
    parser.add_argument(
        "--skip", action="append", default=[], choices=["throughput", "stream", "jsonl"]
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    pages = pages_of(args.data, resolve_sets(args.set), args.limit)
    if not pages:
        sys.exit(f"no pages under {args.data}")
    if "throughput" not in args.skip:
        counts = [int(n) for n in args.workers.split(",")]
        for mode in resolve_modes(args.mode):
            throughput(pages, mode, counts, args.repeat)
    if "jsonl" not in args.skip:
        jsonl_overhead(pages, args.jsonl_repeat)
    if "stream" not in args.skip:
        stream(pages, args.stream_mode, args.stream, args.stream_workers)


if __name__ == "__main__":
    main()
