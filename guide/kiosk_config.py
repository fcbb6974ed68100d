"""The kiosk's configuration file (the staff PIN is hashed and checked in kiosk_pin). No Qt.

The file is INI, edited by clinic staff; its location is, in order: --kiosk-config PATH,
$CARE_CHOICES_KIOSK_CONFIG, $XDG_CONFIG_HOME/care-choices/kiosk.ini (~/.config/...).

    [kiosk]
    kiosk = true
    idle_seconds = 120
    countdown_seconds = 20
    language = en
    pin = pbkdf2_sha256$...   (written by: python main.py --set-kiosk-pin)
"""

import os
from pathlib import Path
from typing import NamedTuple

SECTION = "kiosk"


def default_config_path() -> Path:
    if os.environ.get("CARE_CHOICES_KIOSK_CONFIG"):
        return Path(os.environ["CARE_CHOICES_KIOSK_CONFIG"])
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "care-choices" / "kiosk.ini"


def default_log_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "care-choices" / "kiosk.log"


class KioskConfig(NamedTuple):
    enabled: bool = False
    idle_seconds: float = 120.0
    countdown_seconds: float = 20.0
    language: str = "en"
    pin_hash: str = ""
    log_path: Path = default_log_path()


def load_config(path: Path) -> tuple[KioskConfig, list[str]]:
    """The configuration in ``path`` (defaults when it is missing) and any problems found."""
    if not path.exists():  # a desktop: nothing to read, and configparser not loaded (~2 ms)
        return KioskConfig(), []
    import configparser

    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError) as error:
        return KioskConfig(), [f"{path}: cannot be read: {error}"]
    if not parser.has_section(SECTION):
        return KioskConfig(), []
    section = parser[SECTION]
    problems = []
    defaults = KioskConfig()

    def number(key: str, default: float) -> float:
        try:
            value = section.getfloat(key, default)
        except ValueError:
            problems.append(f"{path}: '{key}' must be a number of seconds")
            return default
        if value <= 0:
            problems.append(f"{path}: '{key}' must be more than 0")
            return default
        return value

    try:
        enabled = section.getboolean("kiosk", False)
    except ValueError:
        problems.append(f"{path}: 'kiosk' must be true or false")
        enabled = False
    config = KioskConfig(
        enabled=enabled,
        idle_seconds=number("idle_seconds", defaults.idle_seconds),
        countdown_seconds=number("countdown_seconds", defaults.countdown_seconds),
        language=section.get("language", defaults.language).strip() or defaults.language,
        pin_hash=section.get("pin", "").strip(),
        log_path=Path(section.get("log_file", str(defaults.log_path))),
    )
    return config, problems
