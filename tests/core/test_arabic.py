import random

from aligner_gui.core.arabic import normalize, normalize_with_offsets, text_hash


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
