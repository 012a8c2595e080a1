"""Generate a large realistic corpus of ads (JSON Lines, the importer's format) for benchmarks.

    python tools/gen_corpus.py --count 100000 --seed 1 --out /tmp/ads-100k.jsonl

Every generated ad is a variation of one ad of the team's annotated corpus (tests/corpus): its
cities replaced by other cities in the grammatical form the sentence needs, its pay figures
multiplied by one factor and rounded as people write them, its employer renamed, the items of its
bullet lists shuffled, a posting date within the last ~90 days. Some ads are exact reposts (same text,
a new id) or near-duplicates (the same job with its lists in another order) of a recent ad, so
duplicate grouping has work. The word lists are callboard/data/generator.yaml.

The output depends only on the arguments (seed, count, --now): the same call writes the same bytes.
Ads are written as they are made (nothing is held but a window of recent ads for reposts), at some
tens of thousands of ads per second.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from callboard.evaluation import load_corpus  # noqa: E402

WORDS = ROOT / "callboard" / "data" / "generator.yaml"
CORPUS = ROOT / "tests" / "corpus"
CASE_KEYS = ("nom", "gen", "loc", "ins", "dat", "prep", "en", "en_state")
REPOST_SHARE = 0.03  # exact reposts: the same text under a new id
NEAR_DUP_SHARE = 0.05  # near-duplicates: the same job, its lists in another order
WINDOW = 2000  # reposts repeat one of the last WINDOW ads
DAYS = 90


# ---------------------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class City:
    pool: str
    forms: dict[str, tuple[str, ...]]  # case -> spellings, the first one written
    preps: dict[str, str]  # plain preposition -> the one this city takes ("w" -> "we")

    def write(self, case: str) -> str:
        for c in (case, "nom", "en"):
            if c in self.forms:
                return self.forms[c][0]
        raise KeyError(case)


@dataclass(frozen=True)
class CitySlot:
    ref: int  # which city of the base ad (0, 1, ...): the same city is replaced by the same city
    case: str


@dataclass(frozen=True)
class PrepSlot:
    ref: int  # the city this preposition stands before
    plain: str  # "w", "z", "в", ...
    upper: bool


@dataclass(frozen=True)
class PaySlot:
    value: float
    group: str  # thousands separator written ("" when none)
    decimal: str  # "," or "."
    decimals: int


@dataclass(frozen=True)
class EmployerSlot:
    short: bool = False  # the name without its legal form ("Kedrofon" for ООО «Кедрофон»)


@dataclass(frozen=True)
class ListSlot:
    items: tuple[tuple[Any, ...], ...]  # each item's parts (text without its marker and end punctuation)
    frames: tuple[tuple[str, str], ...]  # (marker before, punctuation after) of each position, kept in place
    sep: str  # between items: a line break in text, nothing in HTML (the markup is in the frames)


Part = Any  # str | CitySlot | PrepSlot | PaySlot | EmployerSlot | ListSlot


@dataclass(frozen=True)
class Template:
    lang: str
    html: bool
    body: tuple[Part, ...]
    title: tuple[Part, ...] | None
    cities: tuple[City, ...]  # the base ad's cities, by ref
    default_pool: str
    keep_city: str | None  # a city the ad is tied to (Cebu): its location


class Words:
    """generator.yaml, compiled: the city, pay, bullet and employer patterns per language."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.pools: dict[str, list[City]] = {}
        self.pickable: dict[str, list[City]] = {}
        variants: dict[str, str] = {}  # "we" -> "w", "во" -> "в"
        for pool, entries in data["city_pools"].items():
            cities = []
            for e in entries:
                forms = {k: tuple(v if isinstance(v, list) else [v]) for k, v in e.items() if k in CASE_KEYS}
                preps = {k: str(v) for k, v in e.items() if k not in CASE_KEYS and k != "replace_only"}
                variants.update({v: k for k, v in preps.items()})
                city = City(pool, forms, preps)
                cities.append(city)
                if not e.get("replace_only"):
                    self.pickable.setdefault(pool, []).append(city)
            self.pools[pool] = cities
        self.variants = variants
        self.city_re: dict[str, re.Pattern[str]] = {}
        self.city_forms: dict[str, dict[str, list[tuple[City, str]]]] = {}
        for lang, conf in data["languages"].items():
            found: dict[str, list[tuple[City, str]]] = {}
            for case in conf["forms"]:
                for pool in conf["pools"]:
                    for city in self.pools[pool]:
                        for spelling in city.forms.get(case, ()):
                            if (city, case) not in found.setdefault(spelling, []):
                                found[spelling].append((city, case))
            self.city_forms[lang] = found
            alts = "|".join(re.escape(s) for s in sorted(found, key=len, reverse=True))
            self.city_re[lang] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
        self.keep_re = re.compile("|".join(re.escape(p) for p in data["keep_phrases"]))
        kept = "|".join(re.escape(c) for c in sorted(data["keep_cities"], key=len, reverse=True))
        self.keep_cities = re.compile(rf"(?<!\w)({kept})(?!\w)")
        # 5 000 | 5&nbsp;000,50 | 5,000.50 | 5000 | 28,50
        num = (
            r"\d{1,3}(?:(?:[ \u00a0\u202f]|&nbsp;)\d{3})+(?:,\d{1,2})?"
            r"|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?"
        )
        sp = r"(?:[ \u00a0]|&nbsp;)"  # one space, also as an HTML entity
        thousands = "|".join(re.escape(t) for t in sorted(data["thousands"], key=len, reverse=True))
        after = "|".join(re.escape(c) for c in sorted(data["currency_after"], key=len, reverse=True))
        before = "|".join(re.escape(c) for c in sorted(data["currency_before"], key=len, reverse=True))
        ranges = "|".join(re.escape(w) for w in data["range_words"])
        self.pay_after = re.compile(
            rf"(?<![\w.,])(?P<num>{num})(?:{sp}?(?:{thousands}))?{sp}?(?:{after})(?![^\W\d_])", re.I
        )
        self.pay_before = re.compile(rf"(?<![^\W\d_])(?:{before}){sp}?(?P<num>{num})(?![\d])")
        # the lower end of a range, just before an amount found by the two patterns above
        self.range_low = re.compile(
            rf"(?<![\w.,])(?P<num>{num})(?:{sp}?(?:{thousands}))?(?:\s|&nbsp;)*(?:[-–—]|(?:{ranges})(?!\w))(?:\s|&nbsp;)*"
            rf"(?:{before})?(?:\s|&nbsp;)*$",
            re.I,
        )
        self.rounding = [(b if b is not None else float("inf"), float(s)) for b, s in data["rounding"]]
        self.pay_factor = tuple(float(x) for x in data["pay_factor"])
        markers = "|".join(re.escape(m) for m in data["bullet_markers"])
        self.bullet = re.compile(
            rf"^(?P<pre>[ \t]*(?:(?:{markers})|\d{{1,2}}[.)])[ \t]+)(?P<text>.*?)(?P<end>[,;.]?[ \t]*)$"
        )
        self.employer_re = {
            "pl": re.compile(
                r"(?<!\w)(?:[A-ZĄĆĘŁŃÓŚŹŻ„][\w„”&-]*[ \u00a0]){1,3}(?:[Ss]p\. z o\.o\.|S\.A\.|sp\.j\.|sp\. j\.)"
            ),
            "ru": re.compile(r"(?<!\w)(?:ООО|АО|ПАО|ЗАО|ОАО)[ \u00a0]«[^»\n]*?(?:«[^»\n]*»[^»\n]*)?»"),
            "en": re.compile(r"(?<!\w)(?:[A-Z][\w&-]*[ \u00a0]){1,3}(?:Ltd\.?|Limited|LLC|Inc\.|plc|PLC)(?!\w)"),
        }

    def employer(self, lang: str, rng: random.Random) -> str:
        conf = self.data["employers"][lang if lang in self.data["employers"] else "en"]
        pattern = rng.choice(conf["patterns"])
        return str(pattern.format(a=rng.choice(conf["a"]), b=rng.choice(conf["b"]), kind=rng.choice(conf["kind"])))

    def step(self, amount: float) -> float:
        return next(s for bound, s in self.rounding if amount < bound)


