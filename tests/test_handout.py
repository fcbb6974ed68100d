"""The take-home summary: its HTML, the QR code, real PDFs read back with pypdf, and the CLI."""

import errno
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from guide.checklist import score
from guide.content.loader import load_guide
from guide.content.plain import plain_text
from guide.explain import LEADING, SAFETY_HOLDS
from guide.handout import (
    QR_RESOURCE,
    READINESS_KEYS,
    TEXT,
    handout_html,
    handout_text,
    program_questions,
)
from guide.paths import BUNDLED_CONTENT, ROOT
from guide.qr import qr_png, qr_size, qr_svg, qr_text
from tests.test_qt_free import BLOCK_QT

TODAY = "2026-12-01"
PAGE_POINTS = {"letter": (612, 792), "a4": (595, 842)}
HELP_LINES = ("988", "1-800-662-4357", "911", "press 2", "AYUDA", "838255", "1-800-487-4889",
              "435748")
ALL_YES = dict.fromkeys(READINESS_KEYS, True)
# Answer sets that give every kind of result: a fit each way, none, a rule-out, a
# contradiction, safety, and nothing at all.
ANSWER_SETS = [
    set(),
    {"work", "family"},
    {"stop", "court", "tried-iop"},
    {"stop", "work", "family", "afford"},  # more fit IOP, but struggling to stop rules it out
    {"stop", "sober"},  # they contradict
    {"self-harm"},
    {"withdrawal", "work", "family"},
    {"self-harm", "dual", "sleep-home"},
    {"withdrawal", "stop", "severe", "stress", "away", "staff", "court", "tried-iop"},
    {"sober", "dual", "family", "step-down", "sleep-home", "practise", "work", "afford"},
]
# The combinations a decision-aid review found shown as a fit under the safety banner.
DANGEROUS = [{"withdrawal", "work", "family"}, {"self-harm", "dual", "sleep-home"},
             {"unsafe-home", "work", "afford"}]


@pytest.fixture(scope="module")
def guide():
    return load_guide(BUNDLED_CONTENT, "en")


def result_for(guide, answers):
    return score(guide.checklist, [option.id for option in guide.options], set(answers))


def words(text: str) -> str:
    """Text as pypdf gives it, made searchable: ligatures undone (NFKC), words hyphenated at a
    line end joined again, every run of white space one space."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def plain(html: str) -> str:
    return words(re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").replace("&nbsp;", " "))


def export(guide, tmp_path, answers=(), paper="letter", readiness=None) -> Path:
    from guide.pdf_export import export_pdf

    path = tmp_path / f"handout-{paper}.pdf"
    export_pdf(guide, result_for(guide, answers), path, paper=paper, today=TODAY,
               readiness=readiness)
    return path


def pdf_text(path: Path) -> str:
    return words(" ".join(page.extract_text() for page in PdfReader(path).pages))


def decode(png: bytes) -> list[str]:
    """The texts of the QR codes in a PNG (zxing-cpp reads a grey image from a QImage's bits)."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(memoryview(image.constBits()).cast("B"), image.width(),
                              image.height(), zxingcpp.ImageFormat.Lum, image.bytesPerLine())
    return [barcode.text for barcode in zxingcpp.read_barcodes(view)]


def fit_words(guide) -> list[str]:
    """The line that names an option as the fit, for each option."""
    return [LEADING.format(option.name) for option in guide.options]


# The HTML (no Qt) ---------------------------------------------------------------------------


def test_handout_html_has_the_table_and_what_the_answers_mean(guide):
    result = result_for(guide, {"work", "family"})
    html = handout_html(guide, result, today=TODAY)
    text = plain(html)
    assert html.count("<table") >= 1 and "<thead>" in html
    for option in guide.options:
        assert option.name in text
    for topic in guide.topics:
        assert topic.title in text
        for option in guide.options:
            assert topic.cell(option.id).short_html in html
    for statement_id in ("work", "family"):
        statement = guide.checklist.statement(statement_id)
        assert statement.text in text
        for note in (*statement.fits, *statement.talk):
            assert plain(note.text) in text
    assert LEADING.format(guide.option("iop").name) in text
    assert "points" not in text.lower()
    assert TEXT["box"] not in html  # no pen checklist when something is ticked
    assert f"Made on {TODAY}." in text and guide.content_date in text
    assert "not medical advice" in text


