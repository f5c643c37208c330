"""The SQL connector: incremental reads by a cursor column, batched updates and inserts.

Writes go in batches, each in its own transaction. A batch that the database refuses for a
data reason (constraint, value too long) is retried row by row so that only the offending rows
are rejected; a batch that fails for an operational reason (connection lost, deadlock) is
retried with exponential backoff, then raised as ``SourceSystemError``.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import string
import time
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import pandas as pd
import sqlalchemy as sa
from sqlalchemy import exc as sa_exc

from connectors.base import Connector, WriteResult
from synchub.config.models import SourceSpec, SystemSpec, TargetSpec
from synchub.errors import SourceSystemError

log = logging.getLogger(__name__)

RETRIES = 4
BACKOFF_SECONDS = 0.5
_ALPHANUMERIC = string.digits + string.ascii_letters


class _Lenient(sa.types.TypeDecorator):
    """Reads a column as its own type, but hands over a value that type cannot convert as it is.

    SQLite keeps text in a NUMERIC column, and a driver may meet a date it cannot parse: the
    mapping then quarantines that one row with its reason, instead of the whole read failing.
    """

    impl = sa.types.NullType
    cache_ok = True

    def __init__(self, inner: sa.types.TypeEngine):
        super().__init__()
        self.inner = inner

    def load_dialect_impl(self, dialect):
        return self.inner.dialect_impl(dialect)

    def result_processor(self, dialect, coltype):
        convert = self.inner.dialect_impl(dialect).result_processor(dialect, coltype)
        if convert is None:
            return None

        def process(value):
            try:
                return convert(value)
            except (TypeError, ValueError, ArithmeticError):
                return value

        return process


def _readable(column: sa.Column):
    return sa.type_coerce(column, _Lenient(column.type)).label(column.name)


class SqlConnector(Connector):
    """Any database SQLAlchemy can reach by URL."""

    type = "sql"

    def __init__(self, name: str, spec: SystemSpec, url: str):
        super().__init__(name, spec, url)
        try:
            self.engine = sa.create_engine(url, **spec.options.get("engine", {}))
        except (sa_exc.ArgumentError, ImportError) as exc:
            raise SourceSystemError(f"system {name!r}: cannot use its connection URL: {exc}") from exc
        self._tables: dict[str, sa.Table] = {}

    # ------------------------------------------------------------------ reading
    def table(self, name: str) -> sa.Table:
        """The reflected table (cached for the connector's life)."""
        if name not in self._tables:
            try:
                self._tables[name] = sa.Table(name, sa.MetaData(), autoload_with=self.engine)
            except sa_exc.NoSuchTableError:
                raise SourceSystemError(f"system {self.name!r}: no table {name!r}") from None
            except sa_exc.DBAPIError as exc:
                raise SourceSystemError(f"system {self.name!r}: cannot read table {name!r}: {exc.orig}") from exc
        return self._tables[name]

    def columns(self, table: str) -> list[str]:
        return [c.name for c in self.table(table).columns]

    def _cursor_value(self, column: sa.Column, text: str):
        python_type = _python_type(column)
        if python_type in (dt.datetime, dt.date):
            return dt.datetime.fromisoformat(text)
        if python_type in (int, Decimal, float):
            return Decimal(text)
        return text

    def extract(self, source: SourceSpec, columns: list[str], since: str | None,
                chunk_size: int) -> Iterator[pd.DataFrame]:
        table = self.table(source.table)
        cursor = table.c[source.cursor]
        query = sa.select(*[_readable(table.c[c]) for c in columns])
        if since is not None:
            # >= so that rows committed with the watermark's own timestamp are not missed; the
            # hub drops rows it has already seen by their content hash.
            query = query.where(cursor >= self._cursor_value(cursor, since))
        query = query.order_by(cursor, table.c[source.key])
        try:
            with self.engine.connect() as conn:
                # closed explicitly, so that a reader who stops early releases the server-side
                # cursor cleanly (PyMySQL warns and psycopg complains about one left open)
                with conn.execution_options(stream_results=True, yield_per=chunk_size).execute(query) as result:
                    for rows in result.partitions(chunk_size):
                        yield pd.DataFrame.from_records(rows, columns=columns)
        except sa_exc.DBAPIError as exc:
            raise SourceSystemError(f"system {self.name!r}: reading {source.table!r} failed: {exc.orig}") from exc

    def read_keys(self, source: SourceSpec, columns: list[str], keys: list[str],
                  by: str | None = None) -> pd.DataFrame:
        table = self.table(source.table)
        key = table.c[by or source.key]
        key_values = [_to_native(key, k) for k in keys]
        frames = []
        try:
            with self.engine.connect() as conn:
                for start in range(0, len(key_values), 1000):
                    chunk = key_values[start:start + 1000]
                    rows = conn.execute(sa.select(*[_readable(table.c[c]) for c in columns])
                                        .where(key.in_(chunk))).all()
                    frames.append(pd.DataFrame.from_records(rows, columns=columns))
        except sa_exc.DBAPIError as exc:
            raise SourceSystemError(f"system {self.name!r}: reading back {source.table!r} failed: {exc.orig}") from exc
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)

    def cursor_text(self, values: pd.Series) -> str | None:
        values = values.dropna()
        if values.empty:
            return None
        top = values.max()
        if isinstance(top, (dt.datetime, pd.Timestamp)):
            return pd.Timestamp(top).isoformat()
        if isinstance(top, Decimal) and top == top.to_integral_value():
            return str(int(top))
        return str(top)

    # ------------------------------------------------------------------ writing
    def write(self, target: TargetSpec, source: SourceSpec, rows: pd.DataFrame, create: bool,
              batch_size: int) -> WriteResult:
        table = self.table(target.table)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        constants = dict(target.on_write)
        if create:
            constants.update(target.on_create)
        fixed = {name: _constant(value, now) for name, value in constants.items()}
        records = _native_records(table, rows.drop(columns=["row"]), fixed)
        positions = rows["row"].tolist()
        written: list[tuple[int, str]] = []
        rejected: list[tuple[int, str]] = []
        for start in range(0, len(records), batch_size):
            batch = list(zip(positions[start:start + batch_size], records[start:start + batch_size]))
            if create:
                ok, bad = self._with_retries(lambda b: self._insert(table, target, source, b), batch)
            else:
                ok, bad = self._with_retries(lambda b: self._update(table, target, b), batch)
            written.extend(ok)
            rejected.extend(bad)
        return WriteResult(
            written=pd.DataFrame(written, columns=["row", "local_id"]),
            rejected=pd.DataFrame(rejected, columns=["row", "error"]),
        )

    def _with_retries(self, apply, batch):
        """Apply a batch; isolate rows the database refuses; back off on operational errors."""
        for attempt in range(RETRIES + 1):
            try:
                return apply(batch), []
            except sa_exc.OperationalError as exc:
                if _refused_data(exc):
                    return self._isolate(apply, batch, exc)
                if attempt == RETRIES:
                    raise SourceSystemError(
                        f"system {self.name!r}: write failed after {RETRIES + 1} tries: {_message(exc)}") from exc
                delay = BACKOFF_SECONDS * 2 ** attempt
                log.warning("system %s: write failed (%s); retrying in %.1f s", self.name, _message(exc), delay)
                time.sleep(delay)
            except sa_exc.StatementError as exc:  # data errors: constraint, type, length
                return self._isolate(apply, batch, exc)
        raise AssertionError("unreachable")

    def _isolate(self, apply, batch, exc: sa_exc.StatementError):
        """A batch the database refused for a data reason: reject its one row, or try each row alone."""
        if len(batch) == 1:
            return [], [(batch[0][0], _message(exc))]
        ok, bad = [], []
        for one in batch:
            good, refused = self._with_retries(apply, [one])
            ok.extend(good)
            bad.extend(refused)
        return ok, bad

    def _update(self, table: sa.Table, target: TargetSpec, batch):
        key = table.c[target.key]
        columns = [c for c in batch[0][1] if c != target.key]
        statement = (table.update().where(key == sa.bindparam("_key"))
                     .values({c: sa.bindparam(f"_v_{c}") for c in columns}))
        params = [{"_key": record[target.key], **{f"_v_{c}": record[c] for c in columns}} for _, record in batch]
        with self.engine.begin() as conn:
            conn.execute(statement, params)
        return [(position, str(record[target.key])) for position, record in batch]

    def _insert(self, table: sa.Table, target: TargetSpec, source: SourceSpec, batch):
        key = table.c[target.key]
        golden_column = table.c[source.golden_id_column]
        with self.engine.begin() as conn:
            if target.new_key.type == "random_id":
                for _, record in batch:
                    record[target.key] = _random_id(target.new_key.prefix, target.new_key.length)
            elif target.new_key.type == "max_plus_one":
                # inside the insert's own transaction; a concurrent writer makes the batch fail
                # on the primary key and it is retried row by row
                # numeric max, so that unpadded ids ('99' < '100') still count right
                top = conn.execute(sa.select(sa.func.max(sa.cast(key, sa.BigInteger)))).scalar()
                next_number = int(top or 0) + 1
                for offset, (_, record) in enumerate(batch):
                    record[target.key] = str(next_number + offset).zfill(target.new_key.length)
            conn.execute(table.insert(), [record for _, record in batch])
            if target.new_key.type == "database":
                golden_ids = [record[source.golden_id_column] for _, record in batch]
                found = dict(conn.execute(sa.select(golden_column, key).where(golden_column.in_(golden_ids))).all())
                return [(position, str(found[record[source.golden_id_column]])) for position, record in batch]
        return [(position, str(record[target.key])) for position, record in batch]

    def test_connection(self) -> tuple[bool, str]:
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return True, f"connected ({self.engine.dialect.name})"
        except sa_exc.DBAPIError as exc:
            return False, _message(exc)

    def close(self) -> None:
        self.engine.dispose()


