"""Phone numbers written in each system's style read back into area code and number."""

from __future__ import annotations

from synchub.demo.phones import PHONE_STYLES, parse_phone


def test_phone_styles_parse_back():
    for style in PHONE_STYLES:
        for iso, area, sub in (("CN", "10", "65432100"), ("DE", "30", "1234567"), ("JP", "52", "1234567"),
                               ("US", "212", "5550123"), ("GB", "161", "4960123"), ("FR", "1", "23456789")):
            phone = PHONE_STYLES[style][iso](area, sub)
            assert parse_phone(phone, iso) == (area, sub), (style, phone)
