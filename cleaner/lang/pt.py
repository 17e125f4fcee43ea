"""Portuguese (pt): the words and phrases sites in Portuguese print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "pt"
NAME = "Portuguese"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        o os um uma uns umas do da dos das e ou mas que quem onde é são era foi ser tem têm
        ele ela eles elas nós eu se não mais para com sem por sobre entre no na nos nas ao
        aos como também já seu sua
    """,
    "share_verb": """
        compartilhar compartilhe partilhar partilhe enviar
    """,
    "share_filler": """
        este esta artigo no na por com o a
    """,
    "share_prompt": """
        compartilhe este artigo
    """,
    "share_count_noun": """
        compartilhamentos
    """,
    "new_window": """
        abre em nova janela
        abre em nova aba
        abre em nova guia
        abre numa nova janela
        abre numa nova aba
        abre numa nova guia
    """,
    "follow_verb": """
        siga
    """,
    "related_header": """
        veja também
        leia também
        leia mais
        saiba mais
        você também pode gostar
        você pode gostar
        também pode gostar
        notícias relacionadas
        artigos relacionados
        conteúdo relacionado
        relacionados
        relacionadas
        mais lidas
        mais lidos
        mais notícias
        mais artigos
        recomendados
        recomendamos
        últimas notícias
        posts recentes
        artigos recentes
        produtos semelhantes
        produtos similares
        produtos relacionados
        itens semelhantes
        comprados juntos com frequência
        quem comprou também comprou
        quem viu este produto também viu
        vistos recentemente
        produtos vistos recentemente
    """,
    "related_header_prefix": """
        mais de
        mais sobre
    """,
    "crosslink_label": """
        leia também
        leia mais
        veja também
        saiba mais
        assista
        relacionado
    """,
    "consent": """
        armazenar e/ou aceder a informações num dispositivo
        armazenar e/ou acessar informações em um dispositivo
        cookies estritamente necessários
        cookies de desempenho
        cookies funcionais
        este site utiliza cookies
        este site usa cookies
        utilizamos cookies para
        política de privacidade e cookies
    """,
    "consent_button": """
        aceitar todos
        rejeitar todos
    """,
    "newsletter": """
        à nossa newsletter
        assine nossa newsletter
        assine a newsletter
        inscreva-se na newsletter
    """,
    "newsletter_weak": """
        inscreva-se
        seu e-mail
    """,
    "paywall": """
        já é assinante
        assine para continuar lendo
        conteúdo exclusivo para assinantes
    """,
    "paywall_weak": """
        crie uma conta
    """,
    "login_line": """
        entrar
        cadastre-se
        minha conta
        assinar
        assine
    """,
    "advertisement_label": """
        publicidade
        conteúdo patrocinado
    """,
    "affiliate": """
        links de afiliados
        links de afiliado
    """,
    "feedback": """
        este artigo foi útil
        esta informação foi útil
        este conteúdo foi útil
        esta página foi útil
    """,
    "feedback_answer": """
        sim não
    """,
    "comments_header": """
        comentários
        comentário
        deixe um comentário
        deixe uma resposta
    """,
    "comments_header_ending": """
        comentários
    """,
    "comment_control": """
        responder
        denunciar
        curtir
    """,
    "reply_control": """
        responder
    """,
    "comment_field": """
        nome
        site
        comentário
    """,
    "comment_form": """
        enviar comentário
        o seu endereço de e-mail não será publicado
        campos obrigatórios são marcados
    """,
    "comment_prompt": """
        faça login para comentar
    """,
    "comment_count_noun": """
        comentários
    """,
    "comment_count_label": """
        comentários
    """,
    "comment_title_one": """
        um
        uma
    """,
    "comment_title_noun": """
        comentário
        comentários
        ideia
        ideias
        resposta
        respostas
    """,
    "comment_title_preposition": """
        em
        sobre
        para
        a
    """,
    "answer_noun": """
        resposta
        respostas
    """,
    "comment_author_verb": """
        disse
        escreveu
    """,
    "says_verb": """
        diz
    """,
    "tag_label": """
        tópicos
        categorias
        palavras-chave
    """,
    "footer_link": """
        política de privacidade
        termos de uso
        contato
        quem somos
    """,
    "disclaimer": """
        não substitui a orientação médica
    """,
    "rights_reserved": """
        todos os direitos reservados
    """,
    "nav_line": """
        comprar agora
        ir para o conteúdo
        pular para o conteúdo
        início
        pesquisar
        busca
        fechar
    """,
    "browser_notice": """
        ative o javascript
    """,
    "post_link": """
        post anterior
        próximo post
    """,
    "page_turn": """
        próximo
        próxima
        anterior
    """,
    "page_turn_noun": """
        artigo
    """,
    "page_noun_before": """
        artigo
    """,
    "page_turn_after": """
        próxima
        próximo
        anterior
    """,
    "page_next": """
        próximo
    """,
    "page_count": r"""
        página \d+ de \d+
    """,
    "byline_opener": """
        por
        autor
    """,
    "name_joiner": """
        e
        da
        de
    """,
    "author_box": """
        sobre o autor
        sobre a autora
    """,
    "author_about_opener": """
        sobre
    """,
    "author_role": """
        jornalista redator
    """,
    "bio_verb": """
        é
    """,
    "minute_word": """
        min
        minutos
    """,
    "read_word": """
        de leitura
    """,
    "reading_time_label": """
        tempo de leitura
    """,
    "date_label": """
        publicado
        atualizado
    """,
    "date_label_preposition": """
        em
    """,
    "date_preposition": """
        em
    """,
    "weekday": """
        segunda-feira
        terça-feira
        quarta-feira
        quinta-feira
        sexta-feira
        sábado
        domingo
    """,
    "month": """
        janeiro
        fevereiro
        março
        abril
        maio
        junho
        julho
        agosto
        setembro
        outubro
        novembro
        dezembro
        jan
        fev
        mar
        abr
        mai
        jun
        jul
        ago
        set
        out
        nov
        dez
    """,
    "month_article": """
        de
    """,
    "time_preposition": """
        às
    """,
    "relative_time": r"""
        há\s+\d+
    """,
    "caption_word": """
        foto
        fonte
    """,
    "photo_label": """
        foto
        fonte
    """,
    "photo_paren_label": """
        foto
    """,
    "media_noun": """
        imagem
        foto
    """,
    "position_of": """
        de
    """,
}
