"""Records that Python's own limits refuse, files in any encoding, and stray CSV quotes:
each costs at most its own record, and every good record around it is imported."""

import codecs
import encodings.aliases
import json
import math

import pytest

from aligner_gui.core.ingest import ImportOptions, import_files

LONG = "7" * 5000  # over Python's 4,300-digit limit for int()
LONG_REASON = "a number with 5,000 digits is over the 4,300-digit limit"
DEEP = "[" * 100_000 + "]" * 100_000


def good(i: int) -> str:
    return json.dumps({"id": f"ok-{i}", "text": f"نص سليم رقم {i}"}, ensure_ascii=False)


def run_import(project, *paths, **options):
    errors = []
    reports = import_files(project, paths, ImportOptions(**options), on_error=errors.append)
    return reports, {(e.file.rsplit("/", 1)[-1], e.line): e.reason for e in errors}


def uids(project):
    return [row[0] for row in project.conn.execute("SELECT uid FROM passages ORDER BY id")]


def all_finished(project):
    return project.conn.execute("SELECT count(*) FROM imports WHERE finished_at IS NULL").fetchone()[0] == 0


# -- numbers and nesting beyond Python's limits -------------------------------------------


both_parsers = pytest.mark.parametrize("parse_in_subprocess", [False, True], ids=["in-process", "helper-process"])


@both_parsers
def test_a_jsonl_number_too_long_for_python_is_one_bad_record(project, tmp_path, parse_in_subprocess):
    lines = [good(1), f'{{"text": "طويل", "n": {LONG}}}', f'{{"text": "سالب", "n": [1, {{"m": -{LONG}}}]}}', good(2)]
    (tmp_path / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "next.jsonl").write_text(good(3) + "\n", encoding="utf-8")
    reports, errors = run_import(
        project, tmp_path / "long.jsonl", tmp_path / "next.jsonl", parse_in_subprocess=parse_in_subprocess
    )
    assert errors == {("long.jsonl", 2): LONG_REASON, ("long.jsonl", 3): LONG_REASON}
    assert uids(project) == ["ok-1", "ok-2", "ok-3"]
    assert [r.failed for r in reports] == [None, None] and all_finished(project)


