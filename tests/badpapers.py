"""Generate bad (and some tricky but readable) papers into a folder at test time.

Nothing binary is committed: every file is made here, from scratch or from a real paper
in ``corpus/`` (truncated, re-encrypted, ...). Each maker returns the path it wrote.

``make_bad_folder`` builds the whole mixed folder used by the robustness tests and
returns a :class:`BadFolder` saying, for every file, what a run must do with it.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(os.path.dirname(HERE), "corpus")

# Two real papers copied beside the bad ones, with a query each must answer afterwards.
GOOD_PAPERS = {
    "kent-cabinet-minutes-2025-01-09.pdf": "provisional settlement",
    "leics-strategic-plan-2022-26.txt": "elective home education",
}
# A third real PDF, re-saved encrypted with an *empty* user password: must read fine.
EMPTY_PASSWORD_SOURCE = "kent-corporate-parenting-panel-minutes-2024-10-29.pdf"
# The real PDF cut short and the one encrypted with a real password.
TRUNCATE_SOURCE = "kent-cabinet-report-24-00096-2025-01-30.pdf"
ENCRYPT_SOURCE = "kent-cabinet-agenda-2025-01-30.pdf"

# Made-up words, one per readable generated paper, so that a search proves the paper
# (and nothing else) was indexed.
WORD_CP1252 = "quillerbrook"
WORD_LATIN1 = "marrowfield"
WORD_LONG_LINE = "zephyrcombe"
WORD_HTML_VISIBLE = "thistlewaite"
WORD_HTML_SCRIPT = "jabberscript"
WORD_HTML_STYLE = "cobaltstyle"


def corpus(name: str) -> str:
    return os.path.join(CORPUS, name)


# -- PDFs --------------------------------------------------------------------------------


def _pdf_bytes(writer) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def text_named_pdf(folder: Path, name: str = "not-really-a.pdf") -> Path:
    path = folder / name
    path.write_text("Minutes of the meeting\n\nThis is a plain text file that someone saved with a .pdf "
                    "ending. It has no PDF header at all.\n", encoding="utf-8")
    return path


def zip_named_pdf(folder: Path, name: str = "word-file-renamed.pdf") -> Path:
    """A (minimal) .docx, that is a zip archive, renamed .pdf."""
    path = folder / name
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Report to Cabinet</w:t></w:r>'
                   '</w:p></w:body></w:document>')
    path.write_bytes(buf.getvalue())
    return path


def truncated_pdf(folder: Path, name: str = "truncated.pdf", source: str = TRUNCATE_SOURCE,
                  share: float = 0.3) -> Path:
    data = Path(corpus(source)).read_bytes()
    path = folder / name
    path.write_bytes(data[: int(len(data) * share)])
    return path


def encrypted_pdf(folder: Path, name: str, user_password: str, source: str = ENCRYPT_SOURCE) -> Path:
    """A real paper re-saved encrypted (RC4-128: pypdf needs no extra package for it)."""
    import pypdf

    reader = pypdf.PdfReader(corpus(source))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    path = folder / name
    path.write_bytes(_pdf_bytes(writer))
    return path


def blank_pdf(folder: Path, name: str = "scanned-no-text.pdf", pages: int = 2) -> Path:
    """A PDF whose pages carry no text layer (as a scan without OCR)."""
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    path = folder / name
    path.write_bytes(_pdf_bytes(writer))
    return path


def _page_with_font(writer):
    """A blank Letter page on ``writer`` whose resources name Helvetica as /F1."""
    from pypdf.generic import DictionaryObject, NameObject

    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    })
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)}),
    })
    return page


def slow_pdf(folder: Path, name: str = "slow-to-read.pdf", operators: int = 400_000) -> Path:
    """A valid one-page PDF whose content stream holds ``operators`` text-show operations.

    pypdf needs roughly 25 microseconds per operation to extract its text, so the
    default takes about ten seconds to read: far past a one-second ``--timeout``, while
    the file itself is written in a fraction of a second.
    """
    import pypdf
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    writer = pypdf.PdfWriter()
    page = _page_with_font(writer)
    stream = StreamObject()
    stream.set_data(b"BT /F1 10 Tf 72 760 Td " + b"(Budget line) Tj 0 -1 Td " * operators + b"ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = folder / name
    path.write_bytes(_pdf_bytes(writer))
    return path


def pdf_bomb(folder: Path, name: str = "pdf-bomb.pdf", size: int = 96_000_000) -> Path:
    """A one-page PDF whose (valid) content stream inflates from under 300 KB to ``size``
    bytes of text operators: more than pypdf agrees to decompress (75 MB)."""
    import zlib

    import pypdf
    from pypdf.generic import DictionaryObject, NameObject, StreamObject

    chunk = b"BT /F1 10 Tf 72 700 Td (Bomb) Tj ET\n" * 30_000
    packer = zlib.compressobj(9)
    packed = [packer.compress(chunk) for _ in range(size // len(chunk) + 1)]
    packed.append(packer.flush())
    writer = pypdf.PdfWriter()
    page = _page_with_font(writer)
    stream = StreamObject()
    stream._data = b"".join(packed)  # already compressed: stored as is
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = folder / name
    path.write_bytes(_pdf_bytes(writer))
    return path


def damaged_font_encoding_pdf(folder: Path, name: str = "odd-font-encoding.pdf",
                              source: str = "merton-audit-committee-agenda-2009-10-22.pdf") -> Path:
    """A real paper with one font's /Encoding name garbled (same length, so the
    cross-reference table stays right): the text still reads, pypdf complains."""
    data = Path(corpus(source)).read_bytes()
    assert b"/WinAnsiEncoding" in data
    path = folder / name
    path.write_bytes(data.replace(b"/WinAnsiEncoding", b"/WinAnsiEnc     ", 1))
    return path


# -- text and HTML -----------------------------------------------------------------------


def empty_file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"")
    return path


def binary_junk_txt(folder: Path, name: str = "binary-junk.txt", size: int = 20_000) -> Path:
    rng = random.Random(5)
    path = folder / name
    path.write_bytes(bytes(rng.randrange(256) for _ in range(size)))
    return path


def cp1252_txt(folder: Path, name: str = "windows-1252.txt") -> Path:
    text = ("CABINET – 12 MARCH 2021\n\n"
            "Minutes of a meeting of the Cabinet held at County Hall on Friday, 12 March 2021.\n\n"
            "PRESENT: Mr J. Smith CC (in the Chair)\n\n"
            "12. Highways maintenance grant\n\n"
            f"The Cabinet considered the “{WORD_CP1252}” scheme, costing £250,000 in 2021–22 "
            "and the officer’s advice on it.\n\n"
            "RESOLVED:\n\nThat the scheme be approved.\n")
    path = folder / name
    path.write_bytes(text.encode("cp1252"))
    return path


def latin1_txt(folder: Path, name: str = "latin-1.txt") -> Path:
    # \x81 and \x8d are undefined in Windows-1252, so only Latin-1 decodes these bytes.
    text = ("SCRUTINY COMMISSION - 3 JUNE 2019\n\n"
            f"Report on the {WORD_LATIN1} café and rôle of the town centre manager: £12,500 "
            "for ½ of the year, « as agreed ».\n\n"
            "Control bytes from an old export:\x81\x8d\n")
    path = folder / name
    path.write_bytes(text.encode("latin-1"))
    return path


def long_line_txt(folder: Path, name: str = "one-long-line.txt", size: int = 5 * 1024 * 1024) -> Path:
    """A text dump of one ~5 MB line (a table exported without newlines)."""
    unit = "the council budget for highways and libraries was agreed by members "
    body = unit * (size // len(unit))
    path = folder / name
    path.write_text(body + f"and finally the {WORD_LONG_LINE} item was noted\n", encoding="utf-8")
    return path


def nasty_html(folder: Path, name: str = "broken-markup.html") -> Path:
    html = f"""<!DOCTYPE html>
