"""The data steward's alert: one e-mail per run of a flow that has something new to say.

Something new is a quarantined row no earlier alert told of, or a batch a critical expectation
stopped. The e-mail (HTML and plain text) has the flow, systems and counts in its subject; a
table of the failed expectations with counts and a few sample rows; what is new since the last
alert (new rows, rows still held, rows resolved since); links to the Airflow run and to the
sync monitor. Rows still held from before raise no new e-mail. Recipients are the flow's
``quality_alerts`` in flows.yaml; the SMTP server is an Airflow connection (``smtp_default``), or
outside Airflow ``AIRFLOW_CONN_SMTP_DEFAULT`` in JSON or URI form. A failure to send is logged as
an error, recorded in the ``alert`` table and in the run's figures, and the rows stay un-alerted
so the next run tries again: it is never swallowed.
"""

from __future__ import annotations

import html
import json
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import pandas as pd
import sqlalchemy as sa

from synchub.errors import ConnectionConfigError
from synchub.store import schema as t
from synchub.store.hub_store import utcnow

log = logging.getLogger(__name__)
SAMPLES = 3


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    login: str | None = None
    password: str | None = None
    from_email: str = "synchub@localhost"
    use_ssl: bool = True
    use_starttls: bool = True
    timeout: float = 30.0


def _flag(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def smtp_settings(conn_id: str = "smtp_default") -> SmtpSettings:
    """The SMTP server of an Airflow connection: ``AIRFLOW_CONN_<ID>`` first (JSON or URI form),
    else Airflow's own connection store when Airflow is installed (imported only here)."""
    raw = os.environ.get(f"AIRFLOW_CONN_{conn_id.upper()}")
    if raw:
        if raw.lstrip().startswith("{"):
            data = json.loads(raw)
            extra = data.get("extra") or {}
            if isinstance(extra, str):
                extra = json.loads(extra)
            host, port, login, password = data.get("host"), data.get("port"), data.get("login"), data.get("password")
        else:
            url = urlsplit(raw)
            extra = dict(parse_qsl(url.query))
            host, port = url.hostname, url.port
            login, password = unquote(url.username or "") or None, unquote(url.password or "") or None
    else:
        try:
            from airflow.sdk import BaseHook
        except ImportError:
            raise ConnectionConfigError(
                f"no SMTP connection {conn_id!r}: define the Airflow connection, or set "
                f"AIRFLOW_CONN_{conn_id.upper()} (e.g. '{{\"conn_type\":\"smtp\",\"host\":\"mail.example.com\","
                f"\"port\":587}}')") from None
        conn = BaseHook.get_connection(conn_id)
        extra, host, port, login, password = conn.extra_dejson, conn.host, conn.port, conn.login, conn.password
    if not host:
        raise ConnectionConfigError(f"SMTP connection {conn_id!r} has no host")
    return SmtpSettings(host=host, port=int(port or 25), login=login, password=password,
                        from_email=extra.get("from_email") or "synchub@localhost",
                        use_ssl=not _flag(extra.get("disable_ssl"), False),
                        use_starttls=not _flag(extra.get("disable_tls"), False),
                        timeout=float(extra.get("timeout", 30)))


def send(message: EmailMessage, settings: SmtpSettings) -> None:
    """Send one message; raises on any failure."""
    if settings.use_ssl:
        server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                  context=ssl.create_default_context())
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with server:
        if not settings.use_ssl and settings.use_starttls:
            server.starttls(context=ssl.create_default_context())
        if settings.login:
            server.login(settings.login, settings.password or "")
        server.send_message(message)


def links(flow: str, run_id: str, dag_id: str | None) -> dict[str, str]:
    """The Airflow run and the sync monitor, under ``$SYNCHUB_AIRFLOW_URL`` (or Airflow's base_url).

    A run Airflow started (hub run id ``<flow>@<airflow run id>``) links to its DAG run page.
    """
    from synchub.airflow_names import airflow_run_id
    from synchub.airflow_names import dag_id as flow_dag_id

    base = (os.environ.get("SYNCHUB_AIRFLOW_URL") or os.environ.get("AIRFLOW__API__BASE_URL")
            or "http://localhost:8080").rstrip("/")
    airflow_run = airflow_run_id(run_id)
    run = (f"{base}/dags/{dag_id or flow_dag_id(flow)}/runs/{quote(airflow_run, safe='')}" if airflow_run
           else f"{base}/dags/{dag_id or flow}/runs/{run_id}")
    return {"airflow_run": run, "sync_monitor": f"{base}/plugin/sync-monitor"}


