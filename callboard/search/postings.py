"""The text match on PostgreSQL, read from the posting lists (`callboard.store.postings`).

It answers what `offer_text.tsv @@ to_tsquery('simple', q.tsquery(terms))` answers, without visiting a
heap page per matching offer. PostgreSQL reads each query word the way it reads the quoted operand of a
tsquery: its lexemes, in order, must stand at adjacent positions (a hyphenated word is itself and its
parts: 'колл-центр' <-> 'колл' <-> 'центр'; a phrase is its words' sequences one after the other). So
each alternative of a term becomes such a sequence of lexemes, asked of PostgreSQL's own parser, and:
- one lexeme: its posting list;
- two lexemes: the posting list of the pair, which holds the offers with them at adjacent positions;
- a hyphenated word alone: the word's own lexeme, which the parser only makes followed by its parts;
- any other sequence: the AND of its pairs' lists, checked on the tsvectors of those candidates only.
A term matches when one of its alternatives does; the positive terms are AND-ed.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from callboard.search import query as q

Array = np.ndarray[Any, Any]
Sequence = tuple[tuple[str, ...], str]  # (lexemes in order, its tsquery text for the exact check)

_LEXEMES = (
    "SELECT a.i, l.lexeme, p FROM unnest(%s::text[]) WITH ORDINALITY a(alt, i), "
    "unnest(to_tsvector('simple', a.alt)) l, unnest(l.positions) p"
)
# the ids in PostgreSQL's binary array format (array_send), read by numpy without parsing text
_POSTINGS = "SELECT term, array_send(ids) FROM offer_postings WHERE term = ANY(%s) ORDER BY term, block"
_CHECK = "SELECT string_agg(offer_id::text, ',') FROM offer_text WHERE offer_id = ANY(%s::int4[]) AND tsv @@ to_tsquery('simple', %s)"  # noqa: E501


def match(cursor: Any, terms: list[q.Term]) -> Array:
    """Sorted ids of the offers matching all the terms (a psycopg cursor inside a transaction)."""
    cursor.execute("SET LOCAL jit = off")  # the statements are small; compiling costs more than it saves
    sequences = _sequences(cursor, terms)
    wanted = sorted({t for seqs in sequences for lexemes, _ in seqs for t in _posting_terms(lexemes)})
    lists = _posting_lists(cursor, wanted)
    found: Array | None = None
    for seqs in sequences:
        if not seqs:  # no lexeme in any alternative: PostgreSQL drops the operand from the query
            continue
        ids = _union([_sequence_ids(cursor, lexemes, text, lists) for lexemes, text in seqs])
        found = ids if found is None else _intersect(found, ids)
    return found if found is not None else np.zeros(0, dtype=np.int64)


def _sequences(cursor: Any, terms: list[q.Term]) -> list[list[Sequence]]:
    """For each term, the lexeme sequence of each of its alternatives (empty ones left out)."""
    words = sorted({w for t in terms for alts in t.alternatives for w in (alts[:1] if t.phrase else alts)})
    lexemes: dict[str, list[tuple[int, str]]] = {w: [] for w in words}
    cursor.execute(_LEXEMES, (words,))
    for i, lexeme, position in cursor.fetchall():
        lexemes[words[i - 1]].append((position, lexeme))
    seq = {w: tuple(lx for _, lx in sorted(found)) for w, found in lexemes.items()}
    out = []
    for t in terms:
        if t.phrase:
            joined = tuple(lx for alts in t.alternatives for lx in seq[alts[0]])
            out.append([(joined, q.tsquery([t]))] if joined else [])
        else:
            out.append([(seq[a], q.tsquery([q.Term(((a,),), False, False)])) for a in t.alternatives[0] if seq[a]])
    return out


def _compound(lexemes: tuple[str, ...]) -> bool:
    """A hyphenated word and its parts, as the parser makes them: the first lexeme implies the rest."""
    return len(lexemes) > 2 and "-" in lexemes[0] and list(lexemes[1:]) == lexemes[0].split("-")


def _posting_terms(lexemes: tuple[str, ...]) -> list[str]:
    if len(lexemes) == 1 or _compound(lexemes):
        return [lexemes[0]]
    return [f"{a} {b}" for a, b in itertools.pairwise(lexemes)]


def _posting_lists(cursor: Any, terms: list[str]) -> dict[str, Array]:
    """Term -> its sorted ids. A common word at 1M offers has ~1,000 rows and 150k ids: as text they
    took 1 µs an id to parse (200 ms), in the binary format numpy views them as they come."""
    cursor.execute(_POSTINGS, (terms,))
    parts: dict[str, list[Array]] = {}
    for term, data in cursor.fetchall():
        # a one-dimensional int4 array: 5 header words (ndim, flags, type, length, lower bound), then
        # each element as (its byte length, its value), big-endian
        words = np.frombuffer(data, dtype=">i4")
        if words.size > 5:
            parts.setdefault(term, []).append(words[6::2])
    return {term: _sorted(np.concatenate(arrays).astype(np.int64)) for term, arrays in parts.items()}


def _sorted(ids: Array) -> Array:
    # rows come in block order and are written sorted, but an id written again (an update) is appended
    return ids if np.all(ids[1:] > ids[:-1]) else _distinct(np.sort(ids, kind="stable"))


def _intersect(a: Array, b: Array) -> Array:
    """The ids in both sorted arrays: each id of the shorter looked up in the longer."""
    small, large = (a, b) if a.size <= b.size else (b, a)
    if not small.size:
        return small
    at = np.minimum(np.searchsorted(large, small), large.size - 1)
    found: Array = small[large[at] == small]
    return found


def _sequence_ids(cursor: Any, lexemes: tuple[str, ...], text: str, lists: dict[str, Array]) -> Array:
    empty = np.zeros(0, dtype=np.int64)
    parts = [lists.get(t, empty) for t in _posting_terms(lexemes)]
    ids = parts[0]
    for other in parts[1:]:
        ids = _intersect(ids, other)
    if len(parts) == 1 or not ids.size:
        return ids
    # three or more lexemes: the pairs may stand apart in the ad; its tsvector has the positions
    cursor.execute(_CHECK, ("{" + ",".join(map(str, ids.tolist())) + "}", text))
    row = cursor.fetchone()
    joined = row[0] if row else None
    return np.sort(np.fromstring(joined, dtype=np.int64, sep=",")) if joined else empty


def _union(arrays: list[Array]) -> Array:
    arrays = [a for a in arrays if a.size] or arrays[:1]
    if len(arrays) == 1:
        return arrays[0]
    # sorted runs: a stable sort merges them in linear time (np.unique hashed 330k ids in 130 ms)
    return _distinct(np.sort(np.concatenate(arrays), kind="stable"))


def _distinct(ordered: Array) -> Array:
    keep = np.ones(ordered.size, dtype=bool)
    keep[1:] = ordered[1:] != ordered[:-1]
    found: Array = ordered[keep]
    return found
