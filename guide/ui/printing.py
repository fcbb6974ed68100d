"""Printing (with a preview) and saving the take-home summary from the window."""

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..pdf_export import ExportError, export_pdf, laid_out_document
from .answers import Answers
from .dialogs import open_dialog


def print_preview(parent: QWidget, answers: Answers) -> QPrintPreviewDialog:
    """Open the print preview; the person prints from there (or cancels)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print the summary"))

    def paint(device: QPrinter) -> None:
        document = laid_out_document(answers.guide, answers.result, device,
                                     today=date.today().isoformat(),
                                     readiness=answers.readiness or None)
        try:
            document.print_(device)
        finally:
            document.documentLayout().setPaintDevice(None)

    dialog.paintRequested.connect(paint)
    return open_dialog(dialog)


def ask_where_to_save(parent: QWidget, answers: Answers) -> QFileDialog:
    """A save dialog; choosing a file writes the PDF there."""
    dialog = QFileDialog(parent,
                         QCoreApplication.translate("Printing", "Save the summary as PDF"),
                         "care-choices.pdf",
                         QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # same everywhere, and testable
    dialog.fileSelected.connect(lambda path: save_pdf(parent, answers, path))
    return open_dialog(dialog)


def save_pdf(parent: QWidget, answers: Answers, path: str) -> bool:
    try:
        export_pdf(answers.guide, answers.result, path, today=date.today().isoformat(),
                   readiness=answers.readiness or None)
    except ExportError as error:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Printing", "Not saved"), str(error),
                          parent=parent)
        open_dialog(box)
        return False
    return True