def _quality(store, run_id: str) -> dict[str, dict]:
    s = t.run_step
    steps = store.frame(sa.select(s.c.system, s.c.figures).where(s.c.run_id == run_id, s.c.step == "quality"))
    return {system: json.loads(f) for system, f in zip(steps["system"], steps["figures"])}


def compose(flow: str, run_id: str, new: pd.DataFrame, still: int, resolved: int, quality: dict[str, dict],
            link: dict[str, str]) -> tuple[str, str, str]:
    """Subject, plain text and HTML of the alert."""
    per_system = new.groupby("system").size().to_dict() if len(new) else {}
    stopped = sorted(s for s, q in quality.items() if q.get("stopped"))
    counts = ", ".join(f"{s} {n}" for s, n in sorted(per_system.items()))
    subject = f"[SyncHub] {flow}: {len(new)} new quarantined row{'s' * (len(new) != 1)}"
    subject += f" ({counts})" if counts else ""
    if stopped:
        subject += f"; batch stopped in {', '.join(stopped)}"

    # failed expectations: row-level from the new rows' payloads, batch-level from the run's figures
    table: dict[tuple, dict] = {}
    for row in new.itertuples():
        payload = json.loads(row.payload) if row.payload else {}
        failures = payload.get("failed") or [{"expectation": f"{row.stage} stage: {str(row.reason)[:120]}",
                                              "kwargs": {}, "values": {}}]
        for failure in failures:
            key = (row.system, failure["expectation"], json.dumps(failure.get("kwargs", {}), sort_keys=True,
                                                                   ensure_ascii=False))
            entry = table.setdefault(key, {"rows": 0, "samples": []})
            entry["rows"] += 1
            if len(entry["samples"]) < SAMPLES:
                entry["samples"].append((row.local_id or row.golden_id, failure.get("values", {})))
    batch = [(system, f["expectation"], json.dumps(f.get("kwargs", {}), sort_keys=True, ensure_ascii=False),
              f.get("severity"), f.get("observed"))
             for system, q in sorted(quality.items()) for f in q.get("failed", []) if f.get("level") == "batch"]

    text = [subject, "", f"Run {run_id} of flow {flow}.", "",
            f"New since the last alert: {len(new)} row(s) quarantined. Still held from before: {still}. "
            f"Resolved, replayed or discarded since the last alert: {resolved}.", ""]
    if batch:
        text.append("Batch-level expectations that failed:")
        text += [f"  {s}: {name} {kw} [{sev}] observed {obs}" for s, name, kw, sev, obs in batch]
        text.append("")
    text.append("Failed expectations (new rows):")
    for (system, name, kw), entry in sorted(table.items(), key=lambda kv: -kv[1]["rows"]):
        text.append(f"  {system}  {name} {kw if kw != '{}' else ''}  {entry['rows']} row(s)")
        for record, values in entry["samples"]:
            text.append(f"      e.g. {record}: " + ", ".join(f"{k}={v!r}" for k, v in values.items()))
    text += ["", f"Airflow run: {link['airflow_run']}", f"Sync monitor: {link['sync_monitor']}",
             "", "See them with: synchub quarantine list --flow " + flow]

    e = html.escape
    rows_html = "".join(
        f"<tr><td>{e(system)}</td><td><code>{e(name)}</code><br><small>{e(kw if kw != '{}' else '')}</small></td>"
        f"<td align='right'>{entry['rows']}</td><td>"
        + "<br>".join(f"{e(str(record))}: " + e(", ".join(f"{k}={v!r}" for k, v in values.items()))
                      for record, values in entry["samples"]) + "</td></tr>"
        for (system, name, kw), entry in sorted(table.items(), key=lambda kv: -kv[1]["rows"]))
    batch_html = "".join(f"<tr><td>{e(s)}</td><td><code>{e(name)}</code><br><small>{e(kw)}</small></td>"
                         f"<td>{e(str(sev))}</td><td>{e(str(obs))}</td></tr>" for s, name, kw, sev, obs in batch)
    body = (f"<html><body><h2>{e(subject)}</h2><p>Run <b>{e(run_id)}</b> of flow <b>{e(flow)}</b>.</p>"
            f"<p>New since the last alert: <b>{len(new)}</b> row(s) quarantined. Still held from before: {still}. "
            f"Resolved, replayed or discarded since the last alert: {resolved}.</p>")
    if batch:
        body += ("<h3>Batch-level expectations that failed</h3><table border='1' cellpadding='4'>"
                 "<tr><th>system</th><th>expectation</th><th>severity</th><th>observed</th></tr>"
                 + batch_html + "</table>")
    body += ("<h3>Failed expectations (new rows)</h3><table border='1' cellpadding='4'>"
             "<tr><th>system</th><th>expectation</th><th>rows</th><th>sample rows</th></tr>" + rows_html + "</table>"
             f"<p><a href='{e(link['airflow_run'])}'>Airflow run</a> · "
             f"<a href='{e(link['sync_monitor'])}'>Sync monitor</a></p></body></html>")
    return subject, "\n".join(text) + "\n", body


