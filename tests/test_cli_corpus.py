"""Corpus inputs and outputs of the command line: crawl files (WARC, WET), compressed
shards, shares read by the workers, --out-dir that never overwrites, separated pages.

WARC and WET files are written here with warcio, a reader independent of the one
the library uses (FastWARC).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from corpus import html_page, text_pages, write_jsonl

import cleaner
from cleaner.read import shares
from cleaner.run import cli

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = text_pages()[:5]
HTML = [html_page(n) for n in range(4)]


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.BytesIO(stdin), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def records_of(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def write_warc(
    path: Path, pages: list[tuple[str, str, bytes]], *, compress: bool = True, cut: int = 0
) -> Path:
    """A WARC of ``(url, content type, payload)`` responses (a WET when the type is
    "conversion"), a request record before each response as crawlers write them;
    ``cut`` bytes taken off its end (a download that stopped)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
    for url, kind, payload in pages:
        if kind == "conversion":
            record = writer.create_warc_record(
                url, "conversion", payload=io.BytesIO(payload), warc_content_type="text/plain"
            )
        else:
            asked = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
            )
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), http_headers=asked
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", kind), ("Content-Length", str(len(payload)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=headers
            )
        writer.write_record(record)
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - cut] if cut else data)
    return path


def crawl(tmp_path: Path, *, compress: bool = True, cut: int = 0) -> Path:
    """A WARC of four HTML pages, an image between them, and (with ``cut``) a last page
    cut short."""
    pages = [
        (f"https://example.org/{n}", "text/html; charset=utf-8", HTML[n].encode()) for n in range(3)
    ]
    pages.insert(
        1, ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(300))
    )
    pages.append(("https://example.org/3", "text/html", HTML[3].encode()))
    name = "crawl.warc.gz" if compress else "crawl.warc"
    return write_warc(tmp_path / name, pages, compress=compress, cut=cut)


def wet(tmp_path: Path) -> Path:
    pages = [
        (f"https://example.org/t{n}", "conversion", page.encode()) for n, page in enumerate(PAGES)
    ]
    return write_warc(tmp_path / "crawl.warc.wet.gz", pages)


def test_a_wet_file_gives_a_record_a_page_in_text_mode(tmp_path: Path) -> None:
    code, out, err = run([str(wet(tmp_path))])
    assert (code, err) == (0, "")
    records = records_of(out)
    assert [r["url"] for r in records] == [f"https://example.org/t{n}" for n in range(len(PAGES))]
    assert [r["text"] for r in records] == [cleaner.clean(p, mode="text") for p in PAGES]
    assert all(str(r["id"]).startswith("<urn:uuid:") and r["date"] for r in records)


def test_a_warc_file_gives_its_html_responses_and_counts_the_rest(tmp_path: Path) -> None:
    code, out, err = run([str(crawl(tmp_path))])
    assert code == 0
    records = records_of(out)
    assert [r["url"] for r in records] == [f"https://example.org/{n}" for n in range(4)]
    assert [r["text"] for r in records] == [cleaner.clean(p, mode="html") for p in HTML]
    assert err == "cleaner: responses skipped, not HTML: 1\n"
    assert run(["-q", str(crawl(tmp_path))])[2] == ""


@pytest.mark.parametrize("compress", [True, False])
def test_a_truncated_warc_cleans_what_comes_before_and_says_where_it_broke(
    tmp_path: Path, compress: bool
) -> None:
    whole = records_of(run([str(crawl(tmp_path, compress=compress))])[1])
    path = crawl(tmp_path, compress=compress, cut=400)
    code, out, err = run([str(path)])
    assert code == 1
    got = [(r["url"], r["text"]) for r in records_of(out)]
    assert got == [(r["url"], r["text"]) for r in whole[:3]]  # the last page was cut short
    # Cut inside the last page's payload ("cut short"), or inside its gzip member.
    assert f"{path}: record 5: " in err
    assert "cut short" in err or "ends inside a record" in err


