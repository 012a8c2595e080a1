"""The analyzer's version, stored beside every profile: its release and a digest of its code and data files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from callboard.analyzer.lexicon import data_dir

RELEASE = "1.1.0"
# what makes a profile besides the code: every data file but the demo ads, the search folding and the bench generator
NOT_ANALYZER_DATA = frozenset({"demo", "search", "generator.yaml"})


def content_digest(paths: Iterable[Path], root: Path) -> str:
    """A digest of the files' names (relative to root) and bytes, in name order."""
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


PACKAGE = Path(__file__).resolve().parent.parent  # callboard/


def _analyzer_files() -> list[Path]:
    code = [*(PACKAGE / "analyzer").glob("*.py"), PACKAGE / "profile.py"]
    data = data_dir()
    return code + [p for p in data.rglob("*") if p.is_file() and p.relative_to(data).parts[0] not in NOT_ANALYZER_DATA]


# Stored beside every profile: the release and a digest of the analyzer's code and data, so that any change to a
# lexicon, a rule or the goal weights makes `callboard reanalyze` recompute the profiles it would read otherwise
# (a number bumped by hand was forgotten for a month of changes).
ANALYZER_VERSION = f"{RELEASE}+{content_digest(_analyzer_files(), PACKAGE)}"