def test_nothing_ticked_gives_an_empty_checklist_to_fill_in_by_pen(guide):
    html = handout_html(guide, result_for(guide, set()), today=TODAY)
    text = plain(html)
    assert html.count(TEXT["box"]) == len(guide.checklist.statements)
    for group in guide.checklist.groups:
        assert group.title in text
    for statement in guide.checklist.statements:  # safety statements too, with their actions
        assert statement.text in text
        if statement.safety:
            assert plain(statement.action_html) in text


def test_questions_to_ask_come_from_the_content_and_follow_the_answers(guide):
    checklist = guide.checklist
    chosen, general = program_questions(guide, result_for(guide, {"work", "family", "dual"}))
    assert chosen == [checklist.statement(i).ask for i in ("dual", "family", "work")]
    assert general == list(checklist.questions) and len(general) >= 5
    html = handout_html(guide, result_for(guide, {"work"}), today=TODAY)
    assert checklist.statement("work").ask in html
    for question in checklist.questions:
        assert question in html
    assert program_questions(guide, result_for(guide, set()))[0] == []
    # A clinic's own questions are the ones asked: nothing is written into the code.
    own = guide._replace(checklist=checklist._replace(questions=("Is there parking?",)))
    assert program_questions(own, result_for(own, set()))[1] == ["Is there parking?"]


@pytest.mark.parametrize(("readiness", "talk_it_through"), [
    (ALL_YES, False),
    ({**ALL_YES, "support": False}, True),
    (dict.fromkeys(READINESS_KEYS, False), True),
    ({"sure": True}, True),  # unanswered counts as not yes
])
def test_ready_to_decide(guide, readiness, talk_it_through):
    text = plain(handout_html(guide, result_for(guide, {"work"}), today=TODAY,
                              readiness=readiness))
    assert "Ready to decide?" in text
    for key in READINESS_KEYS:
        assert TEXT["ready_" + key] in text
    assert (TEXT["ready_not_yet"].split(".")[1].strip() in text) is talk_it_through
    assert (TEXT["ready_all"] in text) is not talk_it_through


def test_no_readiness_no_section_and_unknown_keys_are_refused(guide):
    result = result_for(guide, {"work"})
    assert "Ready to decide?" not in handout_html(guide, result, today=TODAY)
    with pytest.raises(ValueError, match="shure"):
        handout_html(guide, result, today=TODAY, readiness={"shure": True})


def test_help_lines_come_from_the_help_page_with_the_qr_image_date_and_sources(guide):
    result = result_for(guide, {"work"})
    html = handout_html(guide, result, today=TODAY, qr_svg=qr_svg(qr_text(guide, result)))
    text = plain(html)
    for line in HELP_LINES:
        assert line in text
    for line in guide.help_lines:
        assert plain(line.heading) in text and plain(line.html) in text
    assert "do not give counseling" in text  # the helpline refers; it does not counsel
    assert f'<img src="{QR_RESOURCE}"' in html and "<svg" not in html
    assert f'src="{QR_RESOURCE}"' not in handout_html(guide, result, today=TODAY)
    assert guide.content_date in text
    for source in guide.sources:
        assert source.title in text and source.publisher in text
    # A clinic's help page is the one printed: nothing is written into the code.
    own = guide._replace(help_lines=(guide.help_lines[0]._replace(html="Ring 555-0100."),))
    assert "Ring 555-0100." in handout_html(own, result, today=TODAY)
    assert "1-800-662-4357" not in plain(handout_html(own, result, today=TODAY))


@pytest.mark.parametrize("answers", DANGEROUS, ids=lambda a: ",".join(sorted(a)))
def test_a_safety_answer_leads_the_handout_and_no_fit_is_named(guide, answers):
    result = result_for(guide, answers)
    html = handout_html(guide, result, today=TODAY)
    text = plain(html)
    first = plain(result.safety[0].action_html)
    assert text.index(TEXT["safety_heading"]) < text.index(first) < text.index(
        TEXT["compare_heading"])
    assert text.index(first) < text.index(plain(TEXT["not_advice"])) + 200
    assert SAFETY_HOLDS in text
    assert not any(line in text for line in fit_words(guide))
    assert TEXT["safety_heading"] not in handout_html(guide, result_for(guide, {"work"}),
                                                      today=TODAY)


