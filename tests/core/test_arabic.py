import random
import sqlite3

from aligner_gui.core.text.arabic import normalize, normalize_with_offsets, search_form, search_words, text_hash


def test_tashkeel_and_tatweel_are_removed():
    assert normalize("كَتَبَ") == "كتب"
    assert normalize("جمـــيل") == "جميل"
    assert normalize("مُحَمَّدٌ ٱلْكَاتِبُ") == "محمد الكاتب"


def test_alef_forms_are_unified():
    assert normalize("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله"


def test_invisible_and_direction_controls_are_dropped_and_space_collapsed():
    assert normalize("  مرحبا\u200f\u202b بكم\u202c\n\n في\u200bالموقع ") == "مرحبا بكم فيالموقع"


def test_hash_equal_for_duplicates_after_normalization():
    assert text_hash(normalize("كَتَبَ   الدرسَ")) == text_hash(normalize("كتب الدرس"))
    assert text_hash(normalize("كتب الدرس")) != text_hash(normalize("كتب الدروس"))


def test_offsets_version_agrees_with_normalize_and_points_back():
    rng = random.Random(7)
    alphabet = "كتبأإآٱاَُِّْـ \n\u200fabc.،"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        normalized, offsets = normalize_with_offsets(text)
        assert normalized == normalize(text)
        assert len(offsets) == len(normalized)
        for char, offset in zip(normalized, offsets, strict=True):
            if char != " ":
                assert normalize(text[offset]) == char


def _fts5_words(tokenizer: str, texts: list[str]) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(text, tokenize={tokenizer!r})")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", enumerate(texts, start=1))
    return [row[0] for row in conn.execute("SELECT term FROM v ORDER BY doc, offset")]


def test_index_words_are_the_words_fts5_unicode61_would_find():
    # The index runs FTS5's 'ascii' tokenizer over search_form text; that must split
    # and fold words as 'unicode61 remove_diacritics 2' does over normalized text.
    texts = [
        "الكتابُ، في «المكتبة»؟ نعم… ١٢٣٬٤ و٥٠٪ — انتهى؛",
        "Café au LAIT: naïve co-op_2 e-mail ÉCOLE Ñandú 3.14 ΟΔΟΣ οδος 5µm ſ",
        "پژوهش گزارش، Москва! Ελλάδα; 東京タワー\u00a0ok\u2003ok",
        'quote"inside (brackets) [x] {y} <b>tag</b> a/b a\\b #1 @me',
    ]
    normalized = [normalize(text) for text in texts]
    assert _fts5_words("ascii", [search_form(t) for t in normalized]) == _fts5_words(
        "unicode61 remove_diacritics 2", normalized
    )


def test_search_words_are_safe_to_quote_in_an_fts5_query():
    assert search_words('كَتَبَ، "الدرسَ" (غداً)* AND-or') == ["كتب", "الدرس", "غدا", "and", "or"]
