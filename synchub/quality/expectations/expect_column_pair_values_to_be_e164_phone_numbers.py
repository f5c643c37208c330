"""A phone number that can be written in E.164, read in the record's country."""

from __future__ import annotations

from synchub.quality.expectations._base import (
    PAIR_DOMAIN_KEYS,
    ColumnPairMapExpectation,
    ColumnPairMapMetricProvider,
    PandasExecutionEngine,
    column_pair_condition_partial,
)
from synchub.quality.phones import are_normalisable


class ColumnPairValuesE164Phone(ColumnPairMapMetricProvider):
    condition_metric_name = "column_pair_values.synchub_e164_phone"
    condition_domain_keys = PAIR_DOMAIN_KEYS

    @column_pair_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, column_A, column_B, **kwargs):
        return are_normalisable(column_A, column_B).to_numpy()


class ExpectColumnPairValuesToBeE164PhoneNumbers(ColumnPairMapExpectation):
    """Expect the phone in ``column_A`` to be normalisable to E.164 by ``phonenumbers``, with the
    ISO country in ``column_B`` as the default region (``+`` and ``00`` mark an international
    number). A missing phone passes; a missing country needs an international number."""

    ignore_row_if: str = "both_values_are_missing"
    map_metric = "column_pair_values.synchub_e164_phone"
    success_keys = ("column_A", "column_B", "ignore_row_if", "mostly")
    args_keys = ("column_A", "column_B")
