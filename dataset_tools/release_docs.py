"""The files that make a release folder explain itself, generated from ``tables.py`` and the build.

- ``datapackage.json``: Frictionless Data Package v2 over the CSV files (fields, primary and foreign keys);
- ``croissant.json``: MLCommons Croissant 1.1 over the Parquet files (fields, keys, references);
- ``README.md``: the data card (what, how it was built, every column, licence, limitations, citation);
- ``CHANGELOG.md``: this release's entry (a diff against the previous release) above the earlier ones;
- ``CITATION.cff``: how to cite this version.

Like the tables, they depend only on their inputs: no clock, host or path. The release date is one of
those inputs (``--date`` or SOURCE_DATE_EPOCH) and is left out entirely when not given.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from dataset_tools import __version__
from dataset_tools.diff import TableDiff, summary_markdown
from dataset_tools.profile import FILL_DROP_BOUND, ROW_DROP_BOUND, Drop, fill_rates
from dataset_tools.publish import CHECKSUMS, DATASET_NAME, MANIFEST, file_sha256
from dataset_tools.schema_diff import FRICTIONLESS_TYPES, Change
from dataset_tools.tables import SCHEMA_VERSION, TABLES, Column, Table

DATAPACKAGE = "datapackage.json"
CROISSANT = "croissant.json"
DATA_CARD = "README.md"
CHANGELOG = "CHANGELOG.md"
CITATION = "CITATION.cff"
DOC_FILES = (DATAPACKAGE, CROISSANT, DATA_CARD, CHANGELOG, CITATION)

TITLE = "dataset_tools-news: who said what, when"
SUMMARY = ("Normalised, linked tables of news articles, the people they mention, their quotations, time "
           "expressions and events, extracted by rule-based extractors; every extracted row points back to "
           "the characters of the article it came from.")
AUTHOR = "dataset_tools contributors"
# The licence the project declares (pyproject.toml). The article texts themselves stay their publishers'.
LICENSE_ID = "MIT"
LICENSE_URL = "https://spdx.org/licenses/MIT.html"
HOMEPAGE = "https://dataset-tools.invalid/"  # placeholder until the project has a public address

CROISSANT_TYPES = {"string": "sc:Text", "integer": "sc:Integer", "number": "sc:Float", "boolean": "sc:Boolean",
                   "date": "sc:Date", "string_list": "sc:Text"}
LIMITATIONS = (
    "Extraction is rule-based and English-only: people, quotes, time expressions and events are found by "
    "patterns and word lists, so some are missed and some are wrong. `quotes.confidence` is the "
    "extractor's own estimate, not a measured precision.",
    "People are resolved by name within this dataset only; two people with the same name may be merged, "
    "and one person named differently may be split. Curated fields (`people.wikidata_qid`) are mostly empty.",
    "Offsets (`start`, `end`, ...) count Unicode code points of `articles.body` (Python string indices), "
    "not bytes and not UTF-16 units: in Java/Spark or JavaScript, characters outside the Basic "
    "Multilingual Plane shift them.",
    "Dates are normalised against the publication date; expressions like \"last week\" are only as "
    "precise as the `precision` column says.",
    "The seed articles are a small, hand-picked sample; counts and rates describe this sample, not the news.",
)


@dataclass
class ReleaseInfo:
    """Everything the documentation files say, gathered by ``pipeline.release``."""

    version: str
    tables: Mapping[str, pa.Table]
    fingerprint: str
    release_date: str | None = None  # YYYY-MM-DD, only from an input
    previous: str | None = None
    diffs: list[TableDiff] | None = None  # against the previous release
    schema_changes: list[Change] = field(default_factory=list)
    allowed_drops: list[Drop] = field(default_factory=list)
    rejects: int = 0
    previous_changelog: str | None = None  # the previous release's CHANGELOG.md

    @classmethod
    def gather(cls, folder: Path, version: str, tables: Mapping[str, pa.Table], release_date: str | None,
               previous: str | None, diffs: list[TableDiff] | None, changes: list[Change],
               allowed_drops: list[Drop], dist: Path) -> ReleaseInfo:
        """The facts about a written (staged) release folder and its predecessor in ``dist``."""
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        rejects = folder / "rejects.json"
        earlier = dist / previous / CHANGELOG if previous else None
        return cls(version, tables, manifest["input_fingerprint"], release_date, previous, diffs, changes,
                   allowed_drops, len(json.loads(rejects.read_text(encoding="utf-8"))) if rejects.exists() else 0,
                   earlier.read_text(encoding="utf-8") if earlier is not None and earlier.exists() else None)


def table_files(folder: Path, name: str, suffix: str) -> list[Path]:
    """A table's files in a release: ``<name><suffix>``, or the parts ``<name>/part-*<suffix>`` of a big one."""
    single = folder / f"{name}{suffix}"
    if single.is_file():
        return [single]
    return sorted((folder / name).glob(f"part-*{suffix}"))


