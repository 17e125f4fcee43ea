"""Dutch (nl): the words and phrases sites in Dutch print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "nl"
NAME = "Dutch"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        de het een en of maar dat die wie wat waar is zijn was waren wordt worden werd heeft
        hebben had hij zij wij jullie ik je niet ook op uit bij met naar van voor te in aan
        om over onder door nog al er dit deze
    """,
    "share_verb": """
        delen deel gedeeld printen kopieer kopiëren
    """,
    "share_filler": """
        dit deze artikel bericht recept via op met
    """,
    "share_prompt": """
        deel dit artikel
    """,
    "share_count_noun": """
        keer gedeeld
    """,
    "new_window": """
        opent in een nieuw venster
        opent in een nieuw tabblad
        opent in nieuw venster
        opent in nieuw tabblad
    """,
    "follow_verb": """
        volg
    """,
    "related_header": """
        lees ook
        lees meer
        lees verder
        gerelateerd
        gerelateerde artikelen
        gerelateerde berichten
        gerelateerd nieuws
        meest gelezen
        meest bekeken
        dit vind je misschien ook leuk
        misschien ook interessant
        ook interessant
        meer nieuws
        meer artikelen
        meer over dit onderwerp
        aanbevolen
        aanbevolen artikelen
        populair
        recente berichten
        laatste nieuws
        vergelijkbare producten
        soortgelijke artikelen
        soortgelijke producten
        gerelateerde producten
        vaak samen gekocht
        klanten kochten ook
        recent bekeken
        recent bekeken producten
    """,
    "related_header_prefix": """
        meer van
        meer over
        meer uit
    """,
    "crosslink_label": """
        lees ook
        lees meer
        bekijk ook
        zie ook
    """,
    "consent": """
        informatie op een apparaat opslaan en/of openen
        strikt noodzakelijke cookies
        functionele cookies
        analytische cookies
        wij gebruiken cookies
        we gebruiken cookies
        deze website gebruikt cookies
        deze site gebruikt cookies
        alle cookies accepteren
        cookie-instellingen
    """,
    "consent_button": """
        alles accepteren
        alles weigeren
        accepteren en sluiten
        gebruik van cookies
    """,
    "newsletter": """
        op onze nieuwsbrief
        schrijf je in voor de nieuwsbrief
        schrijf je in voor onze nieuwsbrief
        meld je aan voor de nieuwsbrief
        abonneer je op de nieuwsbrief
    """,
    "newsletter_weak": """
        je e-mailadres
    """,
    "paywall": """
        al abonnee
        word abonnee
        lees verder met
    """,
    "paywall_weak": """
        maak een account aan
    """,
    "login_line": """
        inloggen
        registreren
        mijn account
        abonneren
    """,
    "advertisement_label": """
        advertentie
        gesponsord
    """,
    "affiliate": """
        affiliatelinks
    """,
    "feedback": """
        was dit artikel nuttig
        was deze pagina nuttig
        heb je hier iets aan gehad
    """,
    "feedback_answer": """
        ja nee
    """,
    "comments_header": """
        reacties
        reactie
        plaats een reactie
        geef een reactie
        laat een reactie achter
    """,
    "comments_header_ending": """
        reacties
    """,
    "comment_control": """
        reageren
        beantwoorden
        melden
    """,
    "reply_control": """
        beantwoorden
        reageren
    """,
    "comment_field": """
        naam
        e-mailadres
    """,
    "comment_form": """
        plaats reactie
        reactie plaatsen
        je e-mailadres wordt niet gepubliceerd
        vereiste velden zijn gemarkeerd
    """,
    "comment_prompt": """
        log in om te reageren
    """,
    "comment_count_noun": """
        reacties
    """,
    "comment_count_label": """
        reacties
    """,
    "comment_title_one": """
        één
        eén
        een
    """,
    "comment_title_noun": """
        reactie
        reacties
        gedachte
        gedachten
    """,
    "comment_title_preposition": """
        over
        op
    """,
    "answer_noun": """
        antwoorden
        antwoord
    """,
    "comment_author_verb": """
        zegt
        schreef
    """,
    "says_verb": """
        zegt
    """,
    "tag_label": """
        trefwoorden
        onderwerpen
        categorieën
    """,
    "footer_link": """
        privacybeleid
        algemene voorwaarden
        over ons
    """,
    "disclaimer": """
        vervangt geen medisch advies
    """,
    "rights_reserved": """
        alle rechten voorbehouden
    """,
    "reserved_word": """
        voorbehouden
    """,
    "nav_line": """
        meer informatie
        bestel nu
        naar de inhoud
        ga naar de inhoud
        direct naar de inhoud
        zoeken
        sluiten
    """,
    "browser_notice": """
        schakel javascript in
    """,
    "post_link": """
        vorige
        volgende
        vorig bericht
        volgend bericht
    """,
    "page_turn": """
        volgende
        vorige
    """,
    "page_turn_noun": """
        pagina
        bericht
    """,
    "page_noun_before": """
        pagina
        bericht
    """,
    "page_turn_after": """
        volgende
        vorige
    """,
    "page_turn_before": """
        volgend
        vorig
        volgende
        vorige
    """,
    "page_noun_after": """
        bericht
        pagina
    """,
    "page_next": """
        volgende
    """,
    "page_count": r"""
        pagina \d+ van \d+
    """,
    "byline_opener": """
        door
    """,
    "name_joiner": """
        en
        van
        de
        der
    """,
    "author_box": """
        over de auteur
    """,
    "author_about_opener": """
        over
    """,
    "author_role": """
        redacteur verslaggever
    """,
    "bio_verb": """
        is een
    """,
    "minute_word": """
        minuten
    """,
    "read_word": """
        leestijd
    """,
    "reading_time_label": """
        leestijd
    """,
    "date_label": """
        gepubliceerd
        bijgewerkt
        geplaatst
    """,
    "date_label_preposition": """
        op
    """,
    "date_preposition": """
        op
    """,
    "weekday": """
        maandag
        dinsdag
        woensdag
        donderdag
        vrijdag
        zaterdag
        zondag
    """,
    "month": """
        januari
        februari
        maart
        april
        mei
        juni
        juli
        augustus
        september
        oktober
        november
        december
        jan
        feb
        mrt
        apr
        jun
        jul
        aug
        sep
        sept
        okt
        nov
        dec
    """,
    "time_preposition": """
        om
    """,
    "relative_time": r"""
        \d+\s+(?:minuut|minuten|uur|dag|dagen|weken|week|maand|maanden)\s+geleden$
    """,
    "caption_word": """
        foto
        beeld
    """,
    "photo_label": """
        foto
        beeld
    """,
    "media_control": """
        galerij
    """,
    "media_noun": """
        afbeelding
        foto
    """,
    "position_of": """
        van
    """,
}
