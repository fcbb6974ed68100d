"""Take it with you: the 'ready to decide?' questions, the QR code, print and save."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from ..handout import READINESS_KEYS, translated
from ..qr import qr_png, qr_size, qr_text
from .answers import Answers
from .icons import set_icon
from .labels import RichLabel, text_label
from .scroll_page import ScrollPage

# Screen pixels a module: big enough to scan from a phone at arm's length, and a code that holds
# many answers no wider than QR_MAX_PX.
QR_SCALE = 5
QR_MIN_SCALE = 3
QR_MAX_PX = 400


class SummaryView(ScrollPage):
    printRequested = Signal()
    saveRequested = Signal()

    def __init__(self, answers: Answers, kiosk: bool = False, parent=None) -> None:
        super().__init__("summaryContent", parent=parent)
        self.answers = answers
        self.setAccessibleName(self.tr("Take it with you"))
        text = translated(QCoreApplication.translate)
        layout = self.column
        layout.addWidget(text_label(self.tr("Take it with you"), "title"))

        layout.addWidget(text_label(text["ready_heading"], "heading"))
        layout.addWidget(text_label(self.tr(
            "These 4 questions are based on the SURE test, a short check that shows if a person "
            "feels ready to make a health choice (Légaré and others, 2010). Your answers stay "
            "on this screen and go on the printed summary only if you print it.")))
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        for row, key in enumerate(READINESS_KEYS):
            question = text_label(text[f"ready_{key}"])
            grid.addWidget(question, row, 0)
            group = QButtonGroup(self)
            for column, (word, value) in enumerate(((text["yes"], True), (text["no"], False))):
                button = QPushButton(word)
                button.setCheckable(True)
                button.setAccessibleName(f"{text[f'ready_{key}']} {word}")
                group.addButton(button, int(value))
                grid.addWidget(button, row, 1 + column)
            group.idClicked.connect(lambda value, key=key: self._answer(key, bool(value)))
            self.groups[key] = group
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.advice = RichLabel()
        self.advice.setAccessibleName(self.tr("What your answers mean"))
        layout.addWidget(self.advice)

        layout.addWidget(text_label(self.tr("Your answers on your phone"), "heading"))
        qr_row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of your answers and the help lines"))
        qr_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        qr_row.addWidget(text_label(text["qr_caption"]), 1)
        layout.addLayout(qr_row)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        set_icon(self.print_button, "print")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        set_icon(self.save_button, "pdf")
        self.print_button.clicked.connect(self.printRequested)
        self.save_button.clicked.connect(self.saveRequested)
        for button in (self.print_button, self.save_button):
            button.setVisible(not kiosk)  # a kiosk opens no dialogs that reach the file system
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.finish()
        answers.changed.connect(self._show_qr)
        answers.readinessChanged.connect(self._show_readiness)
        self._show_qr()
        self._show_readiness()

    def _answer(self, key: str, yes: bool) -> None:
        self.answers.set_readiness({**self.answers.readiness, key: yes})

    def _show_readiness(self) -> None:
        readiness = self.answers.readiness
        for key, group in self.groups.items():
            group.setExclusive(False)  # so that "no answer" can show as nothing checked
            for button in group.buttons():
                button.setChecked(key in readiness and group.id(button) == int(readiness[key]))
            group.setExclusive(True)
        text = translated(QCoreApplication.translate)
        yes = sum(readiness.get(key) is True for key in READINESS_KEYS)
        if not readiness:
            self.advice.set_html("")
        elif yes == len(READINESS_KEYS):
            self.advice.set_html(f"<p>{text['ready_all']}</p>")
        else:
            self.advice.set_html(f"<p><b>{text['ready_not_yet'].format(count=yes)}</b></p>")

    def _show_qr(self, *_result) -> None:
        answers = self.answers
        summary = qr_text(answers.guide, answers.result, QCoreApplication.translate)
        pixmap = QPixmap()
        modules = qr_size(summary)
        scale = max(QR_MIN_SCALE, min(QR_SCALE, QR_MAX_PX // modules))
        pixmap.loadFromData(qr_png(summary, scale), "PNG")
        self.qr.setPixmap(pixmap)
        self.qr_summary = summary