def reseal_manifest(folder: Path, updates: Mapping[str, object]) -> None:
    """Update manifest.json (``updates`` and the list of files, now with the documents) and SHA256SUMS.

    Rows recorded for the table files are kept; keys keep their places, so the format stays that of
    ``publish.write_manifest``.
    """
    path = folder / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(updates)
    old_files = manifest.get("files", {})
    files: dict[str, dict[str, object]] = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in (MANIFEST, CHECKSUMS)):
        rel = file.relative_to(folder).as_posix()
        files[rel] = {"sha256": file_sha256(file), "bytes": file.stat().st_size}
        if "rows" in old_files.get(rel, {}):
            files[rel]["rows"] = old_files[rel]["rows"]
    manifest["files"] = files
    path.write_text(_dump(manifest), encoding="utf-8")
    (folder / CHECKSUMS).write_text("".join(f"{info['sha256']}  {name}\n" for name, info in files.items()),
                                    encoding="utf-8")


def _dump(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _fk_groups(table: Table) -> list[dict[str, object]]:
    return [{"fields": [fk.column], "reference": {"resource": fk.table, "fields": [fk.ref_column]}}
            for fk in table.foreign_keys]


def _frictionless_field(column: Column) -> dict[str, object]:
    spec: dict[str, object] = {"name": column.name, "type": FRICTIONLESS_TYPES[column.type],
                               "description": column.description}
    if column.type == "string_list":
        spec["arrayItem"] = {"type": "string"}
    constraints: dict[str, object] = {}
    if not column.nullable:
        constraints["required"] = True
    if column.enum is not None:
        constraints["enum"] = list(column.enum)
    if column.pattern is not None:
        # Table Schema patterns match the whole value already; the anchors are harmless but redundant.
        constraints["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
    if column.minimum is not None:
        constraints["minimum"] = int(column.minimum) if column.type == "integer" else column.minimum
    if column.maximum is not None:
        constraints["maximum"] = int(column.maximum) if column.type == "integer" else column.maximum
    if constraints:
        spec["constraints"] = constraints
    return spec


def datapackage(info: ReleaseInfo, folder: Path) -> dict[str, object]:
    """Frictionless Data Package v2 describing the CSV files (the Parquet twins hold the same rows)."""
    resources = []
    for name, table in ((n, TABLES[n]) for n in TABLES if n in info.tables):
        paths = table_files(folder, name, ".csv")
        schema: dict[str, object] = {
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "fields": [_frictionless_field(c) for c in table.columns],
            "primaryKey": list(table.primary_key),
        }
        if table.foreign_keys:
            schema["foreignKeys"] = _fk_groups(table)
        resources.append({
            "$schema": "https://datapackage.org/profiles/2.0/dataresource.json",
            "name": name,
            "type": "table",
            "path": paths[0].relative_to(folder).as_posix() if len(paths) == 1
            else [p.relative_to(folder).as_posix() for p in paths],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": f"{table.description} Same rows as the Parquet file(s).",
            **({"bytes": paths[0].stat().st_size, "hash": f"sha256:{file_sha256(paths[0])}"} if len(paths) == 1
               else {}),  # a table in parts has its checksums in manifest.json only
            "schema": schema,
        })
    package: dict[str, object] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": DATASET_NAME,
        "title": TITLE,
        "description": SUMMARY,
        "version": info.version,
        "homepage": HOMEPAGE,
        "licenses": [{"name": LICENSE_ID, "path": LICENSE_URL}],
        "contributors": [{"title": AUTHOR, "roles": ["creator"]}],
        "keywords": ["news", "quotations", "named entities", "events", "temporal expressions"],
    }
    if info.release_date:
        package["created"] = f"{info.release_date}T00:00:00Z"
    package["resources"] = resources
    return package


def _croissant_field(table: Table, column: Column, source: dict[str, object]) -> dict[str, object]:
    spec: dict[str, object] = {
        "@type": "cr:Field",
        "@id": f"{table.name}/{column.name}",
        "name": column.name,
        "description": column.description,
        "dataType": CROISSANT_TYPES[column.type],
        "source": {**source, "extract": {"column": column.name}},
    }
    if column.type == "string_list":
        spec["isArray"] = True
        spec["arrayShape"] = "-1"
    reference = next((fk for fk in table.foreign_keys if fk.column == column.name), None)
    if reference is not None:
        spec["references"] = {"field": {"@id": f"{reference.table}/{reference.ref_column}"}}
    return spec


CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def croissant(info: ReleaseInfo, folder: Path) -> dict[str, object]:
    """MLCommons Croissant 1.1 metadata over the Parquet files."""
    names = [n for n in TABLES if n in info.tables]
    distribution: list[dict[str, object]] = []
    sources: dict[str, dict[str, object]] = {}
    for name in names:
        files = table_files(folder, name, ".parquet")
        if len(files) == 1:
            distribution.append({
                "@type": "cr:FileObject",
                "@id": f"{name}.parquet",
                "name": f"{name}.parquet",
                "description": f"The `{name}` table.",
                "contentUrl": f"{name}.parquet",
                "encodingFormat": "application/x-parquet",
                "contentSize": f"{files[0].stat().st_size} B",
                "sha256": file_sha256(files[0]),
            })
            sources[name] = {"fileObject": {"@id": f"{name}.parquet"}}
        else:  # a big table is a folder of parts
            distribution.append({
                "@type": "cr:FileSet",
                "@id": f"{name}-parts",
                "name": f"{name}-parts",
                "description": f"The `{name}` table, in parts.",
                "encodingFormat": "application/x-parquet",
                "includes": f"{name}/part-*.parquet",
            })
            sources[name] = {"fileSet": {"@id": f"{name}-parts"}}
    record_sets = []
    for name in names:
        table = TABLES[name]
        keys = [{"@id": f"{name}/{k}"} for k in table.primary_key]
        record_sets.append({
            "@type": "cr:RecordSet",
            "@id": name,
            "name": name,
            "description": table.description,
            "key": keys[0] if len(keys) == 1 else keys,
            "field": [_croissant_field(table, c, sources[name]) for c in table.columns],
        })
    meta: dict[str, object] = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": DATASET_NAME,
        "description": SUMMARY,
        "version": info.version,
        "license": LICENSE_URL,
        "url": HOMEPAGE,
        "creator": {"@type": "sc:Organization", "name": AUTHOR},
        "citeAs": bibtex(info),
        "keywords": ["news", "quotations", "named entities", "events", "temporal expressions"],
    }
    if info.release_date:
        meta["datePublished"] = info.release_date
    meta["distribution"] = distribution
    meta["recordSet"] = record_sets
    return meta


