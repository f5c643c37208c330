"""Benchmark: SyncHub's matching engine (``synchub match``) against Splink 5 on DuckDB, on the
same generated company master data, in one run.

For each ``--records`` size the data is generated (:mod:`bench.matching.generate`; cached in
``WORKDIR/n<records>-s<seed>/``), each engine runs as a child process that reads records.csv
and writes clusters.csv (``record_id,cluster_id``), and the clusters are scored against the
truth (:mod:`bench.matching.score`: pairwise precision, recall, F1). Seconds are wall time of
the child, start-up included; peak MB is the child's maximum resident set (``os.wait4``).
Children's output goes to ``<engine>.log`` next to the data; a failing engine is reported
with the end of its log, and the run goes on with the other.

    .venv/bin/python bench/matching/run.py --records 100000 1000000 --seed 1 \\
        --rules mappings/match/companies.yaml --workdir var/bench-matching

Splink runs in its own virtualenv, ``.venv-splink``, not in ``.venv``: installing it brings
pyarrow, and with pyarrow importable pandas 3 stores its default ``str`` columns in Arrow, which
would change how the whole project's pandas code runs. Create it once with

    python3.11 -m venv .venv-splink && .venv-splink/bin/pip install -r bench/matching/requirements-splink.txt

``--splink-python`` picks the interpreter: by default ``.venv-splink/bin/python`` when it
exists, else this interpreter if it can import splink; ``--no-splink`` skips Splink.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

if not __package__:  # run as a file: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.matching.generate import generate, write  # noqa: E402
from bench.matching.score import PairScores, pairwise_scores, sample_errors  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPLINK_SCRIPT = Path(__file__).resolve().with_name("splink_run.py")


@dataclass
class EngineRun:
    """One engine on one data set: its cost and its scores, or why there are none."""

    engine: str
    records: int
    seconds: float | None = None
    peak_mb: float | None = None
    scores: PairScores | None = None
    error: str | None = None


GENERATORS = ("bench", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
              "heldout7")
"""``bench``: :mod:`bench.matching.generate`; ``heldout`` to ``heldout7``: the generators in
``bench/heldout`` ... ``bench/heldout7``, written by others without sight of the engine."""


def _generate_into(generator: str, folder: Path, n: int, seed: int) -> None:
    if generator == "bench":
        write(*generate(n, seed), folder)
        return
    # the held-out generators are scripts with their own CLI: run as they are documented
    script = ROOT / "bench" / generator / "generate.py"
    subprocess.run([sys.executable, str(script), "--records", str(n), "--seed", str(seed), "--out", str(folder)],
                   check=True, cwd=ROOT)


def dataset(workdir: Path, n: int, seed: int, regenerate: bool, generator: str = "bench") -> Path:
    """The folder with records.csv and truth.csv for ``n`` records, generated if missing."""
    folder = workdir / (f"n{n}-s{seed}" if generator == "bench" else f"{generator}-n{n}-s{seed}")
    if regenerate or not (folder / "records.csv").exists() or not (folder / "truth.csv").exists():
        t0 = time.perf_counter()
        _generate_into(generator, folder, n, seed)
        print(f"generated {n:,} records ({generator}) in {time.perf_counter() - t0:.1f} s: {folder}")
    return folder


def run_child(cmd: list[str], log: Path) -> tuple[float, float, int]:
    """Run ``cmd`` from the repository root with its output in ``log``: (seconds, peak MB of
    the child's resident set, exit code)."""
    t0 = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    return seconds, usage.ru_maxrss / 1024, proc.returncode  # ru_maxrss is in KiB on Linux


def _log_tail(log: Path, lines: int = 15) -> str:
    text = log.read_text(errors="replace").strip().splitlines() if log.exists() else []
    return "\n".join("    " + line for line in text[-lines:]) or "    (no output)"


def run_engine(engine: str, cmd: list[str], folder: Path, n: int, truth: pd.DataFrame) -> EngineRun:
    """Run one engine on ``folder``'s records and score its clusters."""
    clusters, log = folder / f"{engine}-clusters.csv", folder / f"{engine}.log"
    clusters.unlink(missing_ok=True)
    print(f"{engine}: {n:,} records ... ", end="", flush=True)
    try:
        seconds, peak_mb, code = run_child([*cmd, str(clusters)], log)
    except OSError as exc:
        print("could not start")
        return EngineRun(engine, n, error=f"{cmd[0]}: {exc}")
    print(f"{seconds:.1f} s, {peak_mb:,.0f} MB")
    run = EngineRun(engine, n, seconds, peak_mb)
    if code != 0 or not clusters.exists():
        made = "a" if clusters.exists() else "no"
        run.error = f"exit code {code}, {made} clusters file; end of {log}:\n{_log_tail(log)}"
        return run
    try:
        run.scores = pairwise_scores(pd.read_csv(clusters, dtype=str, keep_default_na=False), truth)
    except (ValueError, KeyError) as exc:
        run.error = f"{clusters}: cannot be scored: {exc}"
    return run


def splink_python(choice: str | None) -> str | None:
    """The interpreter that runs splink_run.py, or None when Splink is not installed."""
    if choice:
        return choice
    own = ROOT / ".venv-splink" / "bin" / "python"
    if own.exists():
        return str(own)
    return sys.executable if importlib.util.find_spec("splink") else None


def show_errors(run: EngineRun, folder: Path, truth: pd.DataFrame, k: int) -> None:
    """Print ``k`` false-positive and ``k`` false-negative pairs of ``run``, side by side."""
    clusters = pd.read_csv(folder / f"{run.engine}-clusters.csv", dtype=str, keep_default_na=False)
    records = pd.read_csv(folder / "records.csv", dtype=str, keep_default_na=False).set_index("record_id")
    fields = ["name", "address", "city", "postcode", "phone", "email", "tax_id"]
    for label, pairs in zip(("false positive", "false negative"), sample_errors(clusters, truth, k=k)):
        for p in pairs.itertuples():
            print(f"  {run.engine} {label}: {p.entity_id_l} / {p.entity_id_r}")
            for rid in (p.record_id_l, p.record_id_r):
                print(f"    {rid}: " + " | ".join(records.at[rid, f] for f in fields))


def print_table(runs: list[EngineRun]) -> None:
    """The results, one row per engine and size, then how time grows with size."""
    head = f"{'engine':<8}{'records':>11}{'seconds':>9}{'peak MB':>9}{'precision':>10}{'recall':>8}{'F1':>8}" \
           f"{'pred. pairs':>13}{'true pairs':>12}"
    print("\n" + head + "\n" + "-" * len(head))
    for r in runs:
        if r.scores:
            s = r.scores
            print(f"{r.engine:<8}{r.records:>11,}{r.seconds:>9.1f}{r.peak_mb:>9,.0f}{s.precision:>10.4f}"
                  f"{s.recall:>8.4f}{s.f1:>8.4f}{s.predicted_pairs:>13,}{s.true_pairs:>12,}")
        else:
            print(f"{r.engine:<8}{r.records:>11,}  failed (see above)")
    for engine in dict.fromkeys(r.engine for r in runs):
        timed = {r.records: r.seconds for r in runs if r.engine == engine and r.scores}
        for n, seconds in timed.items():
            if 10 * n in timed:
                print(f"{engine}: 10x records ({n:,} -> {10 * n:,}) -> {timed[10 * n] / seconds:.1f}x time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rules", default="mappings/match/companies.yaml", help="synchub match --config")
    parser.add_argument("--workdir", type=Path, default=Path("var/bench-matching"))
    parser.add_argument("--no-splink", action="store_true", help="run SyncHub only")
    parser.add_argument("--no-synchub", action="store_true", help="run Splink only")
    parser.add_argument("--splink-python", help="interpreter with splink 5 (default: .venv-splink/bin/python)")
    parser.add_argument("--examples", type=int, default=0, help="print this many false positives and negatives")
    parser.add_argument("--data", choices=GENERATORS, default="bench", help="which generator writes the data")
    parser.add_argument("--regenerate", action="store_true", help="generate the data again even if cached")
    args = parser.parse_args(argv)
    workdir = args.workdir if args.workdir.is_absolute() else ROOT / args.workdir

    engines: dict[str, list[str]] = {}
    if not args.no_synchub:
        synchub = Path(sys.executable).with_name("synchub")
        engines["synchub"] = [str(synchub), "match", "--config", args.rules, "--input", "{records}", "--output"]
    python = None if args.no_splink else splink_python(args.splink_python)
    if python:
        engines["splink"] = [python, str(SPLINK_SCRIPT), "--seed", str(args.seed), "--input", "{records}", "--output"]
    elif not args.no_splink:
        print("splink: not installed (no .venv-splink, not importable here): skipped; see this script's docstring")

    runs = []
    for n in args.records:
        folder = dataset(workdir, n, args.seed, args.regenerate, args.data)
        truth = pd.read_csv(folder / "truth.csv", dtype=str)
        for engine, cmd in engines.items():
            cmd = [str(folder / "records.csv") if part == "{records}" else part for part in cmd]
            run = run_engine(engine, cmd, folder, n, truth)
            if run.error:
                print(f"{engine} failed: {run.error}")
            elif args.examples:
                show_errors(run, folder, truth, args.examples)
            runs.append(run)
    print_table(runs)
    return 0 if runs and all(r.scores for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