def test_self_harm_puts_988_first_then_911(guide):
    result = result_for(guide, {"withdrawal", "self-harm", "work"})
    assert [s.id for s in result.safety] == ["self-harm", "withdrawal"]
    text = plain(handout_html(guide, result, today=TODAY))
    box = text[text.index(TEXT["safety_heading"]):]
    assert box.index("988") < box.index("911") < box.index("withdrawal care")


def test_content_strings_are_escaped(guide):
    option = guide.options[0]._replace(name="A & <b>B</b>")
    statement = guide.checklist.statements[0]._replace(text="I <3 tea & toast")
    checklist = guide.checklist._replace(
                                    statements=(statement, *guide.checklist.statements[1:]))
    odd = guide._replace(title="Care <Choices>", options=(option, *guide.options[1:]),
                              checklist=checklist)
    for answers in (set(), {statement.id}):
        html = handout_html(odd, result_for(odd, answers), today="<today>")
        assert "A &amp; &lt;b&gt;B&lt;/b&gt;" in html and "<b>B</b>" not in html
        assert "I &lt;3 tea &amp; toast" in html
        assert "Care &lt;Choices&gt;" in html and "&lt;today&gt;" in html


def test_table_breaks_start_a_new_table_with_its_header_on_a_new_page(guide):
    html = handout_html(guide, result_for(guide, set()), today=TODAY, table_breaks=[5, 99])
    assert html.count("<thead>") == 2 and html.count("page-break-before: always") == 1
    second = html.index("page-break-before: always")
    assert html.index(guide.topics[4].title) < second < html.index(guide.topics[5].title)
    for topic in guide.topics:
        assert html.count(f"<b>{topic.title}</b>") == 1


def test_handout_uses_only_qt_rich_text(guide):
    html = handout_html(guide, result_for(guide, {"work", "self-harm"}), today=TODAY,
                        readiness=ALL_YES, qr_svg="<svg/>")
    for forbidden in ("display:", "flex", "grid", "position:", "float:", "<div", "<script"):
        assert forbidden not in html


def test_handout_words_are_plain():
    """The words the handout adds read at US grade 8 or below (content is checked elsewhere)."""
    import textstat

    sentences = [plain(text) for key, text in TEXT.items()
                 if not key.startswith("qr_") and key not in ("box", "yes", "no", "topic")]
    grade = textstat.flesch_kincaid_grade(" ".join(
        s if s.endswith((".", "?", "!")) else s + "." for s in sentences))
    assert grade <= 8, grade