# MariaDB/MySQL server errors that refuse a row's data, yet PyMySQL raises as OperationalError
# (it maps only the server errors it knows, and every other one numbered 1000 and up to
# OperationalError): 1292 incorrect datetime/number value, 4025 CHECK constraint failed (MariaDB),
# 3819 CHECK constraint violated (MySQL). Other drivers report them as DataError/IntegrityError.
# Without this a single bad value is retried as if the connection had failed, then aborts the load.
_MYSQL_DATA_ERRORS = frozenset({1292, 3819, 4025})


def _refused_data(exc: sa_exc.OperationalError) -> bool:
    """An OperationalError that is really the database refusing a row's data (see above)."""
    args = getattr(exc.orig, "args", ())
    return (not exc.connection_invalidated and len(args) > 0 and isinstance(args[0], int)
            and args[0] in _MYSQL_DATA_ERRORS)


def _message(exc: sa_exc.SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0][:500]


def _python_type(column: sa.Column):
    try:
        return column.type.python_type
    except NotImplementedError:
        return str


def _constant(value, now: dt.datetime):
    if value == "now":
        return now
    if value == "now_ts14":
        return int(now.strftime("%Y%m%d%H%M%S"))
    return value


def _random_id(prefix: str, length: int) -> str:
    return prefix + "".join(secrets.choice(_ALPHANUMERIC) for _ in range(length - len(prefix)))


