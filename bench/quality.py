"""Benchmark: validation of N canonical customer rows with the full customer suite.

Builds a frame of canonical text values (six countries, valid tax ids, phones in the demo's
styles), spoils a share of rows (a USCC typo, a bad e-mail, an unknown currency, a negative
credit limit, a short phone: one each), then times ``runner.check`` (GX, COMPLETE result format,
DataFrame index as the row key) and the row-level split (``held_rows`` + ``reasons``). "with GX"
adds the one-off GX import and context; "cpu" is the process's CPU time, which other load on
the machine does not inflate.

    .venv/bin/python bench/quality.py --rows 1000000 --bad 0.01 0.2
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np
import pandas as pd

from synchub.tax_ids import (gb_vat_check_number, jp_corporate_number_check_digit, mod_11_10_check_digit,
                             uscc_check_char)

COUNTRIES = np.array(["CN", "DE", "FR", "GB", "JP", "US"])
CURRENCY = {"CN": "CNY", "DE": "EUR", "FR": "EUR", "GB": "GBP", "JP": "JPY", "US": "USD"}
PHONE = {"CN": "+86 10 {a} {b}", "DE": "(030) {a}{b}", "FR": "+33 1 {a} {b}", "GB": "020 {a} {b}",
         "JP": "03-{a}-{b}", "US": "(212) {a3}-{b}"}


def tax_id(country: str, rng) -> str:
    if country == "CN":
        body = f"91110108MA{rng.integers(10**6, 10**7 - 1)}"
        return body + uscc_check_char(body)
    if country == "DE":
        d = [int(c) for c in str(rng.integers(10**7, 10**8 - 1))]
        return "DE" + "".join(map(str, d)) + str(mod_11_10_check_digit(d))
    if country == "GB":
        body = f"{rng.integers(10**6, 10**7 - 1)}"
        return f"GB{body}{gb_vat_check_number([int(c) for c in body]):02d}"
    if country == "JP":
        body = f"{rng.integers(10**11, 10**12 - 1)}"
        return f"{jp_corporate_number_check_digit([int(c) for c in body])}{body}"
    if country == "US":
        return f"12{rng.integers(10**6, 10**7 - 1)}"
    return None  # FR left out: not every customer has a tax id


def customers(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    country = COUNTRIES[rng.integers(0, len(COUNTRIES), n)]
    # a pool of valid tax ids per country, drawn from, keeps the set-up quick
    pools = {c: [tax_id(c, rng) for _ in range(5000)] for c in COUNTRIES}
    tax = np.empty(n, dtype=object)
    for c in COUNTRIES:
        idx = np.flatnonzero(country == c)
        tax[idx] = np.array(pools[c], dtype=object)[rng.integers(0, 5000, len(idx))]
    a, b = rng.integers(1000, 9999, n), rng.integers(1000, 9999, n)
    phone = np.array([PHONE[c].format(a=x, a3=str(x)[:3], b=y) for c, x, y in zip(country, a, b)], dtype=object)
    return pd.DataFrame({
        "name": [f"Company {i}" for i in range(n)], "tax_id": tax, "email": [f"info{i}@example.com" for i in range(n)],
        "phone": phone, "street": "1 Main Street", "city": "Town", "postcode": "12345", "country": country.astype(object),
        "currency": pd.Series(country).map(CURRENCY).to_numpy(dtype=object),
        "credit_limit": (rng.integers(0, 10**6, n).astype(str).astype(object) + ".00"),
        "customer_since": "2020-01-31"}).astype(object)


def spoil(frame: pd.DataFrame, share: float, seed: int = 8) -> pd.Index:
    rng = np.random.default_rng(seed)
    bad = rng.choice(len(frame), int(len(frame) * share), replace=False)
    kinds = np.array_split(bad, 5)
    frame.loc[kinds[0], "country"] = "CN"
    frame.loc[kinds[0], "tax_id"] = "91110108MA01ABCD2E"
    frame.loc[kinds[1], "email"] = "not-an-address"
    frame.loc[kinds[2], "currency"] = "RMB"
    frame.loc[kinds[3], "credit_limit"] = "-5.00"
    frame.loc[kinds[4], "phone"] = "12"
    return frame.index[bad]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--bad", type=float, nargs="+", default=[0.01, 0.2])
    args = parser.parse_args()
    from synchub.canonical import CUSTOMER
    from synchub.quality import load_suite, runner

    suite = load_suite("customer", CUSTOMER.field_names)
    started = time.perf_counter()
    runner._asset()
    setup = time.perf_counter() - started
    print(f"GX import and context: {setup:.1f} s (once per process; counted in 'with GX s')")
    print(f"{'rows':>10} {'bad':>6} {'validate s':>11} {'split s':>8} {'total s':>8} {'with GX s':>10} {'cpu s':>6} "
          f"{'held':>9} {'rows/s':>10}")
    for share in args.bad:
        frame = customers(args.rows)
        spoiled = spoil(frame, share)
        cpu, started = time.process_time(), time.perf_counter()
        outcome = runner.check(frame, suite)
        checked = time.perf_counter()
        held = outcome.held_rows
        texts, _ = runner.reasons(outcome, frame, held)
        done, cpu = time.perf_counter(), time.process_time() - cpu
        assert set(held) == set(spoiled), (len(held), len(spoiled))
        total = done - started
        print(f"{args.rows:>10,} {share:>6.0%} {checked - started:>11.2f} {done - checked:>8.2f} {total:>8.2f} "
              f"{total + setup:>10.2f} {cpu:>6.2f} {len(held):>9,} {args.rows / total:>10,.0f}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
