"""The datatrove steps on a local Ray instance, through datatrove's RayPipelineExecutor.

Skipped unless ray and datatrove are installed (``pip install -e ".[ray]"``);
starts a real local Ray (2 CPUs) for this module and stops it after.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("datatrove")

from corpus import text_pages, write_jsonl, written_texts  # noqa: E402
from datatrove.executor.ray import RayPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import cleaner  # noqa: E402
from cleaner.integrations.datatrove import CleanerFormatter  # noqa: E402

PAGES = text_pages()
# datatrove 0.10 passes Ray's older placement-group arguments
pytestmark = pytest.mark.filterwarnings("ignore:placement_group:DeprecationWarning")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[Any]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def test_ray_executor_cleans_with_two_tasks(local_ray: Any, tmp_path: Path) -> None:
    records = [{"id": f"doc-{i}", "text": page} for i, page in enumerate(PAGES)]
    for shard in range(2):
        write_jsonl(tmp_path / "in" / f"part-{shard}.jsonl", records[shard::2])
    RayPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            CleanerFormatter(),
            JsonlWriter(str(tmp_path / "out"), compression=None),
        ],
        tasks=2,
        workers=2,
        cpus_per_task=1,
        mem_per_cpu_gb=0.5,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    written = written_texts(tmp_path / "out")
    expected = {r["id"]: cleaner.clean(r["text"]) for r in records}
    assert written == {key: text for key, text in expected.items() if text}
    per_task = sorted((tmp_path / "logs" / "stats").glob("*.json"))
    assert len(per_task) == 2
    steps = [json.loads(p.read_text(encoding="utf-8")) for p in per_task]
    blocks = sum(
        next(s for s in task if "cleaner" in s["name"])["stats"]["blocks_removed"]["total"]
        for task in steps
    )
    assert blocks == sum(sum(cleaner.explain(page).removed_by_rule().values()) for page in PAGES)
