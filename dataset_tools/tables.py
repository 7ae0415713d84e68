"""The dataset's tables, defined once.

Everything else about a table is generated from these definitions: the Arrow schema the files are
written with, the pandera models that validate a build, the JSON Schema records in ``schema/`` and the
column reference in the README. Change a column here and the rest follows (tests check that the
committed ``schema/`` files and README section are up to date).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from dataset_tools.extract.events import EVENT_TYPES
from dataset_tools.extract.records import (
    ATTRIBUTION_METHODS,
    EVENT_STATUSES,
    MENTION_METHODS,
    PARTICIPANT_ROLES,
    QUOTE_KINDS,
)

# The schema version follows semver on its own: a removed, renamed or retyped column is a major
# change, an added nullable column a minor one.
SCHEMA_VERSION = "2.0.0"

PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "reference", "unknown")
DATE_SOURCES = ("time_expression", "relative_event", "publication")

# Logical column types and how each is stored. Only portable Arrow types: signed 64-bit integers,
# 32-bit dates, UTF-8 strings, lists of strings (no unsigned integers, no nanosecond timestamps), so
# DuckDB, polars, pandas and Spark read the files untouched.
ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "string_list": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a key of ARROW_TYPES
    description: str
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None  # a regular expression the whole value must match
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    ref_column: str

    @property
    def reference(self) -> str:
        """The referenced column as "table.column"."""
        return f"{self.table}.{self.ref_column}"


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default=())

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, ARROW_TYPES[c.type], nullable=c.nullable) for c in self.columns]
        )


ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
PERSON_ID = r"^per_[0-9a-f]{16}$"
_ARTICLE = r"[A-Za-z0-9][A-Za-z0-9._-]*"


def row_id(letter: str, suffix: str = "") -> str:
    """Pattern of a row id: the article id, '#', a letter and the span as two 7-digit offsets.

    '#' sorts before every character an article id may hold, so sorting rows by id sorts them by
    article and then by position in the text: tables can be written and checked as streams.
    """
    return rf"^{_ARTICLE}#{letter}[0-9]{{7}}-[0-9]{{7}}{suffix}$"


MENTION_ID = row_id("m")
QUOTE_ID = row_id("q")
TIME_ID = row_id("t")
EVENT_ID = row_id("e", "-[a-z_]+")
ID_RULE = "`ARTICLE#` then a letter and the start and end offsets as 7 digits"
OFFSET_MIN = 0.0


def _span(what: str) -> tuple[Column, Column]:
    return (
        Column("start", "integer", f"Offset in articles.body where the {what} starts.", minimum=OFFSET_MIN),
        Column("end", "integer", f"Offset in articles.body just past the {what} (body[start:end]).",
               minimum=OFFSET_MIN),
    )


ARTICLES = Table(
    name="articles",
    description="One row per seed article; `body` is the text every offset in the dataset refers to.",
    primary_key=("article_id",),
    columns=(
        Column("article_id", "string", "The seed file's name without `.txt`.", pattern=ID),
        Column("published", "date", "Publication date from the seed's ` date YYYY-MM-DD ` header."),
        Column("body", "string", "The text after the header (BOM dropped, CRLF turned into LF)."),
        Column("word_count", "integer", "Whitespace-separated tokens in the body.", minimum=0),
        Column("sha256", "string", "SHA-256 of the seed file's bytes.", pattern=r"^[0-9a-f]{64}$"),
    ),
)

PEOPLE = Table(
    name="people",
    description="One row per person, resolved across all articles; `person_id` is stable across releases.",
    primary_key=("person_id",),
    columns=(
        Column("person_id", "string", "Stable id: `per_` and 16 hex digits.", pattern=PERSON_ID),
        Column("name", "string", "Full name as stated, without honorific."),
        Column("honorific", "string", "Honorific used for the person (Mr, Sir, Dr, ...).", nullable=True),
        Column("roles", "string_list", "Roles and titles as stated in the articles, sorted."),
        Column("parties", "string_list",
               "Political parties the articles state for the person, canonical (\"Tories\" → Conservative), sorted; "
               "a party stated in under a quarter as many articles as the most stated one is left out."),
        Column("countries", "string_list",
               "Countries the articles state for the person (\"US Secretary of State\" → United States), sorted; "
               "the same quarter rule."),
        Column("aliases", "string_list", "Other name forms seen (surname alone, handles, curated aliases)."),
        Column("wikidata_qid", "string", "Wikidata item, from a curation file.", nullable=True,
               pattern=r"^Q[1-9][0-9]*$"),
        Column("article_count", "integer", "Articles that mention the person.", minimum=1),
    ),
)

PERSON_MENTIONS = Table(
    name="person_mentions",
    description="Every place in an article that was resolved to a person.",
    primary_key=("mention_id",),
    columns=(
        Column("mention_id", "string", f"Deterministic id: {ID_RULE} (`m`).", pattern=MENTION_ID),
        Column("article_id", "string", "The article (articles.article_id).", pattern=ID),
        Column("person_id", "string", "The person (people.person_id).", pattern=PERSON_ID),
        *_span("mention"),
        Column("text", "string", "The mention as written: body[start:end]."),
        Column("method", "string", "How the mention was tied to the person.", enum=MENTION_METHODS),
    ),
    foreign_keys=(
        ForeignKey("article_id", "articles", "article_id"),
        ForeignKey("person_id", "people", "person_id"),
    ),
)

QUOTES = Table(
    name="quotes",
    description=(
        "Direct quotations. `start`/`end` span the quoted words without the outer marks; for one paragraph "
        "body[start:end] == text, and for a quotation over several paragraphs text is the paragraphs "
        "joined by one space, with the marks between them dropped."
    ),
    primary_key=("quote_id",),
    columns=(
        Column("quote_id", "string", f"Deterministic id: {ID_RULE} (`q`).", pattern=QUOTE_ID),
        Column("article_id", "string", "The article (articles.article_id).", pattern=ID),
        Column("person_id", "string", "The speaker (people.person_id); null when not a person or unknown.",
               nullable=True, pattern=PERSON_ID),
        Column("speaker_text", "string", "The speaker as written, e.g. \"the US’s top diplomat\".",
               nullable=True),
        Column("speaker_start", "integer", "Offset of speaker_text in the body.", nullable=True,
               minimum=OFFSET_MIN),
        Column("speaker_end", "integer", "End offset of speaker_text in the body.", nullable=True,
               minimum=OFFSET_MIN),
        Column("text", "string", "The quotation without its marks."),
        *_span("quotation"),
        Column("cue", "string", "The speech verb or phrase: said, told, according to ...", nullable=True),
        Column("kind", "string", "full sentence(s), partial quote inside paraphrase, or an embedded tweet.",
               enum=QUOTE_KINDS),
        Column("attribution_method", "string", "How the speaker was found.", enum=ATTRIBUTION_METHODS),
        Column("confidence", "number", "Confidence in the attribution, 0 to 1.", minimum=0.0, maximum=1.0),
    ),
    foreign_keys=(
        ForeignKey("article_id", "articles", "article_id"),
        ForeignKey("person_id", "people", "person_id"),
    ),
)

TIME_EXPRESSIONS = Table(
    name="time_expressions",
    description="Date expressions, normalised against the publication date to TIMEX3 values.",
    primary_key=("time_id",),
    columns=(
        Column("time_id", "string", f"Deterministic id: {ID_RULE} (`t`).", pattern=TIME_ID),
        Column("article_id", "string", "The article (articles.article_id).", pattern=ID),
        *_span("expression"),
        Column("text", "string", "The expression as written: body[start:end]."),
        Column("value", "string", "TIMEX3 value: 2023-06-20, 2023-W24, 2023-06, 2023-Q2, 2021, 202, PAST_REF ..."),
        Column("precision", "string", "The unit the value is precise to.", enum=PRECISIONS),
    ),
    foreign_keys=(ForeignKey("article_id", "articles", "article_id"),),
)

EVENTS = Table(
    name="events",
    description="One row per real event an article reports (not one per sentence mentioning it).",
    primary_key=("event_id",),
    columns=(
        Column("event_id", "string", f"Deterministic id: {ID_RULE} of the trigger (`e`), then the type.",
               pattern=EVENT_ID),
        Column("article_id", "string", "The article (articles.article_id).", pattern=ID),
        Column("event_type", "string", "What kind of event.", enum=EVENT_TYPES),
        Column("cameo_code", "string", "The closest CAMEO event code.", nullable=True, pattern=r"^[0-9]{2,4}$"),
        Column("status", "string", "Whether it happened: a potential visit is `possible`.", enum=EVENT_STATUSES),
        Column("date_value", "string", "TIMEX3 value of the event's date.", nullable=True),
        Column("date_precision", "string", "The unit date_value is precise to.", nullable=True, enum=PRECISIONS),
        Column("date_start", "date", "First day of the interval date_value covers.", nullable=True),
        Column("date_end", "date", "Last day of the interval date_value covers.", nullable=True),
        Column("date_source", "string", "Where the date came from.", nullable=True, enum=DATE_SOURCES),
        Column("time_id", "string", "The time expression that dates the event (time_expressions.time_id).",
               nullable=True, pattern=TIME_ID),
        Column("trigger_text", "string", "The word(s) that express the event: body[trigger_start:trigger_end]."),
        Column("trigger_start", "integer", "Offset of the trigger in the body.", minimum=OFFSET_MIN),
        Column("trigger_end", "integer", "End offset of the trigger in the body.", minimum=OFFSET_MIN),
        Column("location", "string", "Where it happened, when stated.", nullable=True),
        Column("quote_id", "string", "The quotation that is the event, for statements (quotes.quote_id).",
               nullable=True, pattern=QUOTE_ID),
    ),
    foreign_keys=(
        ForeignKey("article_id", "articles", "article_id"),
        ForeignKey("time_id", "time_expressions", "time_id"),
        ForeignKey("quote_id", "quotes", "quote_id"),
    ),
)

EVENT_PARTICIPANTS = Table(
    name="event_participants",
    description="People taking part in events, with their role.",
    primary_key=("event_id", "person_id", "role"),
    columns=(
        Column("event_id", "string", "The event (events.event_id).", pattern=EVENT_ID),
        Column("person_id", "string", "The person (people.person_id).", pattern=PERSON_ID),
        Column("role", "string", "source (the actor), target, or co-participant.", enum=PARTICIPANT_ROLES),
    ),
    foreign_keys=(
        ForeignKey("event_id", "events", "event_id"),
        ForeignKey("person_id", "people", "person_id"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (ARTICLES, PEOPLE, PERSON_MENTIONS, QUOTES, TIME_EXPRESSIONS, EVENTS, EVENT_PARTICIPANTS)
}