def _parse_number(raw: str) -> tuple[float, str, str, int]:
    """Value, thousands separator, decimal separator and decimals of a number as written."""
    m = re.fullmatch(r"(\d{1,3}(?:([ \u00a0\u202f,]|&nbsp;)\d{3})+)(?:([.,])(\d{1,2}))?", raw)
    if m:
        group = m.group(2)
        whole = m.group(1).replace(group, "")
        decimals = m.group(4) or ""
        dec = m.group(3) or ("," if group != "," else ".")
    else:
        m2 = re.fullmatch(r"(\d+)(?:([.,])(\d{1,2}))?", raw)
        assert m2 is not None, raw
        group, whole, dec, decimals = "", m2.group(1), m2.group(2) or ",", m2.group(3) or ""
    value = float(whole + ("." + decimals if decimals else ""))
    return value, group, dec, len(decimals)


def _spans(
    words: Words, lang: str, text: str, cities: list[City], employers: tuple[str, ...] = ()
) -> list[tuple[int, int, Part]]:
    """The replaceable spans of a text: cities (with their preposition), pay figures, employer names."""
    spans: list[tuple[int, int, Part]] = []
    kept = [m.span() for m in words.keep_re.finditer(text)]
    forms = words.city_forms[lang]
    preps = words.data["prepositions"].get(lang, {})
    order = words.data["languages"][lang]["forms"]
    for m in words.city_re[lang].finditer(text):
        if any(a < m.end() and m.start() < b for a, b in kept):
            continue
        before = re.search(r"(?<!\w)(\w+\.?)([ \u00a0]|&nbsp;)$", text[max(0, m.start() - 16) : m.start()])
        prep = before.group(1) if before else ""
        plain = words.variants.get(prep.lower(), prep.lower())
        candidates = forms[m.group()]
        wanted = preps.get(plain) or preps.get(prep.lower())
        city, case = next(((c, k) for c, k in candidates if k == wanted), None) or min(
            candidates, key=lambda ck: order.index(ck[1])
        )
        if city not in cities:
            cities.append(city)
        ref = cities.index(city)
        if before and any(plain in c.preps for c in words.pools[city.pool]):
            gap = len(before.group(2))
            spans.append((m.start() - len(prep) - gap, m.start() - gap, PrepSlot(ref, plain, prep[:1].isupper())))
        spans.append((m.start(), m.end(), CitySlot(ref, case)))
    for pattern in (words.pay_after, words.pay_before):
        for m in pattern.finditer(text):
            start, end = m.span("num")
            spans.append((start, end, PaySlot(*_parse_number(m.group("num")))))
            low = words.range_low.search(text, max(0, m.start() - 40), m.start())
            if low:
                spans.append((low.start("num"), low.end("num"), PaySlot(*_parse_number(low.group("num")))))
    for m in words.employer_re.get(lang, words.employer_re["en"]).finditer(text):
        spans.append((m.start(), m.end(), EmployerSlot()))
    for name in employers:  # the name the analyzer reads as the employer's, wherever the ad repeats it
        legal = words.employer_re.get(lang, words.employer_re["en"]).search(name)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            spans.append((m.start(), m.end(), EmployerSlot(short=legal is None)))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int, Part]] = []
    for s in spans:  # overlapping finds: the first (longest) wins
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


