"""Customer master data for the matching benchmark, with its ground truth.

Companies of six countries (:mod:`bench.matching.companies`, hard negatives included) get one
to five records each. The first record of a company is clean-ish; every further one carries,
each with its own probability, the mess of real master data (:mod:`bench.matching.variants`):
typos, other legal-form spellings, the Chinese city in brackets, full-width characters, case,
abbreviations, other address, postcode and phone notations, a mistyped tax id. E-mail, tax id
and phone are missing on a share of all records. Records are shuffled, so that neither row
order nor record id says which records belong together.

    .venv/bin/python bench/matching/generate.py --records 1000000 --seed 1 --out var/bench-matching/n1000000-s1

Same ``n_records`` and ``seed``, same data (numpy streams spawned from one ``SeedSequence``:
one for the companies, one for their sizes, one for the mess).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

if not __package__:  # run as a file: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.matching import variants as v  # noqa: E402
from bench.matching.companies import make_entities  # noqa: E402
from synchub.demo.arrays import decimal_text, obj_array, pick  # noqa: E402
from synchub.demo.mess import mess_tax_ids  # noqa: E402

RECORD_COLUMNS = ("record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id")
TRUTH_COLUMNS = ("record_id", "entity_id")
SIZE_SHARE = {1: 0.45, 2: 0.30, 3: 0.15, 4: 0.07, 5: 0.03}
"""How many records a company has: about 1.9 on average."""
MISSING = {"email": 0.40, "tax_id": 0.40, "phone": 0.15, "postcode": 0.04, "address": 0.03, "city": 0.02}
"""Share of all records, first ones included, on which each field is empty."""


def entity_sizes(rng: np.random.Generator, n_records: int) -> np.ndarray:
    """Records per company, drawn from :data:`SIZE_SHARE`, adding up to ``n_records`` exactly
    (the last company is cut short)."""
    k, p = np.array(list(SIZE_SHARE)), np.array(list(SIZE_SHARE.values()))
    sizes = rng.choice(k, size=int(n_records / (k @ p) * 1.05) + 10, p=p)
    total = np.cumsum(sizes)
    last = int(np.searchsorted(total, n_records))
    sizes = sizes[: last + 1].copy()
    sizes[-1] -= total[last] - n_records
    return sizes


def _some(rng: np.random.Generator, mask: np.ndarray, p: float) -> np.ndarray:
    """Indices of the rows of ``mask`` picked each with probability ``p``."""
    return np.flatnonzero(mask & (rng.random(len(mask)) < p))


def _names(rng: np.random.Generator, e: dict, ent: np.ndarray, dup: np.ndarray, english: np.ndarray) -> np.ndarray:
    """Each record's company name, put together from the parts after each part was varied."""
    country = e["country"][ent]
    cn, cjk = country == "CN", ((country == "CN") | (country == "JP")) & ~english
    en = np.flatnonzero(english)
    brand, industry, legal = e["brand"][ent], e["industry"][ent], e["legal"][ent]
    brand[en], industry[en], legal[en] = e["brand_en"][ent[en]], e["industry_en"][ent[en]], e["legal_en"][ent[en]]
    legal_first = e["legal_first"][ent] & ~english
    body = brand.copy()
    i = np.flatnonzero((industry != "") & cjk)
    body[i] = brand[i] + industry[i]
    i = np.flatnonzero((industry != "") & ~cjk)
    body[i] = brand[i] + " " + industry[i]
    varied_legal = _some(rng, dup, 0.25)
    legal[varied_legal] = v.legal_spelling(legal[varied_legal], rng)
    i = _some(rng, dup, 0.15)
    body[i] = v.typos(body[i], rng)
    i = _some(rng, dup & ~cjk, 0.2)
    body[i] = v.abbreviate(body[i], v.NAME_ABBREVIATIONS)
    i = _some(rng, dup & (country == "JP") & ~english & (legal == "株式会社"), 0.1)
    legal_first[i] = ~legal_first[i]  # 株式会社 written on the other side
    # Chinese names carry their city: before the name (most), in brackets, or left out; the
    # company writes 北京 or 北京市 in its name, a clerk now and then the other one.
    head = body.copy()
    c = np.flatnonzero(cn)
    city = e["city_in_name"][ent[c]]
    city[english[c]] = e["city_en"][ent[c[english[c]]]]
    shi = ~english[c] & (e["city_with_shi"][ent[c]] ^ (dup[c] & (rng.random(len(c)) < 0.2)))
    city[shi] = city[shi] + "市"
    layout = np.where(dup[c], rng.choice(3, size=len(c), p=[0.74, 0.2, 0.06]), 0)
    wide = rng.random(len(c)) < 0.6
    opening = np.select([english[c], wide], [" (", "（"], "(").astype(object)
    closing = np.select([english[c], wide], [")", "）"], ")").astype(object)
    head[c] = np.select([layout == 0, layout == 1], [city + np.where(english[c], " ", "") + body[c],
                                                     body[c] + opening + city + closing], body[c]).astype(object)
    name = head.copy()
    i = np.flatnonzero((legal != "") & ~legal_first & cjk)
    name[i] = head[i] + legal[i]
    i = np.flatnonzero((legal != "") & ~legal_first & ~cjk)
    name[i] = head[i] + " " + legal[i]
    comma = pd.Series(name[varied_legal], dtype=object).str.replace(" ,", ",", regex=False)  # "Acme, Inc."
    name[varied_legal] = comma.to_numpy(dtype=object)
    i = np.flatnonzero((legal != "") & legal_first)
    name[i] = legal[i] + head[i]
    i = _some(rng, ~cjk & (dup | (rng.random(len(ent)) < 0.02)), 0.1)
    name[i] = v.case_variant(name[i], rng)
    i = np.concatenate([_some(rng, dup & cjk, 0.1), _some(rng, dup & ~cjk, 0.01)])
    name[i] = v.fullwidth(name[i])
    i = _some(rng, dup, 0.03)
    name[i] = v.stray_spaces(name[i], rng)
    return name


