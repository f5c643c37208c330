"""Two dates in order: an invoice is not due before it was issued."""

from __future__ import annotations

import pandas as pd

from synchub.quality.expectations._base import (
    PAIR_DOMAIN_KEYS,
    ColumnPairMapExpectation,
    ColumnPairMapMetricProvider,
    PandasExecutionEngine,
    column_pair_condition_partial,
)


class ColumnPairDatesInOrder(ColumnPairMapMetricProvider):
    condition_metric_name = "column_pair_values.synchub_dates_in_order"
    condition_domain_keys = PAIR_DOMAIN_KEYS

    @column_pair_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column_A, column_B, **kwargs):
        first = pd.to_datetime(column_A, format="%Y-%m-%d", errors="coerce")
        then = pd.to_datetime(column_B, format="%Y-%m-%d", errors="coerce")
        return (first <= then).fillna(False).astype(bool).to_numpy()


class ExpectColumnPairValuesToBeDatesInOrder(ColumnPairMapExpectation):
    """Expect the date in ``column_B`` not to be before the date in ``column_A`` (canonical
    ``YYYY-MM-DD`` text), e.g. ``column_A: invoice_date, column_B: due_date``. A value that is
    not a date fails; rows missing either value pass (``ignore_row_if``)."""

    ignore_row_if: str = "either_value_is_missing"
    map_metric = "column_pair_values.synchub_dates_in_order"
    success_keys = ("column_A", "column_B", "ignore_row_if", "mostly")
    args_keys = ("column_A", "column_B")
