"""datatrove pipeline steps: clean ``Document.text``, with per-rule stats.

Needs datatrove (``pip install "webpage-cleaner[datatrove]"``).

- :class:`CleanerFormatter` cleans documents whose text is a page's raw text
  (already extracted, as in a JSONL or parquet dump).
- :class:`CleanerExtractor` turns documents whose text is HTML (``WarcReader``)
  into their article: a drop-in for datatrove's ``Trafilatura`` step in a
  FineWeb-style pipeline, run like it in a sandbox process with a per-document
  ``timeout``.

Both drop a document whose article is empty (like the extractors do) and
count, through datatrove's stats, ``blocks_removed`` and ``chars_removed`` per
document and ``blocks_removed/RULE``, ``chars_removed/RULE`` for each rule that
removed something; a document that fails counts as ``clean_error`` (or
``timeout``) and is dropped.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerExtractor

    LocalPipelineExecutor(
        pipeline=[WarcReader("s3://.../warc/"), CleanerExtractor(), JsonlWriter("out/")],
        tasks=100, workers=8, logging_dir="logs/",
    ).run()
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        'cleaner.integrations.datatrove needs datatrove: pip install "webpage-cleaner[datatrove]"'
    ) from missing

from cleaner.errors import PageTimeout
from cleaner.run.batch import clean_page
from cleaner.run.pipeline import Cleaner
from cleaner.run.pool import PageResult, PageStats, _alarm_usable

_NAME = "🧹 cleaner"


class CleanerFormatter(BaseFormatter):  # type: ignore[misc]
    """Replace each document's raw page text by its article.

    ``time_limit`` (seconds, optional) fails a document that takes longer; it
    is an alarm in the task's process (POSIX, main thread: as datatrove's
    executors run tasks). ``keep_empty`` forwards documents with no article.
    ``options`` go to :class:`cleaner.Cleaner` (``disable=[...]``, ``mode=``).
    """

    name = _NAME

    def __init__(
        self,
        *,
        time_limit: float | None = None,
        keep_empty: bool = False,
        **options: Any,
    ) -> None:
        super().__init__()
        self.cleaner = Cleaner(**options)
        self.time_limit = time_limit
        self.keep_empty = keep_empty

    def format(self, text: str) -> str:
        return self.cleaner.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if self.time_limit is not None and not _alarm_usable():
            raise RuntimeError("time_limit needs the main thread of a POSIX process")
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = clean_page(
                    doc.text, cleaner=self.cleaner, time_limit=self.time_limit, stats=True
                )
            if _forward(self, doc, result, self.keep_empty):
                yield doc


class CleanerExtractor(BaseExtractor):  # type: ignore[misc]
    """The article of each HTML document: a drop-in for datatrove's ``Trafilatura``.

    ``timeout`` (seconds a document, default 1 like Trafilatura's) is enforced
    by datatrove's extractor sandbox: a separate process, replaced when a
    document runs over. ``options`` go to :class:`cleaner.Cleaner`; the mode is
    ``"html"`` unless given (``output="markdown"`` keeps headings and lists).
    """

    name = _NAME

    def __init__(self, timeout: float = 1, *, keep_empty: bool = False, **options: Any) -> None:
        super().__init__(timeout)
        options.setdefault("mode", "html")
        self.cleaner = Cleaner(**options)
        self.keep_empty = keep_empty

    def extract(self, text: str) -> str:
        return self.cleaner.clean(text)

    def _extract_with_stats(self, text: str) -> PageResult:
        # Runs in the sandbox process: never raises, so the sandbox survives.
        return clean_page(text, cleaner=self.cleaner, stats=True)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with ExtractorSandbox(timeout=self.timeout, warmup_text="") as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        result = sandbox.process_document(doc.text, self._extract_with_stats)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:  # the sandbox process died (memory); a new one comes
                        self.stat_update("broken_process")
                        continue
                if _forward(self, doc, result, self.keep_empty):
                    yield doc


def _forward(step: Any, doc: Any, result: PageResult, keep_empty: bool) -> bool:
    """Count the result into the step's stats; set the text; whether the doc goes on."""
    if result.article is None:
        step.stat_update("timeout" if result.error == PageTimeout.__name__ else "clean_error")
        return False
    if result.stats is not None:
        _count(step, result.stats)
    doc.text = result.article
    if not result.article and not keep_empty:
        step.stat_update(StatHints.dropped)
        return False
    step.stat_update(StatHints.forwarded)
    step.update_doc_stats(doc)
    return True


def _count(step: Any, stats: PageStats) -> None:
    """Blocks and characters removed, in all and by rule, into the step's stats."""
    step.stat_update("blocks_removed", value=stats.blocks_removed)
    step.stat_update("chars_removed", value=stats.chars_removed)
    for rule, (blocks, chars) in stats.by_rule.items():
        step.stat_update(f"blocks_removed/{rule}", value=blocks)
        step.stat_update(f"chars_removed/{rule}", value=chars)
