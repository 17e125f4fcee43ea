"""French (fr): the words and phrases sites in French print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "fr"
NAME = "French"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        le la les un une des du de et ou mais que qui quoi dont où est sont était été être a
        ont avait il elle ils elles nous vous je on ce cette ces son sa ses leur leurs dans
        sur pour par avec sans sous entre plus pas ne se au aux en y comme aussi très
    """,
    "share_verb": """
        partager partagez partages imprimer envoyer copier
    """,
    "share_filler": """
        cet cette article sur par avec lien le la l
    """,
    "share_prompt": """
        partager cet article
        partagez cet article
    """,
    "share_count_noun": """
        partages
    """,
    "new_window": """
        s'ouvre dans une nouvelle fenêtre
        s'ouvre dans une nouvel onglet
        s'ouvre dans nouvelle fenêtre
        s'ouvre dans nouvel onglet
    """,
    "follow_verb": """
        suivez
    """,
    "related_header": """
        à lire aussi
        a lire aussi
        à lire également
        lire aussi
        lire également
        sur le même sujet
        sur le meme sujet
        vous aimerez aussi
        vous aimerez peut-être aussi
        vous pourriez aussi aimer
        articles similaires
        articles liés
        articles recommandés
        nos articles recommandés
        les plus lus
        les plus populaires
        à voir aussi
        à voir également
        voir aussi
        dans la même rubrique
        ces articles peuvent vous intéresser
        ça peut vous intéresser
        à découvrir
        à découvrir aussi
        derniers articles
        dernières actualités
        articles récents
        en ce moment
        produits similaires
        produits associés
        fréquemment achetés ensemble
        souvent achetés ensemble
        les clients ont aussi acheté
        récemment consultés
        produits récemment consultés
    """,
    "related_header_prefix": """
        plus de
        plus d'
        toute l'actualité
        toutes les actualités
        autres articles
    """,
    "crosslink_label": """
        à lire aussi
        a lire aussi
        lire aussi
        à voir aussi
        voir aussi
        sur le même sujet
        à lire
        a lire
    """,
    "consent": """
        stocker et/ou accéder à des informations sur un appareil
        cookies strictement nécessaires
        cookies fonctionnels
        cookies de performance
        cookies analytiques
        nous utilisons des cookies
        ce site utilise des cookies
        paramètres des cookies
        gérer les cookies
        accepter et fermer
        continuer sans accepter
    """,
    "consent_button": """
        tout accepter
        tout refuser
        utilisation de cookies
        utilisation des cookies
    """,
    "newsletter": """
        recevez chaque matin
        à notre newsletter
        inscrivez-vous à notre newsletter
        inscrivez-vous à la newsletter
        abonnez-vous à notre newsletter
        abonnez-vous à la newsletter
        recevez notre newsletter
    """,
    "newsletter_weak": """
        votre adresse e-mail
        votre adresse email
        adresse e-mail
    """,
    "paywall": """
        déjà abonné
        abonnez-vous pour lire
        pour lire la suite
        la suite est réservée aux abonnés
        réservé aux abonnés
        article réservé aux abonnés
    """,
    "paywall_weak": """
        créer un compte
    """,
    "login_line": """
        se connecter
        connexion
        s'inscrire
        inscription
        mon compte
        s'abonner
        abonnez-vous
    """,
    "advertisement_label": """
        publicité
        publicite
        sponsorisé
        contenu sponsorisé
    """,
    "affiliate": """
        liens d'affiliation
        liens affiliés
    """,
    "feedback": """
        cet article vous a-t-il été utile
        cette page vous a-t-elle été utile
        cet article vous a été utile
    """,
    "feedback_answer": """
        oui non
    """,
    "comments_header": """
        commentaires
        commentaire
        laisser un commentaire
        ajouter un commentaire
        réagir
        réactions
    """,
    "comments_header_ending": """
        commentaires
    """,
    "comment_control": """
        répondre
        signaler
        j'aime
    """,
    "reply_control": """
        répondre
    """,
    "comment_field": """
        nom
        site web
        votre note
    """,
    "comment_form": """
        publier le commentaire
        votre adresse e-mail ne sera pas publiée
        votre adresse de messagerie ne sera pas publiée
        les champs obligatoires sont indiqués
    """,
    "comment_prompt": """
        connectez-vous pour commenter
        connectez-vous pour réagir
        réagissez à cet article
    """,
    "comment_count_noun": """
        commentaire
        commentaires
    """,
    "comment_count_label": """
        commentaires
    """,
    "comment_title_one": """
        une
        un
    """,
    "comment_title_noun": """
        commentaire
        commentaires
        réflexion
        réflexions
        réponse
        réponses
    """,
    "comment_title_preposition": """
        sur
        à
    """,
    "answer_noun": """
        réponse
        réponses
    """,
    "comment_author_verb": """
        dit
        a écrit
    """,
    "says_verb": """
        dit
    """,
    "tag_label": """
        mots-clés
        mots clés
        étiquettes
        thèmes
        catégories
        catégorie
    """,
    "footer_link": """
        mentions légales
        politique de confidentialité
        conditions générales
        cgu
        cgv
        nous contacter
        qui sommes-nous
    """,
    "disclaimer": """
        ne remplace pas un avis médical
        ne remplace pas une consultation
    """,
    "rights_reserved": """
        tous droits réservés
    """,
    "reserved_word": """
        réservés
    """,
    "nav_line": """
        en savoir plus
        acheter maintenant
        aller au contenu
        aller au contenu principal
        passer au contenu
        accueil
        rechercher
        recherche
        fermer
    """,
    "browser_notice": """
        veuillez activer javascript
        javascript est désactivé
    """,
    "post_link": """
        article précédent
        article suivant
    """,
    "page_turn": """
        suivant
        précédent
        suivante
        précédente
    """,
    "page_turn_noun": """
        page
        article
    """,
    "page_noun_before": """
        page
        article
    """,
    "page_turn_after": """
        suivante
        suivant
        précédente
        précédent
    """,
    "page_next": """
        suivant
    """,
    "page_count": r"""
        page \d+ sur \d+
    """,
    "byline_opener": """
        par
    """,
    "name_joiner": """
        et
        de
    """,
    "author_box": """
        à propos de l'auteur
        l'auteur
    """,
    "author_about_opener": """
        à propos de
    """,
    "author_role": """
        journaliste rédacteur rédactrice
    """,
    "bio_verb": """
        est
    """,
    "minute_word": """
        minute
        minutes
    """,
    "read_word": """
        de lecture
    """,
    "reading_time_label": """
        temps de lecture
    """,
    "date_label": """
        publié
        mis à jour
    """,
    "date_label_preposition": """
        le
    """,
    "date_preposition": """
        le
    """,
    "weekday": """
        lundi
        mardi
        mercredi
        jeudi
        vendredi
        samedi
        dimanche
    """,
    "month": """
        janvier
        février
        mars
        avril
        mai
        juin
        juillet
        août
        septembre
        octobre
        novembre
        décembre
        janv
        févr
        avr
        juil
        sept
        oct
        nov
        déc
    """,
    "time_preposition": """
        à
    """,
    "clock_suffix": """
        h
    """,
    "relative_time": r"""
        il y a\s+\d+
    """,
    "caption_word": """
        crédit
    """,
    "photo_label": """
        crédit
        source
    """,
    "media_control": """
        voir la galerie
    """,
    "position_of": """
        de
    """,
}
