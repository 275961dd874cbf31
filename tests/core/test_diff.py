import random

from aligner_gui.core.text.diff import apply_hunk, edit_distance, tokenize, word_diff

RAW = "كَتَبَ الطالب الدرس في المدرسة اضغط هنا للعرض"
REWRITE = "كتب الطالب الدرس في المدرسة الكبيرة."


def marked(text, ranges):
    return [text[s:e] for s, e in ranges]


def test_words_keep_their_harakat_and_are_never_split():
    assert tokenize("كَتَبَ  الطالبُ، جمـــيل") == ["كَتَبَ", "  ", "الطالبُ", "،", " ", "جمـــيل"]


def test_removed_and_added_are_whole_words():
    diff = word_diff(RAW, REWRITE)
    assert marked(RAW, diff.removed()) == ["كَتَبَ", "اضغط هنا للعرض"]
    assert marked(REWRITE, diff.added()) == ["كتب", "الكبيرة."]


def test_ignore_marks_and_space_toggles():
    diff = word_diff("كَتَبَ  الطالبُ", "كتب الطالب", ignore_marks=True, ignore_space=True)
    assert diff.hunks == []
    assert len(word_diff("كَتَبَ الطالبُ", "كتب الطالب").hunks) == 1
    assert word_diff("جمـــيل جدا", "جميل جدا", ignore_marks=True).hunks == []
    assert len(word_diff("a  b", "a b", ignore_space=False).hunks) == 1


def test_revert_one_hunk_and_take_one_hunk():
    diff = word_diff(RAW, REWRITE)
    first, second = diff.hunks
    # Put the second change back to the original, keep the first.
    assert apply_hunk(REWRITE, RAW, second, target_is_a=False) == "كتب الطالب الدرس في المدرسة اضغط هنا للعرض"
    # Keep the original, take only the first change of the rewrite.
    assert apply_hunk(RAW, REWRITE, first, target_is_a=True) == "كتب الطالب الدرس في المدرسة اضغط هنا للعرض"


def test_applying_every_hunk_reproduces_either_side():
    rng = random.Random(3)
    words = ["كتب", "الطالب", "الدرس", "في", "،", "المدرسة", "جميل", "\n", "<b>"]
    for _ in range(200):
        a = " ".join(rng.choices(words, k=rng.randint(0, 15)))
        b = " ".join(rng.choices(words, k=rng.randint(0, 15)))
        diff = word_diff(a, b)
        text = a
        for hunk in reversed(diff.hunks):  # right to left keeps earlier offsets valid
            text = apply_hunk(text, b, hunk, target_is_a=True)
        assert text == b
        assert "".join(a[s.a_start : s.a_end] for s in diff.spans if s.kind != "insert") == a
        assert "".join(b[s.b_start : s.b_end] for s in diff.spans if s.kind != "delete") == b


def test_hunk_lookup_by_position():
    diff = word_diff(RAW, REWRITE)
    end = len(REWRITE)
    assert diff.hunk_at_b(0) == 0
    assert diff.hunk_at_b(end - 1) == 1
    assert diff.hunk_at_b(12) is None


def test_edit_distance_in_words_and_characters():
    assert edit_distance("a b c", "a b c") == (0, 0)
    assert edit_distance("كتب الطالب الدرس", "كتب المعلم الدرس") == (1, 3)
    assert edit_distance("واحد اثنان", "واحد اثنان ثلاثة أربعة") == (2, 12)


def test_long_passage_diff_is_fast():
    import time

    rng = random.Random(1)
    vocab = [f"كلمة{i}" for i in range(3000)]
    a = " ".join(rng.choices(vocab, k=2500))  # about 15,000 characters
    words = a.split()
    for i in range(0, len(words), 40):
        words[i] = "تغيير"
    b = " ".join(words)
    start = time.perf_counter()
    diff = word_diff(a, b)
    assert time.perf_counter() - start < 0.5
    assert len(diff.hunks) == len(range(0, 2500, 40))


def test_edit_distance_of_very_different_long_texts_stays_quick():
    import time

    rng = random.Random(5)
    vocab = [f"كلمة{i}" for i in range(5000)]
    a = " ".join(rng.choices(vocab, k=2500))
    b = " ".join(rng.choices(vocab, k=2500))
    start = time.perf_counter()
    words, chars = edit_distance(a, b)
    assert time.perf_counter() - start < 1.0
    assert words >= 2000 and chars > 0
    assert edit_distance(a, a) == (0, 0)
