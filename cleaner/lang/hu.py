"""Hungarian (hu): the words and phrases sites in Hungarian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "hu"
NAME = "Hungarian"
SCRIPT = "latin"

# Hungarian writes a date year first ("2024. március 12."), which the date line
# reads for every language. A comment's author line ("Anna szerint:") is also
# how an article brings in a quote ("A miniszter szerint:"): no author verb; an
# author's bio names the trade with no verb ("Kovács Anna a lap újságírója"):
# no bio verb either.
CONCEPTS: dict[str, str] = {
    "function_word": """
        a az és hogy nem is egy de meg van volt csak már még ha vagy pedig
        mert akkor ez azt ezt után szerint lesz lett kell nagyon sem amely amelyet
        aki ami között alatt mellett miatt most
    """,
    "share_verb": """
        megosztás megosztom nyomtatás küldés másolás másolása
    """,
    "share_filler": """
        facebookon twitteren linket link cikket e mailben
    """,
    "share_prompt": """
        cikk megosztása
        oszd meg
    """,
    "share_count_noun": """
        megosztás
    """,
    "new_window": """
        új ablakban nyílik meg
        új lapon nyílik meg
    """,
    "follow_verb": """
        kövess kövessen kövessétek
    """,
    "related_header": """
        kapcsolódó cikkek
        kapcsolódó
        ezek is érdekelhetik
        ez is érdekelheti
        ez is érdekelhet
        ajánljuk
        legolvasottabb
        legfrissebb
        további cikkek
        hasonló cikkek
        friss hírek
    """,
    "related_header_prefix": """
        további hírek
        további cikkek a
    """,
    "crosslink_label": """
        kapcsolódó
        ezt is ajánljuk
        olvasta már
    """,
    "consent": """
        ez a weboldal sütiket használ
        sütiket használunk
        a weboldal sütiket használ
        süti beállítások
        sütibeállítások
        cookie-kat használunk
    """,
    "consent_button": """
        elfogadom
        összes elfogadása
        mindet elfogadom
        összes elutasítása
    """,
    "newsletter": """
        iratkozz fel hírlevelünkre
        iratkozzon fel hírlevelünkre
        feliratkozás hírlevélre
        hírlevél feliratkozás
    """,
    "newsletter_weak": """
        e-mail címed
        e-mail cím
        feliratkozom
    """,
    "newsletter_line_verb": """
        iratkozz fel
        iratkozzon fel
    """,
    "newsletter_line_noun": """
        hírlevelünkre
        hírlevélre
    """,
    "paywall": """
        a cikk folytatásához
        a teljes cikk elolvasásához
        már előfizető
        fizess elő
        csak előfizetőink számára
    """,
    "paywall_weak": """
        előfizetek
        próbáld ki ingyen
    """,
    "login_line": """
        belépés
        bejelentkezés
        kijelentkezés
        regisztráció
        fiókom
        előfizetés
    """,
    "advertisement_label": """
        hirdetés
        reklám
        szponzorált tartalom
        támogatott tartalom
        pr-cikk
    """,
    "feedback": """
        hasznos volt ez a cikk
        hasznosnak találta ezt a cikket
        hasznos volt számodra
    """,
    "feedback_answer": """
        igen
        nem
    """,
    "comments_header": """
        hozzászólások
        kommentek
        hozzászólás
        szólj hozzá
        szóljon hozzá
        írj hozzászólást
        hozzászólás írása
        kommentek megjelenítése
    """,
    "comments_header_ending": """
        hozzászólások
        kommentek
    """,
    "comment_control": """
        válasz
        válaszol
        jelentés
        tetszik
    """,
    "reply_control": """
        válasz
    """,
    "comment_field": """
        név
        e-mail
        honlap
    """,
    "comment_form": """
        az e-mail címet nem tesszük közzé
        a kötelező mezőket
        hozzászólás küldése
    """,
    "comment_prompt": """
        a hozzászóláshoz be kell jelentkezni
        hozzászólás írásához jelentkezz be
    """,
    "comment_count_noun": """
        hozzászólás
        komment
    """,
    "comment_count_label": """
        hozzászólások
        kommentek
    """,
    "tag_label": """
        címkék
        címke
        kategória
        kategóriák
        témák
        kulcsszavak
    """,
    "footer_link": """
        impresszum
        adatvédelem
        adatvédelmi nyilatkozat
        adatkezelési tájékoztató
        felhasználási feltételek
        aszf
        kapcsolat
        médiaajánlat
        rólunk
        süti szabályzat
    """,
    "rights_reserved": """
        minden jog fenntartva
    """,
    "reserved_word": """
        fenntartva
    """,
    "publisher_phrase": """
        kiadó
        üzemeltető
    """,
    "company_form": r"""
        kft
        zrt
        nyrt
    """,
    "nav_line": """
        ugrás a tartalomra
        menü
        keresés
        bezárás
        kezdőlap
        címlap
        továbbiak
    """,
    "browser_notice": """
        engedélyezze a javascriptet
        a javascript ki van kapcsolva
    """,
    "post_link": """
        előző bejegyzés
        következő bejegyzés
        előző cikk
        következő cikk
    """,
    "page_turn": """
        következő
        előző
    """,
    "page_turn_noun": """
        oldal
        cikk
        bejegyzés
    """,
    "page_next": """
        következő
    """,
    "byline_opener": """
        szerző
    """,
    "name_joiner": """
        és
    """,
    "author_box": """
        a szerzőről
    """,
    "minute_word": """
        perc
    """,
    "read_word": """
        olvasás
        olvasási idő
    """,
    "reading_time_label": """
        olvasási idő
    """,
    "date_label": """
        publikálva
        frissítve
        közzétéve
        módosítva
    """,
    "weekday": """
        hétfő
        kedd
        szerda
        csütörtök
        péntek
        szombat
        vasárnap
    """,
    "month": """
        január
        február
        március
        április
        május
        június
        július
        augusztus
        szeptember
        október
        november
        december
        jan
        febr
        márc
        ápr
        máj
        jún
        júl
        aug
        szept
        okt
        nov
        dec
    """,
    "relative_time": r"""
        (?:(?:frissítve|publikálva)\s*:?\s+)?\d+\s+(?:perce|órája|napja|hete|hónapja)$
    """,
    "caption_word": """
        fotó
    """,
    "photo_label": """
        fotó
    """,
    "photo_line_label": """
        fotó
    """,
    "photo_agency": """
        mti
    """,
    "media_control": """
        galéria
        galéria megtekintése
        lejátszás
    """,
    "media_noun": """
        kép
        fotó
    """,
}
