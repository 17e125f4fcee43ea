"""Per-rule tables: lines each rule MUST remove and lines it MUST keep, in several languages.

Each rule is called directly on the blocks of the text, with the default
config, so a row tests one rule and nothing else (not the locator, not the
other rules). Rows are clear-cut cases: a bare share button, a cookie banner,
an ordinary article sentence that merely contains a trigger word. They must
hold whatever the heuristics are tuned to.

A row that should hold but does not is a bug in the rule: it is marked with
``bug(...)`` (a strict xfail), so the table documents it and the suite says
so the moment the rule is fixed (the xfail then "passes" and must be unmarked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner.config import Config
from cleaner.locate.context import READER_COMMENT
from cleaner.page import Block
from cleaner.read.text import normalize_text, text_to_blocks
from cleaner.rules import (
    LINE_RULES,
    RULES,
    TEXT_RULES,
    advertisement,
    breadcrumb,
    byline_date,
    caption,
    comment_section,
    consent_notice,
    feedback_widget,
    footer,
    inline_crosslink,
    navigation,
    newsletter_prompt,
    pagination,
    paywall_prompt,
    post_navigation,
    related_block,
    repeated_teaser,
    share_line,
    tag_line,
)
from cleaner.verdicts import Verdict

Rule = Callable[[Sequence[Block], Config], Iterable[Verdict]]


def blocks_of(text: str) -> list[Block]:
    return text_to_blocks(normalize_text(text))


def removed_lines(rule: Rule, text: str) -> list[str]:
    """The lines of ``text`` that ``rule`` alone removes, in order."""
    blocks = blocks_of(text)
    removed = {v.index for v in rule(blocks, Config())}
    return [b.text for b in blocks if b.index in removed]


class Bug:
    """A row that should hold but does not yet: collected as a strict xfail."""

    def __init__(self, lang: str, line: str, reason: str) -> None:
        self.lang, self.line, self.reason = lang, line, reason


def bug(lang: str, line: str, reason: str) -> Bug:
    return Bug(lang, line, reason)


Row = tuple[str, str] | Bug

# -- the tables: rule -> (must remove, must keep) ---------------------------------------

SHARE_LINE_REMOVE: list[Row] = [
    ("en", "Share this @example.com"),
    ("en", "Click to share on Reddit (Opens in new window) Reddit"),
    ("en", "Click to email a link to a friend (Opens in new window) Email"),
    ("de", "Auf Facebook teilen (öffnet in neuem Fenster)"),
    ("fr", "Partager sur Facebook (s'ouvre dans une nouvelle fenêtre)"),
    ("es", "Compartir en Facebook (Se abre en una nueva ventana)"),
    ("it", "Condividi su Facebook (si apre in una nuova finestra)"),
    ("pt", "Compartilhar no Facebook (abre numa nova janela)"),
    ("nl", "Delen op Facebook (opent in nieuw venster)"),
    ("it", "Condividi su Facebook si apre in una nuova finestra"),
    ("pt", "Compartilhar no Facebook abre numa nova janela"),
    ("de", "Auf Facebook teilen, öffnet in neuem Fenster"),
    ("en", "Share on Facebook"),
    ("en", "Share this article"),
    ("en", "Share this story"),
    ("en", "Facebook Twitter WhatsApp"),
    ("en", "Facebook | Twitter | LinkedIn | Email"),
    ("en", "12 shares"),
    ("en", "1.2K shares"),
    ("en", "Tweet"),
    ("en", "Pin it"),
    ("en", "Copy link"),
    ("en", "Share this \U0001f600 @example.com"),
    ("en", "\U0001f517 Copy link"),
    ("en", "Share"),
    ("en", "Print"),
    ("en", "Email"),
    ("en", "Spread the word"),
    ("en", "Share this article with your friends on Facebook."),
    ("en", "Follow us on Twitter"),
    ("de", "Teilen"),
    ("de", "Artikel teilen"),
    ("de", "Diesen Artikel teilen"),
    ("de", "Auf Facebook teilen"),
    ("de", "Per E-Mail teilen"),
    ("de", "Link kopieren"),
    ("de", "Drucken"),
    ("de", "500 Teilungen"),
    ("fr", "Partager"),
    ("fr", "Partager sur Facebook"),
    ("fr", "Partager cet article"),
    ("fr", "Partager par e-mail"),
    ("fr", "Copier le lien"),
    ("fr", "Imprimer"),
    ("fr", "34 partages"),
    ("es", "Compartir"),
    ("es", "Compartir en Facebook"),
    ("es", "Compartir en WhatsApp"),
    ("es", "Comparte este artículo"),
    ("es", "Copiar enlace"),
    ("es", "Imprimir"),
    ("es", "12 compartidos"),
    ("es", "Compartir por correo"),
    ("it", "Condividi"),
    ("it", "Condividi su Facebook"),
    ("it", "Condividi su WhatsApp"),
    ("it", "Condividi questo articolo"),
    ("it", "Stampa"),
    ("pt", "Compartilhar"),
    ("pt", "Compartilhar no Facebook"),
    ("pt", "Compartilhe no WhatsApp"),
    ("pt", "Compartilhe este artigo"),
    ("pt", "Partilhar"),
    ("nl", "Delen"),
    ("nl", "Deel dit artikel"),
    ("nl", "Delen via WhatsApp"),
    ("nl", "Delen op Facebook"),
    ("nl", "Printen"),
    ("nl", "Deel op Facebook"),
    ("nl", "Kopieer link"),
    ("ru", "Поделиться"),
    ("pl", "Udostępnij"),
]
SHARE_LINE_KEEP: list[Row] = [
    ("en", "Share your thoughts with your doctor before changing the dose."),
    ("en", "Click to share on Facebook and win a trip (opens in new window)"),
    ("en", "Share prices fell 3% on Monday."),
    ("en", "Print is not dead, the publisher insists."),
    ("en", "Facebook said it would appeal the ruling."),
    ("en", "Follow the money, the detective said."),
    ("en", "Email remains the main channel for complaints."),
    ("en", "Like many towns, it has a bakery."),
    ("en", "Twitter was renamed X in 2023."),
    ("en", "Readers can print the form at home and mail it to the office."),
    ("de", "Teilen Sie Ihre Sorgen mit Ihrem Arzt."),
    ("de", "Die Kinder teilen sich ein Zimmer mit ihren Großeltern."),
    ("fr", "Partager ses repas avec ses voisins est une tradition."),
    ("es", "Compartir la comida es una tradición en el pueblo."),
    ("it", "Condividi le tue preoccupazioni con il medico."),
    ("pt", "Compartilhar as tarefas ajuda a família."),
    ("nl", "Delen is een deugd, zei de burgemeester."),
]

ADVERTISEMENT_REMOVE: list[Row] = [
    ("en", "We may earn commission from links on this page, but we recommend what we back."),
    ("en", "Promoted items are selected based on what we think may interest you."),
    ("en", "Advertisement"),
    ("en", "ADVERTISEMENT"),
    ("en", "- Advertisement -"),
    ("en", "Sponsored"),
    ("en", "In partnership with"),
    ("en", "Story continues below advertisement"),
    ("en", "Continue reading the main story"),
    ("en", "This post may contain affiliate links."),
    ("en", "We may earn a commission when you buy through links on our site."),
    ("en", "As an Amazon Associate I earn from qualifying purchases."),
    ("de", "Anzeige"),
    ("de", "Werbung"),
    ("de", "Dieser Artikel enthält Provisionslinks."),
    ("fr", "Publicité"),
    ("fr", "Contenu sponsorisé"),
    ("fr", "Cet article contient des liens affiliés."),
    ("es", "Publicidad"),
    ("es", "Contenido patrocinado"),
    ("es", "Este artículo contiene enlaces de afiliados."),
    ("es", "Este artículo contiene enlaces de afiliado."),
    ("it", "Pubblicità"),
    ("it", "Questo articolo contiene link affiliati."),
    ("pt", "Publicidade"),
    ("pt", "Conteúdo patrocinado"),
    ("nl", "Advertentie"),
    ("nl", "Gesponsord"),
    ("pl", "Reklama"),
    ("ru", "Реклама"),
    ("en", "Advertisement - Continue Reading Below"),
    ("en", "Info Why you're seeing this ad"),
    ("en", "AdChoices"),
]
ADVERTISEMENT_KEEP: list[Row] = [
    ("en", "The shop earns a commission on every sale, the owner said."),
    ("en", "The advertisement won an award."),
    ("en", "Advertising revenue fell 12% in the quarter, the company said."),
    ("en", "Sponsored by the city, the festival drew 10,000 visitors."),
    ("en", "The sponsored athletes trained for two years."),
    ("en", "Why you're seeing this ad depends on what you searched for, the study found."),
    ("de", "Die Anzeige wurde bei der Polizei erstattet."),
    ("fr", "La publicité a été interdite dans les écoles."),
    ("es", "La publicidad engañosa está prohibida."),
    ("it", "La pubblicità in tv costa sempre di più."),
    ("pt", "A publicidade infantil foi proibida no país."),
    ("nl", "De advertentie stond in alle kranten."),
]

CONSENT_NOTICE_REMOVE: list[Row] = [
    # A consent framework's purpose panel: titles, vendor counts, descriptions.
    ("en", "Measure content performance 33 partners can use this purpose"),
    ("en", "List of IAB Vendors | View Illustrations"),
    ("en", "Object to Legitimate Interests Remove Objection"),
    ("en", "Advertising presented to you on this service can be based on limited data."),
    ("en", "Information about your activity on this service can be stored and combined."),
    ("en", "The technical storage or access that is used exclusively for statistical purposes."),
    ("en", "Cookies collect information about how you use a website, and which pages."),
    ("de", "Informationen auf einem Gerät speichern und/oder abrufen"),
    ("fr", "Stocker et/ou accéder à des informations sur un appareil"),
    ("es", "Almacenar la información en un dispositivo y/o acceder a ella"),
    ("it", "Archiviare e/o accedere a informazioni su un dispositivo"),
    ("pt", "Armazenar e/ou aceder a informações num dispositivo"),
    ("pt", "Armazenar e/ou acessar informações em um dispositivo"),
    ("nl", "Informatie op een apparaat opslaan en/of openen"),
    ("en", "We use cookies to improve your experience."),
    ("en", "This website uses cookies."),
    ("en", "By continuing to use this site, you agree to our use of cookies."),
    ("en", "We and our partners store and/or access information on a device."),
    ("en", "These cookies allow us to count visits and traffic sources."),
    ("en", "_ga 2 years Google Analytics sets this cookie to store and count page views."),
    ("en", "Cookies are small data files that allow a website to store data on your device."),
    ("en", "Accept all"),
    ("en", "Reject all"),
    ("en", "Cookie settings"),
    ("en", "Manage preferences"),
    ("en", "Do not sell my personal information"),
    ("de", "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."),
    ("de", "Alle akzeptieren"),
    ("de", "Cookie-Einstellungen"),
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience."),
    ("fr", "Tout accepter"),
    ("fr", "Continuer sans accepter"),
    ("es", "Utilizamos cookies para mejorar tu experiencia."),
    ("es", "Aceptar todas"),
    ("es", "Configuración de cookies"),
    ("it", "Utilizziamo i cookie per migliorare la tua esperienza."),
    ("it", "Accetta tutti"),
    ("it", "Rifiuta tutti"),
    ("pt", "Este site utiliza cookies para melhorar a sua experiência."),
    ("pt", "Aceitar todos"),
    ("nl", "Wij gebruiken cookies om onze website te verbeteren."),
    ("nl", "Deze website gebruikt cookies."),
    ("nl", "Alle cookies accepteren"),
    # A consent manager's preference centre describes each category of cookies.
    ("en", "Strictly Necessary Cookies"),
    ("en", "These performance cookies allow us to count visits and traffic sources."),
    ("en", "Targeting cookies may be set through our site by our advertising partners."),
    ("de", "Funktionale Cookies ermöglichen erweiterte Funktionen der Website."),
    ("fr", "Les cookies strictement nécessaires sont indispensables au fonctionnement du site."),
    ("es", "Las cookies analíticas nos permiten contar las visitas."),
    ("it", "I cookie funzionali permettono di ricordare le tue scelte."),
    ("pt", "Os cookies de desempenho permitem contar as visitas."),
    ("nl", "Functionele cookies onthouden je voorkeuren."),
    ("en", "Msg & data rates may apply. Consent is not a condition of purchase."),
]
CONSENT_NOTICE_KEEP: list[Row] = [
    ("en", "The regulator asked how advertisers measure content performance across sites."),
    ("en", "Vendors at the market said the new rules would hurt their business."),
    ("en", "Cookies were sold at the fair for charity."),
    ("en", "These cookies are best eaten warm, with a glass of cold milk."),
    ("en", "These cookies are made with brown butter and a pinch of sea salt."),
    ("en", "Google said it would stop supporting third-party cookies in Chrome."),
    ("en", "Regulators said consent must be freely given."),
    ("en", "The jury had to accept all the evidence presented at trial."),
    ("en", "Most people reject all forms of violence, the survey found."),
    ("en", "The policy on the use of cookies in schools was about biscuits, not browsers."),
    ("de", "Die Cookies wurden auf dem Markt für einen guten Zweck verkauft."),
    ("de", "Die Mannschaft muss nicht alle akzeptieren, die neu dazukommen, sagte der Trainer."),
    ("fr", "Les cookies de la boulangerie sont célèbres."),
    ("fr", "Il ne faut pas tout accepter sans discuter, a-t-elle dit."),
    ("es", "Las cookies de chocolate se agotaron en una hora."),
    ("it", "I cookie della nonna erano famosi in tutto il paese."),
    ("pt", "Os cookies da padaria esgotaram em minutos."),
    ("nl", "De cookies van de bakker waren snel uitverkocht."),
    ("en", "Consent is the condition the court set for any search of the phone."),
]

NEWSLETTER_PROMPT_REMOVE: list[Row] = [
    ("en", "By providing your email, you agree to receive our emails and offers."),
    ("en", "🚀 Sign up for The Replay newsletter"),
    ("en", "For daily wit & wisdom, sign up for the Almanac newsletter."),
    ("en", "Sign up for our newsletter"),
    ("en", "Subscribe to our newsletter"),
    ("en", "Sign up for our free daily newsletters"),
    ("en", "Get the best stories delivered to your inbox every morning."),
    ("en", "Enter your email"),
    ("en", "Your email address"),
    ("en", "Unsubscribe at any time."),
    ("de", "Newsletter abonnieren"),
    ("de", "Melden Sie sich für unseren Newsletter an."),
    ("de", "Jetzt anmelden"),
    ("fr", "Inscrivez-vous à notre newsletter"),
    ("fr", "Abonnez-vous à la newsletter"),
    ("fr", "Votre adresse e-mail"),
    ("es", "Suscríbete a nuestro boletín"),
    ("es", "Suscríbete"),
    ("es", "Tu correo electrónico"),
    ("it", "Iscriviti alla newsletter"),
    ("it", "La tua email"),
    ("pt", "Assine nossa newsletter"),
    ("pt", "Inscreva-se na newsletter"),
    ("pt", "Seu e-mail"),
    ("nl", "Schrijf je in voor onze nieuwsbrief"),
    ("nl", "Meld je aan voor de nieuwsbrief"),
    ("nl", "Je e-mailadres"),
    # The fine print under a sign-up form.
    ("en", "By submitting this form, you agree to receive marketing emails from us."),
    (
        "en",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
        "Service apply.",
    ),
    ("en", "Sign me up"),
    ("en", "Oops! Something went wrong while submitting the form."),
    ("en", "Thank you! Your submission has been received!"),
]
NEWSLETTER_PROMPT_KEEP: list[Row] = [
    ("en", "Patients must consent to receive the treatment, the court ruled."),
    ("en", "She subscribed to the idea that work should be paid."),
    ("en", "The newsletter, founded in 1998, has 40,000 readers."),
    ("en", "He signed up for the army at eighteen."),
    (
        "en",
        "Police said the suspect used a false email address to rent the van, according to "
        "court documents filed on Monday.",
    ),
    ("de", "Sie hat den Newsletter des Vereins jahrelang selbst geschrieben."),
    ("fr", "Elle a lancé sa propre newsletter sur la politique locale en 2020."),
    ("es", "El boletín oficial publicó la ley el martes."),
    ("it", "La newsletter del comune esce ogni lunedì."),
    ("pt", "A newsletter da escola é enviada às famílias todas as semanas."),
    ("nl", "De nieuwsbrief van de gemeente verschijnt elke maand."),
    # The comment form's note: comment_section's.
    ("en", "Your email address will not be published."),
]

PAYWALL_PROMPT_REMOVE: list[Row] = [
    ("en", "This post is for paid subscribers"),
    ("en", "Subscribe to continue reading."),
    ("en", "Already a subscriber? Log in"),
    ("en", "You have reached your limit of free articles."),
    ("en", "This article is for subscribers only."),
    ("en", "Create a free account"),
    ("en", "Forgot your password?"),
    ("en", "Log In"),
    ("en", "Sign in"),
    ("de", "Bereits Abonnent? Hier anmelden"),
    ("de", "Weiterlesen mit Z+"),
    ("de", "Jetzt registrieren"),
    ("de", "Anmelden"),
    ("fr", "Déjà abonné ? Se connecter"),
    ("fr", "Article réservé aux abonnés"),
    ("fr", "Pour lire la suite, abonnez-vous."),
    ("fr", "Se connecter"),
    ("es", "¿Ya eres suscriptor? Inicia sesión"),
    ("es", "Suscríbete para seguir leyendo"),
    ("es", "Iniciar sesión"),
    ("it", "Sei già abbonato? Accedi"),
    ("it", "Contenuto riservato agli abbonati"),
    ("it", "Accedi"),
    ("pt", "Já é assinante? Entrar"),
    ("pt", "Conteúdo exclusivo para assinantes"),
    ("nl", "Al abonnee? Log in"),
    ("nl", "Word abonnee"),
    ("nl", "Inloggen"),
    ("en", "Log in | Register"),
    ("en", "Sign in / Sign up"),
    ("en", "Get 3 months for $1"),
    ("en", "Try 1 month free"),
    ("en", "Subscribe today: 12 months for £29"),
]
PAYWALL_PROMPT_KEEP: list[Row] = [
    ("en", "The login screen was redesigned last year, the company said."),
    ("en", "Subscribers to the theory say the market will recover."),
    ("en", "Register offices will close early on Friday."),
    ("en", "The free trial of the drug ended early after patients improved, researchers said."),
    ("de", "Er musste sich beim Amt anmelden, bevor er arbeiten durfte."),
    ("fr", "Les abonnés du club de tennis ont voté contre la hausse."),
    ("es", "Los suscriptores del periódico recibieron una carta del director."),
    ("it", "Gli abbonati della squadra potranno entrare gratis."),
    ("pt", "Os assinantes da revista receberam um brinde."),
    ("nl", "De abonnees van de krant kregen een brief."),
    ("en", "Log in | Register | Storm hits the coast"),
    ("en", "Get 3 months of sun in Spain for less than you think, the agency says."),
    ("en", "Try 2 weeks of walking before you buy running shoes."),
]

FEEDBACK_WIDGET_REMOVE: list[Row] = [
    ("en", "Was this article helpful?"),
    ("en", "Was this helpful?"),
    ("en", "Did you find this article helpful?"),
    ("en", "How are we doing?"),
    ("en", "Give us feedback on this page"),
    ("en", "Rate this recipe"),
    ("de", "War dieser Artikel hilfreich?"),
    ("fr", "Cet article vous a-t-il été utile ?"),
    ("es", "¿Te ha resultado útil?"),
    ("it", "Questo articolo ti è stato utile?"),
    ("pt", "Este artigo foi útil?"),
    ("nl", "Was dit artikel nuttig?"),
]
FEEDBACK_WIDGET_KEEP: list[Row] = [
    ("en", "Is the drug helpful? Doctors disagree."),
    ("en", "Helpful neighbours cleared the snow, she said."),
    # Answer buttons count only right after a widget (see the context tests below).
    ("en", "Yes"),
    ("en", "No"),
    ("de", "Ja"),
    ("nl", "Nee"),
    ("de", "War der Einsatz hilfreich? Die Polizei prüft das."),
    ("fr", "Les conseils du médecin ont été utiles, dit-elle."),
    ("es", "El apoyo de la familia fue útil durante la crisis."),
    ("it", "Il consiglio è stato utile a molti lettori, dice."),
    ("pt", "A ajuda foi útil para os moradores."),
    ("nl", "De hulp van de buren was nuttig, zei ze."),
]

COMMENT_SECTION_REMOVE: list[Row] = [
    ("en", "23 Comments"),
    ("en", "Comments (4)"),
    ("en", "Comments"),
    ("en", "Leave a Reply"),
    ("en", "Join the conversation"),
    ("en", "Jane Doe says:"),
    ("en", "Jane Doe says"),
    ("en", "59 Comments on “Starship Troopers, Revisited”"),
    ("en", "One thought on “How to Prune Roses”"),
    ("en", "Reply"),
    ("en", "Your email address will not be published. Required fields are marked *"),
    ("de", "Kommentare"),
    ("de", "12 Kommentare"),
    ("de", "Kommentar schreiben"),
    ("de", "Max Mustermann sagt:"),
    ("de", "3 Kommentare zu „Der neue Haushalt“"),
    ("de", "Antworten"),
    ("de", "Ihre E-Mail-Adresse wird nicht veröffentlicht."),
    ("fr", "Commentaires"),
    ("fr", "Laisser un commentaire"),
    ("fr", "Marie Dupont dit :"),
    ("fr", "2 réflexions sur « Le nouveau budget »"),
    ("fr", "Répondre"),
    ("fr", "Votre adresse e-mail ne sera pas publiée."),
    ("es", "Comentarios"),
    ("es", "5 comentarios"),
    ("es", "Deja un comentario"),
    ("es", "Responder"),
    ("es", "Tu dirección de correo electrónico no será publicada."),
    ("it", "Commenti"),
    ("it", "Lascia un commento"),
    ("it", "Rispondi"),
    ("it", "Il tuo indirizzo email non sarà pubblicato."),
    ("pt", "Comentários"),
    ("pt", "Deixe um comentário"),
    ("pt", "O seu endereço de e-mail não será publicado."),
    ("nl", "Reacties"),
    ("nl", "Plaats een reactie"),
    ("nl", "Laat een reactie achter"),
    ("nl", "Beantwoorden"),
    ("nl", "Je e-mailadres wordt niet gepubliceerd."),
    (
        "en",
        "As you comment, please be respectful of other commenters and other viewpoints. Our "
        "goal with article comments is to provide a forum for a civil and thoughtful "
        "discussion of the topics we write about, and we remove comments that attack others.",
    ),
    # Prompts to comment, and the headers and controls of other languages' sections.
    ("de", "Jetzt kommentieren"),
    ("de", "Um Kommentare schreiben zu können, melden Sie sich bitte an."),
    ("en", "Log in to comment"),
    ("en", "Let us know in the comments below!"),
    ("fr", "Connectez-vous pour commenter"),
    ("en", "Reader Interactions"),
    ("zh", "评论（5）"),
    ("zh", "发表评论"),
    ("zh", "请登录后发表评论"),
    ("zh", "回复"),
]
COMMENT_SECTION_KEEP: list[Row] = [
    ("en", "The comments drew 300 replies."),
    ("en", "Reply cards were sent to every household in the town."),
    ("en", "The mayor says"),
    ("de", "Die Kommentare des Ministers sorgten für Ärger."),
    ("fr", "Les commentaires du ministre ont fait polémique."),
    ("es", "Los comentarios del ministro provocaron una polémica."),
    ("it", "I commenti del ministro hanno suscitato polemiche."),
    ("pt", "Os comentários do ministro geraram polémica."),
    ("nl", "De reacties van de minister waren lovend."),
    ("en", "The senator declined to comment now that the trial has begun, her office said."),
    ("de", "Der Minister wollte den Bericht jetzt nicht kommentieren."),
]

FOOTER_REMOVE: list[Row] = [
    ("en", "About Example News Media Kit Newsletter RSS Feeds Contact Terms & Conditions Privacy"),
    ("en", "About Contact Privacy Terms"),
    ("en", "© 2024 Example Media. All rights reserved."),
    ("en", "Copyright 2023 Daily News"),
    ("en", "Privacy | Terms | Contact"),
    ("en", "Privacy Policy"),
    ("en", "Terms of Use"),
    ("en", "Contact us"),
    ("en", "About us"),
    ("de", "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten."),
    ("de", "Impressum | Datenschutz | Kontakt"),
    ("de", "Impressum"),
    ("de", "Datenschutz"),
    ("fr", "© 2024 Le Journal. Tous droits réservés."),
    ("fr", "Mentions légales"),
    ("fr", "Politique de confidentialité"),
    ("es", "© 2024 El Diario. Todos los derechos reservados."),
    ("es", "Aviso legal"),
    ("es", "Política de privacidad"),
    ("it", "© 2024 Il Giornale. Tutti i diritti riservati."),
    ("it", "Note legali"),
    ("it", "Chi siamo"),
    ("pt", "© 2024 O Jornal. Todos os direitos reservados."),
    ("pt", "Política de privacidade"),
    ("pt", "Termos de uso"),
    ("nl", "© 2024 De Krant. Alle rechten voorbehouden."),
    ("nl", "Privacybeleid"),
    ("nl", "Algemene voorwaarden"),
    ("en", "Django is a registered trademark of the Django Software Foundation."),
    # A disclaimer of a few sentences, longer than the rest of a footer.
    (
        "en",
        "Consult your physician and follow all safety instructions before beginning any "
        "exercise program or using any supplement or meal replacement product, especially "
        "if you have any unique medical conditions or needs. The contents on our website "
        "are for informational purposes only.",
    ),
    (
        "en",
        "© 2019 Example Media. All rights reserved. Use of this site constitutes acceptance "
        "of our User Agreement and Privacy Policy and Cookie Statement and Your California "
        "Privacy Rights. The material on this site may not be reproduced, distributed, "
        "transmitted, cached or otherwise used.",
    ),
    (
        "en",
        "This copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for distribution to your colleagues, clients or customers, visit our site.",
    ),
    ("zh", "关于我们 | 联系方式 | 隐私政策"),
    ("zh", "京ICP备00000000号"),
    ("en", "Homebody is published by Hearth Media Ltd."),
    ("en", "GearBench is part of Futura Digital Media Ltd."),
    ("it", "Il Corriere di Valmara S.r.l. - P.IVA 01234567890"),
    ("en", "Editorial Policy"),
    ("en", "Designed by Elegant Themes | Powered by WordPress"),
    ("en", "Proudly powered by WordPress"),
    ("ja", "プライバシーポリシー"),
    ("ru", "О редакции"),
]
FOOTER_KEEP: list[Row] = [
    ("en", "Contact us about the privacy terms of the new help center"),
    ("en", "About Contact Lenses and Privacy Screens for Your Terms"),
    (
        "en",
        "The copyright lawsuit was filed in 2019 by three authors who said the model copied "
        "their books.",
    ),
    ("en", "Copyright law has not kept pace with AI, experts told the committee on Tuesday."),
    ("en", "The band lost the copyright to its songs in 1975."),
    ("en", "Privacy is a right, not a privilege, the judge said."),
    ("en", "Contact with the crew was lost at 3 a.m., officials said."),
    ("en", "Terms of the deal were not disclosed."),
    ("en", "About 40 people were evacuated."),
    ("de", "Kontakt zu den Entführern gab es bisher nicht."),
    ("de", "Die Rechte an dem Lied liegen beim Verlag, sagte sie."),
    ("fr", "Les droits réservés aux auteurs ont été renforcés par la loi."),
    ("en", "The company registered the trademark in 2019, court papers show."),
    (
        "en",
        "The court heard that the company had told investors the figures were estimates, "
        "and that it had warned in every filing that results could differ from them.",
    ),
    ("en", "The paper is part of Example Media, which owns four other titles in the state."),
    ("en", "The plant is powered by wind turbines built in 2019, the company said."),
]

TAG_LINE_REMOVE: list[Row] = [
    ("en", "Tags: politics, economy"),
    ("en", "Tagged: recipes, baking"),
    ("en", "Topics: Health, Science"),
    ("en", "Filed under: News"),
    ("en", "Categories: Travel"),
    ("de", "Schlagwörter: Berlin, Verkehr"),
    ("de", "Themen: Berlin, Verkehr"),
    ("de", "Kategorie: Garten"),
    ("fr", "Mots-clés : politique, économie"),
    ("fr", "Étiquettes : cuisine, dessert"),
    ("es", "Etiquetas: viajes, playa"),
    ("es", "Temas: política, economía"),
    ("es", "Categorías: Viajes"),
    ("it", "Argomenti: politica, economia"),
    ("it", "Parole chiave: cucina"),
    ("pt", "Tópicos: política"),
    ("pt", "Palavras-chave: economia"),
    ("pt", "Categorias: Viagens"),
    ("nl", "Trefwoorden: fietsen, natuur"),
    ("nl", "Onderwerpen: politiek"),
]
TAG_LINE_KEEP: list[Row] = [
    ("en", "Topics discussed included rent and wages."),
    ("en", "Tags on the birds helped researchers track them."),
    ("en", "Categories of spending rose across the board."),
    ("de", "Themen wie Miete und Löhne dominierten den Abend."),
    ("fr", "Les thèmes abordés étaient variés."),
    ("es", "Los temas del debate fueron la vivienda y el empleo."),
    ("it", "Gli argomenti trattati erano molti."),
    ("pt", "Os temas do debate foram a saúde e a educação."),
    ("nl", "De onderwerpen van het debat waren divers."),
]

NAVIGATION_REMOVE: list[Row] = [
    ("en", "Please update your browser to take advantage of the latest security features"),
    ("en", "Press Enter for Accessibility for blind people who use screen readers"),
    ("en", "Open table of contents panel."),
    ("en", "Table of Contents"),
    ("en", "Previous Next"),
    ("en", "Why you're seeing this ad"),
    ("en", "Why you’re seeing this ad"),
    ("en", "♥ Donate now! ♥"),
    ("en", "Skip to content"),
    ("en", "Menu"),
    ("en", "Main menu"),
    ("en", "Toggle navigation"),
    ("en", "Search"),
    ("en", "Home"),
    ("en", "Back to top"),
    ("en", "Load more"),
    ("en", "View all"),
    ("de", "Zum Inhalt springen"),
    ("de", "Startseite"),
    ("de", "Suche"),
    ("fr", "Aller au contenu"),
    ("fr", "Accueil"),
    ("fr", "Rechercher"),
    ("es", "Ir al contenido"),
    ("es", "Inicio"),
    ("es", "Buscar"),
    ("it", "Vai al contenuto"),
    ("it", "Cerca"),
    ("it", "Chiudi"),
    ("pt", "Ir para o conteúdo"),
    ("pt", "Início"),
    ("pt", "Pesquisar"),
    ("nl", "Naar de inhoud"),
    ("nl", "Zoeken"),
    ("nl", "Sluiten"),
    # The site's notices about the browser, and the sort control of a thread.
    (
        "en",
        "JavaScript is disabled. For a better experience, please enable JavaScript in "
        "your browser before proceeding.",
    ),
    (
        "en",
        "You are using an out of date browser. It may not display this or other "
        "websites correctly.",
    ),
    ("en", "Sorted by:"),
    ("de", "Bitte aktivieren Sie JavaScript in Ihrem Browser."),
    ("fr", "Veuillez activer JavaScript pour afficher cette page."),
    # Calls to action: a button's label on a line of its own.
    ("en", "Learn More"),
    ("en", "Book Now"),
    ("en", "Speak to an expert"),
    ("en", "Submit a correction"),
    ("en", "Browse all blog articles"),
    ("en", "Get in touch"),
    ("de", "Mehr erfahren"),
    ("fr", "En savoir plus"),
    ("es", "Más información"),
    ("it", "Scopri di più"),
    ("pt", "Comprar agora"),
    ("nl", "Meer informatie"),
    ("en", "Add to cart"),
    ("en", "Schedule a free call"),
]
NAVIGATION_KEEP: list[Row] = [
    ("en", "Search engines changed how we read."),
    ("en", "Home is where the heart is, she said."),
    ("en", "Menu prices at the café doubled."),
    ("en", "Close to 300 people attended."),
    ("de", "Die Suche nach dem Vermissten dauert an."),
    ("fr", "La recherche a été financée par l’État."),
    ("es", "La búsqueda de los desaparecidos continúa."),
    ("it", "La ricerca è stata finanziata dallo Stato."),
    ("pt", "A busca pelos desaparecidos continua."),
    ("nl", "De zoektocht naar de vermiste man gaat door."),
    ("en", "When JavaScript is disabled, the form still posts to the server."),
    ("en", "Sort by price, then by the date the item was listed."),
    ("en", "Learn more about the council's plans at the public meeting on Monday."),
    ("en", "To book now costs less than it will in the spring, the agency said."),
]

BREADCRUMB_REMOVE: list[Row] = [
    ("en", "Home > News > World"),
    ("en", "News | Politics | Europe"),
    ("de", "Startseite » Politik"),
    ("de", "Startseite / Politik / Ausland"),
    ("fr", "Accueil > Actualités > Monde"),
    ("es", "Inicio > Noticias > Deportes"),
    ("it", "Home › Notizie › Cronaca"),
    ("pt", "Início > Notícias > Economia"),
    ("nl", "Home > Nieuws > Binnenland"),
    ("en", "Business News › US › Lifestyle › Coffee lovers rejoice: four benefits of your cup"),
    ("de", "Startseite » Politik » Ausland » Der Stadtrat beschließt den neuen Haushalt"),
    ("en", "Home / Tutorials / Python / Networking"),
    ("fr", "Accueil » Linux » Sécurité"),
]
BREADCRUMB_KEEP: list[Row] = [
    ("en", "Revenue rose 4% > forecasts, analysts said."),
    ("en", "Input > output, as the engineers say."),
    ("en", "The ratio was 3/4 at the end of the year."),
    ("en", "Sales rose 4% / 5% in the two regions."),
    ("en", "Either/or decisions are rare."),
    ("de", "Die Quote lag bei 3/4."),
    ("fr", "« La Maison des ombres » : une pièce qui hante longtemps"),
    ("fr", "Le prix a augmenté de 5 % / an."),
    ("en", "Revenue rose > 4% > forecasts, and analysts said the numbers were strong this year."),
    # Two terms joined by a slash: a pair, a ratio, a place (a trail needs three).
    ("en", "Midtown / Automobile Alley"),
    ("en", "Rated 4.7 / 5"),
    # A bar or a slash also joins rows of metadata, nutrients, controls, a title and its site.
    ("en", "March 12, 2024 | 4 min read"),
    ("en", "Posted by Sally Morgan | Updated June 2, 2024 | 12 Comments"),
    ("en", "Calories: 196kcal | Carbohydrates: 32g"),
    ("en", "Calories: 196kcal | Carbohydrates: 32g | Protein: 4g"),
    ("en", "Log in | Register"),
    ("en", "Retrying Flaky HTTP Requests in Python | DevNotes Tutorials"),
    ("en", "Prep 10 min / Cook 20 min / Serves 4"),
]

PAGINATION_REMOVE: list[Row] = [
    ("en", "« Previous"),
    ("en", "Next »"),
    ("en", "Next page"),
    ("en", "Next post »"),
    ("en", "Previous article"),
    ("en", "Next article"),
    ("en", "« Older Entries"),
    ("en", "Newer posts"),
    ("en", "1 2 3 … 9 Next"),
    ("en", "Page 2 of 5"),
    ("de", "Weiter"),
    ("de", "Zurück"),
    ("de", "Nächste Seite"),
    ("de", "Seite 2 von 5"),
    ("de", "Nächster Artikel"),
    ("de", "Vorheriger Artikel"),
    ("fr", "Suivant"),
    ("fr", "Précédent"),
    ("fr", "Page suivante"),
    ("fr", "Article précédent"),
    ("es", "Siguiente"),
    ("es", "Anterior"),
    ("es", "Próxima página"),
    ("es", "Página siguiente"),
    ("es", "Artículo anterior"),
    ("it", "Successivo"),
    ("it", "Precedente"),
    ("it", "Pagina successiva"),
    ("it", "Articolo precedente"),
    ("pt", "Próximo"),
    ("pt", "Próximo artigo"),
    ("pt", "Artigo anterior"),
    ("nl", "Volgende"),
    ("nl", "Vorige"),
    ("nl", "Volgende pagina"),
    ("nl", "Vorig artikel"),
]
PAGINATION_KEEP: list[Row] = [
    ("en", "The next page of history is unwritten."),
    ("en", "Next week, the council will vote on the budget."),
    ("en", "Previous owners had left the house empty for years."),
    ("en", "The scores were 1 2 3 in the final round, judges said."),
    ("de", "Weiter geht es am Montag mit dem Prozess."),
    ("fr", "Suivant les conseils du médecin, elle a arrêté."),
    ("es", "Siguiente paso: la reforma fiscal, dijo el ministro."),
    ("it", "Il precedente governo aveva promesso la riforma."),
    ("pt", "O próximo passo é a votação no Senado."),
    ("nl", "Volgende week begint de verbouwing."),
]

BYLINE_DATE_REMOVE: list[Row] = [
    ("en", "Fact checked"),
    ("en", "Fact-checked by Frank Bass"),
    ("en", "Medically reviewed by Jane Doe, MD"),
    ("en", "By Jane Doe"),
    ("en", "By Jane Doe and John Smith"),
    ("en", "November 20, 2019"),
    ("en", "Published: 12 March 2024"),
    ("en", "Updated 10:42 AM EST"),
    ("en", "asked Feb 11, 2011 at 23:49"),
    ("en", "answered Mar 28, 2014 at 22:52"),
    ("en", "edited Jul 5, 2020 at 10:00"),
    ("en", "5 min read"),
    ("en", "3 hours ago"),
    ("en", "About the author"),
    ("en", "jane.doe@example.com"),
    ("en", "@janedoe"),
    ("de", "Von Max Mustermann"),
    ("de", "20. November 2019"),
    ("de", "12.03.2024"),
    ("de", "Lesezeit: 4 Minuten"),
    ("de", "vor 3 Stunden"),
    ("de", "Über den Autor"),
    ("de", "Aktualisiert am 12.03.2024, 10:42 Uhr"),
    ("fr", "Par Marie Dupont"),
    ("fr", "12 mars 2024"),
    ("fr", "Il y a 3 heures"),
    ("fr", "5 min de lecture"),
    ("fr", "Publié le 12 mars 2024 à 10h42"),
    ("es", "Por Juan García"),
    ("es", "12 de marzo de 2024"),
    ("es", "Hace 3 horas"),
    ("es", "5 minutos de lectura"),
    ("it", "Di Marco Rossi"),
    ("it", "12 marzo 2024"),
    ("it", "3 ore fa"),
    ("it", "5 minuti di lettura"),
    ("pt", "Por Ana Silva"),
    ("pt", "12 de março de 2024"),
    ("pt", "Há 3 horas"),
    ("nl", "Door Jan de Vries"),
    ("nl", "12 maart 2024"),
    ("nl", "3 uur geleden"),
    ("iso", "2024-03-12"),
    ("en", "March 12, 2024 | 4 min read"),
    ("en", "Posted by Sally Morgan | Updated June 2, 2024 | 12 Comments"),
    ("en", "Last updated: 14 February 2024 · 6 min read"),
    ("fr", "Par Julien R. · 7 février 2024 · 5 min de lecture"),
    ("de", "12.03.2024 | Lesezeit: 4 Minuten"),
    ("en", "Alan Woinski and Kim Woinski | 3 days ago"),
    ("en", "November 19, 2019 / 12:21 AM / Updated 14 hours ago"),
]
BYLINE_DATE_KEEP: list[Row] = [
    ("en", "Reviewed by the council, the plan passed without a vote against it."),
    ("en", "By the time firefighters came, the barn was gone."),
    ("en", "By Monday the roads were open again."),
    ("en", "By Tuesday, the water had receded."),
    ("en", "By Christmas, prices had doubled."),
    ("en", "On March 12, 2024, the council voted to close the library."),
    ("en", "It took 5 minutes to read the verdict, the clerk said."),
    ("en", "Three hours ago, the river burst its banks."),
    ("de", "Von Berlin aus fuhr der Zug weiter."),
    ("de", "Von Montag an gilt die neue Regel."),
    ("fr", "Par ailleurs, la ville a investi dans les écoles."),
    ("es", "Por la tarde, el tráfico volvió a la normalidad."),
    ("es", "Por Navidad, las calles se llenan de luces."),
    ("it", "Di fronte al municipio si è radunata la folla."),
    ("nl", "Door de storm vielen veel bomen om."),
    # A row of other things, beside a date or not.
    ("en", "Calories: 196kcal | Carbohydrates: 32g"),
    ("en", "Prep 10 min | Cook 20 min | Serves 4"),
    ("en", "March 12, 2024 | Council approves the new budget"),
    ("en", "Alan Woinski | Kim Woinski"),
]

CAPTION_REMOVE: list[Row] = [
    ("en", "The mayor at the opening. Photo: Jane Doe"),
    ("en", "Firefighters at the scene (Getty Images)"),
    ("en", "(Photo by John Smith/Getty Images)"),
    ("en", "Photo credit: Jane Doe"),
    ("en", "Photo: Reuters"),
    ("en", "1 of 4 Firefighters at the scene"),
    ("en", "Image 2 of 10"),
    ("en", "Play video"),
    ("en", "Toggle caption"),
    ("de", "Der Bürgermeister bei der Eröffnung. Foto: Max Muster"),
    ("de", "Foto: dpa"),
    ("de", "Bild: Keystone"),
    ("de", "Bildergalerie"),
    ("fr", "Le maire lors de l’inauguration. Crédit : AFP"),
    ("fr", "Photo : AFP"),
    ("es", "El alcalde durante la inauguración. Foto: EFE"),
    ("it", "Il sindaco all’inaugurazione. Foto: ANSA"),
    ("pt", "O prefeito na inauguração. Foto: Reuters"),
    ("nl", "De burgemeester bij de opening. Foto: ANP"),
]
CAPTION_KEEP: list[Row] = [
    ("en", "Getty Images said it would cut 300 jobs."),
    ("en", "Reuters reported the deal first, citing two sources."),
    ("en", "Photo albums filled the shelves of the old house."),
    ("en", "The photo was taken by a tourist on Friday."),
    ("en", "The source of the leak has not been identified."),
    ("en", "Credit card debt rose 8% last year."),
    ("de", "Das Foto zeigt den Bürgermeister bei der Eröffnung, sagte die Sprecherin."),
    ("fr", "La photo a été prise par un touriste vendredi."),
    ("es", "La foto fue tomada por un turista el viernes."),
    ("it", "La foto è stata scattata da un turista venerdì."),
    ("pt", "A foto foi tirada por um turista na sexta-feira."),
    ("nl", "De foto werd vrijdag door een toerist gemaakt."),
]

INLINE_CROSSLINK_REMOVE: list[Row] = [
    ("en", "» Related: 15 Things To Know About Booking Rental Cars"),
    ("en", "READ ALSO: Storm hits coast"),
    ("en", "Related: Council approves budget"),
    ("en", "Read more: How the flood was stopped"),
    ("en", "Watch: The moment the bridge collapsed"),
    ("de", "LESEN SIE AUCH: Neue Brücke eröffnet"),
    ("de", "Mehr zum Thema: Die Flut im Ahrtal"),
    ("de", "Siehe auch: Wahl in Berlin"),
    ("fr", "À LIRE AUSSI : La crue de la Seine"),
    ("fr", "Lire aussi : Le budget adopté"),
    ("fr", "Voir aussi : La réforme des retraites"),
    ("es", "LEA TAMBIÉN: El temporal llega a Galicia"),
    ("es", "Lee también: La reforma fiscal"),
    ("es", "Te puede interesar: Las claves del presupuesto"),
    ("it", "LEGGI ANCHE: Il maltempo in Liguria"),
    ("it", "Vedi anche: La riforma"),
    ("pt", "LEIA TAMBÉM: A reforma tributária"),
    ("pt", "Veja também: O novo orçamento"),
    ("pt", "Saiba mais: Como funciona o imposto"),
    ("nl", "LEES OOK: Storm raast over het land"),
    ("nl", "Lees ook » Nieuwe brug geopend"),
    ("nl", "Zie ook: De verkiezingen"),
]
INLINE_CROSSLINK_KEEP: list[Row] = [
    ("en", "Related costs rose 4%, the company said."),
    ("en", "The company said related costs rose 4%."),
    ("en", "Read also the small print, the lawyer advised."),
    ("en", "Watch the video on our website for more."),
    ("en", "Video evidence was shown to the jury on Monday."),
    ("de", "Lesen Sie auch das Kleingedruckte, rät der Anwalt."),
    ("fr", "Lire aussi les notices est conseillé."),
    ("it", "Leggi anche le istruzioni prima dell’uso, dice il medico."),
    ("pt", "Leia também o contrato antes de assinar, recomenda o advogado."),
    ("nl", "Lees ook de bijsluiter, zegt de apotheker."),
]

# Context rules: as single lines, an article sentence is never a header or a teaser.
RELATED_BLOCK_KEEP: list[Row] = [
    ("en", "The company said related costs rose 4%."),
    ("en", "Related costs rose 4%."),
    ("en", "Recommended doses vary with age, the doctor said."),
    ("en", "More from the minister is expected on Monday."),
    ("de", "Mehr zum Thema gibt es am Montag im Stadtrat."),
    ("fr", "Lire aussi le rapport complet, conseille la ministre."),
    ("es", "Te puede interesar saber que el museo abre el lunes."),
    ("it", "Leggi anche il rapporto completo, consiglia la ministra."),
    ("pt", "Veja também o relatório completo, recomenda a ministra."),
    ("nl", "Lees ook het volledige rapport, raadt de minister aan."),
    # A lone "Featured" heads a page's own featured items as often as others' teasers.
    ("en", "Featured"),
]
REPEATED_TEASER_KEEP: list[Row] = [
    ("en", "The council approved the new budget on Tuesday after a long debate."),
    ("en", "And then, as the lights went out, she whispered something I never forgot..."),
    ("de", "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt beschlossen."),
]

# A post's title needs the link above it: see test_the_post_a_previous_or_next_link_names.
POST_NAVIGATION_KEEP: list[Row] = [
    ("en", "How to Choose the Right Pot for Your Plant"),
    ("de", "Nächster Beitrag"),
]

TABLES: dict[Rule, tuple[list[Row], list[Row]]] = {
    share_line: (SHARE_LINE_REMOVE, SHARE_LINE_KEEP),
    advertisement: (ADVERTISEMENT_REMOVE, ADVERTISEMENT_KEEP),
    consent_notice: (CONSENT_NOTICE_REMOVE, CONSENT_NOTICE_KEEP),
    newsletter_prompt: (NEWSLETTER_PROMPT_REMOVE, NEWSLETTER_PROMPT_KEEP),
    paywall_prompt: (PAYWALL_PROMPT_REMOVE, PAYWALL_PROMPT_KEEP),
    feedback_widget: (FEEDBACK_WIDGET_REMOVE, FEEDBACK_WIDGET_KEEP),
    comment_section: (COMMENT_SECTION_REMOVE, COMMENT_SECTION_KEEP),
    footer: (FOOTER_REMOVE, FOOTER_KEEP),
    tag_line: (TAG_LINE_REMOVE, TAG_LINE_KEEP),
    navigation: (NAVIGATION_REMOVE, NAVIGATION_KEEP),
    breadcrumb: (BREADCRUMB_REMOVE, BREADCRUMB_KEEP),
    pagination: (PAGINATION_REMOVE, PAGINATION_KEEP),
    byline_date: (BYLINE_DATE_REMOVE, BYLINE_DATE_KEEP),
    caption: (CAPTION_REMOVE, CAPTION_KEEP),
    inline_crosslink: (INLINE_CROSSLINK_REMOVE, INLINE_CROSSLINK_KEEP),
    # Their must-remove cases need a page around them: see the context tests below.
    related_block: ([], RELATED_BLOCK_KEEP),
    repeated_teaser: ([], REPEATED_TEASER_KEEP),
    post_navigation: ([], POST_NAVIGATION_KEEP),
}


def _params(which: int) -> list[Any]:
    params = []
    for rule, tables in TABLES.items():
        verb = ("remove", "keep")[which]
        for row in tables[which]:
            if isinstance(row, Bug):
                params.append(
                    pytest.param(
                        rule,
                        row.line,
                        id=f"{rule.__name__}-{verb}-{row.lang}-{row.line}",
                        marks=pytest.mark.xfail(reason=row.reason, strict=True),
                    )
                )
            else:
                lang, line = row
                params.append(pytest.param(rule, line, id=f"{rule.__name__}-{verb}-{lang}-{line}"))
    return params


@pytest.mark.parametrize(("rule", "line"), _params(0))
def test_rule_removes(rule: Rule, line: str) -> None:
    assert removed_lines(rule, line) == [line]


@pytest.mark.parametrize(("rule", "line"), _params(1))
def test_rule_keeps(rule: Rule, line: str) -> None:
    assert removed_lines(rule, line) == []


def test_every_rule_has_a_table() -> None:
    # The DOM rules judge markup, not lines: their tables are in tests/test_html.py.
    text_rules = {rule.__name__ for rule in TEXT_RULES}
    assert text_rules == {rule.__name__ for rule in TABLES}


# -- the contract every rule keeps -----------------------------------------------------

# A page holding one line of every table (both columns), so every rule fires somewhere.
_EVERY_LINE = "\n\n".join(
    row.line if isinstance(row, Bug) else row[1]
    for remove, keep in TABLES.values()
    for row in remove + keep
)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_verdicts_name_the_rule_and_a_real_block(rule: Rule) -> None:
    blocks = blocks_of(_EVERY_LINE)
    before = [(b.index, b.text, b.paragraph) for b in blocks]
    verdicts = list(rule(blocks, Config()))
    for verdict in verdicts:
        assert isinstance(verdict, Verdict)
        assert verdict.rule == rule.__name__
        assert 0 <= verdict.index < len(blocks)
        assert isinstance(verdict.why, str) and verdict.why.strip()
    # A rule only judges: it never edits, reorders or drops blocks.
    assert [(b.index, b.text, b.paragraph) for b in blocks] == before


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_rule_on_no_blocks(rule: Rule) -> None:
    assert list(rule([], Config())) == []


# Ordinary article sentences holding some rule's trigger words: no rule may remove them.
ARTICLE_SENTENCES: list[Row] = [
    ("en", "Share your thoughts with your doctor before changing the dose."),
    ("en", "Cookies were sold at the fair for charity."),
    ("en", "The company said related costs rose 4%."),
    ("en", "She subscribed to the idea that work should be paid."),
    ("en", "Subscribe to the idea that everyone deserves a second chance, she said."),
    ("en", "The newsletter, founded in 1998, has 40,000 readers."),
    ("en", "Her email address was leaked in a data breach, the court heard."),
    ("en", "The advertisement won an award."),
    ("en", "The login screen was redesigned last year, the company said."),
    ("en", "The comments drew 300 replies."),
    ("en", "Comment on the draft is open until March."),
    ("en", "Next week, the council will vote on the budget."),
    ("en", "More than 300 people attended the meeting."),
    ("en", "Read more books, the teacher told the class."),
    ("en", "The Home Office said the rules would change."),
    ("en", "Page after page of the report was blacked out."),
    ("en", "Nobody was hurt."),
    ("de", "Die Kinder teilen sich ein Zimmer mit ihren Großeltern."),
    ("de", "Die Cookies wurden auf dem Markt für einen guten Zweck verkauft."),
    ("de", "Weitere Informationen gibt es beim Rathaus."),
    ("fr", "Les cookies ont été vendus au profit d’une association."),
    ("fr", "Les abonnés du club de tennis ont voté contre la hausse."),
    ("es", "Las galletas se vendieron en la feria a beneficio de la escuela."),
    ("es", "Los comentarios del ministro provocaron una polémica."),
    ("it", "Il pubblico ha condiviso le foto sui social dopo il concerto."),
    ("it", "I biscotti sono stati venduti alla fiera di beneficenza."),
    ("pt", "Os biscoitos foram vendidos na feira para caridade."),
    ("pt", "Os comentários do ministro geraram polémica."),
    ("nl", "De koekjes werden op de markt verkocht voor het goede doel."),
    ("nl", "De reacties van de minister waren lovend."),
]


@pytest.mark.parametrize(
    "line", [pytest.param(line, id=f"{lang}-{line}") for lang, line in ARTICLE_SENTENCES]
)
def test_no_rule_removes_an_article_sentence(line: str) -> None:
    removed_by = [rule.__name__ for rule in RULES if removed_lines(rule, line)]
    assert removed_by == []


# -- context: feedback answers, barriers -------------------------------------------------


def test_feedback_widget_claims_the_answers_after_it() -> None:
    page = "Was this article helpful?\nYes\nNo"
    assert removed_lines(feedback_widget, page) == ["Was this article helpful?", "Yes", "No"]


def test_feedback_answers_far_from_a_widget_stay() -> None:
    prose = "The council approved the new budget on Tuesday after a long debate."
    page = "\n".join(["Was this article helpful?", prose, prose, prose, prose, "Yes"])
    assert "Yes" not in removed_lines(feedback_widget, page)


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        pytest.param(comment_section, "Leave a Reply", id="comment-header"),
        pytest.param(comment_section, "Kommentare", id="comment-header-de"),
        pytest.param(
            comment_section, "59 Comments on “Starship Troopers”", id="comment-count-titled"
        ),
        pytest.param(footer, "© 2024 Example Media. All rights reserved.", id="copyright-reserved"),
        pytest.param(footer, "© 2024 Exempel AB. Alla rättigheter förbehållna.", id="reserved-sv"),
        pytest.param(footer, "© 2024 Esimerkki Oy. Kaikki oikeudet pidätetään.", id="reserved-fi"),
        pytest.param(footer, "© 2024 Örnek A.Ş. Tüm hakları saklıdır.", id="reserved-tr"),
        pytest.param(footer, "Copyright © 2024 示例新闻 版权所有", id="reserved-zh"),
        pytest.param(footer, "Copyright © 例新聞社 無断転載を禁じます", id="reserved-ja"),
        pytest.param(footer, "Copyright ⓒ 예시뉴스. 무단전재 및 재배포 금지", id="reserved-ko"),
    ],
)
def test_barriers(rule: Rule, line: str) -> None:
    """Comment headers and rights-reserved lines end the article (the locator may not cross)."""
    [verdict] = rule(blocks_of(line), Config())
    assert verdict.barrier


@pytest.mark.parametrize(
    ("link", "title"),
    [
        ("Previous Post", "How to Choose the Right Pot for Your Plant"),
        ("Next", "Bang & Olufsen Beoplay EX Review"),
        ("Article suivant", "Pourquoi les rosiers aiment le soleil"),
        ("Nächster Beitrag", "So gelingt der Sauerteig"),
    ],
)
def test_the_post_a_previous_or_next_link_names(link: str, title: str) -> None:
    page = f"The last sentence of the post, before its links.\n{link}\n{title}"
    assert removed_lines(post_navigation, page) == [title]


def test_a_paragraph_after_next_is_not_a_post_title() -> None:
    long = (
        "Next, the council will vote on the budget, which has grown by a fifth since last "
        "year, and the mayor expects it to pass."
    )
    assert removed_lines(post_navigation, f"Next\n{long}\nNext\nPrevious") == []


def test_a_comment_header_under_every_item_is_no_barrier() -> None:
    # A listing prints a "Comment" link under each of its items: the header's shape,
    # but not the start of a comment section.
    item = "Firm opens a new office in Vienna\nComment\n"
    verdicts = list(comment_section(blocks_of(item * 3), Config()))
    assert len(verdicts) == 3 and not any(v.barrier for v in verdicts)
    [alone] = comment_section(blocks_of("Comment"), Config())
    assert alone.barrier


def test_two_authors_saying_are_a_comment_thread() -> None:
    # "Jane says" once may be a line of the story; two such lines are comments.
    one = list(comment_section(blocks_of("Jane Doe says\nThe plan works."), Config()))
    assert [v.barrier for v in one] == [False]
    two = "Jane Doe says\nThe plan works.\nMo says\nIt does not."
    assert [v.barrier for v in comment_section(blocks_of(two), Config())] == [True, True]


def test_comments_below_a_comment_header_are_not_the_article() -> None:
    # A short article, then a comment thread with more prose than the article: the
    # thread is fenced by author lines and dates, and the header above it says
    # what it is.
    article = [
        "Organic Pest Control Spray for Gardens",
        "Home",
        "Garden",
        "This spray keeps aphids and cabbage worms off the garden without any chemicals at all.",
        "Mix two cups of water with a spoon of dish soap and a crushed clove of garlic.",
        "Spray the leaves in the evening, and again after every rain, for two weeks.",
        "Most pests leave within a few days, and the bees are not harmed by the mixture.",
    ]
    comments: list[str] = []
    names = ["Sharon", "Amy", "Doris Adams", "Jill", "Mo", "Kate Lee", "Tom", "Ann"]
    for day, name in enumerate(names, 14):
        comments += [
            f"{name} says",
            f"July {day}, 2015 at 3:53 pm",
            "I tried this on my cabbages last summer and it worked far better than the spray "
            "from the store, which my neighbour still swears by for some reason. The worms "
            "were gone within the week, and the leaves grew back greener than they had been.",
            "Reply",
        ]
    page = "\n".join([*article, "8 Comments", *comments])
    out = cleaner.clean(page)
    assert article[3] in out and article[6] in out
    assert "cabbages last summer" not in out


# -- context: a related-content header claims the teasers after it --------------------------

_PROSE = (
    "The mayor said the town would rebuild the bridge by next spring at the latest, "
    "and residents welcomed the plan."
)
_PROSE_AFTER = (
    "The governor said the state would pay for half of the repairs, and the work "
    "would start as soon as the water had gone down."
)

RELATED_RUNS = [
    ("en", "You May Also Like", ["Storm Hits Coast", "Town Rebuilds After Flood"]),
    ("en", "Related Articles", ["Storm Hits Coast", "Town Rebuilds After Flood"]),
    ("en", "More from Daily News", ["Storm Hits Coast", "Town Rebuilds After Flood"]),
    ("de", "Mehr zum Thema", ["Sturm trifft die Küste", "Stadt baut nach der Flut neu auf"]),
    (
        "de",
        "Das könnte Sie auch interessieren",
        ["Sturm trifft die Küste", "Stadt baut nach der Flut neu auf"],
    ),
    (
        "fr",
        "Sur le même sujet",
        ["La tempête frappe la côte", "La ville reconstruit après la crue"],
    ),
    ("fr", "À lire aussi", ["La tempête frappe la côte", "La ville reconstruit après la crue"]),
    (
        "es",
        "Te puede interesar",
        ["El temporal azota la costa", "El pueblo se reconstruye tras la riada"],
    ),
    (
        "es",
        "Noticias relacionadas",
        ["El temporal azota la costa", "El pueblo se reconstruye tras la riada"],
    ),
    (
        "it",
        "Leggi anche",
        ["La tempesta colpisce la costa", "Il paese ricostruisce dopo l'alluvione"],
    ),
    (
        "it",
        "Articoli correlati",
        ["La tempesta colpisce la costa", "Il paese ricostruisce dopo l'alluvione"],
    ),
    ("pt", "Veja também", ["Tempestade atinge o litoral", "Cidade reconstrói após a enchente"]),
    (
        "pt",
        "Notícias relacionadas",
        ["Tempestade atinge o litoral", "Cidade reconstrói após a enchente"],
    ),
    ("nl", "Lees ook", ["Storm raakt de kust", "Stad bouwt opnieuw na overstroming"]),
    ("nl", "Gerelateerde artikelen", ["Storm raakt de kust", "Stad bouwt opnieuw na overstroming"]),
    # A shop's recommendations under a product.
    ("en", "People who viewed this item also viewed", ["Trail Runner 2, Blue", "$89.00"]),
    ("en", "Frequently bought together", ["Trail Runner 2, Blue", "$89.00"]),
    ("de", "Kunden kauften auch", ["Wanderschuh Alpin, Grau", "89,00 €"]),
    ("fr", "Produits similaires", ["Chaussure de trail, bleue", "89,00 €"]),
    ("es", "Vistos recientemente", ["Zapatilla de trail, azul", "89,00 €"]),
    ("it", "Spesso comprati insieme", ["Scarpa da trail, blu", "89,00 €"]),
    ("pt", "Produtos semelhantes", ["Tênis de trilha, azul", "R$ 389,00"]),
    ("nl", "Vaak samen gekocht", ["Trailschoen, blauw", "€ 89,00"]),
]


@pytest.mark.parametrize(
    ("header", "teasers"),
    [pytest.param(h, t, id=f"{lang}-{h}") for lang, h, t in RELATED_RUNS],
)
def test_related_block_claims_header_and_teasers_until_prose(
    header: str, teasers: list[str]
) -> None:
    page = "\n".join([_PROSE, header, *teasers, _PROSE_AFTER])
    assert removed_lines(related_block, page) == [header, *teasers]


def test_related_block_seed_like_run() -> None:
    """The seed page's tail: a header, then captions, titles, rewrites and cut-off snippets."""
    page = "\n".join(
        [
            _PROSE,
            "",
            "Share this @example.com",
            "You May Also Like",
            "Harbour ferry resumes service after storm damage repaired",
            "",
            "Ferry Service Returns to the Harbour After Storm Repairs",
            "",
            "The harbour ferry carried its first passengers in three weeks on…",
            "Volunteers clearing debris on the beach.",
            "",
            "Volunteers Clear Tons of Debris From Town Beach in a Single Weekend",
            "",
            "More than 200 volunteers spent the weekend hauling driftwood and…",
        ]
    )
    removed = removed_lines(related_block, page)
    assert _PROSE not in removed
    assert removed[0] == "You May Also Like"
    assert removed[-1] == "More than 200 volunteers spent the weekend hauling driftwood and…"
    assert len(removed) == 7


