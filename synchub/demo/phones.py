"""Phone numbers: how each system writes one from (area code, subscriber number), and how to
read any of those notations back into the two parts.
"""

from __future__ import annotations

import re

import numpy as np

from synchub.demo.vocabulary import CALLING_CODE, CN_CITIES, DE_CITIES, FR_CITIES, GB_CITIES, JP_CITIES, US_CITIES


def _grp4(s: str) -> str:
    return f"{s[:-4]} {s[-4:]}"


def _pairs(s: str) -> str:
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


# How each system writes a phone number, from (area code, subscriber number).
PHONE_STYLES = {
    # CRM, as typed by sales: international with spaces.
    "intl": {
        "CN": lambda a, s: f"+86 {a} {_grp4(s)}",
        "JP": lambda a, s: f"+81 {a}-{s[:-4]}-{s[-4:]}",
        "DE": lambda a, s: f"+49 {a} {s}",
        "FR": lambda a, s: f"+33 {a} {_pairs(s)}",
        "GB": lambda a, s: f"+44 {a} {_grp4(s)}",
        "US": lambda a, s: f"+1 {a}-{s[:3]}-{s[3:]}",
    },
    # CRM, the rest: national notation.
    "national": {
        "CN": lambda a, s: f"0{a} {_grp4(s)}",
        "JP": lambda a, s: f"0{a}-{s[:-4]}-{s[-4:]}",
        "DE": lambda a, s: f"(0{a}) {s}",
        "FR": lambda a, s: f"0{a} {_pairs(s)}",
        "GB": lambda a, s: f"0{a} {_grp4(s)}",
        "US": lambda a, s: f"({a}) {s[:3]}-{s[3:]}",
    },
    # ERP: national, with a dash after the area code.
    "erp": {
        "CN": lambda a, s: f"0{a}-{s}",
        "JP": lambda a, s: f"0{a}-{s[:-4]}-{s[-4:]}",
        "DE": lambda a, s: f"0{a}-{s}",
        "FR": lambda a, s: f"0{a}{s}",
        "GB": lambda a, s: f"0{a} {s}",
        "US": lambda a, s: f"{a}-{s[:3]}-{s[3:]}",
    },
    # SCM: "00" international prefix for Asia, "+" for the rest.
    "scm": {
        "CN": lambda a, s: f"0086-{a}-{s}",
        "JP": lambda a, s: f"0081-{a}-{s}",
        "DE": lambda a, s: f"+49 {a} {s}",
        "FR": lambda a, s: f"+33 {a} {s}",
        "GB": lambda a, s: f"+44 {a} {s}",
        "US": lambda a, s: f"+1 {a} {s}",
    },
}

AREA_CODES = {
    "CN": sorted({c[3] for c in CN_CITIES}, key=lambda code: (-len(code), code)),
    "JP": sorted({c[3] for c in JP_CITIES}, key=lambda code: (-len(code), code)),
    "DE": sorted({c[2] for c in DE_CITIES}, key=lambda code: (-len(code), code)),
    "FR": sorted({c[2] for c in FR_CITIES}, key=lambda code: (-len(code), code)),
    "GB": sorted({c[2] for c in GB_CITIES}, key=lambda code: (-len(code), code)),
    "US": sorted({c[2] for c in US_CITIES}, key=lambda code: (-len(code), code)),
}


def format_phones(country: np.ndarray, area: np.ndarray, sub: np.ndarray, style: str) -> np.ndarray:
    """Phone numbers in one of :data:`PHONE_STYLES`; ``None`` where area or number is missing."""
    out = np.full(len(country), None, dtype=object)
    fmts = PHONE_STYLES[style]
    for iso, fmt in fmts.items():
        idx = np.flatnonzero((country == iso) & (area != None) & (sub != None))  # noqa: E711
        out[idx] = [fmt(a, s) for a, s in zip(area[idx], sub[idx])]
    return out


def parse_phone(phone: str | None, country: str | None) -> tuple[str, str] | None:
    """(area code, subscriber) of a phone written in any of the styles, or None."""
    if not phone or country not in CALLING_CODE:
        return None
    digits = re.sub(r"\D", "", phone)
    cc = CALLING_CODE[country]
    stripped = phone.strip()
    if stripped.startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0") if digits.startswith("00") else digits
        if not digits.startswith(cc):
            return None
        nsn = digits[len(cc) :]
    elif country == "US":
        nsn = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    else:
        nsn = digits[1:] if digits.startswith("0") else digits
    for area in AREA_CODES[country]:
        if nsn.startswith(area) and len(nsn) - len(area) >= 5:
            return area, nsn[len(area) :]
    return None
