"""Read stage: a folder of seed articles in, parsed articles (or located problems) out.

A seed file is UTF-8 text: ` date YYYY-MM-DD ` and then the body. The body is exactly the text after the
header, with a byte-order mark dropped and CRLF turned into LF, so that offsets into it agree with
anyone else reading the same file (the benchmarks in ../shared/bench do the same).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dataset_tools.errors import InputError, Problem

# Whitespace is tolerated before the header and around the date; after the date, either a run of spaces
# and tabs or one line break ends the header. The canonical header ` date 2023-06-20 ` thus leaves the
# body starting right after the single space that follows the date.
HEADER = re.compile(r"\A[ \t\r\n]*date[ \t]+(\S+?)(?:[ \t]*\n|[ \t]+|\Z)")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ARTICLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Control characters other than tab, line feed and carriage return: a stray one (an escape pasted from
# a terminal) is carried through, but many of them mean the file is not text. NUL bytes always do.
BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BINARY_TOLERANCE = 8
SEED_SUFFIX = ".txt"
# Row ids carry offsets as 7 digits so that they sort in text order (see assemble.py).
MAX_BODY_CHARS = 9_999_999


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    published: date
    body: str
    sha256: str  # of the file's bytes, so a changed file is noticed even if its body parses the same

    @property
    def word_count(self) -> int:
        return len(self.body.split())


def parse_seed(data: bytes, path: str) -> tuple[Article | None, list[Problem]]:
    """Parse one seed file's bytes; return the article, or None and every problem found."""
    article_id = Path(path).stem
    problems: list[Problem] = []
    if not ARTICLE_ID.fullmatch(article_id):
        problems.append(Problem(path, None, "seed.bad-id",
                                f"article id {article_id!r} (the file name) must be letters, digits, '.', '_' "
                                "or '-', starting with a letter or digit"))
    if b"\x00" in data:  # NUL bytes: binary, whether or not the rest happens to decode
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        problems.append(Problem(path, line, "seed.binary", "binary content: NUL byte"))
        return None, problems
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, "seed.not-utf8",
                                f"not UTF-8 text: byte 0x{data[exc.start]:02x} at byte offset {exc.start}"))
        return None, problems
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    controls = BINARY.findall(text)
    if len(controls) > max(BINARY_TOLERANCE, len(text) // 100):
        first = BINARY.search(text)
        assert first is not None
        line = text.count("\n", 0, first.start()) + 1
        problems.append(Problem(path, line, "seed.binary", f"binary content: {len(controls)} control "
                                f"characters, the first U+{ord(first.group()):04X}"))
        return None, problems
    header = HEADER.match(text)
    if not header:
        first = text.lstrip().split("\n", 1)[0][:40]
        problems.append(Problem(path, 1, "seed.no-header",
                                f"no ' date YYYY-MM-DD ' header at the start (found {first!r})"))
        return None, problems
    raw_date = header.group(1)
    line = text.count("\n", 0, header.start(1)) + 1
    published = None
    if not ISO_DATE.fullmatch(raw_date):
        problems.append(Problem(path, line, "seed.bad-date", f"date {raw_date!r} is not YYYY-MM-DD"))
    else:
        try:
            published = date.fromisoformat(raw_date)
        except ValueError:
            problems.append(Problem(path, line, "seed.impossible-date", f"date {raw_date} does not exist"))
    body = text[header.end():]
    if len(body) > MAX_BODY_CHARS:
        problems.append(Problem(path, line, "seed.too-long",
                                f"the body has {len(body):,} characters; at most {MAX_BODY_CHARS:,} are allowed"))
    if not body.strip():
        problems.append(Problem(path, line, "seed.empty-body", "the article has no body after the header"))
    if problems or published is None:
        return None, problems
    digest = hashlib.sha256(data).hexdigest()
    return Article(article_id, published, body, digest), []


def seed_files(folder: Path) -> Iterator[Path]:
    """Every file under the folder, sorted, hidden files and folders excluded."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


@dataclass(frozen=True, slots=True)
class SeedFile:
    """A seed that parsed cleanly, without its body: a build holds these for every article and loads
    the bodies a batch at a time, so memory does not grow with the corpus."""

    article_id: str
    path: Path
    published: date
    sha256: str

    def load(self) -> Article:
        """The article, read again; a file changed since it was scanned is an error, not a silent mix."""
        data = self.path.read_bytes()
        article, problems = parse_seed(data, str(self.path))
        if article is None or article.sha256 != self.sha256:
            raise InputError(problems or [Problem(str(self.path), None, "seed.changed",
                                                  "the file changed while the build was running")])
        return article


def scan_seeds(folder: Path) -> tuple[list[SeedFile], list[Problem]]:
    """Check every seed under ``folder``: the good ones sorted by id (bodies not kept), and every problem."""
    if not folder.is_dir():
        return [], [Problem(str(folder), None, "seed.no-folder", "seeds folder does not exist")]
    good: dict[str, SeedFile] = {}
    problems: list[Problem] = []
    first_path: dict[str, str] = {}
    for path in seed_files(folder):
        if path.suffix != SEED_SUFFIX:
            problems.append(Problem(str(path), None, "seed.not-txt",
                                    f"not a seed file: seed files end in {SEED_SUFFIX}"))
            continue
        article, found = parse_seed(path.read_bytes(), str(path))
        problems.extend(found)
        stem = path.stem
        if stem in first_path:
            problems.append(Problem(str(path), None, "seed.duplicate-id",
                                    f"article id {stem!r} is also used by {first_path[stem]}"))
            good.pop(stem, None)  # neither file is the article: the contributor must choose
            continue
        first_path[stem] = str(path)
        if article is not None:
            good[stem] = SeedFile(stem, path, article.published, article.sha256)
    if not first_path and not problems:
        problems.append(Problem(str(folder), None, "seed.empty-folder", "no seed files (*.txt) in the folder"))
    return [good[k] for k in sorted(good)], sorted(problems)


def read_seeds(folder: Path) -> tuple[list[Article], list[Problem]]:
    """Read every seed under ``folder``: the good articles sorted by id, and every problem found."""
    files, problems = scan_seeds(folder)
    return [f.load() for f in files], problems


def load_seeds(folder: Path) -> list[Article]:
    """Read every seed; raise InputError listing every problem if any file is bad."""
    articles, problems = read_seeds(folder)
    if problems:
        raise InputError(problems)
    return articles
