"""Each language pack's rule-table rows, and what the packs say of every group.

A pack's rows are ``tests/lang/<code>.tsv``: tab-separated, a header line
``group expect rule text``, lines starting with ``#`` are comments.

- ``group`` is a group of :data:`cleaner.lang.concepts.GROUPS`;
- ``expect`` is ``remove`` or ``keep``;
- ``rule`` is the reason code that must remove the text's first line (a remove
  row), or ``-`` (a keep row);
- ``text`` is one line, or several written with ``\\n`` between them, where a
  rule needs the lines after the one it judges (a related header and its teasers).

A remove row: the rule alone removes the text's first line. A keep row: no rule
removes any line of the text; it is article prose that uses the group's words
("Share your thoughts with your doctor."), so the row shows the words are read
as boilerplate only where they stand as boilerplate.

Every pack (but ``intl``, which holds names, not a language) must, for each
group: fill one of its concepts and have a remove row (``function_words``: a
keep row is enough) and a keep row for it, or name it in ``ABSENT`` with why.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cleaner import lang
from cleaner.config import Config
from cleaner.lang import VOCABULARY
from cleaner.lang.concepts import GROUPS
from cleaner.read.text import normalize_text, text_to_blocks
from cleaner.rules import RULES

TABLES = Path(__file__).resolve().parent / "lang"
LANGUAGES = [code for code in lang.CODES if code != "intl"]
RULES_BY_NAME = {rule.__name__: rule for rule in RULES}

# Packs whose groups are not all filled-or-absent with rows yet. A strict
# expected failure: a pack that becomes complete fails here until it leaves
# this set.
INCOMPLETE = {}


class Row:
    def __init__(self, code: str, number: int, group: str, expect: str, rule: str, text: str):
        self.code, self.number = code, number
        self.group, self.expect, self.rule = group, expect, rule
        self.text = text.replace("\\n", "\n")

    @property
    def id(self) -> str:
        return f"{self.code}:{self.number}-{self.group}-{self.expect}"


def read_rows(code: str) -> list[Row]:
    path = TABLES / f"{code}.tsv"
    if not path.exists():
        return []
    lines = [
        (number, line)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    header = lines[0][1].split("\t")
    assert header == ["group", "expect", "rule", "text"], f"{path}: header {header}"
    rows = []
    for number, line in lines[1:]:
        fields = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(fields) == 4, f"{path}:{number}: {len(fields)} fields"
        rows.append(Row(code, number, *fields))
    return rows


ROWS = [row for code in LANGUAGES for row in read_rows(code)]


def removed(rule_name: str, text: str) -> list[str]:
    blocks = text_to_blocks(normalize_text(text))
    gone = {v.index for v in RULES_BY_NAME[rule_name](blocks, Config())}
    return [b.text for b in blocks if b.index in gone]


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_row(row: Row) -> None:
    assert row.group in GROUPS, f"no group {row.group!r}"
    if row.expect == "remove":
        assert row.rule in RULES_BY_NAME, f"no rule {row.rule!r}"
        first = text_to_blocks(normalize_text(row.text))[0].text
        assert first in removed(row.rule, row.text)
    else:
        assert row.expect == "keep" and row.rule == "-", (row.expect, row.rule)
        by = {name: lines for name in RULES_BY_NAME if (lines := removed(name, row.text))}
        assert by == {}


def _groups_said(code: str) -> list[str]:
    """What is wrong with the pack's groups: each group filled with rows, or absent."""
    rows = read_rows(code)
    filled = set(VOCABULARY.groups(code))
    absent = VOCABULARY.absent.get(code, {})
    wrong = []
    for group in GROUPS:
        expects = {row.expect for row in rows if row.group == group}
        if group in absent:
            if expects:
                wrong.append(f"{group}: absent, yet it has rows")
        elif group not in filled:
            wrong.append(f"{group}: neither filled nor said absent")
        elif "keep" not in expects or (group != "function_words" and "remove" not in expects):
            wrong.append(f"{group}: filled, rows {sorted(expects)}")
    return wrong


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(
            code,
            marks=pytest.mark.xfail(reason="pack not complete yet", strict=True)
            if code in INCOMPLETE
            else (),
        )
        for code in LANGUAGES
    ],
)
def test_every_group_is_filled_with_rows_or_said_absent(code: str) -> None:
    assert _groups_said(code) == []


def test_a_remove_row_fails_where_its_rule_does_not_fire() -> None:
    assert not removed("share_line", "Share your thoughts with your doctor.")
    assert removed("share_line", "Share on Facebook") == ["Share on Facebook"]


def test_a_pack_cannot_say_absent_what_it_fills() -> None:
    from types import SimpleNamespace

    pack = SimpleNamespace(
        CODE="xx", NAME="X", SCRIPT="latin", CONCEPTS={"tag_label": "tags"}, ABSENT={"tags": "no"}
    )
    with pytest.raises(ValueError, match="absent, and fills it"):
        lang.assemble([pack])  # type: ignore[list-item]
    pack.ABSENT = {"tagz": "no"}
    with pytest.raises(ValueError, match="no group"):
        lang.assemble([pack])  # type: ignore[list-item]
    pack.ABSENT = {"follow": " "}
    with pytest.raises(ValueError, match="without saying why"):
        lang.assemble([pack])  # type: ignore[list-item]


def test_every_concept_is_in_one_group() -> None:
    from cleaner.lang.concepts import CONCEPTS

    grouped = [concept for _, concepts in GROUPS.values() for concept in concepts]
    assert sorted(grouped) == sorted(CONCEPTS)