def _addresses(rng: np.random.Generator, e: dict, ent: np.ndarray, dup: np.ndarray, english: np.ndarray) -> np.ndarray:
    """Each record's street address: abbreviated, in another notation, mistyped, full-width."""
    country = e["country"][ent]
    cjk = np.isin(country, ["CN", "JP"]) & ~english
    addr = np.where(english, e["street_en"][ent], e["street"][ent]).astype(object)
    i = _some(rng, dup & ~cjk, 0.3)
    addr[i] = v.abbreviate(addr[i], v.ADDRESS_ABBREVIATIONS)
    for iso, rules in v.ADDRESS_FORMATS.items():
        i = _some(rng, dup & (country == iso), 0.25)
        addr[i] = v.regex_one_of(addr[i], rules, rng)
    i = _some(rng, dup & cjk & (country == "CN"), 0.1)
    addr[i] = e["city"][ent[i]] + addr[i]  # "北京市朝阳区建国路88号"
    i = _some(rng, dup, 0.1)
    addr[i] = v.typos(addr[i], rng, p_second=0.2)
    i = _some(rng, dup & cjk, 0.1)
    addr[i] = v.fullwidth(addr[i])
    i = _some(rng, dup & ~cjk, 0.05)
    addr[i] = v.case_variant(addr[i], rng)
    return addr


