"""Fuzz the cleaner: page-shaped inputs, text and HTML, str and bytes.

    python fuzz/run.py                          # 60 s, both modes, all cores
    python fuzz/run.py --hours 2 --jobs 2       # the long run
    python fuzz/run.py --examples 1000000       # a fixed number of inputs
    python fuzz/run.py --engine atheris --budget-seconds 600   # coverage-guided (needs atheris)
    python fuzz/run.py --engine hypothesis --examples 20000    # hypothesis, with shrinking
    python fuzz/run.py --replay fuzz/corpus/*.case fuzz/found/*  # re-run saved inputs

Inputs are built by :func:`fuzz.harness.build_case` from bytes and checked by
:func:`fuzz.harness.check_case`. The ``random`` engine (default) draws input
``i`` from a generator seeded with ``(seed, i)``, so any input is rebuilt from
its number; it runs ``--jobs`` worker processes under a supervisor that
notices what a process cannot report itself:

- a *crash*: an exception that is not a documented ``CleanerError``, or the
  worker dying (a segfault in a dependency, memory over ``--rss-limit-mb``);
- a *hang*: one input running longer than ``--timeout`` seconds (the worker is
  killed and restarted past it);
- a *violation*: an invariant of ``check_case`` broken;
- a *slow* input (over ``--slow`` seconds): kept for a look, not a failure.

Each finding is saved to ``--save-dir`` (default ``fuzz/found/``) as a
``.case`` file: one header line (kind, mode, output, type), then the page.
Triaged reproducers go to ``fuzz/corpus/``, which ``tests/test_fuzz.py``
replays. The exit code is 1 when anything but slow inputs was found.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import random
import resource
import signal
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fuzz.harness import MODES, Case, Violation, build_case, check_case  # noqa: E402

FUZZ_DIR = Path(__file__).resolve().parent
DEFAULT_SAVE = FUZZ_DIR / "found"
# Sizes of the random byte strings an input is built from: most pages are
# small (fast, many), some large enough to show super-linear cost.
_SIZES = (64, 256, 1024, 1024, 4096, 4096, 16384, 65536)


# -- saved cases -----------------------------------------------------------------


def dump_case(case: Case) -> bytes:
    kind = "bytes" if isinstance(case.page, bytes) else "str"
    header = f"kind={case.kind} mode={case.mode} output={case.output} type={kind}\n"
    page = case.page
    payload = page if isinstance(page, bytes) else page.encode("utf-8", "surrogatepass")
    return header.encode("ascii") + payload


def load_case(data: bytes) -> Case:
    """A ``.case`` file, or raw fuzzer bytes (an atheris artifact) to build a case from."""
    if data.startswith(b"kind="):
        header, _, payload = data.partition(b"\n")
        fields = dict(item.split("=", 1) for item in header.decode("ascii").split())
        page: str | bytes = (
            payload if fields["type"] == "bytes" else payload.decode("utf-8", "surrogatepass")
        )
        return Case(fields["kind"], page, fields["mode"], fields.get("output", "text"))
    return build_case(data)


def save_case(case: Case, category: str, save_dir: Path) -> Path:
    data = dump_case(case)
    save_dir.mkdir(parents=True, exist_ok=True)
    path = save_dir / f"{category}-{hashlib.sha1(data).hexdigest()[:12]}.case"
    path.write_bytes(data)
    return path


# -- the random engine -----------------------------------------------------------


def input_bytes(seed: int, index: int) -> bytes:
    rng = random.Random(f"{seed}:{index}")
    return rng.randbytes(rng.choice(_SIZES))


def case_of(seed: int, index: int, modes: Sequence[str]) -> Case:
    return build_case(input_bytes(seed, index), modes)


@dataclass
class Finding:
    category: str  # crash, hang, violation, slow
    index: int
    detail: str
    path: str


def _limit_memory(megabytes: int) -> None:
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _worker(
    first: int,
    step: int,
    stop_at: int,
    seed: int,
    modes: Sequence[str],
    current: mp.sharedctypes.Synchronized,  # type: ignore[name-defined]
    started: mp.sharedctypes.Synchronized,  # type: ignore[name-defined]
    done: mp.sharedctypes.Synchronized,  # type: ignore[name-defined]
    findings: mp.Queue,  # type: ignore[type-arg]
    save_dir: str,
    slow: float,
    rss_limit_mb: int,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides when to stop
    _limit_memory(rss_limit_mb)
    index = first
    while index < stop_at:
        current.value = index
        started.value = time.monotonic()
        case = case_of(seed, index, modes)
        category, detail = "", ""
        begin = time.perf_counter()
        try:
            check_case(case)
        except Violation as error:
            category, detail = "violation", str(error)
        except MemoryError:
            category, detail = "crash", "MemoryError (memory over the limit)"
        except Exception as error:  # anything else escaping the library is a crash
            frames = traceback.extract_tb(error.__traceback__)
            where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
            category, detail = "crash", f"{type(error).__name__} at {where}: {error}"
        elapsed = time.perf_counter() - begin
        if not category and elapsed > slow:
            category, detail = "slow", f"{elapsed:.1f} s"
        if category:
            path = save_case(case, category, Path(save_dir))
            findings.put(Finding(category, index, f"{case.describe()}: {detail}"[:500], str(path)))
        with done.get_lock():
            done.value += 1
        index += step
    started.value = 0.0


def run_random(args: argparse.Namespace, modes: Sequence[str]) -> list[Finding]:
    ctx = mp.get_context("fork")
    jobs = max(1, args.jobs)
    deadline = time.monotonic() + args.budget_seconds if args.budget_seconds else None
    stop_at = args.first + args.examples if args.examples else sys.maxsize
    findings_queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    done = ctx.Value("q", 0)
    slots = [(ctx.Value("q", -1, lock=False), ctx.Value("d", 0.0, lock=False)) for _ in range(jobs)]
    procs: list[mp.Process | None] = [None] * jobs  # type: ignore[name-defined]
    findings: list[Finding] = []
    begin = time.monotonic()

    def start(slot: int, first: int) -> None:
        current, started = slots[slot]
        current.value, started.value = first, 0.0
        proc = ctx.Process(
            target=_worker,
            args=(
                first,
                jobs,
                stop_at,
                args.seed,
                modes,
                current,
                started,
                done,
                findings_queue,
                str(args.save_dir),
                args.slow,
                args.rss_limit_mb,
            ),
            daemon=True,
        )
        proc.start()
        procs[slot] = proc

    def record(finding: Finding) -> None:
        findings.append(finding)
        print(
            f"[{finding.category}] input {finding.index}: {finding.detail} -> {finding.path}",
            flush=True,
        )

    def lost(slot: int, index: int, category: str, detail: str) -> None:
        """A worker gone with input ``index`` (a crash or a hang): save it, count it,
        and start a worker on the slot's next input."""
        case = case_of(args.seed, index, modes)
        path = save_case(case, category, args.save_dir)
        record(Finding(category, index, f"{case.describe()}: {detail}", str(path)))
        with done.get_lock():
            done.value += 1
        start(slot, index + jobs)

    for slot in range(jobs):
        start(slot, args.first + slot)
    last_report = begin
    try:
        while True:
            time.sleep(0.2)
            while not findings_queue.empty():
                record(findings_queue.get())
            now = time.monotonic()
            for slot, proc in enumerate(procs):
                if proc is None:
                    continue
                current, started = slots[slot]
                if not proc.is_alive():
                    proc.join()
                    if proc.exitcode == 0:
                        procs[slot] = None
                        continue
                    # Died inside an input: a crash no Python code could report.
                    lost(slot, current.value, "crash", f"worker died (exit code {proc.exitcode})")
                elif started.value and now - started.value > args.timeout:
                    proc.kill()
                    proc.join()
                    lost(slot, current.value, "hang", f"over {args.timeout:.0f} s")
            if all(p is None for p in procs):
                break
            if deadline is not None and now >= deadline:
                break
            if now - last_report >= args.report_every:
                last_report = now
                _progress(done.value, now - begin, findings)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
    finally:
        for proc in procs:
            if proc is not None and proc.is_alive():
                proc.kill()
                proc.join()
        while not findings_queue.empty():
            record(findings_queue.get())
    elapsed = time.monotonic() - begin
    _summary("random", done.value, elapsed, findings, args)
    return findings


