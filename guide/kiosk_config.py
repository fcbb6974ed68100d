"""The kiosk's configuration file, its staff PIN (salted hash) and the PIN lock-out. No Qt.

The file is INI, edited by clinic staff; its location is, in order: --kiosk-config PATH,
$CARE_CHOICES_KIOSK_CONFIG, $XDG_CONFIG_HOME/care-choices/kiosk.ini (~/.config/...).

    [kiosk]
    kiosk = true
    idle_seconds = 120
    countdown_seconds = 20
    language = en
    pin = pbkdf2_sha256$...   (written by: python main.py --set-kiosk-pin)
"""

import configparser
import hashlib
import hmac
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

SECTION = "kiosk"
PIN_ITERATIONS = 200_000
MAX_WRONG_PINS = 3
LOCK_SECONDS = 60


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


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, PIN_ITERATIONS)
    return f"pbkdf2_sha256${PIN_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        candidate = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt),
                                        int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def save_pin(path: Path, pin: str) -> None:
    """Store the PIN's salted hash in ``path``, keeping every other setting; atomic."""
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    if not parser.has_section(SECTION):
        parser.add_section(SECTION)
    parser[SECTION]["pin"] = hash_pin(pin)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".kiosk.", suffix=".ini")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            parser.write(out)
        os.chmod(temp, 0o600)  # the hash is not the PIN, but there is no need to share it
        os.replace(temp, path)
    except OSError:
        Path(temp).unlink(missing_ok=True)
        raise


class PinLock:
    """Counts wrong PINs; after MAX_WRONG_PINS the staff exit is locked for LOCK_SECONDS."""

    def __init__(self, pin_hash: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._pin_hash = pin_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def locked(self) -> bool:
        return self._clock() < self._locked_until

    def seconds_left(self) -> int:
        return max(0, round(self._locked_until - self._clock()))

    def try_pin(self, pin: str) -> str:
        """'ok', 'wrong' or 'locked'. With no PIN set, staff cannot leave: the unit stops it."""
        if self.locked:
            return "locked"
        if self._pin_hash and verify_pin(pin, self._pin_hash):
            self._wrong = 0
            return "ok"
        self._wrong += 1
        if self._wrong >= MAX_WRONG_PINS:
            self._wrong = 0
            self._locked_until = self._clock() + LOCK_SECONDS
            return "locked"
        return "wrong"
