"""The command line, run as a user runs it: a real process, real stdin and stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CLI = [sys.executable, "-m", "callboard"]
AD_PL = (
    "Konsultant infolinii (k/m)\n"
    "Odbierasz połączenia przychodzące, bez sprzedaży. Umowa o pracę, 5 000 – 6 500 zł brutto."
)


def run(*args: str, stdin: str | bytes = b"") -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([*CLI, *args], input=data, capture_output=True, timeout=120, check=False)


def test_analyze_json_from_stdin() -> None:
    p = run("analyze", "--format", "json", "-", stdin=AD_PL)
    assert p.returncode == 0, p.stderr
    prof = json.loads(p.stdout)
    assert prof["language"] == "pl"
    assert prof["direction"] == "inbound"
    assert prof["conditions"]["pay"]["min"] == 5000
    assert prof["conditions"]["contracts"] == ["employment_contract"]
    start, end = prof["evidence"]["conditions.pay"][0]
    assert "5 000" in prof["text"][start:end]


def test_analyze_json_object_input(tmp_path: Path) -> None:
    f = tmp_path / "ad.json"
    f.write_text(
        json.dumps(
            {"title": "Telemarketer", "description": "Outbound calls to warm leads.", "employer": "Acme Calls Ltd"}
        ),
        encoding="utf-8",
    )
    prof = json.loads(run("analyze", "--format", "json", str(f)).stdout)
    assert prof["employer"]["name"] == "Acme Calls Ltd"
    assert prof["direction"] == "outbound"


def test_jsonl_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"description": "Praca na infolinii, umowa zlecenie."}),
        "{not json",
        json.dumps({"description": "Оператор входящих звонков, график 2/2."}),
    ]
    p = run("analyze", "--format", "jsonl", "-", stdin="\n".join(lines) + "\n")
    out = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert [o.get("language") for o in out] == ["pl", None, "ru"]
    assert out[1]["line"] == 2 and "not valid JSON" in out[1]["error"]
    assert p.returncode == 1


def test_text_view_shows_the_profile() -> None:
    p = run("analyze", "-", stdin=AD_PL)
    assert p.returncode == 0
    out = p.stdout.decode()
    assert "employment_contract" in out and "5 000–6 500 PLN/month gross" in out


def test_bad_encoding_is_a_clear_error() -> None:
    p = run("analyze", "--format", "json", "-", stdin="Zażółć".encode("cp1250"))
    assert p.returncode == 1
    assert b"not valid UTF-8" in p.stderr


def test_missing_file_is_a_clear_error() -> None:
    p = run("analyze", "/nonexistent/ad.txt")
    assert p.returncode == 1 and b"cannot read" in p.stderr


def test_lint_fails_a_vague_ad_and_passes_a_good_one(tmp_path: Path) -> None:
    vague = tmp_path / "vague.txt"
    vague.write_text("Praca w call center. Zadzwoń!", encoding="utf-8")
    p = run("lint", str(vague))
    assert p.returncode == 1
    assert b"pay_stated" in p.stdout and b"employer_identified" in p.stdout
    good = tmp_path / "good.txt"
    good.write_text(
        "Konsultant / Konsultantka infolinii (k/m)\n\n"
        "Infolinia Nordkom sp. z o.o., NIP 526-025-02-74, szuka osób do obsługi klientów.\n\n"
        "Zakres obowiązków:\n• odbieranie połączeń przychodzących od klientów\n• odpowiadanie na pytania o faktury\n"
        "• rejestrowanie reklamacji w systemie CRM\n• przekazywanie spraw do działu technicznego\n\n"
        "Podlegasz bezpośrednio liderowi zespołu. Bez sprzedaży.\n\n"
        "Wymagania:\n• komunikatywna znajomość języka angielskiego (B1)\n"
        "• min. rok doświadczenia w obsłudze klienta\n\n"
        "Oferujemy:\n• umowę o pracę, pełny etat, praca stacjonarna w biurze w Łodzi\n"
        "• wynagrodzenie 5 200 – 6 400 zł brutto miesięcznie\n• płatne szkolenie wdrożeniowe\n",
        encoding="utf-8",
    )
    p = run("lint", str(good))
    assert p.returncode == 0, p.stdout.decode()


def test_every_command_has_help() -> None:
    for cmd in ("analyze", "lint", "eval", "demo"):
        p = run(cmd, "--help")
        assert p.returncode == 0 and len(p.stdout) > 80, cmd


def test_eval_lexicons_only_keeps_floors_of_its_own(tmp_path: Path) -> None:
    # a one-ad corpus; the lexicons' goals get their own floors beside the analyzer's, goal keys only
    corpus = tmp_path / "mini"
    corpus.mkdir()
    (corpus / "pl-one.txt").write_text(AD_PL, encoding="utf-8")
    expected = {"goals": ["information"], "direction": "inbound"}
    (corpus / "pl-one.json").write_text(json.dumps({"title": None, "note": "", "expected": expected}), encoding="utf-8")
    floors = tmp_path / "floors.json"
    for extra in ((), ("--lexicons-only",)):
        p = run("eval", str(corpus), "--no-confusion", "--floors", str(floors), "--update-floors", *extra)
        assert p.returncode == 0, p.stderr
    written = json.loads(floors.read_text(encoding="utf-8"))
    assert set(written) == {"mini", "mini:lexicons"}
    assert set(written["mini:lexicons"]) == {"field:goals", "group:goals"}
    assert "field:direction" in written["mini"]
