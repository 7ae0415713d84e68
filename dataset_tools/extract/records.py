"""Plain records that the extraction stage produces for one article.

These are the contract between the extractors (people, quotes, time, events) and the later stages
(resolve people across articles, assemble tables). Every offset indexes the article *body* (the text
after the ` date YYYY-MM-DD ` header), with Python string semantics: ``body[start:end]``.

People are local to the article here: a quote or an event refers to a person by its index in
``ArticleExtraction.people``. Global ``person_id`` values are assigned later by ``resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the body that refers to a person."""

    start: int
    end: int
    text: str  # == body[start:end]
    method: str  # one of MENTION_METHODS


# How a mention was tied to its person. "name": a full name; "surname": a surname alone ("Mr Cleverly",
# "Cleverly"); "title": a role or title phrase ("the Foreign Secretary"); "pronoun": he/she/...;
# "handle": a social-media handle ("@JamesCleverly").
MENTION_METHODS = ("name", "surname", "title", "pronoun", "handle")


@dataclass(slots=True)
class PersonEntity:
    """A person as one article sees them: the fullest name stated, and every mention."""

    name: str  # full name without honorific, e.g. "James Cleverly"
    honorific: str | None = None  # "Mr", "Sir", "Dr", ...
    roles: list[str] = field(default_factory=list)  # titles as stated: "Foreign Secretary"
    parties: list[str] = field(default_factory=list)  # stated parties, canonical: "Conservative"
    countries: list[str] = field(default_factory=list)  # stated countries, canonical: "United States"
    handles: list[str] = field(default_factory=list)  # "@JamesCleverly"
    aliases: list[str] = field(default_factory=list)  # other name forms seen in the article
    mentions: list[Mention] = field(default_factory=list)


# Kinds of quotation. Scare quotes and titles of works never become rows.
QUOTE_KINDS = ("full", "partial", "tweet")

# How the speaker of a quote was found.
ATTRIBUTION_METHODS = (
    "adjacent_name",  # a name next to the cue: "..., said James Cleverly"
    "adjacent_pronoun",  # "he said" resolved through coreference
    "adjacent_title",  # "the senator said" resolved through coreference
    "colon_intro",  # X said: "..."
    "according_to",  # "according to X"
    "continuation",  # a following paragraph of the same speaker
    "tweet_author",  # "— Name (@handle) June 20, 2023"
    "nearby_name",  # a weaker guess: the nearest plausible speaker in context
    "organisation",  # a non-person speaker: "the White House said"
    "unknown",
)


@dataclass(slots=True)
class Quote:
    """A direct quotation.

    ``start``/``end`` span the quoted words without the outer marks. For a quotation over several
    paragraphs the span runs from the first quoted character to the last, and ``text`` is
    ``quote_text_from_span(body[start:end])``: the paragraphs joined by one space, with the marks
    between paragraphs dropped.
    """

    start: int
    end: int
    text: str
    kind: str  # one of QUOTE_KINDS
    speaker_text: str | None  # the speaker as written: "the US's top diplomat", "He", "James Cleverly"
    speaker_start: int | None
    speaker_end: int | None
    person: int | None  # index into ArticleExtraction.people, None when no person is the speaker
    cue: str | None  # "said", "told", "according to", ...
    method: str  # one of ATTRIBUTION_METHODS
    confidence: float  # 0..1


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str  # TIMEX3 value: 2023-06-20, 2023-W24, 2023-06, 2023-Q2, 2021, 201, PAST_REF, PRESENT_REF, FUTURE_REF
    # day | week | month | quarter | year | decade | century | reference (the *_REF values) | unknown;
    # seasons (2022-SU) are "quarter" or "season", weekends (2023-W24-WE) "week".
    precision: str


EVENT_STATUSES = ("occurred", "ongoing", "planned", "possible", "negated")
PARTICIPANT_ROLES = ("source", "target", "co-participant")


@dataclass(slots=True)
class Event:
    event_type: str  # one of events.EVENT_TYPES
    status: str  # one of EVENT_STATUSES
    trigger_start: int
    trigger_end: int
    trigger_text: str
    date_value: str | None = None  # TIMEX3 value of the event's date
    date_precision: str | None = None
    time_expression: int | None = None  # index into ArticleExtraction.time_expressions
    date_source: str | None = None  # "time_expression" | "relative_event" | "publication"
    location: str | None = None
    cameo_code: str | None = None
    participants: list[tuple[int, str]] = field(default_factory=list)  # (person index, role)
    quote: int | None = None  # index into ArticleExtraction.quotes when the saying is the news


@dataclass(slots=True)
class ArticleExtraction:
    people: list[PersonEntity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


QUOTE_MARKS_OPEN = "\"“„«‟"
QUOTE_MARKS_CLOSE = "\"”»"


def quote_text_from_span(span: str) -> str:
    """The quotation text for a span of the body (the rule the validator checks).

    Paragraphs are split at blank lines; the closing mark ending a paragraph and the opening mark
    starting the next are dropped; the pieces are stripped and joined by one space.
    """
    pieces = span.split("\n\n")
    if len(pieces) == 1:
        return span
    cleaned = []
    for i, piece in enumerate(pieces):
        piece = piece.strip()
        if i > 0:
            piece = piece.lstrip(QUOTE_MARKS_OPEN + "'‘").lstrip()
        if i < len(pieces) - 1:
            piece = piece.rstrip(QUOTE_MARKS_CLOSE).rstrip()
        if piece:
            cleaned.append(piece)
    return " ".join(cleaned)
