"""Preferences kept between runs, typed, in one place. Never what a visitor ticks."""

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS = {
    "window/geometry": QByteArray(),
    "window/last_view": "guide:home",
    "appearance/theme": "light",
    "appearance/text_step": 0,
    "appearance/language": "",  # empty: follow the system's language on first start
}


class MemoryStore:
    """A QSettings stand-in that forgets everything: the kiosk keeps nothing on disk."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default, type=None):  # noqa: A002 (QSettings' name)
        return self._values.get(key, default)

    def setValue(self, key: str, value) -> None:  # noqa: N802 (QSettings' name)
        self._values[key] = value

    def sync(self) -> bool:
        return True


class Settings:
    def __init__(self, store: QSettings | MemoryStore | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def value(self, key: str):
        default = DEFAULTS[key]
        return self._store.value(key, default, type=type(default))

    def set_value(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)

    def sync(self) -> bool:
        """Write the preferences; False when they could not be (see ``problem``). The guide
        works on regardless: preferences are a convenience."""
        self._store.sync()
        if not isinstance(self._store, QSettings):
            return True
        # Not status(): Qt reports an error there whenever no organization name is set.
        written = Path(self._store.fileName())
        return written.is_file() and os.access(written, os.W_OK)

    def problem(self) -> str:
        where = self._store.fileName() if isinstance(self._store, QSettings) else "memory"
        return f"your preferences could not be saved to {where} (is it writable?)"
