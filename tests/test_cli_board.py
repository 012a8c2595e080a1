"""The board commands as a user runs them: import a folder, search it, look into the quarantine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "ingest" / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "callboard", *args], capture_output=True, text=True, timeout=300,
                          check=False)  # fmt: skip


def test_import_search_and_quarantine(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'board.sqlite3'}"
    first = run("import", "--db", db, str(FIXTURES))
    assert first.returncode == 0, first.stderr
    assert "ads/s" in first.stderr  # the progress bar, with its rate
    counts = dict(part.split(": ") for part in first.stdout.split("  (")[0].split("  "))
    assert int(counts["new"]) > 0 and int(counts["quarantined"]) > 0 and counts["unchanged"] == "0"
    assert "callboard quarantine list" in first.stderr

    found = run("search", "--db", db, "--format", "json", "-f", "lang=ru", "оператор")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout)
    assert result["total"] >= 1 and {"lang", "channels", "work_mode", "pay_period"} <= set(result["facets"])
    assert all(h["title"] for h in result["hits"])
    table = run("search", "--db", db, "infolinia")
    assert table.returncode == 0 and "offers" in table.stdout and "facets" in table.stdout

    offer_id = str(result["hits"][0]["id"])
    shown_offer = run("show", "--db", db, offer_id)
    assert shown_offer.returncode == 0 and f"offer {offer_id} from" in shown_offer.stdout
    stored = json.loads(run("show", "--db", db, "--format", "json", offer_id).stdout)
    assert stored["profile"]["language"] == "ru" and stored["body"] and stored["group"][0] == stored["canonical_id"]

    listed = run("quarantine", "list", "--db", db)
    first_id = listed.stdout.split()[0]
    shown = run("quarantine", "show", "--db", db, first_id)
    assert shown.returncode == 0 and "reason:" in shown.stdout and "raw (" in shown.stdout
    retried = run("quarantine", "retry", "--db", db)
    assert retried.returncode == 0 and "still unreadable" in retried.stdout

    again = run("import", "--db", db, "--quiet", str(FIXTURES))
    assert "new: 0" in again.stdout and f"unchanged: {counts['new']}" in again.stdout


def test_bad_input_gets_a_clear_message(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'board.sqlite3'}"
    bad_filter = run("search", "--db", db, "-f", "colour=red")
    assert bad_filter.returncode != 0 and "unknown filter 'colour'" in bad_filter.stderr
    bad_db = run("search", "--db", "mysql://x@y/z", "a")
    assert bad_db.returncode != 0 and "unsupported database" in bad_db.stderr
    missing = run("import", "--db", db, str(tmp_path / "nothing.jsonl"))
    assert missing.returncode != 0 and "does not exist" in missing.stderr
    assert "no offer 999" in run("show", "--db", db, "999").stderr
    no_such = run("quarantine", "show", "--db", db, "999")
    assert no_such.returncode != 0 and "no quarantined record 999" in no_such.stderr