def test_related_block_stops_at_a_comment_section() -> None:
    """The teasers under a related header end where a comment section starts: a
    reader's comment is no teaser, however short."""
    page = "\n".join(
        [
            _PROSE,
            "You might also like",
            "Salted Caramel Blondies",
            "Apple Crumble Bars",
            "23 Comments",
            "Janet R.",
            "Made this twice already, my kids love it!",
            "Reply",
            "Jetzt kommentieren",
        ]
    )
    removed = removed_lines(related_block, page)
    assert removed == ["You might also like", "Salted Caramel Blondies", "Apple Crumble Bars"]
    page = "\n".join(["Mehr zum Thema", "Storm hits coast", "Jetzt kommentieren", "Ein Leser"])
    assert removed_lines(related_block, page) == ["Mehr zum Thema", "Storm hits coast"]


def test_reader_comments_under_a_comment_section() -> None:
    """Below an article's comment section header, what the article leaves out is a
    reader's comment (the locator says so); the section's own lines keep their
    reasons: the form and its fields, the controls, the dates."""
    page = "\n\n".join(
        [
            _PROSE,
            _PROSE_AFTER,
            "Crews worked through the night to restore the lines, and most customers had "
            "electricity again by noon on Sunday, officials said.",
            "Leave a Comment",
            "Name *",
            "Post Comment",
            "Sophie L.\n5 octobre 2023 à 09h47\nMade this twice already, my kids love it!\nReply",
            "© 2024 Example Media. All rights reserved.\nAbout",
        ]
    )
    reasons = {b.text: (b.rule, b.why) for b in cleaner.explain(page).blocks}
    comment = ("outside_article", READER_COMMENT)
    assert reasons["Sophie L."] == comment
    assert reasons["Made this twice already, my kids love it!"] == comment
    assert reasons["Leave a Comment"] == ("comment_section", "a comment section header")
    assert reasons["Name *"] == ("comment_section", "a field of the comment form")
    assert reasons["Post Comment"] == ("comment_section", "the comment form")
    assert reasons["5 octobre 2023 à 09h47"] == ("byline_date", "a date line")
    assert reasons["Reply"] == ("comment_section", "a comment control")
    assert reasons["About"][0] == "footer"
    assert reasons[_PROSE] == (None, None)


