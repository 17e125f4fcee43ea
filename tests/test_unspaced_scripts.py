"""Scripts written without spaces (Han, kana, Thai) and the CJK forms of the page:
phrases found inside lines, full-width forms, the prose measure, and the
failures issue 26 lists for Chinese and Japanese pages."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.config import Config
from cleaner.lang import phrase_hits, unspaced_phrase_hits
from cleaner.lang.match import PhraseIndex
from cleaner.lang.script import fold_width, line_key, unspaced_phrase, words_of
from cleaner.measure.features import is_headline, is_prose, measure
from cleaner.read.text import normalize_text, text_to_blocks
from cleaner.rules import share_line


def test_full_width_forms_read_as_ascii() -> None:
    assert fold_width("ＱＱ空间　评论（３）") == "QQ空间 评论(3)"
    assert fold_width("ascii stays") == "ascii stays"
    assert line_key("【Ｔｗｉｔｔｅｒ】") == "twitter"
    assert measure("ＱＱ空间").tokens == ("qq空间",)
    # The line itself is never changed: only what is measured of it.
    page = "ＱＱ空间で話題の記事について、東京の編集部が詳しく解説しています。"
    assert cleaner.clean(page, mode="text").strip() == page


def test_a_phrase_of_a_script_without_spaces_is_found_inside_a_line() -> None:
    index = PhraseIndex({"paywall": ["会员专享"], "consent": ["使用cookie"]}, frozenset())
    assert index.unspaced_hits(words_of("本文为会员专享内容"), {}) == {"paywall": "会员专享"}
    # Sites set a space between Han and Latin, or leave it out: the same phrase.
    assert index.unspaced_hits(words_of("本网站使用 cookie"), {}) == {"consent": "使用cookie"}
    assert index.unspaced_hits(words_of("本网站使用cookie"), {}) == {"consent": "使用cookie"}
    assert index.unspaced_hits(words_of("本网站很好"), {}) == {}
    # Not as words: a Han phrase is never one of a spaced line's words.
    assert "会员专享" not in index.anchors


def test_unspaced_phrases_of_the_packs() -> None:
    assert unspaced_phrase("当サイトではcookieを使用")
    assert not unspaced_phrase("쿠키를 사용합니다")  # Hangul puts spaces between words
    consent = "当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。"
    assert "consent" in measure(consent).hits
    assert "consent" in measure("เว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์ที่ดี").hits
    # Word hits and unspaced hits together, in the families' order.
    mixed = words_of("we use cookies 本网站使用cookie")
    assert unspaced_phrase_hits(mixed, phrase_hits(mixed)) == {"consent": "we use cookies"}


def test_a_cjk_line_that_ends_like_a_sentence_is_prose() -> None:
    line = "北京市朝阳区的新图书馆于本周一正式对外开放，首日接待读者超过五千人次。"
    assert is_prose(measure(line), Config().prose_words)
    # A headline of the same script is not.
    assert not is_prose(measure("北京市新开放的图书馆吸引了大量读者"), Config().prose_words)
    # Stops inside a long line end sentences there, with no space after them.
    inner = "馆方表示，新馆藏书达到一百二十万册。并设有儿童阅读区和自习室，欢迎市民前来参观"
    assert measure(inner).sentences >= 1


def test_a_thai_paragraph_is_prose_without_spaces_or_stops() -> None:
    paragraph = (
        "ห้องสมุดประชาชนแห่งใหม่ของกรุงเทพมหานครเปิดให้บริการอย่างเป็นทางการเมื่อวันจันทร์ที่ผ่านมา"
        "โดยมีผู้มาใช้บริการในวันแรกมากกว่าห้าพันคนและมีหนังสือกว่าหนึ่งล้านเล่ม"
    )
    features = measure(paragraph)
    assert features.is_cjk and features.words >= 30
    assert is_prose(features, Config().prose_words)
    # Sentences apart by a space, as Thai writes them.
    spaced = "ผู้อำนวยการห้องสมุดกล่าวว่าจะจัดกิจกรรมทุกสุดสัปดาห์ ขอเชิญชวนประชาชนมาร่วมกิจกรรม"
    assert measure(spaced).sentences >= 1
    headline = "กรุงเทพฯ เปิดห้องสมุดแห่งใหม่"
    assert not is_prose(measure(headline), Config().prose_words)
    assert not is_headline(measure(paragraph)) or measure(paragraph).words > 25


def _explained(page: str) -> dict[str, tuple[str, str]]:
    return {b.text: (b.rule, b.why) for b in cleaner.explain(page, mode="text").blocks}


_ZH_PAGE = """北京市新开放的图书馆吸引了大量读者

北京市朝阳区的新图书馆于本周一正式对外开放，首日接待读者超过五千人次。馆方表示，新馆藏书达到一百二十万册，并设有儿童阅读区和自习室。

许多市民一早就在门口排队等候。一位带着孩子的母亲说，她们住在附近，以前要坐四十分钟地铁才能到市图书馆，现在走路十分钟就到了。

