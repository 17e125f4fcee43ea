"""Chinese (zh): the words and phrases sites in Chinese print, by concept.

Simplified and traditional forms where sites print both. Chinese is written
without spaces: a phrase is found as a substring of a line
(:func:`cleaner.lang.script.unspaced_phrase`), a word set's entry is a run
between separators as sites print it ("分享到：微信 微博 QQ空间").

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "zh"
NAME = "Chinese"
SCRIPT = "cjk"

ABSENT = {
    "function_words": "written without spaces: its function words are no words apart, "
    "and its prose is measured by characters and sentence stops",
}

CONCEPTS: dict[str, str] = {
    "share_verb": """
        分享 分享到 分享至 转发 轉發 收藏 打印 复制链接 複製連結 一键分享 扫一扫
    """,
    "share_network": """
        微信 微博 新浪微博 腾讯微博 qq qq空间 qq好友 朋友圈 微信朋友圈 豆瓣 知乎 百度贴吧 抖音
    """,
    "share_prompt": """
        分享这篇文章
        分享此文章
        分享本文
        分享給朋友
        分享给朋友
        打开微信扫一扫分享
        微信扫一扫分享
    """,
    "share_count_noun": """
        次分享
        次转发
        人点赞
        赞
    """,
    "follow_verb": """
        关注 關注 关注我们 關注我們
    """,
    "related_header": """
        相关文章
        相关阅读
        相關文章
        相關閱讀
        推荐阅读
        推薦閱讀
        热门文章
        热门推荐
        相关新闻
        相關新聞
        相关推荐
        猜你喜欢
        为你推荐
        更多精彩
        热门新闻
        延伸阅读
        延伸閱讀
    """,
    "crosslink_label": """
        延伸阅读
        延伸閱讀
        相关阅读
        相關閱讀
        推荐阅读
        相关链接
        相关报道
        相關報導
    """,
    "consent": """
        本网站使用cookie
        本网站使用cookies
        本網站使用cookie
        我们使用cookie
        我們使用cookie
        本站使用cookie
        使用cookie来
        cookie政策
        cookie設定
    """,
    "consent_button": """
        接受全部cookie
        接受所有cookie
        全部接受
        同意并继续
        同意並繼續
    """,
    "newsletter": """
        订阅我们的电子报
        订阅我们的新闻简报
        订阅电子报
        訂閱電子報
        訂閱我們的電子報
        输入您的邮箱地址
        输入你的邮箱
    """,
    "newsletter_weak": """
        立即订阅
        立即訂閱
    """,
    "paywall": """
        本文为付费内容
        付费阅读全文
        订阅后继续阅读
        訂閱後繼續閱讀
        登录后继续阅读
        登录后阅读全文
        开通会员阅读全文
        会员专享内容
        本文為會員專屬內容
    """,
    "paywall_weak": """
        阅读全文
        閱讀全文
        开通会员
    """,
    "login_line": """
        登录
        登錄
        登入
        注册
        註冊
        登录/注册
        我的账户
        会员中心
    """,
    "advertisement_label": """
        广告
        廣告
        推广
        赞助内容
        贊助內容
    """,
    "affiliate": """
        本文包含推广链接
        本文含有推广链接
        本文含有聯盟行銷連結
    """,
    "feedback": """
        这篇文章对您有帮助吗
        这篇文章对你有帮助吗
        本文对您有帮助吗
        這篇文章對您有幫助嗎
        这篇文章有用吗
    """,
    "feedback_answer": """
        有帮助
        没帮助
        有用
        没用
        是
        否
    """,
    "comments_header": """
        评论
        評論
        发表评论
        發表評論
        网友评论
        網友評論
        全部评论
        最新评论
        热门评论
        用户评论
        留言
        发表留言
        我要评论
        精彩评论
    """,
    "comment_control": """
        回复
        回覆
        举报
        檢舉
        点赞
        赞
        删除
    """,
    "reply_control": """
        回复
        回覆
    """,
    "comment_field": """
        昵称
        暱稱
        邮箱
        電子郵件
        网址
        网站
        验证码
    """,
    "comment_form": """
        您的电子邮箱地址不会被公开
        您的電子郵件地址不會被公開
        必填项已用
        发表评论前请先登录
        文明上网理性发言
    """,
    "comment_prompt": """
        请登录后发表评论
        登录后发表评论
        我来说两句
        说点什么吧
        快来发表你的看法吧
        发表你的看法
        暂无评论
        還沒有評論
    """,
    "comment_count_noun": """
        条评论
        條評論
        条留言
        则留言
        則留言
    """,
    "comment_count_label": """
        评论
        評論
        留言
        全部评论
    """,
    "comment_author_verb": """
        说
        說
        说道
    """,
    "answer_noun": """
        个回答
        個回答
        条回答
    """,
    "tag_label": """
        标签
        標籤
        关键词
        關鍵詞
        关键字
        關鍵字
        分类
        分類
        话题
    """,
    "footer_link": """
        关于我们
        關於我們
        联系我们
        聯絡我們
        联系方式
        隐私政策
        隱私權政策
        用户协议
        使用条款
        網站地圖
        网站地图
        免责声明
        免責聲明
        广告服务
        加入我们
        意见反馈
    """,
    "disclaimer": """
        转载请注明出处
        轉載請註明出處
        未经授权禁止转载
        未經授權禁止轉載
        本文仅代表作者观点
        本文僅代表作者觀點
        不代表本站立场
    """,
    "rights_reserved": """
        版权所有
        版權所有
        保留所有权利
        保留一切權利
    """,
    "reserved_word": """
        版权所有
        版權所有
        保留所有权利
    """,
    "site_licence": r"""
        ICP[备証证]\s*\d+
        公网安备\s*\d+
    """,
    "nav_line": """
        首页
        首頁
        返回首页
        返回顶部
        回到顶部
        搜索
        搜尋
        菜单
        選單
        导航
        跳到主要内容
        中文
        简体中文
        繁體中文
        简体
        繁體
    """,
    "browser_notice": """
        您的浏览器不支持
        您的瀏覽器不支援
        请启用javascript
        請啟用javascript
    """,
    "post_link": """
        上一篇
        下一篇
        上一篇文章
        下一篇文章
        上一則
        下一則
    """,
    "page_turn": """
        上一页
        下一页
        上一頁
        下一頁
        尾页
        末页
    """,
    "page_next": """
        下一页
        下一頁
    """,
    "page_count": r"""
        第\s*\d+\s*页(?:\s*/?\s*共\s*\d+\s*页)?
        共\s*\d+\s*页
    """,
    "byline_opener": """
        来源
        來源
        记者
        記者
        本报记者
        本報記者
        作者
        文
        撰文
        编辑
        編輯
        责任编辑
        責任編輯
        责编
        通讯员
    """,
    "byline_closer": """
        报道
        報導
        摄
    """,
    "author_box": """
        作者简介
        作者簡介
        关于作者
        關於作者
    """,
    "reading_time_label": """
        阅读时间
        閱讀時間
        预计阅读时间
        阅读约
    """,
    "minute_word": """
        分钟
        分鐘
    """,
    "read_word": """
        阅读
        閱讀
        读完
    """,
    "date_label": """
        发布时间
        發布時間
        发布于
        发表于
        更新时间
        更新於
        时间
        日期
        发布日期
    """,
    "date_pattern": r"""
        \d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?
    """,
    "relative_time": r"""
        \d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前$
        (?:今天|昨天|前天)\s*\d{1,2}:\d\d$
    """,
    "caption_word": """
        摄影
        攝影
        图片来源
        圖片來源
        图源
        图片
        圖片
        资料图
        图
        圖
    """,
    "photo_label": """
        摄影
        攝影
        图片来源
        圖片來源
        图源
        资料图
        图
        圖
    """,
    "photo_paren_label": """
        摄影
        攝影
        图片来源
        图
        圖
    """,
    "media_control": """
        查看大图
        点击查看大图
        点击播放
        查看原图
    """,
    "media_noun": """
        图片
        圖片
    """,
}
