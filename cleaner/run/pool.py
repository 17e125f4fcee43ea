"""Pages through worker processes, in order, for any cleaner: the machinery of a batch.

:func:`clean_pages` cleans an iterable of pages with a given cleaner (an object
with ``clean`` and ``explain``, such as :class:`cleaner.Cleaner`), one
:class:`PageResult` a page, in input order, whatever the number of workers;
:mod:`cleaner.run.batch` gives it its defaults. :func:`run_ordered` and
:class:`Solo` run any work in a pool that survives a worker that dies or hangs
(:mod:`cleaner.run.corpus` cleans shares of files with them).

- ``workers=1`` cleans in the calling process; ``workers=N`` runs a pool of N
  processes. Pages go to the pool in chunks (fewer round trips), and at most
  ``window`` chunks are in flight: the input is read only as fast as results
  are consumed, so memory does not grow with the length of the stream.
- A page that raises, or that runs past ``time_limit`` seconds, gives a record
  with ``error`` set (the exception's type name) and the batch goes on. The
  limit is a ``SIGALRM`` timer in the process that cleans the page. A worker
  that dies (killed for memory, a crash in C code) or that the timer cannot
  reach (stuck in C code) is replaced: the pages it held are cleaned again one
  at a time, so only the page that kills or hangs a worker fails.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from cleaner.errors import PageTimeout
from cleaner.page import Page
from cleaner.run.passes import RULE_NAMES
from cleaner.write.report import Explanation


class PageCleaner(Protocol):
    """What a batch cleans with: :class:`cleaner.Cleaner`, or any object like it."""

    def clean(self, page: Page) -> str: ...

    def explain(self, page: Page) -> Explanation: ...


T = TypeVar("T")
R = TypeVar("R")

#: pages sent to a worker in one round trip (fewer trips, same results)
CHUNK_SIZE = 8
#: a chunk is closed early once its pages hold this many characters or bytes,
#: so that a run of huge pages does not multiply the memory in flight
CHUNK_CHARS = 4_000_000
#: chunks in flight per worker: enough to keep every worker busy while the
#: caller consumes results, few enough to keep memory flat
WINDOW_PER_WORKER = 4
#: after the alarm, it rings again this often, this many times at most, while the
#: page is still being cleaned (see _time_limit)
ALARM_REPEAT = 0.1
ALARM_REPEATS = 5
#: seconds a worker may spend on one page beyond ``time_limit`` before the parent
#: takes it for stuck where the alarm cannot reach (C code) and replaces it
HARD_LIMIT_GRACE = 5.0


@dataclass(frozen=True, slots=True)
class PageStats:
    """What cleaning removed from one page, in blocks and characters.

    ``by_rule`` maps a reason code to ``(blocks, chars)`` removed by that rule,
    for the rules that removed something, in pipeline order.
    """

    blocks: int
    blocks_removed: int
    chars: int
    chars_removed: int
    by_rule: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, explanation: Explanation) -> PageStats:
        """The stats of a page from its explanation.

        >>> from cleaner import explain
        >>> page = "Menu\\n\\nThe council approved the new budget on Tuesday after a long vote.\\n"
        >>> stats = PageStats.of(explain(page))
        >>> stats.blocks_removed, stats.by_rule
        (1, {'navigation': (1, 4)})
        """
        counts: dict[str, list[int]] = {}
        chars = chars_removed = 0
        for block in explanation.blocks:
            size = len(block.text.strip())
            chars += size
            if block.rule is not None:
                chars_removed += size
                count = counts.setdefault(block.rule, [0, 0])
                count[0] += 1
                count[1] += size
        order = {name: rank for rank, name in enumerate(RULE_NAMES)}
        by_rule = {
            rule: (count[0], count[1])
            for rule, count in sorted(counts.items(), key=lambda item: order.get(item[0], 99))
        }
        removed = sum(blocks for blocks, _ in by_rule.values())
        return cls(len(explanation.blocks), removed, chars, chars_removed, by_rule)

    def to_dict(self, *, every_rule: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; ``every_rule`` lists all rules (zeros too), for a fixed schema."""
        rules = RULE_NAMES if every_rule else tuple(self.by_rule)
        return {
            "blocks": self.blocks,
            "blocks_removed": self.blocks_removed,
            "chars": self.chars,
            "chars_removed": self.chars_removed,
            "by_rule": {
                rule: dict(zip(("blocks", "chars"), self.by_rule.get(rule, (0, 0)), strict=True))
                for rule in rules
            },
        }


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page's outcome: its article (and stats), or the error that stopped it.

    ``index`` is the page's position in the input (0-based); ``error`` is the
    exception's type name (``"PageTimeout"``, ``"TypeError"``, ``"WorkerDied"``)
    and ``message`` its text.
    """

    index: int
    article: str | None = None
    stats: PageStats | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the page was cleaned."""
        return self.error is None


