"""Direct quotations and who said them.

``extract_quotes(body, people)`` finds every double-quoted span (``quotes_marks``), drops scare quotes
and titles of works, finds the attribution and ties the speaker to a person from ``people`` (the
people extractor's entities, whose mentions carry its coreference for pronouns and titles).

Attribution, in order of trust:

1. a colon introduction before the quote ("X said: “...”");
2. a cue right after the closing mark ("“...,” said X" / "“...,” X told reporters");
3. the nearest cue earlier in the sentence (partial quotes in paraphrase: "He said he “could not agree
   more”"), participles (", arguing that ...") taking the subject of the sentence;
4. a cue later in the sentence past other quotes ("“A” and “B,” Smith said"), "according to X";
5. a colon ending the previous paragraph, a signature line ("— Bernie Sanders"), the sentence's
   subject when the sentence has no speech verb;
6. the same speaker as the previous quote in the paragraph, or as the quote paragraph before
   (continuation), or the speaker named in the next quote paragraph (identified later).

A speaker phrase is then classified: a pronoun is resolved to the subject of the nearest earlier
sentence naming a person of that gender (the previous speaker when nobody is named), a role phrase
("the senator") through stated roles and salience, a thing ("the review", "the White House") is an
organisation. When the people extractor has no mention covering a resolved pronoun or title, a
``Mention`` is appended to the person so the mention is recorded.

Rule-based and linear in the length of the body: a few compiled regexes per article, set lookups for
cue words and small windows around each quotation (several hundred thousand words per CPU-second).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from dataset_tools.extract.people import new_unnamed_person_at
from dataset_tools.extract.people_lexicon import UNNAMED_PERSON_GENDER
from dataset_tools.extract.quotes_lexicon import (
    ABBREVIATIONS,
    AUX_ADVERBS,
    FEMALE_FIRST_NAMES,
    FEMALE_HONORIFICS,
    FEMALE_WORDS,
    MALE_FIRST_NAMES,
    MALE_HONORIFICS,
    MALE_WORDS,
    ORG_HEADS,
    ORG_NAMES,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    SPEECH_VERBS,
    SPEECH_WORDS,
    STRONG_CUES,
    SUBJECT_PRONOUNS,
    TITLE_HEADS,
    WEAK_ALONE,
    WEEKDAYS_MONTHS,
    WORK_CUES,
)
from dataset_tools.extract.quotes_marks import RawQuote, find_quoted_spans, paragraphs
from dataset_tools.extract.records import Mention, PersonEntity, Quote, quote_text_from_span

# ---------------------------------------------------------------------------------------------------
# Tokens and cues
# ---------------------------------------------------------------------------------------------------

# Words (keeping inner apostrophes, dots of abbreviations and hyphens) and single punctuation marks.
_TOKEN_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Pres|Sec|Adm|Maj|Cmdr|Hon|Del|Amb|Atty"
    r"|Supt|Sens|Reps|Msgr|Fr|Insp|Det)\."
    r"|[A-Z][a-z]{1,4}\.(?=,)"
    r"|(?:[A-Z]\.){1,3}(?=\s*[A-Z])|(?:[A-Z]\.){2,3}"
    r"|[\w@#][\w'’.\-&@]*\w|[\w@#]|[^\s\w]"
)
# Cues are found as lower-case words looked up in a set: much faster than one regex alternation of
# several hundred verbs, which the regex engine would try one by one at every position.
_MULTI_WORD_CUES = frozenset({"according to", "went on to say", "pointed out", "put it"})
_WORD_CUE_RE = re.compile(r"\b(?:according to|went on to say|pointed out|put it|[a-z]+)\b")
_CUE_VOCAB = SPEECH_VERBS | _MULTI_WORD_CUES
_ANY_CUE_VOCAB = SPEECH_WORDS | _MULTI_WORD_CUES


def _cues(body: str, lo: int, hi: int, vocab: frozenset[str] = _CUE_VOCAB) -> list[re.Match[str]]:
    """Cue words in body[lo:hi], in order."""
    return [m for m in _WORD_CUE_RE.finditer(body, lo, hi) if m.group() in vocab]


def _cue_at(body: str, pos: int) -> re.Match[str] | None:
    m = _WORD_CUE_RE.match(body, pos)
    return m if m is not None and m.group() in _CUE_VOCAB else None


_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\b")
# A sentence ends at . ! ? (possibly followed by closing marks or brackets) and whitespace.
_SENT_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*\s+")
_TWEET_RE = re.compile(
    r"(?P<text>\S.*?)\s*[—–-]{1,2}\s*(?P<name>[^()\n—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s+\d{4})\s*$"
)
_MAX_SENTENCE = 1200  # characters; no news sentence outside a quotation is longer
_INITIALS_RE = re.compile(r"^(?:[a-z]\.)*[a-z]$")
_NAME_CHARS_RE = re.compile(r"[^\W\d_][\w.'’\- ]*[^\W\d_.]|[^\W\d_]")

_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "one",
        "another",
        "this",
        "that",
        "these",
        "those",
        "some",
        "many",
        "several",
        "two",
        "three",
    }
)
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "many", "several", "two", "three"})
# Words that end a speaker phrase when scanning away from the cue.
_NP_STOP = frozenset(
    """in on at to from by with about after before during since until into onto over under between
    against among through toward towards across upon as than while when where if because although
    though that which who whom whose what how why and but or nor so yet there here this these those
    is was were are be been being has had have do does did not no it its they them we us you i me
    him he she her says said told tells also then would will could should can may might must""".split()
)
_RELATIVE_STARTS = frozenset(
    {
        "who",
        "which",
        "whose",
        "a",
        "an",
        "the",
        "himself",
        "herself",
        "its",
        "his",
        "her",
        "their",
        "now",
        "then",
        "once",
        "formerly",
        "speaking",
    }
)
_LEAD_CONJ = frozenset({"and", "but", "so", "then", "yet", "or", "while", "as", "when", "though"})
_ORG_CAP_WORDS = frozenset(
    """Department Committee Campaign Party House Office Ministry Council Association Foundation Institute
    Center Centre University College Union Board Commission Court Agency Bureau Network News Times Post
    Journal Inc Corp Corporation Company Group Fund Bank Senate Congress Parliament Government
    Administration Police Service Services Organization Organisation Coalition Alliance PAC Review
    Magazine Press Daily Tribune Herald Guardian Telegraph Independent Mirror Express Sun Observer
    Register Gazette Street Project Trust Society Federation League Institution Channel Radio TV
    Television Studio Studios Embassy Navy Army Force Forces Command Department's""".split()
)
_TITLE_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "is",
        "vs",
        "vs.",
        "as",
        "but",
        "nor",
    }
)


@dataclass(slots=True)
class _Attribution:
    speaker_start: int
    speaker_end: int
    cue: str | None
    method: str  # provisional: refined once the speaker phrase is classified
    confidence: float
    person: int | None = None
    explicit: bool = True  # found through a cue in the quote's own sentence
    where: str = "lead"  # "lead" (cue before the quote), "trail" (after it), "context" (elsewhere)
    cue_end: int = -1  # end offset of the cue in the body, -1 when the cue is not next to this quote


def _tokens(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN_RE.finditer(text)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1] == "@" and len(tok) > 1)


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum() or tok[:1] in "@#"


# ---------------------------------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------------------------------


