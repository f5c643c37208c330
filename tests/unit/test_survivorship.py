"""Survivorship rules on a small cluster, one rule at a time."""

from __future__ import annotations

import pandas as pd
import pytest

from synchub import canonical as c
from synchub.config.models import FieldSurvivorship as Rule
from synchub.survivorship import survive

RECORDS = pd.DataFrame({
    "cluster": [1, 1, 1, 2],
    c.SYSTEM: ["crm", "erp", "scm", "crm"],
    c.LOCAL_ID: ["c1", "e1", "s1", "c2"],
    c.MODIFIED_AT: ["2025-03-01T00:00:00", "2025-01-01T00:00:00", "2025-02-01T00:00:00", None],
    "name": ["Acme Ltd", "ACME LIMITED", "Acme Ltd", "Solo GmbH"],
    "phone": [None, "020 1", "020 2", "030 9"],
})
SYSTEMS = ["crm", "erp", "scm"]


@pytest.mark.parametrize("rule,name,source", [
    (Rule(rule="most_recent"), "Acme Ltd", "crm:c1"),
    (Rule(rule="source_priority", order=["erp", "crm"]), "ACME LIMITED", "erp:e1"),
    (Rule(rule="owner", system="scm"), "Acme Ltd", "scm:s1"),
    (Rule(rule="most_complete"), "ACME LIMITED", "erp:e1"),
    (Rule(rule="most_frequent"), "Acme Ltd", "crm:c1"),
])
def test_each_rule_picks_its_value_and_remembers_the_source(rule, name, source):
    values, sources = survive(RECORDS, ["name"], {"default": rule}, SYSTEMS)
    assert values.loc[1, "name"] == name and sources.loc[1, "name"] == source
    assert values.loc[2, "name"] == "Solo GmbH"


def test_missing_values_never_win_and_an_absent_owner_falls_back_to_the_default():
    rules = {"default": Rule(rule="most_recent"), "phone": Rule(rule="owner", system="crm")}
    values, sources = survive(RECORDS, ["name", "phone"], rules, SYSTEMS)
    assert values.loc[1, "phone"] == "020 2" and sources.loc[1, "phone"] == "scm:s1"  # CRM has none: most recent
    assert values.loc[2, "phone"] == "030 9"
