"""The public API's contract: clean, explain, Cleaner, Config, rule_names.

These tests pin what callers rely on (types, errors, decoding, explain's
shape, disabling a rule, pickling), not which lines the heuristics keep; the
pages used here are plain enough that any reasonable tuning keeps the article.
"""

from __future__ import annotations

import codecs
import gzip
import io
import pickle
import zipfile

import pytest

import cleaner
from cleaner import Cleaner, Config, clean, explain, rule_names
from cleaner.read.text import normalize_text
from cleaner.rules import RULES

P1 = (
    "The storm that hit the coast on Friday left thousands of homes without power, "
    "the utility company said on Saturday morning."
)
P2 = (
    "Crews worked through the night to restore the lines, and most customers had "
    "electricity again by noon, officials said."
)
P3 = (
    "The mayor said the town would rebuild the damaged pier by next spring, and "
    "residents welcomed the plan at a meeting on Sunday."
)
# A sentence-shaped share line: the locator has no reason to drop it, only share_line does.
SHARE = "Share this article with your friends on Facebook."

PAGE = "\n".join(
    [
        "Skip to content",
        "Home",
        "News",
        "Sports",
        "",
        P1,
        "",
        P2,
        "",
        SHARE,
        "",
        P3,
        "",
        "© 2024 Example Media. All rights reserved.",
        "Privacy | Terms | Contact",
        "",
    ]
)

GERMAN = (
    "Die Stadtverwaltung hat am Montag bekanntgegeben, dass die Brücke über die Ruhr für "
    "drei Wochen gesperrt wird, weil Prüfer Schäden an den Trägern gefunden haben.\n\n"
    "Anwohner müssen größere Umwege fahren; die Straßenbahn fährt über die Südbrücke, "
    "sagte eine Sprecherin der Stadtwerke.\n\n"
    "„Wir bitten um Geduld“, sagte Bürgermeister Thomas Müller. Die Kosten der Reparatur "
    "schätzt die Stadt auf rund 450.000 €.\n"
)
FRENCH = (
    "La mairie a annoncé lundi que le pont sur la Loire serait fermé pendant trois "
    "semaines, après que des inspecteurs ont découvert des dégâts importants.\n\n"
    "« Nous demandons de la patience », a déclaré le maire, Frédéric Lefèvre, qui estime "
    "le coût des réparations à près de 450 000 euros.\n"
)


def non_blank_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


# -- clean ---------------------------------------------------------------------------------


def test_clean_returns_the_article_as_str() -> None:
    article = clean(PAGE)
    assert isinstance(article, str)
    for paragraph in (P1, P2, P3):
        assert paragraph in article
    for boilerplate in ("Skip to content", SHARE, "All rights reserved", "Privacy | Terms"):
        assert boilerplate not in article
    assert article.endswith("\n")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(PAGE, "utf-8", id="utf-8"),
        pytest.param(GERMAN, "utf-8", id="utf-8-german"),
        pytest.param(GERMAN, "utf-8-sig", id="utf-8-with-bom"),
        pytest.param(GERMAN, "cp1252", id="cp1252-german"),
        pytest.param(FRENCH, "cp1252", id="cp1252-french"),
        pytest.param(FRENCH, "latin-1", id="latin-1-french"),
        pytest.param(GERMAN, "utf-16", id="utf-16-with-bom"),
        pytest.param(FRENCH, "utf-16", id="utf-16-with-bom-french"),
    ],
)
def test_clean_bytes_in_any_encoding_equals_clean_text(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    article = clean(data)
    assert isinstance(article, str)
    assert article == clean(text)
    assert article != ""


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", id="utf-16-be"),
    ],
)
def test_clean_utf16_with_explicit_bom(bom: bytes, codec: str) -> None:
    assert clean(bom + GERMAN.encode(codec)) == clean(GERMAN)


def test_clean_accepts_bytearray_and_memoryview() -> None:
    data = GERMAN.encode("utf-8")
    assert clean(bytearray(data)) == clean(data) == clean(memoryview(data))


HTML_PAGE = (
    "<html><body><nav><a href='/'>Home</a></nav>"
    f"<article><p>{P1}</p><p>{P2}</p></article></body></html>"
)


def test_html_mode_gives_the_article_without_the_menu() -> None:
    assert clean(HTML_PAGE, mode="html") == f"{P1}\n\n{P2}\n"
    assert clean(HTML_PAGE) == clean(HTML_PAGE, mode="html")  # told by its markup


def test_unknown_mode_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        clean(PAGE, mode="pdf")


