"""German (de): the words and phrases sites in German print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "de"
NAME = "German"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie
        ist sind war waren wird werden wurde wurden hat haben hatte sich nicht auch auf aus
        bei mit nach von vor zu zum zur im in an am um für über unter durch noch nur schon
        es er sie wir ihr ich man dass daß so doch dann dort hier sein seine ihre dieser
        diese
    """,
    "share_verb": """
        teilen geteilt twittern drucken merken senden kopieren
    """,
    "share_filler": """
        diesen dieser diese den artikel beitrag seite auf per mit link
    """,
    "share_prompt": """
        diesen artikel teilen
        artikel teilen
    """,
    "share_count_noun": """
        teilungen
        mal geteilt
    """,
    "new_window": """
        öffnet sich in einem neuem fenster
        öffnet sich in einem neuem tab
        öffnet sich in einem neuen fenster
        öffnet sich in einem neuen tab
        öffnet sich in neuem fenster
        öffnet sich in neuem tab
        öffnet sich in neuen fenster
        öffnet sich in neuen tab
        öffnet in einem neuem fenster
        öffnet in einem neuem tab
        öffnet in einem neuen fenster
        öffnet in einem neuen tab
        öffnet in neuem fenster
        öffnet in neuem tab
        öffnet in neuen fenster
        öffnet in neuen tab
    """,
    "follow_verb": """
        folgt folgen
    """,
    "related_header": """
        mehr zum thema
        mehr zu diesem thema
        das könnte sie auch interessieren
        das könnte dich auch interessieren
        das könnte ihnen auch gefallen
        auch interessant
        ebenfalls interessant
        weitere artikel
        weitere themen
        weitere nachrichten
        weitere beiträge
        ähnliche artikel
        ähnliche beiträge
        verwandte artikel
        verwandte themen
        lesen sie auch
        lesen sie mehr
        lies auch
        meistgelesen
        meistgelesene artikel
        am meisten gelesen
        meist gelesen
        empfehlungen
        unsere empfehlungen
        empfohlene artikel
        top-themen
        top themen
        neueste artikel
        neueste beiträge
        aktuelle beiträge
        beliebte beiträge
        beliebte artikel
        ähnliche produkte
        ähnliche artikel ansehen
        wird oft zusammen gekauft
        häufig zusammen gekauft
        kunden kauften auch
        kunden, die diesen artikel gekauft haben, kauften auch
        zuletzt angesehen
        zuletzt angesehene artikel
        zuletzt angesehene produkte
    """,
    "related_header_prefix": """
        mehr aus
        mehr von
        mehr zu
        mehr über
        mehr zum
        mehr zur
        weitere artikel aus
        weitere artikel von
        weitere artikel zu
        weitere artikel zum
        weitere nachrichten aus
        weitere nachrichten von
        weitere nachrichten zu
        weitere nachrichten zum
        weitere beiträge aus
        weitere beiträge von
        weitere beiträge zu
        weitere beiträge zum
    """,
    "crosslink_label": """
        lesen sie auch
        lesen sie mehr
        lies auch
        mehr zum thema
        auch interessant
        siehe auch
        video
    """,
    "consent": """
        informationen auf einem gerät speichern und/oder abrufen
        wir verwenden cookies
        technisch notwendige cookies
        funktionale cookies
        statistik-cookies
        wir nutzen cookies
        diese website verwendet cookies
        diese webseite verwendet cookies
        cookie-einstellungen
        cookie einstellungen
        datenschutzeinstellungen
        einwilligung verwalten
    """,
    "consent_button": """
        alle akzeptieren
        alle ablehnen
        verwendung von cookies
    """,
    "newsletter": """
        in unseren newsletter
        unseren newsletter
        newsletter ein
        zum newsletter
        mit der anmeldung akzeptierst
        mit der anmeldung akzeptieren sie
        newsletter abonnieren
        zum newsletter anmelden
        melden sie sich für unseren newsletter an
    """,
    "newsletter_weak": """
        ihre e-mail-adresse
        e-mail-adresse
        jetzt abonnieren
        jetzt anmelden
    """,
    "paywall": """
        weiterlesen mit
        bereits abonnent
        bereits registriert
        jetzt registrieren
        kostenlos registrieren
    """,
    "paywall_weak": """
        jetzt testen
        abonnieren sie
    """,
    "login_line": """
        anmelden
        abmelden
        einloggen
        registrieren
        mein konto
        abonnieren
        abo
    """,
    "advertisement_label": """
        anzeige
        werbung
        gesponsert
    """,
    "affiliate": """
        provisions-links
        affiliate-links
        partnerlinks
        provisionslinks
    """,
    "feedback": """
        war dieser artikel hilfreich
        war diese seite hilfreich
        war das hilfreich
    """,
    "feedback_answer": """
        ja nein
    """,
    "comments_header": """
        kommentare
        kommentar
        kommentieren
        kommentar schreiben
        schreibe einen kommentar
        hinterlasse einen kommentar
        schreiben sie einen kommentar
        kommentare anzeigen
        diskussion
        leserkommentare
    """,
    "comments_header_ending": """
        kommentare
    """,
    "comment_control": """
        antworten
        melden
        gefällt mir
    """,
    "reply_control": """
        antworten
    """,
    "comment_field": """
        webseite
    """,
    "comment_form": """
        kommentar abschicken
        ihre e-mail-adresse wird nicht veröffentlicht
        deine e-mail-adresse wird nicht veröffentlicht
        erforderliche felder sind mit
    """,
    "comment_prompt": """
        jetzt kommentieren
        kommentar verfassen
        um kommentare schreiben zu können
        zum kommentieren anmelden
        um zu kommentieren
    """,
    "comment_count_noun": """
        kommentar
        kommentare
    """,
    "comment_count_label": """
        kommentare
    """,
    "comment_title_one": """
        ein
        eine
    """,
    "comment_title_noun": """
        kommentar
        kommentare
        gedanke
        gedanken
        antworten
    """,
    "comment_title_preposition": """
        zu
    """,
    "answer_noun": """
        antworten
        antwort
    """,
    "comment_author_verb": """
        sagt
        schreibt
    """,
    "says_verb": """
        sagt
    """,
    "tag_label": """
        schlagwörter
        schlagworte
        stichwörter
        themen
        kategorie
        kategorien
    """,
    "footer_link": """
        impressum
        datenschutz
        datenschutzerklärung
        nutzungsbedingungen
        agb
        kontakt
        über uns
    """,
    "disclaimer": """
        dient nur der information
        ersetzt keine ärztliche beratung
    """,
    "rights_reserved": """
        alle rechte vorbehalten
    """,
    "reserved_word": """
        vorbehalten
    """,
    "tax_number_label": r"""
        \bust-idnr\.?[\s:]{0,3}[a-z]{0,2}\s?\d{8,}
    """,
    "nav_line": """
        mehr erfahren
        jetzt kaufen
        jetzt buchen
        zum inhalt springen
        zum hauptinhalt springen
        direkt zum inhalt
        zur navigation
        startseite
        suche
        schließen
        navigation öffnen
    """,
    "browser_notice": """
        bitte aktivieren sie javascript
        javascript ist deaktiviert
    """,
    "post_link": """
        vorheriger beitrag
        nächster beitrag
        vorheriger artikel
        nächster artikel
    """,
    "page_turn": """
        weiter
        zurück
        vorherige
        nächste
    """,
    "page_turn_noun": """
        seite
        artikel
        beitrag
    """,
    "page_noun_before": """
        seite
        artikel
        beitrag
    """,
    "page_turn_after": """
        nächste
        vorherige
    """,
    "page_turn_before": """
        nächster
        vorheriger
        nächste
        vorherige
    """,
    "page_noun_after": """
        artikel
        beitrag
        seite
    """,
    "page_next": """
        weiter
    """,
    "page_count": r"""
        seite \d+ von \d+
    """,
    "byline_opener": """
        von
        autor
    """,
    "name_joiner": """
        und
        von
        der
    """,
    "author_box": """
        über den autor
        über die autorin
        zur person
    """,
    "author_about_opener": """
        über
    """,
    "author_role": """
        redakteur redakteurin
    """,
    "bio_verb": """
        ist
    """,
    "minute_word": """
        minuten
    """,
    "read_word": """
        lesezeit
        lesen
    """,
    "reading_time_label": """
        lesezeit
    """,
    "date_label": """
        veröffentlicht
        aktualisiert
    """,
    "date_label_preposition": """
        am
    """,
    "date_preposition": """
        am
    """,
    "weekday": """
        montag
        dienstag
        mittwoch
        donnerstag
        freitag
        samstag
        sonnabend
        sonntag
    """,
    "month": """
        januar
        februar
        märz
        april
        mai
        juni
        juli
        august
        september
        oktober
        november
        dezember
        jan
        feb
        mär
        apr
        jun
        jul
        aug
        sep
        sept
        okt
        nov
        dez
    """,
    "time_preposition": """
        um
    """,
    "clock_suffix": """
        uhr
    """,
    "relative_time": r"""
        vor\s+\d+\s+(?:minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)$
    """,
    "caption_word": """
        foto
        bild
        quelle
    """,
    "photo_label": """
        foto
        bild
        quelle
    """,
    "photo_line_label": """
        foto
        bild
    """,
    "media_control": """
        zur galerie
        bildergalerie
    """,
    "media_noun": """
        bild
        foto
    """,
    "position_of": """
        von
    """,
}
