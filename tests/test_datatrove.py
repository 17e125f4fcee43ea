"""The datatrove steps end to end: LocalPipelineExecutor, 2 tasks on 2 workers, real JSONL files.

Skipped when datatrove is not installed (``pip install -e ".[datatrove]"``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")

from corpus import (  # noqa: E402
    TIME_LIMIT,
    html_page,
    read_jsonl,
    slow_page,
    text_pages,
    write_jsonl,
    written_texts,
)
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import cleaner  # noqa: E402
from cleaner.integrations.datatrove import CleanerExtractor, CleanerFormatter  # noqa: E402

PAGES = text_pages()


def write_shards(folder: Path, records: list[dict[str, Any]], shards: int = 2) -> Path:
    """The records in ``shards`` JSONL files (datatrove gives each task its files)."""
    for shard in range(shards):
        write_jsonl(folder / f"part-{shard}.jsonl", records[shard::shards])
    return folder


def stats_of(logs: Path, step: str) -> dict[str, Any]:
    """The merged stats of the pipeline step whose name contains ``step``."""
    merged = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    return next(s for s in merged if step in s["name"])["stats"]


def total(stats: dict[str, Any], label: str) -> int:
    value = stats.get(label, 0)
    return int(value["total"] if isinstance(value, dict) else value)


def run_local(tmp_path: Path, source: Path, step: Any, tasks: int = 2) -> None:
    """Read ``source``, run ``step``, write to tmp_path/out: ``tasks`` tasks and workers."""
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            step,
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=tasks,
        workers=tasks,
        logging_dir=str(tmp_path / "logs"),
    ).run()


def test_formatter_cleans_text_documents_with_two_tasks(tmp_path: Path) -> None:
    records = [{"id": f"doc-{i}", "text": page} for i, page in enumerate(PAGES)]
    source = write_shards(tmp_path / "in", records)
    run_local(tmp_path, source, CleanerFormatter())
    written = written_texts(tmp_path / "out")
    expected = {r["id"]: cleaner.clean(r["text"]) for r in records}
    assert written == {key: text for key, text in expected.items() if text}

    stats = stats_of(tmp_path / "logs", "cleaner")
    reports = [cleaner.explain(page) for page in PAGES]
    assert total(stats, "total") == len(PAGES)
    assert total(stats, "forwarded") == len(written)
    by_rule = sum(
        (report.removed_by_rule() for report in reports),
        start=cleaner.explain("").removed_by_rule(),
    )
    assert by_rule, "the samples exercise the rules"
    for rule, blocks in by_rule.items():
        assert total(stats, f"blocks_removed/{rule}") == blocks
        assert total(stats, f"chars_removed/{rule}") > 0
    assert total(stats, "blocks_removed") == sum(by_rule.values())


def test_formatter_options_and_time_limit(tmp_path: Path) -> None:
    slow = slow_page()
    records = [{"id": "fast", "text": PAGES[0]}, {"id": "slow", "text": slow}]
    source = write_shards(tmp_path / "in", records, shards=1)
    run_local(
        tmp_path, source, CleanerFormatter(time_limit=TIME_LIMIT, disable=["outside_article"]), 1
    )
    written = read_jsonl(*(tmp_path / "out").glob("*.jsonl"))
    assert [(r["id"], r["text"]) for r in written] == [
        ("fast", cleaner.clean(PAGES[0], disable=["outside_article"]))
    ]
    stats = stats_of(tmp_path / "logs", "cleaner")
    assert total(stats, "timeout") == 1


def test_extractor_is_a_drop_in_for_trafilatura_on_html(tmp_path: Path) -> None:
    pages = [html_page(n) for n in range(8)]
    expected = [cleaner.clean(page, mode="html") for page in pages]
    assert all(expected), "every page has an article"
    records = [{"id": f"page-{n}", "text": page} for n, page in enumerate(pages)]
    source = write_shards(tmp_path / "in", records)
    run_local(tmp_path, source, CleanerExtractor(timeout=30))
    written = written_texts(tmp_path / "out")
    assert written == {f"page-{n}": text for n, text in enumerate(expected) if text}
    assert all("Share this" not in text and "Privacy" not in text for text in written.values())
    stats = stats_of(tmp_path / "logs", "cleaner")
    assert total(stats, "total") == len(pages)
    assert total(stats, "blocks_removed") > 0


def test_steps_work_as_plain_callables() -> None:
    from datatrove.data import Document

    docs = [Document(text=page, id=str(i)) for i, page in enumerate(PAGES[:4])]
    step = CleanerFormatter(keep_empty=True)
    cleaned = list(step(iter(docs)))
    assert [d.text for d in cleaned] == [cleaner.clean(page) for page in PAGES[:4]]
    assert step.stats["total"].total == 4
