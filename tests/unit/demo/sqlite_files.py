"""Demo systems in temporary SQLite files, and their tables read back for comparison."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import create_engine, select

from synchub.demo.schemas import METADATA
from synchub.demo.vocabulary import SYSTEMS


def make_urls(folder) -> dict[str, str]:
    return {s: f"sqlite:///{folder / s}.db" for s in SYSTEMS}


def rows(url: str, table) -> list[tuple]:
    """Every row of a table, sorted, for comparing whole databases."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = [tuple(r) for r in conn.execute(select(table)).all()]
    finally:
        engine.dispose()
    return sorted(out, key=repr)


def frame(url: str, table) -> pd.DataFrame:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            result = conn.execute(select(table))
            return pd.DataFrame(result.all(), columns=list(result.keys()), dtype=object)
    finally:
        engine.dispose()


def dump(urls: dict[str, str]) -> dict[str, list[tuple]]:
    return {t.name: rows(urls[s], t) for s, md in METADATA.items() for t in md.sorted_tables}
