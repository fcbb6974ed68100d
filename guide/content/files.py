"""Reads one Markdown file with YAML front matter, keeping line numbers for messages."""

import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .problems import Problem

# A file bigger than this is a mistake (a pasted video, a log), not an article.
MAX_FILE_BYTES = 1_000_000
# Markdown rendering takes time in the square of some odd texts ("[" 20,000 times: a minute),
# so each text that is rendered - a file's body, a setting - is bounded on its own.
MAX_TEXT_CHARS = 32_000
# Settings are a few levels deep and plain. These bound the work of reading any front matter:
MAX_YAML_DEPTH = 20  # lists and mappings inside each other
MAX_YAML_ALIASES = 100  # '*name' uses of an '&name' anchor
MAX_YAML_MERGED = 1_000  # 'name: value' pairs in one mapping after its '<<' merges
MAX_NUMBER_DIGITS = 100  # a longer number stays text ("1e5000" digits would take long to show)

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
    line, so a 0-based mark line plus 1 is the file line.

    Deep nesting, many aliases and merges that multiply ("billion laughs") are refused as
    broken YAML, so no front matter can exhaust the stack, the memory or the time.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent, index):
        mark = self.peek_event().start_mark
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_YAML_ALIASES:
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_YAML_ALIASES} aliases ('*name')", mark)
        if self._depth >= MAX_YAML_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"settings nested more than {MAX_YAML_DEPTH} levels deep", mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False):
        """A value its tag does not fit ("!!int x", "!!bool maybe") is broken YAML too."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise yaml.constructor.ConstructorError(
                None, None, f"the value after '{tag}' is not of that kind",
                node.start_mark) from None

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        merges = any(key.tag == "tag:yaml.org,2002:merge" for key, _ in node.value)
        super().flatten_mapping(node)
        if merges and len(node.value) > MAX_YAML_MERGED:
            raise yaml.constructor.ConstructorError(
                None, None, f"'<<' merges make more than {MAX_YAML_MERGED} settings",
                node.start_mark)


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


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> int | str:
    if len(node.value) > MAX_NUMBER_DIGITS:
        return node.value
    return loader.construct_yaml_int(node)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)
# Dates stay text: "2026-11-23" is shown, not computed with.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


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
    text = read_text(path)
    return parse_source(path, text) if isinstance(text, str) else text


def read_text(path: Path) -> str | Problem:
    """The text of ``path`` with "\n" line ends, reading at most MAX_FILE_BYTES + 1 bytes."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a pipe, a device: never read
            return Problem(path, 1, "cannot be read: it is not a regular file")
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
            size = max(len(raw), path.stat().st_size)
    except OSError as error:
        return Problem(path, 1, f"cannot be read: {error.strerror or error}")
    if len(raw) > MAX_FILE_BYTES:
        return Problem(path, 1, f"is {size:,} bytes; a content file may be at most "
                                f"{MAX_FILE_BYTES:,}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Problem(path, line, f"is not UTF-8 text (byte 0x{raw[error.start]:02x}); "
                                   "save it as UTF-8")
    # An accent saved as a mark after its letter (as some editors do) joins the letter: the
    # guide draws text without OpenType shaping (see ui/text_size), which alone would place it.
    text = unicodedata.normalize("NFC", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")  # YAML counts a lone CR a line


def parse_source(path: Path, text: str) -> SourceFile | Problem:
    """Split ``text`` (of ``path``) into its front matter settings and its Markdown body."""
    if not _HANDLER.detect(text):
        return Problem(path, 1, "has no front matter: the file must start with a '---' line, "
                                "then the settings, then another '---' line")
    try:
        fm, body = _HANDLER.split(text)
    except ValueError:
        return Problem(path, 1, "front matter is not closed: add a '---' line after the settings")
    try:
        meta = _HANDLER.load(fm, Loader=_LineLoader)
    except yaml.reader.ReaderError as error:  # a control character: no mark, a position
        return Problem(path, fm.count("\n", 0, error.position) + 1,
                       f"broken YAML in the front matter: character U+{error.character:04X} "
                       "is not allowed")
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
    if len(body) > MAX_TEXT_CHARS:
        return Problem(path, body_line, f"the text after the settings has {len(body):,} "
                                        f"characters; at most {MAX_TEXT_CHARS:,} fit one page: "
                                        "split it into more pages")
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
    text = str(value).strip()
    if len(text) > MAX_TEXT_CHARS:
        source.problem(meta.line_of(key), f"'{key}' has {len(text):,} characters; at most "
                                          f"{MAX_TEXT_CHARS:,}")
        return ""
    return text


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
