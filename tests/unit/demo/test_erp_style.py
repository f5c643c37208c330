"""How the ERP writes a company: names over NAME1/NAME2, its dates and timestamps, its keys."""

from __future__ import annotations

import numpy as np

from synchub.demo.erp_style import erp_date, erp_timestamp, kunnr, split_name35


def test_split_name35_keeps_the_full_name_recoverable():
    name = "Guangzhou Xingchen Information Technology Group Co., Ltd."
    n1, n2 = split_name35(name)
    assert len(n1) <= 35 and len(n2) <= 35
    assert f"{n1} {n2}" == name
    assert split_name35("Short GmbH") == ("Short GmbH", None)


def test_dates_timestamps_and_customer_numbers_in_sap_notation():
    ts = np.array(["2025-03-04T05:06:07"], dtype="datetime64[s]")
    assert erp_date(ts).tolist() == ["20250304"]
    assert erp_timestamp(ts).tolist() == [20250304050607]
    assert kunnr([100001]) == ["0000100001"]
