"""schema.org JobPosting JSON-LD in HTML pages: every `<script type="application/ld+json">` block is read.

A block may hold one object, a list, an `@graph`, or a JobPosting nested in another node (WebPage
`mainEntity`, ItemList, ...); each JobPosting found, in document order, is one ad, origin "path#N". Nodes a
posting refers to by `@id` alone (an Organization in the same `@graph`, say) are copied into it, so its raw
bytes stand on their own. A block that is not valid JSON is one Unreadable (raw = the block's text); the
page's other blocks are still read. A page with no JobPosting and no broken block is one Unreadable.

A posting's record has kind "jsonld" and raw = JSON {"posting": {...}, "page_url": "..."} (page_url, the
page's canonical URL, only when the page names one: it stands in for a posting without `url`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from callboard.ingest.readers.values import SourceFile, dumps, ident, json_error, posted_at, text, type_name
from callboard.ingest.record import RawAd, Record, Unreadable

KIND = "jsonld"
NO_POSTING = "no schema.org JobPosting in the page"

# Wrappers some sites put around the JSON: HTML comments and CDATA sections.
_WRAPPER_START = re.compile(r"^\s*(?:<!--|(?://\s*)?<!\[CDATA\[)\s*")
_WRAPPER_END = re.compile(r"\s*(?:-->|(?://\s*)?\]\]>)\s*$")
# A description whose markup arrived HTML-escaped ("&lt;p&gt;...") and that holds no real tag.
_ESCAPED_TAG = re.compile(r"&lt;/?[a-z][a-z0-9]*(?:\s[^<>]*?)?/?&gt;", re.I)
_REAL_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.I)
# Parts of a posting that are not `structured`: they are the RawAd's own fields or JSON-LD bookkeeping.
_OWN_FIELDS = {"description", "title", "url", "datePosted"}


def read_page(f: SourceFile, page: str) -> Iterator[Record]:
    tree = LexborHTMLParser(page)
    page_url = _page_url(tree)
    source = f.source_or()
    blocks: list[tuple[str, Any]] = []  # (text, parsed JSON or the error message)
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        block = node.text(deep=True) or ""
        if block.strip():
            blocks.append((block, _load(block)))
    by_id: dict[str, dict[str, Any]] = {}
    for _, parsed in blocks:
        if not isinstance(parsed, _BadBlock):
            _collect_ids(parsed, by_id)
    n = 0
    seen: set[bytes] = set()
    for block, parsed in blocks:
        if isinstance(parsed, _BadBlock):
            n += 1
            yield Unreadable(source=source, kind=KIND, origin=f"{f.path}#{n}", raw=block.encode(), reason=parsed.reason)
            continue
        for posting in _postings(parsed):
            wrapped: dict[str, Any] = {"posting": _inline_refs(posting, by_id)}
            if page_url:
                wrapped["page_url"] = page_url
            raw = dumps(wrapped)
            if raw in seen:  # the same posting twice in a page (two blocks, or a block and its @graph copy)
                continue
            seen.add(raw)
            n += 1
            yield posting_record(wrapped["posting"], page_url, raw, source=source, origin=f"{f.path}#{n}")
    if n == 0:
        yield f.whole(NO_POSTING)


def parse_block(raw: bytes, *, source: str, origin: str) -> list[Record]:
    """The per-record parser of kind "jsonld": a stored posting, or a JSON-LD block's text (once broken, now fixed).

    A block may hold several postings, hence a list; an unreadable block is a list of one Unreadable.
    """

    def unreadable(reason: str) -> list[Record]:
        return [Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)]

    try:
        block = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return unreadable("the JSON-LD block is not UTF-8 text")
    parsed = _load(block)
    if isinstance(parsed, _BadBlock):
        return unreadable(parsed.reason)
    if isinstance(parsed, dict) and "posting" in parsed and not any(k.startswith("@") for k in parsed):
        page_url = parsed.get("page_url")
        return [posting_record(parsed["posting"], text(page_url), raw, source=source, origin=origin)]
    by_id: dict[str, dict[str, Any]] = {}
    _collect_ids(parsed, by_id)
    postings = [_inline_refs(p, by_id) for p in _postings(parsed)]
    if not postings:
        return unreadable("no schema.org JobPosting in the JSON-LD block")
    return [posting_record(p, None, raw, source=source, origin=origin) for p in postings]


def posting_record(posting: Any, page_url: str | None, raw: bytes, *, source: str, origin: str) -> Record:
    def unreadable(reason: str) -> Unreadable:
        return Unreadable(source=source, kind=KIND, origin=origin, raw=raw, reason=reason)

    if not isinstance(posting, dict):
        return unreadable(f"expected a JobPosting object, got {type_name(posting)}")
    body = posting.get("description")
    if not (isinstance(body, str) and body.strip()):
        return unreadable("the JobPosting has no description")
    structured: dict[str, Any] = {}
    posted = posted_at(posting.get("datePosted"), structured)
    structured.update({k: v for k, v in posting.items() if k not in _OWN_FIELDS and not k.startswith("@")})
    return RawAd(
        source=source,
        kind=KIND,
        origin=origin,
        raw=raw,
        body=_unescape_markup(body),
        external_id=_identifier(posting.get("identifier")),
        title=text(posting.get("title")) or text(posting.get("name")),
        url=text(posting.get("url")) or page_url,
        posted_at=posted,
        employer=_name(posting.get("hiringOrganization")),
        location=_location(posting.get("jobLocation")),
        structured=structured,
    )


class _BadBlock:
    """A block that is not JSON, with the parser's reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _load(block: str) -> Any:
    cleaned = _WRAPPER_END.sub("", _WRAPPER_START.sub("", block))
    try:
        return json.loads(cleaned, strict=False)  # strict=False: raw line breaks inside strings are common
    except json.JSONDecodeError as exc:
        return _BadBlock(f"invalid JSON-LD: {json_error(exc)}")


