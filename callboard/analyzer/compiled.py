"""The compiled data (lexicons, lemma tables, goal weights) kept between processes, so that a new process starts fast.

Compiling the YAML lexicons and parsing the lemma and weight tables takes about a second, most of the cold start
(docs/benchmarks.md). The compiled objects are pickled into the user's cache folder under the analyzer's version,
which is a digest of every data file and of the analyzer's code: an edit to either compiles afresh. Only what
compiled without a problem is stored; a cache file that cannot be read or written is ignored (the data is compiled
as before), so the cache can make the start faster but never change what the analyzer reads.

`CALLBOARD_CACHE_DIR` names another folder; `CALLBOARD_CACHE_DIR=off` turns the cache off. The files are read
with pickle, which trusts them: they are written by this module into the user's own folder.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from platformdirs import user_cache_dir

T = TypeVar("T")
ENV = "CALLBOARD_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where the compiled data is kept, or None when the cache is off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in {"", "off", "0", "no"} else Path(chosen)
    return Path(user_cache_dir("callboard", appauthor=False)) / "compiled"


def _path(name: str) -> Path | None:
    from callboard.analyzer.lexicon import DATA_DIR, data_dir
    from callboard.analyzer.version import ANALYZER_VERSION

    folder = cache_dir()
    if folder is None or data_dir() != DATA_DIR:  # a test's own data folder is compiled every time
        return None
    return folder / f"{name}-{ANALYZER_VERSION}.pickle"


def compiled(name: str, build: Callable[[], T]) -> T:
    """What build() returns, read from the cache when it holds this version's; stored there otherwise."""
    path = _path(name)
    if path is not None:
        collecting = gc.isenabled()
        gc.disable()  # the collector would walk the objects read so far again and again: twice the time
        try:
            with path.open("rb") as f:
                value: T = pickle.load(f)
            return value
        except Exception:  # missing, torn or foreign: compile again and write it over
            pass
        finally:
            if collecting:
                gc.enable()
    value = build()  # raises DataError on bad data: nothing is stored then
    if path is not None:
        _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written whole under another name, then renamed: a process reading at the same time sees all or nothing
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
    except OSError:  # a read-only or full disk: the next process compiles again
        return
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    # the files of older versions of the same data are of no further use
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*.pickle"):
        if old != path and old.name.rsplit("-", 1)[0] == stem:
            with contextlib.suppress(OSError):
                old.unlink()
