"""Batch mode of the command line: --jsonl, --out-dir, files/globs/directories, -j, progress.

Through ``cli.main(argv, stdin=, stdout=, stderr=)``, plus one real process.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import TIME_LIMIT, html_page, read_jsonl, slow_page, text_pages, write_jsonl

import cleaner
from cleaner.run import cli

PAGES = text_pages()[:6]
ARTICLES = [cleaner.clean(page) for page in PAGES]
SLOW_PAGE = slow_page()


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.BytesIO(stdin), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def jsonl(records: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def records_of(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


RECORDS = [
    {
        "id": i,
        "url": f"https://example.org/{i}",
        "text": page,
        "meta": {"lang": "xx", "n": [1, 2.5]},
    }
    for i, page in enumerate(PAGES)
]


def test_jsonl_cleans_the_field_and_keeps_every_other_field() -> None:
    code, out, err = run(["--jsonl"], jsonl(RECORDS))
    assert (code, err) == (0, "")
    got = records_of(out)
    assert got == [{**r, "text": article} for r, article in zip(RECORDS, ARTICLES, strict=True)]
    assert [list(r) for r in got] == [list(r) for r in RECORDS]  # field order kept


def test_out_field_keeps_the_input_field() -> None:
    code, out, _ = run(
        ["--jsonl", "--field", "body", "--out-field", "article"],
        jsonl([{"body": page} for page in PAGES]),
    )
    assert code == 0
    assert records_of(out) == [
        {"body": p, "article": a} for p, a in zip(PAGES, ARTICLES, strict=True)
    ]


def test_stats_count_blocks_and_chars_by_rule() -> None:
    code, out, _ = run(["--jsonl", "--stats"], jsonl(RECORDS[:2]))
    assert code == 0
    for record, page in zip(records_of(out), PAGES[:2], strict=True):
        stats = record["cleaner_stats"]
        assert isinstance(stats, dict)
        removed = cleaner.explain(page).removed_by_rule()
        assert {rule: n["blocks"] for rule, n in stats["by_rule"].items()} == removed
        assert stats["blocks_removed"] == sum(removed.values())
        assert stats["chars_removed"] == sum(n["chars"] for n in stats["by_rule"].values())


def test_bad_records_are_reported_by_line_and_the_rest_written() -> None:
    lines = [
        json.dumps(RECORDS[0]).encode(),
        b'{"id": 1, "text": ',  # 2: invalid JSON
        json.dumps({"id": 2, "body": "x"}).encode(),  # 3: no text field
        b"",  # 4: blank, skipped
        b'{"id": 3, "text": "caf\xe9"}',  # 5: Latin-1 byte, not UTF-8
        json.dumps({"id": 4, "text": 7}).encode(),  # 6: not a string
        b"[1, 2]",  # 7: not an object
        json.dumps(RECORDS[1]).encode(),
    ]
    code, out, err = run(["--jsonl"], b"\n".join(lines) + b"\n")
    assert code == 1
    assert [r["id"] for r in records_of(out)] == [0, 1]
    messages = err.splitlines()
    assert [m.split(":")[2] for m in messages[:5]] == ["2", "3", "5", "6", "7"]
    assert all(m.startswith("cleaner: <stdin>:") for m in messages[:5])
    assert "invalid JSON" in messages[0] and "'text'" in messages[1]
    assert "UTF-8" in messages[2] and "0xe9" in messages[2]
    assert messages[-1] == "cleaner: 5 of 7 inputs or records failed"
    assert "Traceback" not in err


def test_workers_give_the_same_bytes() -> None:
    data = jsonl(RECORDS * 4)
    serial = run(["--jsonl", "--stats"], data)
    assert serial[0] == 0
    assert run(["--jsonl", "--stats", "-j", "2"], data) == serial
    assert run(["--jsonl", "--stats", "-j", "0"], data) == serial


def test_a_page_over_the_time_limit_fails_alone() -> None:
    records = [RECORDS[0], {"id": "slow", "text": SLOW_PAGE}, RECORDS[1]]
    code, out, err = run(["--jsonl", "--time-limit", str(TIME_LIMIT)], jsonl(records))
    assert code == 1
    assert [r["id"] for r in records_of(out)] == [0, 1]
    assert err.splitlines()[0].startswith("cleaner: <stdin>:2: PageTimeout:")


def test_html_mode_reads_the_html_field() -> None:
    pages = [html_page(n) for n in range(3)]
    code, out, err = run(["--jsonl", "--mode", "html"], jsonl([{"html": p} for p in pages]))
    assert (code, err) == (0, "")
    assert records_of(out) == [{"html": p, "text": cleaner.clean(p, mode="html")} for p in pages]


def test_a_lone_surrogate_still_gives_valid_json() -> None:
    line = json.dumps({"text": PAGES[0] + " \ud800"}).encode("ascii")
    code, out, _ = run(["--jsonl"], line + b"\n")
    assert code == 0
    assert json.loads(out)["text"] == cleaner.clean(json.loads(line)["text"])


def test_jsonl_files_to_out_dir_under_the_same_names(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "in" / "a.jsonl", RECORDS[:3])
    second = write_jsonl(tmp_path / "in" / "b.jsonl", RECORDS[3:])
    bad = tmp_path / "in" / "c.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, err = run(["--jsonl", "-j", "2", "--out-dir", str(out), str(tmp_path / "in")])
    assert (code, stdout) == (1, "")
    assert f"{bad}:1: invalid JSON" in err
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl", "b.jsonl", "c.jsonl"]
    assert read_jsonl(out / "a.jsonl") == [
        {**r, "text": a} for r, a in zip(RECORDS[:3], ARTICLES[:3], strict=True)
    ]
    assert [r["id"] for r in read_jsonl(out / "b.jsonl")] == [3, 4, 5]
    assert (out / "c.jsonl").read_bytes() == b""
    assert first.exists() and second.exists()


def test_files_globs_and_directories_to_out_dir(tmp_path: Path) -> None:
    tree = tmp_path / "site"
    for i, page in enumerate(PAGES):
        path = tree / ("news" if i % 2 else "blog") / f"page{i}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    (tree / ".hidden").write_text("not a page", encoding="utf-8")
    loose = tmp_path / "loose.txt"
    loose.write_text(PAGES[0], encoding="utf-8")
    out = tmp_path / "out"
    extra = tmp_path / "more" / "deep"
    extra.mkdir(parents=True)
    (extra / "page9.txt").write_text(PAGES[1], encoding="utf-8")
    glob_arg = str(tmp_path / "more" / "**" / "page*.txt")
    code, stdout, err = run(["-j", "2", "--out-dir", str(out), str(tree), str(loose), glob_arg])
    assert (code, stdout, err) == (0, "", "")
    # Every input keeps its path relative to the inputs' common root (tmp_path).
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted(
        [f"site/{'news' if i % 2 else 'blog'}/page{i}.txt" for i in range(len(PAGES))]
        + ["loose.txt", "more/deep/page9.txt"]
    )
    for i, article in enumerate(ARTICLES):
        folder = "news" if i % 2 else "blog"
        assert (out / "site" / folder / f"page{i}.txt").read_text(encoding="utf-8") == article
    assert (out / "more" / "deep" / "page9.txt").read_text(encoding="utf-8") == ARTICLES[1]


def test_a_glob_that_matches_nothing_is_an_input_error(tmp_path: Path) -> None:
    code, out, err = run([str(tmp_path / "*.txt")])
    assert (code, out) == (1, "")
    assert err.startswith("cleaner: ") and "no file matches" in err


def test_several_files_to_stdout_with_workers(tmp_path: Path) -> None:
    names = []
    for i, page in enumerate(PAGES):
        path = tmp_path / f"{i}.txt"
        path.write_text(page, encoding="utf-8")
        names.append(str(path))
    assert run(["-j", "2", *names]) == (0, "\n".join(ARTICLES), "")


def test_out_dir_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGES[0], encoding="utf-8")
    code, _, err = run(["--out-dir", str(tmp_path), str(page)])
    assert code == 2 and "overwrite" in err and err.count("\n") == 1
    assert page.read_text(encoding="utf-8") == PAGES[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["--out-dir", "x"],
        ["--out-dir", "x", "-"],
        ["--field", "body"],
        ["--stats"],
        ["--metadata"],
        ["--drop-empty"],
        ["--skip-existing"],
        ["--headers", "--out-dir", "x", "a.txt"],
        ["https://example.org/page.html"],
        ["--disable", "share_lines"],
        ["--mode", "text", "--output", "markdown"],
        ["-j", "-1"],
        ["--time-limit", "0"],
        ["-j", "two"],
    ],
)
def test_usage_errors(argv: list[str]) -> None:
    code, out, err = run(argv, b"")
    assert (code, out) == (2, "")
    assert err.startswith("cleaner:") and err.count("\n") == 1


def test_no_progress_bar_off_a_terminal() -> None:
    code, _, err = run(["--jsonl"], jsonl(RECORDS))
    assert (code, err) == (0, "")


def _run_with_terminal_stderr(argv: list[str], stdin: bytes) -> tuple[int, str]:
    """Run with stderr on a real pseudo-terminal; what it showed."""
    leader, follower = os.openpty()
    with open(follower, "w", encoding="utf-8", closefd=True) as terminal:
        code = cli.main(argv, stdin=io.BytesIO(stdin), stdout=io.StringIO(), stderr=terminal)
    shown = b""
    os.set_blocking(leader, False)
    try:
        while chunk := os.read(leader, 65536):
            shown += chunk
    except (BlockingIOError, OSError):
        pass
    os.close(leader)
    return code, shown.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal() -> None:
    code, shown = _run_with_terminal_stderr(["--jsonl", "-j", "2"], jsonl(RECORDS + [{"x": 1}]))
    assert code == 1
    assert f"{len(RECORDS) + 1} pages" in shown and "B/s" in shown and "1 errors" in shown
    assert "no field 'text'" in shown
    assert shown.endswith("\n")  # the bar's last line is ended: the prompt starts below it


def test_progress_bar_has_a_total_and_an_eta_for_files(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", RECORDS)
    code, shown = _run_with_terminal_stderr(["-j", "2", str(path)], b"")
    assert code == 0
    last = shown.rstrip("\r\n").rsplit("\r", 1)[-1]
    size = f"{path.stat().st_size / 1024:.1f}k"  # 18.7k: bytes of input, in KiB
    assert "100%" in last and f"{size}/{size}" in last
    assert f"{len(RECORDS)} pages" in last and "<00:00" in last  # the ETA, at the end


def test_quiet_silences_the_progress_bar_not_the_errors() -> None:
    code, shown = _run_with_terminal_stderr(["--jsonl", "--quiet"], jsonl(RECORDS + [{"x": 1}]))
    assert code == 1
    assert "pages/s" not in shown
    assert "no field 'text'" in shown


def test_a_real_process_with_workers() -> None:
    data = jsonl(RECORDS)
    done = subprocess.run(
        [sys.executable, "-m", "cleaner", "--jsonl", "-j", "2"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stderr == b""
    assert done.stdout.decode("utf-8") == run(["--jsonl"], data)[1]
