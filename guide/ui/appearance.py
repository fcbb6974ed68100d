"""Theme and text size: the person's choice, applied to every widget and to rendered content."""

from PySide6.QtCore import QObject, Signal

from ..settings import Settings
from ..themes import THEMES, palette

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)  # text size: 100% to 200%


class Appearance(QObject):
    changed = Signal()

    def __init__(self, settings: Settings, default_step: int = 0, parent=None) -> None:
        """``default_step``: the text size Ctrl+0 returns to (larger on a kiosk)."""
        super().__init__(parent)
        self._settings = settings
        self.default_step = default_step
        theme = settings.value("appearance/theme")
        self.theme = theme if theme in THEMES else "light"
        self.step = min(max(settings.value("appearance/text_step"), default_step),
                        len(SCALES) - 1)

    @property
    def scale(self) -> float:
        return SCALES[self.step]

    @property
    def colors(self) -> dict[str, str]:
        return palette(self.theme)

    def set_theme(self, theme: str) -> None:
        if theme in THEMES and theme != self.theme:
            self.theme = theme
            self.changed.emit()

    def next_theme(self) -> None:
        names = list(THEMES)
        self.set_theme(names[(names.index(self.theme) + 1) % len(names)])

    def set_step(self, step: int) -> None:
        step = min(max(step, 0), len(SCALES) - 1)
        if step != self.step:
            self.step = step
            self.changed.emit()

    def save(self) -> None:
        """Kept with the window's other state when it closes, not on every click: writing the
        settings file took ~1.5 ms of each change of text size."""
        self._settings.set_value("appearance/theme", self.theme)
        self._settings.set_value("appearance/text_step", self.step)

    def larger(self) -> None:
        self.set_step(self.step + 1)

    def smaller(self) -> None:
        self.set_step(self.step - 1)

    def reset_size(self) -> None:
        self.set_step(self.default_step)

    def restore_defaults(self) -> None:
        """Back to the standard look, as for the next visitor of a kiosk."""
        if (self.theme, self.step) != ("light", self.default_step):
            self.theme, self.step = "light", self.default_step
            self.changed.emit()