def test_no_form_fields_where_no_article_stands_above_the_section() -> None:
    """A menu's "Join the conversation" over a forum's posts starts no comment
    section whose fields could be told: "Name" there is the page's."""
    page = "\n".join(["Join the conversation", "Name", "How do I prune roses?"])
    whys = [v.why for v in comment_section(blocks_of(page), Config())]
    assert whys == ["a comment section header"]


def test_related_block_without_header_removes_nothing() -> None:
    page = "\n".join([_PROSE, "Storm Hits Coast", "Town Rebuilds After Flood", _PROSE_AFTER])
    assert removed_lines(related_block, page) == []


# -- context: teasers told by their shape (title, rewrite, cut-off snippet) --------------------

TEASER_LISTS = [
    (
        "en",
        [
            "Smiling fugitive recaptured and returned to Kentucky after dramatic airport escape",
            "",
            "Grinning Escapee Captured and Brought Back to Kentucky After Airport Getaway",
            "",
            "A fugitive who fled custody at an international airport in May seemed…",
            "Jonestown survivors weigh in on site becoming tourist attraction",
            "",
            "Jonestown survivors comment on plans to turn site into tourist destination",
            "",
            "Jonestown remains etched in the American conscience as one of the darkest…",
        ],
    ),
    (
        "de",
        [
            "Sturm trifft die Küste: Hunderte Häuser ohne Strom",
            "",
            "Am Freitag traf der Sturm die Nordseeküste und ließ…",
            "Neue Brücke über den Rhein eröffnet",
            "",
            "Nach vier Jahren Bauzeit wurde am Montag die neue…",
        ],
    ),
    (
        "fr",
        [
            "La tempête frappe la côte bretonne",
            "",
            "Vendredi, la tempête a frappé la côte et privé…",
            "Un nouveau pont sur la Loire",
            "",
            "Après quatre ans de travaux, le nouveau pont a…",
        ],
    ),
    (
        "es",
        [
            "El temporal azota la costa gallega",
            "",
            "El viernes el temporal llegó a la costa y dejó…",
            "Un nuevo puente sobre el Ebro",
            "",
            "Tras cuatro años de obras, el nuevo puente fue…",
        ],
    ),
    (
        "it",
        [
            "La tempesta colpisce la costa ligure",
            "",
            "Venerdì la tempesta ha raggiunto la costa e ha lasciato…",
            "Un nuovo ponte sul Po",
            "",
            "Dopo quattro anni di lavori, il nuovo ponte è stato…",
        ],
    ),
    (
        "pt",
        [
            "Tempestade atinge o litoral norte",
            "",
            "Na sexta-feira, a tempestade chegou ao litoral e deixou…",
            "Uma nova ponte sobre o Tejo",
            "",
            "Depois de quatro anos de obras, a nova ponte foi…",
        ],
    ),
    (
        "nl",
        [
            "Storm raakt de Zeeuwse kust",
            "",
            "Vrijdag bereikte de storm de kust en liet duizenden…",
            "Nieuwe brug over de Maas geopend",
            "",
            "Na vier jaar bouwen werd maandag de nieuwe brug over…",
        ],
    ),
]


