"""An ISO 4217 currency code."""

from __future__ import annotations

from synchub.quality.codes import ISO_4217
from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)


class ColumnValuesIso4217(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_iso4217"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        return column.isin(ISO_4217)


class ExpectColumnValuesToBeIso4217CurrencyCodes(ColumnMapExpectation):
    """Expect each value to be an active ISO 4217 alphabetic currency code, upper case."""

    map_metric = "column_values.synchub_iso4217"
    success_keys = ("mostly",)
