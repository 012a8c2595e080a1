"""tools/gen_corpus.py, the benchmark corpus generator: deterministic, JSON Lines the importer reads, and
variations (cities in the right form, pay, employers, list order) of the annotated ads."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from callboard.ingest.readers import read_path
from callboard.ingest.record import RawAd

TOOL = Path(__file__).resolve().parent.parent / "tools" / "gen_corpus.py"


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_corpus", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_file(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "ads.jsonl"
    assert gen.main(["--count", "600", "--seed", "7", "--out", str(out)]) == 0
    return out


def test_same_seed_same_bytes_other_seed_other_ads(gen: ModuleType, corpus_file: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again.jsonl", tmp_path / "other.jsonl"
    gen.main(["--count", "600", "--seed", "7", "--out", str(again)])
    gen.main(["--count", "600", "--seed", "8", "--out", str(other)])
    assert again.read_bytes() == corpus_file.read_bytes()
    assert other.read_bytes() != corpus_file.read_bytes()


def test_the_importer_reads_every_line(corpus_file: Path) -> None:
    records = list(read_path(corpus_file))
    assert len(records) == 600
    assert all(isinstance(r, RawAd) for r in records)
    ads = [r for r in records if isinstance(r, RawAd)]
    assert len({r.external_id for r in ads}) == 600
    assert all(r.body and r.employer and r.location and r.posted_at and r.url for r in ads)
    days = {r.posted_at.date() for r in ads if r.posted_at}
    assert len(days) > 60  # spread over the last ~90 days


def test_cities_pay_and_employers_vary_and_reposts_repeat(corpus_file: Path) -> None:
    ads = [json.loads(line) for line in corpus_file.read_text(encoding="utf-8").splitlines()]
    assert len(Counter(a["location"] for a in ads)) > 60
    assert len(Counter(a["employer"] for a in ads)) > 300
    texts = Counter(a["description"] for a in ads)
    assert 0 < sum(n - 1 for n in texts.values()) < 100  # some exact reposts, not many
    pay = Counter(m for a in ads for m in re.findall(r"\d[\d  ]*\d zł", a["description"]))
    assert len(pay) > 100


def test_a_polish_city_is_written_in_the_case_its_preposition_needs(gen: ModuleType) -> None:
    import yaml

    words = gen.Words(yaml.safe_load(gen.WORDS.read_text(encoding="utf-8")))
    text = "Praca we Wrocławiu, dojazd z Łodzi. Wynagrodzenie 5 000 – 6 500 zł brutto.\n- odbieranie,\n- pisanie."
    t = gen.template(words, "pl", text, None, False, "PLN")
    seen = set()
    for seed in range(40):
        import random

        rng = random.Random(seed)
        choice = gen.choose(words, t, rng)
        out: list[str] = []
        gen.render(words, t.body, choice, rng, out)
        ad = "".join(out)
        work, home = choice.cities
        assert f"{work.preps.get('w', 'w')} {work.write('loc')}," in ad
        assert f"{home.preps.get('z', 'z')} {home.write('gen')}." in ad
        low, high = (int(x.replace(" ", "")) for x in re.findall(r"(\d[\d ]*\d) [–z]", ad)[:2])
        assert 0.8 * 5000 <= low <= high <= 1.3 * 6500
        assert ad.endswith(("- odbieranie,\n- pisanie.", "- pisanie,\n- odbieranie."))
        seen.add(ad)
    assert len(seen) > 30
