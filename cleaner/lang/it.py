"""Italian (it): the words and phrases sites in Italian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "it"
NAME = "Italian"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        il lo gli uno una dei degli delle della dello di da e ed che chi cui dove è sono era
        stato essere ha hanno aveva egli lei loro noi voi io si non più per con su tra fra
        nel nella nei alle allo al anche come questo questa
    """,
    "share_verb": """
        condividi condivisioni stampa invia copia salva
    """,
    "share_filler": """
        questo questa articolo su per con il la e
    """,
    "share_prompt": """
        condividi questo articolo
    """,
    "share_count_noun": """
        condivisioni
    """,
    "new_window": """
        si apre in una nuova finestra
        si apre in una nuova scheda
        si apre in nuova finestra
        si apre in nuova scheda
    """,
    "follow_verb": """
        seguici
    """,
    "related_header": """
        leggi anche
        leggi pure
        potrebbe interessarti
        ti potrebbe interessare
        potrebbe interessarti anche
        articoli correlati
        notizie correlate
        correlati
        i più letti
        più letti
        più lette
        altri articoli
        altre notizie
        ultime notizie
        articoli recenti
        consigliati
        ti consigliamo
        potrebbero interessarti
        da non perdere
        prodotti simili
        articoli simili
        prodotti correlati
        spesso comprati insieme
        i clienti hanno acquistato anche
        chi ha acquistato questo articolo ha acquistato anche
        visti di recente
        prodotti visti di recente
    """,
    "related_header_prefix": """
        altro da
        altri articoli di
        altri articoli su
    """,
    "crosslink_label": """
        leggi anche
        leggi
        vedi anche
        guarda
        correlato
        correlati
    """,
    "consent": """
        archiviare e/o accedere a informazioni su un dispositivo
        cookie strettamente necessari
        cookie funzionali
        cookie di prestazione
        cookie analitici
        utilizziamo i cookie
        usiamo i cookie
        questo sito utilizza cookie
        questo sito utilizza i cookie
        questo sito usa i cookie
        informativa sui cookie
    """,
    "consent_button": """
        accetta tutti
        rifiuta tutti
    """,
    "newsletter": """
        alla nostra newsletter
        iscriviti alla newsletter
        iscriviti alla nostra newsletter
    """,
    "newsletter_weak": """
        iscriviti
        la tua email
        indirizzo email
    """,
    "paywall": """
        sei già abbonato
        abbonati per continuare
        contenuto riservato agli abbonati
    """,
    "paywall_weak": """
        crea un account
    """,
    "login_line": """
        accedi
        registrati
        il mio account
        abbonati
    """,
    "advertisement_label": """
        pubblicità
        sponsorizzato
    """,
    "affiliate": """
        link di affiliazione
        link affiliati
    """,
    "feedback": """
        questo articolo ti è stato utile
        questa pagina ti è stata utile
    """,
    "feedback_answer": """
        sì no
    """,
    "comments_header": """
        commenti
        commento
        lascia un commento
        lascia una risposta
    """,
    "comments_header_ending": """
        commenti
    """,
    "comment_control": """
        rispondi
        segnala
        mi piace
    """,
    "reply_control": """
        rispondi
    """,
    "comment_field": """
        nome
        sito web
        valutazione
    """,
    "comment_form": """
        invia commento
        il tuo indirizzo email non sarà pubblicato
        i campi obbligatori sono contrassegnati
    """,
    "comment_prompt": """
        accedi per commentare
    """,
    "comment_count_noun": """
        commenti
    """,
    "comment_count_label": """
        commenti
    """,
    "comment_title_one": """
        un
        una
    """,
    "comment_title_noun": """
        commenti
        commento
        pensieri
        pensiero
    """,
    "comment_title_preposition": """
        su
        a
    """,
    "answer_noun": """
        risposte
        risposta
    """,
    "comment_author_verb": """
        scrive
        ha scritto
    """,
    "says_verb": """
        dice
    """,
    "tag_label": """
        argomenti
        categorie
        parole chiave
    """,
    "footer_link": """
        note legali
        informativa privacy
        contatti
        chi siamo
    """,
    "disclaimer": """
        non sostituisce il parere medico
    """,
    "rights_reserved": """
        tutti i diritti riservati
    """,
    "reserved_word": """
        riservati
    """,
    "tax_number_label": r"""
        \bp\.\s?iva[\s:]{0,3}\d{11}\b
    """,
    "nav_line": """
        scopri di più
        acquista ora
        vai al contenuto
        salta al contenuto
        home page
        cerca
        chiudi
    """,
    "browser_notice": """
        abilita javascript nel tuo browser
    """,
    "post_link": """
        articolo precedente
        articolo successivo
    """,
    "page_turn": """
        successivo
        precedente
    """,
    "page_turn_noun": """
        pagina
        articolo
    """,
    "page_noun_before": """
        pagina
        articolo
    """,
    "page_turn_after": """
        successiva
        successivo
        precedente
    """,
    "page_next": """
        successivo
    """,
    "page_count": r"""
        pagina \d+ di \d+
    """,
    "byline_opener": """
        di
    """,
    "name_joiner": """
        e
        da
        di
        del
    """,
    "author_box": """
        l'autore
        sull'autore
    """,
    "author_about_opener": """
        a proposito di
    """,
    "author_role": """
        giornalista redattore
    """,
    "bio_verb": """
        è
    """,
    "minute_word": """
        minuti
    """,
    "read_word": """
        di lettura
    """,
    "reading_time_label": """
        tempo di lettura
    """,
    "date_label": """
        pubblicato
        aggiornato
    """,
    "date_label_preposition": """
        il
    """,
    "date_preposition": """
        il
    """,
    "weekday": """
        lunedì
        martedì
        mercoledì
        giovedì
        venerdì
        sabato
        domenica
    """,
    "month": """
        gennaio
        febbraio
        marzo
        aprile
        maggio
        giugno
        luglio
        agosto
        settembre
        ottobre
        novembre
        dicembre
        gen
        feb
        mar
        apr
        mag
        giu
        lug
        ago
        set
        ott
        nov
        dic
    """,
    "time_preposition": """
        alle
        ore
    """,
    "relative_time": r"""
        \d+\s+(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei])\s+fa$
    """,
    "caption_word": """
        fonte
        foto
    """,
    "photo_label": """
        foto
        fonte
    """,
    "photo_paren_label": """
        foto
    """,
    "media_control": """
        galleria
    """,
    "media_noun": """
        immagine
        foto
    """,
    "position_of": """
        di
    """,
}