@pytest.mark.parametrize("teasers", [pytest.param(lines, id=lang) for lang, lines in TEASER_LISTS])
def test_repeated_teaser_removes_titles_rewrites_and_snippets(teasers: list[str]) -> None:
    page = "\n".join([_PROSE, "", *teasers])
    assert removed_lines(repeated_teaser, page) == [line for line in teasers if line]


def test_repeated_teaser_title_followed_by_its_rewrite() -> None:
    title, rewrite = (
        "Council approves new budget for city schools",
        "City council approves new budget for schools",
    )
    page = "\n".join([_PROSE, "", title, "", rewrite, "", _PROSE_AFTER])
    assert removed_lines(repeated_teaser, page) == [title, rewrite]


def test_repeated_teaser_title_printed_twice() -> None:
    title = "Council Approves New Budget For Schools"
    page = "\n".join([_PROSE, "", title, title, "", _PROSE_AFTER])
    assert title in removed_lines(repeated_teaser, page)
    assert _PROSE not in removed_lines(repeated_teaser, page)


def test_repeated_teaser_keeps_a_lone_trailing_ellipsis_and_subheadings() -> None:
    page = "\n".join(
        [
            "Storm hits the coast",
            "",
            _PROSE,
            "",
            "And then, as the lights went out, she whispered something I never forgot...",
            "",
            "What happens next",
            "",
            _PROSE_AFTER,
        ]
    )
    assert removed_lines(repeated_teaser, page) == []


