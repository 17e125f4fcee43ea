"""The seed page (../shared/seed): the page the project started from gives its article exactly.

The seed lives outside the repository; the tests skip when it is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean, explain

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
PAGE = SEED / "page.txt"
EXPECTED = SEED / "page.expected.txt"

pytestmark = pytest.mark.skipif(
    not (PAGE.is_file() and EXPECTED.is_file()), reason=f"seed page not found in {SEED}"
)


def test_seed_page_gives_the_expected_article() -> None:
    assert clean(PAGE.read_text(encoding="utf-8")) == EXPECTED.read_text(encoding="utf-8")


def test_seed_page_as_bytes() -> None:
    assert clean(PAGE.read_bytes()) == EXPECTED.read_text(encoding="utf-8")


def test_seed_page_reasons() -> None:
    """The share lines and the "You May Also Like" run are removed for what they are."""
    blocks = explain(PAGE.read_text(encoding="utf-8")).blocks
    rules = {b.rule for b in blocks if b.text.strip() == "Share this @internewscast.com"}
    assert rules == {"share_line"}
    [header] = [b for b in blocks if b.text.strip() == "You May Also Like"]
    assert header.rule == "related_block"
