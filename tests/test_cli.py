"""The command line, through ``cli.main(argv, stdin=, stdout=, stderr=)``, and once for real."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner.run import cli
from cleaner.run.passes import DESCRIPTIONS

P1 = (
    "The storm that hit the coast on Friday left thousands of homes without power, "
    "the utility company said on Saturday morning."
)
P2 = (
    "Crews worked through the night to restore the lines, and most customers had "
    "electricity again by noon, officials said."
)
SHARE = "Share this article with your friends on Facebook."
PAGE = "\n".join(["Skip to content", "Menu", "", P1, "", SHARE, "", P2, "", "Grüße aus Köln.", ""])
PAGE_BYTES = PAGE.encode("utf-8")
ARTICLE = cleaner.clean(PAGE)


def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.BytesIO(stdin), stdout=stdout, stderr=stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def assert_one_line_message(stderr: str) -> None:
    assert stderr.endswith("\n")
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    assert stderr.startswith("cleaner:")


def test_article_is_not_trivial() -> None:
    assert P1 in ARTICLE and SHARE not in ARTICLE


def test_stdin_to_stdout() -> None:
    assert run([], PAGE_BYTES) == (0, ARTICLE, "")


def test_dash_reads_stdin() -> None:
    assert run(["-"], PAGE_BYTES) == (0, ARTICLE, "")


def test_file_argument(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE_BYTES)
    assert run([str(page)]) == (0, ARTICLE, "")


def test_file_in_another_encoding(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("utf-16"))
    assert run([str(page)]) == (0, ARTICLE, "")


def test_several_files_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(PAGE_BYTES)
    second.write_text(P2 + "\n", encoding="utf-8")
    code, out, err = run([str(first), str(second)])
    assert (code, err) == (0, "")
    # A blank line between two pages, so that a reader can tell them apart.
    assert out == ARTICLE + "\n" + cleaner.clean(P2 + "\n")


def test_explain_prints_a_header_and_one_line_per_block() -> None:
    code, out, err = run(["--explain"], PAGE_BYTES)
    assert (code, err) == (0, "")
    explanation = cleaner.explain(PAGE)
    page_type = explanation.metadata["page_type"]
    assert out == explanation.to_tsv() + (
        f"# page_type\t{page_type}\t{explanation.metadata['page_type_by']}\n"
    )
    header, *body = out.rstrip("\n").split("\n")
    assert header == "verdict\trule\twhy\tline\ttext"
    rows = [line for line in body if not line.startswith("#")]
    assert len(rows) == len(explanation.blocks)
    assert all(line.startswith(("keep\t", "drop\t")) for line in rows)
    assert [int(line.split("\t")[3]) for line in rows] == [b.line for b in explanation.blocks]
    # The per-rule summary follows the rows as comment lines.
    assert body[len(rows)].startswith("# blocks ")
    assert f"# navigation\t2\t{len('Skip to content') + len('Menu')}" in body


def test_explain_of_binary_input_prints_the_note() -> None:
    code, out, err = run(["--explain"], b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert (code, err) == (0, "")
    header, note = out.rstrip("\n").split("\n")
    assert header.startswith("verdict\t")
    assert note.startswith("# note: binary input")


def test_list_rules() -> None:
    """Every rule in pipeline order, each with its one-line description."""
    code, out, err = run(["--list-rules"])
    assert (code, err) == (0, "")
    rows = [line.split(None, 1) for line in out.splitlines()]
    assert [name for name, _ in rows] == list(cleaner.rule_names())
    assert all(description.strip() for _, description in rows)
    assert dict(rows) == DESCRIPTIONS


def readme_rules() -> dict[str, str]:
    """The README's table of rules: name -> what it removes, as plain text."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| rule | removes |") :].split("\n")
    rows: dict[str, str] = {}
    for line in table[2:]:
        if not line.startswith("|"):
            break
        found = re.fullmatch(r"\| `(\w+)` \| (.+) \|", line)
        assert found, f"a row of the README's table of rules that does not parse: {line!r}"
        rows[found.group(1)] = found.group(2).replace("\\|", "|").replace("`", "")
    return rows


def test_the_readme_lists_the_rules_as_list_rules_does() -> None:
    """The README's table is --list-rules: the same rules, order and descriptions."""
    code, out, _ = run(["--list-rules"])
    listed = [tuple(line.split(None, 1)) for line in out.splitlines()]
    assert list(readme_rules().items()) == listed


def test_disable_a_known_rule() -> None:
    code, out, err = run(["--disable", "share_line"], PAGE_BYTES)
    assert (code, err) == (0, "")
    assert out == cleaner.clean(PAGE, disable=["share_line"])
    assert SHARE in out


def test_disable_is_repeatable() -> None:
    code, out, _ = run(["--disable", "share_line", "--disable", "navigation"], PAGE_BYTES)
    assert code == 0
    assert out == cleaner.clean(PAGE, disable=["share_line", "navigation"])


def test_disable_an_unknown_rule_is_a_usage_error() -> None:
    code, out, err = run(["--disable", "no_such_rule"], PAGE_BYTES)
    assert code == 2
    assert out == ""
    assert_one_line_message(err)
    assert "no_such_rule" in err


def test_unknown_flag_is_a_usage_error() -> None:
    code, out, err = run(["--no-such-flag"], PAGE_BYTES)
    assert code == 2 and out == ""
    assert_one_line_message(err)


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_unreadable_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "missing.txt" if kind == "missing" else tmp_path
    code, out, err = run([str(path)])
    assert code == 1
    assert out == ""
    assert_one_line_message(err)
    assert str(path) in err


def test_unreadable_file_among_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(PAGE_BYTES)
    code, out, err = run([str(tmp_path / "missing.txt"), str(good)])
    assert code == 1
    assert out == ARTICLE
    assert_one_line_message(err)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    # argparse's version action writes to sys.stdout, not to the stdout given to main.
    code, out, err = run(["--version"])
    assert code == 0
    printed = out + capsys.readouterr().out
    assert cleaner.__version__ in printed
    assert f"({cleaner.BUILD})" in printed
    assert ("compiled" if cleaner.COMPILED else "pure Python") == cleaner.BUILD


def test_mode_html_fails_cleanly_or_works() -> None:
    code, out, err = run(
        ["--mode", "html"], b"<html><body><p>" + P1.encode() + b"</p></body></html>"
    )
    assert code in (0, 1)
    assert "Traceback" not in err
    if code == 1:
        assert_one_line_message(err)
        assert "html" in err.lower()


def test_binary_input_gives_nothing() -> None:
    assert run([], b"\x89PNG\r\n\x1a\n" + bytes(range(256))) == (0, "", "")


def test_python_dash_m_cleaner_reads_stdin() -> None:
    """One real process: ``python -m cleaner`` with a page on stdin."""
    done = subprocess.run(
        [sys.executable, "-m", "cleaner"],
        input=PAGE_BYTES,
        capture_output=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8") == ARTICLE
    assert done.stderr == b""
