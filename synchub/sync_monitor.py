"""The sync monitor: a page and a JSON API over the hub store's runs and quarantine.

Served by the Airflow plugin in ``plugins/sync_monitor.py`` under ``/sync-monitor`` (every route
needs Airflow's login); the figures come from the hub store (``SYNCHUB_STORE_URL``), the flows
and their freshness targets from ``mappings/flows.yaml``.

- ``GET /sync-monitor/``: the page (per flow and system: last run, state, rows pulled, created,
  updated, unchanged, quarantined; merged duplicates; freshness; a chart of the last runs; the
  quarantine with filters and links to the Airflow runs)
- ``GET /sync-monitor/api/flows``: the same figures as JSON
- ``GET /sync-monitor/api/quarantine?flow=&system=&reason=``: held rows
- ``GET /sync-monitor/api/reviews?flow=``: the steward review queue (open pairs of records the
  matching was unsure of; decided with ``synchub review accept|reject``)
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Query
from fastapi.responses import HTMLResponse

from synchub.airflow_names import TRIGGER, airflow_run_id, dag_id
from synchub.config.models import FlowsFile
from synchub.config.project import load_model, mappings_dir
from synchub.store import HubStore
from synchub.store.hub_store import utcnow

FIGURES = ("pulled", "created", "updated", "unchanged", "quarantined")
CHART_RUNS = 20


def _flows() -> dict:
    flows, _ = load_model(mappings_dir() / "flows.yaml", FlowsFile)
    return flows.flows


def _seconds(run: dict) -> float | None:
    if run["finished_at"] and run["started_at"]:
        return round((run["finished_at"] - run["started_at"]).total_seconds(), 1)
    return None


def _run_link(flow: str, run: dict) -> str | None:
    airflow_id = airflow_run_id(run["run_id"]) if run["trigger"] == TRIGGER else None
    return f"/dags/{dag_id(flow)}/runs/{quote(airflow_id, safe='')}" if airflow_id else None


def flow_figures(store: HubStore, now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Per flow: freshness, the last run's figures per system, and the recent runs for the chart."""
    now = now or utcnow()
    result = []
    for name, spec in _flows().items():
        runs = store.last_runs(name, limit=CHART_RUNS)
        last = runs[0] if runs else None
        succeeded = next((r for r in runs if r["status"] == "succeeded"), None)
        age = (now - succeeded["finished_at"]).total_seconds() if succeeded else None
        target = spec.freshness.total_seconds() if spec.freshness else None
        systems = []
        for system in spec.systems:
            figures = (last or {}).get("figures", {}).get("systems", {}).get(system, {})
            systems.append({"system": system, **{k: figures.get(k, 0) for k in FIGURES}})
        history = []
        for run in reversed(runs):
            per_system = run["figures"].get("systems", {})
            pulled = sum(f.get("pulled", 0) for f in per_system.values())
            moved = sum(f.get("created", 0) + f.get("updated", 0) for f in per_system.values())
            held = sum(f.get("quarantined", 0) for f in per_system.values())
            history.append({"run_id": run["run_id"], "status": run["status"], "rows_moved": pulled + moved,
                            "quarantine_rate": round(held / pulled, 4) if pulled else 0.0,
                            "seconds": _seconds(run), "link": _run_link(name, run)})
        result.append({
            "flow": name,
            "dag_id": dag_id(name),
            "last_run": None if last is None else {
                "run_id": last["run_id"], "status": last["status"], "trigger": last["trigger"],
                "started_at": last["started_at"].isoformat(), "seconds": _seconds(last),
                "link": _run_link(name, last), "error": last["error"]},
            "systems": systems,
            "merged_duplicates": (last or {}).get("figures", {}).get("goldens", {}).get("goldens_merged", 0),
            "last_success_at": succeeded["finished_at"].isoformat() if succeeded else None,
            "seconds_since_success": round(age) if age is not None else None,
            "freshness_target_seconds": target,
            "stale": age is None or (target is not None and age > target),
            "runs": history,
        })
    return result


