"""Tells staff why their content folder was not used; the guide carries on with its own."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..content.problems import Problem
from .dialogs import open_dialog


def problems_message(folder: str, problems: list[Problem]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ProblemsDialog", "Content has problems"),
                      QCoreApplication.translate(
                          "ProblemsDialog", "The content in {0} has {1} problem(s), so the guide "
                          "is showing its own bundled content instead. Nothing in the folder "
                          "was changed.").format(folder, len(problems)))
    box.setDetailedText("\n".join(str(p) for p in problems))
    return box


def show_problems(parent: QWidget, folder: str, problems: list[Problem]) -> QMessageBox:
    box = problems_message(folder, problems)
    box.setParent(parent, box.windowFlags())
    return open_dialog(box)
