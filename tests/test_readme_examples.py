"""The README's datatrove and datasets examples, run as they are written, offline.

Each test takes the first Python block under its README heading, writes the
files the block reads into a folder of its own, runs the block there, and
checks what it wrote against ``cleaner.clean``. Skipped where the extra is not
installed (``.ci/run`` installs them and runs this file).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
from pathlib import Path

import pytest
from corpus import html_page, text_pages, write_jsonl

import cleaner

README = Path(__file__).resolve().parents[1] / "README.md"


def block_under(heading: str) -> str:
    """The first ```python block after the line ``heading`` of the README."""
    text = README.read_text(encoding="utf-8")
    after = text[text.index(f"\n{heading}\n") :]
    found = re.search(r"```python\n(.*?)```", after, re.S)
    assert found is not None, f"no Python block under {heading}"
    return found.group(1)


def run_block(code: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    exec(compile(code, str(README), "exec"), {"__name__": "__main__"})


def test_the_datasets_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    pages = text_pages()[:6]
    write_jsonl(tmp_path / "pages.jsonl", [{"id": n, "text": p} for n, p in enumerate(pages)])
    run_block(block_under("### Hugging Face datasets"), tmp_path, monkeypatch)
    written = [json.loads(line) for line in (tmp_path / "articles.jsonl").open(encoding="utf-8")]
    assert [r["text"] for r in written] == [cleaner.clean(p) for p in pages]
    assert [r["id"] for r in written] == list(range(6))


def test_the_datatrove_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("datatrove")
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [html_page(n) for n in range(6)]
    (tmp_path / "crawl").mkdir()
    for shard in range(2):
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        for n in range(shard, len(pages), 2):
            payload = pages[n].encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(payload))),
                ],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                f"https://example.org/{n}",
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
            )
            writer.write_record(record)
        (tmp_path / "crawl" / f"part-{shard}.warc.gz").write_bytes(buffer.getvalue())
    assert warcio is not None
    run_block(block_under("### datatrove"), tmp_path, monkeypatch)
    written = {}
    for path in sorted((tmp_path / "articles").iterdir()):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                written[record["metadata"]["url"]] = record["text"]
    assert written == {
        f"https://example.org/{n}": cleaner.clean(page, mode="html") for n, page in enumerate(pages)
    }
    assert os.path.isdir(tmp_path / "logs")
