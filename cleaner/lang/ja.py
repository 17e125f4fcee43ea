"""Japanese (ja): the words and phrases sites in Japanese print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ja"
NAME = "Japanese"
SCRIPT = "cjk"

CONCEPTS: dict[str, str] = {
    "related_header": """
        関連記事
        おすすめ記事
        人気記事
        ランキング
    """,
    "advertisement_label": """
        広告
    """,
    "comments_header": """
        コメント
        コメントを書く
    """,
    "comment_control": """
        返信
    """,
    "reply_control": """
        返信
    """,
    "comment_count_label": """
        コメント
    """,
    "footer_link": """
        会社概要
        運営会社
        お問い合わせ
        利用規約
        プライバシーポリシー
        サイトマップ
    """,
    "rights_reserved": """
        無断転載
    """,
    "reserved_word": """
        無断転載
        無断複製
    """,
}