def _to_native(column: sa.Column, value, python_type=None):
    """A canonical text value as the Python type the column's driver expects."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    python_type = python_type or _python_type(column)
    try:
        if python_type is dt.datetime:
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        if python_type is dt.date:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        if python_type is Decimal:
            return Decimal(str(value))
        if python_type is int:
            return int(Decimal(str(value)))
        if python_type is float:
            return float(value)
        if python_type is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "x", "yes")
    except (ValueError, InvalidOperation) as exc:
        raise sa_exc.StatementError(f"{column.name}: cannot store {value!r} ({exc})", None, None, exc) from exc
    return value if isinstance(value, str) else str(value)


def _native_records(table: sa.Table, frame: pd.DataFrame, fixed: dict) -> list[dict]:
    """Rows as dicts of driver-ready values; a value that cannot be converted fails its row later."""
    def convert(column: sa.Column, values) -> list:
        python_type = _python_type(column)  # once per column, not once per value
        out = []
        for value in values:
            try:
                out.append(_to_native(column, value, python_type))
            except sa_exc.StatementError:
                out.append(value)  # the database refuses it and the row is rejected with its error
        return out

    names = list(frame.columns)
    columns = [convert(table.c[name], frame[name].tolist()) for name in names]
    if not names:
        return [dict(fixed) for _ in range(len(frame))]
    return [{**dict(zip(names, values)), **fixed} for values in zip(*columns)]
