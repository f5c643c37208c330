"""Finding, reading and checking the expectation suite of a canonical entity.

A suite is GX's JSON (``name``, ``expectations: [{type, kwargs, severity, meta}]``, ``meta``), or
YAML with the same keys. SyncHub reads two settings of its own from ``meta.synchub``:
``batch_checks_from_rows`` (batch-level expectations judge batches of at least this many rows;
a smaller batch is judged row by row only). Problems are reported as ``ConfigError`` with the
file and the key, before any row is read.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from synchub.config.yaml_source import load_yaml
from synchub.errors import ConfigError

DEFAULT_QUALITY = Path(__file__).resolve().parents[2] / "quality"
Severity = Literal["critical", "warning", "info"]
SEVERITIES = ("critical", "warning", "info")
ROW_LEVEL_BASES = ("ColumnMapExpectation", "ColumnPairMapExpectation", "MulticolumnMapExpectation")


def quality_dir() -> Path:
    """The suites folder: ``$SYNCHUB_QUALITY`` or ``quality/`` in the source tree."""
    return Path(os.environ.get("SYNCHUB_QUALITY", DEFAULT_QUALITY))


@dataclass(frozen=True)
class Suite:
    """An entity's suite as data (GX's dict shape), with where it came from."""

    entity: str
    path: Path
    spec: dict
    batch_checks_from_rows: int = 1

    @property
    def expectations(self) -> list[dict]:
        return self.spec["expectations"]


def _read(path: Path) -> dict:
    if path.suffix == ".json":
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{exc.lineno}: JSON syntax error: {exc.msg}") from None
    return load_yaml(path).data or {}


def suite_path(entity: str, folder: Path | None = None) -> Path | None:
    folder = folder or quality_dir()
    for suffix in (".yaml", ".yml", ".json"):
        path = folder / f"{entity}{suffix}"
        if path.exists():
            return path
    return None


def load_suite(entity: str, fields: list[str], folder: Path | None = None) -> Suite | None:
    """The entity's suite, checked for shape and against the entity's fields; None if it has none."""
    path = suite_path(entity, folder)
    if path is None:
        return None
    spec = _read(path)
    problems = []
    if not isinstance(spec, dict) or not isinstance(spec.get("expectations"), list):
        raise ConfigError(f"{path}: a suite needs 'expectations:', a list of {{type, kwargs}}")
    spec.setdefault("name", entity)
    known = set(fields)
    for i, exp in enumerate(spec["expectations"]):
        where = f"{path}: expectations.{i}"
        if not isinstance(exp, dict) or not isinstance(exp.get("type"), str):
            problems.append(f"{where}: needs 'type' (an expectation name such as expect_column_values_to_not_be_null)")
            continue
        kwargs = exp.setdefault("kwargs", {})
        severity = exp.get("severity", "critical")
        if severity not in SEVERITIES:
            problems.append(f"{where}.severity: {severity!r} is not one of {', '.join(SEVERITIES)}")
        for key in ("column", "column_A", "column_B"):
            if key in kwargs and kwargs[key] not in known:
                problems.append(f"{where}.kwargs.{key}: {kwargs[key]!r} is not a field of the canonical {entity}; "
                                f"fields are {', '.join(fields)}")
        for column in kwargs.get("column_list", []):
            if column not in known:
                problems.append(f"{where}.kwargs.column_list: {column!r} is not a field of the canonical {entity}")
    settings = (spec.get("meta") or {}).get("synchub") or {}
    threshold = settings.get("batch_checks_from_rows", 1)
    if not isinstance(threshold, int) or threshold < 1:
        problems.append(f"{path}: meta.synchub.batch_checks_from_rows: a whole number of at least 1, got {threshold!r}")
    if problems:
        raise ConfigError(problems)
    return Suite(entity=entity, path=path, spec=spec, batch_checks_from_rows=threshold)