class _Article:
    """Per-article state: the body, its paragraphs and quotations, and the people index."""

    def __init__(self, body: str, people: list[PersonEntity]) -> None:
        self.body = body
        self.people = people
        self.paras = paragraphs(body)
        self.para_starts = [p[0] for p in self.paras]
        self.raws = find_quoted_spans(body)
        # Spans covered by quotations including their marks: cues and names inside them are the
        # quoted person's words, not attributions.
        self.q_lo = [q.open_mark for q in self.raws]
        self.q_hi = [q.close_mark if q.close_mark is not None else q.end for q in self.raws]
        self._mention_index: list[tuple[int, int, int, str]] | None = None
        self._genders: list[str | None] | None = None
        self.last_strength = ""
        self._mention_starts: list[int] | None = None

    # -- positions ----------------------------------------------------------------------------------

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_lo, pos) - 1
        return i >= 0 and pos < self.q_hi[i]

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sentence_start(self, pos: int, lo: int) -> int:
        """Start of the sentence containing pos (searching back no further than lo)."""
        # Sentences are bounded so that a paragraph with no full stops (a transcript, a list) costs
        # linear time, not quadratic.
        lo = max(lo, pos - _MAX_SENTENCE)
        best = lo
        for m in _SENT_END_RE.finditer(self.body, lo, pos):
            if m.end() > pos:
                break
            if self._real_boundary(m):
                best = m.end()
        return best

    def sentence_end(self, pos: int, hi: int) -> int:
        hi = min(hi, pos + _MAX_SENTENCE)
        for m in _SENT_END_RE.finditer(self.body, pos, hi):
            if self._real_boundary(m):
                return m.start() + 1
        return hi

    def _real_boundary(self, m: re.Match[str]) -> bool:
        ws = m.end() - 1
        if self.in_quote(ws):
            return False
        body = self.body
        if body[m.start()] == ".":
            # "Mr. Smith", "U.S. officials", "J. Smith": not the end of a sentence.
            j = m.start()
            k = j
            while k > 0 and (body[k - 1].isalpha() or body[k - 1] == "."):
                k -= 1
            word = body[k:j].lower()
            if word in ABBREVIATIONS or _INITIALS_RE.match(word):
                return False
            nxt = body[m.end() : m.end() + 1]
            if nxt and nxt.islower():
                return False
        return True

    # -- people -------------------------------------------------------------------------------------

    def mention_index(self) -> list[tuple[int, int, int, str]]:
        """(start, end, person, method) of every mention, sorted by start."""
        if self._mention_index is None:
            idx = [(m.start, m.end, pi, m.method) for pi, p in enumerate(self.people) for m in p.mentions]
            idx.sort()
            self._mention_index = idx
        return self._mention_index

    def mention_starts(self) -> list[int]:
        if self._mention_starts is None:
            self._mention_starts = [m[0] for m in self.mention_index()]
        return self._mention_starts

    def person_covering(self, s: int, e: int) -> int | None:
        """The person whose mention overlaps the speaker span; the longest overlap wins."""
        best, best_len = None, 0
        idx = self.mention_index()
        # Mentions are short: none starting more than 200 characters before s can reach it.
        for k in range(bisect.bisect_left(self.mention_starts(), s - 200), len(idx)):
            ms, me, pi, _ = idx[k]
            if ms >= e:
                break
            ov = min(me, e) - max(ms, s)
            if ov > best_len:
                best, best_len = pi, ov
        return best

    def namesake(self, surname: str, gender: str) -> int | None:
        """The one person of the given gender whose name ends with this surname."""
        key = _norm(surname)
        hits = [
            pi
            for pi, p in enumerate(self.people)
            if p.name.split() and _norm(p.name.split()[-1]) == key and self.genders()[pi] == gender
        ]
        return hits[0] if len(hits) == 1 else None

    def genders(self) -> list[str | None]:
        if self._genders is None:
            self._genders = [_gender_of(p) for p in self.people]
        return self._genders

    def person_by_name(self, name_tokens: list[str], pos: int) -> int | None:
        """A person whose name or alias ends with the speaker's surname; the one mentioned last before
        pos wins, so "Clinton" after "Bill Clinton" is Bill."""
        if not name_tokens:
            return None
        surname = _norm(name_tokens[-1])
        first = _norm(name_tokens[0]) if len(name_tokens) > 1 else None
        cands = []
        for pi, p in enumerate(self.people):
            forms = [p.name, *p.aliases]
            for f in forms:
                parts = [_norm(t) for t in f.split()]
                if parts and surname in parts:
                    if first and first in parts and first != surname:
                        cands.append((2, pi))
                    else:
                        cands.append((1 if parts[-1] == surname else 0, pi))
                    break
        if not cands:
            return None
        top = max(c[0] for c in cands)
        top_people = {pi for score, pi in cands if score == top}
        if len(top_people) == 1:
            return next(iter(top_people))
        last = None
        for ms, _, pi, _m in self.mention_index():
            if ms > pos:
                break
            if pi in top_people:
                last = pi
        return last if last is not None else min(top_people)


def _norm(tok: str) -> str:
    return tok.lower().replace("’", "'").removesuffix("'s").strip(".,'")


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str | None, int]]:
    """The people extractor's given-name dictionary (gender-guesser), loaded once; empty when missing."""
    try:
        from dataset_tools.extract.people_lexicon import first_names

        return first_names()
    except Exception:  # an optional resource: fall back to the short lists below
        return {}


def _first_name_gender(first: str) -> str | None:
    if first in MALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES:
        return "f"
    entry = _given_names().get(first)
    return entry[0] if entry else None


def _gender_of(p: PersonEntity) -> str | None:
    m = f = 0
    for men in p.mentions:
        if men.method == "pronoun":
            w = men.text.lower()
            m += w in PRONOUNS_MALE
            f += w in PRONOUNS_FEMALE
    if p.honorific:
        h = p.honorific.lower()
        m += 3 * (h in MALE_HONORIFICS)
        f += 3 * (h in FEMALE_HONORIFICS)
    for r in p.roles:
        for w in r.lower().split():
            m += w in MALE_WORDS
            f += w in FEMALE_WORDS
    first = p.name.split()[0].lower() if p.name.split() else ""
    g = _first_name_gender(first)
    m += 2 * (g == "m")
    f += 2 * (g == "f")
    if m > f:
        return "m"
    if f > m:
        return "f"
    return None


def extract_quotes(body: str, people: list[PersonEntity]) -> list[Quote]:
    """Direct quotations in ``body`` with their speakers, sorted by start offset."""
    art = _Article(body, people)
    tweets = _find_tweets(art)
    tweet_spans = [(q.start, q.end) for q in tweets]
    out: list[Quote] = list(tweets)
    # Last attributed speaker: (attribution, paragraph index), for continuation paragraphs and
    # pronoun salience.
    last: tuple[_Attribution, int] | None = None
    pending: list[tuple[int, RawQuote, int]] = []  # unattributed paragraph-opening quotes
    last_end = 0
    for raw in art.raws:
        if any(s <= raw.start < e for s, e in tweet_spans):
            continue
        span = body[raw.start : raw.end]
        text = quote_text_from_span(span)
        n_words = len(text.split())
        pi = art.para_of(raw.open_mark)
        att = _attribute(art, raw, last)
        if (
            att is None
            and last is not None
            and last[0].where != "context"
            and last[1] == pi
            and last_end <= raw.open_mark
            and not _cue_between(art, art.sentence_end(last_end, raw.open_mark), raw.open_mark)
        ):
            # A second quotation in the paragraph after an attributed one, with no new cue between
            # ("“A,” Smith said. “B.”"): the same speaker.
            prev_att = last[0]
            att = _Attribution(
                prev_att.speaker_start,
                prev_att.speaker_end,
                prev_att.cue,
                "continuation",
                min(prev_att.confidence, 0.85),
                prev_att.person,
                explicit=True,
                where="context",
            )
        if att is None and last is not None and _opens_paragraph(art, raw):
            prev_att, prev_pi = last
            if prev_pi >= pi - 1 and not _other_person_between(art, prev_att, raw):
                att = _Attribution(
                    prev_att.speaker_start,
                    prev_att.speaker_end,
                    prev_att.cue,
                    "continuation",
                    min(prev_att.confidence, 0.8),
                    prev_att.person,
                    explicit=False,
                    where="context",
                )
        if att is None:
            att = _previous_cue(art, raw)
        if _is_title_of_work(art, raw, text, att) or _is_scare(art, raw, text, n_words, att):
            continue
        kind = _kind(art, raw, text)
        if att is not None:
            _resolve(art, att, last)
            last = (att, art.para_of(raw.end))
            last_end = max(
                raw.close_mark if raw.close_mark is not None else raw.end, att.cue_end, att.speaker_end
            )
            out.append(_make_quote(art, raw, text, kind, att))
        else:
            q = Quote(raw.start, raw.end, text, kind, None, None, None, None, None, "unknown", 0.0)
            out.append(q)
            if _opens_paragraph(art, raw):
                pending.append((len(out) - 1, raw, pi))
    _backfill(art, out, pending)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _make_quote(art: _Article, raw: RawQuote, text: str, kind: str, att: _Attribution) -> Quote:
    st = art.body[att.speaker_start : att.speaker_end]
    return Quote(
        raw.start,
        raw.end,
        text,
        kind,
        st,
        att.speaker_start,
        att.speaker_end,
        att.person,
        att.cue,
        att.method,
        round(att.confidence, 3),
    )


