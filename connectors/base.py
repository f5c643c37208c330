"""The shape every connector has.

A connector reads native rows of one table incrementally, reads rows back by key, and writes
planned rows in batches. It knows nothing of the canonical model or of mappings: it moves
native rows, as DataFrames whose columns are native column names.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pandas as pd

from synchub.config.models import SourceSpec, SystemSpec, TargetSpec


@dataclass
class WriteResult:
    """What happened to the rows given to ``Connector.write``.

    ``written`` has columns ``row`` (the position given) and ``local_id`` (the record's id in the
    system, new for created rows); ``rejected`` has ``row`` and ``error`` (the system's message).
    """

    written: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["row", "local_id"]))
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["row", "error"]))


class Connector(ABC):
    """One connected system. Build with ``Connector(name, spec, url)``; close when done."""

    type: ClassVar[str]

    def __init__(self, name: str, spec: SystemSpec, url: str):
        self.name = name
        self.spec = spec
        self.url = url

    @abstractmethod
    def columns(self, table: str) -> list[str]:
        """The native columns of a table, to check mappings against before any read."""

    @abstractmethod
    def extract(self, source: SourceSpec, columns: list[str], since: str | None,
                chunk_size: int) -> Iterator[pd.DataFrame]:
        """Rows whose cursor is at or after ``since`` (all rows when None), in chunks."""

    @abstractmethod
    def read_keys(self, source: SourceSpec, columns: list[str], keys: list[str],
                  by: str | None = None) -> pd.DataFrame:
        """The current rows whose id (or the column ``by``) is one of ``keys``.

        Used to read back what was written, and to find records created by an earlier try."""

    @abstractmethod
    def cursor_text(self, values: pd.Series) -> str | None:
        """The largest cursor value of a chunk, as text to store as the watermark."""

    @abstractmethod
    def write(self, target: TargetSpec, source: SourceSpec, rows: pd.DataFrame, create: bool,
              batch_size: int) -> WriteResult:
        """Update (``create=False``; ``rows`` holds the key column) or create rows, in batches."""

    def test_connection(self) -> tuple[bool, str]:
        """``(ok, message)``, without reading any business data."""
        return True, "no check for this connector"

    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> "Connector":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