def _is_posting(node: Mapping[str, Any]) -> bool:
    types = node.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and re.split(r"[/:#]", t)[-1] == "JobPosting" for t in names)


def _postings(node: Any) -> Iterator[dict[str, Any]]:
    """Every JobPosting in a JSON-LD value, in order; a posting's own properties are not searched."""
    if isinstance(node, list):
        for item in node:
            yield from _postings(item)
    elif isinstance(node, dict):
        if _is_posting(node):
            yield node
            return
        for key, value in node.items():
            if key != "@context":
                yield from _postings(value)


def _collect_ids(node: Any, by_id: dict[str, dict[str, Any]]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect_ids(item, by_id)
    elif isinstance(node, dict):
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            by_id.setdefault(node_id, node)
        for value in node.values():
            _collect_ids(value, by_id)


def _inline_refs(posting: dict[str, Any], by_id: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """The posting with its top-level `{"@id": ...}` references replaced by the nodes they name."""

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in by_id:
            return by_id[value["@id"]]
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return value

    return {key: resolve(value) for key, value in posting.items()}


def _page_url(tree: LexborHTMLParser) -> str | None:
    for node in tree.css("link[rel]"):
        if "canonical" in (node.attributes.get("rel") or "").lower().split():
            return text(node.attributes.get("href"))
    meta = tree.css_first('meta[property="og:url"]')
    return text(meta.attributes.get("content")) if meta is not None else None


def _unescape_markup(body: str) -> str:
    """An HTML-escaped description ("&lt;p&gt;Opis&lt;/p&gt;") as HTML; anything else exactly as received."""
    for _ in range(2):  # some sites escape twice
        if _REAL_TAG.search(body) or not _ESCAPED_TAG.search(body):
            break
        body = html.unescape(body)
    return body


def _identifier(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("value")
    return ident(value)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        return text(value.get("name")) or text(value.get("legalName"))
    return text(value)


def _location(value: Any) -> str | None:
    places = value if isinstance(value, list) else [value]
    found = [p for p in (_place(p) for p in places) if p]
    return "; ".join(dict.fromkeys(found)) or None


def _place(place: Any) -> str | None:
    if not isinstance(place, Mapping):
        return text(place)
    address = place.get("address")
    if isinstance(address, list):
        address = address[0] if address else None
    if isinstance(address, Mapping):
        parts = [
            text(address.get("addressLocality")),
            text(address.get("addressRegion")),
            _name(address.get("addressCountry")),
        ]
        joined = ", ".join(dict.fromkeys(p for p in parts if p))
        if joined:
            return joined
    return text(address) or text(place.get("name"))