def test_repeated_teaser_keeps_a_line_that_trails_off_between_paragraphs() -> None:
    # Two cut-off lines on the page make snippets count; the one between two
    # paragraphs is the article's, the one under a teaser's title is a snippet.
    aside = "She said the water came up faster than anyone in the village could run,"
    snippet = "The bridge over the river was closed on Friday after the water rose…"
    page = "\n".join(
        [_PROSE, "", aside + " and then…", "", _PROSE_AFTER, "", "Flood Closes Bridge", snippet]
    )
    assert removed_lines(repeated_teaser, page) == ["Flood Closes Bridge", snippet]


def test_repeated_teaser_keeps_a_heading_its_table_of_contents_printed_first() -> None:
    heading = "What The Council Decided On Tuesday"
    page = "\n".join(
        ["Contents", heading, "Who Voted Against It", "What Comes Next", "", _PROSE, "", heading]
        + [_PROSE_AFTER]
    )
    assert heading not in removed_lines(repeated_teaser, page)
    # Printed again on the next line, it is a headline printed twice.
    assert removed_lines(repeated_teaser, "\n".join([heading, heading, _PROSE_AFTER])) == [heading]


# -- line rules judge a text, not its place ------------------------------------------------

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


@pytest.mark.parametrize("rule", LINE_RULES, ids=lambda rule: rule.__name__)
def test_a_line_rule_gives_a_text_the_same_verdict_wherever_it_stands(rule: Rule) -> None:
    # The pipeline shows a line rule each distinct text once, and only the texts
    # no line rule has claimed yet: that is sound only if the verdict on a block
    # depends on its text alone, not on the blocks around it.
    for sample in SAMPLES:
        blocks = blocks_of(sample.read_text(encoding="utf-8"))
        whole: dict[int, tuple[str, bool]] = {}
        for verdict in rule(blocks, Config()):
            whole.setdefault(verdict.index, (verdict.why, verdict.barrier))
        for block in blocks:
            alone = [(v.why, v.barrier) for v in rule([block], Config())]
            assert alone[:1] == ([whole[block.index]] if block.index in whole else []), (
                sample.name,
                block.text,
            )


