"""Every input format lands passages (and imported rewrites) in the project."""

import csv
import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from aligner_gui.core.ingest import ImportOptions, import_files
from tests.conftest import write_jsonl

RECORDS = [
    {"id": "a1", "text": "ذهب الطالب إلى المكتبة صباحاً", "rewrite": "ذهب الطالب إلى المكتبة صباحًا.", "lang": "ar"},
    {"id": "a2", "text": "اشترِ الآن!!! خصم 50% على كل المنتجات", "lang": "ar"},
    {
        "id": "a3",
        "text": "The model rewrites النص العربي بطريقة أوضح",
        "rewrite": "يعيد النموذج صياغة النص.",
        "lang": "mixed",
    },
]


def passages(project):
    rows = project.conn.execute("SELECT uid, text, source, meta FROM passages ORDER BY id").fetchall()
    return [(uid, text, source, json.loads(meta) if meta else None) for uid, text, source, meta in rows]


def rewrites(project):
    return project.conn.execute(
        "SELECT p.uid, r.text, r.origin FROM rewrites r JOIN passages p ON p.id = r.passage_id ORDER BY r.id"
    ).fetchall()


def check_imported(project, report, source):
    assert (report.imported, report.rewrites, report.duplicates, report.errors) == (3, 2, 0, 0)
    assert passages(project) == [(r["id"], r["text"], source, {"lang": r["lang"]}) for r in RECORDS]
    assert rewrites(project) == [("a1", RECORDS[0]["rewrite"], "import"), ("a3", RECORDS[2]["rewrite"], "import")]


def test_jsonl(project, tmp_path):
    path = write_jsonl(tmp_path / "data.jsonl", RECORDS)
    [report] = import_files(project, [path])
    assert report.format == "jsonl"
    check_imported(project, report, "data.jsonl")


def test_gzipped_jsonl(project, tmp_path):
    path = tmp_path / "data.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
    [report] = import_files(project, [path])
    assert report.format == "jsonl"
    check_imported(project, report, "data.jsonl.gz")


def test_json_array_streamed_with_line_numbers(project, tmp_path):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(RECORDS + ["not an object"], ensure_ascii=False, indent=2), encoding="utf-8")
    errors = []
    [report] = import_files(project, [path], on_error=errors.append)
    assert report.format == "json"
    assert report.imported == 3
    # The fourth element starts on this line of the indented file.
    expected_line = path.read_text(encoding="utf-8").splitlines().index('  "not an object"') + 1
    assert [(e.line, e.reason) for e in errors] == [(expected_line, "expected a JSON object, got a string")]


def test_json_named_file_holding_json_lines(project, tmp_path):
    path = write_jsonl(tmp_path / "data.json", RECORDS)
    [report] = import_files(project, [path])
    assert report.format == "jsonl"
    check_imported(project, report, "data.json")


@pytest.mark.parametrize("suffix,delimiter", [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_with_multiline_quoted_field(project, tmp_path, suffix, delimiter):
    records = [dict(r, rewrite=r.get("rewrite", "")) for r in RECORDS]
    records[1]["text"] = "سطر أول\nسطر ثانٍ، مع فاصلة"
    path = tmp_path / f"data{suffix}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", "text", "rewrite", "lang"], delimiter=delimiter)
        writer.writeheader()
        writer.writerows(records)
    [report] = import_files(project, [path])
    assert report.format == suffix[1:]
    assert (report.imported, report.rewrites, report.errors) == (3, 2, 0)
    assert passages(project)[1][1] == "سطر أول\nسطر ثانٍ، مع فاصلة"


def test_parquet(project, tmp_path):
    path = tmp_path / "data.parquet"
    columns = {key: [r.get(key) for r in RECORDS] for key in ("id", "text", "rewrite", "lang")}
    pq.write_table(pa.table(columns), path, row_group_size=2)
    [report] = import_files(project, [path])
    assert report.format == "parquet"
    check_imported(project, report, "data.parquet")


def test_text_file_of_blank_line_separated_passages(project, tmp_path):
    path = tmp_path / "corpus.txt"
    path.write_text("الفقرة الأولى\nتكملة الفقرة الأولى\n\n\nالفقرة الثانية\n   \nالفقرة الثالثة", encoding="utf-8")
    [report] = import_files(project, [path])
    assert report.imported == 3
    texts = [row[1] for row in passages(project)]
    assert texts == ["الفقرة الأولى\nتكملة الفقرة الأولى\n", "الفقرة الثانية\n", "الفقرة الثالثة"]


