"""What the SyncHub expectations share: GX's base classes and metric decorators, imported here
once (this package imports Great Expectations; only the runner imports this package)."""

from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import (
    BatchExpectation,
    ColumnMapExpectation,
    ColumnPairMapExpectation,
)
from great_expectations.expectations.metrics.map_metric_provider import (
    ColumnMapMetricProvider,
    ColumnPairMapMetricProvider,
    column_condition_partial,
    column_pair_condition_partial,
)

PAIR_DOMAIN_KEYS = ("batch_id", "table", "column_A", "column_B", "row_condition", "condition_parser", "ignore_row_if")

__all__ = ["PAIR_DOMAIN_KEYS", "BatchExpectation", "ColumnMapExpectation", "ColumnMapMetricProvider",
           "ColumnPairMapExpectation", "ColumnPairMapMetricProvider", "PandasExecutionEngine",
           "column_condition_partial", "column_pair_condition_partial"]
