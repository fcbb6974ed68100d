"""Rendered HTML back to plain text, for the QR code, the text summary and checks. No Qt."""

import re
from html import unescape

_BREAK = re.compile(r"<\s*(?:br|/p|/h[1-6]|/li|/tr|/dt|/dd|/div|/blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain_text(html: str) -> str:
    """The words of ``html``: a line for each paragraph, heading or list item, no markup."""
    text = unescape(_TAG.sub("", _BREAK.sub("\n", html)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