def test_a_mode_that_is_no_string_is_a_value_error_too() -> None:
    with pytest.raises(ValueError, match="mode"):
        clean(PAGE, mode=["text"])  # type: ignore[arg-type]


def test_options_after_a_default_call_are_not_carried_over() -> None:
    # clean() without options reuses one Cleaner a mode: a call with options
    # gets its own, and the default one is left as it was.
    assert SHARE not in clean(PAGE, mode="text")
    assert SHARE in clean(PAGE, mode="text", disable=["share_line"])
    assert SHARE not in clean(PAGE, mode="text")
    assert explain(PAGE, mode="text") == Cleaner(mode="text").explain(PAGE)


def test_unknown_option_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match="frobnicate"):
        clean(PAGE, frobnicate=True)
    with pytest.raises(TypeError):
        explain(PAGE, frobnicate=True)
    with pytest.raises(TypeError):
        Cleaner(frobnicate=True)


@pytest.mark.parametrize("page", [None, 42, ["a page"]], ids=["None", "int", "list"])
def test_page_of_another_type_is_a_type_error(page: object) -> None:
    with pytest.raises(TypeError):
        clean(page)  # type: ignore[arg-type]


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", PAGE)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_png(), id="png"),
        pytest.param(gzip.compress(PAGE.encode("utf-8")), id="gzip"),
        pytest.param(_zip(), id="zip"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), id="pdf"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), id="jpeg"),
    ],
)
def test_binary_input_gives_empty_article_without_raising(data: bytes) -> None:
    assert clean(data) == ""
    assert explain(data).article == ""


@pytest.mark.parametrize(
    "page",
    ["", "   ", "\n\n\n", " \t \n\t\n  \n", "\r\n\r\n", "\u2028\u2029", b"", b"  \n \n"],
    ids=[
        "empty",
        "spaces",
        "newlines",
        "mixed-ws",
        "crlf",
        "unicode-breaks",
        "empty-bytes",
        "ws-bytes",
    ],
)
def test_empty_and_whitespace_give_empty_article(page: str | bytes) -> None:
    assert clean(page) == ""


# -- explain ---------------------------------------------------------------------------------


def test_explain_reports_every_block_in_order() -> None:
    explanation = explain(PAGE)
    blocks = explanation.blocks
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert [b.text for b in blocks] == non_blank_lines(normalize_text(PAGE))
    for block in blocks:
        if block.kept:
            assert block.rule is None and block.why is None
        else:
            assert block.rule in rule_names()
            assert isinstance(block.why, str) and block.why.strip()


def test_explain_article_is_the_kept_blocks() -> None:
    explanation = explain(PAGE)
    assert explanation.article == clean(PAGE)
    assert [b.text for b in explanation.blocks if b.kept] == non_blank_lines(explanation.article)


def test_explain_names_the_rule_that_removed_a_line() -> None:
    by_text = {b.text: b for b in explain(PAGE).blocks}
    assert by_text[SHARE].rule == "share_line"
    assert by_text["Skip to content"].rule is not None
    assert by_text[P1].kept


def test_explain_counts_and_tsv_agree_with_blocks() -> None:
    explanation = explain(PAGE)
    dropped = [b for b in explanation.blocks if not b.kept]
    assert sum(explanation.removed_by_rule().values()) == len(dropped)
    tsv = explanation.to_tsv().split("\n")
    assert tsv[-1] == ""  # ends with a newline
    assert tsv[0] == "verdict\trule\twhy\tline\ttext"
    body = [line for line in tsv[1:-1] if not line.startswith("#")]
    assert len(body) == len(explanation.blocks)
    for line, block in zip(body, explanation.blocks, strict=True):
        verdict, rule, why, number, text = line.split("\t")
        assert verdict == ("keep" if block.kept else "drop")
        assert (rule, why) == (block.rule or "", block.why or "")
        assert int(number) == block.line
        assert text == block.text.strip()
    # The summary: comment lines after the rows, a rule a line, in pipeline order.
    comments = tsv[1 + len(body) : -1]
    assert all(line.startswith("# ") for line in comments)
    assert comments[0] == (
        f"# blocks {len(explanation.blocks)}, removed {len(dropped)};"
        f" characters {sum(len(b.text.strip()) for b in explanation.blocks)},"
        f" removed {sum(len(b.text.strip()) for b in dropped)}"
    )
    assert comments[1] == "# rule\tblocks\tchars"
    by_rule = {rule: int(count) for rule, count, _ in (c[2:].split("\t") for c in comments[2:])}
    assert by_rule == dict(explanation.removed_by_rule())
    assert list(by_rule) == [name for name in rule_names() if name in by_rule]
    assert explanation.to_tsv(summary=False) == "\n".join(tsv[: 1 + len(body)]) + "\n"