def _progress(count: int, elapsed: float, findings: list[Finding]) -> None:
    failures = sum(f.category != "slow" for f in findings)
    print(
        f"{count:,} inputs in {elapsed:,.0f} s ({count / max(elapsed, 1e-9):,.0f}/s), "
        f"{failures} failures, {len(findings) - failures} slow",
        flush=True,
    )


def _summary(
    engine: str, count: int, elapsed: float, findings: list[Finding], args: argparse.Namespace
) -> None:
    by = {c: sum(f.category == c for f in findings) for c in ("crash", "hang", "violation", "slow")}
    print(
        f"engine={engine} mode={args.mode} seed={args.seed} jobs={args.jobs}: {count:,} inputs in "
        f"{elapsed:,.0f} s ({count / max(elapsed, 1e-9):,.0f}/s); crashes {by['crash']}, "
        f"hangs {by['hang']} (>{args.timeout:.0f} s), violations {by['violation']}, "
        f"slow {by['slow']} (>{args.slow:.0f} s)",
        flush=True,
    )


# -- hypothesis ----------------------------------------------------------------------


def run_hypothesis(args: argparse.Namespace, modes: Sequence[str]) -> list[Finding]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    args.jobs = 1
    count = 0
    examples = args.examples or 10_000
    begin = time.monotonic()

    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    # Bytes as hypothesis draws them (shrinkable) and as the random engine does.
    @given(
        st.one_of(
            st.binary(min_size=8, max_size=8192),
            st.integers(min_value=0, max_value=2**32).map(lambda seed: input_bytes(seed, 0)),
        )
    )
    def fuzz(data: bytes) -> None:
        nonlocal count
        count += 1
        check_case(build_case(data, modes))

    findings: list[Finding] = []
    try:
        fuzz()
    except Exception as error:  # hypothesis re-raises the shrunk failure
        findings.append(Finding("crash", count, f"{type(error).__name__}: {error}"[:500], "-"))
        print(f"[failure] {type(error).__name__}: {error}", flush=True)
    _summary("hypothesis", count, time.monotonic() - begin, findings, args)
    return findings


