"""Whether every system agrees with the golden records, read fresh from the systems."""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from synchub import canonical as c
from synchub.pipeline.context import RunContext
from synchub.pipeline.plan import held_keys, waiting
from synchub.records import content_hashes, from_json_lines
from synchub.store import schema as t


def disagreements(project, store, flow_name: str = "customers") -> list[str]:
    """One line per live record whose pushed fields differ from its golden record's projection,
    and per golden record missing from a system that creates records (unless that system deleted
    its copy, or holds a matching record in quarantine)."""
    flow = project.flow(flow_name)
    ctx = RunContext(project, flow, store, run_id="(check)")
    fields = flow.entity.field_names
    goldens = store.frame(sa.select(t.golden).where(t.golden.c.entity == flow.entity.name,
                                                    t.golden.c.status == "active"))
    values = from_json_lines(goldens.set_index("golden_id")["record"], fields)
    xref = store.xref_rows(flow.entity.name)
    problems = []
    try:
        for system, mapper in ctx.mappers.items():
            if mapper.spec.target is None:
                continue
            connector = ctx.connector(system)
            native = pd.concat(list(connector.extract(mapper.spec.source, mapper.native_columns, None, 100_000)),
                               ignore_index=True)
            pulled = mapper.to_canonical(native).rows
            pulled = pulled[~pulled[c.DELETED].astype(bool)]
            links = xref[xref["system"] == system].set_index("local_id")["golden_id"]
            pulled = pulled.assign(golden_id=pulled[c.LOCAL_ID].map(links))
            held = store.quarantine(flow_name)  # held records are legitimately not linked yet
            held_ids = set(held.loc[held["system"] == system, "local_id"].dropna())
            unlinked = pulled[pulled["golden_id"].isna() & ~pulled[c.LOCAL_ID].isin(held_ids)]
            problems += [f"{system}:{i} is linked to no golden record" for i in unlinked[c.LOCAL_ID]]
            pulled = pulled.dropna(subset=["golden_id"])
            pulled = pulled[pulled["golden_id"].isin(values.index)]
            push = mapper.push_fields
            native_golden, _ = mapper.to_native(values)
            expected = content_hashes(mapper.canonical_fields(native_golden, fields=push), push)
            held = content_hashes(pulled, push)
            for local_id, golden_id, digest in zip(pulled[c.LOCAL_ID], pulled["golden_id"], held):
                if expected[golden_id] != digest:
                    problems.append(f"{system}:{local_id} differs from golden {golden_id}")
            if mapper.spec.target.create:
                deleted = set(xref[(xref["system"] == system) & xref["deleted_at"].notna()]["golden_id"])
                waiting_for_quarantine = set(values.index[waiting(values, held_keys(ctx, system))])
                missing = set(values.index) - set(pulled["golden_id"]) - deleted - waiting_for_quarantine
                problems += [f"golden {g} is missing from {system}" for g in sorted(missing)]
    finally:
        ctx.close()
    return problems
