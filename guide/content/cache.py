"""Loading a guide fast: the parsed model is kept in the user's cache folder, keyed by the
content files and the loader's own code, so a start-up after the first parses nothing.

Never written into the content folder; a cache that cannot be read or written is ignored.
Imports only the standard library and the model until a guide must really be parsed.
"""

import os
import pickle
import zlib
from functools import cache
from pathlib import Path

from ..paths import BUNDLED_CONTENT, cache_folder
from .model import Guide

CODE = Path(__file__).resolve().parent  # a change to the loader's code refreshes the cache too


def languages(root: Path) -> list[str]:
    """The language folders of a content root (those holding a guide.md)."""
    root = Path(root)
    return sorted(p.name for p in root.iterdir() if (p / "guide.md").is_file()) \
        if root.is_dir() else []


def _fingerprint(folder: Path) -> str:
    """What a guide is made from: the folder, and each content and loader file's size and time.
    Kept whole in the cache file and compared there, so no hash can collide."""
    lines = [str(folder.resolve())]
    for path in sorted([*folder.rglob("*"), *CODE.parent.glob("glossary.py"), *CODE.glob("*.py")]):
        if path.is_file():
            stat = path.stat()
            lines.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(lines)


def load_cached(root: Path, lang: str) -> Guide:
    """The guide in ``root/lang``: from the cache when the files are unchanged, else parsed
    (raising ContentError as load_guide does) and cached."""
    folder = Path(root) / lang
    try:
        key = _fingerprint(folder)
    except OSError:
        key = None
    # The name only tells caches apart; the fingerprint inside decides (zlib: already loaded,
    # where hashlib would cost a few milliseconds of start-up).
    cached = cache_folder() / f"guide-{lang}-{zlib.crc32((key or '').encode()):08x}.pickle"
    if key is not None:
        try:
            with cached.open("rb") as stored:
                made_from, guide = pickle.load(stored)
            if made_from == key and isinstance(guide, Guide):
                return guide
        except Exception:  # noqa: BLE001 (missing, stale or damaged: parse again)
            pass
    from .loader import load_guide  # Markdown, YAML and HTML cleaning: only when needed

    guide = load_guide(root, lang)
    if key is not None:
        _store(cached, key, guide)
    return guide


def _store(path: Path, key: str, guide: Guide) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"guide-{guide.lang}-*.pickle"):
            old.unlink(missing_ok=True)
        temp = path.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(pickle.dumps((key, guide), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temp, path)
    except OSError:
        pass  # no cache: the next start parses again


@cache
def bundled_guide(lang: str = "en") -> Guide:
    """The guide shipped with the app, in ``lang``, loaded once."""
    return load_cached(BUNDLED_CONTENT, lang)
