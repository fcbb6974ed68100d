"""Where the bundled content and resources live (beside the package in a source checkout), and
the user's cache folder."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CONTENT = ROOT / "content"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"


def cache_folder() -> Path:
    """Where what can be made again is kept (the parsed content, drawn icons): never the
    content folder, and nothing a visitor chose."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "care-choices"