def bibtex(info: ReleaseInfo) -> str:
    key = f"{DATASET_NAME}-{info.version}".replace(".", "_").replace("-", "_")
    year = f"  year = {{{info.release_date[:4]}}},\n" if info.release_date else ""
    return (f"@misc{{{key},\n  title = {{{TITLE}}},\n  author = {{{{{AUTHOR}}}}},\n{year}"
            f"  version = {{{info.version}}},\n"
            f"  note = {{Dataset release {info.version}, schema {SCHEMA_VERSION}}}\n}}")


def citation_cff(info: ReleaseInfo) -> str:
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        f'title: "{TITLE}"',
        f'version: "{info.version}"',
    ]
    if info.release_date:
        lines.append(f'date-released: "{info.release_date}"')
    lines += [
        f"license: {LICENSE_ID}",
        "authors:",
        f'  - name: "{AUTHOR}"',
        "keywords:",
        *(f'  - "{k}"' for k in ("news", "quotations", "named entities", "events", "temporal expressions")),
    ]
    return "\n".join(lines) + "\n"


def changelog_entry(info: ReleaseInfo) -> str:
    heading = f"## {info.version}" + (f" ({info.release_date})" if info.release_date else "")
    out = [heading, "", f"Schema {SCHEMA_VERSION}, toolkit {__version__}."]
    if info.previous is None or info.diffs is None:
        rows = ", ".join(f"{t.num_rows} {n}" for n, t in info.tables.items())
        out += ["", f"First release: nothing to compare with. {rows}."]
    else:
        out += ["", f"Compared with {info.previous}:", "", summary_markdown(info.diffs).rstrip("\n")]
        if info.schema_changes:
            out += ["", "Schema changes:", "", *(f"- {c}" for c in info.schema_changes)]
        else:
            out += ["", "No schema changes."]
    if info.allowed_drops:
        out += ["", "Drops past the release bounds, allowed explicitly:", "",
                *(f"- {d}" for d in info.allowed_drops)]
    if info.rejects:
        out += ["", f"{info.rejects} seed problem(s) skipped; see `rejects.json`."]
    return "\n".join(out) + "\n"


