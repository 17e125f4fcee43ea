"""Golden samples: samples/NAME.txt (or NAME.html) must give exactly samples/NAME.expected.txt.

Every sample NAME with an input (NAME.txt, or NAME.html read as bytes in
whatever encoding it declares) and NAME.expected.txt is a case:

- ``test_sample_article``: ``clean(input) == NAME.expected.txt``. The expected
  articles are written by hand (see samples/README.md) and are NEVER rewritten
  by a tool; a failure prints which lines differ and which rule removed or
  kept each of them.
- ``test_sample_reasons``: ``explain(input).to_tsv() == NAME.why.tsv``, so a
  diff shows which rule moved. Every sample has its NAME.why.tsv, each reason
  in it read and checked by hand: a missing one fails.

Updating the reasons: run

    CLEANER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_samples.py

and ``test_sample_reasons`` rewrites every NAME.why.tsv (creating missing ones)
instead of comparing, and says so in a warning. Only the .why.tsv files are
written; the articles are still checked against the hand-written
NAME.expected.txt. Review the rewritten files with ``git diff samples/``: a
reason that is wrong is fixed in the code, never in the file.
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
    return sorted(n for n in names if source(directory, n) is not None)


def source(directory: Path, name: str) -> Path | None:
    """The input of sample ``name``: NAME.txt, or NAME.html."""
    for suffix in (".txt", ".html"):
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def read(path: Path) -> str:
    # Bytes decoded as they are: no newline translation hides a stray "\r".
    return path.read_bytes().decode("utf-8")


def page_of(directory: Path, name: str) -> str | bytes:
    """The page of sample ``name``: a text page as text, an HTML page as its bytes."""
    path = source(directory, name)
    assert path is not None
    return path.read_bytes() if path.suffix == ".html" else read(path)


def write_why(directory: Path, name: str) -> Path:
    """Rewrite ``NAME.why.tsv`` from the current cleaner; never touches the article."""
    why = directory / f"{name}.why.tsv"
    why.write_bytes(explain(page_of(directory, name)).to_tsv().encode("utf-8"))
    return why


def diagnose(page: str | bytes, expected: str) -> str:
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
TEXT_NAMES = [name for name in NAMES if (SAMPLES / f"{name}.txt").is_file()]


@pytest.mark.parametrize("name", NAMES)
def test_sample_article(name: str) -> None:
    page = page_of(SAMPLES, name)
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
    assert why.is_file(), f"no {why.name}: CLEANER_UPDATE_GOLDEN=1 writes it, to be read by hand"
    assert explain(page_of(SAMPLES, name)).to_tsv() == read(why)


def test_html_samples_are_cases() -> None:
    assert len(NAMES) - len(TEXT_NAMES) >= 6, "the HTML samples have their reasons checked too"


@pytest.mark.parametrize("name", TEXT_NAMES)
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
