"""Turkish (tr): the words and phrases sites in Turkish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``. Capitals
key as their lower case ("İLGİLİ HABERLER" is "ilgili haberler",
:func:`cleaner.lang.script.fold_letters`).
"""

from __future__ import annotations

CODE = "tr"
NAME = "Turkish"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        ve bir bu da de ile için ama gibi daha çok olarak olan ise kadar sonra
        göre ancak her şu o ne değil var yok en bile hem veya ya ki diye
        olduğu olduğunu bunun onun bu
    """,
    "share_verb": """
        paylaş paylaşın yazdır kaydet tweetle
    """,
    "share_filler": """
        haberi yazıyı bu ile
    """,
    "share_prompt": """
        bu haberi paylaş
        haberi paylaş
        bu yazıyı paylaş
        sosyal medyada paylaş
        linki kopyala
        bağlantıyı kopyala
    """,
    "share_count_noun": """
        paylaşım
        beğeni
    """,
    "follow_verb": """
        takip
    """,
    "related_header": """
        ilgili haberler
        benzer haberler
        ilgili yazılar
        benzer yazılar
        bunlar da ilginizi çekebilir
        ilginizi çekebilir
        önerilen haberler
        editörün seçtikleri
        çok okunanlar
        en çok okunanlar
        son haberler
        diğer haberler
    """,
    "related_header_prefix": """
        daha fazla
    """,
    "crosslink_label": """
        ilgili haber
        ilgili haberler
        okumadan geçmeyin
        bunu da okuyun
        bu haberi de okuyun
    """,
    "consent": """
        çerezler kullanıyoruz
        çerez kullanıyoruz
        çerezleri kullanmaktadır
        çerez politikası
        çerez politikamızı
        kişisel verilerin korunması
    """,
    "consent_button": """
        kabul et
        tümünü kabul et
        reddet
        çerez ayarları
    """,
    "newsletter": """
        bültenimize abone olun
        e-bültene abone olun
        e-bülten aboneliği
        bültene kaydolun
    """,
    "newsletter_weak": """
        e-posta adresiniz
        abone ol
    """,
    "paywall": """
        haberin devamını okumak için
        içeriğin devamı için
        premium üyelere özel
        abonelere özel
    """,
    "login_line": """
        giriş yap
        üye ol
        kayıt ol
        oturum aç
        çıkış yap
        hesabım
    """,
    "advertisement_label": """
        reklam
        sponsorlu
        sponsorlu içerik
        reklam alanı
    """,
    "feedback": """
        bu haber faydalı oldu mu
        bu yazı faydalı oldu mu
        bu içerik yararlı oldu mu
        bu haberi nasıl buldunuz
    """,
    "feedback_answer": """
        evet hayır
    """,
    "comments_header": """
        yorumlar
        yorum yap
        yorum yaz
        yorumunuzu yazın
        bir yorum yazın
        okur yorumları
        bir cevap yazın
    """,
    "comments_header_ending": """
        yorumlar
        yorumları
    """,
    "comment_control": """
        yanıtla
        cevapla
        şikayet et
        bildir
    """,
    "reply_control": """
        yanıtla
        cevapla
    """,
    "comment_field": """
        ad soyad
        e-posta
        adınız
    """,
    "comment_form": """
        e-posta adresiniz yayınlanmayacak
        gerekli alanlar işaretlenmişlerdir
        yorum gönder
        yorumu gönder
    """,
    "comment_prompt": """
        yorum yapmak için giriş yapın
        ilk yorumu siz yapın
        yorum yapmak için
    """,
    "comment_count_noun": """
        yorum
        yorumlar
    """,
    "comment_count_label": """
        yorumlar
    """,
    "answer_noun": """
        cevap
        yanıt
    """,
    "comment_author_verb": """
        dedi
        yazdı
    """,
    "tag_label": """
        etiketler
        etiket
        kategori
        kategoriler
    """,
    "footer_link": """
        künye
        iletişim
        hakkımızda
        gizlilik politikası
        kullanım koşulları
        gizlilik ve çerez politikası
        kvkk
        kvkk aydınlatma metni
        reklam
        yayın ilkeleri
        site haritası
    """,
    "rights_reserved": """
        tüm hakları saklıdır
        her hakkı saklıdır
    """,
    "reserved_word": """
        saklıdır
    """,
    "nav_line": """
        ana sayfa
        anasayfa
        menü
        ara
        kapat
        içeriğe geç
        tümünü gör
        devamını oku
        tüm haberler
    """,
    "post_link": """
        önceki haber
        sonraki haber
        önceki yazı
        sonraki yazı
    """,
    "page_turn": """
        sonraki
        önceki
    """,
    "page_turn_noun": """
        sayfa
        haber
    """,
    "page_noun_before": """
        sayfa
    """,
    "page_turn_after": """
        sonraki
    """,
    "page_next": """
        sonraki
    """,
    "byline_opener": """
        yazar
        muhabir

    """,
    "author_box": """
        yazar hakkında
    """,
    "minute_word": """
        dakika
        dk
    """,
    "read_word": """
        okuma
        okuma süresi
    """,
    "reading_time_label": """
        okuma süresi
    """,
    "date_label": """
        yayınlanma
        güncelleme
        güncellenme
        yayın tarihi
        giriş
    """,
    "month": """
        ocak
        şubat
        mart
        nisan
        mayıs
        haziran
        temmuz
        ağustos
        eylül
        ekim
        kasım
        aralık
    """,
    "relative_time": r"""
        \d+\s+(?:saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce$
    """,
    "caption_word": """
        fotoğraf
        foto
    """,
    "photo_label": """
        fotoğraf
        foto
    """,
    "photo_line_label": """
        fotoğraf
        foto
    """,
    "media_control": """
        galeriye git
        foto galeri
    """,
    "media_noun": """
        fotoğraf
    """,
}
