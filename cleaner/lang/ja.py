"""Japanese (ja): the words and phrases sites in Japanese print, by concept.

Japanese is written without spaces: a phrase is found as a substring of a line
(:func:`cleaner.lang.script.unspaced_phrase`), a word set's entry is a run
between separators as sites print it ("シェアする", "ツイート", "はてブ").

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ja"
NAME = "Japanese"
SCRIPT = "cjk"

ABSENT = {
    "function_words": "written without spaces: its particles are no words apart, "
    "and its prose is measured by characters and sentence stops",
}

CONCEPTS: dict[str, str] = {
    "share_verb": """
        シェア シェアする ツイート ポスト ポストする はてブ はてなブックマーク ブックマーク
        lineで送る 送る 印刷 リンクをコピー urlをコピー コピー いいね
    """,
    "share_network": """
        はてな feedly mixi ライン
    """,
    "share_prompt": """
        この記事をシェアする
        この記事をシェア
        記事をシェアする
        この記事が気に入ったらフォローしてね
        この記事が気に入ったらフォローしよう
        この記事が気に入ったら いいね しよう
        この記事が気に入ったらいいねしよう
        最新情報をお届けします
        snsでシェア
        snsでシェアしよう
    """,
    "share_count_noun": """
        シェア
        いいね
        ブックマーク
    """,
    "new_window": """
        新しいウィンドウで開く
        新しいタブで開く
        別ウィンドウで開く
    """,
    "follow_verb": """
        フォロー フォローする フォローしてね フォローしよう
    """,
    "related_header": """
        関連記事
        関連ニュース
        おすすめ記事
        オススメ記事
        人気記事
        人気の記事
        注目記事
        ランキング
        アクセスランキング
        あわせて読みたい
        合わせて読みたい
        こちらもおすすめ
        こちらの記事もおすすめ
        こんな記事も読まれています
        最新記事
        新着記事
    """,
    "crosslink_label": """
        関連記事
        関連
        あわせて読みたい
        合わせて読みたい
        こちらもおすすめ
        参考記事
    """,
    "consent": """
        当サイトではcookieを使用
        当サイトではクッキーを使用
        本サイトではcookieを使用
        このサイトはcookieを使用
        クッキーを使用しています
        cookieを使用しています
        cookieポリシー
        クッキーポリシー
        cookieの使用に同意
        クッキーの使用に同意
    """,
    "consent_button": """
        すべて同意する
        すべてのcookieを受け入れる
        すべて受け入れる
        同意して閉じる
        全て同意
    """,
    "newsletter": """
        メルマガ登録
        メールマガジン登録
        メールマガジンに登録
        ニュースレターを購読
        ニュースレターに登録
        ニュースレターの登録
        メールアドレスを入力
        最新情報をメールで受け取る
    """,
    "newsletter_weak": """
        今すぐ登録
        無料で登録
    """,
    "paywall": """
        この記事は有料会員限定です
        この記事は会員限定です
        有料会員限定記事
        有料会員になると続きを
        続きを読むには
        ログインして続きを読む
        会員登録して続きを読む
        この記事の続きを読むには
        残り文字
    """,
    "paywall_weak": """
        続きを読む
        有料会員
        会員限定
    """,
    "login_line": """
        ログイン
        新規登録
        会員登録
        新規会員登録
        マイページ
        ログアウト
    """,
    "advertisement_label": """
        広告
        スポンサーリンク
        スポンサードリンク
        pr
        プロモーション
        ad
    """,
    "affiliate": """
        本ページはプロモーションが含まれています
        本記事はプロモーションを含みます
        記事内に広告が含まれています
        アフィリエイト広告を利用しています
        アフィリエイトプログラムを利用しています
        アフィリエイト広告を含みます
    """,
    "feedback": """
        この記事は役に立ちましたか
        この記事は参考になりましたか
        このページは役に立ちましたか
        この情報は役に立ちましたか
    """,
    "feedback_answer": """
        はい
        いいえ
        役に立った
        役に立たなかった
    """,
    "comments_header": """
        コメント
        コメントを書く
        コメントする
        コメントを残す
        コメント一覧
        みんなのコメント
        コメント欄
        コメントを投稿する
    """,
    "comments_header_ending": """
        コメント
    """,
    "comment_control": """
        返信
        返信する
        通報
        通報する
        違反報告
        いいね
    """,
    "reply_control": """
        返信
        返信する
    """,
    "comment_field": """
        名前
        お名前
        メール
        メールアドレス
        サイト
        ウェブサイト
    """,
    "comment_form": """
        メールアドレスが公開されることはありません
        は必須項目です
        コメントを投稿するにはログインしてください
    """,
    "comment_prompt": """
        コメントを投稿するにはログイン
        ログインしてコメントする
        まだコメントはありません
        最初のコメントを書こう
    """,
    "comment_count_noun": """
        件のコメント
        コメント
    """,
    "comment_count_label": """
        コメント
        コメント数
    """,
    "comment_author_verb": """
        より
        の発言
    """,
    "answer_noun": """
        件の回答
        回答
    """,
    "tag_label": """
        タグ
        カテゴリー
        カテゴリ
        キーワード
        関連キーワード
        ジャンル
    """,
    "footer_link": """
        会社概要
        運営会社
        運営者情報
        お問い合わせ
        お問合せ
        利用規約
        プライバシーポリシー
        個人情報保護方針
        サイトマップ
        免責事項
        広告掲載
        特定商取引法に基づく表記
        採用情報
    """,
    "disclaimer": """
        掲載の記事・写真・イラストなど
        記事の内容は執筆時点のものです
        掲載情報は記事公開時点のものです
    """,
    "rights_reserved": """
        無断転載
        無断転載を禁じます
        無断転載禁止
    """,
    "reserved_word": """
        無断転載
        無断複製
    """,
    "nav_line": """
        ホーム
        トップ
        トップページ
        トップへ戻る
        ページトップへ
        ページの先頭へ
        ページの先頭へ戻る
        メニュー
        検索
        サイト内検索
        本文へスキップ
        本文へ移動
        日本語
        目次
    """,
    "browser_notice": """
        javascriptを有効にしてください
        javascriptが無効になっています
        お使いのブラウザはサポートされていません
    """,
    "post_link": """
        前の記事
        次の記事
        前の投稿
        次の投稿
        前へ
        次へ
    """,
    "page_turn": """
        次へ
        前へ
        次のページ
        前のページ
        最初
        最後
    """,
    "page_next": """
        次へ
    """,
    "page_count": r"""
        \d+\s*/\s*\d+\s*ページ
        \d+\s*ページ目
    """,
    "byline_opener": """
        文
        記者
        筆者
        著者
        執筆者
        執筆
        取材・文
        ライター
    """,
    "byline_closer": """
        記者
        特派員
        撮影
    """,
    "author_box": """
        この記事を書いた人
        この記事の著者
        著者プロフィール
        執筆者プロフィール
        ライター紹介
        プロフィール
    """,
    "reading_time_label": """
        読了時間
        この記事は約
        読み終わるまで約
    """,
    "minute_word": """
        分
    """,
    "read_word": """
        で読めます
    """,
    "date_label": """
        公開日
        更新日
        投稿日
        公開
        更新
        配信
        掲載日
        最終更新日
    """,
    "date_pattern": r"""
        \d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\(?[月火水木金土日]\)?)?(?:\s*\d{1,2}\s*時\s*\d{1,2}\s*分)?
    """,
    "relative_time": r"""
        \d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|カ月|年)前$
    """,
    "caption_word": """
        写真
        撮影
        提供
        出典
        画像
    """,
    "photo_label": """
        写真
        撮影
        写真提供
        画像提供
        出典
    """,
    "photo_paren_label": """
        写真
        撮影
        写真提供
        出典
    """,
    "credit_label": """
        提供
    """,
    "media_control": """
        拡大する
        画像を拡大
        拡大画像を見る
        写真を拡大
        動画を再生
    """,
    "media_noun": """
        写真
        画像
    """,
}
