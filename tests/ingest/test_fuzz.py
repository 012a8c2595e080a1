"""Fuzzed input to the readers: broken, truncated and random files of every format never crash a reader;
each record comes out readable or as an Unreadable with a reason (for the quarantine), never raised."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callboard.ingest.readers import read_path
from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES

SAMPLES = sorted(p for p in FIXTURES.iterdir() if p.is_file())


def _read_all(path: Path) -> list[RawAd | Unreadable]:
    records = list(read_path(path))
    for r in records:
        assert isinstance(r, RawAd | Unreadable)
        if isinstance(r, Unreadable):
            assert r.reason.strip()
        else:
            assert isinstance(r.body, str)
    return records


@settings(max_examples=150, deadline=None)
@given(
    sample=st.sampled_from(SAMPLES),
    cut=st.floats(0, 1),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=0, max_size=8)), max_size=6),
)
def test_damaged_files_never_crash_a_reader(tmp_path_factory: pytest.TempPathFactory, sample: Path, cut: float,
                                            edits: list[tuple[float, bytes]]) -> None:  # fmt: skip
    data = bytearray(sample.read_bytes())
    data = data[: max(1, int(len(data) * (1 - cut / 2)))]  # cut up to half of the end away
    for where, junk in edits:  # and splice in random bytes
        i = int(where * len(data))
        data[i : i + len(junk)] = junk
    target = tmp_path_factory.mktemp("fuzz") / sample.name
    target.write_bytes(bytes(data))
    _read_all(target)


@settings(max_examples=100, deadline=None)
@given(
    suffix=st.sampled_from([".html", ".jsonl", ".json", ".csv", ".tsv", ".xml", ".rss", ".atom", ".txt", ""]),
    data=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from([b"{", b"[", b"<", b'{"description": 1}', b"[1, 2]", b'""', b"null", b"\xef\xbb\xbf",
                         b"<rss><channel><item></item></channel></rss>", b'<script type="application/ld+json">{',
                         b"a,b\n1", b"\x00" * 100, b'{"@graph": [{"@type": "JobPosting"}]}']),
    ),
)
def test_random_bytes_never_crash_a_reader(tmp_path_factory: pytest.TempPathFactory, suffix: str, data: bytes) -> None:
    target = tmp_path_factory.mktemp("fuzz") / f"random{suffix}"
    target.write_bytes(data)
    _read_all(target)