@dataclass(frozen=True, slots=True)
class _Job:
    """What every page of a batch is cleaned with; sent along with each chunk."""

    cleaner: PageCleaner
    time_limit: float | None
    stats: bool


def _clean_one(job: _Job, index: int, page: Page) -> PageResult:
    done = guarded(index, job.time_limit, lambda: article_and_stats(job.cleaner, page, job.stats))
    if isinstance(done, PageResult):
        return done
    article, stats = done
    return PageResult(index, article=article, stats=stats)


def guarded(index: int, time_limit: float | None, work: Callable[[], R]) -> R | PageResult:
    """``work()``, or the failure record (at ``index``) of the exception it raised or of
    its running past ``time_limit`` seconds (see :func:`clean_page`)."""
    try:
        try:
            with _time_limit(time_limit):
                return work()
        except Exception as error:  # one page's failure must not stop the batch
            return _failure(index, error)
    except PageTimeout as late:  # the alarm rang again as the first error was recorded
        return _failure(index, late)


def article_and_stats(
    cleaner: PageCleaner, page: Page, stats: bool
) -> tuple[str, PageStats | None]:
    """The article, and its stats when asked (they need ``explain``; ``clean`` is cheaper)."""
    if not stats:
        return cleaner.clean(page), None
    explanation = cleaner.explain(page)
    return explanation.article, PageStats.of(explanation)


def _failure(index: int, error: BaseException) -> PageResult:
    """The record of a page that failed with ``error``."""
    return PageResult(index, error=type(error).__name__, message=str(error) or repr(error))


