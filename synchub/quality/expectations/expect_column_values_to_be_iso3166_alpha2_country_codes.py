"""An ISO 3166-1 alpha-2 country code."""

from __future__ import annotations

from synchub.quality.codes import ISO_3166_ALPHA2
from synchub.quality.expectations._base import (
    ColumnMapExpectation,
    ColumnMapMetricProvider,
    PandasExecutionEngine,
    column_condition_partial,
)


class ColumnValuesIso3166Alpha2(ColumnMapMetricProvider):
    condition_metric_name = "column_values.synchub_iso3166_alpha2"

    @column_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column, **kwargs):
        return column.isin(ISO_3166_ALPHA2)


class ExpectColumnValuesToBeIso3166Alpha2CountryCodes(ColumnMapExpectation):
    """Expect each value to be one of the 249 assigned ISO 3166-1 alpha-2 codes, upper case."""

    map_metric = "column_values.synchub_iso3166_alpha2"
    success_keys = ("mostly",)
