"""A reference (an order's customer, its products) that resolves to a golden record."""

from __future__ import annotations

from typing import List, Optional

import pandas as pd

from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)


class ColumnValuesResolve(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_resolve_to_golden"
    condition_value_keys = ("resolvable", "separator")

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, resolvable=None, separator=None, **kwargs):
        known = set(resolvable or ())
        if not separator:
            return column.isin(known)
        parts = column.astype(str).str.split(separator).explode().str.strip()
        return parts.isin(known).groupby(level=0).all().reindex(column.index, fill_value=False)


class ExpectColumnValuesToResolveToGoldenRecords(ColumnMapExpectation):
    """Expect each value to be the local id of a live record of ``entity`` (in the batch's own
    system) that belongs to a golden record, e.g. ``column: customer_id, entity: customer``.
    With ``separator`` a value holds several ids (an order's products), and every one must
    resolve. SyncHub's validate step fills ``resolvable`` from the hub store's
    cross-references before the run; a suite file leaves it out."""

    entity: str
    separator: Optional[str] = None
    resolvable: Optional[List[str]] = None
    map_metric = "column_values.synchub_resolve_to_golden"
    success_keys = ("entity", "separator", "resolvable", "mostly")