def _late(seconds: float) -> PageTimeout:
    return PageTimeout(f"cleaning the page took longer than {seconds:g} s")


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the body once ``seconds`` have passed (SIGALRM).

    The alarm rings again every ALARM_REPEAT seconds (ALARM_REPEATS times at
    most) while the body runs: Python swallows an exception raised while it
    runs a ``__del__`` or a callback ("Exception ignored in ..."), as it may be
    when the alarm lands in a garbage collection.
    """
    if not seconds:
        yield
        return
    inside = True
    rings = 0

    def on_alarm(signum: int, frame: object) -> None:
        nonlocal rings
        if not inside:
            return
        rings += 1
        if rings <= ALARM_REPEATS:
            signal.setitimer(signal.ITIMER_REAL, ALARM_REPEAT)
        raise _late(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        # First: from here on a ring does nothing (a plain store runs no handler).
        inside = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alarm_usable() -> bool:
    """SIGALRM timers work only on POSIX, and only in the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def check_options(*, workers: int, chunk_size: int, time_limit: float | None) -> None:
    """Raise ValueError for a batch option out of its range."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    if time_limit is not None and time_limit <= 0:
        raise ValueError(f"time_limit must be positive, not {time_limit}")


def clean_pages(
    pages: Iterable[Page],
    cleaner: PageCleaner,
    *,
    workers: int = 1,
    time_limit: float | None = None,
    stats: bool = False,
    chunk_size: int = CHUNK_SIZE,
    window: int | None = None,
    start_method: str | None = None,
) -> Iterator[PageResult]:
    """Clean ``pages`` with ``cleaner``, yielding one record a page, in order
    (see :func:`cleaner.run.batch.clean_many` for the options)."""
    check_options(workers=workers, chunk_size=chunk_size, time_limit=time_limit)
    job = _Job(cleaner, time_limit, stats)
    if workers == 1 and (time_limit is None or _alarm_usable()):
        return (_clean_one(job, index, page) for index, page in enumerate(pages))
    # A time limit off the main thread needs a process whose main thread cleans.
    return _pool_results(
        job,
        pages,
        workers=workers,
        chunk_size=chunk_size,
        window=window if window is not None else WINDOW_PER_WORKER * workers,
        start_method=start_method,
    )


def _chunks(pages: Iterable[Page], size: int) -> Iterator[list[tuple[int, Page]]]:
    """Numbered pages in lists of at most ``size`` pages or about CHUNK_CHARS characters."""
    chunk: list[tuple[int, Page]] = []
    chars = 0
    for numbered in enumerate(pages):
        chunk.append(numbered)
        chars += len(numbered[1]) if isinstance(numbered[1], (str, bytes)) else 0
        if len(chunk) >= size or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class _Stuck(Exception):
    """A worker has been on one page far longer than the time limit: the alarm did not work."""


# Worker-process state, set once by the pool's initializer: this worker's slot
# in the pool's shared array of page start times (see _Pool).
_heartbeat: tuple[Any, int] | None = None


def _start_worker(started: Any, slots: Any) -> None:
    global _heartbeat
    with slots.get_lock():
        slot = slots.value
        slots.value += 1
    _heartbeat = (started, slot)


@contextmanager
def page_posted() -> Iterator[None]:
    """Around the cleaning of one page in a worker: posts when it started, for the
    parent to tell a worker stuck on a page (see :class:`_Pool`); nothing elsewhere."""
    if _heartbeat is None:
        yield
        return
    started, slot = _heartbeat
    started[slot] = time.monotonic()  # system-wide clock: the parent reads it
    try:
        yield
    finally:
        started[slot] = 0.0


def _run_chunk(job: _Job, chunk: list[tuple[int, Page]]) -> list[PageResult]:
    """Worker side: clean a chunk of numbered pages, each page's start time posted."""
    results = []
    for index, page in chunk:
        with page_posted():
            results.append(_clean_one(job, index, page))
    return results


class _Pool:
    """A process pool that can be killed outright (when a worker hangs) and restarted.

    Each worker posts when it started its current page in a shared array, so
    the parent can tell a worker stuck on one page (where the alarm cannot
    reach, as in C code) from one that is starting up or has a long queue.
    """

    def __init__(self, workers: int, start_method: str | None, time_limit: float | None) -> None:
        if start_method is None:
            methods = multiprocessing.get_all_start_methods()
            start_method = "forkserver" if "forkserver" in methods else "spawn"
        self.workers = workers
        self.time_limit = time_limit
        self.context = multiprocessing.get_context(start_method)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        if self.time_limit is None:
            return ProcessPoolExecutor(self.workers, mp_context=self.context)
        self.started = self.context.Array("d", self.workers, lock=False)
        slots = self.context.Value("i", 0)
        return ProcessPoolExecutor(
            self.workers,
            mp_context=self.context,
            initializer=_start_worker,
            initargs=(self.started, slots),
        )

    def submit(self, work: Callable[[T], R], task: T) -> Future[R]:
        return self.executor.submit(work, task)

    def wait(self, future: Future[R]) -> R:
        """The future's result; :class:`_Stuck` when a worker is stuck on a page."""
        if self.time_limit is None:
            return future.result()
        deadline = self.time_limit + HARD_LIMIT_GRACE
        while True:
            try:
                return future.result(timeout=min(1.0, deadline / 4))
            except FutureTimeout:
                now = time.monotonic()
                if any(start and now - start > deadline for start in self.started):
                    raise _Stuck from None

    def restart(self) -> None:
        self.kill()
        self.executor = self._start()

    def kill(self) -> None:
        """Stop now: terminate the workers, busy or not, and drop queued tasks."""
        # ProcessPoolExecutor has no public way to stop a busy worker; its
        # ``_processes`` (pid -> Process) has been there since Python 3.2.
        handles = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for handle in handles:
            if handle.is_alive():
                handle.kill()
        for handle in handles:
            handle.join(timeout=5)

    def close(self) -> None:
        self.executor.shutdown(wait=True)


