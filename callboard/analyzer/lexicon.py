"""Load, validate and compile the per-language lexicons (format: docs/lexicon-format.md).

`callboard/data/fields.yaml` declares every field: its allowed keys and whether a negation cancels it.
`callboard/data/lexicons/<lang>/<field>.yaml` maps each key to the phrases that state it.
Everything is validated on load and every problem is reported with its file and line.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from callboard.analyzer.tokens import GENDER_SUFFIX, SOFT_CHARS, SOFT_GAP, WORD, lemma_table
from callboard.errors import DataError

LANGS = ("pl", "ru", "en")
# Every field may list phrases under this key: they win over shorter phrases inside them and are then
# dropped, so "team nights out" keeps "nights" from being read as night shifts.
IGNORE = "ignore"
SHARED_FIELDS = frozenset({"sections", "channels", "direction", "applying", "mailbox"})
PREFIX_MIN = 3


@dataclass(frozen=True, slots=True)
class Word:
    kind: str  # "lemma": lemma or form equal; "prefix": form starts with; "exact": form equal
    text: str
    form: str = ""

    def __reduce__(self) -> tuple[type[Word], tuple[str, str, str]]:
        # rebuilt by one call when the compiled lexicon is read back (compiled.py): a third of the time of the
        # dataclass's own field-by-field state
        return Word, (self.kind, self.text, self.form)


@dataclass(frozen=True, slots=True)
class Entry:
    field: str
    key: str
    words: tuple[Word, ...]
    source: str  # file:line, for messages and debugging
    # one or two words compared on lemmas: the index lookup that found it is already the whole check
    simple: bool = False
    # where overlaps are resolved: the field; a negation cue may be a "before" and an "after" cue at once ("нет")
    group: str = ""
    span: int = -1  # simple phrases: tokens after the first (0 or 1); -1: the words are checked one by one
    negatable: bool = False  # the field's
    # three words or more, the third compared on lemma or form: the forms a token must have to be it,
    # a cheap test before the word-by-word check (most such phrases fail at their third word)
    third: frozenset[str] | None = None

    def __reduce__(self) -> tuple[type[Entry], tuple[Any, ...]]:  # as Word's
        kept = (self.field, self.key, self.words, self.source, self.simple, self.group, self.span, self.negatable)
        return Entry, (*kept, self.third)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    keys: frozenset[str] | None  # None: open vocabulary
    negatable: bool


class Starters(NamedTuple):
    """What may start at a token of one form; the same for every token of that form, so it is kept."""

    single: tuple[Entry, ...]  # phrases found by the token alone (by_word), in index order
    prefix: tuple[Entry, ...]  # phrases starting with a prefix of the token ("telefon*")
    pairs: tuple[dict[str, tuple[Entry, ...]], ...]  # by_pair[lemma] and by_pair[form], where they exist


@dataclass(frozen=True)
class Lexicon:
    """All phrases of one language, indexed by the first word for one lookup per token."""

    lang: str
    by_word: dict[str, tuple[Entry, ...]]  # one-word phrases, and phrases whose second word is a prefix
    by_pair: dict[str, dict[str, tuple[Entry, ...]]]  # longer phrases by their first, then second word
    by_prefix: dict[str, tuple[Entry, ...]]
    fields: dict[str, FieldSpec]
    entries: tuple[Entry, ...]
    # token form -> the phrases that may start at it, filled by the matcher as it meets new forms
    starters: dict[str, Starters | None] = dataclass_field(default_factory=dict, compare=False, repr=False)


DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    return DATA_DIR


def _node_line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


# libyaml's parser when PyYAML has it: the pure-Python one was most of the cold start
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml_nodes(path: Path, label: str, problems: list[str]) -> yaml.Node | None:
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        problems.append(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})")
        return None


def load_yaml(path: Path, label: str) -> Any:
    problems: list[str] = []
    node = _load_yaml_nodes(path, label, problems)
    if problems:
        raise DataError(problems)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) if node is not None else None  # a safe loader


@cache
def field_specs() -> dict[str, FieldSpec]:
    raw = load_yaml(data_dir() / "fields.yaml", "fields.yaml")
    specs: dict[str, FieldSpec] = {}
    problems: list[str] = []
    for name, spec in (raw or {}).items():
        spec = {} if spec is None else spec  # a bare name: open vocabulary, not negatable
        if not isinstance(spec, dict):
            problems.append(f"fields.yaml: field {name!r}: expected a mapping, got {type(spec).__name__}")
            continue
        keys = spec.get("keys")
        if keys is not None and not (isinstance(keys, list) and all(isinstance(k, str) for k in keys)):
            problems.append(f"fields.yaml: field {name!r}: 'keys' must be a list of names")
            continue
        specs[name] = FieldSpec(name, frozenset(keys) if keys is not None else None, bool(spec.get("negatable")))
    if problems:
        raise DataError(problems)
    return specs


_PLAIN_PHRASE = re.compile(rf"[\w{SOFT_CHARS}]*")  # words and soft gaps only: nothing to check (most phrases)


def parse_phrase(phrase: str) -> tuple[tuple[Word, ...], str | None]:
    """Split a phrase into words; returns (words, problem)."""
    if "," in phrase:  # (a comma in the text ends a phrase: one written with it could never match)
        return (), "a comma ends a phrase in the text: write the words on either side as phrases of their own"
    # a sign the tokenizer does not hold words together across ("100% inbound", "выходные — суббота", "1с:crm"): the
    # phrase could never match
    unsuffixed = GENDER_SUFFIX.sub("", phrase)  # "konsultant/ka" is "konsultant", as in the text
    bare = unsuffixed.replace("=", "").replace("*", "")
    spans = [] if _PLAIN_PHRASE.fullmatch(bare) else [m.span() for m in WORD.finditer(bare)]
    for (_, end), (start, _) in pairwise(spans):
        if not SOFT_GAP.fullmatch(bare[end:start]):
            sign = bare[end:start].strip()
            return (), f"{sign!r} between its words breaks the phrase in the text: write them without it"
    words: list[Word] = []
    for raw in unsuffixed.split():
        kind = "lemma"
        if raw.startswith("="):
            kind, raw = "exact", raw[1:]
        elif raw.endswith("*"):
            kind, raw = "prefix", raw[:-1]
        parts = [p.lower().replace("ё", "е") for p in WORD.findall(raw)]
        if not parts:
            continue  # punctuation only ("-", "/"): the tokenizer skips it too
        if kind == "prefix" and (len(parts) > 1 or len(parts[0]) < PREFIX_MIN):
            return (), f"prefix {raw!r}* must be one word of at least {PREFIX_MIN} letters"
        # "e-mail" is two tokens for the tokenizer, so it is two words here
        words.extend(Word(kind, p) for p in parts)
    if not words:
        return (), "empty phrase"
    return tuple(words), None


def _lemmatize_words(words: Iterable[Word], table: dict[str, str]) -> tuple[Word, ...]:
    return tuple(Word(w.kind, table.get(w.text, w.text), w.text) if w.kind == "lemma" else w for w in words)


def _read_field_file(path: Path, label: str, spec: FieldSpec, problems: list[str]) -> Iterator[tuple[str, str, int]]:
    """(key, phrase, line) triples of one lexicon file; problems appended, bad entries skipped."""
    root = _load_yaml_nodes(path, label, problems)
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        problems.append(f"{label}:{_node_line(root)}: expected a mapping of key -> list of phrases")
        return
    for key_node, value_node in root.value:
        key = key_node.value
        line = _node_line(key_node)
        if spec.keys is not None and key not in spec.keys and key != IGNORE:
            problems.append(f"{label}:{line}: unknown key {key!r} for field {spec.name!r}")
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            problems.append(f"{label}:{line}: key {key!r}: expected a list of phrases")
            continue
        for item in value_node.value:
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                problems.append(f"{label}:{_node_line(item)}: key {key!r}: empty or non-text phrase")
                continue
            yield key, str(item.value), _node_line(item)


def read_lexicon_files(lang: str) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """All (field, key, phrase, source) of one language, and the problems found."""
    rows, problems = _parsed_lexicon_files(lang, data_dir())
    return list(rows), list(problems)


@cache
def _parsed_lexicon_files(
    lang: str, folder_root: Path
) -> tuple[tuple[tuple[str, str, str, str], ...], tuple[str, ...]]:
    """The files of one language, parsed once per process (every language's compile also reads the others'
    shared fields); keyed by the data folder too, so a test pointing it elsewhere reads afresh."""
    specs = field_specs()
    problems: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    folder = folder_root / "lexicons" / lang
    if not folder.is_dir():
        return (), (f"lexicons/{lang}: no such folder",)
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".yaml"):
            continue
        field = path.name[: -len(".yaml")]
        label = f"lexicons/{lang}/{path.name}"
        spec = specs.get(field)
        if spec is None:
            problems.append(f"{label}:1: no field {field!r} in fields.yaml")
            continue
        seen: dict[str, str] = {}
        for key, phrase, line in _read_field_file(path, label, spec, problems):
            norm = " ".join(phrase.lower().split())
            if field == "negation":  # "нет" negates both ways: once per key is allowed
                norm = f"{key}:{norm}"
            if norm in seen:
                problems.append(f"{label}:{line}: phrase {phrase!r} already listed ({seen[norm]})")
                continue
            seen[norm] = f"{key}, line {line}"
            rows.append((field, key, phrase, f"{label}:{line}"))
    return tuple(rows), tuple(problems)


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language (once per process, and kept between processes: compiled.py)."""
    if lang not in LANGS:
        lang = "en"
    from callboard.analyzer.compiled import compiled  # it reads the analyzer's version, which reads this module

    return compiled(f"lexicon-{lang}", lambda: compile_lexicon(lang))