def _backfill(art: _Article, out: list[Quote], pending: list[tuple[int, RawQuote, int]]) -> None:
    """A quote paragraph with no cue followed by a paragraph whose quote is attributed ("“A.” / “B,”
    Smith said."): the speaker identified later is the speaker of both."""
    starts = sorted((q.start, i) for i, q in enumerate(out))
    for idx, raw, pi in reversed(pending):
        if out[idx].method != "unknown":
            continue
        # The next quote in the article.
        j = bisect.bisect_right(starts, (raw.end, len(out)))
        if j >= len(starts):
            continue
        nxt = out[starts[j][1]]
        if nxt.speaker_start is None or art.para_of(nxt.start) != pi + 1:
            continue
        if not _opens_paragraph_at(art, nxt.start):
            continue
        q = out[idx]
        out[idx] = Quote(
            q.start,
            q.end,
            q.text,
            q.kind,
            nxt.speaker_text,
            nxt.speaker_start,
            nxt.speaker_end,
            nxt.person,
            nxt.cue,
            "continuation",
            round(min(nxt.confidence, 0.6), 3),
        )


def _cue_between(art: _Article, lo: int, hi: int) -> bool:
    lo = max(lo, hi - 2 * _MAX_SENTENCE)
    return any(not art.in_quote(m.start()) for m in _cues(art.body, lo, hi))


def _opens_paragraph(art: _Article, raw: RawQuote) -> bool:
    return _opens_paragraph_at(art, raw.start)


def _opens_paragraph_at(art: _Article, start: int) -> bool:
    lo = art.paras[art.para_of(start)][0]
    return not art.body[lo:start].strip(" \"“”„‟«'‘`")


def _other_person_between(art: _Article, prev: _Attribution, raw: RawQuote) -> bool:
    """A continuation paragraph cannot skip over a newly attributed speaker; prose between the two
    quotes that names another speaker with a cue breaks the chain. Kept cheap: only checks that the
    previous paragraph is not a narrative paragraph without quotes."""
    pi = art.para_of(raw.open_mark)
    if pi == 0:
        return True
    lo, hi = art.paras[pi - 1]
    # The previous paragraph must itself contain a quotation (or end with a colon introducing this one).
    j = bisect.bisect_left(art.q_lo, lo)
    has_quote = j < len(art.q_lo) and art.q_lo[j] < hi
    return not has_quote and not art.body[lo:hi].rstrip().endswith(":")


# ---------------------------------------------------------------------------------------------------
# Tweets
# ---------------------------------------------------------------------------------------------------


def _find_tweets(art: _Article) -> list[Quote]:
    """Embedded tweets: "text — Name (@handle) June 20, 2023" at the end of a paragraph."""
    out: list[Quote] = []
    body = art.body
    for lo, hi in art.paras:
        if "(@" not in body[lo:hi]:
            continue
        m = _TWEET_RE.search(body, lo, hi)
        if not m:
            continue
        # The tweet text starts at the paragraph start (or after a previous tweet in the same paragraph).
        s, e = m.start("text"), m.end("text")
        while e > s and body[e - 1].isspace():
            e -= 1
        name_raw = m.group("name")
        nm = _NAME_CHARS_RE.search(name_raw)
        if not nm:
            continue
        ss = m.start("name") + nm.start()
        se = m.start("name") + nm.end()
        handle = m.group("handle")
        person = None
        for pi, p in enumerate(art.people):
            if handle.lower() in (h.lower() for h in p.handles):
                person = pi
                break
        if person is None:
            person = art.person_covering(ss, se)
        if person is None:
            person = art.person_by_name(body[ss:se].split(), ss)
        text = body[s:e]
        out.append(Quote(s, e, text, "tweet", body[ss:se], ss, se, person, "tweeted", "tweet_author", 0.95))
    return out


# ---------------------------------------------------------------------------------------------------
# Attribution
# ---------------------------------------------------------------------------------------------------


def _attribute(art: _Article, raw: RawQuote, last: tuple[_Attribution, int] | None) -> _Attribution | None:
    body = art.body
    para_lo = raw.para_start
    para_hi = raw.para_end
    sent_lo = art.sentence_start(raw.open_mark, para_lo)
    after = raw.close_mark if raw.close_mark is not None else raw.end
    # The trailing window: up to the end of the sentence, or the next quotation's opening mark.
    trail_hi = art.sentence_end(after, para_hi)
    nq = bisect.bisect_right(art.q_lo, after)
    if nq < len(art.q_lo) and art.q_lo[nq] < trail_hi:
        trail_hi = art.q_lo[nq]
    quote_ends_sentence = body[raw.start : raw.end].rstrip()[-1:] in ".!?" if raw.end > raw.start else False

    lead = _leading(art, sent_lo, raw.open_mark)
    trail = _trailing(art, after, trail_hi, quote_ends_sentence) if raw.close_mark is not None else None
    # A colon introduction ("X said: “...”") is the strongest signal; then a tight trailing attribution
    # ("“...,” X said"); then any cue earlier in the sentence (partial quotes in paraphrase); then a loose
    # trailing one.
    if lead is not None and lead.method == "colon_intro":
        return lead
    if trail is not None and trail.confidence >= 0.85:
        return trail
    if lead is not None:
        return lead
    if trail is not None:
        return trail
    sent_hi = art.sentence_end(after, para_hi)
    # A cue later in the sentence, past other quotations ("“A” and “B,” Smith said").
    sent_cue = _later_in_sentence(art, after, sent_hi)
    if sent_cue is not None:
        return sent_cue
    # According to X, anywhere in the sentence.
    for m in _ACCORDING_RE.finditer(body, sent_lo, sent_hi):
        if art.in_quote(m.start()):
            continue
        np_ = _np_after(art, m.end(), sent_hi)
        if np_:
            return _Attribution(np_[0], np_[1], "according to", "according_to", 0.8)
    # A colon at the end of the previous paragraph introduces a quote that opens this one.
    if _opens_paragraph(art, raw):
        pi = art.para_of(raw.open_mark)
        if pi > 0:
            plo, phi = art.paras[pi - 1]
            ptxt = body[plo:phi].rstrip()
            if ptxt.endswith(":") and not art.in_quote(plo + len(ptxt) - 1):
                colon = plo + len(ptxt) - 1
                s_lo = art.sentence_start(colon, plo)
                att = _leading(art, s_lo, colon + 1)
                if att is None:
                    # "Trump issued the following statement:" — no speech verb, but the subject of
                    # the introducing sentence is the speaker.
                    subj = _sentence_subject(art, s_lo, colon)
                    if subj is not None:
                        att = _Attribution(subj[0], subj[1], None, "colon_intro", 0.7)
                if att is not None:
                    att.method = "colon_intro"
                    return att
        # A signature line after the quotation: "— Bernie Sanders".
        nxt = art.para_of(raw.end) + 1
        if raw.close_mark is not None and nxt < len(art.paras):
            nlo, nhi = art.paras[nxt]
            m = _SIGNATURE_RE.match(body, nlo, nhi)
            if m and (m.group(1) or len(m.group(2).split()) >= 2) and len(body[nlo:nhi].split()) <= 16:
                # "— Bernie Sanders", "S.C. Rep. Jim Clyburn.", "Josh Bivens, Economic Policy Institute."
                return _Attribution(m.start(2), m.end(2), None, "adjacent_name", 0.7, where="trail")
    lead_text = body[sent_lo : raw.open_mark].rstrip()
    if lead_text:
        # A quotation inside a sentence with no speech verb ("Clinton blamed the “fog of war”",
        # "McConnell delivered a blunt message: “...”"): the sentence's subject is the likeliest
        # speaker. Not explicit, so a short quote found this way still counts as a scare quote.
        subj = _sentence_subject(art, sent_lo, raw.open_mark)
        if subj is not None:
            colon = lead_text.endswith(":")
            return _Attribution(
                subj[0],
                subj[1],
                None,
                "colon_intro" if colon else "nearby_name",
                0.65 if colon else 0.5,
                explicit=colon,
            )
    return None


