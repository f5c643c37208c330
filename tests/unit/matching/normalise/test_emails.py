"""email / emails / email_domains against their golden cases (email_cases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from synchub.matching.normalise import FREE_MAIL_DOMAINS, email, email_domains, emails

CASES = yaml.safe_load(Path(__file__).with_name("email_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda case: repr(case["in"]))
def test_email_golden_case(case):
    assert email(case["in"]) == case["out"]


def test_emails_and_their_domains_as_a_column():
    values = pd.Series([c["in"] for c in CASES] * 2, index=range(7, 7 + 2 * len(CASES)), dtype=object)
    out = emails(values)
    assert out.index.equals(values.index)
    assert out.tolist() == [c["out"] for c in CASES] * 2
    assert email_domains(out).tolist() == [c["domain"] for c in CASES] * 2


def test_free_mail_domains_are_folded_as_domains_are():
    for domain in ("gmail.com", "outlook.com", "qq.com", "163.com", "gmx.de", "web.de", "orange.fr", "yahoo.co.jp"):
        assert domain in FREE_MAIL_DOMAINS
        assert email_domains(emails(pd.Series([f"Info@{domain.upper()}"]))).iloc[0] == domain
