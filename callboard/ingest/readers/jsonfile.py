"""A .json document: hh.ru (a search result `{"items": [...]}`, one vacancy, or an array of them) or generic ads.

Every element of `items` is read as an hh.ru vacancy. In a top-level array, or for a single object, each
element is read as hh.ru when it looks like a vacancy and as a generic ad (kind "jsonl") otherwise.
Origins are "path#N", N the element's 1-based position.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from callboard.ingest.readers import hh, jsonlines
from callboard.ingest.readers.values import SourceFile, dumps, json_error, type_name
from callboard.ingest.record import Record


def read_json(f: SourceFile, text: str) -> Iterator[Record]:
    try:
        doc = json.loads(text, strict=False)
    except json.JSONDecodeError as exc:
        yield f.whole(f"invalid JSON: {json_error(exc)}")
        return
    if isinstance(doc, dict) and "items" in doc and not hh.looks_like_vacancy(doc):
        items = doc["items"]
        if not isinstance(items, list):
            yield f.whole(f"'items' is not an array (got {type_name(items)})")
            return
        for n, item in enumerate(items, 1):
            yield hh.vacancy_from_item(item, source=f.source_or(hh.SOURCE), origin=f"{f.path}#{n}")
    elif isinstance(doc, list):
        for n, item in enumerate(doc, 1):
            yield _element(f, item, f"{f.path}#{n}")
    elif isinstance(doc, dict):
        yield _element(f, doc, f"{f.path}#1")
    else:
        yield f.whole(f"expected a JSON object or array, got {type_name(doc)}")


def _element(f: SourceFile, item: Any, origin: str) -> Record:
    if hh.looks_like_vacancy(item):
        return hh.vacancy_from_item(item, source=f.source_or(hh.SOURCE), origin=origin)
    return jsonlines.generic_ad(item, dumps(item), source=f.source_or(), origin=origin)
