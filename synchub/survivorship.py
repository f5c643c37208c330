"""Survivorship: which source value each field of a golden record takes.

Pure and vectorised: for each field, the candidate values of every cluster are sorted by the
field's rule and the first non-null one survives, together with the source it came from
(``system:local_id``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from synchub import canonical as c
from synchub.config.models import FieldSurvivorship


def _recency(frame: pd.DataFrame) -> pd.Series:
    # ISO text sorts like time; a record with no known time comes last
    return frame[c.MODIFIED_AT].fillna("")


def survive(records: pd.DataFrame, fields: list[str], rules: dict[str, FieldSurvivorship],
            systems: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Golden values and their sources per cluster.

    ``records`` has a ``cluster`` column, the trace columns and the canonical fields. Returns two
    frames indexed by cluster: the surviving values, and ``system:local_id`` of each value.
    """
    default = rules["default"]
    system_rank = records[c.SYSTEM].map({s: i for i, s in enumerate(systems)}).fillna(len(systems))
    base = pd.DataFrame({
        "cluster": records["cluster"].to_numpy(),
        "source": (records[c.SYSTEM] + ":" + records[c.LOCAL_ID]).to_numpy(),
        "system": records[c.SYSTEM].to_numpy(),
        "recency": _recency(records).to_numpy(),
        "system_rank": system_rank.to_numpy(),
    })
    cluster_ids = pd.Index(pd.unique(base["cluster"]), name="cluster")
    values, sources = {}, {}
    for field in fields:
        rule = rules.get(field, default)
        frame = base.assign(value=records[field].to_numpy())
        frame = frame[frame["value"].notna()]
        ordered = _order(frame, rule, default)
        first = ordered.drop_duplicates("cluster").set_index("cluster")
        values[field] = first["value"].reindex(cluster_ids)
        sources[field] = first["source"].reindex(cluster_ids)
    golden = pd.DataFrame(values, index=cluster_ids).astype(object)
    origin = pd.DataFrame(sources, index=cluster_ids).astype(object)
    return golden.where(golden.notna(), None), origin.where(origin.notna(), None)


def _order(frame: pd.DataFrame, rule: FieldSurvivorship, default: FieldSurvivorship) -> pd.DataFrame:
    """Candidates sorted so that the surviving one of each cluster comes first."""
    if rule.rule == "source_priority":
        rank = frame["system"].map({s: i for i, s in enumerate(rule.order)}).fillna(len(rule.order))
        return frame.assign(_k=rank).sort_values(["cluster", "_k", "recency"], ascending=[True, True, False],
                                                 kind="stable")
    if rule.rule == "owner":
        owner_first = np.where(frame["system"] == rule.system, 0, 1)
        fallback = default if default.rule != "owner" else FieldSurvivorship(rule="most_recent")
        rest = _order(frame.assign(_owner=owner_first), fallback, default)
        return rest.sort_values(["cluster", "_owner"], kind="stable")
    if rule.rule == "most_complete":
        length = frame["value"].astype(str).str.len()
        return frame.assign(_k=length).sort_values(["cluster", "_k", "recency"], ascending=[True, False, False],
                                                   kind="stable")
    if rule.rule == "most_frequent":
        count = frame.groupby(["cluster", "value"])["value"].transform("size")
        return frame.assign(_k=count).sort_values(["cluster", "_k", "recency"], ascending=[True, False, False],
                                                  kind="stable")
    # most_recent; ties go to the flow's system order
    return frame.sort_values(["cluster", "recency", "system_rank"], ascending=[True, False, True], kind="stable")