def test_handout_and_qr_import_without_qt():
    code = BLOCK_QT + (
        "from guide.content.loader import load_guide\n"
        "from guide.paths import BUNDLED_CONTENT\n"
        "from guide.checklist import score\n"
        "from guide.handout import handout_html, handout_text\n"
        "from guide.qr import qr_png, qr_size, qr_svg, qr_text\n"
        "g = load_guide(BUNDLED_CONTENT, 'en')\n"
        "r = score(g.checklist, [o.id for o in g.options], {'work'})\n"
        "t = qr_text(g, r)\n"
        "handout_html(g, r, today='2026-01-01', qr_svg=qr_svg(t))\n"
        "handout_text(g, r, today='2026-01-01')\n"
        "assert qr_png(t, 4).startswith(b'\\x89PNG')\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "ok", result.stderr


# The text summary ---------------------------------------------------------------------------


@pytest.mark.parametrize("answers", ANSWER_SETS, ids=lambda a: ",".join(sorted(a)) or "none")
def test_the_text_summary_says_what_the_sheet_says_in_the_same_order(guide, answers):
    result = result_for(guide, answers)
    html_words = words(plain_text(handout_html(guide, result, today=TODAY)))
    text = handout_text(guide, result, today=TODAY)
    assert "<" not in text.replace("<3", "") and "&amp;" not in text
    flat = words(text)
    # The same sentences, in the same order: each line of the text is found in the sheet's
    # words after the one before it.
    position = 0
    for line in (words(line.lstrip(" -☐")) for line in text.splitlines()):
        if not line or set(line) <= {"-", "="} or line.endswith(":"):
            continue
        found = html_words.find(line.split(": ", 1)[-1][:40], position)
        assert found >= 0, line
        position = found
    if result.safety:
        assert flat.index(words(plain_text(result.safety[0].action_html))) < flat.index(
            TEXT["compare_heading"])


# The QR code --------------------------------------------------------------------------------


@pytest.mark.parametrize("answers", ANSWER_SETS, ids=lambda a: ",".join(sorted(a)) or "none")
def test_qr_text_leads_with_safety_and_leaves_no_answer_out(guide, answers):
    result = result_for(guide, answers)
    text = qr_text(guide, result)
    lines = text.splitlines()
    assert "http" not in text and "www" not in text
    for line in guide.help_lines:
        assert line.short in text
    if result.safety:
        assert lines[1].endswith(plain_text(result.safety[0].action_html))
        assert not any(guide.option(o.id).name in text for o in guide.options)
    for statement in result.ticked:
        if not statement.safety:
            assert statement.short in text, statement.id
    if result.leading:
        assert LEADING.format(guide.option(result.leading).name) in text
    if result.nothing_ticked:
        assert TEXT["qr_nothing"] in text


@pytest.mark.parametrize("answers", ANSWER_SETS, ids=lambda a: ",".join(sorted(a)) or "none")
def test_qr_png_decodes_to_the_qr_text(qapp, guide, answers):
    text = qr_text(guide, result_for(guide, answers))
    assert decode(qr_png(text, 4)) == [text]


def test_the_longest_qr_text_still_decodes_in_both_languages(qapp):
    """Every answer that can be ticked at once (two values): the longest code there is."""
    for lang in ("en", "es"):
        guide = load_guide(BUNDLED_CONTENT, lang)
        values = [s.id for s in guide.checklist.statements if s.kind == "values"]
        answers = {s.id for s in guide.checklist.statements} - set(values[2:])
        text = qr_text(guide, result_for(guide, answers))
        assert decode(qr_png(text, 3)) == [text]  # the smallest the screen draws it
        assert qr_size(text) <= 133, qr_size(text)  # version 27 at the most


def test_qr_svg_is_an_svg_with_a_quiet_zone():
    svg = qr_svg("hello")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    size = int(re.search(r'width="(\d+)"', svg).group(1))
    assert size == 21 + 2 * 4  # version 1, plus 4 modules of quiet zone on each side


# Real PDFs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_pdf_with_answers(qapp, guide, tmp_path, paper):
    answers = {"work", "family", "afford", "stress"}
    path = export(guide, tmp_path, answers, paper, readiness={**ALL_YES, "sure": False})
    reader = PdfReader(path)
    width, height = PAGE_POINTS[paper]
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - width) <= 2
        assert abs(float(page.mediabox.height) - height) <= 2
    text = pdf_text(path)
    for option in guide.options:
        assert words(option.name) in text
    for topic in guide.topics:
        assert words(topic.title) in text
    for statement_id in answers:
        statement = guide.checklist.statement(statement_id)
        assert words(statement.text) in text
        if statement.ask:
            assert words(statement.ask) in text
    for question in guide.checklist.questions:
        assert words(question) in text, question
    assert "evening groups" in text
    for line in HELP_LINES:
        assert line in text
    assert "not medical advice" in text
    assert "Ready to decide?" in text and "talk it through with a counselor" in text
    assert words(LEADING.format(guide.option("iop").name)) in text
    assert TEXT["box"] not in text
    assert reader.metadata.title == f"{guide.title}: {TEXT['title']}"


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_pdf_without_answers_has_the_pen_checklist(qapp, guide, tmp_path, paper):
    path = export(guide, tmp_path, set(), paper)
    text = pdf_text(path)
    assert text.count(TEXT["box"]) == len(guide.checklist.statements)
    for statement in guide.checklist.statements:
        assert words(statement.text) in text
    for group in guide.checklist.groups:
        assert words(group.title) in text
    for topic in guide.topics:
        assert words(topic.title) in text
    for question in guide.checklist.questions:
        assert words(question) in text
    assert "evening groups" not in text
    for line in HELP_LINES:
        assert line in text
    assert "not medical advice" in text and "Ready to decide?" not in text
    width, height = PAGE_POINTS[paper]
    box = PdfReader(path).pages[0].mediabox
    assert abs(float(box.width) - width) <= 2 and abs(float(box.height) - height) <= 2


