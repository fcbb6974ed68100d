"""The take-home summary as a PDF: the handout HTML laid out by QTextDocument on a QPdfWriter.

The PDF is made in memory and then written to a temporary file beside the target, which is
renamed over it only once it is complete: a failed export leaves no file, not even a partial one.
"""

import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from .checklist import Result
from .content.model import Guide
from .handout import QR_RESOURCE, handout_html, translated
from .qr import qr_png, qr_svg, qr_text

PAPER = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 15
BODY_POINTS = 11
QR_SCALE = 8  # pixels a module in the embedded image; it is drawn at 3.5 cm whatever the scale

_app = None  # the QGuiApplication made here, kept alive for the rest of the process


class ExportError(Exception):
    """The PDF could not be written (an unwritable folder, a full disk ...); says why, plainly."""


def ensure_gui_application() -> None:
    """QTextDocument and QPdfWriter need a QGuiApplication; make one (offscreen without a
    display) when none exists, as when exporting from the command line."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise ExportError("cannot make a PDF: a non-GUI Qt application is already running")
    if ("QT_QPA_PLATFORM" not in os.environ and sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(sys.argv[:1])


def build_document(guide: Guide, result: Result, *, today: str,
                   readiness: dict[str, bool] | None = None,
                   table_breaks: Sequence[int] = ()) -> QTextDocument:
    """The handout as a QTextDocument with its QR image registered (for printing or a PDF)."""
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINTS)
    font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)  # kerned: paper is set only once
    document.setDefaultFont(font)
    # Interface words follow the translators installed in the application (see ui.translation).
    text = qr_text(guide, result, QCoreApplication.translate)
    image = QImage.fromData(qr_png(text, QR_SCALE), "PNG")
    # 1 bit a pixel with black as colour 0: only then does Qt's PDF engine store it losslessly
    # as a bitmap, rather than as a blurred JPEG.
    image = image.convertToFormat(QImage.Format.Format_RGB32).convertToFormat(
        QImage.Format.Format_Mono, [QColor(Qt.GlobalColor.black).rgba(),
                                    QColor(Qt.GlobalColor.white).rgba()],
        Qt.ImageConversionFlag.ThresholdDither)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_RESOURCE), image)
    document.setHtml(handout_html(guide, result, today=today, readiness=readiness,
                                  qr_svg=qr_svg(text), table_breaks=table_breaks,
                                  tr=QCoreApplication.translate))
    return document


def _page(y: float, page_height: float) -> int:
    return int(y // page_height)


def _units(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """The document's top-level paragraphs and tables, in order (the rest is inside tables)."""
    units: list[QTextBlock | QTextTable] = []
    seen_tables: set[int] = set()
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            while isinstance(table.parentFrame(), QTextTable):  # a table in a table
                table = table.parentFrame()
            if table.firstPosition() not in seen_tables:
                seen_tables.add(table.firstPosition())
                units.append(table)
        elif block.length() > 1:  # skip the empty paragraphs Qt leaves around tables
            units.append(block)
        block = block.next()
    return units


