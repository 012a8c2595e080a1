"""The profile of an ad is the same in every process: nothing the analyzer decides may follow the order Python's
hash seed gives a set or a dict of strings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# every third dev ad and all held-out ones: their profiles as JSON, hashed together
SCRIPT = """
import hashlib, json
from pathlib import Path
from callboard import analyze
from callboard.evaluation import load_corpus
corpus = Path("tests/corpus")
ads = load_corpus(corpus / "dev")[::3] + load_corpus(corpus / "heldout")
digest = hashlib.sha256()
for ad in ads:
    digest.update(json.dumps(analyze(ad.text, title=ad.title).to_dict(), sort_keys=True).encode())
print(len(ads), digest.hexdigest())
"""


def test_profiles_do_not_depend_on_the_hash_seed() -> None:
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "4")  # (4: the seed under which a held-out ad lost a goal, December 2026)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outputs]
    first, second = (out.strip() for out, _ in outputs)
    assert int(first.split()[0]) > 1000
    assert first == second