def test_pdf_embeds_the_qr_as_a_sharp_bitmap(qapp, guide, tmp_path):
    path = export(guide, tmp_path, {"work"})
    images = []
    for page in PdfReader(path).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        for name in xobjects:
            item = xobjects[name].get_object()
            if item.get("/Subtype") == "/Image":
                images.append(item)
    assert len(images) == 1
    assert images[0]["/BitsPerComponent"] == 1  # lossless, not a blurred JPEG
    assert images[0].get("/Filter") != "/DCTDecode"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_qr_on_the_printed_page_decodes(qapp, guide, tmp_path, paper):
    answers = {"stop", "court", "stress"}
    path = export(guide, tmp_path, answers, paper)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "page")],
                   check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    found = [text for png in pages for text in decode(png.read_bytes())]
    assert found == [qr_text(guide, result_for(guide, answers))]


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("answers", ANSWER_SETS, ids=lambda a: ",".join(sorted(a)) or "none")
def test_page_breaks_cut_no_row_box_or_heading(qapp, guide, paper, answers):
    from PySide6.QtCore import QBuffer, QIODevice

    from guide.pdf_export import _writer, bad_breaks, cut_rows, laid_out_document

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper, "test")
    document = laid_out_document(guide, result_for(guide, answers), writer, today=TODAY,
                                 readiness=ALL_YES)
    try:
        assert bad_breaks(document) == []
        assert cut_rows(document) == []
        assert document.pageCount() <= 4
    finally:
        document.documentLayout().setPaintDevice(None)


