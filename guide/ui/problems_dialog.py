"""Tells staff why their content folder was not used; the guide carries on with its own."""

from PySide6.QtWidgets import QMessageBox, QWidget

from ..content.problems import Problem


def problems_message(folder: str, problems: list[Problem]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "Content has problems",
                      f"The content in {folder} has {len(problems)} problem(s), so the guide "
                      "is showing its own bundled content instead. Nothing in the folder was "
                      "changed.")
    box.setDetailedText("\n".join(str(p) for p in problems))
    return box


def show_problems(parent: QWidget, folder: str, problems: list[Problem]) -> QMessageBox:
    box = problems_message(folder, problems)
    box.setParent(parent, box.windowFlags())
    box.open()
    return box