@pytest.mark.parametrize("compress", [True, False])
def test_warc_shares_read_by_workers_give_the_same_records(
    tmp_path: Path, compress: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [
        (f"https://example.org/{n}", "text/html", html_page(n % 4).encode() * 3) for n in range(40)
    ]
    path = write_warc(tmp_path / "big.warc", pages, compress=compress)
    whole = run([str(path)])
    monkeypatch.setattr(shares, "SHARE_BYTES", 4000)  # many shares, cut at records
    plan = list(shares.plan_input(0, str(path), "crawl"))
    assert len(plan) > 5
    assert plan[0].start == 0 and plan[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in zip(plan, plan[1:], strict=False))
    assert run([str(path)]) == whole
    assert run(["-j", "2", str(path)]) == whole
    assert len(records_of(whole[1])) == 40


def test_jsonl_shares_keep_line_numbers_and_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records: list[object] = [{"id": n, "text": PAGES[n % len(PAGES)]} for n in range(60)]
    records[37] = {"id": 37}  # no text field: reported by its line
    path = write_jsonl(tmp_path / "pages.jsonl", records)  # type: ignore[arg-type]
    whole = run([str(path)])
    monkeypatch.setattr(shares, "SHARE_BYTES", 3000)
    assert len(list(shares.plan_input(0, str(path), "jsonl"))) > 5
    for workers in ("1", "2"):
        code, out, err = run(["-j", workers, str(path)])
        assert (code, out, err) == whole
    assert whole[0] == 1 and f"{path}:38: no field 'text'" in whole[2]
    assert [r["id"] for r in records_of(whole[1])] == [n for n in range(60) if n != 37]


def test_compressed_inputs_are_read_by_their_bytes(tmp_path: Path) -> None:
    records = [{"id": n, "text": page} for n, page in enumerate(PAGES)]
    plain = write_jsonl(tmp_path / "pages.jsonl", records)
    packed = tmp_path / "shard-00"  # no telling name: the bytes say gzip, then JSON lines
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    expected = run([str(plain)])
    assert expected[0] == 0 and expected[1]
    assert run([str(packed)]) == expected
    assert run(["--jsonl", "-j", "2"], gzip.compress(plain.read_bytes())) == expected
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGES[0].encode()))
    assert run([str(page)]) == (0, cleaner.clean(PAGES[0]), "")


