"""Checks of a flow's mappings against the real columns of each system, before any read.

The second step of config validation (the first is the shape, in ``synchub.config``): every
native column a mapping reads or writes must exist in its system's table. All problems of all
systems are reported together, each with ``file:line: key``.
"""

from __future__ import annotations

from synchub.errors import ConfigError
from synchub.pipeline.context import RunContext


def check_columns(ctx: RunContext) -> None:
    problems: list[str] = []
    for system, mapping in ctx.flow.mappings.items():
        spec, doc = mapping.spec, mapping.doc
        connector = ctx.connector(system)
        columns = connector.columns(spec.source.table)
        available = ", ".join(columns)

        def check(column: str, where: tuple, table: str, known: list[str], listing: str) -> None:
            if column not in known:
                problems.append(f"{doc.where(where)}: unknown column {column!r} in {system} table {table!r}; "
                                f"columns are {listing}")

        source = spec.source
        for key in ("key", "cursor", "golden_id_column"):
            value = getattr(source, key)
            if value:
                check(value, ("source", key), source.table, columns, available)
        if source.deleted:
            check(source.deleted.column, ("source", "deleted", "column"), source.table, columns, available)
        for name, field_map in spec.fields.items():
            for column in field_map.columns:
                check(column, ("fields", name, "from"), source.table, columns, available)
        if spec.target:
            target_columns = connector.columns(spec.target.table)
            listing = ", ".join(target_columns)
            check(spec.target.key, ("target", "key"), spec.target.table, target_columns, listing)
            for group in ("on_write", "on_create"):
                for column in getattr(spec.target, group):
                    check(column, ("target", group, column), spec.target.table, target_columns, listing)
    if problems:
        raise ConfigError(problems)
