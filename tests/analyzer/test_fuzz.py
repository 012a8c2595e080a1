"""Random, huge, binary and pathological input: the analyzer answers or refuses clearly, never crashes.

Time limits belong to `make bench` (tools/bench.py measures the same pathological inputs); here the
inputs are large enough that quadratic behaviour would stall the suite.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callboard import InputError, analyze
from callboard.analyzer.text import MAX_INPUT_CHARS, decode

PATHOLOGICAL = [
    "1" * 500_000,
    "1 " * 250_000,
    "5 000 - " * 60_000,
    "- " * 300_000,
    "/" * 500_000,
    "2/2/" * 100_000,
    "zł " * 100_000,
    "<p>" * 100_000,
    "<div><ul><li>" * 30_000,
    "12:00-13:00 " * 40_000,
    "a" * 1_000_000,
    "bez " * 100_000 + "sprzedaży",
    "\n" * 500_000,
    "💬🔥" * 100_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=[f"{t[:12]!r}x{len(t)}" for t in PATHOLOGICAL])
def test_pathological_input_is_analyzed(text: str) -> None:
    p = analyze(text)
    assert p.language in ("pl", "ru", "en", "other")


def test_input_over_the_limit_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="limit"):
        analyze("x" * (MAX_INPUT_CHARS + 1))
    with pytest.raises(InputError, match="limit"):
        analyze("Konsultant " * 1_000_000)  # 10 MB


def test_binary_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="binary"):
        analyze("\x00\x01\x02\x03" * 1000)
    with pytest.raises(InputError, match="UTF-8"):
        decode(bytes(range(256)) * 10)


def test_wrong_type_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="expected the ad as str"):
        analyze(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=100)))
def test_any_text_gives_a_profile_or_a_clear_error(text: str, title: str | None) -> None:
    try:
        p = analyze(text, title=title)
    except InputError:
        return
    d = p.to_dict()
    for spans in d["evidence"].values():
        for a, b in spans:
            assert 0 <= a <= b <= len(p.text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "zł",
                "руб",
                "$",
                "£",
                "5 000",
                "-",
                "do",
                "до",
                "od",
                "от",
                "brutto",
                "на руки",
                "/h",
                "в час",
                "k",
                "тыс.",
                "2/2",
                "12",
                "godz",
                "смены",
                "bez",
                "не",
                "no",
                "sales",
                "sprzedaży",
                "\n",
                "•",
                "B2",
                "angielski",
                "English",
                "C1",
                "lat",
                "года",
                "years",
                "NIP",
                "1234567890",
                "ИНН",
                "<li>",
                "&nbsp;",
            ]
        ),
        max_size=80,
    ).map(" ".join)
)
def test_token_soup_gives_a_profile(text: str) -> None:
    p = analyze(text)
    if p.conditions.pay is not None:
        assert (
            p.conditions.pay.min is None or p.conditions.pay.max is None or p.conditions.pay.min <= p.conditions.pay.max
        )
