"""A tax id that is well formed, check digits included, for the record's country."""

from __future__ import annotations

from typing import List, Optional

import numpy as np

from synchub.quality.expectations._base import (
    PAIR_DOMAIN_KEYS,
    ColumnPairMapExpectation,
    ColumnPairMapMetricProvider,
    PandasExecutionEngine,
    column_pair_condition_partial,
)
from synchub.tax_id_arrays import are_valid_tax_ids
from synchub.tax_ids import TAX_ID_COUNTRIES


class ColumnPairValuesValidTaxIdForCountry(ColumnPairMapMetricProvider):
    condition_metric_name = "column_pair_values.synchub_valid_tax_id_for_country"
    condition_domain_keys = PAIR_DOMAIN_KEYS
    condition_value_keys = ("countries",)

    @column_pair_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column_A, column_B, countries=None, **kwargs):
        checked = set(countries or TAX_ID_COUNTRIES) & TAX_ID_COUNTRIES
        tax, country = column_A.to_numpy(dtype=object), column_B.to_numpy(dtype=object)
        ok = np.ones(len(tax), dtype=bool)
        for code in checked:
            where = np.flatnonzero(country == code)
            ok[where] = are_valid_tax_ids(tax[where], code)
        return ok


class ExpectColumnPairValuesToBeValidTaxIdsForCountry(ColumnPairMapExpectation):
    """Expect the tax id in ``column_A`` to be valid for the ISO country in ``column_B``:
    CN unified social credit code, DE/FR/GB VAT id, JP corporate number, US EIN (see
    ``synchub.tax_ids``). Rows of other countries, and rows missing either value, pass;
    ``countries`` narrows the countries checked."""

    countries: Optional[List[str]] = None
    ignore_row_if: str = "either_value_is_missing"
    map_metric = "column_pair_values.synchub_valid_tax_id_for_country"
    success_keys = ("column_A", "column_B", "ignore_row_if", "countries", "mostly")
    args_keys = ("column_A", "column_B")
