"""Many pages at once: :func:`clean_many` streams one record a page, in input order.

A corpus job hands over an iterable of pages (a generator over millions of
files or JSON lines) and reads back one :class:`PageResult` a page, in the
same order, whatever the number of workers:

>>> from cleaner.run.batch import clean_many
>>> pages = ["Menu\\n\\nThe council approved the new budget on Tuesday after a long debate.\\n"]
>>> [result.article for result in clean_many(pages)]
['The council approved the new budget on Tuesday after a long debate.\\n']

The pool and its guarantees (input read only as fast as results are consumed,
a page's failure or time limit its own record, a dead or stuck worker
replaced) are :mod:`cleaner.run.pool`'s. Each page is cleaned on its own by
the same :class:`~cleaner.run.pipeline.Cleaner`: the articles are those of
``Cleaner.clean``, whatever the worker count.

:class:`FieldCleaner` is the same cleaner shaped for ``datasets.Dataset.map``.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from cleaner.page import Page
from cleaner.run.pipeline import Cleaner
from cleaner.run.pool import (
    CHUNK_SIZE,
    PageResult,
    PageStats,
    _clean_one,
    _Job,
    article_and_stats,
    check_options,
    clean_pages,
)

__all__ = ["FieldCleaner", "PageResult", "PageStats", "clean_many", "clean_page", "clean_tagged"]

T = TypeVar("T")


def clean_page(
    page: Page,
    *,
    cleaner: Cleaner | None = None,
    time_limit: float | None = None,
    stats: bool = False,
    index: int = 0,
) -> PageResult:
    """Clean one page into a record; any exception becomes the record's error.

    ``time_limit`` (seconds) needs the main thread of its process (POSIX):
    :func:`clean_many` takes care of that.

    >>> clean_page(b"\\x89PNG...").article
    ''
    >>> clean_page(42).error
    'TypeError'
    """
    job = _Job(cleaner if cleaner is not None else Cleaner(), time_limit, stats)
    return _clean_one(job, index, page)


def clean_many(
    pages: Iterable[Page],
    *,
    workers: int = 1,
    time_limit: float | None = None,
    stats: bool = False,
    cleaner: Cleaner | None = None,
    chunk_size: int = CHUNK_SIZE,
    window: int | None = None,
    start_method: str | None = None,
    **options: Any,
) -> Iterator[PageResult]:
    """Clean ``pages`` (any iterable of str or bytes), yielding one record a page, in order.

    - ``workers``: processes to clean in; 1 cleans in this process.
    - ``time_limit``: seconds a page may take before it gives a ``PageTimeout``
      record (default: no limit).
    - ``stats``: also count what each rule removed (:class:`PageStats`).
    - ``cleaner`` or ``options``: what to clean with (``mode="html"``,
      ``disable=[...]``); not both.
    - ``chunk_size``, ``window``: pages per round trip to a worker, and chunks
      in flight (default ``4 * workers``); memory is bounded by their product.
    - ``start_method``: of the worker processes (default ``forkserver`` where
      there is one, else ``spawn``); a script that uses workers needs the usual
      ``if __name__ == "__main__":`` guard.

    Results come as pages finish, in input order; stop iterating to stop the
    workers.
    """
    if cleaner is not None and options:
        raise TypeError("pass either cleaner= or options, not both")
    check_options(workers=workers, chunk_size=chunk_size, time_limit=time_limit)
    return clean_pages(
        pages,
        cleaner if cleaner is not None else Cleaner(**options),
        workers=workers,
        time_limit=time_limit,
        stats=stats,
        chunk_size=chunk_size,
        window=window,
        start_method=start_method,
    )


@dataclass(frozen=True)
class FieldCleaner:
    """Clean one field of a record: a function for ``datasets.Dataset.map``.

    Works on one example (``map(FieldCleaner())``) and on a batch
    (``map(FieldCleaner(), batched=True)``): a batch is a dict of lists. It
    returns only the columns it writes (``out_field``, ``field`` by default; and
    with ``stats``, ``cleaner_stats``, a struct of fixed shape listing every
    rule), which ``map`` merges into the record.

    >>> page = "Menu\\n\\nThe council approved the new budget on Tuesday after a long debate.\\n"
    >>> FieldCleaner(out_field="article")({"text": page})
    {'article': 'The council approved the new budget on Tuesday after a long debate.\\n'}
    """

    field: str = "text"
    out_field: str | None = None
    stats: bool = False
    cleaner: Cleaner = dataclasses.field(default_factory=Cleaner)

    def __call__(self, record: Mapping[str, Any]) -> dict[str, Any]:
        value = record[self.field]
        out = self.out_field or self.field
        if isinstance(value, list):
            explained = [self._explain(page) for page in value]
            columns: dict[str, Any] = {out: [article for article, _ in explained]}
            if self.stats:
                columns["cleaner_stats"] = [stats for _, stats in explained]
            return columns
        article, stats = self._explain(value)
        return {out: article, "cleaner_stats": stats} if self.stats else {out: article}

    def _explain(self, page: Page) -> tuple[str, dict[str, Any] | None]:
        article, stats = article_and_stats(self.cleaner, page, self.stats)
        return article, stats.to_dict(every_rule=True) if stats is not None else None


def clean_tagged(items: Iterable[tuple[T, Page]], **options: Any) -> Iterator[tuple[T, PageResult]]:
    """:func:`clean_many` for pages that travel with a tag of the caller's.

    ``items`` are ``(tag, page)`` pairs (a file name, a JSON record...); each
    tag comes back with its page's result, in order. Tags wait in a queue as
    long as their pages are in flight, so they too are bounded in number.

    >>> [(tag, result.ok) for tag, result in clean_tagged([("a.txt", "Some text."), ("b.txt", 42)])]
    [('a.txt', True), ('b.txt', False)]
    """
    tags: deque[T] = deque()

    def pages() -> Iterator[Page]:
        for tag, page in items:
            tags.append(tag)
            yield page

    for result in clean_many(pages(), **options):
        yield tags.popleft(), result
