"""Russian (ru): the words and phrases sites in Russian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ru"
NAME = "Russian"
SCRIPT = "cyrillic"

CONCEPTS: dict[str, str] = {
    "function_word": """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по
        только ее мне было вот от меня еще нет о из ему теперь когда уже для это этот
    """,
    "share_verb": """
        поделиться поделитесь отправить
    """,
    "share_filler": """
        эту этой статьей статью в
    """,
    "related_header": """
        читайте также
        читайте еще
        смотрите также
        похожие статьи
        похожие новости
        популярное
        рекомендуем
        самое читаемое
    """,
    "crosslink_label": """
        читайте также
        смотрите также
        по теме
    """,
    "consent": """
        мы используем файлы cookie
        мы используем cookie
        этот сайт использует cookie
    """,
    "newsletter": """
        подпишитесь на рассылку
    """,
    "login_line": """
        войти
        регистрация
    """,
    "advertisement_label": """
        реклама
    """,
    "feedback": """
        нашли ошибку
        выделите текст и нажмите ctrl+enter
        была ли эта статья полезной
    """,
    "feedback_answer": """
        да нет
    """,
    "comments_header": """
        комментарии
        оставить комментарий
    """,
    "comments_header_ending": """
        комментарии
    """,
    "comment_control": """
        ответить
        пожаловаться
    """,
    "reply_control": """
        ответить
    """,
    "comment_count_noun": """
        комментарий
        комментария
        комментариев
    """,
    "answer_noun": """
        ответ
        ответа
        ответов
    """,
    "comment_author_verb": """
        пишет
    """,
    "tag_label": """
        теги
        метки
        рубрики
    """,
    "footer_link": """
        политика конфиденциальности
        контакты
        о редакции
        о нас
        реклама на сайте
        пользовательское соглашение
    """,
    "rights_reserved": """
        все права защищены
    """,
    "reserved_word": """
        защищены
    """,
    "nav_line": """
        перейти к содержимому
        главная
        поиск
        закрыть
    """,
    "page_turn": """
        следующая
        предыдущая
    """,
    "byline_opener": """
        автор
    """,
    "author_box": """
        об авторе
    """,
    "minute_word": """
        мин
    """,
    "read_word": """
        чтения
    """,
}