相关文章
上海举办国际书展
广州地铁新线开通
上一篇：上海举办国际书展
下一篇：广州地铁新线开通
分享到：微信 微博 QQ空间
标签：图书馆 北京 文化
评论（3）
网友甲：太好了，周末带孩子去看看。
回复
请登录后发表评论
发表评论
您的电子邮箱地址不会被公开。 必填项已用*标注
昵称
"""


def test_bug_chinese_boilerplate_is_labelled_as_what_it_is() -> None:
    """Fixed bug (issue 26): the share line, the tag line, the post links and the
    comment section of a Chinese page were removed only as outside the article, or
    as "a teaser under '相关文章'" when they came after the related header."""
    said = _explained(_ZH_PAGE)
    assert said["分享到：微信 微博 QQ空间"][0] == "share_line"
    assert said["标签：图书馆 北京 文化"][0] == "tag_line"
    assert said["上一篇：上海举办国际书展"][0] == "pagination"
    assert said["下一篇：广州地铁新线开通"][0] == "pagination"
    assert said["评论（3）"][0] == "comment_section"
    assert said["请登录后发表评论"][0] == "comment_section"
    assert said["您的电子邮箱地址不会被公开。 必填项已用*标注"] == (
        "comment_section",
        "the comment form",
    )
    assert said["昵称"] == ("comment_section", "a field of the comment form")
    assert said["上海举办国际书展"] == ("related_block", "a teaser under '相关文章'")
    teasers = [text for text, (_, why) in said.items() if why == "a teaser under '相关文章'"]
    assert teasers == ["上海举办国际书展", "广州地铁新线开通"]


@pytest.mark.parametrize("line", ["シェアする", "ツイート", "はてブ", "シェア ツイート はてブ"])
def test_bug_japanese_share_buttons_are_share_lines(line: str) -> None:
    """Fixed bug (issue 26): removed only as outside the article."""
    blocks = text_to_blocks(normalize_text(line))
    assert [v.rule for v in share_line(blocks, Config())] == ["share_line"]


_JA_ARTICLE = (
    "大阪市の市立美術館が二年間の改装工事を終え、十二日に再開した。館内には新しい展示室と"
    "カフェが設けられ、初日から多くの来場者でにぎわった。\n\n"
    "館長は「多くの人に気軽に足を運んでもらえる場所にしたい」と話している。今後は子ども向けの"
    "ワークショップも定期的に開く予定だという。\n\n"
    "改装では、古い収蔵庫の空調も新しくされた。学芸員によると、これまで展示できなかった"
    "大型の屏風も、来年の春からは公開できるようになるという。\n\n"
)


def test_bug_a_japanese_follow_prompt_is_removed() -> None:
    """Fixed bug (issue 26): "この記事が気に入ったらフォローしてね！" was kept."""
    page = (
        _JA_ARTICLE + "この記事が気に入ったらフォローしてね！\n"
        "【関連記事】\n京都の博物館で特別展\n神戸に新しい図書館\n"
    )
    said = _explained(page)
    assert said["この記事が気に入ったらフォローしてね！"][0] == "share_line"
    assert said["【関連記事】"] == ("related_block", "a related-content header")
    assert "フォロー" not in cleaner.clean(page, mode="text")


def test_a_bracketed_cross_link_label_needs_no_colon() -> None:
    said = _explained(_JA_ARTICLE + "【関連記事】京都の博物館で特別展、来月から\n")
    assert said["【関連記事】京都の博物館で特別展、来月から"][0] == "inline_crosslink"
    # A label without its brackets or colon is a sentence's first word.
    line = "Read also the small print, the lawyer advised, before you sign."
    assert _explained(line)[line] == (None, None)


def test_mixed_page_english_article_with_a_japanese_share_bar() -> None:
    """An English article whose site prints its share bar in Japanese, all packs on."""
    article = (
        "The city library reopened on Monday after two years of work, and more than five "
        "thousand people visited on the first day, the library said.\n\n"
        "The new building holds 1.2 million books and a reading room for children, which "
        "opens at nine every morning and stays open until late on Fridays.\n"
    )
    page = article + "\nシェアする\nツイート\nはてブ\nLINEで送る\n"
    said = _explained(page)
    for line in ("シェアする", "ツイート", "はてブ", "LINEで送る"):
        assert said[line][0] == "share_line", line
    assert cleaner.clean(page, mode="text").strip() == article.strip()


def test_cjk_metadata_rows_and_titles() -> None:
    from cleaner.read.html.metadata import title_keys
    from cleaner.rules.metadata import _metadata_row

    # An item's label needs no space after it ("来源：江城日报"), and an ideographic
    # space sets items apart as a bar does.
    row = text_to_blocks(normalize_text("2024-05-14 09:30　来源：江城日报　记者 陈晓"))[0]
    assert _metadata_row(row) == "a date and byline line"
    # "标题_网站名": a Chinese page's title names its site after an underscore.
    keys = title_keys({"document_title": "江城老旧小区加装电梯提速_江城日报网"})
    assert "江城老旧小区加装电梯提速" in keys
    assert title_keys({"document_title": "snake_case in Python"}) == {"snake_case in python"}


def test_a_row_of_comment_controls_with_their_counts() -> None:
    from cleaner.rules import comment_section

    blocks = text_to_blocks(normalize_text("답글 달기 추천 5\nReply Report\nReply to Jane"))
    removed = {v.index for v in comment_section(blocks, Config())}
    assert removed == {0, 1}
