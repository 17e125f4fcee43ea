"""Golden samples: samples/NAME.txt must give exactly samples/NAME.expected.txt.

Every sample NAME with both NAME.txt and NAME.expected.txt is a case:

- ``test_sample_article``: ``clean(NAME.txt) == NAME.expected.txt``. The expected
  articles are written by hand (see samples/README.md) and are NEVER rewritten
  by a tool; a failure prints which lines differ and which rule removed or
  kept each of them.
- ``test_sample_reasons``: ``explain(NAME.txt).to_tsv() == NAME.why.tsv`` when
  that file exists (skipped otherwise), so a diff shows which rule moved.

Updating the reasons: run

    CLEANER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_samples.py

and ``test_sample_reasons`` rewrites every NAME.why.tsv (creating missing ones)
instead of comparing, and says so in a warning. Only the .why.tsv files are
written; the articles are still checked against the hand-written
NAME.expected.txt. Review the rewritten files with ``git diff samples/``.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from cleaner import clean, explain

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
UPDATE_GOLDEN = os.environ.get("CLEANER_UPDATE_GOLDEN") == "1"


def sample_names(directory: Path) -> list[str]:
    """Names of the samples in ``directory`` that have an input and an expected article."""
    suffix = ".expected.txt"
    names = [p.name[: -len(suffix)] for p in directory.glob(f"*{suffix}")]
    return sorted(n for n in names if (directory / f"{n}.txt").is_file())


def read(path: Path) -> str:
    # Bytes decoded as they are: no newline translation hides a stray "\r".
    return path.read_bytes().decode("utf-8")


def write_why(directory: Path, name: str) -> Path:
    """Rewrite ``NAME.why.tsv`` from the current cleaner; never touches the article."""
    why = directory / f"{name}.why.tsv"
    why.write_bytes(explain(read(directory / f"{name}.txt")).to_tsv().encode("utf-8"))
    return why


def diagnose(page: str, expected: str) -> str:
    """Which expected lines were dropped (and by which rule), and which extra lines were kept."""
    explanation = explain(page)
    got = [line for line in explanation.article.split("\n") if line.strip()]
    want = [line for line in expected.split("\n") if line.strip()]
    reasons: dict[str, str] = {}
    for block in explanation.blocks:
        reasons.setdefault(block.text, f"{block.rule}: {block.why}" if block.rule else "kept")
    notes = [
        f"- dropped {line!r} ({reasons.get(line, 'not a line of the page')})"
        for line in want
        if line not in got
    ]
    notes += [f"+ kept    {line!r}" for line in got if line not in want]
    if not notes:
        notes = ["same lines, different order or blank lines between them"]
    return "\n".join(notes)


NAMES = sample_names(SAMPLES)


@pytest.mark.parametrize("name", NAMES)
def test_sample_article(name: str) -> None:
    page = read(SAMPLES / f"{name}.txt")
    expected = read(SAMPLES / f"{name}.expected.txt")
    article = clean(page)
    assert article == expected, f"{name}:\n{diagnose(page, expected)}"


@pytest.mark.parametrize("name", NAMES)
def test_sample_reasons(name: str) -> None:
    why = SAMPLES / f"{name}.why.tsv"
    if UPDATE_GOLDEN:
        write_why(SAMPLES, name)
        warnings.warn(f"CLEANER_UPDATE_GOLDEN=1: rewrote samples/{why.name}", stacklevel=1)
        return
    if not why.is_file():
        pytest.skip(f"no {why.name}; CLEANER_UPDATE_GOLDEN=1 writes it")
    assert explain(read(SAMPLES / f"{name}.txt")).to_tsv() == read(why)


@pytest.mark.parametrize("name", NAMES)
def test_expected_article_is_drawn_from_the_page(name: str) -> None:
    """The hand-written article is the page's own lines, in order, ending with one newline."""
    page_lines = read(SAMPLES / f"{name}.txt").replace("\r\n", "\n").split("\n")
    expected = read(SAMPLES / f"{name}.expected.txt")
    assert expected.endswith("\n") and not expected.endswith("\n\n")
    position = 0
    for line in (line for line in expected.split("\n") if line.strip()):
        assert line in page_lines[position:], f"{line!r} is not a later line of {name}.txt"
        position = page_lines.index(line, position) + 1


def test_there_are_samples() -> None:
    assert NAMES, f"no samples with an expected article in {SAMPLES}"


def test_update_writes_only_why_files(tmp_path: Path) -> None:
    """The update path, on a copy: it writes NAME.why.tsv and leaves the article alone."""
    page = "Share this @example.com\n\nThe council approved the budget after a long debate.\n"
    (tmp_path / "demo.txt").write_text(page, encoding="utf-8")
    (tmp_path / "demo.expected.txt").write_text("hand-written\n", encoding="utf-8")
    assert sample_names(tmp_path) == ["demo"]
    why = write_why(tmp_path, "demo")
    assert why == tmp_path / "demo.why.tsv"
    assert read(why) == explain(page).to_tsv()
    assert read(tmp_path / "demo.expected.txt") == "hand-written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.expected.txt",
        "demo.txt",
        "demo.why.tsv",
    ]
