"""The prose a reader sees in a content file, for readability scores.

Run `python -m tests.content.prose` to print every file's score.
"""

import re
from pathlib import Path

import frontmatter
import textstat

from guide.paths import BUNDLED_CONTENT

# Front-matter keys that hold ids, numbers or citations rather than text a reader reads.
NOT_PROSE = {"id", "icon", "source", "option", "group", "topic", "order", "weight", "safety",
             "content_date", "also"}
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
SECTION_MARKER = re.compile(r"^#{1,6}\s+[a-z0-9-]+\s*$", re.MULTILINE)  # "## inpatient"
MARKUP = re.compile(r"^[#>\-*+\s]+|[*_`|]", re.MULTILINE)


def _strings(value, key=None):
    if key in NOT_PROSE:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from _strings(child)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".?!:" else text + "."


def prose(path: Path) -> str:
    post = frontmatter.load(path)
    if "sources" in post.metadata:  # article titles are quoted, not written by us
        post.metadata = {k: v for k, v in post.metadata.items() if k != "sources"}
    parts = [_sentence(s) for s in _strings(post.metadata)]
    body = SECTION_MARKER.sub("", MARKDOWN_LINK.sub(r"\1", post.content))
    parts += [_sentence(MARKUP.sub("", line)) for line in body.splitlines()]
    return "\n".join(part for part in parts if part)


def content_files(lang: str) -> list[Path]:
    return sorted((BUNDLED_CONTENT / lang).rglob("*.md"))


def grade(path: Path) -> float:
    textstat.set_lang("en")
    return textstat.flesch_kincaid_grade(prose(path))


def fernandez_huerta(path: Path) -> float:
    textstat.set_lang("es")
    return textstat.fernandez_huerta(prose(path))


if __name__ == "__main__":
    for lang, measure, name in (("en", grade, "Flesch-Kincaid grade"),
                                ("es", fernandez_huerta, "Fernandez-Huerta")):
        print(f"{name} ({lang})")
        for path in content_files(lang):
            print(f"  {path.relative_to(BUNDLED_CONTENT)}: {measure(path):.1f}")
