from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dataset_tools.errors import InputError
from dataset_tools.seeds import load_seeds, parse_seed, read_seeds
from tests.conftest import write_seeds


def test_reads_canonical_seed_and_keeps_offsets() -> None:
    article, problems = parse_seed(" date 2023-06-20 Body “text”.\n\nSecond.".encode(), "x/abc.txt")
    assert problems == []
    assert article is not None
    assert article.article_id == "abc"
    assert article.published == date(2023, 6, 20)
    assert article.body == "Body “text”.\n\nSecond."
    assert article.word_count == 3


def test_bom_crlf_and_whitespace_around_header_are_tolerated() -> None:
    data = "\ufeff\n  date 2023-06-20 \r\nFirst line.\r\n\r\nSecond.".encode()
    article, problems = parse_seed(data, "a.txt")
    assert problems == []
    assert article is not None
    assert article.body == "First line.\n\nSecond."


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        (b"No header here.", "seed.no-header", 1),
        (b" date 2023-02-30 Body.", "seed.impossible-date", 1),
        (b" date 20230220 Body.", "seed.bad-date", 1),
        (b" date 2023-06-20    \n  \n", "seed.empty-body", 1),
        (b" date 2023-06-20 caf\xe9 au lait", "seed.not-utf8", 1),
        (b" date 2023-06-20 line one\nline two \x00\x01\x02", "seed.binary", 2),
    ],
)
def test_bad_seed_gets_a_located_error(content: bytes, code: str, line: int) -> None:
    article, problems = parse_seed(content, "seeds/bad.txt")
    assert article is None
    assert [(p.path, p.code, p.line) for p in problems] == [("seeds/bad.txt", code, line)]


def test_every_bad_file_is_reported_in_one_run(tmp_path: Path) -> None:
    folder = write_seeds(tmp_path / "s", {
        "good.txt": " date 2023-06-20 Fine.",
        "nohead.txt": "Fine.",
        "baddate.txt": " date 2023-13-01 Fine.",
        "sub/good.txt": " date 2023-06-21 Same id as the first.",
        "notes.md": "not a seed",
        "bin.txt": b"\x89PNG\r\n\x1a\n\x00\x00",
        ".hidden.txt": "ignored",
    })
    articles, problems = read_seeds(folder)
    codes = sorted((Path(p.path).name, p.code) for p in problems)
    assert codes == [
        ("baddate.txt", "seed.impossible-date"),
        ("bin.txt", "seed.binary"),
        ("good.txt", "seed.duplicate-id"),
        ("nohead.txt", "seed.no-header"),
        ("notes.md", "seed.not-txt"),
    ]
    assert articles == []  # both files claiming id "good" are withheld
    with pytest.raises(InputError) as raised:
        load_seeds(folder)
    assert len(raised.value.problems) == 5
    assert "nohead.txt:1" in str(raised.value)


def test_empty_and_missing_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert [p.code for p in read_seeds(tmp_path / "empty")[1]] == ["seed.empty-folder"]
    assert [p.code for p in read_seeds(tmp_path / "missing")[1]] == ["seed.no-folder"]


def test_articles_are_sorted_by_id(seeds: Path) -> None:
    assert [a.article_id for a in load_seeds(seeds)] == ["a1", "a2"]


def test_a_stray_control_character_is_text_but_many_are_binary() -> None:
    article, problems = parse_seed(b" date 2023-06-20 Pasted \x1b[0m from a terminal.", "a.txt")
    assert problems == [] and article is not None and "\x1b" in article.body
    _, problems = parse_seed((" date 2023-06-20 x\n" + "\x01\x02\x03" * 5).encode(), "b.txt")
    assert [(p.code, p.line) for p in problems] == [("seed.binary", 2)]
