"""The bar on top of every screen: back, forward, home, where you are, and Get help now."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from .icons import icon


class NavBar(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.back_button = self._tool("Back", "back", "Go back (Alt+Left)")
        self.forward_button = self._tool("Forward", "forward", "Go forward (Alt+Right)")
        self.home_button = self._tool("Home", "home", "Go to the start (Alt+Home)")
        for button in (self.back_button, self.forward_button, self.home_button):
            layout.addWidget(button)
        self.where = QLabel()
        self.where.setProperty("role", "where")
        self.where.setWordWrap(True)
        self.where.setAccessibleName("You are here")
        layout.addSpacing(12)
        layout.addWidget(self.where, 1)
        self.help_button = QPushButton(icon("help", "#ffffff"), "Get help now")
        self.help_button.setProperty("role", "danger")
        self.help_button.setToolTip("Crisis lines you can call or text any time")
        self.help_button.setAccessibleName("Get help now")
        self.help_button.setAccessibleDescription("Shows crisis lines: 988, the SAMHSA helpline "
                                                  "and 911")
        layout.addWidget(self.help_button)

    def _tool(self, text: str, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button

    def set_where(self, text: str) -> None:
        self.where.setText(f"You are here: {text}")
