"""The documentation runs: the README's Python session and the package docstring are doctests."""

from __future__ import annotations

import doctest
from pathlib import Path

import callboard

ROOT = Path(__file__).resolve().parent.parent


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_package_docstring_examples() -> None:
    result = doctest.testmod(callboard)
    assert result.attempted > 0 and result.failed == 0


def test_every_field_is_documented_in_the_corpus_readme() -> None:
    readme = (ROOT / "tests" / "corpus" / "README.md").read_text(encoding="utf-8")
    from callboard.evaluation import KNOWN_KEYS

    missing = [k for k in KNOWN_KEYS if f"| {k} |" not in readme]
    assert missing == []


def test_every_search_filter_is_named_in_the_readme() -> None:
    from callboard.store.facets import MASKS, ONE_OF

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in (*ONE_OF, *MASKS) if f"`{name}`" not in readme] == []
