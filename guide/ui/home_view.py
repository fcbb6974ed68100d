"""The first screen: what the guide is for, the options as cards, and clear ways in."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from ..content.model import Guide, Option
from .labels import RichLabel, text_label
from .scroll_page import ScrollPage


class HomeView(ScrollPage):
    linkActivated = Signal(str)

    def __init__(self, guide: Guide, parent=None) -> None:
        super().__init__("homeContent", margin=24, spacing=16, parent=parent)
        self.setObjectName("homeView")
        self.setAccessibleName(self.tr("Home"))
        layout = self.column

        layout.addWidget(text_label(guide.title, "title"))
        if guide.subtitle:
            layout.addWidget(text_label(guide.subtitle, "heading"))
        intro = RichLabel(guide.home_html)
        intro.linkActivated.connect(self.linkActivated)
        layout.addWidget(intro)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        for option in guide.options:
            cards.addWidget(self._card(option), 1)
        layout.addLayout(cards)

        # Stacked, not in a row, so they still fit at twice the text size.
        ways_in = QVBoxLayout()
        self.compare_button = self._way_in(ways_in, self.tr("Compare the options side by side"),
                                           "guide:compare", primary=True)
        self.checklist_button = self._way_in(ways_in, self.tr("Tick what is true for you"),
                                             "guide:checklist")
        self.about_button = self._way_in(ways_in, self.tr("About this guide"),
                                         "guide:page/about")
        layout.addLayout(ways_in)
        date = self.tr("Content date: {0}").format(guide.content_date)
        layout.addWidget(text_label(date, "muted"))
        self.finish()

    def _card(self, option: Option) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setAccessibleName(option.name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(text_label(option.name, "heading"))
        layout.addWidget(text_label(option.summary))
        layout.addStretch(1)
        self._way_in(layout, self.tr("Read about {0}").format(option.short),
                     f"guide:option/{option.id}")
        return card

    def _way_in(self, layout: QVBoxLayout, text: str, url: str,
                primary: bool = False) -> QPushButton:
        """A button on a row of its own, as wide as its text."""
        button = QPushButton(text)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(lambda: self.linkActivated.emit(url))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return button
