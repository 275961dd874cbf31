"""The first half of the flag detectors: repetition, output shape, language, truncation and
length. Each code fires on a rewrite that shows its fault, with evidence on the faulty
text, and stays quiet on near misses: the raw text already had the pattern, a good
rewrite, a short rewrite of a spam-heavy page."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

from aligner_gui.core.flags import language, length, output_shape, repetition, truncation
from aligner_gui.core.flags.codes import CODES
from aligner_gui.core.flags.model import INFO, LIKELY_WRONG, WARNING, Flag, Pair
from aligner_gui.core.flags.repetition_measures import Measures
from aligner_gui.core.text.arabic import normalize

MODULES = (repetition, output_shape, language, truncation, length)
THRESHOLDS = {name: value for module in MODULES for name, value in module.DEFAULTS.items()}

# A good rewrite of a clean news passage, and the passage (with a share bar to drop).
NEWS_RAW = (
    "افتتحت بلدية مدينة الريم صباح أمس جسر الوفاق الذي يربط ضفتي وادي السدر بطول 640 مترا، بعد أعمال "
    "إنشاء استمرت ثلاثين شهرا بتكلفة بلغت 212 مليون ريال. وقال رئيس البلدية إن الجسر سيختصر زمن التنقل "
    "بين حي المروج والمنطقة الصناعية من نحو 40 دقيقة إلى أقل من 10 دقائق، مشيرا إلى أن الجسر يضم مسارا "
    "مخصصا للدراجات وممرا للمشاة.\nشارك: فيسبوك تويتر واتساب"
)
NEWS = (
    "افتتاح جسر جديد يربط ضفتي وادي السدر\n\n"
    "افتتحت بلدية مدينة الريم صباح أمس جسر «الوفاق» الذي يربط ضفتي وادي السدر بطول 640 متراً، بعد "
    "أعمال إنشاء استمرت ثلاثين شهراً بتكلفة بلغت 212 مليون ريال. وقال رئيس البلدية إن الجسر سيختصر زمن "
    "التنقل بين حي المروج والمنطقة الصناعية من نحو 40 دقيقة إلى أقل من 10 دقائق، مشيراً إلى أن الجسر "
    "يضم مساراً مخصصاً للدراجات وممراً للمشاة."
)
SENTENCE = "ويستغرق بناء قارب صيد متوسط الحجم نحو خمسة أشهر من العمل المتواصل، ويعمل عليه أربعة حرفيين."
BOATS_RAW = (
    "تعد صناعة السفن الخشبية من أقدم الحرف في ساحل المرجان، وكان عدد الورش في الميناء القديم يتجاوز "
    "خمسا وعشرين ورشة في منتصف القرن الماضي، أما اليوم فلم يبق منها سوى أربع ورش. ويستخدم الصناع خشب "
    "الساج المستورد لبناء الهيكل، بينما كانت الأشرعة تصنع قديما من القطن المحلي. " + SENTENCE + " وتحاول "
    "جمعية الصيادين إحياء الحرفة عبر برنامج تدريب للشباب انطلق قبل ثلاث سنوات."
)


def flags_of(module, raw: str, rewrite: str, finish_reason: str | None = None, **overrides: float) -> list[Flag]:
    return module.detect(Pair(raw, rewrite, finish_reason), {**THRESHOLDS, **overrides})


def only(flags: list[Flag], code: str) -> Flag:
    """The one flag of ``code`` (failing when there is none)."""
    matching = [f for f in flags if f.code == code]
    assert len(matching) == 1, flags
    return matching[0]


def evidence(flag: Flag, text: str) -> list[str]:
    assert flag.spans, flag
    assert all(span.side == "rewrite" and 0 <= span.start < span.end <= len(text) for span in flag.spans)
    return [text[span.start : span.end] for span in flag.spans]


def test_every_module_declares_its_thresholds_and_known_codes():
    for module in MODULES:
        prefix = module.__name__.rsplit(".", 1)[-1]
        assert module.DEFAULTS
        assert all(name.startswith(prefix + ".") for name in module.DEFAULTS)
        assert all(isinstance(value, (int, float)) for value in module.DEFAULTS.values())
    for module in MODULES:
        for flag in module.detect(Pair(NEWS_RAW, "The bridge " * 30, "length"), THRESHOLDS):
            assert flag.code in CODES and flag.severity in (INFO, WARNING, LIKELY_WRONG) and flag.detail


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_a_good_rewrite_raises_nothing(module):
    assert flags_of(module, NEWS_RAW, NEWS) == []
    assert flags_of(module, BOATS_RAW, BOATS_RAW) == []


# --- repetition ----------------------------------------------------------------------

LOOP_RAW = (
    "السلام عليكم انا ناوي اشتري سيارة مستعملة موديل 2018 ممشاها 120 الف كيلو والسعر المطلوب 38 الف "
    "والبياع يقول السيارة ما فيها ولا رشة بوية بس لما فحصتها لقيت الرفرف اليمين فيه معجون وهو انكر وقال "
    "هذا من المصنع!!!! هل هذا معقول؟؟؟ وكم تتوقعون قيمتها الحقيقية"
)
LOOP_START = (
    "السلام عليكم، أنوي شراء سيارة مستعملة موديل 2018، ممشاها 120 ألف كيلومتر، والسعر المطلوب 38 ألفاً. "
    "يقول البائع إن السيارة لا يوجد فيها أي رش للطلاء، لكنني وجدت في الرفرف الأيمن معجوناً، فأنكر وقال إن "
    "هذا من المصنع! "
)


def test_a_phrase_looping_to_the_end_is_a_repetition_with_its_copies_as_evidence():
    rewrite = LOOP_START + "هل هذا معقول؟ " * 8
    flag = only(flags_of(repetition, LOOP_RAW, rewrite.rstrip()), "repetition")
    assert flag.severity == LIKELY_WRONG
    assert "8 times in a row" in flag.detail and "source 1" in flag.detail
    assert evidence(flag, rewrite) == ["هل هذا معقول"] * 7  # the copies after the first


def test_a_word_said_many_times_in_a_short_rewrite_is_a_repetition():
    rewrite = "شكراً جزيلاً جزيلاً جزيلاً جزيلاً جزيلاً جزيلاً"
    flag = only(flags_of(repetition, "شكرا جزيلا على المساعدة", rewrite), "repetition")
    assert "6 times in a row" in flag.detail
    assert set(evidence(flag, rewrite)) == {"جزيلاً"}


def test_duplicated_lines_are_a_repetition():
    lines = ["المكونات: كوبان من الحمص المنقوع", "بصلة متوسطة وأربعة فصوص ثوم", "باقة بقدونس وباقة كزبرة"]
    rewrite = "\n".join(lines + lines + lines)
    flag = only(flags_of(repetition, "\n".join(lines), rewrite), "repetition")
    assert flag.detail.startswith("duplicate line") and "(source 0.00)" in flag.detail
    assert evidence(flag, rewrite)[:3] == lines


def test_a_rewrite_starting_over_is_a_duplicated_ngram_repetition():
    again = BOATS_RAW[: BOATS_RAW.index(SENTENCE)].strip()  # the model starts over
    rewrite = BOATS_RAW + "\n\n" + again
    flag = only(flags_of(repetition, BOATS_RAW, rewrite), "repetition")
    assert "duplicated" in flag.detail and "(source 0.00)" in flag.detail
    assert all(span.start > len(BOATS_RAW) for span in flag.spans)  # the copy, not the original
    assert again.startswith(evidence(flag, rewrite)[0])


def test_keyword_stuffing_the_raw_already_had_is_no_repetition_of_the_rewriter():
    stuffing = "صيانة مكيفات بالرياض " * 8
    raw = stuffing + "\nينصح الفنيون بتنظيف فلاتر المكيف مرة كل أسبوعين على الأقل في أشهر الصيف."
    rewrite = stuffing.strip() + "\nينصح الفنيون بتنظيف فلاتر المكيف مرة كل أسبوعين على الأقل."
    assert flags_of(repetition, raw, rewrite) == []


def test_emphasis_and_a_title_said_again_are_no_repetition():
    title = "صناعة السفن الخشبية في ساحل المرجان"
    rewrite = f"{title}\n\n{title} من أقدم الحرف، وهي جميلة جداً جداً جداً. " + BOATS_RAW
    assert flags_of(repetition, BOATS_RAW, rewrite) == []


def test_a_unit_said_in_a_row_is_found_as_comparing_every_word_would():
    def said_in_a_row(keys: list[str]) -> tuple[int, list[tuple[int, int]]]:  # the measure, word by word
        best, copies = 1, []
        for unit in range(1, min(16, len(keys) // 2) + 1):
            run = longest = end = 0
            for i in range(len(keys) - unit):
                run = run + 1 if keys[i] == keys[i + unit] else 0
                if run > longest:
                    longest, end = run, i
            if longest // unit + 1 > best:
                best = longest // unit + 1
                first = end - longest + 1
                copies = [(i, i + unit - 1) for i in range(first + unit, first + best * unit, unit)]
        return best, copies

    rng = random.Random(7)
    for _ in range(300):
        words = [f"w{rng.randrange(rng.choice([3, 40, 400]))}" for _ in range(rng.randrange(2, 700))]
        for _ in range(rng.randrange(3)):  # loops of a few words, said a few times
            start, unit = rng.randrange(len(words)), rng.randrange(1, 18)
            words[start:start] = words[start : start + unit] * rng.randrange(2, 7)
        measures = Measures(" ".join(words))
        times, copies = said_in_a_row(measures.keys)
        assert measures.in_a_row(at_least=4) == ((times, copies) if times >= 4 else (1, []))


def test_evidence_spans_cover_the_words_they_name():
    rng = random.Random(3)
    pieces = ["كلمة", "Word", "،", ".", " ", "  ", "\n", "\t", "—", "ـ", "a_b", "(", ")", "\xa0", "جداً"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        measures = Measures(text)
        words = [m.span() for m in re.finditer(r"\S+", measures._spaced)]
        if not words:
            continue
        ranges = sorted((first, rng.randrange(first, len(words))) for first in rng.sample(range(len(words)), 1))
        expected = [(words[first][0], words[last][1]) for first, last in ranges]
        assert measures.word_spans(ranges) == expected


def test_the_repetition_gate_hides_no_loop_a_reviewer_found():
    """The cheap gate (probes found again in the text) decides which rewrites are measured
    at all: on the labelled set it never hides a repetition a reviewer labelled, and the
    only flag the full measures would add there is not one (two versions sharing a few
    phrases: several outputs, not a loop)."""
    for row in _labelled_rows():
        pair = Pair(row.raw, row.rewrite, row.finish_reason)
        gated, full = repetition.detect(pair, THRESHOLDS), repetition.measured(pair, THRESHOLDS)
        assert gated in ([], full), row.id
        if "repetition" in row.expected:
            assert gated == full, row.id


def test_repetition_limits_come_from_the_thresholds():
    rewrite = "شكراً جزيلاً جزيلاً جزيلاً جزيلاً جزيلاً جزيلاً"
    assert flags_of(repetition, "شكرا جزيلا على المساعدة", rewrite, **{"repetition.repeats_in_a_row": 7}) == []


# --- output shape: several outputs ------------------------------------------------------

VERSION = (
    "حث الإسلام على الإحسان إلى الجار أياً كان، ويكون ذلك بكف الأذى عنه من ضجيج أو نفايات أو سد "
    "للطريق، وبتفقد أحواله ومشاركته أحزانه وأفراحه وإهدائه الطعام."
)
# The same neighbourly duties: shortened, in dialect and in English.
SHORT_VERSION = "حث الإسلام على الإحسان إلى الجار بكف الأذى عنه، وتفقد أحواله، ومشاركته أفراحه وإهدائه الطعام."
DIALECT_VERSION = (
    "الإسلام وصّى بالجار مهما كان، يعني ما تأذيه بالإزعاج ولا بالزبالة ولا تسد عليه الطريق، وتسأل عنه "
    "وتشاركه أفراحه وأحزانه وتهديه من أكلك."
)
VERSION_EN = (
    "Islam urges kindness to every neighbour: sparing them noise, rubbish and a blocked road, checking on "
    "them, sharing their sorrows and joys, and giving them food."
)
NEIGHBOUR_RAW = (
    "من القيم التي اكد عليها الاسلام الاحسان الى الجار سواء كان قريبا ام بعيدا ويشمل هذا الاحسان كف "
    "الاذى عنه فلا يؤذيه برفع الاصوات ولا بالقاء النفايات امام بابه كما يشمل تفقد احواله ومواساته في "
    "مصائبه وتهنئته في افراحه.\nمشاركة: f | t | in"
)


@pytest.mark.parametrize(
    "rewrite, sign",
    [
        (f"الصيغة الأولى:\n{VERSION}\n\nالصيغة الثانية (مختصرة):\n{VERSION[:60]}.", "الصيغة الأولى:"),
        (f"{VERSION}\n\n---\n\n{VERSION}", "---"),
        (f"{VERSION}\n***\n{VERSION}", "***"),
        (f"**Version 1**\n{VERSION}\n\n**Version 2**\n{VERSION}", "**Version 1**"),
        (f"{VERSION}\n\nأو:\n{VERSION}", "أو:"),
        (f"{VERSION}\nأو بصيغة أخرى: {VERSION}", "أو بصيغة أخرى: "),
        (f"1. {VERSION}\n2. {VERSION}", "1. "),
        (f"{VERSION} الصيغة الثانية: {VERSION}", "الصيغة الثانية:"),
        (f"{VERSION}\n\nوإليك صيغة أخرى:\n{VERSION}", "وإليك صيغة أخرى:"),
        (f"إليك صيغتين:\n\nالأولى: {VERSION}\n\nالثانية: {VERSION}", "الأولى: "),
        (f"النسخة الكاملة:\n{VERSION}\n\nنسخة قصيرة للنشر على الشبكات:\n{SHORT_VERSION}", "نسخة قصيرة"),
        (f"بالفصحى: {VERSION}\nبالعامية: {DIALECT_VERSION}", "بالعامية:"),
        (f"=== الإصدار الأول ===\n{VERSION}\n\n=== الإصدار الثاني ===\n{SHORT_VERSION}", "=== الإصدار الأول"),
        (f"{VERSION} (أو بعبارة أبسط: {SHORT_VERSION})", "(أو بعبارة أبسط:"),
        (f"{VERSION}\n\n{VERSION}", VERSION),
        (f"{VERSION}\n\n{SHORT_VERSION}", SHORT_VERSION),
        (f"{VERSION}\n\nIn English: {VERSION_EN}", "In English:"),
        (f"{VERSION}\n\nالترجمة الإنجليزية: {VERSION_EN}", "الترجمة الإنجليزية:"),
    ],
    ids=[
        "labels",
        "dashes",
        "stars",
        "version",
        "or",
        "or-inline",
        "numbered",
        "label-inline",
        "another",
        "ordinals",
        "named-versions",
        "registers",
        "heading-labels",
        "or-in-brackets",
        "given-twice",
        "full-then-short",
        "language-label",
        "with-its-translation",
    ],
)
def test_several_outputs_in_one_answer(rewrite, sign):
    flag = only(flags_of(output_shape, NEIGHBOUR_RAW, rewrite), "multiple_outputs")
    assert flag.severity == LIKELY_WRONG and "sign" in flag.detail
    assert any(text.startswith(sign.strip()) or sign.strip() in text for text in evidence(flag, rewrite))


def test_a_separator_or_numbered_lines_the_raw_had_are_not_several_outputs():
    raw = f"{VERSION}\n---\nمقال ذو صلة: حقوق الجار في الإسلام"
    assert flags_of(output_shape, raw, f"{VERSION}\n---\nمقال ذو صلة") == []
    steps_raw = "طريقة التحضير:\n1. " + VERSION + "\n2. " + VERSION
    assert flags_of(output_shape, steps_raw, "طريقة التحضير:\n1. " + VERSION + "\n2. " + VERSION) == []


def test_a_list_of_short_steps_and_recipe_labels_are_not_several_outputs():
    rewrite = (
        "فلافل البيت\n\nالمكونات: كوبان من الحمص المنقوع، وبصلة، وأربعة فصوص ثوم.\n\nالطريقة:\n"
        "1. نطحن الحمص مع البصل والثوم.\n2. نضيف البهارات ونترك العجينة ساعة.\n3. نقلي الأقراص في زيت ساخن."
    )
    raw = rewrite.replace("1. ", "").replace("2. ", "").replace("3. ", "") + " " + VERSION * 2
    assert flags_of(output_shape, raw, rewrite) == []


def test_options_rows_and_one_labelled_version_are_not_several_outputs():
    raw = (
        "يقدم المصرف خيارين للتمويل: الخيار الأول دفعات شهرية ثابتة على 36 شهرا بهامش 7 بالمئة، والخيار "
        "الثاني دفعات متناقصة على 24 شهرا بهامش 6 بالمئة مع مقدم لا يقل عن 15 بالمئة."
    )
    rewrite = (
        "يقدم المصرف خيارين للتمويل:\n- الخيار الأول: دفعات شهرية ثابتة على 36 شهراً بهامش 7 بالمئة.\n"
        "- الخيار الثاني: دفعات متناقصة على 24 شهراً بهامش 6 بالمئة، مع مقدم لا يقل عن 15 بالمئة."
    )
    assert flags_of(output_shape, raw, rewrite) == []  # the source's own options
    raw = (
        "جدول الحافلات ليوم الأحد: الخط الأول ينطلق 6:10 و8:40 و11:15، الخط الثاني ينطلق 6:30 و9:05 و11:50، "
        "الخط الثالث ينطلق 7:00 و9:30 و12:20."
    )
    rewrite = (
        "جدول الحافلات ليوم الأحد:\n- الخط الأول: ينطلق الساعة 6:10 و8:40 و11:15.\n"
        "- الخط الثاني: ينطلق الساعة 6:30 و9:05 و11:50.\n- الخط الثالث: ينطلق الساعة 7:00 و9:30 و12:20."
    )
    assert flags_of(output_shape, raw, rewrite) == []  # rows that share a frame carry different facts
    flags = flags_of(output_shape, NEIGHBOUR_RAW, f"النسخة المنقحة:\n{VERSION}")
    assert [f.code for f in flags] == ["commentary"]  # one version's label: a lead-in


def test_an_edition_the_raw_names_is_not_an_alternative():
    raw = "انطلقت النسخة الأولى من مهرجان الزيتون في القرية عام 2010 بمشاركة عشرين مزارعا."
    rewrite = "مهرجان الزيتون\nالنسخة الأولى من المهرجان انطلقت في القرية عام 2010 بمشاركة عشرين مزارعاً."
    assert flags_of(output_shape, raw, rewrite) == []


# --- output shape: commentary -----------------------------------------------------------


@pytest.mark.parametrize(
    "rewrite, sign",
    [
        (f"إليك النص بعد إعادة الصياغة:\n\n{VERSION}", "إليك النص بعد إعادة الصياغة"),
        (f"بالتأكيد! إليك إعادة صياغة النص.\n{VERSION}", "بالتأكيد"),
        (f"Here's the rewritten text:\n\n{VERSION}", "Here's"),
        (f"النص المعاد صياغته: {VERSION}", "النص المعاد"),
        (f"{VERSION}\n\nملاحظة: حذفتُ روابط المشاركة لأنها ليست من المحتوى.", "ملاحظة:"),
        (f"{VERSION}\n\n**Note:** I removed the share links.", "Note"),
        (f"{VERSION}\n\nآمل أن يكون هذا مناسباً لما تحتاجه.", "آمل أن يكون"),
        (f"{VERSION}\n\nI hope this helps!", "I hope"),
        (f"{VERSION}\n\nلقد قمت بتصحيح الأخطاء الإملائية فقط.", "لقد قمت"),
        (f"الترجمة: {VERSION}", "الترجمة:"),
        (f"إليك واجبات الجار بعد التنسيق:\n\n{VERSION}", "إليك واجبات الجار بعد التنسيق:"),
        (f"يمكنك اختيار الصيغة التي تناسبك:\n\n{VERSION}", "يمكنك اختيار"),
        (f"{VERSION}\n\nتنبيه: هذه المعلومات عامة ولا تغني عن سؤال أهل العلم.", "تنبيه:"),
        ("عذراً، لا أستطيع إعادة صياغة هذا النص.", "عذراً"),
        ("لم أجد في هذا النص ما يستحق الإبقاء عليه، لذلك تركت الرد فارغاً.", "هذا النص"),
        (f"{VERSION}\n\nتمت إعادة الصياغة مع الحفاظ على المعنى كاملاً.", "صياغ"),
        (f"{VERSION}\n\nالتعديلات: حذف روابط المشاركة وتصحيح الهمزات.", "التعديلات:"),
        (f"باختصار: {SHORT_VERSION}", "باختصار"),
        (f"{VERSION}\n\n(حُذفت روابط المشاركة في آخر الصفحة.)", "(حُذفت روابط المشاركة في آخر الصفحة.)"),
        (f"{VERSION}\n\nإذا احتجت إلى أي تعديل آخر فلا تتردد في إخباري.", "أي تعديل آخر"),
    ],
    ids=[
        "lead-in",
        "opener",
        "english-lead-in",
        "label",
        "note",
        "english-note",
        "hope",
        "i-hope",
        "edits",
        "translation",
        "lead-in-naming-the-content",
        "the-reader-chooses",
        "disclaimer",
        "refusal",
        "explained-instead-of-empty",
        "about-the-rewriting",
        "changes-label",
        "summary-label",
        "note-in-brackets",
        "offer-to-edit",
    ],
)
def test_the_model_talking_to_the_user_is_commentary(rewrite, sign):
    flag = only(flags_of(output_shape, NEIGHBOUR_RAW, rewrite), "commentary")
    assert flag.severity == LIKELY_WRONG
    assert any(sign in text for text in evidence(flag, rewrite))
    assert "multiple_outputs" not in [f.code for f in flags_of(output_shape, NEIGHBOUR_RAW, rewrite)]


def test_a_lead_in_counts_even_where_the_source_uses_its_first_word():
    raw = "من أذكار المساء\nأمسينا وأمسى الملك لله، اللهم بك أمسينا وبك أصبحنا وإليك المصير."
    rewrite = "إليك أذكار المساء بعد التنسيق:\n\nأمسينا وأمسى الملك لله.\n\nاللهم بك أمسينا وبك أصبحنا وإليك المصير."
    flag = only(flags_of(output_shape, raw, rewrite), "commentary")
    assert evidence(flag, rewrite)[0].startswith("إليك أذكار المساء")


def test_a_phrase_of_the_source_is_found_as_normalizing_both_would_find_it():
    def held(raw: str, phrase: str) -> bool:  # the definition: both normalized
        phrase, raw = normalize(phrase), normalize(raw)
        return phrase in raw or (phrase.isascii() and phrase.lower() in raw.lower())

    rng = random.Random(4)
    pieces = ["ا", "أ", "إ", "آ", "ٱ", "ل", "ي", "ك", " ", "\n", "\n\n", "\t", "َ", "ـ", "\u200f", "a", "A", "\xa0"]
    for _ in range(20000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5)))
        assert output_shape._Source(raw, THRESHOLDS).holds(phrase) == held(raw, phrase), (raw, phrase)


def test_a_note_the_raw_already_had_is_not_commentary():
    raw = VERSION + "\nملاحظة: تغلق المكاتب يوم الجمعة."
    assert flags_of(output_shape, raw, VERSION + "\n\nملاحظة: تغلق المكاتب يوم الجمعة.") == []
    raw = "مسرد: Cache، الترجمة: ذاكرة مؤقتة تحفظ البيانات. Router، الترجمة: موجه يوزع حركة الشبكة."
    rewrite = "مسرد:\n- Cache، الترجمة: ذاكرة مؤقتة تحفظ البيانات.\n- Router، الترجمة: موجه يوزع حركة الشبكة."
    assert flags_of(output_shape, raw, rewrite) == []  # the glossary's own label, after a bullet


def test_a_numbered_version_label_and_the_writer_s_own_words_are_not_commentary():
    rewrite = f"الصياغة 1:\n{VERSION}\n\nالصياغة 2:\n{SHORT_VERSION}"
    assert [f.code for f in flags_of(output_shape, NEIGHBOUR_RAW, rewrite)] == ["multiple_outputs"]
    raw = "الاسعار نار والراتب ما يكفي وما اقدر اوفر شي اخر الشهر"
    rewrite = "الأسعار مرتفعة جداً والراتب لا يكفي، ولا أستطيع أن أوفّر شيئاً آخر الشهر."
    assert flags_of(output_shape, raw, rewrite) == []  # "لا أستطيع" of the writer, not a refusal


def test_a_poster_hoping_for_answers_or_a_recipe_blog_addressing_its_reader_is_not_commentary():
    raw = "اليكم طريقة عمل الفلافل في البيت.\nبالتوفيق"
    assert flags_of(output_shape, raw, "إليكم طريقة عمل الفلافل في البيت.\n\nبالتوفيق.") == []
    raw = "ارجو المساعدة في اختيار السيارة. آمل أن يكون الرد سريعا"
    assert flags_of(output_shape, raw, "أرجو المساعدة في اختيار السيارة.\n\nآمل أن يكون الرد سريعاً.") == []


# --- language --------------------------------------------------------------------------

ASTROLABE_RAW = (
    "الأسطرلاب آلة فلكية قديمة استخدمت لقياس ارتفاع الشمس والنجوم فوق الأفق، ومن خلال هذا القياس يمكن "
    "تحديد الوقت في النهار والليل ومعرفة خط العرض للمكان. وقد عرف الإغريق هذه الآلة، ثم طورها العلماء في "
    "الحضارة الإسلامية."
)
ASTROLABE_EN = (
    "The astrolabe is an ancient astronomical instrument used to measure the altitude of the sun and "
    "stars above the horizon. From this measurement one can tell the time and the latitude."
)


def test_an_english_rewrite_of_an_arabic_passage_drifted_with_latin_runs_as_evidence():
    flag = only(flags_of(language, ASTROLABE_RAW, ASTROLABE_EN), "language_drift")
    assert flag.severity == LIKELY_WRONG
    assert "1.00 to 0.00" in flag.detail and "> 0.25" in flag.detail
    assert evidence(flag, ASTROLABE_EN)[0].startswith("The astrolabe is an ancient")


def test_a_half_translated_rewrite_drifted():
    rewrite = ASTROLABE_RAW.split("وقد")[0] + " " + ASTROLABE_EN
    flag = only(flags_of(language, ASTROLABE_RAW, rewrite), "language_drift")
    assert any(text.startswith("The astrolabe") for text in evidence(flag, rewrite))


def test_a_mostly_latin_rewrite_of_a_mostly_arabic_source_drifted():
    raw = ASTROLABE_RAW + " (Astrolabe) " + "Latin " * 10
    rewrite = "الأسطرلاب: " + ASTROLABE_EN
    flag = only(flags_of(language, raw, rewrite, **{"language.max_arabic_share_drop": 0.99}), "language_drift")
    assert "< 0.50" in flag.detail


def test_kept_product_names_glosses_and_a_latin_source_are_no_drift():
    raw = "مطلوب مطور بخبرة 3 سنين في Python و Django، ويفضل معرفة Docker و PostgreSQL."
    rewrite = "مطلوب مطوّر أنظمة خلفية (Backend Developer) بخبرة ثلاث سنوات في Python وDjango، ويُفضَّل إلمامه بـ Docker."
    assert flags_of(language, raw, rewrite) == []
    assert flags_of(language, ASTROLABE_EN, ASTROLABE_EN.replace("ancient", "old")) == []
    assert flags_of(language, "12345 !!!", "OK") == []  # a source without letters


# --- truncation ------------------------------------------------------------------------

CUT = (
    "تعد صناعة السفن الخشبية من أقدم الحرف في ساحل المرجان. ويستغرق بناء قارب صيد متوسط الحجم نحو خمسة "
    "أشهر، ويعمل عليه عادةً أربعة إلى"
)


def test_stopping_at_the_length_limit_is_likely_truncated_whatever_the_ending():
    flag = only(flags_of(truncation, BOATS_RAW, NEWS, finish_reason="length"), "truncated")
    assert flag.severity == LIKELY_WRONG and "length limit" in flag.detail
    assert evidence(flag, NEWS) == ["للدراجات وممراً للمشاة."]


def test_a_rewrite_ending_mid_sentence_when_the_raw_ended_properly_is_truncated():
    flag = only(flags_of(truncation, BOATS_RAW, CUT), "truncated")
    assert flag.severity == WARNING and "mid-sentence" in flag.detail
    assert evidence(flag, CUT) == ["عادةً أربعة إلى"]


def test_a_raw_ending_with_a_short_footer_still_ended_properly():
    raw = BOATS_RAW + "\nمشاركة الصفحة | طباعة | تحميل PDF"
    assert only(flags_of(truncation, raw, CUT + "\u200f \n"), "truncated").severity == WARNING


def test_a_rewrite_ending_inside_a_quote_is_truncated_with_the_opener_as_evidence():
    rewrite = "وقال الناس قديماً في أمثالهم: «الجار قبل الدار، والرفيق قبل الطريق."
    flag = only(flags_of(truncation, BOATS_RAW, rewrite), "truncated")
    assert flag.severity == WARNING and "«" in flag.detail
    assert evidence(flag, rewrite) == ["«الجار قبل الدار، والرفيق قبل الطريق."]


@pytest.mark.parametrize(
    "raw, rewrite",
    [
        (BOATS_RAW.rstrip("."), CUT),  # the raw was cut out of a longer document
        (BOATS_RAW, CUT + "."),
        (BOATS_RAW, "يضم الجسر مساراً مخصصاً للدراجات، وهو ما ساعد كثيراً"[:-5] + "كثيراً."),
        (BOATS_RAW, "وقال الناس قديماً في أمثالهم: «الجار قبل الدار»."),
        (BOATS_RAW, "وقال الناس قديماً في أمثالهم: »الجار قبل الدار«."),  # reversed guillemets
        (BOATS_RAW, "المكونات:\n- كوبان من الحمص\n- ملح حسب الرغبة"),
        (BOATS_RAW + "\nبالتوفيق", CUT + ".\n\nبالتوفيق"),  # the same sign-off as the raw
        (BOATS_RAW, 'قال "هذا من المصنع" ثم انصرف.'),
        (BOATS_RAW, "وللاستفسار عن البرنامج يمكن الاتصال بالجمعية على الرقم 0551234567"),
        (BOATS_RAW, "وتستقبل الجمعية طلبات التدريب على البريد training@marjan-boats.example"),
        (BOATS_RAW, "وتنشر الجمعية مواعيد الدورات على موقعها marjan-boats.example/courses"),
        (BOATS_RAW, "ويبدأ التدريب كل يوم في الساعة 7:30"),
    ],
    ids=[
        "raw-cut",
        "period",
        "tanween",
        "closed",
        "reversed",
        "list",
        "sign-off",
        "straight",
        "phone",
        "e-mail",
        "url",
        "time",
    ],
)
def test_endings_that_are_not_truncated(raw, rewrite):
    assert flags_of(truncation, raw, rewrite) == []


# --- length ----------------------------------------------------------------------------

SPAM_RAW = (
    "🔥🔥 عرض خاص 🔥🔥 صيانة مكيفات بالرياض | صيانة مكيفات بالرياض | افضل شركة صيانة مكيفات بالرياض 0551234567\n"
    "اضغط هنا للحجز 👈👈 واتساب: 0551234567\n"
    "نصائح مهمة قبل دخول الصيف: ينصح الفنيون بتنظيف فلاتر المكيف مرة كل أسبوعين على الأقل في أشهر الاستخدام "
    "الكثيف لأن الغبار المتراكم يرفع استهلاك الكهرباء ويضعف التبريد. كذلك يجب فحص مستوى غاز الفريون مرة في "
    "السنة، والتأكد من أن وحدة التكييف الخارجية غير معرضة لأشعة الشمس المباشرة طوال اليوم.\n"
    "صيانة مكيفات شمال الرياض صيانة مكيفات شرق الرياض صيانة مكيفات رخيصة صيانة مكيفات سبليت صيانة مكيفات جنوب الرياض\n"
    "الرئيسية | خدماتنا | من نحن | اتصل بنا | سياسة الخصوصية | الأسئلة الشائعة | فروعنا\n"
    "⭐⭐⭐⭐⭐ خدمة 24 ساعة – لا تتردد اضغط هنا للحجز الآن واحصل على خصم 30% بكود NASEEM30"
)
SPAM_REWRITE = (
    "ينصح الفنيون بتنظيف فلاتر المكيف مرة كل أسبوعين على الأقل في أشهر الاستخدام الكثيف، لأن الغبار "
    "المتراكم يرفع استهلاك الكهرباء ويضعف التبريد. كذلك يجب فحص مستوى غاز الفريون مرة في السنة، "
    "والتأكد من أن الوحدة الخارجية غير معرضة لأشعة الشمس المباشرة."
)


def test_a_summary_of_a_long_passage_is_too_short_with_its_ratio():
    rewrite = "صناعة السفن الخشبية حرفة قديمة في ساحل المرجان تحاول الجمعية إحياءها."
    flag = only(flags_of(length, BOATS_RAW, rewrite), "too_short")
    assert flag.severity == WARNING
    assert flag.detail.startswith("words 0.1") and "< 0.50" in flag.detail


def test_a_rewrite_much_longer_than_its_source_is_too_long_with_its_ratio():
    rewrite = BOATS_RAW + " " + BOATS_RAW.replace("تعد", "وتعتبر")
    flag = only(flags_of(length, BOATS_RAW, rewrite), "too_long")
    assert flag.severity == WARNING and flag.detail.startswith("words 2.00") and "> 1.40" in flag.detail


def test_a_short_rewrite_of_a_spam_heavy_page_is_not_too_short():
    words = len(SPAM_REWRITE.split()) / len(SPAM_RAW.split())
    assert words < 0.5  # short against all the page's words ...
    assert flags_of(length, SPAM_RAW, SPAM_REWRITE) == []  # ... not against its content


def test_short_sources_and_ratios_within_the_limits_are_quiet():
    assert flags_of(length, "عاجل: ارتفاع أسعار الذهب اليوم في الأسواق المحلية", "ارتفع الذهب.") == []
    half = " ".join(BOATS_RAW.split()[: len(BOATS_RAW.split()) * 6 // 10]) + "."
    assert flags_of(length, BOATS_RAW, half) == []
    assert flags_of(length, "", "نص") == []


def test_a_short_source_given_twice_is_too_long():
    raw = "تفتح مكتبة الحي أبوابها كل يوم من التاسعة صباحا حتى الثامنة مساء ما عدا يوم الجمعة وتضم قاعة للأطفال."
    rewrite = raw + " وتفتح مكتبة الحي أبوابها يومياً من التاسعة إلى الثامنة، عدا الجمعة، وفيها قاعة للأطفال."
    assert len(raw.split()) < 20  # under the former minimum of 20 words
    assert only(flags_of(length, raw, rewrite), "too_long").detail.startswith("words 1.74 of the source's 19 ")


def test_words_the_source_ran_together_split_apart_are_not_too_long():
    raw = " ".join(["الجسرالجديد", "يربطالضفتين", "بطول640مترا"] * 6)
    rewrite = " ".join(["الجسر الجديد", "يربط الضفتين", "بطول 640 مترا"] * 6)
    assert length.word_count(rewrite) > 1.4 * length.word_count(raw)  # more words, hardly more characters
    assert flags_of(length, raw, rewrite) == []


def test_a_word_holds_a_letter_or_a_digit():
    assert length.word_count("- ملح\n- فلفل | — 🔥🔥 ٣ أكواب\t(ماء)  _  ") == 5
    for row in _labelled_rows():
        for text in (row.raw, row.rewrite):
            assert length.word_count(text) == len([t for t in text.split() if re.search(r"[^\W_]", t)])


def test_length_decides_as_counting_every_word_would():
    """The counts are only taken as far as needed (the rewrite's tokens bound its words,
    all the source's words bound its content words): the same flags as counting all."""

    def counted(pair: Pair) -> list[str]:  # the module docstring's definition, every count taken
        short, long, least = (THRESHOLDS[f"length.{n}"] for n in ("too_short_ratio", "too_long_ratio", "min_words"))
        if not pair.raw:
            return []
        chars, words = len(pair.rewrite) / len(pair.raw), length.word_count(pair.rewrite)
        raw_words, content = length.word_count(pair.raw), length._content_words(pair.raw)
        if chars > 1 and chars > long / 1.15 and raw_words >= least and words > long * raw_words:
            return ["too_long"]
        if chars <= 1 and chars < 1.4 * short and content >= least and words < short * content:
            return ["too_short"]
        return []

    for row in _labelled_rows():
        pair = Pair(row.raw, row.rewrite)
        assert [f.code for f in length.detect(pair, THRESHOLDS)] == counted(pair), row.id


def test_length_limits_come_from_the_thresholds():
    rewrite = "صناعة السفن الخشبية حرفة قديمة في ساحل المرجان تحاول الجمعية إحياءها."
    assert flags_of(length, BOATS_RAW, rewrite, **{"length.too_short_ratio": 0.1}) == []


# --- untrusted text --------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\n\n\n",
    ":",
    "«",
    '"',
    "---",
    "1.",
    "\udcff\udcfe",  # undecodable bytes kept as lone surrogates
    "\u200f\u202e" * 20,
    "ـــــــــــــــــــــــ" * 30,
    "ه" * 5000,
    "هل هذا معقول؟ " * 3000,  # a long loop: measured on its first characters only
    "ملاحظة:" * 50 + "\n" + "---\n" * 50,
    "(" * 500 + ")" * 10,
]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_hostile_text_never_raises_and_evidence_stays_in_the_text(module):
    for raw in ("", NEWS_RAW, *HOSTILE[:5]):
        for rewrite in HOSTILE:
            for finish_reason in (None, "length"):
                for flag in module.detect(Pair(raw, rewrite, finish_reason), THRESHOLDS):
                    assert flag.code in CODES
                    for span in flag.spans:
                        assert span.side == "rewrite" and 0 <= span.start < span.end <= len(rewrite)


# --- the labelled set (tests/flags_eval), for the checks that gates decide as the full measures would


def _labelled_rows():
    if "eval_flags" not in sys.modules:
        script = Path(__file__).resolve().parents[1] / "bench" / "eval_flags.py"
        spec = importlib.util.spec_from_file_location("eval_flags", script)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["eval_flags"].load_set()
