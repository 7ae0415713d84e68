"""Find the spans enclosed by double quotation marks in an article body.

Private helper of ``quotes.py``. News copy is messy: straight and curly marks are mixed ("mis-typed
pairs" such as “no evidence"), two apostrophes stand in for a double mark, closing marks go missing at
the end of a paragraph, and a quotation running over several paragraphs repeats the opening mark at
the start of each paragraph but closes only in the last one. Single quotes are never treated as
quotation marks here: inside a quotation they are a quote within the quote, and outside one they are
far more often apostrophes than quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Any double mark, or two apostrophes / backticks used as one ('' and ``).
_MARK_RE = re.compile(r"[\"“”„‟«»″]|''|``")
_OPENERS = frozenset("“„‟«")
_CLOSERS = frozenset("”»")
_PARA_RE = re.compile(r"\n\s*\n")


@dataclass(slots=True)
class RawQuote:
    """A quoted span: ``start``/``end`` are the words inside the marks (whitespace trimmed)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset just after the closing mark; None when the quote is unclosed
    para_start: int  # paragraph containing the opening mark
    para_end: int  # end of the paragraph containing the last quoted character
    multi: bool = False  # runs over several paragraphs


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty paragraph; paragraphs are separated by blank lines."""
    out = []
    pos = 0
    for m in _PARA_RE.finditer(body):
        if body[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if body[pos:].strip():
        out.append((pos, len(body)))
    return out


def _role(text: str, i: int, j: int, lo: int, hi: int) -> str:
    """Guess whether the mark text[i:j] opens or closes, from what flanks it.

    Returns "open", "close" or "either". Whitespace (or the paragraph edge, or an opening bracket or
    dash) before and a word character after means opening; the mirror image means closing.
    """
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    left_space = before.isspace() or before in "([{—–-/"
    right_space = after.isspace() or after in ".,;:!?)]}—–-/…"
    if left_space and not right_space:
        return "open"
    if right_space and not left_space:
        return "close"
    return "either"


def _mark_kind(mark: str, role: str) -> str:
    """Combine the glyph with its context. Context wins over the glyph: a ” with a space before and
    a letter after is an opening mark typed wrongly."""
    if role != "either":
        return role
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    return "either"


def find_quoted_spans(body: str) -> list[RawQuote]:
    """Every double-quoted span in the body, with multi-paragraph quotations merged into one."""
    paras = paragraphs(body)
    # Per paragraph: a list of (kind, mark_start, mark_end).
    marks_per_para: list[list[tuple[str, int, int]]] = []
    for lo, hi in paras:
        marks = []
        for m in _MARK_RE.finditer(body, lo, hi):
            i, j = m.start(), m.end()
            role = _role(body, i, j, lo, hi)
            if role == "either" and i == lo:
                role = "open"  # a paragraph never starts by closing a quotation: ” … they are
            marks.append((_mark_kind(m.group(), role), i, j))
        marks_per_para.append(marks)

    out: list[RawQuote] = []
    # A quotation left open at the end of a paragraph continues when the next paragraph opens with a
    # mark (the multi-paragraph convention); `carry` holds its opening mark and first paragraph.
    carry: tuple[int, int, int] | None = None  # (open_mark, content_start, para_start)
    for pi, (lo, hi) in enumerate(paras):
        marks = marks_per_para[pi]
        open_at: tuple[int, int, int] | None = None
        k = 0
        if carry is not None:
            # The next paragraph opens with a mark: drop that mark and keep the quote open.
            if marks and marks[0][1] == lo and marks[0][0] != "close":
                open_at = carry
                k = 1
            else:
                # A leading mark read as a close ("” He said" is rare); otherwise the quote ended
                # with its paragraph.
                _emit_unclosed(body, out, carry, paras[pi - 1][1])
            carry = None
        while k < len(marks):
            kind, i, j = marks[k]
            k += 1
            if open_at is None:
                if kind == "close":
                    continue  # a stray closing mark: ignore it
                open_at = (i, j, lo)
                continue
            if kind == "open" and _looks_empty(body, open_at[1], i):
                open_at = (open_at[0], j, open_at[2])  # a doubled opening mark (““): keep it open
                continue
            if kind == "open":
                nested_end = _nested_pair(body, marks, k - 1, open_at[0])
                if nested_end is not None:
                    # A quote within the quote in the other glyph family ("... isn’t about “Equal
                    # Justice” anymore," with straight outer marks): skip the inner pair.
                    k = nested_end + 1
                    continue
                # Another opening mark while a quote is open: the earlier quote was left unclosed
                # (or mis-typed). Close it before this mark and start a new one.
                _emit(body, out, open_at, i, None, hi)
                open_at = (i, j, lo)
                continue
            _emit(body, out, open_at, i, j, hi)
            open_at = None
        if open_at is not None:
            nxt = pi + 1
            if (
                nxt < len(paras)
                and marks_per_para[nxt]
                and marks_per_para[nxt][0][1] == paras[nxt][0]
                and marks_per_para[nxt][0][0] != "close"
            ):
                carry = open_at
            else:
                _emit_unclosed(body, out, open_at, hi)
    if carry is not None:
        _emit_unclosed(body, out, carry, paras[-1][1])
    return [q for q in out if q.end > q.start]


def _family(mark: str) -> str:
    return "straight" if mark in "\"''″`" else "curly"


def _nested_pair(body: str, marks: list[tuple[str, int, int]], k: int, outer_open: int) -> int | None:
    """Index of the mark closing a nested quotation that opens at marks[k], when that opener belongs to
    the other glyph family than the outer opening mark and both the inner close and an outer close
    follow in the paragraph; else None."""
    outer = _family(body[outer_open])
    inner_open = marks[k]
    if _family(body[inner_open[1]]) == outer:
        return None
    for n in range(k + 1, len(marks)):
        kind, i, _j = marks[n]
        if _family(body[i]) == outer:
            return None  # the outer quotation closes first: not nested
        if kind != "open":
            # Inner closed; an outer closing mark must still follow.
            for kind2, i2, _j2 in marks[n + 1 :]:
                if _family(body[i2]) == outer and kind2 != "open":
                    return n
            return None
    return None


def _looks_empty(body: str, a: int, b: int) -> bool:
    return not body[a:b].strip()


def _emit(
    body: str,
    out: list[RawQuote],
    open_at: tuple[int, int, int],
    close_start: int,
    close_end: int | None,
    para_end: int,
) -> None:
    open_mark, s, para_start = open_at
    e = close_start
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    multi = "\n\n" in body[s:e]
    out.append(RawQuote(s, e, open_mark, close_end, para_start, para_end, multi))


def _emit_unclosed(body: str, out: list[RawQuote], open_at: tuple[int, int, int], para_end: int) -> None:
    _emit(body, out, open_at, para_end, None, para_end)
