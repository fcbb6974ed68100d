"""The kiosk's staff PIN: stored as a salted PBKDF2 hash, checked, and locked out after wrong
tries. No Qt. Apart from kiosk_config, so that a start-up reading the configuration does not
load the hashing modules (5 ms)."""

import configparser
import hashlib
import hmac
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .kiosk_config import SECTION

PIN_ITERATIONS = 200_000
MAX_WRONG_PINS = 3
LOCK_SECONDS = 60


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
