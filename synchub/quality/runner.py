"""Running a suite on a batch of canonical rows with Great Expectations.

``check(frame, suite)`` validates a DataFrame (canonical text values; its index is the row key)
and splits the result: per row-level expectation the index labels of the rows that failed it
(GX's ``unexpected_index_list`` at result format COMPLETE), and per batch-level expectation
whether it held. What a failure does is its ``severity``: a critical row-level failure holds
the row back, a critical batch-level failure stops the batch; warning and info are reported.

GX is imported on the first call, with a process-wide ephemeral context (no files written).
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from synchub.errors import ConfigError
from synchub.quality.suites import ROW_LEVEL_BASES, Suite

log = logging.getLogger(__name__)
QUIET_KWARGS = ("batch_id", "column", "column_A", "column_B", "column_list", "result_format", "resolvable")


@lru_cache(maxsize=1)
def _asset():
    """GX, SyncHub's expectations registered, and a whole-DataFrame batch definition."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    import synchub.quality.expectations  # noqa: F401  (registers the custom expectations)

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("synchub")
    return gx, source.add_dataframe_asset("batch").add_batch_definition_whole_dataframe("whole")


def _is_row_level(expectation) -> bool:
    return any(base.__name__ in ROW_LEVEL_BASES for base in type(expectation).__mro__)


def build(suite: Suite, parameters: dict[int, dict] | None = None):
    """GX suites (row-level, batch-level) from the spec; ``parameters`` adds kwargs by position."""
    gx, _ = _asset()
    row, batch = [], []
    for i, spec in enumerate(suite.expectations):
        spec = copy.deepcopy(spec)
        spec["kwargs"].update((parameters or {}).get(i, {}))
        spec.setdefault("meta", {})["synchub_position"] = i
        try:
            expectation = gx.ExpectationSuite(name="probe", expectations=[spec]).expectations[0]
        except Exception as exc:  # GX raises its own errors for unknown types and bad kwargs
            raise ConfigError(f"{suite.path}: expectations.{i} ({spec['type']}): {exc}") from exc
        (row if _is_row_level(expectation) else batch).append(spec)
    return (gx.ExpectationSuite(name=f"{suite.entity}-rows", expectations=row) if row else None,
            gx.ExpectationSuite(name=f"{suite.entity}-batch", expectations=batch) if batch else None)


def params_text(kwargs: dict) -> str:
    """The parameters of an expectation as a reader wants them in a reason: ``(regex='^..$')``."""
    shown = {k: v for k, v in kwargs.items() if k not in QUIET_KWARGS and v is not None}
    return "(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")" if shown else ""


@dataclass
class Outcome:
    """What a suite found in one batch."""

    failures: pd.DataFrame  # long form: row, expectation, kwargs, columns, severity
    batch: list[dict] = field(default_factory=list)  # one per batch-level expectation judged
    errors: list[str] = field(default_factory=list)  # expectations GX could not evaluate

    @property
    def held_rows(self) -> pd.Index:
        """Rows a critical row-level expectation failed."""
        critical = self.failures[self.failures["severity"] == "critical"]
        return pd.Index(pd.unique(critical["row"]))

    @property
    def stopped(self) -> list[dict]:
        """Critical batch-level expectations that failed: the batch must not go on."""
        return [b for b in self.batch if not b["success"] and b["severity"] == "critical"]

    def per_expectation(self) -> list[dict]:
        """Failed expectations with their counts (row-level) or observed values (batch-level)."""
        out = []
        if len(self.failures):
            for (name, kwargs, severity), group in self.failures.groupby(["expectation", "kwargs", "severity"],
                                                                         sort=False):
                out.append({"expectation": name, "kwargs": json.loads(kwargs), "severity": severity,
                            "level": "row", "rows": int(len(group))})
        out += [{"expectation": b["expectation"], "kwargs": b["kwargs"], "severity": b["severity"], "level": "batch",
                 "observed": b["observed"]} for b in self.batch if not b["success"]]
        return out


def _run(batch_definition, frame: pd.DataFrame, gx_suite):
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    return batch.validate(gx_suite, result_format={"result_format": "COMPLETE", "partial_unexpected_count": 0})


