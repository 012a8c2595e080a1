"""Callboard's exceptions.

- CallboardError            every error the package raises on purpose
  - InputError              the ad cannot be read (not text, too long, wrong type)
  - DataError               a lexicon or role file is malformed; lists every bad entry with file:line
  - StoreError              the database cannot be opened or used (bad URL, server down, newer schema)
"""

from __future__ import annotations


class CallboardError(Exception):
    """Base class: catch this to handle any error Callboard raises on purpose."""


class InputError(CallboardError, ValueError):
    """The ad cannot be analyzed as given."""


class DataError(CallboardError):
    """A data file (lexicon, roles) is malformed."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid data files:\n" + "\n".join(f"  {p}" for p in problems))


class StoreError(CallboardError):
    """The database cannot be opened or used as asked."""
