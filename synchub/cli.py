"""The ``synchub`` command: check config, run a flow, see runs, build the demo systems.

Every command runs the same pipeline steps the Airflow DAGs run, so a flow can run with or
without a scheduler. Heavy imports happen inside the commands, to keep start-up quick.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from synchub.errors import ConfigError, SyncHubError

DEMO_SYSTEMS = ("crm", "erp", "scm")


def _project():
    from synchub.config import Project

    return Project.load()


def _store(migrate: bool = True):
    from synchub.store import HubStore

    store = HubStore()
    if migrate:
        store.migrate()
    return store


def cmd_validate(args) -> int:
    project = _project()
    print(f"config OK: {len(project.systems)} systems, {len(project.flows)} flows in {project.root}")
    if args.live:
        from synchub.pipeline.context import RunContext
        from synchub.pipeline.preflight import check_columns

        for name, flow in project.flows.items():
            ctx = RunContext(project, flow, store=None, run_id="(validate)")  # type: ignore[arg-type]
            try:
                check_columns(ctx)
            finally:
                ctx.close()
            print(f"flow {name}: every mapped column exists in {', '.join(flow.spec.systems)}")
    return 0


def _format_summary(figures: dict, entity: str = "customer") -> str:
    columns = ["pulled", "unchanged", "changed", "deleted", "created", "updated", "quarantined"]
    lines = [f"run {figures['run_id']}  ({figures['seconds']:.1f} s)", "",
             f"{'system':<8}" + "".join(f"{c:>12}" for c in columns)]
    for system, numbers in figures["systems"].items():
        lines.append(f"{system:<8}" + "".join(f"{numbers.get(c, 0):>12,}" for c in columns))
    g = figures["goldens"]
    lines += ["", f"golden {entity}s: {g.get('total', 0):,} in all; this run {g.get('goldens_new', 0):,} new, "
                  f"{g.get('goldens_changed', 0):,} changed, {g.get('goldens_merged', 0):,} merged away, "
                  f"{g.get('goldens_retired', 0):,} retired"]
    if g.get("review_pairs") or g.get("decisions_applied"):
        lines.append(f"steward: {g.get('review_pairs', 0):,} pair(s) sent to review (`synchub review list`), "
                     f"{g.get('decisions_applied', 0):,} decision(s) applied")
    return "\n".join(lines)


def cmd_run(args) -> int:
    from synchub.pipeline import run_flow
    from synchub.store import schema

    project = _project()
    store = _store()
    figures = run_flow(project, args.flow, store, takeover=args.takeover)
    entity = project.flow(args.flow).entity.name
    figures["goldens"]["total"] = store.count(schema.golden, schema.golden.c.entity == entity,
                                              schema.golden.c.status == "active")
    print(json.dumps(figures, indent=2) if args.json else _format_summary(figures, entity))
    return 0


def cmd_status(args) -> int:
    store = _store()
    runs = store.last_runs(args.flow, args.limit)
    if not runs:
        print("no runs yet")
        return 0
    print(f"{'run':<44}{'status':<11}{'started (UTC)':<21}{'pulled':>9}{'written':>9}{'quarantined':>13}")
    for run in runs:
        systems = run["figures"].get("systems", {})
        pulled = sum(s.get("pulled", 0) for s in systems.values())
        written = sum(s.get("created", 0) + s.get("updated", 0) for s in systems.values())
        held = sum(s.get("quarantined", 0) for s in systems.values())
        print(f"{run['run_id']:<44}{run['status']:<11}{run['started_at']:%Y-%m-%d %H:%M:%S}  "
              f"{pulled:>9,}{written:>9,}{held:>13,}")
        if run["error"] and args.verbose:
            print("    " + run["error"])
    return 0


def _demo_urls(project) -> dict[str, str]:
    from connectors.connection import resolve_url

    return {name: resolve_url(name, project.systems[name]) for name in DEMO_SYSTEMS}


def _truth_path() -> Path:
    from connectors.connection import var_dir

    return var_dir() / "demo" / "truth.csv"


def _product_truth_path() -> Path:
    from connectors.connection import var_dir

    return var_dir() / "demo" / "product_truth.csv"


def _prepare_sqlite(urls: dict[str, str]) -> None:
    for url in urls.values():
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)


def _forget_demo_in_store() -> None:
    """New demo data makes the hub store's xrefs meaningless: drop the embedded store, or say so."""
    import os

    from synchub.store import HubStore

    if os.environ.get("SYNCHUB_STORE_URL"):
        print("note: the hub store at $SYNCHUB_STORE_URL still holds cross-references to the old demo data; "
              "empty it before the next run", file=sys.stderr)
        return
    store = HubStore()
    path = Path(store.url.removeprefix("sqlite:///"))
    store.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def cmd_demo(args) -> int:
    from synchub import demo

    project = _project()
    urls = _demo_urls(project)
    _prepare_sqlite(urls)
    truth_path, product_truth_path = _truth_path(), _product_truth_path()
    if args.action == "reset":
        demo.reset(urls)
        truth_path.unlink(missing_ok=True)
        product_truth_path.unlink(missing_ok=True)
        _forget_demo_in_store()
        print("demo systems emptied: " + ", ".join(urls))
    elif args.action == "seed":
        truth = demo.seed_systems(urls, customers=args.customers, seed=args.seed, products=args.products)
        demo.write_truth(truth.customers, truth_path)
        demo.write_truth(truth.products, product_truth_path)
        _forget_demo_in_store()
        counts = truth.customers.groupby("system").size().to_dict()
        items = truth.products.groupby("system").size().to_dict()
        print(f"demo seeded with {args.customers:,} companies and {truth.products['true_id'].nunique():,} products: "
              + ", ".join(f"{system} {counts.get(system, 0):,} customer and {items.get(system, 0):,} product records"
                          for system in DEMO_SYSTEMS))
    else:
        truth = demo.read_truth(truth_path)
        truth, summary = demo.mutate(urls, truth, fraction=args.fraction, seed=args.seed)
        demo.write_truth(truth, truth_path)
        product_summary = {}
        if product_truth_path.exists():
            products = demo.read_truth(product_truth_path)
            products, product_summary = demo.mutate_products(urls, products, fraction=args.fraction, seed=args.seed)
            demo.write_truth(products, product_truth_path)
        for system, numbers in summary.items():
            line = f"{system}: customers " + ", ".join(f"{k} {v:,}" for k, v in numbers.items())
            if system in product_summary:
                line += "; products " + ", ".join(f"{k} {v:,}" for k, v in product_summary[system].items())
            print(line)
    return 0


