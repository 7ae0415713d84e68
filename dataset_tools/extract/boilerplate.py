"""Page furniture inside article bodies that no extractor should read as the article's own text: related-link
cards, photo galleries' repeated titles and embedded video players.

Some news sites glue a card of related links after the first mention of a politician; scraped into plain
text it reads "... Sen. Tim Scott Timothy (Tim) Eugene ScottThe Hill's Morning Report - Presented by
Facebook - Trump tweets as tensions escalate across US This week: Senate reconvenes as protests roil
nation amid pandemic MORE (R-S.C.) said ...". The headlines between the glued name and "MORE" hold
verbs ("tweets", "reconvenes"), dates ("This week") and names of other people that are no part of the
story. Photo galleries repeat their title before every caption ("Photos: Moments from Ted Cruz's career Cruz
holds up the hand of ..."; some pages double the label: "Photos: Photos: New York elects new mayor ..."),
which read as one more event and a person "Photos" each time. Video players print the clip's title twice
("JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:36"). ``mask_boilerplate`` blanks them out
(same length, so every offset still indexes the body).
"""

from __future__ import annotations

import os.path
import re

# Where a name has the card's first headline glued on: "TrumpFauci says", "PelosiThe Hill's", "DeSantisTrump".
_GLUE_RE = re.compile(r"[a-z](?=[A-Z])")
_WORD_START_RE = re.compile(r"[A-Za-z'’-]*$")
_CARD_END = " MORE"
_MAX_CARD = 700  # characters from the glued name to "MORE"; real cards hold three headlines


def link_cards(body: str) -> list[tuple[int, int]]:
    """Spans of the headline cards: from the second letter of the first headline to the end of "MORE".

    A card is recognised only when the glued word is the name written just before it (the card
    repeats the person's name: "Donald John TrumpFauci ...") and "MORE" closes it on the same line,
    so camel-case names ("McConnell", "DeSantis") and words ("YouTube") are never taken for one."""
    if _CARD_END not in body:
        return []
    spans: list[tuple[int, int]] = []
    for glue in _GLUE_RE.finditer(body):
        name_end = glue.end()
        if spans and name_end < spans[-1][1]:
            continue
        word = _WORD_START_RE.search(body, max(0, name_end - 40), name_end)
        name = word.group() if word else ""
        # every camel-case split is tried: in "DeSantisTrump" the name is "DeSantis", not "De"
        if not name[:1].isupper() or not re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])",
                                                   body[max(0, name_end - len(name) - 80) : name_end - len(name)]):
            continue
        end = body.find(_CARD_END, name_end, name_end + _MAX_CARD)
        if end < 0 or "\n" in body[name_end:end]:
            continue
        # The headline's first letter stays: glued to the name it still tells the people extractor that
        # the name before it is a card's repeat ("Donald John TrumpF"), which is no mention.
        spans.append((name_end + 1, end + len(_CARD_END)))
    return spans


# "Photos: " once or twice (some pages double it) before a gallery's title
_GALLERY_LABEL_RE = re.compile(r"(?:Photos: )+")


def gallery_titles(body: str) -> list[tuple[int, int]]:
    """Spans of a photo gallery's title repeated before every caption ("Photos: Moments from Ted Cruz's career
    Cruz holds up ...", "Photos: Photos: New York elects new mayor New York votes for mayor – ..."): the
    longest run of whole words that follows every "Photos: " label of one gallery, with the label. Labels
    belong to one gallery when their first two words agree (a page may hold several galleries), and a
    gallery needs at least two, so the common part is the title and not a caption."""
    galleries: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}
    for m in _GALLERY_LABEL_RE.finditer(body):
        text = body[m.end() : m.end() + 200].split("\n", 1)[0]
        galleries.setdefault(tuple(text.split()[:2]), []).append((m.start(), m.end(), text))
    spans = []
    for key, labels in galleries.items():
        if len(key) < 2 or len(labels) < 2:
            continue
        common = os.path.commonprefix([text for _, _, text in labels])  # noqa: RUF071 - characters are meant
        whole = all(len(t) == len(common) or t[len(common)] == " " for _, _, t in labels)
        title = common if whole else common.rsplit(" ", 1)[0]
        if len(title.split()) >= 2:
            spans += [(start, end + len(title)) for start, end, _ in labels]
    return sorted(spans)


# A video player's text: "JUST WATCHED Judges grill lawyers during travel ban hearing Replay More Videos ...
# MUST WATCH Judges grill lawyers during travel ban hearing 02:36" — the clip's title twice and its length.
_VIDEO_PLAYER_RE = re.compile(
    r"JUST WATCHED (?P<title>[^\n]{1,250}?) Replay More Videos \.\.\. MUST WATCH (?P=title) \d{1,2}(?::\d{2}){1,2}")


def video_players(body: str) -> list[tuple[int, int]]:
    """Spans of embedded video players, whose clip titles read as headlines ("Congressional committee subpoenas
    Clinton emails") and whose buttons glue onto names ("Rebirth of Mitt Replay More Videos")."""
    if "JUST WATCHED" not in body:
        return []
    return [m.span() for m in _VIDEO_PLAYER_RE.finditer(body)]


def mask_boilerplate(body: str) -> tuple[str, list[tuple[int, int]]]:
    """The body with every card, repeated gallery title and video player blanked by spaces (offsets unchanged),
    and their spans."""
    spans = sorted(link_cards(body) + gallery_titles(body) + video_players(body))
    if not spans:
        return body, spans
    parts, last = [], 0
    for start, end in spans:
        parts += [body[last:start], " " * (end - start)]
        last = end
    parts.append(body[last:])
    return "".join(parts), spans
