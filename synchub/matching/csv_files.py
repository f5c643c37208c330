"""``synchub match``: deduplicate (or link) CSV files outside any flow.

Reads the rules file (``match:`` of the rules language), every input CSV as text, and writes
``record_id,cluster_id``, one line per input record, in input order. A cluster id is the
smallest record id of its cluster, so the output is stable for the same input and rules.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pandas as pd

from synchub.config.models import EntityRulesFile
from synchub.config.project import load_model
from synchub.errors import ConfigError
from synchub.matching.engine import match
from synchub.matching.features import source_columns


def load_rules(path: Path) -> EntityRulesFile:
    rules, doc = load_model(path, EntityRulesFile)
    spec = rules.match
    if not spec.record_id:
        raise ConfigError(f"{doc.where(('match',))}: synchub match needs 'record_id': the column with each "
                          "record's id")
    if not spec.comparisons and not spec.exact_keys:
        raise ConfigError(f"{doc.where(('match',))}: add 'comparisons' (with 'blocking') or 'exact_keys'")
    return rules


def read_inputs(paths: list[Path], rules: EntityRulesFile) -> pd.DataFrame:
    """Every input as text (no type guessing: a postcode stays '01234'), one frame."""
    spec = rules.match
    wanted = source_columns(spec) | {spec.record_id} | ({spec.source} if spec.source else set())
    frames = []
    for path in paths:
        try:
            header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
        except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise ConfigError(f"{path}: cannot read it as UTF-8 CSV: {exc}") from exc
        missing = sorted(wanted - set(header))
        if missing:
            raise ConfigError(f"{path}: the rules read column(s) {', '.join(map(repr, missing))}, which it lacks; "
                              f"its columns are {', '.join(header)}")
        frames.append(pd.read_csv(path, usecols=sorted(wanted), dtype=str, keep_default_na=False,
                                  na_values=[""], encoding="utf-8"))
    records = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    ids = records[spec.record_id]
    if ids.isna().any():
        raise ConfigError(f"{paths[0]}: {int(ids.isna().sum())} record(s) have no {spec.record_id!r}")
    if ids.duplicated().any():
        raise ConfigError(f"{', '.join(map(str, paths))}: record ids repeat, e.g. "
                          f"{ids[ids.duplicated()].iloc[0]!r}; each record needs its own {spec.record_id!r}")
    return records


def smallest_id_per_cluster(ids: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per record, the smallest record id (as text) of its cluster: ranks of the sorted ids,
    their minimum per label (integers, vectorised; a groupby ``min`` on text runs per group)."""
    order = np.argsort(ids.astype(str), kind="stable")
    rank = np.empty(len(ids), dtype=np.int64)
    rank[order] = np.arange(len(ids))
    smallest = np.full(int(labels.max(initial=-1)) + 1, len(ids), dtype=np.int64)
    np.minimum.at(smallest, labels, rank)
    return ids[order][smallest[labels]]


def match_files(rules_path: Path, inputs: list[Path], output: Path, pairs_output: Path | None = None) -> dict:
    """Match the records of ``inputs``; writes the clusters (and, if asked, the scored pairs)."""
    started = time.perf_counter()
    rules = load_rules(rules_path)
    spec = rules.match
    records = read_inputs(inputs, rules)
    read = time.perf_counter()
    result = match(records, spec, where=str(rules_path))
    ids = records[spec.record_id].to_numpy(dtype=object)
    first = smallest_id_per_cluster(ids, result.labels)
    output.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({"record_id": ids, "cluster_id": first}).to_csv(output, index=False)
    if pairs_output is not None:
        pairs = result.pairs.frame()
        pairs = pairs[pairs["probability"] >= spec.bands.review]
        pd.DataFrame({"record_a": ids[pairs["a"]], "record_b": ids[pairs["b"]],
                      "probability": pairs["probability"].round(6).to_numpy(),
                      "weight": pairs["weight"].round(3).to_numpy()}).to_csv(pairs_output, index=False)
    done = time.perf_counter()
    figures = result.figures
    figures["seconds"] = {"read": round(read - started, 2), **figures["seconds"],
                          "total": round(done - started, 2)}
    figures["model"] = result.pairs.model.describe()
    figures["clusters_with_several_records"] = int((np.bincount(result.labels) > 1).sum())
    return figures


def summary(figures: dict) -> str:
    """A few lines a person reads: records, pairs, clusters, time per stage."""
    seconds = figures["seconds"]
    lines = [
        f"records: {figures['records']:,}  candidate pairs: {figures['candidate_pairs']:,}  "
        f"merged pairs: {figures['merged_pairs']:,}  review pairs: {figures['review_pairs']:,}",
        f"clusters: {figures['clusters']:,} ({figures['clusters_with_several_records']:,} with several records; "
        f"largest {figures['largest_cluster']:,})  weights: {figures.get('weights', 'declared')}",
        "seconds: " + ", ".join(f"{k} {v}" for k, v in seconds.items()),
        "pairs per blocking rule: " + json.dumps(figures["pairs_per_rule"]),
    ]
    return "\n".join(lines)