# -- atheris -------------------------------------------------------------------------


def run_atheris(args: argparse.Namespace, modes: Sequence[str]) -> list[Finding]:
    try:
        import atheris
    except ImportError:
        print("fuzz: atheris is not installed (pip install atheris)", file=sys.stderr)
        raise SystemExit(2) from None
    # cleaner is imported already (by fuzz.harness): instrument what is loaded.
    atheris.instrument_all()

    def one_input(data: bytes) -> None:
        check_case(build_case(data, modes))

    args.save_dir.mkdir(parents=True, exist_ok=True)
    seeds = FUZZ_DIR / "atheris-seeds"
    seeds.mkdir(exist_ok=True)
    libfuzzer = [
        sys.argv[0],
        str(seeds),
        f"-artifact_prefix={args.save_dir}/atheris-",
        f"-timeout={int(args.timeout)}",
        f"-rss_limit_mb={args.rss_limit_mb}",
        "-max_len=65536",
        "-print_final_stats=1",
    ]
    if args.budget_seconds:
        libfuzzer.append(f"-max_total_time={int(args.budget_seconds)}")
    if args.examples:
        libfuzzer.append(f"-runs={args.examples}")
    atheris.Setup(libfuzzer, one_input)
    atheris.Fuzz()  # exits the process; libFuzzer prints the counts
    return []


# -- replay --------------------------------------------------------------------------


def replay(paths: Iterable[Path], timeout: float) -> int:
    failures = 0
    for path in paths:
        case = load_case(path.read_bytes())
        begin = time.perf_counter()
        try:
            check_case(case)
            verdict = "ok"
        except Exception as error:
            failures += 1
            verdict = f"FAIL {type(error).__name__}: {str(error)[:200]}"
        elapsed = time.perf_counter() - begin
        slow = " (slow)" if elapsed > timeout else ""
        print(f"{path.name}: {case.describe()}: {verdict} in {elapsed:.2f} s{slow}", flush=True)
    return 1 if failures else 0


# -- command line --------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", choices=("random", "hypothesis", "atheris"), default="random")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--budget-seconds", type=float, help="stop after this long (default 60)")
    budget.add_argument("--hours", type=float, help="stop after this many hours")
    parser.add_argument("--examples", type=int, help="stop after this many inputs")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--first", type=int, default=0, help="number of the first input")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before an input hangs")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds that make an input slow")
    parser.add_argument("--rss-limit-mb", type=int, default=4096, help="address space per worker")
    parser.add_argument("--save-dir", type=Path, default=DEFAULT_SAVE)
    parser.add_argument(
        "--report-every", type=float, default=60.0, help="seconds between progress lines"
    )
    parser.add_argument(
        "--replay",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="re-run saved .case files or raw fuzzer inputs, then exit",
    )
    args = parser.parse_args(argv)
    if args.hours is not None:
        args.budget_seconds = args.hours * 3600
    elif args.budget_seconds is None and args.examples is None:
        args.budget_seconds = 60.0
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.replay:
        return replay(args.replay, args.slow)
    modes = MODES if args.mode == "both" else (args.mode,)
    engines = {"random": run_random, "hypothesis": run_hypothesis, "atheris": run_atheris}
    findings = engines[args.engine](args, modes)
    return 1 if any(f.category != "slow" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
