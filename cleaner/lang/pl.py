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
        a o u we ze już tylko także też jego jej ich który która które którzy którym
        dla przy nad przed bez między więc gdy gdzie bardzo może można mają są było były
        będzie został została zostały jeszcze tym tego tej tak
    """,
    "share_verb": """
        udostępnij udostępnienia wyślij drukuj podziel skopiuj kopiuj
    """,
    "share_network": """
        facebooku twitterze instagramie youtubie tiktoku linkedinie
    """,
    "share_filler": """
        ten artykuł artykułem na przez się link
    """,
    "share_prompt": """
        udostępnij artykuł
        udostępnij ten artykuł
        podziel się artykułem
    """,
    "share_count_noun": """
        udostępnień
        udostępnienia
    """,
    "follow_verb": """
        obserwuj śledź
    """,
    "related_header": """
        zobacz także
        zobacz też
        zobacz również
        czytaj także
        czytaj też
        czytaj również
        czytaj więcej
        przeczytaj także
        przeczytaj też
        przeczytaj również
        polecane
        polecamy
        polecane artykuły
        polecamy również
        warto przeczytać
        może cię zainteresować
        mogą cię zainteresować
        to może cię zainteresować
        najczęściej czytane
        najczęściej komentowane
        najpopularniejsze
        najnowsze
        najnowsze artykuły
        najnowsze wpisy
        podobne artykuły
        podobne wpisy
        powiązane artykuły
        powiązane wpisy
        inne artykuły
    """,
    "related_header_prefix": """
        więcej z
        więcej o
        więcej z kategorii
        inne artykuły z
    """,
    "crosslink_label": """
        czytaj także
        czytaj też
        czytaj również
        czytaj więcej
        przeczytaj także
        przeczytaj też
        przeczytaj również
        zobacz także
        zobacz też
        zobacz również
        zobacz
        czytaj
    """,
    "consent": """
        używamy plików cookie
        ta strona używa plików cookie
        ta strona korzysta z plików cookie
        ta strona wykorzystuje pliki cookie
        korzystamy z plików cookie
        używamy ciasteczek
        cenimy twoją prywatność
        przechowywanie informacji na urządzeniu lub dostęp do nich
        ustawienia plików cookie
    """,
    "consent_button": """
        akceptuję wszystkie
        akceptuję
        zaakceptuj wszystkie
        odrzuć wszystkie
        akceptuję i przechodzę do serwisu
        przejdź do serwisu
    """,
    "newsletter": """
        zapisz się do newslettera
        zapisz się na newsletter
        zapisz się do naszego newslettera
        zamów newsletter
    """,
    "newsletter_weak": """
        twój adres e-mail
        adres e-mail
        zapisz się
    """,
    "newsletter_line_verb": """
        zapisz się
    """,
    "newsletter_line_noun": """
        newslettera
    """,
    "paywall": """
        masz już subskrypcję
        masz już konto
        dostępny dla subskrybentów
        dostępna dla subskrybentów
        tylko dla subskrybentów
        tylko dla prenumeratorów
        kup subskrypcję
        wykup dostęp
        aby czytać dalej
    """,
    "paywall_weak": """
        kup dostęp
        załóż konto
        nie masz konta
    """,
    "login_line": """
        zaloguj się
        zaloguj
        zarejestruj się
        wyloguj się
        wyloguj
        moje konto
        subskrybuj
        prenumerata
    """,
    "advertisement_label": """
        reklama
        artykuł sponsorowany
        materiał sponsorowany
        materiał partnera
        materiał promocyjny
        sponsorowane
    """,
    "affiliate": """
        linki afiliacyjne
        linki partnerskie
    """,
    "feedback": """
        czy ten artykuł był pomocny
        czy ten artykuł był przydatny
        czy artykuł był pomocny
        czy ta strona była pomocna
    """,
    "feedback_answer": """
        tak nie
    """,
    "comments_header": """
        komentarze
        dodaj komentarz
        napisz komentarz
        zostaw komentarz
        skomentuj
        komentarze czytelników
        dyskusja
    """,
    "comments_header_ending": """
        komentarze
    """,
    "comment_control": """
        odpowiedz
        zgłoś
        zgłoś naruszenie
        cytuj
    """,
    "reply_control": """
        odpowiedz
    """,
    "comment_field": """
        imię
        komentarz
        witryna internetowa
        strona internetowa
    """,
    "comment_form": """
        twój adres e-mail nie zostanie opublikowany
        wymagane pola są oznaczone
        opublikuj komentarz
    """,
    "comment_prompt": """
        aby dodać komentarz
        aby skomentować
        zaloguj się, aby komentować
    """,
    "comment_count_noun": """
        komentarz
        komentarze
        komentarzy
    """,
    "comment_count_label": """
        komentarze
    """,
    "comment_title_one": """
        jeden
        jedna
    """,
    "comment_title_noun": """
        komentarz
        komentarze
        komentarzy
        odpowiedź
        odpowiedzi
        myśl
    """,
    "comment_title_preposition": """
        do
    """,
    "answer_noun": """
        odpowiedzi
        odpowiedź
    """,
    "comment_author_verb": """
        pisze
        napisał
        napisała
    """,
    "says_verb": """
        napisał
        napisała
    """,
    "tag_label": """
        tagi
        tag
        kategorie
        kategoria
        tematy
        słowa kluczowe
    """,
    "footer_link": """
        polityka prywatności
        polityka cookies
        polityka plików cookie
        regulamin
        kontakt
        o nas
        redakcja
        mapa strony
        warunki korzystania
    """,
    "rights_reserved": """
        wszelkie prawa zastrzeżone
    """,
    "reserved_word": """
        zastrzeżone
    """,
    "publisher_phrase": """
        wydawcą serwisu jest
        właścicielem serwisu jest
    """,
    "company_form": r"""
        sp\.\s?z\s?o\.\s?o
    """,
    "tax_number_label": r"""
        \bnip[\s:]{0,3}\d{3}-?\d{3}-?\d{2}-?\d{2}
    """,
    "nav_line": """
        przejdź do treści
        przejdź do głównej treści
        strona główna
        szukaj
        wyszukaj
        zamknij
        pokaż więcej
        zobacz więcej
        rozwiń
    """,
    "browser_notice": """
        włącz javascript
        javascript jest wyłączony
    """,
    "post_link": """
        poprzedni artykuł
        następny artykuł
        poprzedni wpis
        następny wpis
    """,
    "page_turn": """
        następna
        poprzednia
        następny
        poprzedni
        dalej
        wstecz
    """,
    "page_turn_noun": """
        strona
        artykuł
        wpis
    """,
    "page_noun_before": """
        strona
        artykuł
    """,
    "page_turn_after": """
        następna
        poprzednia
    """,
    "page_turn_before": """
        następna
        poprzednia
        następny
        poprzedni
    """,
    "page_noun_after": """
        strona
        artykuł
        wpis
    """,
    "page_next": """
        dalej
        następna
    """,
    "page_count": r"""
        strona \d+ z \d+
    """,
    "byline_opener": """
        autor
        autorka
        opracowanie
        opracował
        opracowała
    """,
    "name_joiner": """
        i
    """,
    "author_box": """
        o autorze
        o autorce
    """,
    "author_about_opener": """
        o autorze
        o autorce
    """,
    "author_role": """
        dziennikarz dziennikarka redaktor redaktorka reporter reporterka publicysta publicystka
    """,
    "bio_verb": """
        jest
    """,
    "minute_word": """
        min
        minut
        minuty
    """,
    "read_word": """
        czytania
        lektury
    """,
    "reading_time_label": """
        czas czytania
        czas lektury
    """,
    "date_label": """
        opublikowano
        aktualizacja
        zaktualizowano
        data publikacji
        dodano
    """,
    "date_label_preposition": """
        dnia
    """,
    "date_preposition": """
        dnia
    """,
    "weekday": """
        poniedziałek
        wtorek
        środa
        czwartek
        piątek
        sobota
        niedziela
    """,
    "month": """
        stycznia
        lutego
        marca
        kwietnia
        maja
        czerwca
        lipca
        sierpnia
        września
        października
        listopada
        grudnia
        styczeń
        luty
        marzec
        kwiecień
        maj
        czerwiec
        lipiec
        sierpień
        wrzesień
        październik
        listopad
        grudzień
        sty
        lut
        mar
        kwi
        cze
        lip
        sie
        wrz
        paź
        lis
        gru
    """,
    "time_preposition": """
        o
        godz.
    """,
    "relative_time": r"""
        \d+\s+(?:minut[ęy]?|godzin[ęy]?|dni|dzień|tygodni[ea]?)\s+temu$
    """,
    "caption_word": """
        fot
        źródło
        zdjęcie
    """,
    "photo_label": """
        źródło
        zdjęcie
        foto
    """,
    "photo_paren_label": """
        fot.
        foto
        źródło
    """,
    "photo_line_label": """
        fot
        foto
    """,
    "media_control": """
        galeria
        zobacz galerię
        przejdź do galerii
    """,
    "media_noun": """
        zdjęcie
    """,
    "position_of": """
        z
    """,
}