def cmd_store(args) -> int:
    store = _store(migrate=False)
    store.migrate()
    store.check()
    print(f"hub store at the newest schema: {store.engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_schema(args) -> int:
    from synchub.config import json_schema
    from synchub.config.project import mappings_dir

    folder = mappings_dir() / "schema"
    if args.check:
        stale = json_schema.stale(folder)
        if stale:
            print(f"out of date in {folder}: {', '.join(stale)}; run `synchub schema`", file=sys.stderr)
            return 1
        print("JSON Schemas are up to date")
        return 0
    for path in json_schema.write(folder):
        print(f"wrote {path}")
    return 0


def cmd_quarantine(args) -> int:
    from synchub import quarantine

    store = _store()
    if args.action == "replay":
        if not args.flow:
            raise ConfigError("replay needs --flow: the flow whose held rows go through a run again")
        figures = quarantine.replay(_project(), store, args.flow, ids=args.ids or None, system=args.system)
        print(f"run {figures['run_id']}: {figures['replayed']} row(s) replayed, {figures['still_held']} still held"
              + (f"; not replayable (plan/load stage): {figures['not_replayable']}" if figures["not_replayable"]
                 else ""))
        return 0
    status = None if args.action in ("show",) or args.all else "held"
    held = quarantine.rows(store, args.flow, status=status, ids=args.ids or None, system=args.system)
    if args.action == "discard":
        if not args.ids:
            raise ConfigError("discard needs the ids of the rows (see `synchub quarantine list`)")
        count = quarantine.discard(store, args.ids, args.reason)
        print(f"{count} row(s) discarded: {args.reason}")
        return 0
    if args.action == "export":
        count = quarantine.export(held, Path(args.output))
        print(f"{count} row(s) written to {args.output}")
        return 0
    if held.empty:
        print("quarantine is empty" if args.action == "list" else "no such quarantined row")
        return 0 if args.action == "list" else 1
    if args.action == "show":
        print("\n\n".join(quarantine.describe(row) for _, row in held.iterrows()))
        return 0
    for row in held.itertuples():
        print(f"#{row.id} {row.status} {row.flow}/{row.system} {row.local_id or row.golden_id} [{row.stage}] "
              f"{row.reason}")
    return 0


def cmd_review(args) -> int:
    from synchub import stewardship

    store = _store()
    if args.action == "list":
        rows = stewardship.reviews(store, args.flow, status=None if args.all else "open")
        if rows.empty:
            print("no pairs to review" if not args.all else "the review queue is empty")
            return 0
        print("\n".join(stewardship.describe(store, rows)))
        return 0
    if args.action in ("accept", "reject"):
        try:
            ids = [int(item.lstrip("#")) for item in args.items]
        except ValueError:
            raise ConfigError(f"{args.action} takes review ids (see `synchub review list`), not "
                              f"{' '.join(args.items)!r}") from None
        if not ids:
            raise ConfigError(f"{args.action} needs the ids of the reviews (see `synchub review list`)")
        done = stewardship.decide(store, ids, accept=args.action == "accept", reason=args.reason)
        verb = "accepted (one customer)" if args.action == "accept" else "rejected (different customers)"
        print(f"{len(done['decided'])} review(s) {verb}; the next run of the flow applies it"
              + (f"; not open: {', '.join(f'#{i}' for i in done['not_open'])}" if done["not_open"] else ""))
        return 1 if done["not_open"] and not done["decided"] else 0
    if not args.flow:
        raise ConfigError(f"{args.action} needs --flow: the flow whose golden records it changes")
    if not args.reason or not args.reason.strip():
        raise ConfigError(f"{args.action} needs a reason (--reason \"...\"): it is kept with the decision")
    entity = _project().flow(args.flow).entity.name
    wanted = 1 if args.action == "split" else 2
    if len(args.items) != wanted:
        raise ConfigError(f"{args.action} takes {'one record' if wanted == 1 else 'two records'} as SYSTEM:LOCAL_ID, "
                          f"got {len(args.items)}")
    records = [stewardship.parse_record(item) for item in args.items]
    if args.action == "split":
        done = stewardship.split(store, entity, records[0], args.reason.strip())
        print(f"{args.items[0]} leaves golden record {done['golden_id']} ({done['other_members']} other member(s)) "
              f"at the next run of {args.flow}")
    else:
        done = stewardship.force_merge(store, entity, records[0], records[1], args.reason.strip())
        together = " (already one golden record)" if done["golden_a"] == done["golden_b"] else ""
        print(f"{args.items[0]} and {args.items[1]} are one {entity}{together} from the next run of {args.flow}")
    return 0


def cmd_match(args) -> int:
    from synchub.matching.csv_files import match_files, summary

    figures = match_files(Path(args.config), [Path(p) for p in args.input], Path(args.output),
                          Path(args.pairs) if args.pairs else None)
    print(json.dumps(figures, indent=2, default=str) if args.json else summary(figures))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="synchub", description="Keep the CRM, SCM and ERP in agreement.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each step does")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check all YAML config, writing nothing")
    p.add_argument("--live", action="store_true", help="also check mapped columns against each system")
    p.set_defaults(fn=cmd_validate)

    p = sub.add_parser("run", help="one run of a flow, without a scheduler")
    p.add_argument("flow")
    p.add_argument("--takeover", action="store_true", help="take over from a run whose process is gone")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(fn=cmd_run)

    p = sub.add_parser("status", help="last runs and their figures")
    p.add_argument("--flow")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(fn=cmd_status)

    p = sub.add_parser("demo", help="build the demo CRM, ERP and SCM, or change them at random")
    p.add_argument("action", choices=["reset", "seed", "mutate"])
    p.add_argument("--customers", type=int, default=1000, help="seed: number of companies")
    p.add_argument("--products", type=int, default=None,
                   help="seed: number of products (default: one per five companies, at least 50)")
    p.add_argument("--seed", type=int, default=None, help="random seed (seed: 42, mutate: changes each time)")
    p.add_argument("--fraction", type=float, default=0.03, help="mutate: share of records to touch")
    p.set_defaults(fn=cmd_demo)

    p = sub.add_parser("store", help="hub store schema")
    p.add_argument("action", choices=["upgrade"])
    p.set_defaults(fn=cmd_store)

    p = sub.add_parser("schema", help="write the JSON Schemas of the YAML files into mappings/schema/")
    p.add_argument("--check", action="store_true", help="only check that the committed ones are current")
    p.set_defaults(fn=cmd_schema)

    p = sub.add_parser("match", help="deduplicate or link CSV files: record_id,cluster_id per input record")
    p.add_argument("--config", required=True, help="rules file (match: fields, blocking, comparisons, bands)")
    p.add_argument("--input", action="append", required=True, help="a CSV file (UTF-8); repeat to link several")
    p.add_argument("--output", required=True, help="the clusters CSV to write")
    p.add_argument("--pairs", help="also write the pairs at or above the review band to this CSV")
    p.add_argument("--json", action="store_true", help="print the figures (and the weights) as JSON")
    p.set_defaults(fn=cmd_match)

    p = sub.add_parser("review", help="the steward's match decisions: list, accept, reject, split, merge")
    review = p.add_subparsers(dest="action", required=True)
    q = review.add_parser("list", help="pairs waiting for a decision")
    q.add_argument("--flow", help="only this flow's reviews")
    q.add_argument("--all", action="store_true", help="also accepted and rejected reviews")
    for action, meaning in (("accept", "the two records are one company"), ("reject", "they are different companies")):
        q = review.add_parser(action, help=f"{meaning} (applied by the next run of the flow)")
        q.add_argument("items", nargs="+", metavar="ID", help="review ids (see `synchub review list`)")
        q.add_argument("--reason", help="why (kept with the decision)")
    q = review.add_parser("split", help="take a record out of its golden record (from the next run on)")
    q.add_argument("items", nargs=1, metavar="SYSTEM:LOCAL_ID")
    q.add_argument("--flow", help="the flow (required)")
    q.add_argument("--reason", help="why (required; kept with the decision)")
    q = review.add_parser("merge", help="put two records in one golden record (from the next run on)")
    q.add_argument("items", nargs=2, metavar="SYSTEM:LOCAL_ID")
    q.add_argument("--flow", help="the flow (required)")
    q.add_argument("--reason", help="why (required; kept with the decision)")
    p.set_defaults(fn=cmd_review)

    p = sub.add_parser("quarantine", help="rows held back: list, show, export, replay, discard")
    p.add_argument("action", choices=["list", "show", "export", "replay", "discard"])
    p.add_argument("ids", nargs="*", type=int, help="quarantine row ids (show, discard; replay: default all held)")
    p.add_argument("--flow")
    p.add_argument("--system", help="only this system's rows")
    p.add_argument("--all", action="store_true", help="list, export: also resolved, replayed and discarded rows")
    p.add_argument("--reason", help="discard: why (required, kept with the rows)")
    p.add_argument("--output", "-o", default="quarantine.csv", help="export: a .csv or .jsonl file")
    p.set_defaults(fn=cmd_quarantine)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "demo" and args.seed is None:
        import time

        args.seed = 42 if args.action == "seed" else int(time.time())
    try:
        return args.fn(args)
    except ConfigError as exc:
        print("config error:\n  " + "\n  ".join(exc.problems), file=sys.stderr)
        return 2
    except SyncHubError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