def _parts(text: str, spans: list[tuple[int, int, Part]], start: int, end: int) -> list[Part]:
    parts: list[Part] = []
    pos = start
    for a, b, slot in spans:
        if a < start or b > end:
            continue
        if a > pos:
            parts.append(text[pos:a])
        parts.append(slot)
        pos = b
    if pos < end:
        parts.append(text[pos:end])
    return parts


def _lists(words: Words, text: str, html: bool) -> list[tuple[int, int, list[tuple[int, int]], list[tuple[str, str]]]]:
    """Bullet lists: (start, end, item text spans, (marker, end punctuation) per position)."""
    out = []
    if html:
        for ul in re.finditer(r"<(ul|ol)\b[^>]*>(.*?)</\1>", text, re.S | re.I):
            items = [m.span(1) for m in re.finditer(r"<li\b[^>]*>(.*?)</li>", ul.group(0), re.S | re.I)]
            if len(items) >= 2:
                base = ul.start()
                out.append((base, ul.end(), [(base + a, base + b) for a, b in items], []))
        return out
    run: list[re.Match[str]] = []
    offsets: list[int] = []
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate([*lines, ""]):
        m = words.bullet.match(line) if i < len(lines) else None
        if m and m.group("text"):
            run.append(m)
            offsets.append(pos)
        else:
            if len(run) >= 2:
                spans = [(o + r.start("text"), o + r.end("text")) for o, r in zip(offsets, run, strict=True)]
                frames = [(r.group("pre"), r.group("end")) for r in run]
                out.append((offsets[0], offsets[-1] + len(run[-1].group(0)), spans, frames))
            run, offsets = [], []
        pos += len(line) + 1
    return out