def changelog(info: ReleaseInfo) -> str:
    """This release's entry above every earlier one (taken from the previous release's CHANGELOG.md)."""
    earlier = ""
    if info.previous_changelog:
        # Everything after the title line: the previous release's entry and the ones before it.
        earlier = info.previous_changelog.split("\n", 1)[1].lstrip("\n") if "\n" in info.previous_changelog else ""
    text = f"# Changelog: {DATASET_NAME}\n\n{changelog_entry(info)}"
    return text + (f"\n{earlier}" if earlier else "")


def _columns_with_fill(table: Table, data: pa.Table) -> list[str]:
    rates = fill_rates(data)
    out = ["| column | type | null | filled | description |", "|---|---|---|---:|---|"]
    for c in table.columns:
        extra = f" One of: {', '.join(f'`{v}`' for v in c.enum)}." if c.enum else ""
        filled = f"{rates[c.name]:.0%}" if c.name in rates else "–"
        out.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {filled} | {c.description}{extra} |")
    return out


def data_card(info: ReleaseInfo) -> str:
    articles = info.tables.get("articles")
    span = ""
    if articles is not None and articles.num_rows:
        published = articles.column("published")
        span = f", published {pc.min(published).as_py()} to {pc.max(published).as_py()}"
    n_articles = articles.num_rows if articles is not None else 0
    out = [
        f"# {DATASET_NAME} {info.version}",
        "",
        f"{TITLE[len(DATASET_NAME) + 2:].capitalize()}. {SUMMARY}",
        "",
        f"- Dataset version: {info.version} (semver; see CHANGELOG.md)",
        f"- Schema version: {SCHEMA_VERSION}",
        f"- Built with: dataset_tools {__version__}",
        *([f"- Release date: {info.release_date}"] if info.release_date else []),
        f"- Input: {n_articles} seed articles{span}; input fingerprint `{info.fingerprint}`",
        f"- Previous release: {info.previous or 'none (this is the first)'}",
        "",
        "## Files",
        "",
        "| table | rows | files |",
        "|---|---:|---|",
        *(f"| `{n}` | {t.num_rows} | `{n}.parquet`, `{n}.csv` |" for n, t in info.tables.items()),
        "",
        "Parquet: zstd, only signed 64-bit integers, 32-bit dates, strings and lists of strings (no unsigned "
        "integers, no nanosecond timestamps); key-value metadata `dataset_tools.dataset_version` and "
        "`dataset_tools.schema_version`. CSV: UTF-8, header row, lists as JSON arrays, nulls as empty cells.",
        "",
        f"`{DATAPACKAGE}` (Frictionless Data Package v2, over the CSV files) and `{CROISSANT}` (Croissant 1.1, "
        f"over the Parquet files) describe every column, key and reference. `manifest.json` lists the "
        "sha256, size and rows of every file and `SHA256SUMS` repeats the checksums: "
        "`sha256sum -c SHA256SUMS` or `dataset-tools verify` checks them.",
        "",
        "## How it was built",
        "",
        "Each seed article (` date YYYY-MM-DD ` and the text) is read, then rule-based extractors find "
        "people and their mentions, quotations, time expressions and events; people are resolved across "
        "articles (keeping the ids of the previous release), the rows get deterministic ids, every table "
        "is validated (types, vocabularies, keys, foreign keys, spans against the article text) and written.",
        "",
        f"Rebuild: with dataset_tools {__version__} installed, `dataset-tools release {info.version}"
        + (f" --date {info.release_date}" if info.release_date else "")
        + "` on the same seeds (and the same earlier releases in `dist/`) gives the same bytes in every file.",
        "",
        f"Release checks against the previous release: a table may lose at most {ROW_DROP_BOUND:.0%} of its "
        f"rows and a column's fill rate may fall by at most {FILL_DROP_BOUND:.2f}, unless allowed explicitly "
        "(recorded in `manifest.json` and the changelog).",
        "",
        "## Tables",
        "",
        "`filled` is the share of non-null values in this release.",
        "",
    ]
    for name in (n for n in TABLES if n in info.tables):
        table = TABLES[name]
        keys = ", ".join(table.primary_key)
        refs = "".join(f" `{fk.column}` → `{fk.reference}`;" for fk in table.foreign_keys)
        references = f" References:{refs.rstrip(';')}." if refs else ""
        out += [f"### `{name}`", "", f"{table.description} Key: `{keys}`.{references}", "",
                *_columns_with_fill(table, info.tables[name]), ""]
    out += [
        "## Licence",
        "",
        f"The tables are distributed under the {LICENSE_ID} licence ({LICENSE_URL}), the licence of the "
        "dataset_tools project. `articles.body` and the quoted text are excerpts of news articles whose "
        "copyright stays with their publishers; check their terms before redistributing the text.",
        "",
        "## Known limitations",
        "",
        *(f"- {item}" for item in LIMITATIONS),
        "",
        "## How to cite",
        "",
        f"Cite the version you used; `{CITATION}` has the details. BibTeX:",
        "",
        "```bibtex",
        bibtex(info),
        "```",
        "",
    ]
    return "\n".join(out)


def write_release_docs(folder: Path, info: ReleaseInfo) -> list[str]:
    """Write the documentation files into a folder that already holds the tables; return their names."""
    (folder / CHANGELOG).write_text(changelog(info), encoding="utf-8")
    (folder / CITATION).write_text(citation_cff(info), encoding="utf-8")
    (folder / DATA_CARD).write_text(data_card(info), encoding="utf-8")
    (folder / DATAPACKAGE).write_text(_dump(datapackage(info, folder)), encoding="utf-8")
    (folder / CROISSANT).write_text(_dump(croissant(info, folder)), encoding="utf-8")
    return list(DOC_FILES)
