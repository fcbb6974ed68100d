"""The kiosk configuration file, the PIN's salted hash and the lock-out. No Qt."""

import pytest

from guide.kiosk_config import KioskConfig, load_config
from guide.kiosk_pin import (
    LOCK_SECONDS,
    PinLock,
    hash_pin,
    save_pin,
    verify_pin,
)


def test_a_missing_file_gives_the_defaults(tmp_path):
    assert load_config(tmp_path / "nope.ini") == (KioskConfig(), [])


def test_settings_are_read(tmp_path):
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nkiosk = yes\nidle_seconds = 30\ncountdown_seconds = 5\n"
                    "language = es\n", "utf-8")
    config, problems = load_config(path)
    assert problems == []
    assert (config.enabled, config.idle_seconds, config.countdown_seconds, config.language) == \
        (True, 30, 5, "es")


@pytest.mark.parametrize("line, words", [
    ("idle_seconds = soon", "'idle_seconds' must be a number"),
    ("countdown_seconds = -3", "'countdown_seconds' must be more than 0"),
    ("kiosk = maybe", "'kiosk' must be true or false"),
])
def test_mistakes_are_named_and_defaults_kept(tmp_path, line, words):
    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\n{line}\n", "utf-8")
    config, [problem] = load_config(path)
    assert problem.startswith(f"{path}: ") and words in problem
    assert config.idle_seconds == 120 and config.countdown_seconds == 20


def test_the_pin_is_stored_as_a_salted_hash_and_other_settings_kept(tmp_path):
    path = tmp_path / "kiosk.ini"
    path.write_text("[kiosk]\nkiosk = true\nidle_seconds = 45\n", "utf-8")
    save_pin(path, "2468")
    text = path.read_text("utf-8")
    config, _ = load_config(path)
    assert config.pin_hash.startswith("pbkdf2_sha256$") and config.pin_hash in text
    # Not "2468" in text: the random hex of the hash holds it once in about 700 runs.
    assert "2468" not in text.replace(config.pin_hash, "")
    assert config.enabled and config.idle_seconds == 45
    assert verify_pin("2468", config.pin_hash) and not verify_pin("1357", config.pin_hash)
    assert hash_pin("2468") != hash_pin("2468")  # a new salt every time


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$00$00", "pbkdf2_sha256$x$zz$00"])
def test_broken_hashes_never_match(stored):
    assert not verify_pin("1234", stored)


def test_three_wrong_pins_lock_the_exit_for_a_minute():
    now = [1000.0]
    lock = PinLock(hash_pin("1234"), clock=lambda: now[0])
    assert lock.try_pin("0000") == "wrong"
    assert lock.try_pin("1111") == "wrong"
    assert lock.try_pin("2222") == "locked"
    assert lock.try_pin("1234") == "locked"  # even the right PIN, while locked
    now[0] += LOCK_SECONDS - 1
    assert lock.locked and lock.seconds_left() == 1
    now[0] += 2
    assert lock.try_pin("1234") == "ok"


def test_with_no_pin_set_nobody_gets_out():
    assert PinLock("").try_pin("") == "wrong"


def test_the_shipped_example_is_a_sound_configuration():
    from guide.paths import RESOURCES

    config, problems = load_config(RESOURCES / "kiosk" / "kiosk.ini.example")
    assert problems == []
    assert config.enabled and config.idle_seconds == 120 and config.countdown_seconds == 20
