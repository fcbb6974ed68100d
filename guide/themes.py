"""Colour palettes, one per theme, as plain data (no Qt), so contrast can be checked in tests."""

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f7f5f0",
        "surface": "#ffffff",
        "text": "#1f2937",
        "muted": "#4b5563",
        "border": "#6b7280",
        "accent": "#1d4ed8",
        "accent_text": "#ffffff",
        "link": "#1d4ed8",
        "focus": "#b45309",
        "selection": "#dbeafe",
        "selection_text": "#1f2937",
        "match": "#dcfce7",
        "match_text": "#14532d",
        "match_border": "#15803d",
        "danger": "#b91c1c",
        "danger_text": "#ffffff",
        "safety": "#fef3c7",
        "safety_text": "#1f2937",
        "safety_border": "#b45309",
        "header": "#e8eef7",
    },
}


def palette(name: str) -> dict[str, str]:
    return THEMES.get(name, THEMES["light"])
