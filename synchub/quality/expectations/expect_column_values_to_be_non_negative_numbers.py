"""A number (canonical decimal or integer text) that is zero or more: stock is never negative."""

from __future__ import annotations

import pandas as pd

from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)


class ColumnValuesNonNegativeNumber(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_non_negative_number"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        numbers = pd.to_numeric(column, errors="coerce")
        return (numbers >= 0).fillna(False).astype(bool)


class ExpectColumnValuesToBeNonNegativeNumbers(ColumnMapExpectation):
    """Expect each value to read as a number that is not below zero (canonical values are text,
    so GX's ``expect_column_values_to_be_between`` would compare strings); text that is not a
    number fails."""

    map_metric = "column_values.synchub_non_negative_number"
    success_keys = ("mostly",)
