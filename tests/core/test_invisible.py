from aligner_gui.core.text.invisible import describe, invisible_positions, to_display


def test_every_listed_control_becomes_a_visible_mark_of_the_same_length():
    text = "قبل\u200fبعد \u202bمضمن\u202c \u2067معزول\u2069 كلمة\u200bكلمة \ufeff"
    shown = to_display(text)
    assert len(shown) == len(text)
    assert not any(ch in shown for ch in "\u200b\u200f\u202b\u202c\u2067\u2069\ufeff")
    assert [text[i] for i in invisible_positions(text)] == list("\u200f\u202b\u202c\u2067\u2069\u200b\ufeff")
    assert all(ch.isprintable() for ch in shown)


def test_description_names_the_character():
    assert describe("\u200f") == "U+200F RIGHT-TO-LEFT MARK"