_FIRST_WORD_RE = re.compile(r"\W*(\w+)")
_ADVERBIAL_OPENERS = frozenset(
    """with after despite in as when while although though because if since on at
    for during following before unlike like amid among under asked speaking responding""".split()
)
_DASHES = frozenset({"—", "–", "-", "―", "--"})
_SIG_NAME_RE = re.compile(r"([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s*[.,]?\s*$")
_SIGNATURE_RE = re.compile(
    r"\s*([—–―-]{1,2})?\s*((?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w'’\-]*[a-z][\w'’\-]*)"
    r"\s*(?:,[^\n]{0,100}?)?\s*\.?\s*$"
)
_FINITE_AFTER = frozenset(
    """could would is was has had will should can must did does may might are were have wants needs
    thinks believes plans intends""".split()
)
_BY_AGENT_RE = re.compile(r"\s+by\s+")
_NON_SUBJECT_PRONOUNS = frozenset({"his", "her", "hers", "him", "its", "their", "them", "himself", "herself"})
_SUBJ_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _sentence_subject(art: _Article, lo: int, hi: int) -> tuple[int, int] | None:
    """The first person named (or he/she) in body[lo:hi] outside quotations: in English news the
    subject usually comes first."""
    first_word = _FIRST_WORD_RE.match(art.body, lo, hi)
    if first_word and first_word.group(1).lower() in _ADVERBIAL_OPENERS:
        # "With Democrats worried about Clinton, President Obama is ...": skip the opening clause.
        comma = art.body.find(",", lo, hi)
        if comma > 0:
            lo = comma + 1
    idx = art.mention_index()
    j = bisect.bisect_left(art.mention_starts(), lo)
    first: tuple[int, int] | None = None
    possessor: tuple[int, int] | None = None
    while j < len(idx) and idx[j][0] < hi:
        ms, me, _pi, _m = idx[j]
        j += 1
        if possessor is None and not art.in_quote(ms) and art.body[me : me + 2] in ("'s", "’s"):
            possessor = (ms, me)
        # A possessor ("Trump’s “excesses” are sickening", "his"), an object pronoun, or a title
        # word inside a name ("President" of "President Trump’s") is not the subject.
        if art.in_quote(ms) or art.body[me : me + 2] in ("'s", "’s"):
            continue
        if art.body[ms:me].lower() in _NON_SUBJECT_PRONOUNS:
            continue
        if _m == "title" and art.body[me : me + 1] == " " and art.body[me + 1 : me + 2].isupper():
            continue
        first = (ms, me)
        break
    for m in _SUBJ_PRONOUN_RE.finditer(art.body, lo, hi if first is None else first[0]):
        if not art.in_quote(m.start()):
            return m.start(), m.end()
    # "Clinton’s response was: “...”": with nobody else in the sentence, the possessor speaks.
    return first if first is not None else possessor


_NOMINAL_BEFORE = frozenset(
    {"a", "an", "the", "for", "of", "his", "her", "their", "its", "our", "this", "these", "those", "about"}
)