def _contacts(rng: np.random.Generator, e: dict, ent: np.ndarray, dup: np.ndarray) -> dict[str, np.ndarray]:
    """Phone (a notation per record, now and then a direct line), e-mail (another mailbox,
    case) and tax id (a typo, lower case or spaces) of each record."""
    country = e["country"][ent]
    notation = rng.integers(0, len(v.PHONE_NOTATIONS), size=len(ent))
    sub = e["sub"][ent]
    i = _some(rng, dup, 0.05)  # a direct line: the switchboard's number with other last digits
    sub[i] = pd.Series(sub[i], dtype=object).str.slice(0, -3).to_numpy(dtype=object) + decimal_text(
        rng.integers(0, 1000, size=len(i)), 3)
    phone = v.phones(country, e["area"][ent], sub, notation)
    email = e["email"][ent].copy()
    i = _some(rng, dup, 0.08)
    email[i] = pick(rng, ["sales", "info", "contact", "office", "accounts"], len(i)) + "@" + obj_array(
        [m.split("@", 1)[1] for m in email[i]])
    i = _some(rng, dup, 0.1)
    email[i] = np.where(rng.random(len(i)) < 0.5, pd.Series(email[i], dtype=object).str.upper(),
                        pd.Series(email[i], dtype=object).str.capitalize()).astype(object)
    tax = e["tax_id"][ent].copy()
    i = _some(rng, dup, 0.03)
    tax[i] = v.tax_id_typo(tax[i], rng)
    i = np.flatnonzero(dup)
    tax[i] = mess_tax_ids(tax[i], country[i], rng, 0.08)
    return {"phone": phone, "email": email, "tax_id": tax}


def generate(n_records: int, seed: int = 1) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``n_records`` customer records and their truth, both sorted by ``record_id``.

    Records have :data:`RECORD_COLUMNS` (strings, ``None`` where empty); the truth has
    ``record_id, entity_id``: records with one ``entity_id`` are one company.
    """
    rng_entities, rng_sizes, rng = (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(3))
    sizes = entity_sizes(rng_sizes, n_records)
    e = make_entities(rng_entities, len(sizes))
    e["city_in_name"] = pd.Series(e["city"], dtype=object).str.removesuffix("市").to_numpy(dtype=object)
    e["city_with_shi"] = rng_entities.random(len(sizes)) < 0.2
    ent = np.repeat(np.arange(len(sizes)), sizes)
    dup = np.arange(n_records) != np.repeat(np.cumsum(sizes) - sizes, sizes)
    # Chinese and Japanese companies are now and then held under their English name.
    english = np.isin(e["country"][ent], ["CN", "JP"]) & (rng.random(n_records) < np.where(dup, 0.12, 0.08))
    cols = {
        "name": _names(rng, e, ent, dup, english),
        "address": _addresses(rng, e, ent, dup, english),
        "city": np.where(english, e["city_en"][ent], e["city"][ent]).astype(object),
        "postcode": e["postcode"][ent].copy(),
        "country": e["country"][ent],
    } | _contacts(rng, e, ent, dup)
    i = _some(rng, dup, 0.15)
    cols["city"][i] = v.city_variant(cols["country"][i], cols["city"][i], rng)
    i = _some(rng, dup, 0.3)
    cols["postcode"][i] = v.postcode_variant(cols["country"][i], cols["postcode"][i], rng)
    i = _some(rng, dup, 0.02)
    cols["postcode"][i] = v.typos(cols["postcode"][i], rng, p_second=0)
    for field, p in MISSING.items():
        cols[field][rng.random(n_records) < p] = None
    order = rng.permutation(n_records)  # row k of the output is record order[k]
    record_id = "R" + decimal_text(np.arange(1, n_records + 1), 7)
    # Object columns keep None for empty values, and skip pandas' inference of a str dtype.
    records = pd.DataFrame({"record_id": record_id} | {c: cols[c][order] for c in RECORD_COLUMNS[1:]}, dtype=object)
    truth = pd.DataFrame(dict(zip(TRUTH_COLUMNS, [record_id, "E" + decimal_text(ent[order] + 1, 7)])), dtype=object)
    return records, truth


def write(records: pd.DataFrame, truth: pd.DataFrame, out: Path) -> None:
    """``out/records.csv`` and ``out/truth.csv`` (UTF-8, empty fields for missing values)."""
    out.mkdir(parents=True, exist_ok=True)
    records.to_csv(out / "records.csv", index=False, encoding="utf-8")
    truth.to_csv(out / "truth.csv", index=False, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder for records.csv and truth.csv")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    records, truth = generate(args.records, args.seed)
    t1 = time.perf_counter()
    write(records, truth, args.out)
    t2 = time.perf_counter()
    print(f"{len(records):,} records of {truth['entity_id'].nunique():,} companies: "
          f"generated in {t1 - t0:.1f} s, written in {t2 - t1:.1f} s to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
