"""Deduplicate the benchmark's records.csv with Splink 5 on DuckDB, the engine SyncHub's
matching is compared with: ``record_id,cluster_id`` per record.

Runs in its own interpreter (``.venv-splink``: duckdb, splink, no SyncHub), so it imports
nothing from the project. The set-up is what a careful Splink user would write for company
master data, so that the comparison is fair:

- Standardisation in DuckDB SQL, counted in the run time: full-width to ASCII, case, accents;
  a bracketed city moved to the front (星辰科技(北京)有限公司 -> 北京星辰科技有限公司); legal
  forms and punctuation removed; common abbreviations spelled one way; phones reduced to the
  national number; tax ids and postcodes without spaces.
- Comparisons: Jaro-Winkler on the name; location (address and postcode, or address and city,
  as one comparison: they are one piece of evidence, and counted apart they would make
  neighbours in a business park a match); exact phone and e-mail; tax id exact or one edit
  apart (a typo still says a lot).
- Blocking for prediction: tax id, e-mail, phone, cleaned name, postcode + name prefix,
  postcode + house number (which links a Chinese record to its pinyin twin), city + name prefix.
- Training: lambda from deterministic rules, u by random sampling, m by EM blocked on tax id
  and on phone; pairs predicted at 0.5, clustered at ``--threshold`` (0.95).

    .venv-splink/bin/python bench/matching/splink_run.py --input records.csv --output clusters.csv
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

import duckdb
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

_FULLWIDTH = "".join(chr(0xFF01 + i) for i in range(94)) + "\u3000"
_ASCII = "".join(chr(0x21 + i) for i in range(94)) + " "

_CJK_LEGAL = r"(股份有限公司|集团有限公司|有限责任公司|有限公司|股份公司|集团公司|公司|株式会社|\(株\)|㈱|有限会社|\(有\)|合同会社|\(同\))"
# Spelled with the dots and commas already turned into spaces ("co ltd", "g m b h").
_LATIN_LEGAL = (r"\b(co ltd|company limited|public limited company|limited|ltd|p l c|plc|incorporated|inc|l l c|llc|"
                r"corporation|corp|gmbh (& |\+ |u )?co kg|gesellschaft mit beschrankter haftung|g m b h|gmbh|"
                r"aktiengesellschaft|ag|kommanditgesellschaft|kg|s a s u|sasu|s a s|sas|s a r l|s a r l|sarl|"
                r"societe anonyme|s a|sa)\b")
# One spelling for the words that the data abbreviates now and then.
_NAME_WORDS = {"technology": "tech", "technologies": "tech", "international": "intl", "manufacturing": "mfg",
               "engineering": "eng", "industries": "ind", "systems": "sys", "services": "svcs", "and": "&",
               "company": "co", "etablissements": "ets"}
_ADDRESS_WORDS = {"street": "st", "road": "rd", "avenue": "ave", "boulevard": "blvd", "drive": "dr", "lane": "ln",
                  "suite": "ste", "district": "dist", "strasse": "str"}
_CALLING_CODE = {"CN": "86", "JP": "81", "DE": "49", "FR": "33", "GB": "44", "US": "1"}


def _sql_text(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _chain(column: str, steps: list[tuple[str, str]]) -> str:
    """SQL applying each (pattern, replacement) of ``steps`` to ``column``, globally, in turn."""
    expr = column
    for pattern, repl in steps:
        expr = f"regexp_replace({expr}, {_sql_text(pattern)}, {_sql_text(repl)}, 'g')"
    return expr




def _words(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(rf"\b{word}\b", short) for word, short in table.items()]


NAME_SQL = _chain("fold(name)", [
    (_CJK_LEGAL, " "),
    (r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", r"\2 \1 \3"),  # the bracketed city to the front
    (r"[.,]", " "), (r"\s+", " "), (_LATIN_LEGAL, " "), *_words(_NAME_WORDS),
    (r"[^\p{L}\p{N}&]+", " "), (r"([\p{Han}\p{Katakana}\p{Hiragana}])\s+", r"\1"),
    (r"^(\p{Han}{2,3})市", r"\1"),  # 北京市星辰 -> 北京星辰
])
ADDRESS_SQL = _chain("fold(address)", [
    (r"^\p{Han}{2,3}市", ""), (r"(\d)(丁目|番地|番|号)", r"\1 "), (r"strasse\b", "str"), *_words(_ADDRESS_WORDS),
    (r"[^\p{L}\p{N}]+", " "), (r"([\p{Han}\p{Katakana}\p{Hiragana}])\s+", r"\1"),
])
PHONE_SQL = """ltrim(CASE
    WHEN starts_with(digits, '00' || cc) THEN substr(digits, 3 + length(cc))
    WHEN starts_with(trim(phone), '+') AND starts_with(digits, cc) THEN substr(digits, 1 + length(cc))
    WHEN country = 'US' AND length(digits) = 11 AND starts_with(digits, '1') THEN substr(digits, 2)
    ELSE digits END, '0')"""


def standardise(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Read ``path`` into table ``records`` with the cleaned columns Splink compares."""
    calling_code = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _CALLING_CODE.items())
    con.execute(f"""
        CREATE MACRO fold(s) AS
            replace(lower(strip_accents(translate(s, {_sql_text(_FULLWIDTH)}, {_sql_text(_ASCII)}))), 'ß', 'ss');
        CREATE MACRO squash(s) AS nullif(trim(regexp_replace(s, '\\s+', ' ', 'g')), '');
        CREATE TABLE records AS
        WITH raw AS (
            SELECT *, regexp_replace(phone, '\\D', '', 'g') AS digits, CASE country {calling_code} END AS cc
            FROM read_csv({_sql_text(path)}, header = true, all_varchar = true)
        ), cleaned AS (
            SELECT record_id AS unique_id,
                squash({NAME_SQL}) AS name_clean,
                squash({ADDRESS_SQL}) AS address_clean,
                squash(regexp_replace(regexp_replace(fold(city), '市$', ''), '[^\\p{{L}}\\p{{N}}]+', ' ', 'g'))
                    AS city_clean,
                nullif(CASE WHEN country = 'US' THEN substr(regexp_replace(postcode, '[^0-9]', '', 'g'), 1, 5)
                            ELSE regexp_replace(upper(postcode), '[^0-9A-Z]', '', 'g') END, '') AS postcode_clean,
                nullif({PHONE_SQL}, '') AS phone_clean,
                nullif(lower(trim(email)), '') AS email_clean,
                nullif(regexp_replace(upper(tax_id), '[^0-9A-Z]', '', 'g'), '') AS tax_clean
            FROM raw
        ), keyed AS (
            SELECT *, trim(CASE WHEN starts_with(name_clean, city_clean) THEN substr(name_clean, length(city_clean) + 1)
                                ELSE name_clean END) AS core
            FROM cleaned
        )
        SELECT * EXCLUDE (core),
            -- the blocking key: how the name goes on after the city it may start with, from
            -- its first two words ("beijing xingchen tech" -> "xinte", "karl muller bau" ->
            -- "karmul"), else Chinese names would block on their city and Western ones on "john"
            CASE WHEN contains(core, ' ')
                 THEN substr(split_part(core, ' ', 1), 1, 3) || substr(split_part(core, ' ', 2), 1, 3)
                 ELSE substr(core, 1, 4) END AS name_prefix,
            nullif(regexp_extract(address_clean, '\\d+'), '') AS house_number
        FROM keyed;
    """)