def test_json_array_elements_after_long_numbers_are_imported(project, tmp_path):
    elements = [good(1), f'{{"text": "طويل",\n "n": {LONG}}}', LONG, good(2)]
    path = tmp_path / "long.json"
    path.write_text("[\n" + ",\n".join(elements) + "\n]\n", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {("long.json", 3): LONG_REASON, ("long.json", 5): LONG_REASON}
    assert uids(project) == ["ok-1", "ok-2"] and report.failed is None


def test_huge_floats_nan_and_infinity_are_kept_as_python_reads_them(project, tmp_path):
    # Not standard JSON, but what Python's json.dumps writes for such values: a corpus
    # made in Python may hold them in a score field, and they cost no text.
    path = tmp_path / "floats.jsonl"
    path.write_text(f'{{"text": "نص", "a": 1e999999, "b": NaN, "c": -Infinity, "d": {LONG}.5}}\n', encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {} and report.imported == 1
    meta = json.loads(project.conn.execute("SELECT meta FROM passages").fetchone()[0])
    assert meta["a"] == math.inf and math.isnan(meta["b"]) and meta["c"] == -math.inf and meta["d"] > 1e300


@both_parsers
def test_deep_nesting_is_one_bad_record_in_a_json_array_as_in_json_lines(project, tmp_path, parse_in_subprocess):
    # Brackets and quotes inside strings must not fool the search for the element's end.
    tricky = '{"text": "x", "a": ' + "[" * 50_000 + '"] \\" ] }", {"b": "[["}' + "]" * 50_000 + "}"
    elements = [good(1), DEEP, tricky, good(2)]
    (tmp_path / "deep.json").write_text("[\n" + ",\n".join(elements) + "\n]\n", encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text("\n".join([good(3), DEEP, tricky, good(4)]) + "\n", encoding="utf-8")
    reports, errors = run_import(
        project, tmp_path / "deep.json", tmp_path / "deep.jsonl", parse_in_subprocess=parse_in_subprocess
    )
    too_deep = "invalid JSON: nested too deeply"
    assert errors == {
        (name, line): too_deep
        for name, line in [("deep.json", 3), ("deep.json", 4), ("deep.jsonl", 2), ("deep.jsonl", 3)]
    }
    assert uids(project) == ["ok-1", "ok-2", "ok-3", "ok-4"] and all_finished(project)


def test_a_deep_element_read_across_pieces_of_the_file(project, tmp_path):
    # The first element fills most of the first 1 MiB read: the deep one ends in a later piece.
    first = json.dumps({"id": "big", "text": "ب" * 500_000}, ensure_ascii=False)
    deep = "[" * 400_000 + "]" * 400_000
    path = tmp_path / "deep.json"
    path.write_text(f"[{first},\n{deep},\n{good(1)}]", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {("deep.json", 2): "invalid JSON: nested too deeply"}
    assert uids(project) == ["big", "ok-1"]


# -- encodings ------------------------------------------------------------------------------

TEXTS = ["نص عربي", "Grüße aus Köln", "日本語の文", "한국어 글", "Ελληνικά", "plain text"]


def _sample(codec: str) -> str:
    """A text the codec can write and read back, Arabic where it can."""
    for text in TEXTS:
        try:
            if text.encode(codec).decode(codec) == text:
                return text
        except (UnicodeError, LookupError):
            continue
    return "plain"


def _every_encoding() -> list[str]:
    extra = "utf-8-sig utf-16-le utf-16-be utf-32-le utf-32-be utf-7 unicode_escape raw_unicode_escape palmos"
    extra += " idna punycode undefined rot13 mbcs no-such-codec"
    return sorted(set(encodings.aliases.aliases.values()) | set(extra.split()))


REFUSED = ("is not a text encoding", "cannot read a text file", "unknown encoding")


def test_every_python_encoding_imports_or_is_refused_with_a_reason(project, tmp_path):
    outcomes = {}
    for number, name in enumerate(_every_encoding()):
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = "utf-8"
        text = f"{_sample(codec)} {number}"
        files = {
            "jsonl": "".join(json.dumps({"text": f"{text} {i}"}, ensure_ascii=False) + "\n" for i in range(2)),
            "csv": "text\n" + "".join(f'"{text} {i}"\n' for i in range(2, 4)),
            "txt": f"{text} 4\n\n{text} 5\n",
        }
        paths = []
        for suffix, content in files.items():
            paths.append(tmp_path / f"{number}.{suffix}")
            try:
                paths[-1].write_bytes(content.encode(codec))
            except (LookupError, UnicodeError):  # not a text codec: any bytes will do
                paths[-1].write_bytes(content.encode())
        reports, errors = run_import(project, *paths, encoding=name)
        imported = {row[0].strip() for row in project.conn.execute("SELECT text FROM passages")}
        if all(r.failed is None for r in reports):
            assert {f"{text} {i}" for i in range(6)} <= imported, name
            assert errors == {}, name
            outcomes[name] = "imported"
        else:
            assert all(r.failed and any(reason in r.failed for reason in REFUSED) for r in reports), (name, reports)
            outcomes[name] = "refused"
    refused = {name for name, outcome in outcomes.items() if outcome == "refused"}
    bytes_codecs = {"base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "uu_codec", "zlib_codec"}
    assert refused == bytes_codecs | {"rot13", "rot_13", "idna", "punycode", "undefined", "mbcs", "no-such-codec"}


MARKS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,  # begins with the UTF-16-LE mark
    "utf-32-be": codecs.BOM_UTF32_BE,
    "utf-8": codecs.BOM_UTF8,
}


@pytest.mark.parametrize(("encoding", "mark"), MARKS.items(), ids=MARKS)
@pytest.mark.parametrize("asked", ["utf-8", "utf-16", "cp1256", "utf-16-be"])
def test_a_byte_order_mark_says_the_encoding_whatever_encoding_is_given(project, tmp_path, encoding, mark, asked):
    jsonl = tmp_path / "marked.jsonl"
    jsonl.write_bytes(mark + f"{good(1)}\n{good(2)}\n".encode(encoding))
    csv = tmp_path / "marked.csv"
    csv.write_bytes(mark + 'id,text\nc1,"نص\nعلى سطرين"\nc2,نص\n'.encode(encoding))
    array = tmp_path / "marked.json"  # found to be an array, not JSON lines
    array.write_bytes(mark + f"[{good(3)},\n{good(4)}]".encode(encoding))
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "one.txt").write_bytes(mark + "نص في ملف".encode(encoding))
    reports, errors = run_import(project, jsonl, csv, array, folder, encoding=asked)
    assert errors == {} and [r.format for r in reports] == ["jsonl", "csv", "json", "txt"]
    assert uids(project)[:6] == ["ok-1", "ok-2", "c1", "c2", "ok-3", "ok-4"]
    texts = [row[0] for row in project.conn.execute("SELECT text FROM passages ORDER BY id")]
    assert texts[2] == "نص\nعلى سطرين" and texts[-1] == "نص في ملف"


def test_utf16_without_a_mark_asks_for_its_byte_order(project, tmp_path):
    path = tmp_path / "unmarked.jsonl"
    path.write_bytes(f"{good(1)}\n".encode("utf-16-le"))
    [report], _ = run_import(project, path, encoding="utf-16")
    assert report.failed == (
        f"{path}: the file has no byte order mark, so its utf-16 byte order is unknown: give "
        "--encoding utf-16-le or --encoding utf-16-be (it looks like utf-16-le)"
    )
    [report], errors = run_import(project, path, encoding="utf-16-le")
    assert report.imported == 1 and errors == {}


def test_undecodable_bytes_in_utf16_cost_only_their_record(project, tmp_path):
    path = tmp_path / "broken.jsonl"
    lone_surrogate = '{"text": "'.encode("utf-16-le") + b"\x00\xd8" + '"}\n'.encode("utf-16-le")
    before = "".join(f"{good(i)}\n" for i in range(1, 6)).encode("utf-16-le")
    after = "".join(f"{good(i)}\n" for i in range(6, 11)).encode("utf-16-le")
    path.write_bytes(codecs.BOM_UTF16_LE + before + lone_surrogate + after + b"{")  # and an odd last byte
    [report], errors = run_import(project, path)
    assert uids(project) == [f"ok-{i}" for i in range(1, 11)]
    assert list(errors) == [("broken.jsonl", 6), ("broken.jsonl", 12)]
    assert "lone surrogate" in errors[("broken.jsonl", 6)]


@pytest.mark.parametrize("encoding", ["base64", "rot13", "zlib", "punycode", "idna"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(project, tmp_path, encoding):
    path = tmp_path / "a.jsonl"
    path.write_text(good(1) + "\n", encoding="utf-8")
    [report], _ = run_import(project, path, encoding=encoding)
    assert report.failed.startswith(f"{path}: --encoding {encoding}: ")
    assert report.failed.endswith(
        "give the file's character encoding, for example --encoding utf-8 or --encoding cp1256"
    )


# -- stray quotes in CSV ----------------------------------------------------------------------


def csv_rows(count: int, delimiter: str = ",") -> list[str]:
    return ["id,text".replace(",", delimiter)] + [f"r{i}{delimiter}نص رقم {i}" for i in range(1, count + 1)]


@pytest.mark.parametrize(("suffix", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_a_stray_quote_is_reported_and_the_rows_it_swallowed_are_read_again(project, tmp_path, suffix, delimiter):
    rows = csv_rows(100, delimiter)
    rows[30] = f'r30{delimiter}"نص رقم 30'  # line 31; nothing closes it
    path = tmp_path / f"quote.{suffix}"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "next.jsonl").write_text(good(1) + "\n", encoding="utf-8")
    reports, errors = run_import(project, path, tmp_path / "next.jsonl")
    assert errors == {
        (path.name, 31): "row 30: a quoted field is not closed by the end of the file (a stray quote?); "
        "lines 32-101 are read again as rows"
    }
    assert uids(project) == [f"r{i}" for i in range(1, 101) if i != 30] + ["ok-1"]


def test_a_stray_quote_that_runs_on_is_caught_before_the_end_of_the_file(project, tmp_path):
    rows = csv_rows(1600)
    rows[30] = 'r30,"نص رقم 30'
    rows[1500] = 'r1500,نص" رقم 1500'  # would close the field that opened on line 31
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {
        ("quote.csv", 31): "row 30: a quoted field runs on past line 1,031 (a stray quote?); "
        "lines 32-1,031 are read again as rows"
    }
    assert len(uids(project)) == 1599 and "r30" not in uids(project)


def test_a_quoted_text_of_many_lines_is_not_taken_for_a_stray_quote(project, tmp_path):
    long_text = "\n".join(f"سطر رقم {i} من نص طويل" for i in range(3000)) + "\nسطر, بفاصلة"
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nlong,"{long_text}"\nr2,نص\n', encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {} and uids(project) == ["long", "r2"]
    assert project.conn.execute("SELECT text FROM passages WHERE uid = 'long'").fetchone()[0] == long_text


def test_an_unterminated_quote_in_the_last_row_is_reported(project, tmp_path):
    path = tmp_path / "last.csv"
    path.write_text('id,text\nr1,نص\nr2,"نص لا ينتهي\nوسطر ثان\n', encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {("last.csv", 3): "row 2: a quoted field is not closed by the end of the file"}
    assert uids(project) == ["r1"]


def test_an_unterminated_quote_in_the_header_fails_the_file(project, tmp_path):
    path = tmp_path / "header.csv"
    path.write_text('id,"text\nr1,نص\n', encoding="utf-8")
    [report], _ = run_import(project, path)
    assert report.failed == f"{path}: line 1: a quoted field of the header is never closed"


# -- CSV line ends and headers ------------------------------------------------------------


def test_a_csv_with_lines_ended_by_cr_alone_imports_with_its_line_numbers(project, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes('id,text\r1,نص أول\r2,"سطر\rوسطر"\r3,a,b\r4,نص رابع\r'.encode())
    [report], errors = run_import(project, path)
    assert errors == {("mac.csv", 5): "row 3 has 3 fields; the header has 2"}  # row 2: lines 3-4
    assert uids(project) == ["1", "2", "4"]
    kept = project.conn.execute("SELECT text FROM passages WHERE uid = '2'").fetchone()[0]
    assert kept == "سطر\rوسطر"  # a CR inside a quoted field stays as it is


def test_an_interrupted_import_of_a_cr_csv_carries_on_after_its_last_record(project, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(("id,text\r" + "".join(f"r{i},نص رقم {i}\r" for i in range(1, 101))).encode())
    stop_now = []
    [first] = import_files(
        project,
        [path],
        ImportOptions(chunk_size=30, transaction_rows=30),
        on_progress=lambda *_: stop_now.append(1),
        stop=lambda: bool(stop_now),
    )
    assert first.stopped and 0 < first.imported < 100
    [again] = import_files(project, [path], ImportOptions(chunk_size=30))
    assert again.carried_on_after == first.imported + 1 and again.duplicates == 0
    assert uids(project) == [f"r{i}" for i in range(1, 101)]


def test_a_header_naming_a_column_twice_fails_the_file_before_any_record(project, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("id,text,note,text\n1,العمود الأول,ملاحظة,العمود الثاني\n", encoding="utf-8")
    thrice = tmp_path / "thrice.tsv"
    thrice.write_text("a\ttext\ta\ta\n1\tنص\t2\t3\n", encoding="utf-8")
    reports, _ = run_import(project, path, thrice)
    assert [r.failed for r in reports] == [
        f'{path}:1: the header names column "text" twice (columns 2 and 4); give each column its own name',
        f'{thrice}:1: the header names column "a" 3 times (columns 1, 3 and 4); give each column its own name',
    ]
    assert uids(project) == []


def test_empty_header_names_keep_their_columns_by_place(project, tmp_path):
    path = tmp_path / "unnamed.csv"
    path.write_text("text,, \nنص,x,y\n", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {}
    meta = project.conn.execute("SELECT meta FROM passages").fetchone()[0]
    assert json.loads(meta) == {"column_2": "x", "column_3": "y"}


# -- FIFOs and devices: read once, from the first byte ------------------------------------


@pytest.fixture
def fails_after_10_seconds():
    """Fail a test that hangs (opening or reading a FIFO, say) instead of waiting for ever."""
    import signal

    def hung(signum, frame):  # noqa: ANN001, ARG001
        raise TimeoutError("hung: still running after 10 seconds")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, 10)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def fifo_fed_by(tmp_path, name: str, data: bytes, then: str = ""):
    """A FIFO and a writer process that writes ``data`` into it, then runs ``then``."""
    import os
    import subprocess

    source = tmp_path / f"{name}.source"
    source.write_bytes(data)
    pipe = tmp_path / name
    os.mkfifo(pipe)
    return pipe, subprocess.Popen(["sh", "-c", f'{{ cat "$0"; {then or ":"}; }} > "$1"', source, pipe])


@pytest.mark.parametrize(("name", "compress"), [("pipe.jsonl", False), ("pipe.json", False), ("pipe.jsonl.gz", True)])
def test_a_fifo_fed_by_a_writer_imports_every_record(project, tmp_path, name, compress, fails_after_10_seconds):
    import gzip

    lines = [good(i) for i in range(1, 2001)]
    data = ("[" + ",\n".join(lines) + "]" if name == "pipe.json" else "\n".join(lines) + "\n").encode()
    pipe, writer = fifo_fed_by(tmp_path, name, gzip.compress(data) if compress else data)
    try:
        reports, errors = run_import(project, pipe, parse_in_subprocess=True)  # never in a helper: it is open here
    finally:
        writer.kill()
        writer.wait()
    assert errors == {} and reports[0].imported == 2000
    assert reports[0].format == ("json" if name == "pipe.json" else "jsonl")
    assert uids(project) == [f"ok-{i}" for i in range(1, 2001)]


def test_a_fifo_nobody_writes_to_stops_when_asked(project, tmp_path, fails_after_10_seconds):
    import os
    import time

    first = tmp_path / "good.jsonl"
    first.write_text(good(1) + "\n", encoding="utf-8")
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    asked_at = time.monotonic() + 1
    reports = import_files(project, [first, pipe], stop=lambda: time.monotonic() > asked_at)
    assert time.monotonic() - asked_at < 2
    assert [r.stopped for r in reports] == [False, True] and reports[1].failed is None
    assert uids(project) == ["ok-1"]


# -- what a JSON array hides: data after it, a broken element in it ----------------------


def test_arrays_and_objects_after_a_json_array_are_read_and_other_data_is_reported(project, tmp_path):
    concatenated = tmp_path / "two.json"
    concatenated.write_text(f"[{good(1)},{good(2)}]\n[{good(3)}]\n{good(4)}\n", encoding="utf-8")
    garbage = tmp_path / "garbage.json"
    garbage.write_text(f"[\n{good(5)}\n]\nتعليق زائد {{\n[{good(6)}]\n", encoding="utf-8")
    reports, errors = run_import(project, concatenated, garbage)
    assert errors == {("garbage.json", 4): "unexpected data after the JSON array; the rest of the file is not read"}
    assert uids(project) == ["ok-1", "ok-2", "ok-3", "ok-4", "ok-5"]
    assert [r.failed for r in reports] == [None, None] and all_finished(project)


def test_an_invalid_json_array_element_costs_only_itself(project, tmp_path):
    elements = [
        good(1),
        '{"text": "x" "y"}',  # line 3
        '{"a": [1}',  # a bracket left open
        '{"text": "a "stray" quote"}, ' + good(2),
        '{"text": "no closing quote}',
        good(3),
    ]
    path = tmp_path / "mid.json"
    path.write_text("[\n" + ",\n".join(elements) + "\n]\n", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {
        ("mid.json", 3): "invalid JSON: Expecting ',' delimiter (column 14)",
        ("mid.json", 4): "invalid JSON: Expecting ',' delimiter (column 9)",
        ("mid.json", 5): "invalid JSON: Expecting ',' delimiter (column 14)",
        ("mid.json", 6): "invalid JSON: Invalid control character at (column 29)",
    }
    assert uids(project) == ["ok-1", "ok-2", "ok-3"] and report.failed is None


def test_an_invalid_element_in_a_one_line_array_read_across_pieces(project, tmp_path):
    # The bad element ends in a later 1 MiB piece; it starts on line 1, its error is on line 2.
    first = json.dumps({"id": "big", "text": "ب" * 600_000}, ensure_ascii=False)
    bad = '{"text": "' + "د" * 300_000 + '",\n "n": 1 2}'
    path = tmp_path / "one-line.json"
    path.write_text(f"[{first}, {bad}, {good(1)}]", encoding="utf-8")
    [report], errors = run_import(project, path)
    assert errors == {("one-line.json", 1): "invalid JSON: Expecting ',' delimiter (line 2, column 9)"}
    assert uids(project) == ["big", "ok-1"] and report.failed is None
