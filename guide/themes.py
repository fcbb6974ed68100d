"""Colour palettes, one per theme, as plain data (no Qt), and the contrast each pair must reach."""

from .i18n import QT_TRANSLATE_NOOP

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f7f5f0", "surface": "#ffffff", "text": "#1f2937", "muted": "#4b5563",
        "border": "#6b7280", "icon": "#1f2937",
        "accent": "#1d4ed8", "accent_text": "#ffffff", "link": "#1d4ed8",
        "focus": "#b45309", "selection": "#dbeafe", "selection_text": "#1f2937",
        "match": "#dcfce7", "match_text": "#14532d", "match_border": "#15803d",
        "danger": "#b91c1c", "danger_text": "#ffffff",
        "safety": "#fef3c7", "safety_text": "#1f2937", "safety_border": "#b45309",
        "header": "#e8eef7",
    },
    "dark": {
        "window": "#111827", "surface": "#1f2937", "text": "#f3f4f6", "muted": "#d1d5db",
        "border": "#9ca3af", "icon": "#e5e7eb",
        "accent": "#93c5fd", "accent_text": "#111827", "link": "#93c5fd",
        "focus": "#fbbf24", "selection": "#1e3a8a", "selection_text": "#f3f4f6",
        "match": "#14532d", "match_text": "#dcfce7", "match_border": "#4ade80",
        "danger": "#b91c1c", "danger_text": "#ffffff",
        "safety": "#451a03", "safety_text": "#fef3c7", "safety_border": "#fbbf24",
        "header": "#374151",
    },
    "high-contrast": {
        "window": "#000000", "surface": "#000000", "text": "#ffffff", "muted": "#ffffff",
        "border": "#ffffff", "icon": "#ffffff",
        "accent": "#ffff00", "accent_text": "#000000", "link": "#ffff00",
        "focus": "#ffff00", "selection": "#1a1aff", "selection_text": "#ffffff",
        "match": "#003d1f", "match_text": "#ffffff", "match_border": "#00ff66",
        "danger": "#c00000", "danger_text": "#ffffff",
        "safety": "#000000", "safety_text": "#ffff00", "safety_border": "#ffff00",
        "header": "#1a1a1a",
    },
}
THEME_NAMES = {"light": QT_TRANSLATE_NOOP("Themes", "Light"),
               "dark": QT_TRANSLATE_NOOP("Themes", "Dark"),
               "high-contrast": QT_TRANSLATE_NOOP("Themes", "High contrast")}

BODY_TEXT, LARGE_OR_UI = 4.5, 3.0  # WCAG 2.1 AA minimum contrast ratios

# (foreground, background, minimum ratio): every pair the interface draws.
PAIRS = [
    ("text", "window", BODY_TEXT), ("text", "surface", BODY_TEXT), ("text", "header", BODY_TEXT),
    ("muted", "window", BODY_TEXT), ("muted", "surface", BODY_TEXT),
    ("link", "surface", BODY_TEXT), ("link", "window", BODY_TEXT),
    ("accent_text", "accent", BODY_TEXT), ("danger_text", "danger", BODY_TEXT),
    ("selection_text", "selection", BODY_TEXT), ("match_text", "match", BODY_TEXT),
    ("safety_text", "safety", BODY_TEXT),
    ("border", "surface", LARGE_OR_UI), ("border", "window", LARGE_OR_UI),
    ("focus", "surface", LARGE_OR_UI), ("focus", "window", LARGE_OR_UI),
    ("focus", "selection", LARGE_OR_UI),
    ("match_border", "surface", LARGE_OR_UI), ("match_border", "window", LARGE_OR_UI),
    ("safety_border", "safety", LARGE_OR_UI), ("safety_border", "window", LARGE_OR_UI),
    ("icon", "window", LARGE_OR_UI), ("icon", "surface", LARGE_OR_UI),
    ("icon", "header", LARGE_OR_UI),
]


def palette(name: str) -> dict[str, str]:
    return THEMES.get(name, THEMES["light"])


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2.1 contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
