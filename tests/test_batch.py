"""clean_many: order, equality with the serial path, bounded read-ahead, errors and time limits.

Every pool here is real (worker processes started by the OS); the pages are
the invented samples. Tests never assert wall-clock speed.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest
from corpus import TIME_LIMIT, slow_page, text_pages

import cleaner
from cleaner.run import pool
from cleaner.run.batch import (
    FieldCleaner,
    PageResult,
    PageStats,
    clean_many,
    clean_page,
    clean_tagged,
)

PAGES = text_pages()
ARTICLES = [cleaner.clean(page) for page in PAGES]
# A page that takes a good part of a second: far over the tiny limits below.
SLOW_PAGE = slow_page()


def articles(results: Iterator[PageResult]) -> list[str | None]:
    return [result.article for result in results]


def test_serial_is_clean_in_order() -> None:
    results = list(clean_many(PAGES))
    assert [r.index for r in results] == list(range(len(PAGES)))
    assert articles(iter(results)) == ARTICLES
    assert all(r.ok and r.error is None and r.stats is None for r in results)


@pytest.mark.parametrize(("workers", "chunk_size"), [(2, 1), (2, 8), (3, 5)])
def test_workers_give_the_serial_output(workers: int, chunk_size: int) -> None:
    pages = PAGES * 3
    results = list(clean_many(pages, workers=workers, chunk_size=chunk_size))
    assert [r.index for r in results] == list(range(len(pages)))
    assert articles(iter(results)) == ARTICLES * 3


def test_bytes_and_str_pages_mix() -> None:
    pages = [page.encode("utf-16") if i % 2 else page for i, page in enumerate(PAGES)]
    assert articles(clean_many(pages, workers=2)) == ARTICLES


def test_cleaner_method_delegates_with_its_config() -> None:
    page = PAGES[0]
    mine = cleaner.Cleaner(disable=["outside_article", "short_block"])
    assert mine.clean(page) != cleaner.clean(page)  # the config shows in the article
    got = list(mine.clean_many([page, page], workers=2))
    assert articles(iter(got)) == [mine.clean(page)] * 2


def test_options_build_the_cleaner() -> None:
    assert articles(clean_many(PAGES[:3], disable=["navigation"])) == [
        cleaner.clean(page, disable=["navigation"]) for page in PAGES[:3]
    ]


def test_stats_count_what_each_rule_removed() -> None:
    for page, result in zip(PAGES, clean_many(PAGES, stats=True, workers=2), strict=True):
        report = cleaner.explain(page)
        stats = result.stats
        assert isinstance(stats, PageStats)
        assert {rule: n for rule, (n, _) in stats.by_rule.items()} == report.removed_by_rule()
        assert stats.blocks == len(report.blocks)
        assert stats.blocks_removed == sum(report.removed_by_rule().values())
        assert stats.chars_removed == sum(chars for _, chars in stats.by_rule.values())
        assert 0 <= stats.chars_removed <= stats.chars
        assert list(stats.by_rule) == [r for r in cleaner.rule_names() if r in stats.by_rule]


def test_to_dict_every_rule_has_a_fixed_shape() -> None:
    full = clean_page(PAGES[0], stats=True).stats
    assert full is not None
    assert list(full.to_dict(every_rule=True)["by_rule"]) == list(cleaner.rule_names())
    assert list(full.to_dict()["by_rule"]) == list(full.by_rule)


class Consumption:
    """A page source that records how many pages have been taken from it."""

    def __init__(self, pages: list[str]) -> None:
        self.pages = pages
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for page in itertools.cycle(self.pages):
            self.taken += 1
            yield page


def test_serial_reads_one_page_at_a_time_from_an_endless_source() -> None:
    source = Consumption(PAGES)
    stream = clean_many(source)
    for done, _ in enumerate(itertools.islice(stream, 20), 1):
        assert source.taken == done


def test_workers_read_a_bounded_window_ahead_of_an_endless_source() -> None:
    source = Consumption(PAGES)
    chunk_size, window = 4, 3
    stream = clean_many(source, workers=2, chunk_size=chunk_size, window=window)
    for done, result in enumerate(itertools.islice(stream, 60), 1):
        assert result.index == done - 1
        # in flight: at most `window` chunks; +1 chunk being assembled
        assert source.taken - done <= (window + 1) * chunk_size
    stream.close()  # stops the workers


def test_a_failing_page_gives_an_error_record_and_the_batch_goes_on() -> None:
    for workers in (1, 2):
        # 42 and None are no pages; a generator cannot even be sent to a worker.
        pages: list[object] = [PAGES[0], 42, PAGES[1], None, PAGES[2], (p for p in "x"), PAGES[3]]
        results = list(clean_many(pages, workers=workers))  # type: ignore[arg-type]
        assert [r.ok for r in results] == [True, False, True, False, True, False, True]
        assert results[5].error == "TypeError"
        assert results[6].article == ARTICLES[3]
        assert results[1].error == "TypeError" and "int" in (results[1].message or "")
        assert results[1].article is None
        assert [results[i].article for i in (0, 2, 4)] == ARTICLES[:3]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_over_the_time_limit_times_out_alone(workers: int) -> None:
    pages = [PAGES[0], SLOW_PAGE, PAGES[1]]
    results = list(clean_many(pages, workers=workers, time_limit=TIME_LIMIT, chunk_size=1))
    assert results[1].error == "PageTimeout"
    assert f"{TIME_LIMIT:g} s" in (results[1].message or "")
    # The limit is per page: short pages pass (each takes a few milliseconds).
    assert [results[0].article, results[2].article] == ARTICLES[:2]


def test_the_alarm_is_disarmed_and_the_old_handler_restored() -> None:
    before = signal.getsignal(signal.SIGALRM)
    assert clean_page(PAGES[0], time_limit=5).article == ARTICLES[0]
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_time_limit_off_the_main_thread_runs_in_a_worker() -> None:
    found: list[PageResult] = []
    thread = threading.Thread(
        target=lambda: found.extend(clean_many([PAGES[0], SLOW_PAGE], time_limit=TIME_LIMIT))
    )
    thread.start()
    thread.join(timeout=120)
    assert [r.error for r in found] == [None, "PageTimeout"]
    assert found[0].article == ARTICLES[0]


class DyingCleaner(cleaner.Cleaner):
    """A cleaner whose process dies (as when killed for memory) on the page "die"."""

    def clean(self, page: str | bytes) -> str:
        if page == "die":
            os._exit(1)
        return super().clean(page)


class StuckCleaner(cleaner.Cleaner):
    """A cleaner stuck where the alarm cannot reach (as in C code) on the page "stuck"."""

    def clean(self, page: str | bytes) -> str:
        if page == "stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(600)
        return super().clean(page)


def test_a_worker_that_dies_fails_only_its_page() -> None:
    pages = [*PAGES[:5], "die", *PAGES[5:10]]
    results = list(clean_many(pages, workers=2, cleaner=DyingCleaner(), chunk_size=3))
    assert [r.index for r in results] == list(range(len(pages)))
    assert [r.error for r in results] == [None] * 5 + ["WorkerDied"] + [None] * 5
    assert [r.article for r in results if r.ok] == ARTICLES[:10]


def test_a_worker_the_alarm_cannot_reach_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "HARD_LIMIT_GRACE", 1.0)  # the parent waits limit + 1 s
    pages = [*PAGES[:3], "stuck", *PAGES[3:6]]
    results = list(
        clean_many(pages, workers=2, cleaner=StuckCleaner(), chunk_size=2, time_limit=0.5)
    )
    assert [r.error for r in results] == [None] * 3 + ["PageTimeout"] + [None] * 3
    assert [r.article for r in results if r.ok] == ARTICLES[:6]


def test_clean_tagged_keeps_each_tag_with_its_page() -> None:
    items = [(f"page-{i}", page) for i, page in enumerate(PAGES)]
    got = list(clean_tagged(items, workers=2, chunk_size=3))
    assert [tag for tag, _ in got] == [tag for tag, _ in items]
    assert [result.article for _, result in got] == ARTICLES


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(clean_many(PAGES, workers=0))
    with pytest.raises(ValueError, match="time_limit"):
        list(clean_many(PAGES, time_limit=0))
    with pytest.raises(TypeError, match="not both"):
        list(clean_many(PAGES, cleaner=cleaner.Cleaner(), mode="text"))


def test_field_cleaner_one_record_and_a_batch() -> None:
    one = FieldCleaner()
    assert one({"id": 1, "text": PAGES[0]}) == {"text": ARTICLES[0]}
    batch_of = FieldCleaner(out_field="article", stats=True)
    columns = batch_of({"id": [1, 2], "text": PAGES[:2]})
    assert columns["article"] == ARTICLES[:2]
    assert [list(s["by_rule"]) for s in columns["cleaner_stats"]] == [
        list(cleaner.rule_names())
    ] * 2
