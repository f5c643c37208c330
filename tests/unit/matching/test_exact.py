"""Exact-key clustering and stable golden ids."""

from __future__ import annotations

import numpy as np
import pandas as pd

from synchub.matching.exact import clusters
from synchub.pipeline.merge import assign_golden_ids


def groups(frame: pd.DataFrame, keys=("tax_id", "email")) -> list[list[int]]:
    labels = clusters(frame, list(keys))
    out: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        out.setdefault(label, []).append(i)
    return sorted(out.values())


def test_records_sharing_any_key_are_one_cluster_transitively():
    frame = pd.DataFrame({
        "tax_id": ["A", None, None, "B", "C", None],
        "email": [None, "x@a", "x@a", None, "y@b", None],
    })
    assert groups(frame) == [[0], [1, 2], [3], [4], [5]]
    chain = pd.DataFrame({"tax_id": ["T1", "T1", "T2", "T2", "T3"], "email": ["e1", "e2", "e2", "e3", "e3"]})
    assert groups(chain) == [[0, 1, 2, 3, 4]]


def test_long_chains_converge():
    n = 2000  # record i shares a tax id with i+1 (even i) or an e-mail (odd i)
    tax = [f"t{i // 2}" for i in range(n)]
    email = [f"e{(i + 1) // 2}" for i in range(n)]
    labels = clusters(pd.DataFrame({"tax_id": tax, "email": email}), ["tax_id", "email"])
    assert (labels == 0).all()


def test_random_graphs_agree_with_a_plain_union_find():
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"tax_id": rng.integers(0, 300, 500).astype(str),
                          "email": rng.integers(0, 300, 500).astype(str)})
    frame.loc[rng.random(500) < 0.3, "tax_id"] = None
    parent = list(range(len(frame)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for field in ("tax_id", "email"):
        first = {}
        for i, v in enumerate(frame[field]):
            if pd.isna(v):
                continue
            if v in first:
                parent[find(i)] = find(first[v])
            else:
                first[v] = i
    expected = sorted(sorted(i for i in range(len(frame)) if find(i) == root) for root in {find(i) for i in range(len(frame))})
    assert groups(frame) == expected


def test_golden_ids_stay_with_the_larger_part_of_a_split():
    members = pd.DataFrame({"cluster": [0, 0, 0, 1, 2], "previous": ["G1", "G1", None, "G1", None]})
    ids, absorbed = assign_golden_ids(members, {"G1"})
    assert ids[0] == "G1" and ids[1] != "G1" and ids[2] not in ("G1", ids[1])
    assert absorbed == {}


def test_a_merge_keeps_the_id_of_the_larger_golden_and_records_the_absorbed_one():
    members = pd.DataFrame({"cluster": [0, 0, 0], "previous": ["G1", "G2", "G2"]})
    ids, absorbed = assign_golden_ids(members, {"G1", "G2"})
    assert ids[0] == "G2" and absorbed == {"G1": "G2"}
