"""The data files: every lexicon loads, keys are known, no phrase is listed twice, errors name file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from callboard.analyzer import lexicon as lx
from callboard.analyzer.lexicon import LANGS, field_specs, load_lexicon, parse_phrase, read_lexicon_files
from callboard.analyzer.roles import FILLED_FIELDS
from callboard.errors import DataError


@pytest.mark.parametrize("lang", LANGS)
def test_every_lexicon_loads_without_problems(lang: str) -> None:
    rows, problems = read_lexicon_files(lang)
    assert problems == []
    assert len(rows) > 500
    assert load_lexicon(lang).entries


def test_every_data_file_is_plain_yaml_for_the_pure_python_loader() -> None:
    # the loader takes libyaml's parser when PyYAML has it and the pure-Python one when not; the second is stricter
    # ("zmiana?," in a flow list), so a file only libyaml reads would fail to load on such a machine
    files = sorted(lx.data_dir().rglob("*.yaml"))
    assert len(files) > 100
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


@pytest.mark.parametrize("lang", LANGS)
def test_every_field_has_a_file_in_every_language(lang: str) -> None:
    folder = lx.data_dir() / "lexicons" / lang
    present = {p.stem for p in folder.glob("*.yaml")}
    needed = set(field_specs()) - FILLED_FIELDS
    assert needed - present == set()


def test_a_bad_file_is_reported_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lexicons" / "pl"
    folder.mkdir(parents=True)
    (tmp_path / "fields.yaml").write_text((lx.data_dir() / "fields.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "channels.yaml").write_text("phone: [telefon, telefon]\nfax: [faks]\nemail: [' ']\n", encoding="utf-8")
    (folder / "nonsense.yaml").write_text("a: [b]\n", encoding="utf-8")
    monkeypatch.setattr(lx, "DATA_DIR", tmp_path)
    lx.field_specs.cache_clear()
    try:
        rows, problems = read_lexicon_files("pl")
    finally:
        lx.field_specs.cache_clear()
    assert "lexicons/pl/channels.yaml:1: phrase 'telefon' already listed (phone, line 1)" in problems
    assert "lexicons/pl/channels.yaml:2: unknown key 'fax' for field 'channels'" in problems
    assert any(p.startswith("lexicons/pl/channels.yaml:3:") and "empty" in p for p in problems)
    assert "lexicons/pl/nonsense.yaml:1: no field 'nonsense' in fields.yaml" in problems
    assert [r[2] for r in rows] == ["telefon"]


def test_invalid_yaml_is_a_data_error_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("a: [b\nc: d\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.yaml:\d+: not valid YAML"):
        lx.load_yaml(bad, "x.yaml")


def test_phrase_syntax() -> None:
    words, problem = parse_phrase("e-mail =ul telefon*")
    assert problem is None
    assert [(w.kind, w.text) for w in words] == [
        ("lemma", "e"),
        ("lemma", "mail"),
        ("exact", "ul"),
        ("prefix", "telefon"),
    ]
    assert parse_phrase("te*")[1] is not None


def test_a_phrase_with_a_comma_is_reported_for_it_could_never_match() -> None:
    # a comma in the text ends a phrase (tokens.py): "klienci, którzy dzwonią" written as one phrase matched nothing
    # in fourteen entries of the lexicons until the loader said so
    words, problem = parse_phrase("=klienci, =którzy =dzwonią")
    assert words == () and problem is not None and "comma" in problem
    assert parse_phrase("którzy dzwonią")[1] is None


@pytest.mark.parametrize("phrase", ["100% inbound", "выходные — суббота и воскресенье", "1с:crm", "401(k) match"])
def test_a_phrase_with_a_sign_the_text_breaks_at_is_reported(phrase: str) -> None:
    # "%", an em dash, a colon or a closing bracket between two words is no soft gap for the tokenizer: fifteen
    # phrases of the lexicons ("100% sales", "за 10% ceny", "мы — компания") matched nothing until the loader said so
    words, problem = parse_phrase(phrase)
    assert words == () and problem is not None and "between its words" in problem
    for fine in ("min. średnie", "e-mail", "2/2", "401(k)", "b&b", "=konsultant/ka"):
        assert parse_phrase(fine)[1] is None, fine