<html><head><title>Cabinet minutes</title>
<script>var {WORD_HTML_SCRIPT} = "<p>not text</p>"; if (a < b && c > d) {{ document.write("</div>"); }}</script>
<style>.{WORD_HTML_STYLE} {{ color: red }}</style>
</head>
<body><div class="main"><h1>Cabinet – 5 May 2022<h2>Minutes
<p>The Cabinet discussed the {WORD_HTML_VISIBLE} library refurbishment <b>and <i>agreed</b> it</i>.
<table><tr><td>Cost<td>£40,000</tr></table>
</div></div></span>
<script type="text/javascript">
  // unclosed comment and a string with a tag: <!-- {WORD_HTML_SCRIPT}
  console.log("{WORD_HTML_SCRIPT}");
</script>
<p>RESOLVED: that the refurbishment go ahead.
<div><p>Unclosed everything
"""
    path = folder / name
    path.write_text(html, encoding="utf-8")
    return path


def unknown_extension(folder: Path, name: str = "report.docx") -> Path:
    path = folder / name
    path.write_bytes(b"PK\x03\x04 a word file")
    return path


def unreadable_txt(folder: Path, name: str = "no-permission.txt") -> Path:
    path = folder / name
    path.write_text("Minutes nobody may read.\n", encoding="utf-8")
    os.chmod(path, 0)
    return path


def broken_symlink(folder: Path, name: str = "dangling-link.pdf") -> Path:
    path = folder / name
    os.symlink("this-file-was-deleted.pdf", path)
    return path


# -- the mixed folder --------------------------------------------------------------------

# What a run must do with each file of the mixed folder. For a paper that cannot be read:
# a regular expression its one-line reason on stderr must match.
EXPECT_FAILED = {
    "not-really-a.pdf": r"not a PDF",
    "word-file-renamed.pdf": r"not a PDF.*(Word|zip)",
    "truncated.pdf": r"damaged|truncated",
    "encrypted-with-password.pdf": r"encrypted|password",
    "scanned-no-text.pdf": r"no text",
    "empty.txt": r"empty",
    "empty.pdf": r"empty",
    "binary-junk.txt": r"binary|not text",
    "dangling-link.pdf": r"broken link|no such file|not found",
    # Only made when chmod 000 stops the test's user (not root) from reading.
    "no-permission.txt": r"permission denied",
}
EXPECT_SKIPPED = {"report.docx": r"skipped|unknown file type"}
# Readable papers, with a query whose hits must include them.
EXPECT_READABLE = dict(GOOD_PAPERS, **{
    "encrypted-empty-password.pdf": "corporate parenting panel",
    "windows-1252.txt": WORD_CP1252,
    "latin-1.txt": WORD_LATIN1,
    "one-long-line.txt": WORD_LONG_LINE,
    "broken-markup.html": WORD_HTML_VISIBLE,
})


def can_make_unreadable() -> bool:
    """chmod 000 does not stop root from reading a file."""
    return os.geteuid() != 0


@dataclass
class BadFolder:
    folder: Path
    failed: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    readable: dict[str, str] = field(default_factory=dict)


def make_bad_folder(folder: Path) -> BadFolder:
    """Every bad paper of the requirement beside two real good ones, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD_PAPERS:
        shutil.copy(corpus(name), folder / name)
        os.chmod(folder / name, 0o644)
    text_named_pdf(folder)
    zip_named_pdf(folder)
    truncated_pdf(folder)
    encrypted_pdf(folder, "encrypted-with-password.pdf", "s3cret")
    encrypted_pdf(folder, "encrypted-empty-password.pdf", "", source=EMPTY_PASSWORD_SOURCE)
    blank_pdf(folder)
    empty_file(folder, "empty.txt")
    empty_file(folder, "empty.pdf")
    binary_junk_txt(folder)
    cp1252_txt(folder)
    latin1_txt(folder)
    long_line_txt(folder)
    nasty_html(folder)
    unknown_extension(folder)
    broken_symlink(folder)
    failed = dict(EXPECT_FAILED)
    if can_make_unreadable():
        unreadable_txt(folder)
    else:
        del failed["no-permission.txt"]
    made = {p.name for p in folder.iterdir()}
    assert set(failed) | set(EXPECT_SKIPPED) | set(EXPECT_READABLE) == made, made
    return BadFolder(folder, failed, dict(EXPECT_SKIPPED), dict(EXPECT_READABLE))
