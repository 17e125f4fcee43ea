"""Indonesian (id): the words and phrases sites in Indonesian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "id"
NAME = "Indonesian"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        yang dan di ke dari ini itu dengan untuk tidak adalah pada juga akan dalam
        bahwa atau oleh karena sudah telah ada saat bisa lebih tersebut menjadi
        kami kita mereka ia dia namun seperti hanya masih
    """,
    "share_verb": """
        bagikan cetak simpan salin
    """,
    "share_filler": """
        artikel berita ini ke lewat melalui
    """,
    "share_prompt": """
        bagikan artikel ini
        bagikan berita ini
        salin tautan
        salin link
    """,
    "share_count_noun": """
        kali dibagikan
        dibagikan
    """,
    "follow_verb": """
        ikuti
    """,
    "related_header": """
        berita terkait
        artikel terkait
        baca juga
        berita lainnya
        artikel lainnya
        berita populer
        terpopuler
        terpopuler hari ini
        paling banyak dibaca
        rekomendasi untuk anda
        pilihan editor
        berita terkini
        terbaru
    """,
    "related_header_prefix": """
        lainnya dari
        selengkapnya di
    """,
    "crosslink_label": """
        baca juga
        baca selengkapnya
        simak juga
        lihat juga
        baca
    """,
    "consent": """
        kami menggunakan cookie
        situs ini menggunakan cookie
        website ini menggunakan cookie
        kebijakan cookie
    """,
    "consent_button": """
        terima semua
        saya setuju
        tolak semua
    """,
    "newsletter": """
        berlangganan newsletter
        daftar newsletter
        dapatkan berita terbaru langsung di email anda
    """,
    "newsletter_weak": """
        alamat email anda
        berlangganan sekarang
    """,
    "paywall": """
        baca selengkapnya dengan berlangganan
        konten ini khusus pelanggan
        khusus pelanggan premium
        sudah berlangganan
    """,
    "login_line": """
        masuk
        daftar
        keluar
        akun saya
        masuk atau daftar
    """,
    "advertisement_label": """
        iklan
        advertisement
        konten sponsor
        artikel sponsor
        scroll untuk melanjutkan membaca
        scroll to continue with content
    """,
    "feedback": """
        apakah artikel ini membantu
        bagaimana reaksi anda tentang artikel ini
        apa reaksi anda
    """,
    "feedback_answer": """
        ya tidak
    """,
    "comments_header": """
        komentar
        tulis komentar
        tinggalkan komentar
        tinggalkan balasan
        beri komentar
    """,
    "comments_header_ending": """
        komentar
    """,
    "comment_control": """
        balas
        laporkan
        suka
    """,
    "reply_control": """
        balas
    """,
    "comment_field": """
        nama
        situs web
    """,
    "comment_form": """
        alamat email anda tidak akan dipublikasikan
        ruas yang wajib ditandai
        kirim komentar
    """,
    "comment_prompt": """
        silakan login untuk berkomentar
        jadilah yang pertama berkomentar
        login untuk berkomentar
    """,
    "comment_count_noun": """
        komentar
    """,
    "comment_count_label": """
        komentar
    """,
    "comment_title_noun": """
        komentar
        tanggapan
    """,
    "comment_title_preposition": """
        pada
        untuk
    """,
    "answer_noun": """
        jawaban
    """,
    "comment_author_verb": """
        berkata
    """,
    "tag_label": """
        tag
        tags
        topik
        kategori
    """,
    "footer_link": """
        redaksi
        pedoman media siber
        kebijakan privasi
        tentang kami
        kontak
        hubungi kami
        karir
        info iklan
        syarat dan ketentuan
        disclaimer
    """,
    "rights_reserved": """
        hak cipta dilindungi undang-undang
        all rights reserved
    """,
    "reserved_word": """
        dilindungi
    """,
    "nav_line": """
        beranda
        cari
        tutup
        menu
        indeks
        lewati ke konten
        selengkapnya
        lihat semua
    """,
    "post_link": """
        artikel sebelumnya
        artikel selanjutnya
        berita sebelumnya
        berita selanjutnya
    """,
    "page_turn": """
        selanjutnya
        sebelumnya
        berikutnya
    """,
    "page_turn_noun": """
        halaman
    """,
    "page_noun_before": """
        halaman
    """,
    "page_turn_after": """
        selanjutnya
        berikutnya
        sebelumnya
    """,
    "page_next": """
        selanjutnya
        berikutnya
    """,
    "page_count": r"""
        halaman \d+ dari \d+
    """,
    "byline_opener": """
        penulis
        reporter
        editor
        oleh
        penyunting
    """,
    "author_box": """
        tentang penulis
    """,
    "minute_word": """
        menit
    """,
    "read_word": """
        baca
        membaca
    """,
    "reading_time_label": """
        waktu baca
    """,
    "date_label": """
        diterbitkan
        diperbarui
        dipublikasikan
    """,
    "date_label_preposition": """
        pada
    """,
    "weekday": """
        senin
        selasa
        rabu
        kamis
        jumat
        sabtu
        minggu
    """,
    "month": """
        januari
        februari
        maret
        april
        mei
        juni
        juli
        agustus
        september
        oktober
        november
        desember
        agu
        okt
        des
    """,
    "clock_suffix": """
        wib
        wita
        wit
    """,
    "relative_time": r"""
        \d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu$
    """,
    "caption_word": """
        foto
        ilustrasi
    """,
    "photo_label": """
        foto
        ilustrasi
    """,
    "photo_line_label": """
        foto
    """,
    "media_control": """
        lihat galeri
        galeri foto
    """,
    "media_noun": """
        foto
    """,
    "position_of": """
        dari
    """,
}
