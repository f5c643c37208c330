"""A Chinese unified social credit code: 18 characters with the GB 32100-2015 check character."""

from __future__ import annotations

import pandas as pd

from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)
from synchub.tax_id_arrays import are_valid_uscc


class ColumnValuesValidUscc(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_valid_uscc"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        return pd.Series(are_valid_uscc(column.to_numpy(dtype=object)), index=column.index)


class ExpectColumnValuesToBeValidUscc(ColumnMapExpectation):
    """Expect each value to be a unified social credit code whose 18th character is the check
    character of the other 17 (GB 32100-2015). Use ``row_condition: 'country=="CN"'`` on a
    column that holds the tax ids of every country."""

    map_metric = "column_values.synchub_valid_uscc"
    success_keys = ("mostly",)