def _row_span(layout, table: QTextTable, row: int) -> tuple[float, float]:
    """The top of the first line and the bottom of the last line of a table row."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _break_before(unit: QTextBlock | QTextTable) -> bool:
    """Start ``unit`` on a new page; False when it already does (so the loop ends)."""
    before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(unit, QTextTable):
        table_format = unit.format()
        if table_format.pageBreakPolicy() & before:
            return False
        table_format.setPageBreakPolicy(before)
        unit.setFormat(table_format)
        return True
    block_format = unit.blockFormat()
    if block_format.pageBreakPolicy() & before:
        return False
    block_format.setPageBreakPolicy(before)
    QTextCursor(unit).setBlockFormat(block_format)
    return True


def _bad_breaks(document: QTextDocument) -> Iterator[tuple[str, Callable[[], bool]]]:
    """Each badly placed page break, top to bottom, with a fix that moves something on to the
    next page (and says whether it could): a heading left alone at the foot of a page, or a
    small table (a box, a checklist group, the help lines) cut in two."""
    layout = document.documentLayout()
    layout.documentSize()  # finish the layout
    height = document.pageSize().height()

    def rect(unit):
        if isinstance(unit, QTextTable):
            return layout.frameBoundingRect(unit)
        return layout.blockBoundingRect(unit)

    units = _units(document)
    for index, unit in enumerate(units):
        box = rect(unit)
        if isinstance(unit, QTextBlock):
            if unit.blockFormat().headingLevel() and index + 1 < len(units):
                after = units[index + 1]
                if (isinstance(after, QTextBlock) and after.textList() is None
                        and index + 2 < len(units)):
                    following = units[index + 2]  # an intro: keep what it introduces too
                    if not (isinstance(following, QTextBlock)
                            and following.blockFormat().headingLevel()):
                        after = following
                if isinstance(after, QTextTable):  # keep the heading with the first row
                    first = min(after.format().headerRowCount(), after.rows() - 1)
                    keep_to = _row_span(layout, after, first)[1]
                else:
                    keep_to = rect(after).bottom()
                if (_page(box.top(), height) != _page(keep_to, height)
                        and keep_to - box.top() < height / 2):
                    yield f"heading '{unit.text()}' alone at a page foot", partial(
                        _break_before, unit)
            continue
        if _page(box.top(), height) == _page(box.bottom() - 1, height):
            continue
        if unit.format().headerRowCount() == 0 and box.height() < height * 0.9:
            yield "a small table cut in two", partial(_break_before, unit)
        # (A comparison table cut between rows is fine: cut_rows() keeps each row whole.)


def cut_rows(document: QTextDocument) -> list[int]:
    """The topic indices of the comparison rows that do not end on the page where their table
    starts: cut in two, or moved on by Qt, which then stretches the row above to the foot of
    the page. (The comparison is every table with a header row: one more after each split.)"""
    layout = document.documentLayout()
    layout.documentSize()
    height = document.pageSize().height()
    cut, topic = [], 0
    for unit in _units(document):
        if not isinstance(unit, QTextTable) or unit.format().headerRowCount() == 0:
            continue
        header = unit.format().headerRowCount()
        first_page = None
        for row in range(header, unit.rows()):
            top, bottom = _row_span(layout, unit, row)
            if first_page is None:
                first_page = _page(top, height)
            elif _page(bottom, height) != first_page and bottom - top < height / 2:
                cut.append(topic)
            topic += 1
    return cut


def bad_breaks(document: QTextDocument) -> list[str]:
    """What is wrong with the page breaks of a laid-out document (empty: nothing)."""
    return [problem for problem, _ in _bad_breaks(document)]


def paginate(document: QTextDocument) -> None:
    """Move things on to the next page until no heading or small table is badly broken."""
    for _ in range(100):
        # Fix the topmost problem only: moving it moves everything below it.
        if not any(fix() for _, fix in _bad_breaks(document)):
            return


def _writer(device: QIODevice, paper: str, title: str) -> QPdfWriter:
    if paper not in PAPER:
        raise ValueError(f"unknown paper size '{paper}' (use {' or '.join(PAPER)})")
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator(title)
    writer.setPageLayout(QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return writer


def lay_out(document: QTextDocument, writer: QPdfWriter) -> None:
    """Lay ``document`` out in pages for ``writer``: at its resolution, one document page to one
    paper page, so that print_() adds no margins or page numbers of its own and scales nothing.
    Call ``document.documentLayout().setPaintDevice(None)`` before the writer goes."""
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size()
                         .toSizeF())
    paginate(document)


def laid_out_document(guide: Guide, result: Result, writer: QPdfWriter, *, today: str,
                      readiness: dict[str, bool] | None = None) -> QTextDocument:
    """The handout laid out in pages for ``writer``, no comparison row cut in two: where a page
    break cuts one, the table is built again with a new table, on a new page, from that row.
    Call ``document.documentLayout().setPaintDevice(None)`` before the writer goes."""
    breaks: list[int] = []
    for _ in range(len(guide.topics)):  # each round adds a break: the topics bound them
        document = build_document(guide, result, today=today, readiness=readiness,
                                  table_breaks=breaks)
        lay_out(document, writer)
        cut = [row for row in cut_rows(document) if row not in breaks]
        if not cut:
            break
        document.documentLayout().setPaintDevice(None)
        breaks.append(cut[0])
    else:
        document = build_document(guide, result, today=today, readiness=readiness,
                                  table_breaks=breaks)
        lay_out(document, writer)
    return document


def pdf_bytes(guide: Guide, result: Result, *, paper: str = "letter", today: str,
              readiness: dict[str, bool] | None = None) -> bytes:
    """The handout as the bytes of a PDF file, laid out for ``paper`` ("letter" or "a4")."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    title = translated(QCoreApplication.translate)["title"]
    writer = _writer(buffer, paper, f"{guide.title}: {title}")
    document = laid_out_document(guide, result, writer, today=today, readiness=readiness)
    try:
        document.print_(writer)
    finally:
        document.documentLayout().setPaintDevice(None)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def check_target(path: Path, what: str = "the PDF") -> None:
    """Refuse at once a path that can never be written: a folder, or one in a missing folder."""
    if path.is_dir():
        raise ExportError(f"cannot write {what} to {path}: it is a folder")
    if not path.parent.is_dir():
        raise ExportError(f"cannot write {what} to {path}: "
                          f"the folder {path.parent} does not exist")


def write_atomically(path: Path, data: bytes, what: str = "the PDF") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed over it."""
    check_target(path, what)
    folder = path.parent
    temp = None
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private; give it the mode of the file it replaces, if any.
        os.chmod(temp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
        os.replace(temp, path)
        temp = None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"cannot write {what} to {path}: {reason}") from error
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def export_pdf(guide: Guide, result: Result, path: str | os.PathLike[str], *,
               paper: str = "letter", today: str,
               readiness: dict[str, bool] | None = None) -> None:
    """Write the take-home summary for ``result`` to ``path`` as a PDF.

    Raises ExportError, with a plain message, when the file cannot be written; nothing is left
    behind then. ``paper`` is "letter" or "a4"; ``today`` is the date printed on the sheet.
    """
    target = Path(os.fspath(path))
    check_target(target)
    data = pdf_bytes(guide, result, paper=paper, today=today, readiness=readiness)
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ExportError(f"cannot write the PDF to {target}: Qt made an incomplete file")
    write_atomically(target, data)
