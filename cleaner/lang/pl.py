"""Polish (pl): the words and phrases sites in Polish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "pl"
NAME = "Polish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        i w z na do nie się że to jest jak od po za przez oraz ale czy jako być był była
    """,
    "share_verb": """
        udostępnij udostępnienia wyślij drukuj
    """,
    "share_filler": """
        ten artykuł na przez
    """,
    "share_count_noun": """
        udostępnień
    """,
    "related_header": """
        zobacz także
        zobacz też
        czytaj także
        czytaj też
        czytaj więcej
        polecane
        polecamy
        najczęściej czytane
        najpopularniejsze
        podobne artykuły
        powiązane artykuły
    """,
    "crosslink_label": """
        czytaj także
        czytaj też
        zobacz także
        zobacz też
        zobacz
    """,
    "consent": """
        używamy plików cookie
        ta strona używa plików cookie
    """,
    "consent_button": """
        akceptuję wszystkie
    """,
    "newsletter": """
        zapisz się do newslettera
    """,
    "login_line": """
        zaloguj się
        zarejestruj się
    """,
    "advertisement_label": """
        reklama
        artykuł sponsorowany
    """,
    "feedback": """
        czy ten artykuł był pomocny
    """,
    "feedback_answer": """
        tak nie
    """,
    "comments_header": """
        komentarze
        dodaj komentarz
    """,
    "comments_header_ending": """
        komentarze
    """,
    "comment_control": """
        odpowiedz
        zgłoś
    """,
    "reply_control": """
        odpowiedz
    """,
    "comment_count_noun": """
        komentarz
        komentarze
        komentarzy
    """,
    "answer_noun": """
        odpowiedzi
        odpowiedź
    """,
    "comment_author_verb": """
        pisze
    """,
    "tag_label": """
        tagi
        kategorie
    """,
    "footer_link": """
        polityka prywatności
        regulamin
        kontakt
    """,
    "rights_reserved": """
        wszelkie prawa zastrzeżone
    """,
    "reserved_word": """
        zastrzeżone
    """,
    "nav_line": """
        przejdź do treści
        szukaj
        zamknij
    """,
    "page_turn": """
        następna
        poprzednia
    """,
    "page_turn_noun": """
        strona
    """,
    "page_noun_before": """
        strona
        artykuł
    """,
    "page_turn_after": """
        następna
        poprzednia
    """,
    "byline_opener": """
        autor
    """,
    "author_box": """
        o autorze
    """,
    "author_about_opener": """
        o autorze
    """,
    "position_of": """
        z
    """,
}
