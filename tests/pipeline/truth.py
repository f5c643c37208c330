"""How well the golden records found the demo generator's planted duplicates, pair by pair."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import pandas as pd


@dataclass(frozen=True)
class PairScores:
    """Pairs of records that are one company (truth) and pairs put in one golden record (found)."""

    records: int
    true_pairs: int
    found_pairs: int
    both: int
    missed: list[tuple[tuple[str, str], tuple[str, str]]]
    wrong: list[tuple[tuple[str, str], tuple[str, str]]]

    @property
    def precision(self) -> float:
        return self.both / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.true_pairs if self.true_pairs else 1.0


def _pairs(groups: pd.Series) -> set:
    out = set()
    for _, members in groups.groupby(groups):
        keys = sorted(members.index)
        out.update(combinations(keys, 2))
    return out


def pair_scores(truth: pd.DataFrame, xref: pd.DataFrame) -> PairScores:
    """Compare the truth (system, local_id, true_id) with the golden ids of the xref, over the
    records both know (a quarantined record is in no golden record; a record SyncHub created is
    in no truth)."""
    true_id = truth.set_index(pd.MultiIndex.from_frame(truth[["system", "local_id"]]))["true_id"]
    golden = xref.set_index(pd.MultiIndex.from_frame(xref[["system", "local_id"]]))["golden_id"]
    known = true_id.index.intersection(golden.index)
    true_id, golden = true_id.loc[known], golden.loc[known]
    true_id.index = golden.index = [tuple(k) for k in known]
    truly, found = _pairs(true_id), _pairs(golden)
    return PairScores(records=len(known), true_pairs=len(truly), found_pairs=len(found), both=len(truly & found),
                      missed=sorted(truly - found), wrong=sorted(found - truly))
