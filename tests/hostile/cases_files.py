"""Files that are not what they seem: empty ones, folders of .txt files, links that loop
or lead to /dev/zero, FIFOs, missing and unreadable files."""

from __future__ import annotations

import gzip
import os
import subprocess

from tests.hostile.harness import Case, Input, Workspace, good, record


def _good_file(ws: Workspace, texts: list[str], name: str = "good.jsonl") -> object:
    return ws.write(name, "".join(record(t) + "\n" for t in texts))


def empty_files(ws: Workspace) -> Input:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": pa.array([], pa.string())}), ws.dir / "no-rows.parquet")
    empties = [
        ws.write("empty.jsonl", b""),
        ws.write("empty.json", b""),
        ws.write("empty.csv", b""),
        ws.write("empty.tsv", b""),
        ws.write("empty.txt", b""),
        ws.write("blank.json", " \n\t\r\n"),
        ws.write("array.json", "[]"),
        ws.write("header-only.csv", "id,text\n"),
        ws.dir / "no-rows.parquet",
        ws.write("empty.jsonl.gz", gzip.compress(b"")),
    ]
    texts = [good(1)]
    return Input(ws.import_(*empties, _good_file(ws, texts)), texts)


def txt_folders(ws: Workspace) -> Input:
    """A folder with an undecodable file, an empty one and odd names; another holding
    a link to itself."""
    folder = ws.dir / "pages"
    texts = [good(1, "أ"), good(2, "في مجلد فرعي"), good(3, "بامتداد كبير"), good(4, "مع BOM\r\nوCRLF")]
    ws.write("pages/a.txt", texts[0])
    ws.write("pages/sub/c.txt", texts[1])
    ws.write("pages/UPPER.TXT", texts[2])
    ws.write("pages/bom.txt", "\ufeff" + texts[3])
    ws.write("pages/b.txt", "فقرة فيها بايت خاطئ ".encode() + b"\xff\xfe\xfd")
    ws.write("pages/empty.txt", "  \n")
    ws.write("pages/notes.md", "ليس ملف نص")
    looped = [good(1, "مجلد فيه حلقة")]
    ws.write("looped/a.txt", looped[0])
    os.symlink(".", ws.dir / "looped" / "loop")
    return Input(ws.import_(folder, ws.dir / "looped"), [*texts, *looped], interrupt_after_s=20)


def unreadable_paths(ws: Workspace) -> Input:
    loop = ws.dir / "loop.jsonl"
    os.symlink(loop.name, loop)
    (ws.dir / "nothing").mkdir()
    texts = [good(1)]
    return Input(ws.import_(loop, ws.dir / "missing.jsonl", ws.dir / "nothing", _good_file(ws, texts)), texts)


def unreadable_permissions(ws: Workspace) -> Input:
    ws.run_as_user()
    secret = _good_file(ws, ["سر لا يقرأ"], "secret.jsonl")
    secret.chmod(0)
    texts = [good(1)]
    return Input(ws.import_(secret, _good_file(ws, texts)), texts)


def link_to_dev_zero(ws: Workspace) -> Input:
    texts = [good(1)]
    zero = ws.dir / "zero.jsonl"
    os.symlink("/dev/zero", zero)
    return Input(ws.import_(_good_file(ws, texts), zero), texts, file=zero, interrupt_after_s=6)


def fifo_without_writer(ws: Workspace) -> Input:
    texts = [good(1)]
    pipe = ws.dir / "pipe.jsonl"
    os.mkfifo(pipe)
    return Input(ws.import_(_good_file(ws, texts), pipe), texts, file=pipe, interrupt_after_s=6)


def fifo_with_writer(ws: Workspace) -> Input:
    """As `aligner import p.aligner <(zcat data.jsonl.gz) --format jsonl` would give it."""
    texts = [good(i) for i in range(1, 4)]
    source = _good_file(ws, texts, "source.jsonl")
    pipe = ws.dir / "pipe.jsonl"
    os.mkfifo(pipe)
    writer = subprocess.Popen(["sh", "-c", 'cat "$0" > "$1"', source, pipe])
    ws.cleanup.callback(writer.wait)
    ws.cleanup.callback(writer.kill)
    return Input(ws.import_(pipe), maybe={t: "{file}: " for t in texts}, interrupt_after_s=8)


# A Ctrl+C that stops the import says "stopped"; one that interrupts it, "interrupted".
STOPPED_OR_REFUSED = "({file}: |stopped|interrupted)"

CASES = [
    Case("empty files of every format", empty_files, exit=(0, 1), quiet=False),
    Case(
        "folders of .txt files: one undecodable, one empty, a link loop",
        txt_folders,
        messages=("b\\.txt(?::\\d+)?: .*0xFF", "empty\\.txt(?::\\d+)?: "),
    ),
    Case(
        "a link to itself, a missing file, a folder without .txt",
        unreadable_paths,
        exit=1,
        messages=("loop\\.jsonl: ", "missing\\.jsonl: ", "nothing: "),
    ),
    Case("a file without read permission", unreadable_permissions, exit=1, messages=("secret\\.jsonl: ",)),
    Case("a link to /dev/zero", link_to_dev_zero, exit=(1, 130), messages=(STOPPED_OR_REFUSED,)),
    Case("a FIFO nobody writes to", fifo_without_writer, exit=(1, 130), messages=(STOPPED_OR_REFUSED,)),
    Case("a FIFO fed by another process", fifo_with_writer, exit=(0, 1, 130), quiet=False),
]
