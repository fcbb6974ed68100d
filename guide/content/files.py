"""Reads one Markdown file with YAML front matter, keeping line numbers for messages."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .problems import Problem

# A file bigger than this is a mistake (a pasted video, a log), not an article.
MAX_FILE_BYTES = 1_000_000

_HANDLER = frontmatter.YAMLHandler()


class LineMap(dict):
    """A YAML mapping that remembers the line of itself and of each key (1-based, in the file)."""

    line: int = 1
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A YAML list that remembers the line of itself and of each item (1-based, in the file)."""

    line: int = 1
    item_lines: list

    def line_at(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class _LineLoader(yaml.SafeLoader):
    """Marks count from the front matter's first line, which is the rest of the opening '---'
    line, so a 0-based mark line plus 1 is the file line."""


def _construct_map(loader: _LineLoader, node: yaml.MappingNode):
    data = LineMap()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    data.update(loader.construct_mapping(node))
    for key_node, _ in node.value:
        data.key_lines[key_node.value] = key_node.start_mark.line + 1


def _construct_list(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_sequence(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)
# Dates stay text: "2026-11-23" is shown, not computed with.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
)


@dataclass
class SourceFile:
    path: Path
    meta: LineMap
    body: str
    body_line: int  # the file line on which ``body`` starts
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))


def read_source(path: Path) -> SourceFile | Problem:
    """Read ``path``; a file that cannot be used at all gives one Problem instead."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(path, 1, f"cannot be read: {error.strerror or error}")
    if len(raw) > MAX_FILE_BYTES:
        return Problem(path, 1, f"is {len(raw):,} bytes; a content file may be at most "
                                f"{MAX_FILE_BYTES:,}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem(path, line, f"is not UTF-8 text (byte 0x{raw[error.start]:02x}); "
                                   "save it as UTF-8")
    text = text.replace("\r\n", "\n")
    if not _HANDLER.detect(text):
        return Problem(path, 1, "has no front matter: the file must start with a '---' line, "
                                "then the settings, then another '---' line")
    try:
        fm, body = _HANDLER.split(text)
    except ValueError:
        return Problem(path, 1, "front matter is not closed: add a '---' line after the settings")
    try:
        meta = _HANDLER.load(fm, Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(error, "problem", None) or "cannot be read"
        return Problem(path, line, f"broken YAML in the front matter: {reason}")
    if not isinstance(meta, LineMap):
        return Problem(path, 2, "the front matter must be 'name: value' lines")
    body_line = text[: len(text) - len(body)].count("\n") + 1
    if body.startswith("\n"):  # the rest of the closing '---' line
        body, body_line = body[1:], body_line + 1
    return SourceFile(path, meta, body, body_line)


def field_text(source: SourceFile, meta: LineMap, key: str, required: bool = True) -> str:
    """A text field of ``meta``; reports it when missing, empty or not text."""
    value: Any = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            source.problem(meta.line, f"missing required field '{key}'")
        return ""
    if isinstance(value, (dict, list)):
        source.problem(meta.line_of(key), f"'{key}' must be text")
        return ""
    return str(value).strip()


def field_int(source: SourceFile, meta: LineMap, key: str, default: int,
              low: int | None = None, high: int | None = None) -> int:
    value = meta.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        source.problem(meta.line_of(key), f"'{key}' must be a whole number")
        return default
    if (low is not None and value < low) or (high is not None and value > high):
        source.problem(meta.line_of(key), f"'{key}' is {value}; it must be from {low} to {high}")
        return default
    return value