def location() -> cl.CustomComparison:
    """Address, postcode and city as one comparison: they say the same thing (one building),
    and as separate comparisons their weights would add up for neighbours in a business park."""
    return cl.CustomComparison(
        output_column_name="location",
        comparison_description="address and postcode, or address and city",
        comparison_levels=[
            cll.And(cll.NullLevel("address_clean"), cll.NullLevel("postcode_clean")).configure(is_null_level=True),
            cll.And(cll.ExactMatchLevel("address_clean"), cll.ExactMatchLevel("postcode_clean")),
            cll.And(cll.JaroWinklerLevel("address_clean", 0.9), cll.ExactMatchLevel("postcode_clean")),
            cll.ExactMatchLevel("postcode_clean"),
            cll.And(cll.JaroWinklerLevel("address_clean", 0.9), cll.ExactMatchLevel("city_clean")),
            cll.ElseLevel(),
        ],
    )


def settings() -> SettingsCreator:
    """The Splink model: comparisons and the blocking rules of prediction."""
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name_clean", [0.95, 0.88, 0.75]),
            location(),
            cl.ExactMatch("phone_clean"),
            cl.ExactMatch("email_clean"),
            cl.LevenshteinAtThresholds("tax_clean", 1),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("tax_clean"),
            block_on("email_clean"),
            block_on("phone_clean"),
            block_on("name_clean"),
            block_on("postcode_clean", "name_prefix"),
            block_on("postcode_clean", "house_number"),
            block_on("city_clean", "name_prefix"),
        ],
        retain_matching_columns=False,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Deduplicate records.csv with Splink 5 (DuckDB).")
    parser.add_argument("--input", required=True, help="records.csv of bench/matching/generate.py")
    parser.add_argument("--output", required=True, help="clusters.csv to write: record_id,cluster_id")
    parser.add_argument("--threshold", type=float, default=0.95, help="match probability to cluster at")
    parser.add_argument("--max-pairs", type=float, default=1e7, help="pairs sampled to estimate u")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    db = DuckDBAPI()
    standardise(db.duckdb_con, args.input)
    t1 = time.perf_counter()
    linker = Linker(db.register("records"), settings(), log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("tax_clean"), block_on("email_clean")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=args.max_pairs, seed=args.seed)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("tax_clean"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("phone_clean"))
    t2 = time.perf_counter()
    pairs = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        pairs, threshold_match_probability=args.threshold)
    db.duckdb_con.execute(f"COPY (SELECT unique_id AS record_id, cluster_id FROM {clusters.physical_name}) "
                          f"TO {_sql_text(args.output)} (HEADER, DELIMITER ',')")
    t3 = time.perf_counter()
    n_pairs = db.duckdb_con.execute(f"SELECT count(*) FROM {pairs.physical_name}").fetchone()[0]
    print(f"splink {args.input}: standardise {t1 - t0:.1f} s, train {t2 - t1:.1f} s, "
          f"predict and cluster {t3 - t2:.1f} s; {n_pairs:,} pairs at >= 0.5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
