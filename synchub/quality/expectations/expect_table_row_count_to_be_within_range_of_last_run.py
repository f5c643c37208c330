"""A batch about as large as the last run's: a guard against a source that suddenly sends
everything, or nothing."""

from __future__ import annotations

from typing import Optional

from synchub.quality.expectations._base import BatchExpectation


class ExpectTableRowCountToBeWithinRangeOfLastRun(BatchExpectation):
    """Expect the batch's row count to lie within ``[last * min_ratio - slack, last * max_ratio
    + slack]``, where ``last`` is the row count of the same flow and system in the last
    successful run (SyncHub's validate step fills ``last_run_row_count``; with none, as on a
    first run, the expectation passes)."""

    last_run_row_count: Optional[int] = None
    min_ratio: float = 0.0
    max_ratio: float = 10.0
    slack: int = 1000
    metric_dependencies = ("table.row_count",)
    domain_keys = ("batch_id", "row_condition", "condition_parser")
    success_keys = ("last_run_row_count", "min_ratio", "max_ratio", "slack")

    def _validate(self, metrics, runtime_configuration=None, execution_engine=None):
        count = metrics["table.row_count"]
        last = self.last_run_row_count
        if last is None:
            return {"success": True, "result": {"observed_value": count}}
        low = max(0.0, last * self.min_ratio - self.slack)
        high = last * self.max_ratio + self.slack
        return {"success": bool(low <= count <= high),
                "result": {"observed_value": count, "details": {"last_run_row_count": last, "range": [low, high]}}}