def run_ordered(
    tasks: Iterable[T],
    work: Callable[[T], R],
    rescue: Callable[[T, Solo], R],
    *,
    workers: int,
    window: int,
    time_limit: float | None,
    start_method: str | None = None,
) -> Iterator[tuple[T, R]]:
    """``(task, work(task))`` for every task, in order, ``work`` run in a pool of ``workers``.

    At most ``window`` tasks are in flight. When a worker dies or is stuck on a
    page (or a task cannot be sent to it), every task still in flight is
    suspect: those that had finished keep their results, and each of the
    others gets ``rescue(task, solo)`` instead, run here, where ``solo`` cleans
    one page at a time in a fresh process so that only the page at fault fails.
    """
    pool = _Pool(workers, start_method, time_limit)
    pending = iter(tasks)
    in_flight: deque[tuple[T, Future[R]]] = deque()
    try:
        while True:
            for task in itertools.islice(pending, max(0, window - len(in_flight))):
                in_flight.append((task, pool.submit(work, task)))
            if not in_flight:
                break
            try:
                result = pool.wait(in_flight[0][1])
            except Exception:
                pool.kill()
                suspects = list(in_flight)
                in_flight.clear()
                with Solo(time_limit, start_method) as solo:
                    for task, future in suspects:
                        if future.done() and not future.cancelled() and future.exception() is None:
                            yield task, future.result()
                        else:
                            yield task, rescue(task, solo)
                pool.restart()
                continue
            yield in_flight.popleft()[0], result
    except BaseException:
        pool.kill()
        raise
    pool.close()


class Solo:
    """Runs one call at a time in a process of its own, replaced when it dies or hangs.

    :meth:`call` gives a page's record whatever happens to the process: the
    rescue of a task whose worker died or hung (see :func:`run_ordered`).
    """

    def __init__(self, time_limit: float | None, start_method: str | None) -> None:
        self.time_limit = time_limit
        self.start_method = start_method
        self.pool: _Pool | None = None

    def __enter__(self) -> Solo:
        return self

    def __exit__(self, *exc: object) -> None:
        self._drop()

    def _drop(self) -> None:
        if self.pool is not None:
            self.pool.kill()
            self.pool = None

    def call(self, work: Callable[[T], R], task: T, index: int) -> R | PageResult:
        """``work(task)`` in the process, or the failure record (at ``index``) of its page."""
        if self.pool is None:
            self.pool = _Pool(1, self.start_method, self.time_limit)
        try:
            return self.pool.wait(self.pool.submit(work, task))
        except BrokenProcessPool:
            self._drop()
            return PageResult(
                index, error="WorkerDied", message="the worker process died cleaning the page"
            )
        except _Stuck:
            self._drop()
            return _failure(index, _late(self.time_limit or 0))
        except Exception as error:  # the page could not be sent to the process
            return _failure(index, error)


def _rescue_chunk(job: _Job, chunk: list[tuple[int, Page]], solo: Solo) -> list[PageResult]:
    """The pages of a chunk cleaned one at a time, each in the solo process."""
    results: list[PageResult] = []
    for numbered in chunk:
        outcome = solo.call(functools.partial(_run_chunk, job), [numbered], numbered[0])
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def _pool_results(
    job: _Job,
    pages: Iterable[Page],
    *,
    workers: int,
    chunk_size: int,
    window: int,
    start_method: str | None,
) -> Iterator[PageResult]:
    for _, results in run_ordered(
        _chunks(pages, chunk_size),
        functools.partial(_run_chunk, job),
        functools.partial(_rescue_chunk, job),
        workers=workers,
        window=window,
        time_limit=job.time_limit,
        start_method=start_method,
    ):
        yield from results
