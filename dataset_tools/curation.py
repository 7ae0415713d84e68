"""Curation files: hand-made fixes to people (aliases, Wikidata ids, merges, splits) in ``curation/``.

The format is ``schema/curation.schema.json`` (a list of fixes). Reading a file never raises: every
problem comes back located — file, line and JSON pointer — with a stable code:

- ``curation.not-utf8``: the file is not UTF-8 text;
- ``curation.syntax``: not valid JSON / YAML (or nested too deeply, or YAML anchors and aliases);
- ``curation.schema``: breaks the JSON Schema (the message names the rule, e.g. ``pattern``);
- ``curation.not-curation``: a file in the curation folder that is not ``*.json``, ``*.yaml`` or ``*.yml``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from json.decoder import scanstring
from pathlib import Path

import jsonschema
import yaml

CURATION_SUFFIXES = (".json", ".yaml", ".yml")
# The curation file format, defined here (so an installed package has it) and committed as
# schema/curation.schema.json for people and other tools; a test checks the two agree, and
# `python -m dataset_tools.curation` rewrites the file.
CURATION_SCHEMA: dict[str, object] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://dataset-tools.invalid/schema/curation.schema.json",
    "title": "curation file",
    "description": (
        "Hand-made fixes to the people table: a list of fixes, each naming one person (by person_id from a "
        "release, or by name when the person has no id yet) and what to change. Files live in curation/ as "
        "*.json, *.yaml or *.yml."
    ),
    "type": "array",
    "items": {
        "$ref": "#/$defs/fix"
    },
    "$defs": {
        "person_id": {
            "type": "string",
            "pattern": "^per_[0-9a-f]{16}$",
            "description": "A person id from a release (people.person_id)."
        },
        "article_id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "description": "An article id (the seed file's name without .txt)."
        },
        "fix": {
            "type": "object",
            "description": "One fix. Name the person with person_id or name (or both), then give at least one change.",
            "properties": {
                "person_id": {
                    "$ref": "#/$defs/person_id"
                },
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "description": "The person's full name, as in people.name."
                },
                "aliases": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "minLength": 1
                    },
                    "uniqueItems": True,
                    "description": "Other names the person goes by; added to people.aliases."
                },
                "wikidata_qid": {
                    "type": "string",
                    "pattern": "^Q[1-9][0-9]*$",
                    "description": "The person's Wikidata item, e.g. Q42; sets people.wikidata_qid."
                },
                "merge_into": {
                    "$ref": "#/$defs/person_id",
                    "description": "This person is the same as another: their mentions and quotes move to that id."
                },
                "split": {
                    "type": "array",
                    "minItems": 2,
                    "description": (
                        "This id covers several people: one entry per real person, with the articles that are theirs."
                    ),
                    "items": {
                        "type": "object",
                        "properties": {
                            "name": {
                                "type": "string",
                                "minLength": 1
                            },
                            "article_ids": {
                                "type": "array",
                                "minItems": 1,
                                "uniqueItems": True,
                                "items": {
                                    "$ref": "#/$defs/article_id"
                                }
                            }
                        },
                        "required": [
                            "name",
                            "article_ids"
                        ],
                        "additionalProperties": False
                    }
                },
                "date": {
                    "type": "string",
                    "format": "date",
                    "description": "When the fix was made (YYYY-MM-DD)."
                },
                "note": {
                    "type": "string",
                    "description": "Why: a source or a reason, for reviewers."
                }
            },
            "anyOf": [
                {
                    "required": [
                        "person_id"
                    ]
                },
                {
                    "required": [
                        "name"
                    ]
                }
            ],
            "not": {
                "required": [
                    "merge_into",
                    "split"
                ]
            },
            "minProperties": 2,
            "additionalProperties": False
        }
    }
}
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null|NaN|-?Infinity")
_WS = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True, order=True)
class CurationProblem:
    path: str
    line: int | None
    pointer: str  # JSON pointer to the value at fault ("" for the whole document)
    code: str
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        at = f" at {self.pointer}" if self.pointer else ""
        return f"{where}: {self.message}{at} [{self.code}]"


def curation_schema() -> dict[str, object]:
    return CURATION_SCHEMA


def render_curation_schema() -> str:
    return json.dumps(CURATION_SCHEMA, indent=2, ensure_ascii=False) + "\n"


def _escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


class _Lines:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def json_pointer_lines(text: str) -> dict[str, int]:
    """The 1-based line where each value of a valid JSON document starts, by JSON pointer."""
    lines = _Lines(text)
    found: dict[str, int] = {}

    def ws(pos: int) -> int:
        return _WS.match(text, pos).end()  # type: ignore[union-attr]

    def value(pos: int, pointer: str) -> int:
        found[pointer] = lines.of(pos)
        char = text[pos]
        if char in "{[":
            closing, index = ("}" if char == "{" else "]"), 0
            pos = ws(pos + 1)
            if text[pos] == closing:
                return pos + 1
            while True:
                if char == "{":
                    key, pos = scanstring(text, pos + 1)
                    pos = ws(ws(pos) + 1)  # past the colon
                    pos = value(pos, f"{pointer}/{_escape(key)}")
                else:
                    pos = value(pos, f"{pointer}/{index}")
                    index += 1
                pos = ws(pos)
                if text[pos] == closing:
                    return pos + 1
                pos = ws(pos + 1)  # past the comma
        if char == '"':
            return scanstring(text, pos + 1)[1]
        match = _SCALAR.match(text, pos)
        return match.end() if match else pos + 1

    value(ws(0), "")
    return found


class _Loader(yaml.SafeLoader):
    """Safe YAML without dates turned into date objects (they stay strings, as in JSON) and without aliases."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "anchors and aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def yaml_pointer_lines(node: yaml.Node, pointer: str = "", found: dict[str, int] | None = None) -> dict[str, int]:
    found = {} if found is None else found
    found[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, child in node.value:
            yaml_pointer_lines(child, f"{pointer}/{_escape(key.value)}", found)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            yaml_pointer_lines(child, f"{pointer}/{index}", found)
    return found


def _load(text: str, path: str, suffix: str) -> tuple[object, dict[str, int]]:
    if suffix == ".json":
        return json.loads(text), json_pointer_lines(text)
    node = yaml.compose(text, Loader=_Loader)  # _Loader is a SafeLoader
    data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    return data, (yaml_pointer_lines(node) if node is not None else {})


def _to_json_like(value: object) -> object:
    """YAML may give keys that are not strings (1, true, null); the schema speaks JSON, so compare as JSON."""
    if isinstance(value, dict):
        return {k if isinstance(k, str) else json.dumps(k): _to_json_like(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_json_like(v) for v in value]
    return value


def read_curation(data: bytes, path: str) -> tuple[list[dict[str, object]] | None, list[CurationProblem]]:
    """Parse and check one curation file's bytes; return its fixes, or None and every problem found."""
    suffix = Path(path).suffix.lower()
    if suffix not in CURATION_SUFFIXES:
        return None, [CurationProblem(path, None, "", "curation.not-curation",
                                      "curation files are *.json, *.yaml or *.yml")]
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [CurationProblem(path, line, "", "curation.not-utf8",
                                      f"not UTF-8 text: byte 0x{data[exc.start]:02x} at byte offset {exc.start}")]
    try:
        document, lines = _load(text, path, suffix)
    except json.JSONDecodeError as exc:
        return None, [CurationProblem(path, exc.lineno, "", "curation.syntax", f"not valid JSON: {exc.msg}")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [CurationProblem(path, line, "", "curation.syntax",
                                      f"not valid YAML: {_short(str(exc.problem or exc.context))}")]
    except yaml.YAMLError as exc:  # e.g. a reader error on a control character
        mark = getattr(exc, "position", None)
        line = text.count("\n", 0, mark) + 1 if isinstance(mark, int) else 1
        return None, [CurationProblem(path, line, "", "curation.syntax", f"not valid YAML: {_short(str(exc))}")]
    except RecursionError:
        return None, [CurationProblem(path, 1, "", "curation.syntax", "nested too deeply")]
    except ValueError as exc:  # e.g. an integer too long to convert
        return None, [CurationProblem(path, 1, "", "curation.syntax", f"unreadable: {_short(str(exc))}")]
    document = _to_json_like(document)
    validator = jsonschema.Draft202012Validator(curation_schema(), format_checker=jsonschema.FormatChecker())
    problems = []
    try:
        errors = list(validator.iter_errors(document))
    except RecursionError:
        return None, [CurationProblem(path, 1, "", "curation.syntax", "nested too deeply")]
    for error in errors:
        pointer = "".join(f"/{_escape(p)}" for p in error.absolute_path)
        line = lines.get(pointer, 1)  # an empty document has no values: its line 1 is at fault
        problems.append(CurationProblem(path, line, pointer, "curation.schema",
                                        f"{_short(error.message)} ({error.validator})"))
    if problems:
        return None, sorted(set(problems))
    return document, []  # type: ignore[return-value]


def _short(message: str, limit: int = 200) -> str:
    message = " ".join(message.split())  # one line: reports and CI annotations are line-based
    return message if len(message) <= limit else message[: limit - 1] + "…"


def pointer_lines(data: bytes, path: str) -> dict[str, int]:
    """The line of every value of a readable curation file, by JSON pointer ({} when unreadable)."""
    try:
        return _load(data.decode("utf-8").removeprefix("\ufeff"), path, Path(path).suffix.lower())[1]
    except (ValueError, yaml.YAMLError, RecursionError):
        return {}


def read_curation_file(path: Path) -> tuple[list[dict[str, object]] | None, list[CurationProblem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [CurationProblem(str(path), None, "", "curation.unreadable", f"cannot read: {exc.strerror}")]
    return read_curation(data, str(path))


def read_curation_folder(folder: Path) -> tuple[list[dict[str, object]], list[CurationProblem]]:
    """Every fix in ``folder`` (files in name order, hidden files and ``*.md`` notes skipped), and every problem.

    For people resolution: apply the fixes only when the problem list is empty.
    """
    fixes: list[dict[str, object]] = []
    problems: list[CurationProblem] = []
    if not folder.is_dir():
        return fixes, problems
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in rel.parts) or path.suffix.lower() == ".md":
            continue
        found, file_problems = read_curation_file(path)
        fixes += found or []
        problems += file_problems
    return fixes, problems


if __name__ == "__main__":  # rewrite schema/curation.schema.json from CURATION_SCHEMA
    (Path(__file__).resolve().parent.parent / "schema" / "curation.schema.json").write_text(
        render_curation_schema(), encoding="utf-8")