def alert(ctx) -> dict:
    """Send the run's alert if there is something new; returns figures (also put in the run's)."""
    store, flow = ctx.store, ctx.flow.name
    spec = ctx.flow.spec.quality_alerts
    q = t.quarantine
    held = store.quarantine(flow, "held")
    new = held[held["alerted_at"].isna()]
    quality = _quality(store, ctx.run_id)
    stopped = any(v.get("stopped") for v in quality.values())
    figures: dict = {"status": "quiet", "new_rows": int(len(new)), "held_rows": int(len(held))}
    if spec is None:
        figures["status"] = "off"
    elif len(new) or stopped:
        last = store.frame(sa.select(sa.func.max(t.alert.c.created_at)).where(
            t.alert.c.flow == flow, t.alert.c.status == "sent")).iloc[0, 0]
        closed = store.quarantine(flow, None)
        closed = closed[closed["status"] != "held"]
        resolved = int((closed["updated_at"] > last).sum()) if last is not None else int(len(closed))
        subject, text, body = compose(flow, ctx.run_id, new, int(len(held) - len(new)), resolved, quality,
                                      links(flow, ctx.run_id, spec.dag_id))
        message = EmailMessage()
        message["To"] = ", ".join(spec.to)
        if spec.cc:
            message["Cc"] = ", ".join(spec.cc)
        message["Subject"] = subject
        message.set_content(text)
        message.add_alternative(body, subtype="html")
        figures["subject"] = subject
        try:
            settings = smtp_settings(spec.smtp_connection)
            message["From"] = settings.from_email
            send(message, settings)
            figures["status"] = "sent"
        except Exception as exc:  # any failure to send is recorded and shown, never swallowed
            log.error("flow %s, run %s: the data-quality alert could not be sent: %s", flow, ctx.run_id, exc)
            figures.update(status="failed", error=f"{type(exc).__name__}: {exc}")
    now = utcnow()
    with store.begin() as conn:
        conn.execute(t.alert.insert().values(
            flow=flow, run_id=ctx.run_id, status=figures["status"], recipients=", ".join(spec.to) if spec else None,
            subject=figures.get("subject"), new_rows=figures["new_rows"], held_rows=figures["held_rows"],
            error=figures.get("error"), created_at=now))
        if figures["status"] == "sent" and len(new):
            ids = new["id"].tolist()
            for start in range(0, len(ids), 900):
                conn.execute(q.update().where(q.c.id.in_(ids[start:start + 900])).values(alerted_at=now))
        run = conn.execute(sa.select(t.runs.c.figures).where(t.runs.c.run_id == ctx.run_id)).scalar()
        if run is not None:
            merged = json.loads(run)
            merged["alert"], merged["quality"] = figures, quality
            conn.execute(t.runs.update().where(t.runs.c.run_id == ctx.run_id).values(figures=json.dumps(merged)))
    return figures
