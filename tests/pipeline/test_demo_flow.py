"""The customers flow on the generated demo systems: incremental sync after random changes."""

from __future__ import annotations

from synchub import demo
from tests.pipeline.agreement import disagreements


def _writes(figures: dict) -> int:
    return sum(s.get("created", 0) + s.get("updated", 0) for s in figures["systems"].values())


def test_after_demo_mutate_a_run_touches_only_what_changed_and_all_systems_agree(hub):
    truth = demo.seed(hub.urls, customers=300, seed=11)
    first = hub.run()
    assert first["goldens"]["goldens_new"] > 0
    assert _writes(hub.run()) == 0

    truth, changes = demo.mutate(hub.urls, truth, fraction=0.05, seed=5)
    figures = hub.run()
    for system, done in changes.items():
        seen = figures["systems"][system]
        # only mutated records are seen as changes (a tweak the mapping normalises away is not one)
        assert 0 < seen["changed"] <= done["changed"] + done["added"], system
        assert seen["deleted"] == done["deleted"], system
    assert disagreements(hub.project(), hub.store()) == []
    assert _writes(hub.run()) == 0
