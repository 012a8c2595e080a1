"""The public surface: `__all__` is complete and sorted, and profiles are immutable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import callboard


def test_all_is_sorted_and_complete() -> None:
    assert callboard.__all__ == sorted(callboard.__all__)
    for name in callboard.__all__:
        assert hasattr(callboard, name)


def test_profile_is_immutable() -> None:
    p = callboard.analyze("Customer service advisor, answering calls.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.language = "pl"  # type: ignore[misc]


def test_analyze_rejects_an_unknown_language() -> None:
    with pytest.raises(callboard.InputError, match="unknown language"):
        callboard.analyze("text", lang="xx")


def test_the_analyzer_version_names_its_code_and_data(tmp_path: Path) -> None:
    # a lexicon, a rule or the goal weights changed: another version, so `callboard reanalyze` picks the profiles up
    from callboard.analyzer.version import RELEASE, content_digest

    assert callboard.ANALYZER_VERSION.startswith(RELEASE + "+")
    profile = callboard.analyze("Customer service advisor, answering calls.")
    assert profile.analyzer_version == callboard.ANALYZER_VERSION
    (tmp_path / "lexicons").mkdir()
    a, b = tmp_path / "lexicons" / "goals.yaml", tmp_path / "roles.yaml"
    a.write_text("sales: [sell]\n", encoding="utf-8")
    b.write_text("- id: inbound_agent\n", encoding="utf-8")
    before = content_digest([a, b], tmp_path)
    assert content_digest([b, a], tmp_path) == before  # the order the files are found in does not count
    a.write_text("sales: [sell, upsell]\n", encoding="utf-8")
    assert content_digest([a, b], tmp_path) != before