def compile_lexicon(lang: str) -> Lexicon:
    """The lexicon of a language compiled from its data files (DataError listing every problem)."""
    rows, problems = read_lexicon_files(lang)
    from callboard.analyzer.roles import role_rows  # roles import this module

    rows += role_rows(lang)
    # ads mix languages ("Twoje zadania" ... "What we offer", "handling inbound calls and e-mails"):
    # section headers, channel names and direction words of every language count in every ad
    for other in LANGS:
        if other != lang:
            rows += [r for r in read_lexicon_files(other)[0] if r[0] in SHARED_FIELDS]
    table = lemma_table(lang)
    specs = field_specs()
    entries: list[Entry] = []
    # one object for each distinct word and name: a quarter of the objects to keep and to read back (compiled.py)
    shared_words: dict[Word, Word] = {}
    for fld, key, phrase, source in rows:
        words, problem = parse_phrase(phrase)
        if problem:
            problems.append(f"{source}: {problem}")
            continue
        lemmatized = tuple(shared_words.setdefault(w, w) for w in _lemmatize_words(words, table))
        fld, key = sys.intern(fld), sys.intern(key)
        simple = len(lemmatized) <= 2 and all(w.kind == "lemma" for w in lemmatized)
        # negation cues of each kind compete among themselves; its `ignore` phrases hide "after" cues ("optional
        # extras" is no "optional")
        group = sys.intern(f"negation:{'after' if key == IGNORE else key}") if fld == "negation" else fld
        span = len(lemmatized) - 1 if simple else -1
        negatable = fld in specs and specs[fld].negatable
        third = None
        if len(lemmatized) > 2 and lemmatized[2].kind != "prefix":
            third = frozenset(_keys(lemmatized[2]))
        entries.append(Entry(fld, key, lemmatized, source, simple, group, span, negatable, third))
    if problems:
        raise DataError(problems)
    by_word: dict[str, list[Entry]] = defaultdict(list)
    by_pair: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    by_prefix: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        first = e.words[0]
        if first.kind == "prefix":
            by_prefix[first.text[:PREFIX_MIN]].append(e)
        elif len(e.words) > 1 and e.words[1].kind != "prefix":
            # indexing by two words keeps common first words ("w", "na", "the") from waking many phrases
            for a in _keys(first):
                for b in _keys(e.words[1]):
                    by_pair[a][b].append(e)
        else:
            for a in _keys(first):
                by_word[a].append(e)
    return Lexicon(
        lang,
        {k: tuple(v) for k, v in by_word.items()},
        {a: {b: tuple(v) for b, v in second.items()} for a, second in by_pair.items()},
        {k: tuple(v) for k, v in by_prefix.items()},
        field_specs(),
        tuple(entries),
    )


def _keys(word: Word) -> set[str]:
    """The token forms under which a word is indexed: its lemma and its written form."""
    return {word.text, word.form} - {""}


def lexicon_words(lang: str) -> set[str]:
    """Every word the lexicons of a language match on its lemma (input of the lemma table builder)."""
    rows, _ = read_lexicon_files(lang)
    from callboard.analyzer.roles import role_rows

    rows += role_rows(lang)
    out: set[str] = set()
    for _, _, phrase, _ in rows:
        words, _problem = parse_phrase(phrase)
        out.update(w.text for w in words if w.kind == "lemma" and not re.fullmatch(r"\d+", w.text))
    return out
