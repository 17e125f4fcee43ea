"""Spanish (es): the words and phrases sites in Spanish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "es"
NAME = "Spanish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        el los las unos unas del y o pero que quien cual donde es son era fue ser ha han
        había él ella ellos ellas nosotros yo lo le les su sus este esta estos estas en con
        sin por para sobre entre más muy no se al como también ya
    """,
    "share_verb": """
        compartir compartido comparte imprimir enviar copiar guardar correo
    """,
    "share_filler": """
        este esta artículo en por con enlace el la
    """,
    "share_prompt": """
        compartir este artículo
        comparte este artículo
    """,
    "share_count_noun": """
        compartidos
    """,
    "new_window": """
        se abre en una nueva ventana
        se abre en una nueva pestaña
        se abre en nueva ventana
        se abre en nueva pestaña
    """,
    "follow_verb": """
        síguenos
    """,
    "related_header": """
        te puede interesar
        también te puede interesar
        te podría interesar
        quizás te interese
        quizá te interese
        puede interesarte
        noticias relacionadas
        artículos relacionados
        contenido relacionado
        relacionado
        relacionados
        lo más leído
        lo más visto
        más leídas
        más leídos
        lee también
        lea también
        leer más
        más noticias
        más artículos
        te recomendamos
        recomendados
        recomendamos
        últimas noticias
        entradas recientes
        artículos recientes
        otras noticias
        productos similares
        artículos similares
        productos relacionados
        comprados juntos habitualmente
        frecuentemente comprados juntos
        los clientes también compraron
        los clientes que compraron este producto también compraron
        vistos recientemente
        productos vistos recientemente
    """,
    "related_header_prefix": """
        más de
        más sobre
        más noticias de
    """,
    "crosslink_label": """
        lea también
        lee también
        te puede interesar
        ver también
        también
        relacionado
        relacionada
    """,
    "consent": """
        almacenar la información en un dispositivo y/o acceder a ella
        cookies estrictamente necesarias
        cookies de rendimiento
        cookies funcionales
        cookies analíticas
        utilizamos cookies
        usamos cookies
        este sitio web utiliza cookies
        este sitio utiliza cookies
        política de cookies
        configuración de cookies
    """,
    "consent_button": """
        aceptar todas
        aceptar todo
        rechazar todas
        uso de cookies
    """,
    "newsletter": """
        a nuestra newsletter
        a nuestro boletín
        suscríbete a nuestro boletín
        suscríbete a nuestra newsletter
        suscríbete al boletín
        recibe nuestro boletín
    """,
    "newsletter_weak": """
        suscríbete
        tu correo electrónico
        correo electrónico
    """,
    "paywall": """
        ya eres suscriptor
        suscríbete para seguir leyendo
        para seguir leyendo
        contenido exclusivo para suscriptores
    """,
    "paywall_weak": """
        crea una cuenta
    """,
    "login_line": """
        iniciar sesión
        registrarse
        regístrate
        mi cuenta
        suscribirse
    """,
    "advertisement_label": """
        publicidad
        patrocinado
        contenido patrocinado
    """,
    "affiliate": """
        enlaces de afiliado
        enlaces de afiliados
        contiene enlaces de afiliado
    """,
    "feedback": """
        te ha resultado útil
        te resultó útil
        fue útil este artículo
        te ha sido útil este artículo
        ha sido útil este artículo
        te ha sido útil esta información
    """,
    "feedback_answer": """
        sí no
        si no
    """,
    "comments_header": """
        comentarios
        comentario
        deja un comentario
        deja una respuesta
        escribe un comentario
    """,
    "comments_header_ending": """
        comentarios
    """,
    "comment_control": """
        responder
        denunciar
        me gusta
    """,
    "reply_control": """
        responder
    """,
    "comment_field": """
        nombre
        sitio web
    """,
    "comment_form": """
        publicar comentario
        tu dirección de correo electrónico no será publicada
        los campos obligatorios están marcados
    """,
    "comment_prompt": """
        inicia sesión para comentar
        regístrate para comentar
    """,
    "comment_count_noun": """
        comentario
        comentarios
    """,
    "comment_count_label": """
        comentarios
    """,
    "comment_title_one": """
        un
        una
    """,
    "comment_title_noun": """
        comentario
        comentarios
        respuesta
        respuestas
    """,
    "comment_title_preposition": """
        en
        a
        sobre
        para
    """,
    "answer_noun": """
        respuesta
        respuestas
    """,
    "comment_author_verb": """
        dice
        escribió
    """,
    "says_verb": """
        dice
    """,
    "tag_label": """
        etiquetas
        temas
        categorías
        categoría
        palabras clave
    """,
    "footer_link": """
        aviso legal
        política de privacidad
        términos y condiciones
        contacto
        quiénes somos
    """,
    "disclaimer": """
        no sustituye el consejo médico
        no sustituye la consulta
    """,
    "rights_reserved": """
        todos los derechos reservados
    """,
    "reserved_word": """
        reservados
    """,
    "nav_line": """
        más información
        comprar ahora
        ir al contenido
        saltar al contenido
        ir al contenido principal
        inicio
        buscar
        búsqueda
        cerrar
    """,
    "browser_notice": """
        por favor habilita javascript
        por favor activa javascript
    """,
    "post_link": """
        artículo anterior
        artículo siguiente
    """,
    "page_turn": """
        siguiente
        anterior
    """,
    "page_turn_noun": """
        página
        artículo
    """,
    "page_noun_before": """
        página
        artículo
        entrada
    """,
    "page_turn_after": """
        siguiente
        anterior
    """,
    "page_next": """
        siguiente
    """,
    "page_count": r"""
        página \d+ de \d+
    """,
    "byline_opener": """
        por
        autor
    """,
    "name_joiner": """
        y
        de
        del
    """,
    "author_box": """
        sobre el autor
        sobre la autora
    """,
    "author_about_opener": """
        sobre
    """,
    "author_role": """
        periodista redactor redactora
    """,
    "bio_verb": """
        es
    """,
    "minute_word": """
        minutos
    """,
    "read_word": """
        de lectura
    """,
    "reading_time_label": """
        tiempo de lectura
    """,
    "date_label": """
        publicado
        actualizado
    """,
    "date_label_preposition": """
        el
    """,
    "date_preposition": """
        el
    """,
    "weekday": """
        lunes
        martes
        miércoles
        jueves
        viernes
        sábado
        domingo
    """,
    "month": """
        enero
        febrero
        marzo
        abril
        mayo
        junio
        julio
        agosto
        septiembre
        octubre
        noviembre
        diciembre
        ene
        feb
        mar
        abr
        may
        jun
        jul
        ago
        sep
        sept
        oct
        nov
        dic
    """,
    "month_article": """
        de
    """,
    "time_preposition": """
        a las
    """,
    "relative_time": r"""
        hace\s+\d+
    """,
    "caption_word": """
        fuente
        foto
    """,
    "photo_label": """
        foto
        fuente
    """,
    "photo_paren_label": """
        foto
    """,
    "media_control": """
        ver galería
    """,
    "media_noun": """
        imagen
        foto
    """,
    "position_of": """
        de
    """,
}