def test_zstd_inputs_are_read_where_zstandard_is_installed(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    page = tmp_path / "page.txt.zst"
    page.write_bytes(zstandard.ZstdCompressor().compress(PAGES[1].encode()))
    assert run([str(page)]) == (0, cleaner.clean(PAGES[1]), "")


def test_a_broken_gzip_shard_keeps_what_came_before(tmp_path: Path) -> None:
    records = [{"id": n, "text": PAGES[n % len(PAGES)]} for n in range(30)]
    data = gzip.compress(write_jsonl(tmp_path / "a.jsonl", records).read_bytes())
    broken = tmp_path / "b.jsonl.gz"
    broken.write_bytes(data[: len(data) * 2 // 3])
    code, out, err = run([str(broken)])
    assert code == 1
    got = records_of(out)
    assert 0 < len(got) < 30 and [r["id"] for r in got] == list(range(len(got)))
    assert "compressed stream breaks" in err and "Traceback" not in err


def test_stdin_can_be_a_warc(tmp_path: Path) -> None:
    path = crawl(tmp_path)
    assert run(["-q"], path.read_bytes()) == run(["-q", str(path)])


def test_metadata_explain_and_drop_empty_for_records(tmp_path: Path) -> None:
    records = [{"id": 0, "html": HTML[0]}, {"id": 1, "html": "<html><body></body></html>"}]
    path = write_jsonl(tmp_path / "pages.jsonl", records)
    code, out, _ = run(["--mode", "html", "--metadata", "--explain", "--stats", str(path)])
    assert code == 0
    first, second = records_of(out)
    report = cleaner.explain(HTML[0], mode="html")
    assert first["cleaner_metadata"]["mode"] == "html"  # type: ignore[index]
    assert first["cleaner_metadata"].get("title") == report.metadata.get("title")  # type: ignore[union-attr]
    explained = first["cleaner_explain"]
    assert [b["text"] for b in explained] == [b.text for b in report.blocks]  # type: ignore[union-attr]
    assert [b["rule"] for b in explained] == [b.rule for b in report.blocks]  # type: ignore[union-attr]
    assert "cleaner_stats" in first and second["text"] == ""
    code, out, err = run(["--mode", "html", "--drop-empty", str(path)])
    assert code == 0 and [r["id"] for r in records_of(out)] == [0]
    assert "records left out, their article empty: 1" in err


def test_out_dir_refuses_two_inputs_of_one_name_before_any_work(tmp_path: Path) -> None:
    for folder in ("c1", "c2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(PAGES[0], encoding="utf-8")
    (tmp_path / "c1" / "b.html").write_text(HTML[0], encoding="utf-8")
    (tmp_path / "c1" / "b.txt").write_text(PAGES[1], encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(["--out-dir", str(out), str(tmp_path / "c1"), str(tmp_path / "c1")])
    assert (code, stdout) == (2, "") and err.count("\n") == 1
    assert "b.html" in err and "b.txt" in err or "would both be written" in err
    assert not out.exists()  # nothing written
    # Different folders keep their paths: nothing meets.
    code, _, err = run(
        ["--out-dir", str(out), str(tmp_path / "c1/a.txt"), str(tmp_path / "c2/a.txt")]
    )
    assert (code, err) == (0, "")
    assert (out / "c1" / "a.txt").read_text(encoding="utf-8") == cleaner.clean(PAGES[0])
    assert (out / "c2" / "a.txt").read_text(encoding="utf-8") == cleaner.clean(PAGES[0])


def test_html_pages_are_written_as_txt_or_md(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    page = tmp_path / "in" / "story.html"
    page.write_text(HTML[2], encoding="utf-8")
    out = tmp_path / "out"
    assert run(["--out-dir", str(out), str(page)])[0] == 0
    assert (out / "story.txt").read_text(encoding="utf-8") == cleaner.clean(HTML[2])
    assert run(["--out-dir", str(out), "--output", "markdown", str(page)])[0] == 0
    assert (out / "story.md").read_text(encoding="utf-8") == cleaner.clean(
        HTML[2], output="markdown"
    )


def test_crawl_files_to_out_dir_become_jsonl(tmp_path: Path) -> None:
    path = wet(tmp_path)
    out = tmp_path / "out"
    code, _, _ = run(["--out-dir", str(out), str(path)])
    assert code == 0
    assert [p.name for p in out.iterdir()] == ["crawl.jsonl"]
    assert (out / "crawl.jsonl").read_text(encoding="utf-8") == run([str(path)])[1]


def test_skip_existing_resumes_a_run(tmp_path: Path) -> None:
    names = []
    for n, page in enumerate(PAGES):
        (tmp_path / "in").mkdir(exist_ok=True)
        path = tmp_path / "in" / f"{n}.txt"
        path.write_text(page, encoding="utf-8")
        names.append(str(path))
    out = tmp_path / "out"
    assert run(["--out-dir", str(out), *names[:2]])[0] == 0
    (out / "0.txt").write_text("kept as it was", encoding="utf-8")
    assert run(["--out-dir", str(out), "--skip-existing", *names])[0] == 0
    assert (out / "0.txt").read_text(encoding="utf-8") == "kept as it was"
    assert (out / "4.txt").read_text(encoding="utf-8") == cleaner.clean(PAGES[4])
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_several_pages_to_stdout_are_separated_and_can_be_named(tmp_path: Path) -> None:
    names = []
    for n, page in enumerate(PAGES[:3]):
        path = tmp_path / f"{n}.txt"
        path.write_text(page, encoding="utf-8")
        names.append(str(path))
    articles = [cleaner.clean(page) for page in PAGES[:3]]
    assert run(names)[1] == "\n".join(articles)
    headed = run(["--headers", *names])[1]
    assert headed == "\n".join(
        f"==> {name} <==\n{article}" for name, article in zip(names, articles, strict=True)
    )
    explained = run(["--explain", *names])[1]
    assert explained.count("==> ") == 3 and f"==> {names[1]} <==" in explained


def test_explain_of_binary_input_shows_its_note() -> None:
    code, out, _ = run(["--explain"], b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert code == 0 and "# note: binary input" in out


def test_pages_and_records_cannot_share_stdout(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGES[0], encoding="utf-8")
    code, out, err = run([str(page), str(wet(tmp_path))])
    assert (code, out) == (2, "") and "--out-dir" in err


def test_a_url_argument_says_pages_are_not_fetched() -> None:
    code, out, err = run(["https://example.org/news/story.html"])
    assert (code, out) == (2, "")
    assert (
        "does not fetch" in err
        and "curl -sL 'https://example.org/news/story.html' | cleaner" in err
    )


def test_markdown_of_a_text_page_is_said(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGES[0], encoding="utf-8")
    code, out, err = run(["--output", "markdown", str(page)])
    assert code == 0 and out == cleaner.clean(PAGES[0])
    assert "is text, not HTML" in err


# -- what a review of the readers found ------------------------------------------


def test_a_named_pipe_is_read_as_it_comes(tmp_path: Path) -> None:
    import os
    import threading

    records = [{"id": n, "text": page} for n, page in enumerate(PAGES)]
    plain = write_jsonl(tmp_path / "pages.jsonl", records)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as pipe:
            pipe.write(plain.read_bytes())

    feeder = threading.Thread(target=feed)
    feeder.start()
    code, out, err = run([str(fifo)])
    feeder.join()
    assert (code, err) == (0, "")
    assert out == run([str(plain)])[1] and len(records_of(out)) == len(PAGES)


def test_the_last_whole_record_stays_when_a_record_after_it_is_cut(tmp_path: Path) -> None:
    pages = [(f"https://example.org/{n}", "text/html", HTML[n].encode()) for n in range(4)]
    whole = write_warc(tmp_path / "a.warc.gz", pages)
    # A last request record after the last page, cut short.
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    asked = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(
            "https://example.org/x", "request", payload=io.BytesIO(b""), http_headers=asked
        )
    )
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes() + buffer.getvalue()[:-30])
    code, out, err = run([str(cut)])
    assert code == 1 and "ends inside a record" in err
    assert [r["url"] for r in records_of(out)] == [f"https://example.org/{n}" for n in range(4)]


@pytest.mark.parametrize("packing", ["gzip-whole", "zstd"])
def test_a_crawl_file_compressed_whole_and_cut_says_so(tmp_path: Path, packing: str) -> None:
    plain = crawl(tmp_path, compress=False).read_bytes()
    if packing == "zstd":
        zstandard = pytest.importorskip("zstandard")
        packed = zstandard.ZstdCompressor().compress(plain)
    else:
        packed = gzip.compress(plain)
    whole = tmp_path / "whole.warc.x"
    whole.write_bytes(packed)
    assert run([str(whole)])[0] == 0
    cut = tmp_path / "cut.warc.x"
    cut.write_bytes(packed[: len(packed) // 2])
    code, out, err = run([str(cut)])
    # Where the cut leaves nothing to read (a zstd frame decodes in blocks), the file
    # is said to be broken; else the records before the break are cleaned.
    said = ("ends inside a record", "cut short", "compressed stream is broken")
    assert code == 1 and any(words in err for words in said) and err.count("\n") <= 2, err
    assert len(records_of(out)) < 4 and "Traceback" not in err


def test_a_line_that_looks_like_gzip_does_not_swallow_a_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [json.dumps({"id": n, "text": PAGES[n % len(PAGES)]}).encode() for n in range(40)]
    lines[20] = b"\x1f\x8b\x08 not a record"
    path = tmp_path / "pages.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    monkeypatch.setattr(shares, "SHARE_BYTES", 2000)
    code, out, err = run(["-j", "2", str(path)])
    assert code == 1
    assert [r["id"] for r in records_of(out)] == [n for n in range(40) if n != 20]
    assert f"{path}:21: not UTF-8" in err and err.count(f"{path}:") == 1


def test_broken_compressed_stdin_is_one_line() -> None:
    code, out, err = run([], b"\x1f\x8b\x08garbage")
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith("cleaner: ") and "broken" in err


def test_out_dir_refuses_a_file_where_another_output_needs_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in" / "news").mkdir(parents=True)
    (tmp_path / "in" / "news" / "1.txt").write_text(PAGES[0], encoding="utf-8")
    (tmp_path / "in" / "news.gz").write_bytes(gzip.compress(PAGES[1].encode()))
    out = tmp_path / "out"
    code, _, err = run(["--out-dir", str(out), str(tmp_path / "in")])
    assert code == 2 and "folder" in err and err.count("\n") == 1
    assert not out.exists()


class _Trickle(io.RawIOBase):
    """A pipe that hands over a few bytes a read, as a slow download does."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: object) -> int:
        view = memoryview(buffer).cast("B")  # type: ignore[arg-type]
        size = min(5, len(view))
        piece, self.data = self.data[:size], self.data[size:]
        view[: len(piece)] = piece
        return len(piece)


def test_stdin_is_sniffed_from_more_than_its_first_read(tmp_path: Path) -> None:
    path = wet(tmp_path)
    stdout, stderr = io.StringIO(), io.StringIO()
    stdin = io.BufferedReader(_Trickle(path.read_bytes()), 5)
    code = cli.main(["-q"], stdin=stdin, stdout=stdout, stderr=stderr)  # type: ignore[arg-type]
    assert code == 0 and stdout.getvalue() == run([str(path)])[1]


def test_json_lines_are_told_by_a_long_first_line_after_a_blank_one(tmp_path: Path) -> None:
    long_page = (PAGES[0] + "\n") * 8  # a first line of more than 4 KB
    assert len(json.dumps({"text": long_page})) > 4096
    path = tmp_path / "shard-00"
    path.write_text("\n" + json.dumps({"text": long_page}) + "\n", encoding="utf-8")
    code, out, _ = run([str(path)])
    assert code == 0 and records_of(out) == [{"text": cleaner.clean(long_page)}]


def test_a_warc_with_bare_line_feeds_is_read(tmp_path: Path) -> None:
    payload = PAGES[2].encode()
    record = (
        b"WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://example.org/lf\n"
        b"WARC-Record-ID: <urn:uuid:1>\nContent-Length: " + str(len(payload)).encode() + b"\n\n"
    )
    path = tmp_path / "lf.warc"
    path.write_bytes(record + payload + b"\n\n")
    code, out, err = run([str(path)])
    assert (code, err) == (0, "")
    assert records_of(out)[0]["text"] == cleaner.clean(PAGES[2], mode="text")


def test_outputs_get_the_usual_mode_and_empty_inputs_their_file(tmp_path: Path) -> None:
    import os

    page = tmp_path / "in" / "a.txt"
    page.parent.mkdir()
    page.write_text(PAGES[0], encoding="utf-8")
    empty = tmp_path / "in" / "b.jsonl"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    assert run(["--out-dir", str(out), str(page), str(empty)])[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (out / "a.txt").stat().st_mode & 0o777 == 0o666 & ~mask
    assert (out / "b.jsonl").read_bytes() == b""


def test_sigterm_leaves_no_temporary_output(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    records = [{"id": n, "text": PAGES[n % len(PAGES)] * 3} for n in range(3000)]
    path = write_jsonl(tmp_path / "big.jsonl", records)
    out = tmp_path / "out"
    job = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "-q", "--out-dir", str(out), str(path)],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not any(out.glob(".big.jsonl.*")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until it writes
    job.send_signal(signal.SIGTERM)
    _, err = job.communicate(timeout=60)
    assert job.returncode == 143, err
    assert list(out.iterdir()) == [] and b"Traceback" not in err
