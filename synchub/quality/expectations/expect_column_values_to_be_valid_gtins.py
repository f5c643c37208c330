"""A GTIN (GTIN-8, UPC-A, EAN-13 or GTIN-14; canonically GTIN-14) whose GS1 check digit holds."""

from __future__ import annotations

from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)


class ColumnValuesValidGtin(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_valid_gtin"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        from synchub.matching.normalise.products import gtins

        return gtins(column)["valid"].fillna(False).astype(bool)


class ExpectColumnValuesToBeValidGtins(ColumnMapExpectation):
    """Expect each value to be a GTIN of 8 to 14 digits (spaces and dashes aside) whose last digit
    is the GS1 mod-10 check digit of the others, and not all zeros; a value with letters, or of
    another length, fails."""

    map_metric = "column_values.synchub_valid_gtin"
    success_keys = ("mostly",)
