"""The compiled data kept between processes: read back equal to what compiling gives, never in the way."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from callboard import analyze
from callboard.analyzer import compiled, goal_model, lexicon, tokens
from callboard.analyzer.version import ANALYZER_VERSION

LOADERS = (lexicon.load_lexicon, tokens.lemma_table, goal_model.load_model)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and every compiled object of this process forgotten (restored afterwards)."""
    folder = tmp_path / "compiled"
    monkeypatch.setenv(compiled.ENV, str(folder))
    forget()
    yield folder
    forget()


def forget() -> None:
    """This process's compiled objects dropped: the next load reads the cache folder (or compiles)."""
    for loader in LOADERS:
        loader.cache_clear()


def test_what_is_read_back_equals_what_compiling_gives(cache: Path) -> None:
    fresh = lexicon.load_lexicon("pl")
    names = sorted(p.name for p in cache.iterdir())
    assert names == [f"lemmas-pl-{ANALYZER_VERSION}.pickle", f"lexicon-pl-{ANALYZER_VERSION}.pickle"]
    forget()
    kept = lexicon.load_lexicon("pl")
    assert kept is not fresh
    assert kept == fresh == lexicon.compile_lexicon("pl")
    assert kept.by_pair == fresh.by_pair and kept.by_prefix == fresh.by_prefix
    assert tokens.lemma_table("pl") == tokens.read_lemma_table("pl")


def test_an_ad_reads_the_same_from_the_kept_data(cache: Path) -> None:
    ads = [
        ("Konsultant/ka infolinii – obsługa połączeń przychodzących, umowa o pracę, 5200 zł brutto", None),
        ("Оператор колл-центра: входящие звонки, график 2/2, опыт не обязателен, от 45 000 руб.", None),
        ("Customer service advisor, inbound calls and live chat, £24k, hybrid (2 days in the office)", None),
    ]
    first = [analyze(text, title=title).to_dict() for text, title in ads]
    assert len(list(cache.glob("*.pickle"))) == 7  # three lexicons, three lemma tables, the goal model
    forget()
    assert [analyze(text, title=title).to_dict() for text, title in ads] == first


def test_a_torn_file_is_compiled_again_and_written_over(cache: Path) -> None:
    lexicon.load_lexicon("en")
    path = cache / f"lexicon-en-{ANALYZER_VERSION}.pickle"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    forget()
    assert lexicon.load_lexicon("en") == lexicon.compile_lexicon("en")
    assert path.read_bytes() == whole


def test_files_of_another_version_are_removed(cache: Path) -> None:
    cache.mkdir()
    old = cache / "lexicon-ru-1.0.0+000000000000.pickle"
    other = cache / "lemmas-ru-1.0.0+000000000000.pickle"
    old.write_bytes(b"old")
    other.write_bytes(b"old")
    lexicon.load_lexicon("ru")
    assert not old.exists() and not other.exists()
    assert (cache / f"lexicon-ru-{ANALYZER_VERSION}.pickle").exists()


def test_the_cache_turned_off_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(compiled.ENV, "off")
    assert lexicon.load_lexicon("en").entries
    assert not cache.exists()


def test_a_folder_that_cannot_be_written_is_no_error(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = cache.parent / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(compiled.ENV, str(blocker / "compiled"))
    assert lexicon.load_lexicon("en") == lexicon.compile_lexicon("en")


def test_a_new_process_reads_the_kept_data(cache: Path) -> None:
    code = "import callboard; print(callboard.analyze('Konsultant infolinii, umowa o pracę').role)"
    env = {**os.environ, compiled.ENV: str(cache)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    stamps = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert again.stdout == first.stdout and first.stdout.strip()
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == stamps  # read, not written again
