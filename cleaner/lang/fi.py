"""Finnish (fi): the words and phrases sites in Finnish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "fi"
NAME = "Finnish"
SCRIPT = "latin"

# Finnish inflects the networks' names ("Jaa Facebookissa"): the inflected forms
# a share button prints are share filler. An author's bio says "on" ("Matti on
# toimittaja"), an English word too: no bio verb.
CONCEPTS: dict[str, str] = {
    "function_word": """
        ja on ei se että oli ovat hän mutta kun niin myös tai jos kuin sen joka
        mikä jo vielä nyt sitä tämä olla ole ollut voi kanssa mukaan
        jälkeen sekä siitä hänen he ne näin jotka joita kaikki mitä tässä
    """,
    "share_verb": """
        jaa tulosta kopioi
    """,
    "share_filler": """
        facebookissa twitterissä whatsappissa linkedinissä messengerissä
        linkki linkin artikkeli juttu sähköpostilla
    """,
    "share_prompt": """
        jaa artikkeli
        jaa juttu
    """,
    "share_count_noun": """
        jakoa
    """,
    "new_window": """
        avautuu uudessa ikkunassa
        avautuu uuteen ikkunaan
    """,
    "follow_verb": """
        seuraa
    """,
    "related_header": """
        lue myös
        lue lisää
        luetuimmat
        luetuimmat jutut
        uusimmat
        tuoreimmat
        suosittelemme
        samasta aiheesta
        aiheeseen liittyvät
        aiheeseen liittyvät artikkelit
        katso myös
        muut lukivat myös
        sinua voisi kiinnostaa
    """,
    "related_header_prefix": """
        lisää aiheesta
        lisää aiheista
    """,
    "crosslink_label": """
        lue myös
        lue lisää
        katso myös
    """,
    "consent": """
        käytämme evästeitä
        tämä sivusto käyttää evästeitä
        sivustomme käyttää evästeitä
        evästeasetukset
    """,
    "consent_button": """
        hyväksy kaikki
        hyväksy evästeet
        hylkää kaikki
        vain välttämättömät
    """,
    "newsletter": """
        tilaa uutiskirjeemme
        tilaa uutiskirje
        liity postituslistalle
        tilaa maksuton uutiskirje
    """,
    "newsletter_weak": """
        sähköpostiosoitteesi
        tilaa nyt
    """,
    "newsletter_line_verb": """
        tilaa
        liity
    """,
    "newsletter_line_noun": """
        uutiskirje
        uutiskirjeemme
        uutiskirjeen
    """,
    "paywall": """
        jatka lukemista tilaamalla
        onko sinulla jo tilaus
        lue koko juttu tilaajana
        tämä artikkeli on vain tilaajille
        kirjaudu sisään lukeaksesi
    """,
    "paywall_weak": """
        kokeile ilmaiseksi
        tilaajille
    """,
    "login_line": """
        kirjaudu
        kirjaudu sisään
        kirjaudu ulos
        oma tili
        tilaa
        luo tili
        rekisteröidy
    """,
    "advertisement_label": """
        mainos
        kaupallinen yhteistyö
        sponsoroitu
        maksettu mainos
    """,
    "affiliate": """
        sisältää affiliate-linkkejä
        kumppanilinkkejä
    """,
    "feedback": """
        oliko tästä apua
        oliko artikkelista apua
        oliko tämä artikkeli hyödyllinen
    """,
    "feedback_answer": """
        kyllä
        ei
    """,
    "comments_header": """
        kommentit
        kommentoi
        jätä kommentti
        kirjoita kommentti
        näytä kommentit
        lukijoiden kommentit
    """,
    "comments_header_ending": """
        kommentit
    """,
    "comment_control": """
        vastaa
        ilmoita asiaton
        tykkää
    """,
    "reply_control": """
        vastaa
    """,
    "comment_field": """
        nimi
        sähköposti
        kotisivu
    """,
    "comment_form": """
        sähköpostiosoitettasi ei julkaista
        pakolliset kentät on merkitty
        lähetä kommentti
    """,
    "comment_prompt": """
        kirjaudu sisään kommentoidaksesi
        sinun täytyy kirjautua sisään kommentoidaksesi
        ole ensimmäinen kommentoija
    """,
    "comment_count_noun": """
        kommenttia
        kommentti
    """,
    "comment_count_label": """
        kommentit
    """,
    "comment_title_one": """
        yksi
    """,
    "comment_title_noun": """
        kommentti
        kommenttia
    """,
    "comment_title_preposition": """
        artikkeliin
    """,
    "comment_author_verb": """
        sanoo
    """,
    "says_verb": """
        sanoo
    """,
    "tag_label": """
        avainsanat
        tagit
        aiheet
        kategoriat
        kategoria
    """,
    "footer_link": """
        tietosuojaseloste
        tietosuoja
        evästekäytäntö
        käyttöehdot
        yhteystiedot
        ota yhteyttä
        meistä
        mainosta meillä
        asiakaspalvelu
    """,
    "rights_reserved": """
        kaikki oikeudet pidätetään
    """,
    "reserved_word": """
        pidätetään
    """,
    "nav_line": """
        siirry sisältöön
        hyppää sisältöön
        valikko
        haku
        hae
        sulje
        etusivu
        näytä lisää
    """,
    "browser_notice": """
        ota javascript käyttöön
        javascript ei ole käytössä
    """,
    "post_link": """
        edellinen artikkeli
        seuraava artikkeli
        edellinen kirjoitus
        seuraava kirjoitus
    """,
    "page_turn": """
        seuraava
        edellinen
    """,
    "page_turn_noun": """
        sivu
        artikkeli
        kirjoitus
    """,
    "page_next": """
        seuraava
    """,
    "page_count": r"""
        sivu \d+\s*/\s*\d+
    """,
    "byline_opener": """
        teksti
        kirjoittaja
    """,
    "name_joiner": """
        ja
    """,
    "author_box": """
        kirjoittajasta
        tietoa kirjoittajasta
    """,
    "minute_word": """
        minuuttia
    """,
    "read_word": """
        lukuaika
    """,
    "reading_time_label": """
        lukuaika
    """,
    "date_label": """
        julkaistu
        päivitetty
    """,
    "weekday": """
        maanantai
        tiistai
        keskiviikko
        torstai
        perjantai
        lauantai
        sunnuntai
    """,
    "month": """
        tammikuuta
        helmikuuta
        maaliskuuta
        huhtikuuta
        toukokuuta
        kesäkuuta
        heinäkuuta
        elokuuta
        syyskuuta
        lokakuuta
        marraskuuta
        joulukuuta
    """,
    "time_preposition": """
        klo
    """,
    "relative_time": r"""
        (?:(?:julkaistu|päivitetty)\s+)?\d+\s+(?:minuuttia|min|tuntia|tunti|päivää|päivä|viikkoa|viikko)\s+sitten$
    """,
    "caption_word": """
        kuva
    """,
    "photo_label": """
        kuva
        kuvat
    """,
    "photo_line_label": """
        kuva
    """,
    "photo_agency": """
        lehtikuva
    """,
    "media_control": """
        katso kuvat
        kuvagalleria
        toista video
    """,
    "media_noun": """
        kuva
    """,
}
