"""Noise is not a page: random or binary bytes, and text that is mostly characters
no page prints, give an empty article and an explain note, in every mode."""

from __future__ import annotations

import random

import pytest

import cleaner

SIZES = (256, 1000, 4096, 20_000, 100_000)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", ["auto", "text", "html"])
def test_random_bytes_are_no_page(seed: int, size: int, mode: str) -> None:
    data = random.Random(seed * 7919 + size).randbytes(size)
    assert cleaner.clean(data, mode=mode) == ""
    report = cleaner.explain(data, mode=mode)
    assert (report.article, report.blocks) == ("", ())
    assert report.note is not None and "not a page" in report.note


@pytest.mark.parametrize("seed", range(6))
def test_text_of_replacement_and_unassigned_characters_is_no_page(seed: int) -> None:
    rng = random.Random(seed)
    junk = ["\ufffd", "\U000e0fff", "\ue000", "\x07", "\u0378"]  # U+0378 is unassigned
    text = "".join(
        rng.choice(junk) if rng.random() < 0.6 else rng.choice("ab c") for _ in range(500)
    )
    for mode in ("auto", "text", "html"):
        assert cleaner.clean(text, mode=mode) == ""
        assert "not a page" in (cleaner.explain(text, mode=mode).note or "")


@pytest.mark.parametrize(
    "page",
    [
        "Grüße aus Köln. Die Stadt feiert ihr Fest mit vielen Gästen aus aller Welt.\n",
        # a man page's overstrike and a terminal's colours are text with controls
        "N\bNA\bAM\bME\bE\n\n\x1b[1mls\x1b[0m lists the files of a directory, one a line.\n",
        "Ein Satz mit einem kaputten Zeichen \ufffd bleibt ein Satz, den man lesen kann.\n",
        "这是一个很长的中文句子，它没有空格，但它是一个真正的页面的正文内容。" * 3 + "\n",
    ],
)
def test_text_with_a_few_odd_characters_is_still_a_page(page: str) -> None:
    assert cleaner.clean(page) != ""
    assert cleaner.clean(page.encode("utf-8")) != ""
    assert cleaner.explain(page).note is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Городской совет утвердил новый бюджет во вторник после долгих дебатов.",
        "Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό την Τρίτη μετά από συζήτηση.",
        "وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء بعد نقاش طويل.",
        "市議会は火曜日、夜遅くまで続いた長い議論の末、新しい予算を承認した。",
        "สภาเมืองอนุมัติงบประมาณใหม่ในวันอังคารหลังจากการอภิปรายที่ยาวนาน",
        "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt beschlossen.",
    ],
)
def test_wide_encodings_without_a_bom_are_text(sentence: str, encoding: str) -> None:
    page = sentence + "\n\n" + sentence[::-1] + " Ende.\n"
    assert cleaner.clean(page.encode(encoding)) == cleaner.clean(page) != ""