def test_export_replaces_an_existing_file(qapp, guide, tmp_path):
    from guide.pdf_export import export_pdf

    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    export_pdf(guide, result_for(guide, {"work"}), target, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_full_disk_raises_export_error_and_leaves_nothing(qapp, guide, tmp_path, monkeypatch):
    from guide import pdf_export

    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pdf_export.os, "fsync", full)
    with pytest.raises(pdf_export.ExportError, match="No space left"):
        pdf_export.export_pdf(guide, result_for(guide, {"work"}), target, today=TODAY)
    assert target.read_bytes() == b"old"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_unwritable_path_raises_export_error(qapp, guide, tmp_path, where):
    from guide.pdf_export import ExportError, export_pdf

    target = tmp_path / "nope" / "summary.pdf" if where == "missing-folder" else tmp_path
    with pytest.raises(ExportError, match="cannot write the PDF"):
        export_pdf(guide, result_for(guide, set()), target, today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_unknown_paper_is_refused(qapp, guide, tmp_path):
    from guide.pdf_export import export_pdf

    with pytest.raises(ValueError, match="legal"):
        export_pdf(guide, result_for(guide, set()), tmp_path / "x.pdf", paper="legal",
                   today=TODAY)
    assert list(tmp_path.iterdir()) == []


# The command line ---------------------------------------------------------------------------


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen") if env is None else env
    return subprocess.run([sys.executable, "main.py", *args], capture_output=True, text=True,
                          cwd=ROOT, env=environment, timeout=120)


def test_cli_exports_and_exits_0(tmp_path):
    target = tmp_path / "summary.pdf"
    result = run_cli("--export-pdf", str(target), "--answers", "work,family", "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target.resolve())
    reader = PdfReader(target)
    assert abs(float(reader.pages[0].mediabox.height) - 842) <= 2
    text = pdf_text(target)
    assert "evening groups" in text and "Can I bring my children" in text


def test_cli_works_without_a_display(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    target = tmp_path / "summary.pdf"
    result = run_cli("--export-pdf", str(target), env=env)
    assert result.returncode == 0, result.stderr
    assert "Your checklist" in pdf_text(target)


def test_cli_unknown_answer_exits_2_and_writes_nothing(tmp_path):
    target = tmp_path / "summary.pdf"
    result = run_cli("--export-pdf", str(target), "--answers", "work,no-such-id")
    assert result.returncode == 2
    assert "no-such-id" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_cli_unwritable_path_exits_2_and_leaves_nothing(tmp_path, where):
    target = tmp_path / "nope" / "summary.pdf" if where == "missing-folder" else tmp_path
    result = run_cli("--export-pdf", str(target), "--answers", "work")
    assert result.returncode == 2
    assert "cannot write the PDF" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no PDF and no temporary file


def test_cli_answers_need_an_export():
    result = run_cli("--answers", "work")
    assert result.returncode == 2 and "--export-pdf or --export-text" in result.stderr
    result = run_cli("--export-text", "-", "--paper", "a4")
    assert result.returncode == 2 and "--paper goes with --export-pdf" in result.stderr


@pytest.mark.parametrize("answers", DANGEROUS, ids=lambda a: ",".join(sorted(a)))
@pytest.mark.parametrize("lang", ["en", "es"])
def test_cli_text_summary_leads_with_safety_in_both_languages(tmp_path, answers, lang):
    guide = load_guide(BUNDLED_CONTENT, lang)
    target = tmp_path / "summary.txt"
    result = run_cli("--export-text", str(target), "--answers", ",".join(sorted(answers)),
                     "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target.resolve())
    text = target.read_text("utf-8")
    first = plain_text(result_for(guide, answers).safety[0].action_html)
    assert text.index(first) < text.index("\n\n", text.index(first))  # near the top
    lines = text.splitlines()
    assert lines.index(first) < 8
    assert not any(line in text for line in fit_words(guide))
    stdout = run_cli("--export-text", "-", "--answers", ",".join(sorted(answers)),
                     "--lang", lang)
    assert stdout.returncode == 0 and stdout.stdout == text


def test_cli_text_summary_errors_are_one_line_and_leave_nothing(tmp_path):
    for args, message in ((["--answers", "work,nope"], "nope"),
                          (["--answers", "away,staff,practise"], "at most 2"),):
        result = run_cli("--export-text", str(tmp_path / "t.txt"), *args)
        assert result.returncode == 2 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    result = run_cli("--export-text", str(tmp_path / "nope" / "t.txt"))
    assert result.returncode == 2 and "cannot write the text" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_spanish_handout_is_in_spanish(tmp_path):
    target = tmp_path / "es.pdf"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--export-pdf", str(target),
                             "--lang", "es", "--answers", "work"], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for spanish in ("Su resumen para llevar", "Preguntas para hacerle a un programa",
                    "¿Tienen grupos por la noche?", "Pida ayuda ahora", "1-800-662-4357",
                    "AYUDA"):
        assert spanish in text
    for english in ("Your take-home summary", "Questions to ask a program"):
        assert english not in text


# The words that name an option as the fit, in both languages (see guide.explain.LEADING).
FIT_WORDS = ("More of your answers fit", "Más de sus respuestas encajan")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
@pytest.mark.parametrize("answers", DANGEROUS, ids=lambda a: ",".join(sorted(a)))
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_printed_handout_and_its_qr_lead_with_safety_in_both_languages(qapp, tmp_path,
                                                                           answers, lang):
    """Read back from a real PDF: the first safety action on the first page, before the
    comparison, no option named as the fit anywhere, and the QR code printed on the sheet
    leading with the same action."""
    guide = load_guide(BUNDLED_CONTENT, lang)
    target = tmp_path / "summary.pdf"
    result = run_cli("--export-pdf", str(target), "--answers", ",".join(sorted(answers)),
                     "--lang", lang)
    assert result.returncode == 0, result.stderr
    first = words(plain_text(result_for(guide, answers).safety[0].action_html))
    reader = PdfReader(target)
    first_page = words(reader.pages[0].extract_text())
    assert first in first_page
    assert first_page.index(first) < first_page.index(words(guide.topics[0].title))
    assert not any(w in pdf_text(target) for w in FIT_WORDS)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(target), str(tmp_path / "page")],
                   check=True, timeout=60)
    [code] = [text for png in sorted(tmp_path.glob("page*.png"))
              for text in decode(png.read_bytes())]
    assert words(code.splitlines()[1]).endswith(first)
    assert not any(w in code for w in FIT_WORDS)


def test_an_unknown_language_is_refused(tmp_path):
    target = tmp_path / "fr.pdf"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--export-pdf", str(target),
                             "--lang", "fr"], capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 2
    assert "fr" in result.stderr and not target.exists()