def _nominal_use(body: str, cue_start: int) -> bool:
    """ "a report suggesting", "for saying", "the lament": a cue word after a determiner or preposition is
    a noun or a participle in a modifier, not the verb of an attribution."""
    j = cue_start - 1
    while j >= 0 and body[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (body[k].isalpha()):
        k -= 1
    prev = body[k + 1 : j + 1].lower()
    if prev in _NOMINAL_BEFORE:
        return True
    if j >= 1 and body[j] in "s" and body[j - 1] in "'’":
        return True  # "Mrs. Clinton's remark"
    # Passive voice ("Cleverly was accused of being a “Chinese stooge”"): the subject is the target,
    # not the speaker.
    if prev in _BE_FORMS:
        return True
    if prev.endswith("ly") and k > 0:
        j2 = k
        while j2 >= 0 and body[j2] == " ":
            j2 -= 1
        k2 = j2
        while k2 >= 0 and body[k2].isalpha():
            k2 -= 1
        return body[k2 + 1 : j2 + 1].lower() in _BE_FORMS
    return False


_BE_FORMS = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"})


_PARTICIPLE_PREPS = frozenset(
    {
        "despite",
        "after",
        "before",
        "while",
        "by",
        "when",
        "in",
        "without",
        "upon",
        "since",
        "and",
        "also",
        "then",
        "even",
    }
)


_AUX_BE = frozenset(
    {
        "is",
        "was",
        "were",
        "are",
        "been",
        "be",
        "am",
        "also",
        "now",
        "still",
        "kept",
        "keeps",
        "started",
        "began",
        "continued",
        "continues",
        "repeatedly",
    }
)


def _bare_participle(body: str, lo: int, m: re.Match[str]) -> bool:
    """An -ing cue right after a noun ("the airwaves beginning", "one point calling") modifies the noun;
    only "he was saying" (an auxiliary) or a participle clause (", saying") is speech."""
    if not m.group().endswith("ing") or _participle_clause(body, lo, m.start()):
        return False
    before = body[max(lo, m.start() - 30) : m.start()].split()
    return not before or before[-1].lower() not in _AUX_BE


def _participle_clause(body: str, lo: int, cue_start: int) -> bool:
    """True when an -ing cue opens a participle clause: after a comma ("..., arguing") or a
    preposition ("despite admitting")."""
    before = body[lo:cue_start].rstrip()
    if not before or before[-1] in ",;—–(":
        return True
    k = len(before)
    while k > 0 and before[k - 1].isalpha():
        k -= 1
    return before[k:].lower() in _PARTICIPLE_PREPS


def _previous_cue(art: _Article, raw: RawQuote) -> _Attribution | None:
    """Indirect speech just before a quotation with no cue of its own ("Schiff said the administration
    may be reluctant. “The other factor ...”"): the speaker of the nearest earlier cue in the paragraph,
    or in the previous paragraph when the quotation opens its paragraph. Weak, never explicit."""
    body = art.body
    pi = art.para_of(raw.open_mark)
    lo = art.paras[pi][0]
    if pi > 0 and (_opens_paragraph(art, raw) or not _cue_between(art, lo, raw.open_mark)):
        lo = art.paras[pi - 1][0]
    lo = max(lo, raw.open_mark - 2 * _MAX_SENTENCE)  # bounded: linear time on huge paragraphs
    cues = [
        m
        for m in _cues(body, lo, raw.open_mark)
        if not art.in_quote(m.start()) and m.group() not in WEAK_ALONE and not _nominal_use(body, m.start())
    ]
    for m in reversed(cues[-2:]):
        s_lo = art.sentence_start(m.start(), art.paras[art.para_of(m.start())][0])
        subj = _subject_before(art, s_lo, m.start())
        if subj is not None:
            return _Attribution(
                subj[0],
                subj[1],
                m.group(),
                "nearby_name",
                0.5,
                explicit=False,
                where="context",
                cue_end=m.end(),
            )
    return None


def _later_in_sentence(art: _Article, lo: int, hi: int) -> _Attribution | None:
    body = art.body
    for m in _cues(body, lo, hi):
        if (
            art.in_quote(m.start())
            or m.group() in WEAK_ALONE
            or _nominal_use(body, m.start())
            or _bare_participle(body, lo, m)
        ):
            continue
        # The subject cannot reach back into a quotation.
        qi = bisect.bisect_right(art.q_hi, m.start()) - 1
        sub_lo = max(lo, art.q_hi[qi]) if qi >= 0 else lo
        if m.group() == "according to":
            np_ = _np_after(art, m.end(), hi)
            if np_:
                return _Attribution(
                    np_[0], np_[1], "according to", "according_to", 0.75, where="trail", cue_end=m.end()
                )
            continue
        subj = _subject_before(art, sub_lo, m.start())
        gap = body[sub_lo : m.start()]
        if subj is None and (gap.strip(" ,—–-") == "" or gap.rstrip().endswith(",")):
            # "“...” and Clevelanders get nervous, said Christine Link": inverted after a comma.
            subj = _np_after(art, m.end(), hi)
        if subj is not None:
            return _Attribution(
                subj[0], subj[1], m.group(), "adjacent_name", 0.7, where="trail", cue_end=m.end()
            )
        return None
    return None


def _leading(art: _Article, lo: int, hi: int) -> _Attribution | None:
    """A cue before the quotation in its sentence, and its subject."""
    body = art.body
    cues = [m for m in _cues(body, lo, hi) if not art.in_quote(m.start())]
    if not cues:
        return None
    participle: re.Match[str] | None = None
    for m in reversed(cues[-8:]):
        cue = m.group()
        by_agent = _BY_AGENT_RE.match(body, m.end(), hi)
        if by_agent and (cue.endswith("ed") or cue in {"told", "said", "written", "put"}):
            # Passive with its agent: "we’re told by Newsweek that ...": the agent is the speaker.
            np_ = _np_after(art, by_agent.end(), hi)
            if np_:
                return _Attribution(np_[0], np_[1], cue, "adjacent_name", 0.75, cue_end=m.end())
        if cue in WEAK_ALONE or _nominal_use(body, m.start()) or _bare_participle(body, lo, m):
            continue
        if cue == "according to":
            np_ = _np_after(art, m.end(), hi)
            if np_:
                return _Attribution(np_[0], np_[1], cue, "according_to", 0.85, cue_end=m.end())
            continue
        between = body[m.end() : hi]
        colon = between.rstrip().endswith(":") and len(between) < 60
        if cue.endswith("ing") and _participle_clause(body, lo, m.start()):
            # "Clinton spoke out about ..., arguing that ...": the participle's subject is the subject
            # of an earlier cue in the sentence, else the sentence's subject; never the phrase just
            # before the comma.
            if participle is None:
                participle = m
            continue
        subj = _subject_before(art, lo, m.start())
        if subj is None:
            # Inverted: "Said Smith: “...”" or "as put by".
            np_ = _np_after(art, m.end(), hi) if colon else None
            if np_ is None:
                continue
            subj = np_
        conf = 0.9 if colon else (0.85 if cue in STRONG_CUES else 0.7)
        if len(between) > 200:
            conf -= 0.15
        return _Attribution(
            subj[0], subj[1], cue, "colon_intro" if colon else "adjacent_name", conf, cue_end=m.end()
        )
    if participle is not None:
        subj = _sentence_subject(art, lo, participle.start())
        if subj is not None:
            return _Attribution(
                subj[0], subj[1], participle.group(), "adjacent_name", 0.75, cue_end=participle.end()
            )
    return None


def _trailing(art: _Article, lo: int, hi: int, quote_ends_sentence: bool) -> _Attribution | None:
    """ "“...,” X said" / "“...,” said X" / "“...,” according to X" right after the quotation."""
    body = art.body
    toks = _tokens(body[lo:hi], lo)
    k = 0
    while k < len(toks) and (toks[k][2] in _DASHES or toks[k][2] in {",", "(", ")"}):
        k += 1
    if k >= len(toks):
        return None
    if any(t[2] in _DASHES for t in toks[:k]):
        # "“...” ― Karen Bobadilla.": a signature after a dash.
        sig = _SIG_NAME_RE.match(body, toks[k][0], hi)
        if sig:
            return _Attribution(sig.start(1), sig.end(1), None, "adjacent_name", 0.8, where="trail")
    # Inverted order: cue first.
    m = _cue_at(body, toks[k][0])
    if m and m.group() not in WEAK_ALONE:
        cue = m.group()
        np_ = _np_after(art, m.end(), hi)
        if np_:
            method = "according_to" if cue == "according to" else "adjacent_name"
            return _Attribution(np_[0], np_[1], cue, method, 0.9, where="trail", cue_end=m.end())
        return None
    # Subject first: the cue within the next few words.
    limit = min(len(toks), k + 28)
    for j in range(k, limit):
        s, _e, t = toks[j]
        if t in {".", "!", "?", ";"}:
            break
        if not t[:1].islower():
            continue
        m = _cue_at(body, s)
        if not m or m.end() > hi or _nominal_use(body, s) or _bare_participle(body, lo, m):
            continue
        cue = m.group()
        if cue == "according to":
            return None
        subj = _subject_before(art, toks[k][0], s)
        if subj is None or subj[0] > toks[k][0]:
            # The subject phrase must begin the window: "“...” if he continues" is no attribution.
            return None
        # The subject phrase must begin the window (allowing an appositive); otherwise the cue belongs
        # to a new clause ("“...,” and then Smith said ...").
        lead_toks = [tk for tk in toks[k:j] if _is_word(tk[2])]
        if lead_toks and lead_toks[0][2].lower() in _LEAD_CONJ:
            return None
        conf = 0.9 if cue in STRONG_CUES else 0.8
        if quote_ends_sentence:
            # "“We lost.” Trump said the vote was rigged." is a new sentence about the same thing; the
            # attribution is weaker than a comma-joined one.
            rest = [tk for tk in _tokens(body[m.end() : hi], m.end()) if _is_word(tk[2])]
            conf = 0.8 if len(rest) <= 6 else 0.55
        return _Attribution(subj[0], subj[1], cue, "adjacent_name", conf, where="trail", cue_end=m.end())
    return None


def _subject_before(art: _Article, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker phrase ending just before the cue: "Mr Blinken", "the US’s top diplomat", "He"."""
    lo = max(lo, cue_start - 400)  # a subject phrase with its appositives never runs longer
    toks = _tokens(art.body[lo:cue_start], lo)
    found = _subject_in(art, lo, toks)
    if found is None and any(t[2] == "," for t in toks):
        found = _clause_initial_name(toks)
    if found is not None:
        found = _trim_place(art, found)
    return found


def _clause_initial_name(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """ "Nate Silver, the polling guru who founded the site tweeted": when the appositive is too long or
    unclosed to parse, a capitalised name opening the clause and followed by a comma is the subject."""
    k = 0
    while k < len(toks) and (toks[k][2].lower() in _LEAD_CONJ or not _is_word(toks[k][2])):
        k += 1
    j = k
    while j < len(toks) and _is_cap(toks[j][2]) and j - k < 5:
        j += 1
    if j - k < 2 or j >= len(toks) or toks[j][2] != ",":
        return None
    first = toks[k][2].lower()
    if first in _ADVERBIAL_OPENERS or first in WEEKDAYS_MONTHS or first in _DETERMINERS:
        return None
    return toks[k][0], toks[j - 1][1]


def _trim_place(art: _Article, span: tuple[int, int]) -> tuple[int, int]:
    """ "CBC Chairman G.K. Butterfield of North Carolina" -> "CBC Chairman G.K. Butterfield": a name
    followed by "of <Place>" keeps the name. "Secretary of State John Kerry" is left alone (a single
    capitalised word before "of")."""
    text = art.body[span[0] : span[1]]
    m = _OF_PLACE_RE.search(text)
    if not m:
        return span
    before = text[: m.start()].split()
    if sum(1 for w in before if w[:1].isupper()) >= 2 and before[-1][:1].isupper():
        return span[0], span[0] + m.start()
    return span


_OF_PLACE_RE = re.compile(r" (?:of|from) (?=[A-Z])")


def _subject_in(art: _Article, lo: int, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    i = len(toks) - 1
    while i >= 0 and (
        toks[i][2].lower() in AUX_ADVERBS or (toks[i][2].endswith("ly") and toks[i][2].islower())
    ):
        i -= 1
    if i < 0:
        return None
    hops = 0
    while i >= 0 and toks[i][2] == "," and hops < 5:
        # "Smith, a spokesman for the group, said" / "Smith, who ..., said" / "Carr, 31, a photographer,
        # said": the subject is before the appositives or relative clause.
        j = i - 1
        while j >= 0 and toks[j][2] != ",":
            j -= 1
        if j < 0 or i - j > 30:
            return None
        chunk = [t[2] for t in toks[j + 1 : i]]
        j_prev = j - 1
        while j_prev >= 0 and toks[j_prev][2] != ",":
            j_prev -= 1
        if (
            hops == 0
            and chunk
            and all(_is_cap(w) or w == "." for w in chunk)
            and j > 0
            and not _is_cap(toks[j - 1][2])
            # "Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": a chain of
            # appositives after a name is not "the assailant, John McGraw, told".
            and not (j_prev > 0 and _is_cap(toks[j_prev - 1][2]))
        ):
            # "the assailant, John McGraw, told": a name in apposition to a description is the speaker.
            return toks[j + 1][0], toks[i - 1][1]
        first = chunk[0].lower() if chunk else ""
        if (
            first not in _RELATIVE_STARTS
            and not first[:1].isdigit()
            and not _looks_appositive(toks[j + 1 : i])
        ):
            return None
        i = j - 1
        hops += 1
        # "Wilson, of Springfield, Va., said": "of Springfield" is itself an appositive; so is "the
        # Alabama Republican who heads the committee" in "Shelby, the Alabama Republican who heads the
        # committee, which oversees the Fed, said".
        j2 = i
        while j2 >= 0 and toks[j2][2] != ",":
            j2 -= 1
        if j2 > 0 and toks[j2 + 1][2].lower() in {"of", "from"} and i - j2 <= 6:
            i = j2
        elif (
            j2 > 0
            and first in {"who", "which", "whose"}
            and toks[j2 + 1][2].lower() in _RELATIVE_STARTS
            and _is_cap(toks[j2 - 1][2])
            and i - j2 <= 30
        ):
            i = j2
    if i < 0 or toks[i][2] == ",":
        return None
    if toks[i][2] == ")":
        # "Sen. Ron Johnson (R-Wis.) said": skip the parenthesis.
        j = i - 1
        while j >= 0 and toks[j][2] != "(":
            j -= 1
        if j <= 0:
            return None
        i = j - 1
    last = toks[i][2]
    if last.lower() in SUBJECT_PRONOUNS:
        return toks[i][0], toks[i][1]
    if last.lower() in {"who", "which", "that"} and i >= 2 and toks[i - 1][2] == ",":
        # "the American Civil Liberties Union, which said ...": the relative pronoun's antecedent.
        return _subject_before(art, lo, toks[i - 1][0])
    if not _is_word(last) or last.lower() in _NP_STOP or last.lower() in WEEKDAYS_MONTHS:
        return None
    k = i
    n = 0
    while k >= 0 and n < 9:
        t = toks[k][2]
        low = t.lower()
        if not _is_word(t) and t not in {"(", ")"}:
            break
        if k < i and (low in _NP_STOP or low in SPEECH_VERBS or low in WEEKDAYS_MONTHS):
            break
        if t in {"(", ")"}:
            break
        k -= 1
        n += 1
    start_k = k + 1
    # Trim to a plausible phrase start: a determiner, a capitalised word or a number.
    while start_k < i and not (
        _is_cap(toks[start_k][2])
        or toks[start_k][2].lower() in _DETERMINERS
        or toks[start_k][2][:1].isdigit()
    ):
        start_k += 1
    # "a source close to the governor", "a spokesman for the campaign", "an aide to Smith": the
    # phrase runs back over the preposition to its real head.
    if start_k >= 2 and toks[start_k - 1][2].lower() in {"for", "to", "of", "at", "with"}:
        k2 = start_k - 2
        if toks[k2][2].lower() == "close" and k2 > 0:
            k2 -= 1
        h = toks[k2][2].lower()
        if (
            k2 >= 1
            and (h in TITLE_HEADS or h.rstrip("s") in TITLE_HEADS or h in ORG_HEADS)
            and toks[k2 - 1][2].lower() in _DETERMINERS
        ):
            start_k = k2 - 1
    if not _speakerish([t[2] for t in toks[start_k : i + 1]]):
        return None
    return toks[start_k][0], toks[i][1]


def _speakerish(words: list[str]) -> bool:
    """A phrase that can name a speaker: a capitalised name, a determiner phrase ("the senator", "a
    spokesman"), or a role or organisation noun ("officials"). "hiring continued" is no speaker."""
    if not words:
        return False
    if words[0].lower() in _DETERMINERS:
        return True
    for w in words:
        low = w.lower().removesuffix("’s").removesuffix("'s")
        if _is_cap(w) or low in TITLE_HEADS or low in ORG_HEADS or low.rstrip("s") in TITLE_HEADS:
            return True
    return False


def _looks_appositive(toks: list[tuple[int, int, str]]) -> bool:
    words = [t[2] for t in toks if _is_word(t[2])]
    return bool(words) and len(words) <= 25 and not any(w.lower() in SPEECH_VERBS for w in words)


def _np_after(art: _Article, pos: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase right after an inverted cue or "according to": "said Mr Blinken"."""
    toks = _tokens(art.body[pos:hi], pos)
    k = 0
    # Skip time adverbials and adverbs between the cue and the speaker: "said Tuesday", "said on Monday".
    while k < len(toks):
        low = toks[k][2].lower()
        if low in AUX_ADVERBS or low in WEEKDAYS_MONTHS or (low.endswith("ly") and toks[k][2].islower()):
            k += 1
        elif (
            low in {"on", "last", "this"} and k + 1 < len(toks) and toks[k + 1][2].lower() in WEEKDAYS_MONTHS
        ):
            k += 2
        else:
            break
    if k >= len(toks):
        return None
    first = toks[k][2]
    if first.lower() in SUBJECT_PRONOUNS:
        return toks[k][0], toks[k][1]
    if first.lower() in _NP_STOP:
        return None
    j = k
    n = 0
    while j < len(toks) and n < 9:
        t = toks[j][2]
        low = t.lower()
        if not _is_word(t):
            break
        if j > k and (low in _NP_STOP - {"of"} or low in WEEKDAYS_MONTHS or low in SPEECH_VERBS):
            break
        j += 1
        n += 1
    if j == k:
        return None
    # "said former Utah governor Michael Leavitt": lowercase modifiers are fine when the phrase has a
    # determiner or a capitalised word; "said repeatedly" is no speaker.
    if not (first.lower() in _DETERMINERS or any(_is_cap(toks[x][2]) for x in range(k, j))):
        return None
    # Don't end on "of" or a determiner.
    while j - 1 > k and toks[j - 1][2].lower() in ({"of"} | _DETERMINERS):
        j -= 1
    if j < len(toks) and toks[j][2].lower() in _FINITE_AFTER:
        # "said the candidate could be competitive": reported speech with "that" left out, not an
        # inverted "said the candidate".
        return None
    return toks[k][0], toks[j - 1][1]


# ---------------------------------------------------------------------------------------------------
# Speaker classification and resolution
# ---------------------------------------------------------------------------------------------------


def _resolve(art: _Article, att: _Attribution, last: tuple[_Attribution, int] | None) -> None:
    """Classify the speaker phrase (name, pronoun, title, organisation) and tie it to a person."""
    if att.method == "continuation":
        return
    body = art.body
    s, e = att.speaker_start, att.speaker_end
    phrase = body[s:e]
    words = phrase.split()
    low = [w.lower().strip(".,") for w in words]
    # "Stu Rothenberg of the Political Report": the name is in the part before the preposition.
    head_part = []
    for w in words:
        if w.lower() in {"of", "for", "at", "from", "with"} and head_part:
            break
        head_part.append(w)
    caps = _name_tail(head_part)
    is_pronoun = len(words) == 1 and low[0] in SUBJECT_PRONOUNS
    covered = art.person_covering(s, e)
    if is_pronoun:
        att.method = "adjacent_pronoun"
        if low[0] in {"they", "it", "we", "i"}:
            att.person = covered
            if covered is None:
                att.method = "organisation" if low[0] in {"it", "they"} else "unknown"
                att.confidence = min(att.confidence, 0.4)
            return
        gender = "m" if low[0] == "he" else "f"
        # Our own resolution wins when it found a same-gender person named in the same or the previous
        # paragraph: on news copy that beats a general-purpose coreference chain (measured on the
        # training split); otherwise the people extractor's chain is kept.
        mine = _salient_person(art, s, gender, last)
        if (
            covered is not None
            and mine is not None
            and mine != covered
            and art.last_strength in ("here", "near")
        ):
            att.person = mine
            att.confidence *= 0.8
            return
        person = covered if covered is not None else mine
        att.person = person
        if person is None:
            att.confidence = min(att.confidence, 0.3)
        else:
            if covered is None:
                _add_mention(art, person, s, e, "pronoun")
                att.confidence *= 0.8
        return
    if _is_org(words, low, caps):
        att.person = covered
        att.method = "organisation" if covered is None else att.method
        return
    if caps:
        # A proper name is in the phrase ("Republican contender Donald Trump").
        person = covered
        if person is None:
            person = art.person_by_name(caps, s)
        att.person = person
        return
    # A descriptive phrase: "the senator", "the US’s top diplomat", "a spokesman" — or a thing that
    # speaks ("the review said", "the article said"), which is no person.
    if covered is None and not _person_head(words):
        att.method = "organisation"
        att.confidence = min(att.confidence, 0.6)
        return
    if low and low[0] in _INDEFINITE:
        # An indefinite phrase introduces someone new and unnamed.
        att.person = covered
        att.method = "adjacent_title"
        att.confidence = min(att.confidence, 0.5)
        return
    att.method = "adjacent_title"
    person = covered
    if person is None:
        gender = _phrase_gender(low)
        person = _title_person(art, s, low, gender, last)
        if person is not None:
            _add_mention(art, person, s, e, "title")
            att.confidence *= 0.7
    att.person = person
    if person is None:
        att.confidence = min(att.confidence, 0.4)


_PREPOSITIONS = frozenset({"of", "for", "to", "at", "with", "from", "in", "on", "close"})


def _person_head(words: list[str]) -> bool:
    """Whether a descriptive speaker phrase is headed by a noun for a person ("the senator", "the
    Vermont senator", "the 70-year-old", "the Texan"), judged on the word before any preposition."""
    head_words = []
    for w in words:
        if w.lower() in _PREPOSITIONS:
            break
        head_words.append(w)
    if not head_words:
        return False
    head = head_words[-1].strip(",.").lower().removesuffix("’s").removesuffix("'s")
    if head in TITLE_HEADS or head.rstrip("s") in TITLE_HEADS or head.endswith("-old"):
        return True
    raw = head_words[-1]
    # Demonyms used for people: "the Texan", "the New Yorker", "the Floridian".
    return raw[:1].isupper() and (head.endswith("an") or head.endswith("er"))


def _name_tail(words: list[str]) -> list[str]:
    """The capitalised name at the end of a speaker phrase, honorifics dropped."""
    out: list[str] = []
    for w in reversed(words):
        w2 = w.strip(",")
        if w2[:1].isupper() and w2.lower() not in {"the", "a", "an", "he", "she", "they", "it"}:
            out.append(w2)
        else:
            break
    out.reverse()
    # Leading capitalised role words are not names: "Secretary of State Antony Blinken" keeps all, but
    # "The Foreign Secretary" has no name — decided by the title-head test.
    if out and all(
        w.lower().strip(".") in TITLE_HEADS or w.lower() in {"foreign", "home", "prime", "state"} for w in out
    ):
        return []
    if out and out[0].lower() in {"the"}:
        out = out[1:]
    return out


def _is_org(words: list[str], low: list[str], caps: list[str]) -> bool:
    if not words:
        return False
    if any(w.strip("’'s,") in ORG_NAMES for w in words) and not _has_person_name(caps):
        return True
    if any(w in _ORG_CAP_WORDS for w in words):
        return True
    head = low[-1].removesuffix("’s").removesuffix("'s")
    if head in ORG_HEADS and head not in TITLE_HEADS:
        return True
    return bool(
        head in {"spokesman", "spokeswoman", "spokesperson"} and len(low) > 1 and low[0] in _INDEFINITE
    )


def _has_person_name(caps: list[str]) -> bool:
    return len(caps) >= 2 and caps[-1] not in ORG_NAMES


def _phrase_gender(low: list[str]) -> str | None:
    if any(w in MALE_WORDS for w in low):
        return "m"
    if any(w in FEMALE_WORDS for w in low):
        return "f"
    return None


def _salient_person(
    art: _Article, pos: int, gender: str, last: tuple[_Attribution, int] | None
) -> int | None:
    """The person a "he"/"she" at pos most likely refers to.

    News style puts the referent as the subject of the nearest earlier sentence that names someone:
    "Bob Sutton, chairman of the county party, voiced confidence that Clinton ... / “...,” he said."
    So walk back sentence by sentence (from the pronoun's own sentence, up to the previous two
    paragraphs) and take the first compatible person named in the nearest sentence that has one.
    Mentions inside quotations are skipped (the quoted person's words), and a person of known matching
    gender beats one whose gender is unknown (often a mis-detected name). With no named person nearby,
    the previous speaker.
    """
    genders = art.genders()
    idx = art.mention_index()
    starts = art.mention_starts()
    pi_here = art.para_of(pos)
    floor = art.paras[max(0, pi_here - 2)][0]
    art.last_strength = "weak"
    fallback: int | None = None
    hi = pos
    para = pi_here
    steps = 0
    while hi > floor and steps < 15:
        steps += 1
        plo = art.paras[para][0]
        if hi <= plo:
            para -= 1
            if para < 0:
                break
            hi = art.paras[para][1]
            continue
        lo = art.sentence_start(hi - 1, plo) if hi - 1 > plo else plo
        if (unnamed := new_unnamed_person_at(art.body, lo)) is not None and unnamed.start() < pos and \
                UNNAMED_PERSON_GENDER[unnamed.group(2)] == gender:
            return None  # "A Rhode Island man called ... “...,” he wrote": someone the article does not name
        j = bisect.bisect_left(starts, lo)
        exact: list[tuple[int, int, int]] = []  # (start, end, person) of same-gender mentions
        possessive: list[int] = []
        while j < len(idx) and idx[j][0] < hi:
            ms, me, pi, method = idx[j]
            j += 1
            if art.in_quote(ms):
                continue
            if method == "pronoun" and art.body[ms:me].lower() not in (
                PRONOUNS_MALE if gender == "m" else PRONOUNS_FEMALE
            ):
                continue
            g = genders[pi]
            mg = _honorific_gender(art.body[ms:me])
            if mg is not None and g != mg:
                # "Mrs. Clinton" filed under Bill: the honorific in the text decides.
                alt = art.namesake(art.body[ms:me].split()[-1], mg)
                if alt is not None:
                    pi, g = alt, mg
            if g is not None and g != gender and method == "surname":
                # A bare surname shared by two people ("Trump": Donald or Ivanka): the people
                # extractor may have given it to the wrong one; take the namesake of the right gender.
                alt = art.namesake(art.body[ms:me], gender)
                if alt is not None:
                    pi, g = alt, gender
            if g == gender:
                # "Mr. Trump's campaign chairman, Paul Manafort": a possessor is rarely the subject.
                if art.body[me : me + 2] in ("'s", "’s"):
                    possessive.append(pi)
                else:
                    exact.append((ms, me, pi))
            elif g is None and fallback is None:
                fallback = pi
        if exact or possessive:
            art.last_strength = "here" if para == pi_here else "near"
            if len({e[2] for e in exact}) > 1:
                # Several candidates: the one speaking in that sentence ("Trump, Sexton said, has
                # created ...") beats the first named.
                sp = _sentence_speaker(art, lo, hi, exact)
                if sp is not None:
                    return sp
            return exact[0][2] if exact else possessive[0]
        if lo <= plo:
            para -= 1
            if para < 0:
                break
            hi = art.paras[para][1]
        else:
            hi = lo
    if last is not None and last[0].person is not None and last[1] >= pi_here - 1:
        lp = last[0].person
        if genders[lp] in (gender, None):
            return lp
    return fallback


def _honorific_gender(text: str) -> str | None:
    first = text.split(" ", 1)[0].lower() if " " in text else ""
    if first in MALE_HONORIFICS:
        return "m"
    if first in FEMALE_HONORIFICS:
        return "f"
    return None


def _sentence_speaker(art: _Article, lo: int, hi: int, cands: list[tuple[int, int, int]]) -> int | None:
    """The candidate who is the subject of a speech cue in body[lo:hi], if any."""
    body = art.body
    for m in _cues(body, lo, hi):
        if art.in_quote(m.start()) or _nominal_use(body, m.start()):
            continue
        subj = _subject_before(art, lo, m.start())
        if subj is None:
            continue
        for ms, me, pi in cands:
            if ms < subj[1] and me > subj[0]:
                return pi
    return None


def _recent_mention(art: _Article, person: int, pos: int, pi_here: int) -> bool:
    lo = art.paras[max(0, pi_here - 2)][0]
    return any(lo <= ms < pos and pi == person for ms, _me, pi, _m in art.mention_index())


def _title_person(
    art: _Article, pos: int, low: list[str], gender: str | None, last: tuple[_Attribution, int] | None
) -> int | None:
    """The person a role phrase ("the senator") refers to: one whose stated roles share the head word,
    else the last speaker, else the most recently mentioned person."""
    head = low[-1].removesuffix("’s").removesuffix("'s") if low else ""
    genders = art.genders()
    role_match = []
    for pi, p in enumerate(art.people):
        words = {w.lower() for r in p.roles for w in r.split()}
        if head and head in words:
            role_match.append(pi)
    if len(role_match) == 1:
        return role_match[0]
    cands = set(role_match)
    best = None
    for ms, _me, pi, method in art.mention_index():
        if ms >= pos:
            break
        if method == "pronoun" or art.in_quote(ms):
            continue
        if cands and pi not in cands:
            continue
        if gender is None or genders[pi] in (gender, None):
            best = pi
    if last is not None and last[0].person is not None and (not cands or last[0].person in cands):
        if last[1] >= art.para_of(pos) - 1:
            return last[0].person
    return best


def _add_mention(art: _Article, person: int, s: int, e: int, method: str) -> None:
    """Record a pronoun or title mention we resolved ourselves on the person, once."""
    p = art.people[person]
    if any(m.start == s and m.end == e for m in p.mentions):
        return
    # Keep the person's mentions in text order for the later stages.
    bisect.insort(p.mentions, Mention(s, e, art.body[s:e], method), key=lambda m: (m.start, m.end))
    art._mention_index = None
    art._mention_starts = None


# ---------------------------------------------------------------------------------------------------
# Kinds, scare quotes and titles
# ---------------------------------------------------------------------------------------------------


def _kind(art: _Article, raw: RawQuote, text: str) -> str:
    """ "full" when a sentence (or more) is quoted: it starts with a capital and either opens its
    sentence or follows a colon or comma introduction; else "partial"."""
    first = text.lstrip("'‘ ….[(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return "partial"
    lo = raw.para_start
    before = art.body[lo : raw.open_mark].rstrip()
    if not before or before[-1] in '.!?:,—–-"”':
        return "full"
    # "Mr Cleverly said “I don’t take ministers on visits with me”": a sentence quoted after its cue.
    if len(text.split()) >= 4 and _cues(before, max(0, len(before) - 25), len(before)):
        return "full"
    return "partial"


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text)]
    if not words:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(content) and all(w[:1].isupper() for w in content) and words[0][:1].isupper()


def _is_title_of_work(art: _Article, raw: RawQuote, text: str, att: _Attribution | None) -> bool:
    """Titles of books, shows and films: Title Case and introduced by a work noun ("his book “The Art of
    the Deal”"), a possessive ("CBS’s “Face the Nation”") or "on"/"in" ("said on “Meet the Press”")."""
    stripped = text.rstrip(",.;: ")
    if not _is_title_case(stripped) or len(stripped.split()) > 12:
        return False
    if stripped[-1:] in "!?":
        return False
    body = art.body
    pre = body[max(raw.para_start, raw.open_mark - 40) : raw.open_mark]
    pre_words = re.findall(r"[\w’']+", pre.lower())
    prev = pre_words[-1] if pre_words else ""
    if prev in WORK_CUES or (
        len(pre_words) > 1 and pre_words[-2] in WORK_CUES and prev in {"the", "a", "his", "her", "called"}
    ):
        return True
    if prev in {"on", "in", "titled", "entitled"} or prev.endswith("’s") or prev.endswith("'s"):
        return True
    if att is not None and att.where == "trail" and text.rstrip()[-1:] in ",!?":
        # "“Safety,” said Grimm": a one-word answer, not a title.
        return False
    if att is not None and att.explicit and att.cue is not None and att.where != "context":
        # "Trump called her “Miss Piggy”", "Trump proclaimed a goal of “Peace Through Strength.”": a
        # speaker's own words, even in Title Case.
        return False
    if prev in {"called", "named", "dubbed"}:
        return True
    if len(stripped.split()) <= 6 and text.rstrip()[-1:] not in "!?":
        return True
    return att is None and not stripped.endswith(".")


def _is_scare(art: _Article, raw: RawQuote, text: str, n_words: int, att: _Attribution | None) -> bool:
    """Scare quotes: a few words in marks with no speech cue in their sentence. A short exclamation or
    sentence ("Okay, great!") is speech even without a cue."""
    if n_words > 3:
        return False
    if att is not None and att.explicit:
        return False
    t = text.rstrip("\"”’' ")
    if t[:1].isupper() and t[-1:] in ".!?" and (n_words >= 2 or t[-1:] in "!?"):
        return False
    sent_lo = art.sentence_start(raw.open_mark, raw.para_start)
    after = raw.close_mark if raw.close_mark is not None else raw.end
    sent_hi = art.sentence_end(after, raw.para_end)
    cues = [m for m in _cues(art.body, sent_lo, sent_hi, _ANY_CUE_VOCAB) if not art.in_quote(m.start())]
    if any(_labelled_passive(art.body, m) for m in cues):
        # "was accused of being a “Chinese stooge”": a label pinned on someone.
        return True
    if cues:
        # A speech word in the sentence only makes it speech when someone is saying it: a speaker was
        # found, or one of the cues has a subject that can speak.
        if att is not None:
            return False
        for m in cues[:6]:
            if _subject_before(art, sent_lo, m.start()) is not None:
                return False
        return True
    # No speech cue in the sentence: a scare quote, even when a person is its subject.
    return not cues


_LABEL_VERBS = frozenset(
    """accused called labeled labelled branded dubbed described termed nicknamed
    derided ridiculed mocked criticized criticised""".split()
)


def _labelled_passive(body: str, m: re.Match[str]) -> bool:
    """ "was accused of being a “Chinese stooge”", "has been branded a “traitor”": a label pinned on the
    subject, the classic scare quote, even when the cue word is there."""
    return m.group() in _LABEL_VERBS and _nominal_use(body, m.start())