def test_folder_of_text_files(project, tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("صفحة أولى من الموقع", encoding="utf-8")
    (folder / "sub" / "two.txt").write_text("صفحة ثانية من الموقع", encoding="utf-8")
    (folder / "notes.md").write_text("ليس نصاً للاستيراد", encoding="utf-8")
    [report] = import_files(project, [folder])
    assert (report.format, report.imported) == ("txt", 2)
    assert [(row[1], row[2]) for row in passages(project)] == [
        ("صفحة أولى من الموقع", "one.txt"),
        ("صفحة ثانية من الموقع", "sub/two.txt"),
    ]


def test_pairs_from_elsewhere_with_named_fields(project, tmp_path):
    path = write_jsonl(
        tmp_path / "pairs.jsonl",
        [{"complex": "نص معقد جدا جدا", "simplification": "نص بسيط", "key": 17, "score": 0.5}],
    )
    options = ImportOptions(text_field="complex", id_field="key", rewrite_field="simplification")
    [report] = import_files(project, [path], options)
    assert (report.imported, report.rewrites) == (1, 1)
    assert passages(project) == [("17", "نص معقد جدا جدا", "pairs.jsonl", {"score": 0.5})]
    assert rewrites(project) == [("17", "نص بسيط", "import")]


def test_format_flag_overrides_the_name(project, tmp_path):
    path = write_jsonl(tmp_path / "export.data", RECORDS)
    [report] = import_files(project, [path], ImportOptions(format="jsonl"))
    assert report.imported == 3


def test_reimport_adds_nothing_and_counts_duplicates(project, tmp_path):
    path = write_jsonl(tmp_path / "data.jsonl", RECORDS + [{"id": "bad"}])
    import_files(project, [path])
    snapshot = [
        project.conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("passages", "rewrites", "import_errors")
    ]
    [again] = import_files(project, [path])
    assert (again.imported, again.rewrites, again.duplicates, again.errors) == (0, 0, 3, 1)
    assert snapshot == [
        project.conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("passages", "rewrites", "import_errors")
    ]


def test_duplicates_after_normalization_are_skipped_and_counted(project, tmp_path):
    path = write_jsonl(
        tmp_path / "d.jsonl",
        [{"text": "كَتَبَ الطالبُ"}, {"text": "كتب  الطالب"}, {"text": "كتـــب الطالب"}, {"text": "كتب الطلاب"}],
    )
    [report] = import_files(project, [path])
    assert (report.imported, report.duplicates) == (2, 2)


def test_new_rewrite_for_a_known_passage_is_attached(project, tmp_path):
    import_files(project, [write_jsonl(tmp_path / "raw.jsonl", [{"id": "x", "text": "نص خام"}])])
    [report] = import_files(
        project, [write_jsonl(tmp_path / "pairs.jsonl", [{"id": "x", "text": "نص خام", "rewrite": "نص منقح."}])]
    )
    assert (report.imported, report.duplicates, report.rewrites) == (0, 1, 1)
    assert rewrites(project) == [("x", "نص منقح.", "import")]


def _peak_python_memory_of_import(tmp_path, records: int) -> tuple[int, list[int]]:
    import tracemalloc

    from aligner_gui.core.store.project import Project

    path = tmp_path / f"big-{records}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(records):
            f.write(json.dumps({"text": f"{i} " + "كلمة " * 1200}, ensure_ascii=False) + "\n")
    progress = []
    with Project.create(tmp_path / f"p-{records}.aligner") as project:
        tracemalloc.start()
        [report] = import_files(
            project, [path], ImportOptions(chunk_size=20), on_progress=lambda r, d, t: progress.append(r.imported)
        )
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert report.imported == records
    return peak, progress


def test_import_is_committed_in_chunks_in_constant_python_memory(tmp_path):
    small_peak, _ = _peak_python_memory_of_import(tmp_path, 500)
    large_peak, progress = _peak_python_memory_of_import(tmp_path, 2000)
    assert len(progress) >= 2000 // 20  # progress reported as chunks are read
    assert progress[-1] == 2000
    # Four times the input (47 MB of JSON) may not need noticeably more memory. (On a busy
    # machine the writer thread lags and a few more chunks wait in its bounded queue.)
    assert large_peak < 1.6 * small_peak, f"{small_peak / 1e6:.1f} MB then {large_peak / 1e6:.1f} MB"
