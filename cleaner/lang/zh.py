"""Chinese (zh): the words and phrases sites in Chinese print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "zh"
NAME = "Chinese"
SCRIPT = "cjk"

CONCEPTS: dict[str, str] = {
    "related_header": """
        相关文章
        相关阅读
        推荐阅读
        热门文章
    """,
    "advertisement_label": """
        广告
    """,
    "comments_header": """
        评论
        发表评论
    """,
    "comment_control": """
        回复
        回覆
    """,
    "reply_control": """
        回复
        回覆
    """,
    "comment_prompt": """
        请登录后发表评论
        登录后发表评论
    """,
    "comment_count_label": """
        评论
        評論
    """,
    "footer_link": """
        关于我们
        联系我们
        联系方式
        隐私政策
        用户协议
        网站地图
        免责声明
    """,
    "rights_reserved": """
        版权所有
    """,
    "reserved_word": """
        版权所有
        版權所有
        保留所有权利
    """,
    "site_licence": r"""
        ICP[备証证]\s*\d+
    """,
}
