"""Benchmark of the customers flow: one full run and one incremental run after a 1% mutation.

    python bench/flow.py --customers 10000 100000

Each size runs in its own process (demo systems and hub store on SQLite in a temporary folder),
so that its peak memory is its own. Prints, per size: the full run (seconds, rows pulled per
second, rows written); the next run, which reads the full run's own writes back because they
lie at the watermark, and writes nothing; a first mutation and run (it still re-reads that
boundary, unreported); a second mutation and the incremental run after it (steady state: its
pulled rows are the mutated ones plus the previous run's own writes); one more run, which must
write nothing; and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one(customers: int, fraction: float) -> dict:
    from synchub import demo
    from synchub.config import Project
    from synchub.pipeline import run_flow
    from synchub.store import HubStore
    from connectors.connection import resolve_url

    project = Project.load()
    urls = {name: resolve_url(name, project.systems[name]) for name in ("crm", "erp", "scm")}
    Path(os.environ["SYNCHUB_VAR"], "demo").mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    truth = demo.seed(urls, customers=customers, seed=42)
    seeded = time.perf_counter() - started
    store = HubStore()
    store.migrate()

    def timed():
        began = time.perf_counter()
        figures = run_flow(project, "customers", store)
        return figures, time.perf_counter() - began

    full, full_s = timed()
    echo, echo_s = timed()  # reads back the full run's own writes once (watermark boundary), writes nothing
    truth, _ = demo.mutate(urls, truth, fraction=fraction, seed=7)
    first_incremental, first_incremental_s = timed()
    # steady state: the boundary re-read is now only the last incremental run's own writes
    truth, changes = demo.mutate(urls, truth, fraction=fraction, seed=8)
    incremental, incremental_s = timed()
    quiet, quiet_s = timed()

    def pulled(figures):
        return sum(s["pulled"] for s in figures["systems"].values())

    def written(figures):
        return sum(s.get("created", 0) + s.get("updated", 0) for s in figures["systems"].values())

    return {
        "customers": customers, "records": len(truth), "seed_s": round(seeded, 1),
        "full_pulled": pulled(full), "full_written": written(full), "full_s": round(full_s, 2),
        "full_rows_per_s": round(pulled(full) / full_s),
        "incr1_pulled": pulled(first_incremental), "incr1_s": round(first_incremental_s, 2),
        "echo_pulled": pulled(echo), "echo_written": written(echo), "echo_s": round(echo_s, 2),
        "mutated": sum(sum(v.values()) for v in changes.values()),
        "incr_pulled": pulled(incremental), "incr_written": written(incremental), "incr_s": round(incremental_s, 2),
        "incr_rows_per_s": round(pulled(incremental) / incremental_s),
        "quiet_written": written(quiet), "quiet_s": round(quiet_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--fraction", type=float, default=0.01)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.customers[0], args.fraction)))
        return
    header = (f"{'companies':>10} {'records':>9} {'seed s':>7} | {'full s':>7} {'rows/s':>8} {'written':>8} | "
              f"{'echo s':>7} {'pulled':>7} {'written':>7} | "
              f"{'mutated':>7} {'incr s':>7} {'pulled':>7} {'rows/s':>7} {'written':>7} | {'again':>5} | {'peak MB':>7}")
    print(header)
    print("-" * len(header))
    for size in args.customers:
        with tempfile.TemporaryDirectory() as folder:
            env = {**os.environ, "SYNCHUB_VAR": folder}
            env.pop("SYNCHUB_STORE_URL", None)
            out = subprocess.run([sys.executable, __file__, "--one", "--customers", str(size),
                                  "--fraction", str(args.fraction)], env=env, check=True,
                                 capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['customers']:>10,} {r['records']:>9,} {r['seed_s']:>7} | {r['full_s']:>7} "
              f"{r['full_rows_per_s']:>8,} {r['full_written']:>8,} | {r['echo_s']:>7} {r['echo_pulled']:>7,} "
              f"{r['echo_written']:>7,} | {r['mutated']:>7,} {r['incr_s']:>7} {r['incr_pulled']:>7,} "
              f"{r['incr_rows_per_s']:>7,} {r['incr_written']:>7,} | {r['quiet_written']:>5} | {r['peak_rss_mb']:>7,}",
              flush=True)


if __name__ == "__main__":
    main()
