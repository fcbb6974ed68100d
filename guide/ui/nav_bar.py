"""The bar on top of every screen: back, forward, home, where you are, text size, colours and
Get help now."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .enum_property import set_enum_property
from .icons import ICON_NAME, set_icon
from .labels import WrappedLabel
from .translation import LANGUAGES


class NavBar(QWidget):
    languageChosen = Signal(str)

    def __init__(self, other_languages: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 8, 8, 8)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        # A second row for search, text size, colours and language, so that the first keeps
        # room for where you are and Get help now at any text size.
        tools = QHBoxLayout()
        rows.addLayout(tools)
        self.back_button = self._tool(self.tr("Back"), "back", self.tr("Go back (Alt+Left)"))
        self.forward_button = self._tool(self.tr("Forward"), "forward",
                                         self.tr("Go forward (Alt+Right)"))
        self.home_button = self._tool(self.tr("Home"), "home",
                                      self.tr("Go to the start (Alt+Home)"))
        for button in (self.back_button, self.forward_button, self.home_button):
            layout.addWidget(button)
        self.where = WrappedLabel()
        self.where.setProperty("role", "where")
        self.where.setAccessibleName(self.tr("You are here"))
        layout.addSpacing(12)
        layout.addWidget(self.where, 1)
        self.help_button = QPushButton(self.tr("Get help now"))
        self.help_button.setProperty("role", "danger")  # before the icon: it takes the role's ink
        set_icon(self.help_button, "help")
        self.help_button.setToolTip(self.tr("Crisis lines you can call or text any time"))
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setAccessibleDescription(
            self.tr("Shows the crisis and help lines you can call or text any time"))
        layout.addWidget(self.help_button)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search"))
        self.search_box.setAccessibleName(self.tr("Search the guide"))
        self.search_box.setToolTip(self.tr("Search the guide (Ctrl+F)"))
        self.search_box.setMinimumWidth(160)
        tools.addWidget(self.search_box, 1)
        self.smaller_button = self._text_tool("A−", self.tr("Smaller text"),
                                             self.tr("Smaller text (Ctrl+minus)"))
        self.larger_button = self._text_tool("A+", self.tr("Larger text"),
                                            self.tr("Larger text (Ctrl+plus)"))
        self.theme_button = self._tool(self.tr("Colours"), "theme",
                                       self.tr("Change the colours: light, dark or high contrast"))
        for button in (self.smaller_button, self.larger_button, self.theme_button):
            tools.addWidget(button)
        self.language_buttons = []
        for lang in other_languages:
            # Named in its own language, so a reader of that language finds it.
            button = self._text_tool(LANGUAGES[lang], LANGUAGES[lang], LANGUAGES[lang])
            button.setObjectName(f"language-{lang}")
            button.clicked.connect(lambda _=False, lang=lang: self.languageChosen.emit(lang))
            self.language_buttons.append(button)
            tools.addWidget(button)

    def _tool(self, text: str, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        set_icon(button, icon_name)
        set_enum_property(button, "toolButtonStyle", "ToolButtonTextBesideIcon")
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        return button

    def _text_tool(self, text: str, name: str, tip: str) -> QPushButton:
        # A push button, not a tool button: tool buttons with text only come out a little
        # taller than the rest of the row, which then cuts them.
        button = QPushButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        return button

    def set_where(self, text: str) -> None:
        self.where.setText(self.tr("You are here: {0}").format(text))

    def set_compact(self, compact: bool) -> None:
        """With large text, the small buttons show only their icons, so that everything fits."""
        style = "ToolButtonIconOnly" if compact else "ToolButtonTextBesideIcon"
        for button in self.findChildren(QToolButton):
            if button.property(ICON_NAME):
                set_enum_property(button, "toolButtonStyle", style)

    def set_theme_name(self, name: str) -> None:
        self.theme_button.setAccessibleName(self.tr("Colours: {0}").format(name))
