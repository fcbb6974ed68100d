"""Qt's translation system: the guide's own Spanish strings and Qt's for standard dialogs."""

from functools import cache

from PySide6.QtCore import QCoreApplication

from ..content.cache import languages
from ..paths import BUNDLED_CONTENT, RESOURCES

# Each language named in itself, for the language button.
LANGUAGES = {"en": "English", "es": "Español"}


@cache
def available_languages() -> tuple[str, ...]:
    return tuple(lang for lang in LANGUAGES if lang in languages(BUNDLED_CONTENT))


# Translators are installed in the application, which is one per process: so is this list.
_installed: list = []  # of QTranslator


def use_language(lang: str) -> None:
    """Swap the application's translators for ``lang``'s (English needs none)."""
    while _installed:
        translator = _installed.pop()
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()  # the application, its parent, would keep it to the end
    if lang == "en":
        return
    from PySide6.QtCore import QLibraryInfo, QTranslator  # English, the usual start, needs neither

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"care_{lang}", str(RESOURCES / "i18n")),
                         (f"qtbase_{lang}", qt_folder)):
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