@pytest.mark.parametrize(
    ("line", "cjk"),
    [
        ("Les élèves de l’école ont été très contents — c’est vrai.", 0),
        ("Ein Gespräch über Straßenbahnen im Großraum München", 0),
        ("Ответ на вопрос о погоде в Москве", 0),
        ("Great news 😀 for everyone ✓", 0),  # the emoji is above U+3040, and no CJK
        ("東京で新しい図書館が開館しました。", 16),
        # the long-vowel mark "ー" belongs to both kana (script Common): not counted
        ("Samsung 삼성 and Sony ソニー", 4),
        ("The kanji 漢 stands alone", 1),
    ],
)
def test_cjk_characters_are_counted_only_where_there_are_some(line: str, cjk: int) -> None:
    assert cleaner.measure.features.measure(line).cjk == cjk


# -- declarations: what each rule says it is -------------------------------------------


def _declarations_in_modules() -> set[str]:
    """Every Declaration a rule module holds, by the rule it declares."""
    import importlib
    import pkgutil

    import cleaner.rules as package
    from cleaner.verdicts import Declaration

    found = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"cleaner.rules.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Declaration):
                found.add(value.name)
    return found


def test_every_rule_is_declared_once_and_in_the_order() -> None:
    from cleaner.rules import DECLARED
    from cleaner.verdicts import SCOPES

    assert [d.rule for d in DECLARED] == list(RULES)
    assert len({d.name for d in DECLARED}) == len(DECLARED)
    # A declaration left out of the order would be a rule that never runs.
    assert _declarations_in_modules() == {d.name for d in DECLARED}
    import cleaner.rules as package

    assert {d.name for d in DECLARED} <= set(package.__all__)
    for d in DECLARED:
        assert d.scope in SCOPES, d
        assert d.kinds and d.description.strip(), d