def template(
    words: Words,
    lang: str,
    text: str,
    title: str | None,
    html: bool,
    pay_currency: str | None,
    employers: tuple[str, ...] = (),
) -> Template:
    cities: list[City] = []
    spans = _spans(words, lang, text, cities, employers)
    body: list[Part] = []
    pos = 0
    for start, end, items, frames in _lists(words, text, html):
        if any(a < start < b or a < end < b for a, b, _ in spans):
            continue  # a find across the list's edge: leave the list as it is
        body.extend(_parts(text, spans, pos, start))
        item_parts = tuple(tuple(_parts(text, spans, a, b)) for a, b in items)
        if html:  # the markup between <li> items stays in place
            gaps = [text[start : items[0][0]]] + [text[items[i][1] : items[i + 1][0]] for i in range(len(items) - 1)]
            frames = [(g, "") for g in gaps]
            end_text = text[items[-1][1] : end]
        else:
            end_text = ""
        body.append(ListSlot(item_parts, tuple(frames), "" if html else "\n"))
        if end_text:
            body.append(end_text)
        pos = end
    body.extend(_parts(text, spans, pos, len(text)))
    title_parts = tuple(_parts(title, _spans(words, lang, title, cities), 0, len(title))) if title else None
    conf = words.data["languages"][lang]
    pool = conf.get("pool_by_currency", {}).get(pay_currency, conf["default_pool"])
    kept = words.keep_cities.search(text)
    return Template(lang, html, tuple(body), title_parts, tuple(cities), pool, kept.group(1) if kept else None)


# ---------------------------------------------------------------------------------------- rendering
@dataclass
class Choice:
    """What one generated ad changes in its base ad."""

    cities: list[City]
    employer: str
    short: str  # the employer's name without its legal form
    factor: float
    shuffle_seed: int


def choose(words: Words, t: Template, rng: random.Random) -> Choice:
    cities: list[City] = []
    for old in t.cities:
        pool = words.pickable.get(old.pool) or words.pickable[t.default_pool]
        new = rng.choice(pool)
        for _ in range(5):  # two cities of one ad stay two cities
            if new not in cities:
                break
            new = rng.choice(pool)
        cities.append(new)
    if not cities:
        cities.append(rng.choice(words.pickable[t.default_pool]))
    lo, hi = words.pay_factor
    employer = words.employer(t.lang, rng)
    return Choice(cities, employer, short_name(employer), rng.uniform(lo, hi), rng.getrandbits(32))


def short_name(name: str) -> str:
    quoted = re.search(r"«(.*)»", name)
    if quoted:
        return quoted.group(1)
    return re.sub(r"\s+(?:sp\. z o\.o\.|S\.A\.|sp\.j\.|Ltd|LLC|Inc\.)$", "", name)


def _pay(words: Words, slot: PaySlot, factor: float) -> str:
    step = words.step(slot.value)
    if slot.decimals == 0:
        step = max(step, 1.0)
    value = max(step, round(slot.value * factor / step) * step)
    if slot.decimals:
        whole, _, frac = f"{value:.{slot.decimals}f}".partition(".")
    else:
        whole, frac = str(int(value)), ""
    if slot.group and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(slot.group + whole[i : i + 3] for i in range(head, len(whole), 3))
    return whole + (slot.decimal + frac if frac else "")