def quarantine_rows(store: HubStore, flow: str | None = None, system: str | None = None,
                    reason: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Held rows, newest first; ``reason`` filters by a part of the reason (the failed expectation)."""
    held = store.quarantine(flow)
    if system:
        held = held[held["system"] == system]
    if reason:
        held = held[held["reason"].str.contains(reason, case=False, regex=False)]
    held = held.sort_values("id", ascending=False).head(limit)
    rows = []
    for row in held.to_dict("records"):
        link = _run_link(row["flow"], {"run_id": row["run_id"], "trigger": TRIGGER})
        rows.append({k: row[k] for k in ("id", "flow", "system", "local_id", "stage", "reason", "run_id")}
                    | {"updated_at": row["updated_at"].isoformat(), "link": link})
    return rows


def review_rows(store: HubStore, flow: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Open pairs of the steward review queue, most probable first."""
    from synchub.stewardship import reviews

    queue = reviews(store, flow, status="open")
    if queue.empty:
        return []
    queue = queue.sort_values(["probability", "id"], ascending=[False, True]).head(limit)
    rows = []
    for row in queue.to_dict("records"):
        link = _run_link(row["flow"], {"run_id": row["run_id"], "trigger": TRIGGER}) if row.get("run_id") else None
        rows.append({"id": int(row["id"]), "flow": row["flow"],
                     "record_a": f"{row['system_a']}:{row['local_a']}", "record_b": f"{row['system_b']}:{row['local_b']}",
                     "golden_a": row["golden_a"], "golden_b": row["golden_b"],
                     "probability": round(float(row["probability"]), 4), "run_id": row.get("run_id"), "link": link,
                     "created_at": row["created_at"].isoformat() if row.get("created_at") is not None else None})
    return rows


def create_app(auth: list | None = None) -> FastAPI:
    """The app; ``auth`` are the route dependencies that demand a login (Airflow's, in the plugin)."""
    app = FastAPI(title="SyncHub sync monitor", dependencies=auth or [])

    def store():
        hub = HubStore()
        try:
            yield hub
        finally:
            hub.dispose()

    @app.get("/api/flows")
    def api_flows(hub: HubStore = Depends(store)) -> list[dict]:
        return flow_figures(hub)

    @app.get("/api/quarantine")
    def api_quarantine(flow: str | None = None, system: str | None = None, reason: str | None = None,
                       hub: HubStore = Depends(store)) -> list[dict]:
        return quarantine_rows(hub, flow, system, reason)

    @app.get("/api/reviews")
    def api_reviews(flow: str | None = None, hub: HubStore = Depends(store)) -> list[dict]:
        return review_rows(hub, flow)

    @app.get("/", response_class=HTMLResponse)
    def page(flow: str | None = Query(None), system: str | None = Query(None), reason: str | None = Query(None),
             hub: HubStore = Depends(store)) -> str:
        return render_page(flow_figures(hub), quarantine_rows(hub, flow, system, reason), flow, system, reason,
                           review_rows(hub, flow))

    return app


# ------------------------------------------------------------------ the page
def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def _link(url: str | None, text: str) -> str:
    return f'<a href="{_e(url)}" target="_top">{_e(text)}</a>' if url else _e(text)


def _chart(runs: list[dict]) -> str:
    """Bars of rows moved per run, a line of the quarantine rate, duration in the bar's title."""
    if not runs:
        return "<p>No runs yet.</p>"
    width, height, bar = max(420, 24 * len(runs) + 40), 120, 18
    top = max(r["rows_moved"] for r in runs) or 1
    parts = [f'<svg class="chart" width="{width}" height="{height + 20}" role="img" aria-label="last runs">']
    points = []
    for i, run in enumerate(runs):
        x = 30 + i * 24
        h = max(1, round(run["rows_moved"] / top * height))
        colour = "#2e7d32" if run["status"] == "succeeded" else ("#c62828" if run["status"] == "failed" else "#9e9e9e")
        parts.append(f'<rect x="{x}" y="{height - h}" width="{bar}" height="{h}" fill="{colour}">'
                     f'<title>{_e(run["run_id"])}: {run["rows_moved"]} rows moved, '
                     f'{run["quarantine_rate"]:.1%} quarantined, {run["seconds"]} s</title></rect>')
        points.append(f"{x + bar / 2},{height - round(run['quarantine_rate'] * height)}")
    parts.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#ef6c00" stroke-width="2"/>')
    parts.append(f'<text x="0" y="{height + 15}" font-size="10">bars: rows moved (max {top}); '
                 f'line: quarantine rate; hover for duration</text></svg>')
    return "".join(parts)


def render_page(flows: list[dict], held: list[dict], flow: str | None, system: str | None,
                reason: str | None, review: list[dict] | None = None) -> str:
    sections = []
    for f in flows:
        last = f["last_run"]
        state = last["status"] if last else "no run yet"
        fresh = "stale" if f["stale"] else "fresh"
        target = _age(f["freshness_target_seconds"]) if f["freshness_target_seconds"] else "none"
        rows = "".join(
            f'<tr data-system="{_e(s["system"])}"><td>{_e(s["system"])}</td>'
            + "".join(f'<td class="n" data-figure="{k}">{s[k]}</td>' for k in FIGURES) + "</tr>"
            for s in f["systems"])
        sections.append(f"""
<section class="flow" data-flow="{_e(f['flow'])}">
  <h2>{_e(f['flow'])} <span class="state {_e(state)}">{_e(state)}</span></h2>
  <p>Last run: {_link(last and last['link'], last['run_id']) if last else 'none'}
     {f"({last['seconds']} s)" if last and last['seconds'] is not None else ''}
     &middot; merged duplicates: <b data-figure="merged_duplicates">{f['merged_duplicates']}</b>
     &middot; <span class="{fresh}" data-figure="freshness">last success {_age(f['seconds_since_success'])} ago,
       target {target}: {fresh}</span></p>
  {f'<p class="error">{_e(last["error"])}</p>' if last and last["error"] else ''}
  <table><tr><th>system</th>{''.join(f'<th>{k}</th>' for k in FIGURES)}</tr>{rows}</table>
  <h3>Last runs</h3>{_chart(f['runs'])}
</section>""")
    held_rows = "".join(
        f"<tr><td>{_e(r['flow'])}</td><td>{_e(r['system'])}</td><td>{_e(r['local_id'])}</td><td>{_e(r['stage'])}</td>"
        f"<td>{_e(r['reason'])}</td><td>{_link(r['link'], r['run_id'])}</td><td>{_e(r['updated_at'])}</td></tr>"
        for r in held) or '<tr><td colspan="7">Nothing held.</td></tr>'
    review_table = "".join(
        f'<tr data-review="{r["id"]}"><td>#{r["id"]}</td><td>{_e(r["flow"])}</td><td>{_e(r["record_a"])}</td>'
        f'<td>{_e(r["record_b"])}</td><td class="n">{r["probability"]:.3f}</td><td>{_link(r["link"], r["run_id"] or "")}</td>'
        f'<td>{_e(r["created_at"])}</td></tr>'
        for r in review or []) or '<tr><td colspan="7">Nothing waits for review.</td></tr>'
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><title>Sync Monitor</title><style>
body {{ font: 14px system-ui, sans-serif; margin: 1rem 2rem; color: #222; }}
table {{ border-collapse: collapse; margin: .5rem 0; }} td, th {{ border: 1px solid #ddd; padding: 3px 8px; }}
td.n {{ text-align: right; }} .stale {{ color: #fff; background: #c62828; padding: 1px 4px; }}
.fresh {{ color: #2e7d32; }} .state {{ font-size: 70%; padding: 2px 6px; border-radius: 3px; background: #eee; }}
.state.succeeded {{ background: #c8e6c9; }} .state.failed {{ background: #ffcdd2; }} .error {{ color: #c62828; }}
</style></head><body>
<h1>Sync Monitor</h1>
{''.join(sections) or '<p>No flows in mappings/flows.yaml.</p>'}
<h2>Quarantine</h2>
<form method="get">flow <input name="flow" value="{_e(flow)}"> system <input name="system" value="{_e(system)}">
 expectation / reason <input name="reason" value="{_e(reason)}"> <button type="submit">Filter</button></form>
<table id="quarantine"><tr><th>flow</th><th>system</th><th>local id</th><th>stage</th><th>reason</th><th>run</th>
<th>since</th></tr>{held_rows}</table>
<h2>Steward review queue</h2>
<p>Pairs the matching was unsure of; decide with <code>synchub review accept|reject ID --reason ...</code>
 (the next run applies it).</p>
<table id="reviews"><tr><th>id</th><th>flow</th><th>record</th><th>record</th><th>probability</th><th>run</th>
<th>since</th></tr>{review_table}</table>
<p><a href="api/flows">JSON: flows</a> &middot; <a href="api/quarantine">JSON: quarantine</a>
 &middot; <a href="api/reviews">JSON: review queue</a></p>
</body></html>"""