def test_explain_of_empty_page_has_no_blocks() -> None:
    explanation = explain("")
    assert explanation.article == "" and explanation.blocks == ()


# -- rule_names, disable --------------------------------------------------------------------


def test_rule_names_lists_every_rule_once() -> None:
    names = rule_names()
    assert isinstance(names, tuple) and all(isinstance(n, str) for n in names)
    assert len(names) == len(set(names))
    for rule in RULES:
        assert rule.__name__ in names
    for name in ("share_line", "related_block", "repeated_teaser", "consent_notice", "footer"):
        assert name in names


def test_disable_turns_a_rule_off() -> None:
    assert SHARE not in clean(PAGE)
    kept = clean(PAGE, disable=["share_line"])
    assert SHARE in non_blank_lines(kept)
    # Everything else is judged as before.
    assert non_blank_lines(kept) == [P1, P2, SHARE, P3]
    assert Cleaner(disable=["share_line"])(PAGE) == kept
    assert Cleaner(Config(disable=frozenset({"share_line"})))(PAGE) == kept
    by_text = {b.text: b for b in explain(PAGE, disable=["share_line"]).blocks}
    assert by_text[SHARE].kept


def test_disable_leaves_other_rules_on() -> None:
    article = clean(PAGE, disable=["consent_notice"])
    assert SHARE not in article


# -- Cleaner, Config -----------------------------------------------------------------------


def test_cleaner_is_callable_and_matches_clean() -> None:
    c = Cleaner()
    assert c(PAGE) == c.clean(PAGE) == clean(PAGE)
    assert c.explain(PAGE) == explain(PAGE)


def test_cleaner_pickle_round_trip() -> None:
    for original in (Cleaner(), Cleaner(disable=["share_line"], prose_words=10)):
        copy = pickle.loads(pickle.dumps(original))
        assert copy == original
        assert copy.config == original.config
        assert copy(PAGE) == original(PAGE)
        assert copy(GERMAN) == original(GERMAN)


def test_config_is_frozen_and_hashable() -> None:
    config = Config()
    assert config == Config() and hash(config) == hash(Config())
    with pytest.raises(AttributeError):
        config.prose_words = 3  # type: ignore[misc]
    changed = config.with_options(disable=["share_line"])
    assert changed.disable == frozenset({"share_line"})
    assert config.disable == frozenset()


def test_public_names() -> None:
    for name in ("clean", "explain", "Cleaner", "Config", "rule_names"):
        assert name in cleaner.__all__
        assert hasattr(cleaner, name)
    assert isinstance(cleaner.__version__, str)


def test_an_unknown_rule_in_disable_is_an_input_error_listing_the_rules() -> None:
    with pytest.raises(cleaner.InputError) as raised:
        cleaner.clean("Some text.", disable=["share_lines"])
    message = str(raised.value)
    assert "'share_lines'" in message
    assert all(name in message for name in cleaner.rule_names())
    with pytest.raises(cleaner.InputError):
        cleaner.Cleaner(disable=["share_line", "no_such_rule"])
    with pytest.raises(cleaner.InputError):
        cleaner.Config(disable=frozenset({"footers"}))


def test_markdown_of_text_is_an_error_when_asked_and_a_warning_when_found() -> None:
    with pytest.raises(cleaner.InputError, match="needs HTML"):
        cleaner.clean("Some text.", mode="text", output="markdown")
    page = "The council approved the new budget on Tuesday after a long debate.\n"
    with pytest.warns(cleaner.OutputWarning, match="not HTML") as caught:
        article = cleaner.clean(page, output="markdown")
    assert article == cleaner.clean(page)
    assert caught[0].filename == __file__  # the caller's line, not the library's
    with pytest.warns(cleaner.OutputWarning) as caught:
        cleaner.Cleaner(output="markdown").explain(page)
    assert caught[0].filename == __file__


def test_installed_as_webpage_cleaner_typed_for_type_checkers() -> None:
    from importlib import metadata, resources

    distribution = metadata.distribution("webpage-cleaner")
    assert distribution.metadata["Name"] == "webpage-cleaner"
    assert any(
        e.name == "cleaner" for e in distribution.entry_points if e.group == "console_scripts"
    )
    assert resources.files("cleaner").joinpath("py.typed").is_file()
