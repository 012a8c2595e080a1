"""`make bench`: the analyzer's throughput, cold start and linearity, printed as figures.

Throughput runs on one core over the annotated corpus (ads of about 2 KB), lemmatization included.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from callboard import analyze
from callboard.evaluation import load_corpus

ROOT = Path(__file__).resolve().parent.parent
COLD = (
    "import time; t=time.perf_counter(); import callboard; "
    "[callboard.analyze(x) for x in ('Konsultant infolinii', 'Оператор колл-центра', 'Call centre agent')]; "
    "print(time.perf_counter()-t)"
)


def cold_start(compiling: bool = False) -> float:
    """Best of three starts: reading the compiled data kept by an earlier process (callboard/analyzer/compiled.py;
    the first of the three keeps it when none is), or with compiling=True the first start after an install or a data
    change, which compiles it."""
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as empty:
            env = {**os.environ, "CALLBOARD_CACHE_DIR": empty} if compiling else None
            out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True, env=env)
        runs.append(float(out.stdout.strip()))
    return min(runs)


def throughput(seconds: float = 6.0, min_chars: int = 0) -> tuple[float, float, int]:
    ads = load_corpus(ROOT / "tests" / "corpus")
    texts = [(a.text, a.title) for a in ads if len(a.text) >= min_chars]
    for text, title in texts:  # warm: data loaded, caches filled, as in a long-running import
        analyze(text, title=title)
    n = 0
    chars = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, title in texts:
            analyze(text, title=title)
            n += 1
            chars += len(text)
    elapsed = time.perf_counter() - start
    return n / elapsed, chars / n, len(texts)


def linearity() -> list[tuple[str, float, float]]:
    rows = []
    for name, unit in [("digits", "1"), ("separators", "- "), ("pay soup", "5 000 zł - "), ("words", "sprzedaż ")]:
        times = []
        for size in (100_000, 1_000_000):
            text = (unit * (size // len(unit) + 1))[:size]
            t = time.perf_counter()
            analyze(text)
            times.append(time.perf_counter() - t)
        rows.append((name, times[0], times[1]))
    return rows


def main() -> None:
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}, one process (one core)")
    print(f"cold start (import + data load + first ad in pl, ru, en): {cold_start():.2f} s  (target < 1.5 s)")
    print(f"first start after an install or a data change (compiling the data): {cold_start(compiling=True):.2f} s")
    for label, min_chars in (("all corpus ads", 0), ("ads of 1.5 KB and more", 1500)):
        rate, avg, n = throughput(min_chars=min_chars)
        print(
            f"analyzer throughput, {label}: {rate:,.0f} ads/s on one core, average ad {avg / 1000:.1f} KB, "
            f"{n} ads cycled, {rate * avg / 1e6:.2f} MB/s  (target >= 2,000 ads/s at ~2 KB)"
        )
    print("linearity (time at 100 KB -> 1 MB of pathological input; linear means about 10x):")
    for name, small, big in linearity():
        print(f"  {name:12s} {small * 1000:8.1f} ms -> {big * 1000:8.1f} ms   x{big / small if small else 0:.1f}")


if __name__ == "__main__":
    main()
