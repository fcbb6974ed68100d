"""Translation hooks that Qt-free modules can use; the UI passes in Qt's translator."""

from collections.abc import Callable

# (context, source text) -> text in the current language
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for pyside6-lupdate; it is translated where it is shown."""
    return text


def untranslated(context: str, text: str) -> str:
    return text
