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
    from great_expectations.execution_engine import pandas_execution_engine

    import synchub.quality.expectations  # noqa: F401  (registers the custom expectations)

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    # GX fingerprints each pandas batch it loads (an md5 of pandas' row hashes, kept only as a
    # batch marker in the result) when the frame's shallow size is under HASH_THRESHOLD: 2-3 s a
    # load on a million text rows, and a validation loads its batch twice. SyncHub reads no batch
    # marker; a threshold of 0 turns the fingerprint off (for this process: only SyncHub runs GX).
    pandas_execution_engine.HASH_THRESHOLD = 0
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("synchub")
    return gx, source.add_dataframe_asset("batch").add_batch_definition_whole_dataframe("whole")


def _is_row_level(expectation) -> bool:
    return any(base.__name__ in ROW_LEVEL_BASES for base in type(expectation).__mro__)


def _split(suite: Suite, parameters: dict[int, dict] | None = None) -> tuple[list[dict], list[dict]]:
    """The expectation specs (row-level, batch-level), ``parameters`` added to the kwargs by position."""
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
    return row, batch


def build(suite: Suite, parameters: dict[int, dict] | None = None):
    """GX suites (row-level, batch-level) from the spec; ``parameters`` adds kwargs by position."""
    gx, _ = _asset()
    row, batch = _split(suite, parameters)
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


def _text_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each object column whose values are all text (or missing) in pandas'
    string dtype: the same values, but GX tests a column for nulls once per expectation, and
    that is ~5x faster there. A column holding anything but text stays as it is, so that a check
    still sees the number that is not text. (Before pandas 3, "str" is numpy's, which would
    write None as "None": nothing is converted there.)"""
    if not isinstance(pd.api.types.pandas_dtype("str"), pd.StringDtype):
        return frame
    text = {name: column.astype("str") for name, column in frame.items()
            if column.dtype == object and pd.api.types.infer_dtype(column, skipna=True) == "string"}
    if not text:
        return frame
    out = frame.copy(deep=False)
    for name, column in text.items():
        out[name] = column
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


def _exception_message(result) -> str | None:
    """Why GX could not evaluate an expectation, or None. Its ``exception_info`` is one
    ``{raised_exception, exception_message, ...}``, or, from a suite, one such dict per metric."""
    info = result.exception_info or {}
    found = [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    messages = [str(f.get("exception_message")) for f in found if f.get("raised_exception")]
    return "; ".join(messages) or None


def check(frame: pd.DataFrame, suite: Suite, parameters: dict[int, dict] | None = None,
          batch_checks: bool = True, row_checks: bool = True) -> Outcome:
    """Validate ``frame`` (unique index: the row key) with ``suite``; either half may be left out.

    Both halves run in one GX validation, so that the batch is loaded, and each metric they
    share computed, once."""
    gx, batch_definition = _asset()
    row_specs, batch_specs = _split(suite, parameters)
    specs = (row_specs if row_checks and len(frame) else []) + (batch_specs if batch_checks else [])
    row_level = {spec["meta"]["synchub_position"] for spec in row_specs}
    results = _run(batch_definition, _text_columns(frame),
                   gx.ExpectationSuite(name=suite.entity, expectations=specs)).results if specs else []
    pieces: list[pd.DataFrame] = []
    errors: list[str] = []
    batch_results = []
    for result in results:
        config = result.expectation_config
        raised = _exception_message(result)
        if raised:
            errors.append(f"{config.type}: {raised}")
        if config.meta["synchub_position"] not in row_level:
            kwargs = {k: v for k, v in config.kwargs.items() if k not in ("batch_id", "result_format")}
            batch_results.append({"expectation": config.type, "kwargs": kwargs, "success": bool(result.success),
                                  "severity": str(getattr(config.severity, "value", "critical")),
                                  "observed": result.result.get("observed_value")})
            continue
        rows = [] if raised else result.result.get("unexpected_index_list") or []
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
    return Outcome(failures=failures, batch=batch_results, errors=errors)


def _value(value):
    return None if value is None or (isinstance(value, float) and value != value) else value


def reasons(outcome: Outcome, frame: pd.DataFrame, rows: pd.Index) -> tuple[pd.Series, dict]:
    """Per held row: the reason text, and the failed expectations with the offending values."""
    failures = outcome.failures[outcome.failures["row"].isin(set(rows))]
    failed_rows: list[np.ndarray] = []
    lines: list[np.ndarray] = []
    details: dict = {}
    for (name, kwargs_text, columns), group in failures.groupby(["expectation", "kwargs", "columns"], sort=False):
        kwargs = json.loads(kwargs_text)
        cols = [c for c in columns.split(",") if c]
        failed = group["row"].to_numpy()
        label = f"fails {name}{params_text(kwargs)}"
        # column by column (one array each), not cell by cell: 20% of a million rows may fail
        values = frame.loc[failed, cols] if cols else None
        per_column = [[_value(v) for v in values.iloc[:, j].to_numpy(dtype=object)] for j in range(len(cols))]
        shown = [[f"{c}={v!r}" for v in column] for c, column in zip(cols, per_column)]
        failed_rows.append(failed)
        lines.append(np.array([", ".join(parts) + ": " + label for parts in zip(*shown)] if cols
                              else [label] * len(failed), dtype=object))
        offending = [dict(zip(cols, row_values)) for row_values in zip(*per_column)] if cols else \
            [{} for _ in failed]
        for row, found in zip(failed, offending):
            details.setdefault(row, []).append({"expectation": name, "kwargs": kwargs, "values": found})
    if not failed_rows:
        return pd.Series(dtype=object), details
    # most rows fail one expectation: only the others need their reasons joined
    texts = pd.Series(np.concatenate(lines), index=np.concatenate(failed_rows), dtype=object)
    several = texts.index.duplicated(keep=False)
    joined = texts[several].groupby(level=0, sort=False).agg("; ".join)
    return pd.concat([texts[~several], joined]).reindex(pd.unique(texts.index)), details
