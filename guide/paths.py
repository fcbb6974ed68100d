"""Where the bundled content and resources live (beside the package in a source checkout)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CONTENT = ROOT / "content"
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
