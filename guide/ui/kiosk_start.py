"""The kiosk's start screen: what the guide is, and three large ways in."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QPushButton

from ..content.model import Guide
from .icons import set_icon
from .labels import text_label
from .scroll_page import ScrollPage
from .text_size import size_for_role


class KioskStart(ScrollPage):
    linkActivated = Signal(str)

    def __init__(self, guide: Guide, parent=None) -> None:
        super().__init__("homeContent", margin=32, spacing=16, parent=parent)
        self.setObjectName("homeView")
        self.setAccessibleName(self.tr("Start"))
        layout = self.column
        layout.addWidget(text_label(guide.title, "title"))
        layout.addWidget(text_label(
            self.tr("Compare 2 kinds of care for drug or alcohol use and mental health, and see "
                    "how your answers fit each one. It does not choose for you: it is a guide "
                    "for a talk with a counselor, not medical advice. Nothing you tick is "
                    "kept.")))
        self.compare_button = self._big(self.tr("Compare the options"), "compare",
                                        "guide:compare")
        self.checklist_button = self._big(self.tr("My checklist"), "checklist", "guide:checklist")
        # On a kiosk there is no typing: the questions people ask most, to tap instead.
        self.questions_button = self._big(self.tr("Common questions"), "questions",
                                          "guide:page/common-questions")
        self.help_button = self._big(self.tr("Get help now"), "help", "guide:page/help",
                                     danger=True)
        for button in (self.compare_button, self.checklist_button, self.questions_button,
                       self.help_button):
            layout.addWidget(button)
        self.finish()

    def _big(self, text: str, icon_name: str, url: str, danger: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "danger" if danger else "primary")
        button.setProperty("big", True)  # not "size": QWidget has a property of that name
        size_for_role(button)
        set_icon(button, icon_name)
        button.setIconSize(QSize(40, 40))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda: self.linkActivated.emit(url))
        return button
