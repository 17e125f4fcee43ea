"""Czech (cs): the words and phrases sites in Czech print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "cs"
NAME = "Czech"
SCRIPT = "latin"

# A comment's author line ("Jan napsal:") is also how an article brings in a
# quote: no comment author verb.
CONCEPTS: dict[str, str] = {
    "function_word": """
        a v se na je že to jako ale by byl byla jsou pro z do o po za od
        jsem být jeho její který která které také jen už ještě jak když nebo než
        tak tento této tím jejich bude bylo byli při mezi podle ve ze
    """,
    "share_verb": """
        sdílet sdílejte tisk vytisknout kopírovat poslat
    """,
    "share_filler": """
        na facebooku článek článku odkaz emailem mailem přes
    """,
    "share_prompt": """
        sdílet článek
        sdílejte článek
    """,
    "share_count_noun": """
        sdílení
    """,
    "new_window": """
        otevře se v novém okně
        otevře se na nové kartě
    """,
    "follow_verb": """
        sledujte
    """,
    "related_header": """
        čtěte také
        čtěte též
        přečtěte si také
        související články
        související
        nejčtenější
        nejčtenější články
        mohlo by vás zajímat
        další články
        doporučujeme
        nejnovější
        podobné články
        zákazníci také koupili
    """,
    "related_header_prefix": """
        více z
        více o
        další z rubriky
        další články z
    """,
    "crosslink_label": """
        čtěte také
        čtěte též
        přečtěte si také
        související
    """,
    "consent": """
        používáme soubory cookie
        tento web používá soubory cookie
        tento web používá cookies
        používáme cookies
        nastavení cookies
        nastavení souborů cookie
    """,
    "consent_button": """
        přijmout vše
        odmítnout vše
        povolit vše
        přijmout všechny cookies
    """,
    "newsletter": """
        přihlaste se k odběru newsletteru
        odebírejte náš newsletter
        přihlaste se k odběru novinek
        přihlásit k odběru newsletteru
    """,
    "newsletter_weak": """
        váš e-mail
        zadejte svůj e-mail
        přihlásit k odběru
    """,
    "newsletter_line_verb": """
        odebírejte
        přihlaste se
    """,
    "newsletter_line_noun": """
        newsletter
        newsletteru
    """,
    "paywall": """
        pro pokračování ve čtení
        článek je dostupný pouze pro předplatitele
        jste již předplatitel
        staňte se předplatitelem
        přihlaste se a čtěte dál
    """,
    "paywall_weak": """
        vyzkoušet zdarma
        předplaťte si
    """,
    "login_line": """
        přihlásit se
        přihlášení
        odhlásit se
        můj účet
        registrace
        předplatné
        zaregistrovat se
    """,
    "advertisement_label": """
        reklama
        inzerce
        komerční sdělení
        sponzorovaný obsah
        pr článek
    """,
    "affiliate": """
        obsahuje affiliate odkazy
        partnerské odkazy
    """,
    "feedback": """
        byl pro vás tento článek užitečný
        byl tento článek užitečný
        pomohl vám tento článek
    """,
    "feedback_answer": """
        ano
        ne
    """,
    "comments_header": """
        komentáře
        diskuse
        diskuze
        přidat komentář
        napsat komentář
        napište komentář
        vstoupit do diskuse
        zobrazit komentáře
    """,
    "comments_header_ending": """
        komentáře
        diskuse
    """,
    "comment_control": """
        odpovědět
        nahlásit
        líbí se mi
    """,
    "reply_control": """
        odpovědět
    """,
    "comment_field": """
        jméno
        e-mail
        webová stránka
    """,
    "comment_form": """
        vaše e-mailová adresa nebude zveřejněna
        povinné údaje jsou označeny
        odeslat komentář
    """,
    "comment_prompt": """
        pro přidání komentáře se musíte přihlásit
        pro vložení komentáře se musíte přihlásit
        buďte první, kdo přidá komentář
    """,
    "comment_count_noun": """
        komentářů
        komentáře
        komentář
        příspěvků
    """,
    "comment_count_label": """
        diskuse
        komentáře
        komentářů
    """,
    "tag_label": """
        štítky
        tagy
        témata
        rubrika
        kategorie
        klíčová slova
    """,
    "footer_link": """
        kontakt
        kontakty
        o nás
        ochrana osobních údajů
        zásady ochrany osobních údajů
        podmínky užití
        obchodní podmínky
        nastavení soukromí
    """,
    "rights_reserved": """
        všechna práva vyhrazena
    """,
    "reserved_word": """
        vyhrazena
    """,
    "publisher_phrase": """
        vydavatel
        provozovatel
        vydává
    """,
    "company_form": r"""
        s\.\s?r\.\s?o
        a\.\s?s
    """,
    "tax_number_label": r"""
        \bičo?\s*:?\s*\d{8}\b
        \bdič\s*:?\s*cz\d{8,10}\b
    """,
    "nav_line": """
        přejít k obsahu
        přeskočit na obsah
        hledat
        vyhledávání
        zavřít
        úvodní stránka
        zobrazit více
        načíst další
    """,
    "browser_notice": """
        povolte javascript
        máte vypnutý javascript
    """,
    "post_link": """
        předchozí článek
        následující článek
        předchozí příspěvek
        další příspěvek
        další článek
    """,
    "page_turn": """
        další
        předchozí
        následující
    """,
    "page_turn_noun": """
        strana
        stránka
        článek
        příspěvek
    """,
    "page_next": """
        další
    """,
    "page_count": r"""
        strana \d+ z \d+
    """,
    "byline_opener": """
        autor
        autorka
    """,
    "name_joiner": """
        a
    """,
    "author_box": """
        o autorovi
        o autorce
    """,
    "author_role": """
        redaktor redaktorka novinář novinářka reportér reportérka
    """,
    "bio_verb": """
        je
    """,
    "minute_word": """
        minut
        minuty
    """,
    "read_word": """
        čtení
    """,
    "reading_time_label": """
        doba čtení
        čtení na
    """,
    "date_label": """
        publikováno
        aktualizováno
        vydáno
        aktualizace
    """,
    "date_label_preposition": """
        dne
    """,
    "weekday": """
        pondělí
        úterý
        středa
        čtvrtek
        pátek
        sobota
        neděle
    """,
    "month": """
        ledna
        února
        března
        dubna
        května
        června
        července
        srpna
        září
        října
        listopadu
        prosince
    """,
    "time_preposition": """
        v
    """,
    "relative_time": r"""
        (?:(?:publikováno|aktualizováno)\s+)?před\s+\d+\s+(?:minutami|minutou|hodinami|hodinou|dny|dnem|týdny|týdnem)$
    """,
    "caption_word": """
        foto
    """,
    "photo_label": """
        foto
        ilustrační foto
    """,
    "photo_line_label": """
        foto
    """,
    "photo_agency": """
        čtk
        profimedia.cz
    """,
    "media_control": """
        fotogalerie
        zobrazit fotogalerii
        přehrát video
    """,
    "media_noun": """
        foto
        fotografie
    """,
    "position_of": """
        z
    """,
}
