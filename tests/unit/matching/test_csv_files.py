"""synchub match on CSV files: one line per input record, duplicates together, clear errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from synchub.cli import main
from synchub.matching.csv_files import match_files

RULES = Path(__file__).resolve().parents[3] / "mappings" / "match" / "companies.yaml"
COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]
RECORDS = [
    # one company in three spellings: city prefix, city in full-width brackets, full-width letters
    ("A1", "北京星辰科技有限公司", "朝阳区建国路88号", "北京市", "100022", "CN", "010-6500 1234", None, "91110105MA01ABCD0X"),
    ("A2", "星辰科技（北京）有限公司", "朝阳区建国路８８号", "北京", "100022", "CN", "+86 10 6500 1234", None, None),
    ("A3", "Xingchen Technology (Beijing) Co., Ltd.", "88 Jianguo Road, Chaoyang", "Beijing", "100022", "CN",
     "0086 10 65001234", "info@xingchen.cn", None),
    # the same brand in another city: another company
    ("B1", "上海星辰科技有限公司", "浦东新区世纪大道100号", "上海市", "200120", "CN", "021-5888 0000", None, None),
    # one German company, with and without its legal form spelled out
    ("C1", "Müller Maschinenbau GmbH", "Hauptstraße 5", "Stuttgart", "70173", "DE", "0711 123456",
     "info@mueller-maschinenbau.de", None),
    ("C2", "MÜLLER MASCHINENBAU Gesellschaft mit beschränkter Haftung", "Hauptstr. 5", "Stuttgart", "70173", "DE",
     "+49 711 123456", "INFO@mueller-maschinenbau.de", None),
    # a neighbour in the same building, another company
    ("D1", "Schmidt Logistik AG", "Hauptstraße 5", "Stuttgart", "70173", "DE", "0711 999999", None, None),
]


def write_records(path: Path, rows=RECORDS) -> Path:
    pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
    return path


def clusters(path: Path) -> list[list[str]]:
    frame = pd.read_csv(path, dtype=str)
    return sorted(sorted(group) for group in frame.groupby("cluster_id")["record_id"].apply(list))


def test_duplicates_end_up_together_and_distinct_companies_apart(tmp_path):
    output = tmp_path / "clusters.csv"
    figures = match_files(RULES, [write_records(tmp_path / "records.csv")], output)
    assert figures["records"] == len(RECORDS)
    assert pd.read_csv(output, dtype=str)["record_id"].tolist() == [r[0] for r in RECORDS]  # input order
    assert clusters(output) == [["A1", "A2", "A3"], ["B1"], ["C1", "C2"], ["D1"]]


def test_several_inputs_are_linked_and_the_cli_prints_a_summary(tmp_path, capsys):
    first = write_records(tmp_path / "crm.csv", RECORDS[:3])
    second = write_records(tmp_path / "erp.csv", RECORDS[3:])
    output = tmp_path / "clusters.csv"
    assert main(["match", "--config", str(RULES), "--input", str(first), "--input", str(second),
                 "--output", str(output)]) == 0
    assert "records: 7" in capsys.readouterr().out
    assert clusters(output) == [["A1", "A2", "A3"], ["B1"], ["C1", "C2"], ["D1"]]


def test_an_input_without_a_column_the_rules_read_is_a_config_error(tmp_path, capsys):
    path = tmp_path / "records.csv"
    pd.DataFrame(RECORDS, columns=COLUMNS).drop(columns=["phone"]).to_csv(path, index=False)
    assert main(["match", "--config", str(RULES), "--input", str(path), "--output", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "records.csv" in err and "'phone'" in err and "its columns are record_id, name" in err
    assert not (tmp_path / "o.csv").exists()


def test_repeated_record_ids_are_refused(tmp_path, capsys):
    path = write_records(tmp_path / "records.csv", RECORDS[:2] + [("A1",) + RECORDS[2][1:]])
    assert main(["match", "--config", str(RULES), "--input", str(path), "--output", str(tmp_path / "o.csv")]) == 2
    assert "record ids repeat" in capsys.readouterr().err


@pytest.mark.parametrize("change, message", [
    ({"comparisons": [{"name": "x", "type": "exact", "feature": "nope"}]}, "unknown feature 'nope'"),
    ({"bands": {"merge": 0.5, "review": 0.9}}, "must not be above merge"),
])
def test_a_bad_rules_file_names_the_file_and_what_to_fix(tmp_path, capsys, change, message):
    import yaml

    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    rules["match"].update(change)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    records = write_records(tmp_path / "records.csv")
    assert main(["match", "--config", str(path), "--input", str(records), "--output", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "rules.yaml" in err and message in err


def test_the_products_rules_link_one_item_by_its_gtin_or_article_number(tmp_path):
    rules = RULES.with_name("products.yaml")
    items = pd.DataFrame([
        ("P1", "HX-04213", "4006381333931", "Schraube M4 x 20", "Acme"),
        ("P2", "hx 4213", None, "SCHRAUBE M4X20", "ACME"),           # the article number, spelt otherwise
        ("P3", None, "04006381333931", "螺丝 M4×20", None),           # GTIN-14 of the EAN-13
        ("P4", "HX-04214", "4006381333948", "Schraube M4 x 25", "Acme"),  # another item
        ("P5", "HX-04215", "4006381333930", "Schraube M4 x 30", "Acme"),  # check digit fails: no GTIN
    ], columns=["record_id", "sku", "gtin", "name", "brand"])
    items.to_csv(tmp_path / "items.csv", index=False)
    match_files(rules, [tmp_path / "items.csv"], tmp_path / "clusters.csv")
    assert clusters(tmp_path / "clusters.csv") == [["P1", "P2", "P3"], ["P4"], ["P5"]]
