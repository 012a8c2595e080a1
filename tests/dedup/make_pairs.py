"""Build the near-duplicate pair corpus (dev.jsonl, heldout.jsonl) from the hand-written ads in ads/*.yaml.

    python tests/dedup/make_pairs.py            # write tests/dedup/dev.jsonl and tests/dedup/heldout.jsonl
    python tests/dedup/make_pairs.py --check    # exit 1 when the committed files differ from a fresh build

The ads and the list of pairs are written by hand (format in README.md). This script only does to an
ad what boards and recruiters do: posts it as HTML or as plain text with the board's own header and
footer, reposts it with a new date and number, edits it a little, posts it for another city, or cuts
it short. Every random choice comes from a generator seeded with the pair, so the output is the same
on every run.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from callboard.dedup_eval import DUP_KINDS, NON_DUP_KINDS

HERE = Path(__file__).resolve().parent
LANGS = ("pl", "ru", "en")
SPLITS = ("dev", "heldout")
BOARDS = ("html", "plain", "compact")  # an HTML board, a plain-text board, a board that drops blank lines
FIRST_DAY = date(2025, 1, 8)
BLOCK = re.compile(r"\{([a-z_0-9]+)\}")

# What a board adds around the ad: (header, footer), from the posting date and the board's ad number.
FRAME = {
    "pl": {
        "html": ("", "Opublikowano: {d:%d.%m.%Y}"),
        "plain": ("Ogłoszenie nr {n} · dodane {d:%d.%m.%Y}", "Aplikuj przez serwis – kliknij „Aplikuj”."),
        "compact": ("", "Nr ogłoszenia: {n} | Data publikacji: {d:%d.%m.%Y}"),
    },
    "ru": {
        "html": ("", "Дата публикации: {d:%d.%m.%Y}"),
        "plain": ("Вакансия № {n}", "Вакансия опубликована {d:%d.%m.%Y}\nОткликнуться"),
        "compact": ("", "Код вакансии: {n}. Дата размещения: {d:%d.%m.%Y}"),
    },
    "en": {
        "html": ("", "Posted: {d:%d/%m/%Y}"),
        "plain": ("Job ID: {n} | Posted {d:%d %B %Y}", "Apply via our site - click 'Apply now'."),
        "compact": ("", "Reference: {n}. Date posted: {d:%d/%m/%Y}."),
    },
}
MORE = {"pl": "… Czytaj więcej", "ru": "… Читать полностью", "en": "… Read more"}
TITLE_SUFFIX = {"pl": " – praca od zaraz", "ru": " (срочно)", "en": " - immediate start"}
BENEFITS = {
    "pl": ["dofinansowanie do karty sportowej", "bony świąteczne", "owocowe wtorki i kawa bez limitu"],
    "ru": ["компенсация питания", "бесплатные курсы английского языка", "подарки детям к Новому году"],
    "en": ["cycle-to-work scheme", "free onsite parking", "an extra day off for your birthday"],
}
SENTENCES = {
    "pl": ["Rekrutacja odbywa się w całości online.", "Odpowiemy na każde zgłoszenie w ciągu 5 dni roboczych."],
    "ru": ["Собеседование проходит онлайн и занимает около 20 минут.", "Ответим на каждый отклик в течение трёх дней."],
    "en": ["Interviews are held online and take about 20 minutes.", "We reply to every application within a week."],
}


# -- the hand-written ads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ad:
    key: str
    split: str
    title: str | None
    employer: str | None
    location: str | None
    text: str
    other_city: dict[str, str]  # what changes when the same ad is posted for another city


def load(lang: str) -> tuple[dict[str, Ad], list[list[str]]]:
    raw = yaml.safe_load((HERE / "ads" / f"{lang}.yaml").read_text(encoding="utf-8"))
    specs: dict[str, dict[str, Any]] = {}
    for key, spec in raw["ads"].items():
        spec = dict(spec)
        if "text" in spec:  # {name} stands for the shared passage `name` of `blocks` (one employer's ads)
            spec["text"] = BLOCK.sub(lambda m: shared(raw, m.group(1)), spec["text"])
        if "like" in spec:  # a copy of an ad written above, with a few passages replaced
            base = specs[spec.pop("like")]
            replaced = spec.pop("replace", {})
            spec = {**base, **spec}
            for old, new in replaced.items():
                assert old in spec["text"] or old in (spec.get("title") or ""), f"{key}: {old!r} not found"
                spec["text"] = spec["text"].replace(old, new)
                spec["title"] = spec["title"] and spec["title"].replace(old, new)
        specs[key] = spec
    ads = {}
    for key, spec in specs.items():
        assert spec["split"] in SPLITS, key
        ads[key] = Ad(
            key=key,
            split=spec["split"],
            title=spec.get("title"),
            employer=spec.get("employer"),
            location=spec.get("location"),
            text=spec["text"].strip(),
            other_city={str(k): str(v) for k, v in spec.get("other_city", {}).items()},
        )
    return ads, raw["pairs"]


def shared(raw: dict[str, Any], name: str) -> str:
    return "{ref}" if name == "ref" else str(raw["blocks"][name]).strip()


# -- one copy of an ad as a board shows it ---------------------------------------------------------------


@dataclass(frozen=True)
class Copy:
    lang: str
    text: str  # plain text, bullets as "- "
    title: str | None
    employer: str | None
    location: str | None
    board: str
    posted: date
    number: int
    cut: bool = False

    def render(self) -> dict[str, str | None]:
        header, footer = (part.format(d=self.posted, n=self.number) for part in FRAME[self.lang][self.board])
        text = self.text + ("\n" + MORE[self.lang] if self.cut else "")
        if self.board == "html":
            body = as_html(text) + ("\n<p><small>" + html.escape(footer) + "</small></p>" if footer else "")
        else:
            bullet = "• " if self.board == "plain" else "* "
            text = "\n".join(bullet + line[2:] if line.startswith("- ") else line for line in text.split("\n"))
            if self.board == "compact":
                text = "\n".join(line for line in text.split("\n") if line.strip())
            body = "\n\n".join(part for part in (header, text, footer) if part)
        return {
            "title": self.title,
            "body": body,
            "employer": self.employer,
            "location": self.location,
            "source": self.board,
        }


def as_html(text: str) -> str:
    """Paragraphs as <p>, "- " lines as <ul><li>, short lines ending in ':' as <strong> headings."""
    out: list[str] = []
    for para in text.split("\n\n"):
        items: list[str] = []
        lines: list[str] = []
        for line in para.split("\n"):
            esc = html.escape(line).replace("–", "&ndash;")
            if line.startswith("- "):
                if lines:
                    out.append("<p>" + "<br>".join(lines) + "</p>")
                    lines = []
                items.append(f"<li>{esc[2:]}</li>")
                continue
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
                items = []
            lines.append(f"<strong>{esc}</strong>" if line.endswith(":") and len(line) < 60 else esc)
        if lines:
            out.append("<p>" + "<br>".join(lines) + "</p>")
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
    return '<div class="job-description">\n' + "\n".join(out) + "\n</div>"


def first_copy(ad: Ad, lang: str, rng: random.Random, board: str | None = None) -> Copy:
    return Copy(
        lang=lang,
        text=ad.text.replace("{ref}", str(rng.randrange(100, 999))),
        title=ad.title,
        employer=ad.employer,
        location=ad.location,
        board=board or rng.choice(BOARDS),
        posted=FIRST_DAY + timedelta(days=rng.randrange(120)),
        number=rng.randrange(1_000_000, 9_999_999),
    )


def later(c: Copy, rng: random.Random, days: tuple[int, int]) -> Copy:
    return replace(c, posted=c.posted + timedelta(days=rng.randrange(*days)), number=c.number + rng.randrange(1, 9000))


# -- small edits -------------------------------------------------------------------------------------------

LONG_WORD = re.compile(r"(?<![@./\w-])[^\W\d_]{7,}(?![@/\w-])")
PAY = re.compile(r"(?<![\d,.])(\d{1,3}(?: \d{3})+|\d{2,6})(?=\s?(?:zł|PLN|₽|руб|р\.|тыс|EUR|€))|(?<=[£$€])(\d[\d,]*)")


def typos(text: str, rng: random.Random) -> str:
    for m in sorted(rng.sample(list(LONG_WORD.finditer(text)), 3), key=lambda m: -m.start()):
        w, i = m.group(0), rng.randrange(1, len(m.group(0)) - 2)
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.5 else w[:i] + w[i + 1 :]
        text = text[: m.start()] + w + text[m.end() :]
    return text


def nudge_pay(text: str, rng: random.Random) -> str:
    """Raise one pay figure by 2-6 % (what an employer does when a post gets few answers)."""
    m = rng.choice(list(PAY.finditer(text)))
    digits = m.group(0)
    value = int(re.sub(r"\D", "", digits))
    new = round(value * rng.uniform(1.02, 1.06) / (100 if value >= 1000 else 1)) * (100 if value >= 1000 else 1)
    new = max(new, value + 1)
    shown = f"{new:,}".replace(",", " " if " " in digits else ",") if not digits.isdigit() else str(new)
    return text[: m.start()] + shown + text[m.end() :]


def add_line(text: str, rng: random.Random, lang: str) -> str:
    lines = text.split("\n")
    last_bullet = max(n for n, line in enumerate(lines) if line.startswith("- "))
    lines.insert(last_bullet + 1, "- " + rng.choice(BENEFITS[lang]))
    return "\n".join(lines)


def drop_bullet(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    del lines[rng.choice([n for n, line in enumerate(lines) if line.startswith("- ")])]
    return "\n".join(lines)


def add_sentence(text: str, rng: random.Random, lang: str) -> str:
    paras = text.split("\n\n")
    paras.insert(len(paras) - 1, rng.choice(SENTENCES[lang]))
    return "\n\n".join(paras)


def cut(text: str, rng: random.Random) -> str:
    """Keep the first 55-75 % of the text, up to the end of a line."""
    at = int(len(text) * rng.uniform(0.55, 0.75))
    return text[: text.rfind("\n", 0, at)].rstrip()


# -- pairs -------------------------------------------------------------------------------------------------


def duplicate(kind: str, ad: Ad, lang: str, rng: random.Random) -> tuple[Copy, Copy, str]:
    a = first_copy(ad, lang, rng)
    if kind == "repost":
        b = later(a, rng, (5, 36))
        if "{ref}" in ad.text:
            b = replace(b, text=ad.text.replace("{ref}", str(rng.randrange(100, 999))))
        return a, b, f"Posted again on the {a.board} board {(b.posted - a.posted).days} days later."
    if kind == "cross_source":
        a = replace(a, board="html")
        b = later(a, rng, (0, 4))
        b = replace(b, board=rng.choice(BOARDS[1:]))
        style = rng.choice(["upper", "suffix", "none"])
        if b.title is not None:
            titles = {"upper": b.title.upper(), "suffix": b.title + TITLE_SUFFIX[lang], "none": None}
            b = replace(b, title=titles[style])
        no_employer = rng.random() < 0.4
        b = replace(
            b, employer=None if no_employer else b.employer, location=None if rng.random() < 0.3 else b.location
        )
        said = f"title {style}" + (", no employer field" if no_employer else "")
        return a, b, f"The same ad as HTML and as {b.board} text; {said}."
    if kind == "small_edit":
        b = later(a, rng, (0, 10))
        ops = (
            ["typos", "benefit", "pay", "sentence", "drop"]
            if PAY.search(ad.text)
            else ["typos", "benefit", "sentence", "drop"]
        )
        ops = rng.sample(ops, 2 if rng.random() < 0.35 else 1)
        for op in ops:
            if op == "typos":
                a = replace(a, text=typos(a.text, rng))
            elif op == "benefit":
                b = replace(b, text=add_line(b.text, rng, lang))
            elif op == "pay":
                b = replace(b, text=nudge_pay(b.text, rng))
            elif op == "sentence":
                b = replace(b, text=add_sentence(b.text, rng, lang))
            else:
                b = replace(b, text=drop_bullet(b.text, rng))
        return a, b, "Edited copy: " + ", ".join(ops) + "."
    if kind == "other_city":
        assert ad.other_city, f"{ad.key}: other_city pairs need an other_city mapping"
        b = later(a, rng, (0, 4))
        text, title, location = b.text, b.title or "", b.location or ""
        for old, new in sorted(ad.other_city.items(), key=lambda kv: -len(kv[0])):  # "We Wrocławiu" before "Wrocław"
            assert old in text + title + location, f"{ad.key}: {old!r} is not in the ad"
            text, title, location = text.replace(old, new), title.replace(old, new), location.replace(old, new)
        b = replace(b, text=text, title=title or None, location=location or None)
        moves = ", ".join(f"{o} -> {n}" for o, n in ad.other_city.items())
        return a, b, f"The same ad posted for another city: {moves}"
    if kind == "truncated":
        b = replace(a, board=rng.choice(BOARDS[1:]), text=cut(a.text, rng), cut=True)
        return a, b, f"The {b.board} board shows only the first {round(100 * len(b.text) / len(a.text))} % of the text."
    raise ValueError(kind)


def non_duplicate(ad_a: Ad, ad_b: Ad, lang: str, rng: random.Random) -> tuple[Copy, Copy]:
    a = first_copy(ad_a, lang, rng)
    b = later(first_copy(ad_b, lang, rng, board=a.board if rng.random() < 0.7 else None), rng, (0, 15))
    return a, b


def build(lang: str) -> list[tuple[str, dict[str, Any]]]:
    ads, rows = load(lang)
    out = []
    for n, row in enumerate(rows, start=1):
        kind, key_a, key_b, note = [*row, None, None][:4]
        rng = random.Random(f"{lang}:{n}:{kind}:{key_a}:{key_b}")
        ad_a = ads[key_a]
        if kind in DUP_KINDS:
            assert key_b is None, row
            a, b, note = duplicate(kind, ad_a, lang, rng)
        else:
            assert kind in NON_DUP_KINDS and key_b and note, f"{row}: a non-duplicate pair names two ads and why"
            assert ads[key_b].split == ad_a.split, f"{row}: both ads must be in one split"
            a, b = non_duplicate(ad_a, ads[key_b], lang, rng)
        if rng.random() < 0.5:
            a, b = b, a
        pair = {"id": f"{lang}-{n:03d}", "lang": lang, "kind": kind, "duplicate": kind in DUP_KINDS, "note": note,
                "ads": [key_a, key_b or key_a], "a": a.render(), "b": b.render()}  # fmt: skip
        out.append((ad_a.split, pair))
    return out


def render_files() -> dict[str, str]:
    files = {f"{split}.jsonl": "" for split in SPLITS}
    for lang in LANGS:
        for split, pair in build(lang):
            files[f"{split}.jsonl"] += json.dumps(pair, ensure_ascii=False) + "\n"
    return files


def main(argv: list[str]) -> int:
    files = render_files()
    if "--check" in argv:
        stale = [n for n, text in files.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != text]
        if stale:
            print("out of date: " + ", ".join(stale) + " (run python tests/dedup/make_pairs.py)")
            return 1
        return 0
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(f"wrote {HERE / name} ({text.count(chr(10))} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
