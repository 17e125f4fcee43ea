"""Hugging Face datasets: ``Dataset.map`` with the cleaner, one record and batched, in processes.

Skipped when ``datasets`` is not installed (``pip install -e ".[datasets]"``).
The dataset is built in memory from the invented samples.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

datasets = pytest.importorskip("datasets")

from corpus import text_pages  # noqa: E402

import cleaner  # noqa: E402
from cleaner.run.batch import FieldCleaner  # noqa: E402

PAGES = text_pages()
ARTICLES = [cleaner.clean(page) for page in PAGES]


@pytest.fixture
def dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "cache"))
    return datasets.Dataset.from_dict({"id": list(range(len(PAGES))), "text": PAGES})


def test_map_one_record_at_a_time(dataset: Any) -> None:
    cleaned = dataset.map(FieldCleaner())
    assert cleaned["text"] == ARTICLES
    assert cleaned["id"] == dataset["id"]


def test_map_batched_into_a_new_column(dataset: Any) -> None:
    cleaned = dataset.map(FieldCleaner(out_field="article"), batched=True, batch_size=4)
    assert cleaned["article"] == ARTICLES
    assert cleaned["text"] == PAGES


def test_map_in_two_processes_with_stats(dataset: Any) -> None:
    cleaned = dataset.map(FieldCleaner(stats=True), batched=True, batch_size=5, num_proc=2)
    assert cleaned["text"] == ARTICLES
    for page, stats in zip(PAGES, cleaned["cleaner_stats"], strict=True):
        removed = cleaner.explain(page).removed_by_rule()
        assert {rule: n["blocks"] for rule, n in stats["by_rule"].items() if n["blocks"]} == removed
        assert stats["blocks_removed"] == sum(removed.values())


def test_a_plain_function_works_too(dataset: Any) -> None:
    clean = cleaner.Cleaner()
    cleaned = dataset.map(lambda batch: {"text": [clean(t) for t in batch["text"]]}, batched=True)
    assert cleaned["text"] == ARTICLES
