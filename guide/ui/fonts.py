"""Loads the bundled Atkinson Hyperlegible typeface (SIL OFL, see resources/fonts/OFL.txt)."""

from functools import cache

from PySide6.QtGui import QFontDatabase

from ..paths import RESOURCES

FAMILY = "Atkinson Hyperlegible"


@cache
def load_fonts() -> str | None:
    """Register the bundled fonts; the family name, or None if none could be loaded."""
    families: set[str] = set()
    for path in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in families else next(iter(families), None)