def render(words: Words, parts: tuple[Part, ...], c: Choice, rng: random.Random, out: list[str]) -> None:
    for p in parts:
        if type(p) is str:
            out.append(p)
        elif isinstance(p, CitySlot):
            out.append(c.cities[p.ref].write(p.case))
        elif isinstance(p, PrepSlot):
            prep = c.cities[p.ref].preps.get(p.plain, p.plain)
            out.append(prep[:1].upper() + prep[1:] if p.upper else prep)
        elif isinstance(p, PaySlot):
            out.append(_pay(words, p, c.factor))
        elif isinstance(p, EmployerSlot):
            out.append(c.short if p.short else c.employer)
        else:  # ListSlot
            order = list(range(len(p.items)))
            rng.shuffle(order)
            for pos, i in enumerate(order):
                before, after = p.frames[pos]
                out.append(before)
                render(words, p.items[i], c, rng, out)
                out.append(after)
                if pos < len(order) - 1:
                    out.append(p.sep)


def location(t: Template, c: Choice) -> str:
    if t.keep_city:
        return t.keep_city
    city = c.cities[0]
    for case in ("en_state", "en") if t.lang == "en" else ("nom",):
        if case in city.forms:
            return city.forms[case][0]
    return city.write("nom")


# ---------------------------------------------------------------------------------------- generator
def load_templates(words: Words, corpus: Path = CORPUS) -> list[Template]:
    from callboard import analyze

    out = []
    for ad in load_corpus(corpus):
        lang = ad.lang if ad.lang in words.data["languages"] else "en"
        currency = (ad.expected.get("pay") or {}).get("currency")
        name = analyze(ad.text, title=ad.title).employer.name
        names = (name,) if name and len(name) >= 3 else ()
        out.append(template(words, lang, ad.text, ad.title, ad.path.suffix == ".html", currency, names))
    return out


def generate(count: int, seed: int = 1, now: datetime | None = None, corpus: Path = CORPUS) -> Iterator[dict[str, Any]]:
    """`count` ads as JSON-ready dicts, one at a time."""
    words = Words(yaml.safe_load(WORDS.read_text(encoding="utf-8")))
    templates = load_templates(words, corpus)
    now = now or datetime(2026, 12, 1, tzinfo=UTC)
    rng = random.Random(seed)
    recent: deque[tuple[int, int]] = deque(maxlen=WINDOW)  # (template, choice seed) of recent ads
    for n in range(count):
        roll = rng.random()
        if recent and roll < REPOST_SHARE + NEAR_DUP_SHARE:
            ti, cseed = recent[rng.randrange(len(recent))]
            exact = roll < REPOST_SHARE
        else:
            ti, cseed, exact = rng.randrange(len(templates)), rng.getrandbits(48), True
            recent.append((ti, cseed))
        t = templates[ti]
        crng = random.Random(cseed)
        choice = choose(words, t, crng)
        # a near-duplicate shuffles its lists its own way; everything else is the ad it repeats
        lists = random.Random(choice.shuffle_seed if exact else rng.getrandbits(32))
        body: list[str] = []
        render(words, t.body, choice, lists, body)
        title: str | None = None
        if t.title is not None:
            buf: list[str] = []
            render(words, t.title, choice, lists, buf)
            title = "".join(buf)
        posted = now - timedelta(seconds=rng.randrange(DAYS * 86400))
        ad_id = f"gen{seed}-{n:07d}"
        yield {
            "id": ad_id,
            "title": title,
            "description": "".join(body),
            "employer": choice.employer,
            "location": location(t, choice),
            "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "url": f"https://jobs.example.com/offers/{ad_id}",
        }


def write(ads: Iterator[dict[str, Any]], out: TextIO) -> int:
    n = 0
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for ad in ads:
        out.write(dumps(ad))
        out.write("\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", "-n", type=int, default=100_000, help="how many ads (default 100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--now", default="2026-12-01", help="ads are posted in the 90 days before (ISO date)")
    parser.add_argument("--out", "-o", default="-", help="a .jsonl file (default: standard output)")
    args = parser.parse_args(argv)
    now = datetime.fromisoformat(args.now)
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    ads = generate(args.count, args.seed, now)
    if args.out == "-":
        write(ads, sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            write(ads, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