def test_the_rule_sets_are_derived_from_the_scopes() -> None:
    from cleaner.rules import CONTEXT_RULES, DECLARED, LINE_RULES
    from cleaner.verdicts import CONTEXT, DOM, LINE

    assert set(LINE_RULES) == {d.rule for d in DECLARED if d.scope == LINE}
    assert set(CONTEXT_RULES) == {d.rule for d in DECLARED if d.scope == CONTEXT}
    assert set(TEXT_RULES) == {d.rule for d in DECLARED if d.scope != DOM}
    assert comment_section not in LINE_RULES and comment_section not in CONTEXT_RULES


def test_each_vocabulary_group_is_read_by_the_rule_it_names() -> None:
    from cleaner.lang.concepts import GROUPS
    from cleaner.rules import DECLARED

    reads = {group for d in DECLARED for group in d.reads}
    assert reads <= set(GROUPS)
    by_name = {d.name: d for d in DECLARED}
    for group, (rule, _) in GROUPS.items():
        if rule:
            assert group in by_name[rule].reads, (group, rule)
        else:
            assert group not in reads


def _sample_verdicts() -> list[tuple[str, Verdict]]:
    """Every rule's verdicts on every sample page, text and HTML, all rules run alone."""
    from cleaner.read.html import parse_html
    from cleaner.rules import DECLARED

    samples = Path(__file__).resolve().parent.parent / "samples"
    found = []
    for path in sorted(samples.glob("*.txt")) + sorted(samples.glob("*.html")):
        if path.name.endswith(".expected.txt"):
            continue
        if path.suffix == ".html":
            blocks = parse_html(path.read_bytes()).blocks
        else:
            blocks = blocks_of(path.read_text(encoding="utf-8"))
        for d in DECLARED:
            found.extend((path.name, verdict) for verdict in d.rule(blocks, Config()))
    return found


def test_every_verdict_is_of_a_kind_its_rule_declares() -> None:
    from cleaner.rules import DECLARED

    by_name = {d.name: d for d in DECLARED}
    seen: dict[str, set[int]] = {}
    for page, verdict in _sample_verdicts():
        declared = by_name[verdict.rule]
        assert verdict.kind in declared.kinds, (page, verdict)
        assert declared.barrier or not verdict.barrier, (page, verdict)
        seen.setdefault(verdict.rule, set()).add(verdict.kind)
    # The check has something to check: most rules fire on the samples.
    assert len(seen) >= 18, sorted(seen)
