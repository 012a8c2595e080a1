"""Turn the input (plain text or an HTML page / fragment) into the plain text that spans point into."""

from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from callboard.errors import InputError

MAX_INPUT_CHARS = 2_000_000
"""Longer input is refused: no job ad is 2 MB of text, and refusing keeps memory and time bounded."""

_HTML_HINT = re.compile(
    r"<(?:p|br|div|ul|ol|li|span|strong|b|i|em|h[1-6]|table|tr|td|html|body|section|a)\b[^>]*>|&(?:[a-z]+|#\d+);", re.I
)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "dd",
    "dt",
    "blockquote",
    "hr",
    "title",
}
_CELL_TAGS = {"td", "th"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head"}
# Every other line separator becomes a new line, so "one line" means the same to every reader.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# runs of spaces and any other blank: a single plain space (the common case) is left alone; written to start
# with a character class, so the regex engine skips to blanks instead of trying every position
_SPACES = re.compile(
    r"[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]"
    r"(?:[ \t\xa0\u2000-\u200b\u202f\u205f\u3000]+|(?<=[\t\xa0\u2000-\u200b\u202f\u205f\u3000]))"
)
_ODD_BLANK = re.compile(r"[\t\xa0\u2000-\u200b\u202f\u205f\u3000]")  # the blanks of _SPACES but the space
_LINE_EDGE_SPACES = re.compile(r" \n ?|\n ")  # only where a space touches a line break
_LINE_BREAK_CHARS = ("\r", "\x85", "\u2028", "\u2029")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
# Where a board dropped the line break between two list items, a capitalised word sticks to the end of
# the one before: "График 5/2Заработная плата", "50 000 рублейРазъездной", "skillsStrong communication".
# A candidate is a capital after a digit or a lowercase letter, followed by lowercase ones; _glued()
# tells the glue from a name written in camel case ("PowerPoint", "WhatsApp", "СберБанк").
_GLUE_CANDIDATE = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁ](?=[a-ząćęłńóśźżа-яё]{3})(?<=[\da-ząćęłńóśźżа-яё][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁ])"
)
GLUED_WORD_MIN = 4  # letters of the word before the capital: shorter ones are prefixes ("iPhone", "eBay")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM); anything else is refused with a clear message."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"the ad is not valid UTF-8 (bad byte at position {exc.start}); save it as UTF-8 and retry"
        ) from None


def looks_like_html(text: str) -> bool:
    if "<" not in text and "&" not in text:
        return False
    return _HTML_HINT.search(text[:20000]) is not None


def html_to_text(html: str) -> str:
    """Visible text of an HTML page or fragment, one line per block element, entities decoded."""
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    for node in root.traverse(include_text=True):
        tag = node.tag
        if tag == "-text":
            parent = node.parent
            if parent is not None and parent.tag in _SKIP_TAGS:
                continue
            parts.append(node.text_content or "")
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
            if tag == "li":
                parts.append("• ")
        elif tag in _CELL_TAGS:
            parts.append(" ")  # "<th>Umowa</th><td>umowa o pracę</td>": two words, not "Umowaumowa"
    return "".join(parts)


def _glued(text: str, at: int) -> bool:
    """Whether the capital at `at` starts a new item glued to the previous one (see _GLUE_CANDIDATE)."""
    if text[at - 1].isdigit():
        return True
    start = at - 1  # a lowercase letter (the pattern says so)
    while start > 0 and text[start - 1].isalpha():
        if text[start - 1].isupper():  # a camel-case name ("ЛогистЗапчасть"); the walk stops here, so
            return False  # each letter is walked over once in all: linear on any input
        start -= 1
    return at - start >= GLUED_WORD_MIN


def _unglue(text: str) -> str:
    cuts = [m.start() for m in _GLUE_CANDIDATE.finditer(text) if _glued(text, m.start())]
    if not cuts:
        return text
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "\n".join(pieces)


def prepare(text: str) -> str:
    """The analyzable text: HTML stripped, Unicode normalized (NFC), whitespace tidied, controls removed."""
    if not isinstance(text, str):
        raise InputError(f"expected the ad as str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputError(f"the ad is {len(text):,} characters long; the limit is {MAX_INPUT_CHARS:,}")
    if looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n")
    if any(ch in text for ch in _LINE_BREAK_CHARS):  # translate() is slow: only when needed
        text = text.translate(_LINE_BREAKS)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _CONTROL.search(text):
        bad = len(_CONTROL.findall(text))
        if bad > 20 and bad > len(text) // 20:
            raise InputError("the ad looks like binary data, not text (too many control characters)")
        text = _CONTROL.sub(" ", text)
    # most ads have single plain spaces only: each substitution runs when a cheap test says it has work
    if "  " in text or _ODD_BLANK.search(text):
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_SPACES.sub("\n", text)  # each line stripped, in one pass
    text = _unglue(text)
    return _BLANK_LINES.sub("\n\n", text).strip()
