"""The public surface: `__all__` is complete and sorted, and profiles are immutable."""

from __future__ import annotations

import dataclasses

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
