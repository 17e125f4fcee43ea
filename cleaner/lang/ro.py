"""Romanian (ro): the words and phrases sites in Romanian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ro"
NAME = "Romanian"
SCRIPT = "latin"

# A byline may open with "de" ("de Ion Popescu"), but so do sentences and
# headings ("De Ziua Națională, ..."): only "Autor" and "scris de" open one. A
# comment's author line ("Ion spune:") is also how an article brings in a
# quote ("Ministrul spune:"): no author verb with its colon.
CONCEPTS: dict[str, str] = {
    "function_word": """
        și în de la cu pe este nu o un mai din pentru să că au fost se
        al ale lui ei el dar sau dacă când după despre prin până foarte
        acest această acum deja sunt
    """,
    "share_verb": """
        distribuie trimite printează tipărește copiază
    """,
    "share_filler": """
        pe link linkul articolul email prin
    """,
    "share_prompt": """
        distribuie articolul
    """,
    "share_count_noun": """
        distribuiri
    """,
    "new_window": """
        se deschide într-o fereastră nouă
        se deschide într-o filă nouă
    """,
    "follow_verb": """
        urmărește urmăriți
    """,
    "related_header": """
        citește și
        citiți și
        articole similare
        articole recomandate
        cele mai citite
        știri recomandate
        ți-ar putea plăcea și
        s-ar putea să te intereseze
        mai multe știri
        ultimele știri
        pe aceeași temă
    """,
    "related_header_prefix": """
        mai multe din
        mai multe despre
        alte știri din
    """,
    "crosslink_label": """
        citește și
        citiți și
        vezi și
        citește mai mult
    """,
    "consent": """
        acest site folosește cookie-uri
        acest site utilizează cookie-uri
        folosim cookie-uri
        utilizăm cookie-uri
        setări cookie-uri
    """,
    "consent_button": """
        accept toate
        acceptă toate
        refuz toate
    """,
    "newsletter": """
        abonează-te la newsletter
        abonați-vă la newsletter
        abonează-te la newsletterul nostru
        înscrie-te la newsletter
    """,
    "newsletter_weak": """
        adresa ta de email
        adresa de e-mail
    """,
    "newsletter_line_verb": """
        abonează-te
        abonați-vă
        înscrie-te
    """,
    "newsletter_line_noun": """
        newsletter
        newsletterul nostru
    """,
    "paywall": """
        pentru a citi articolul complet
        acest articol este disponibil doar pentru abonați
        ești deja abonat
        abonează-te pentru a continua
    """,
    "paywall_weak": """
        abonează-te acum
        ai deja cont
    """,
    "login_line": """
        autentificare
        conectare
        intră în cont
        contul meu
        înregistrare
        abonează-te
        deconectare
    """,
    "advertisement_label": """
        publicitate
        reclamă
        advertorial
        conținut sponsorizat
    """,
    "feedback": """
        a fost util acest articol
        ți-a fost util acest articol
        vi s-a părut util
    """,
    "feedback_answer": """
        da
        nu
    """,
    "comments_header": """
        comentarii
        comentează
        lasă un comentariu
        scrie un comentariu
        adaugă un comentariu
        afișează comentariile
    """,
    "comments_header_ending": """
        comentarii
    """,
    "comment_control": """
        răspunde
        raportează
        îmi place
    """,
    "reply_control": """
        răspunde
    """,
    "comment_field": """
        nume
        email
        site web
    """,
    "comment_form": """
        adresa ta de email nu va fi publicată
        câmpurile obligatorii sunt marcate
        publică comentariul
        trimite comentariul
    """,
    "comment_prompt": """
        trebuie să fii autentificat pentru a publica un comentariu
        autentifică-te pentru a comenta
        fii primul care comentează
    """,
    "comment_count_noun": """
        comentarii
        comentariu
    """,
    "comment_count_label": """
        comentarii
    """,
    "comment_title_one": """
        un
    """,
    "comment_title_noun": """
        răspuns
        răspunsuri
        comentarii
    """,
    "comment_title_preposition": """
        la
    """,
    "says_verb": """
        spune
    """,
    "tag_label": """
        etichete
        tag-uri
        taguri
        categorii
        categorie
        subiecte
    """,
    "footer_link": """
        politica de confidențialitate
        termeni și condiții
        politica de cookie-uri
        contact
        despre noi
        anpc
    """,
    "rights_reserved": """
        toate drepturile rezervate
    """,
    "reserved_word": """
        rezervate
    """,
    "tax_number_label": r"""
        \bcui[\s:]{0,3}(?:ro)?\s?\d{6,10}\b
    """,
    "nav_line": """
        sari la conținut
        meniu
        caută
        căutare
        închide
        acasă
        prima pagină
        vezi mai multe
        încarcă mai multe
    """,
    "browser_notice": """
        activează javascript
        javascript este dezactivat
    """,
    "post_link": """
        articolul anterior
        articolul următor
        articol anterior
        articol următor
    """,
    "page_turn": """
        înainte
        înapoi
        următoarea
    """,
    "page_noun_before": """
        pagina
        articolul
    """,
    "page_turn_after": """
        următoare
        anterioară
        următor
        anterior
    """,
    "page_next": """
        următoarea
    """,
    "page_count": r"""
        pagina \d+ din \d+
    """,
    "byline_opener": """
        autor
        scris de
    """,
    "name_joiner": """
        și
    """,
    "author_box": """
        despre autor
    """,
    "author_role": """
        jurnalist jurnalistă reporter redactor editor
    """,
    "bio_verb": """
        este
    """,
    "minute_word": """
        minute
    """,
    "read_word": """
        citire
    """,
    "reading_time_label": """
        timp de citire
    """,
    "date_label": """
        publicat
        actualizat
    """,
    "weekday": """
        luni
        marți
        miercuri
        joi
        vineri
        sâmbătă
        duminică
    """,
    "month": """
        ianuarie
        februarie
        martie
        aprilie
        mai
        iunie
        iulie
        august
        septembrie
        octombrie
        noiembrie
        decembrie
    """,
    "time_preposition": """
        ora
    """,
    "relative_time": r"""
        (?:(?:publicat|actualizat)\s+)?acum\s+(?:\d+|o|un)\s+(?:minute|minut|ore|oră|zile|zi|săptămâni|săptămână)$
    """,
    "caption_word": """
        foto
    """,
    "photo_label": """
        foto
        sursa foto
    """,
    "photo_line_label": """
        foto
    """,
    "photo_agency": """
        agerpres
        inquam photos
    """,
    "media_control": """
        galerie foto
        vezi galeria
    """,
    "media_noun": """
        foto
        imagine
    """,
    "position_of": """
        din
    """,
}