def _condition_text(condition) -> str:
    """A GX row condition as a reader writes it: ``country == CN``."""
    if hasattr(condition, "dict"):
        condition = condition.dict()
    if isinstance(condition, dict):
        if "pass_through_filter" in condition:
            return str(condition["pass_through_filter"])
        if "column" in condition:
            return f"{condition['column'].get('name')} {condition.get('operator')} {condition.get('parameter')}"
        parts = condition.get("conditions") or []
        return f" {condition.get('type', 'and')} ".join(_condition_text(p) for p in parts) or str(condition)
    return str(condition)


def _columns(kwargs: dict) -> list[str]:
    if "column" in kwargs:
        return [kwargs["column"]]
    if "column_A" in kwargs:
        return [kwargs["column_A"], kwargs["column_B"]]
    return list(kwargs.get("column_list", []))


def check(frame: pd.DataFrame, suite: Suite, parameters: dict[int, dict] | None = None,
          batch_checks: bool = True, row_checks: bool = True) -> Outcome:
    """Validate ``frame`` (unique index: the row key) with ``suite``; either half may be left out."""
    _, batch_definition = _asset()
    row_suite, batch_suite = build(suite, parameters)
    pieces: list[pd.DataFrame] = []
    errors: list[str] = []
    if row_suite is not None and row_checks and len(frame):
        for result in _run(batch_definition, frame, row_suite).results:
            config = result.expectation_config
            if result.exception_info and result.exception_info.get("raised_exception"):
                errors.append(f"{config.type}: {result.exception_info.get('exception_message')}")
                continue
            rows = result.result.get("unexpected_index_list") or []
            if not len(rows):
                continue
            kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format", "resolvable")}
            if kwargs.get("row_condition") is not None:
                kwargs["row_condition"] = _condition_text(kwargs["row_condition"])
            pieces.append(pd.DataFrame({
                "row": np.asarray(rows, dtype=object), "expectation": config.type,
                "kwargs": json.dumps(kwargs, sort_keys=True, default=str),
                "columns": ",".join(_columns(kwargs)), "severity": str(getattr(config.severity, "value", "critical")),
            }))
    if errors:
        log.error("expectations could not be evaluated: %s", "; ".join(errors))
    failures = (pd.concat(pieces, ignore_index=True) if pieces else
                pd.DataFrame(columns=["row", "expectation", "kwargs", "columns", "severity"], dtype=object))
    batch_results = []
    if batch_suite is not None and batch_checks:
        for result in _run(batch_definition, frame, batch_suite).results:
            config = result.expectation_config
            raised = result.exception_info and result.exception_info.get("raised_exception")
            if raised:
                errors.append(f"{config.type}: {result.exception_info.get('exception_message')}")
            kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
            batch_results.append({"expectation": config.type, "kwargs": kwargs, "success": bool(result.success),
                                  "severity": str(getattr(config.severity, "value", "critical")),
                                  "observed": result.result.get("observed_value")})
    return Outcome(failures=failures, batch=batch_results, errors=errors)


def _value(value):
    return None if value is None or (isinstance(value, float) and value != value) else value


def reasons(outcome: Outcome, frame: pd.DataFrame, rows: pd.Index) -> tuple[pd.Series, dict]:
    """Per held row: the reason text, and the failed expectations with the offending values."""
    failures = outcome.failures[outcome.failures["row"].isin(set(rows))]
    texts: dict = {}
    details: dict = {}
    for (name, kwargs_text, columns), group in failures.groupby(["expectation", "kwargs", "columns"], sort=False):
        kwargs = json.loads(kwargs_text)
        cols = [c for c in columns.split(",") if c]
        values = frame.loc[group["row"].to_numpy(), cols] if cols else None
        label = f"{name}{params_text(kwargs)}"
        for position, row in enumerate(group["row"].to_numpy()):
            offending = {c: _value(values.iat[position, j]) for j, c in enumerate(cols)} if cols else {}
            shown = ", ".join(f"{c}={v!r}" for c, v in offending.items())
            texts.setdefault(row, []).append(f"{shown}: fails {label}" if shown else f"fails {label}")
            details.setdefault(row, []).append({"expectation": name, "kwargs": kwargs, "values": offending})
    return pd.Series({row: "; ".join(t) for row, t in texts.items()}, dtype=object), details
