"""How the CRM (Salesforce-like) writes a company: ``Account`` rows as sales people type them
(English names for many Asian companies, country names in several spellings, international
phone numbers, tax ids often missing and now and then mistyped), and its 18-character ids.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from synchub.demo.arrays import datetime_list, obj_array, pick
from synchub.demo.mess import apply_to, blank, fit, language_choice, mess_emails, mess_tax_ids, pad, uscc_typo
from synchub.demo.phones import format_phones
from synchub.demo.spellings import legal_variant, tweak_names
from synchub.demo.vocabulary import CRM_COUNTRY_NAME, CRM_COUNTRY_VARIANTS


def render_crm(
    comp: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    created: np.ndarray,
    modified: np.ndarray,
    tweak: np.ndarray | None = None,
) -> dict[str, list]:
    """CRM ``Account`` rows (all columns but ``Id``) for canonical companies.

    ``tweak`` marks rows whose name is spelled differently on purpose (planted duplicates).
    """
    n = len(comp["name"])
    c = comp["country"]
    name, street, city = language_choice(comp, rng, 0.35, 0.25)
    u = rng.random(n)
    apply_to(name, u < 0.06, lambda s: legal_variant(s, rng.random()))
    apply_to(name, (u >= 0.06) & (u < 0.08) & ~np.isin(c, ["CN", "JP"]), str.upper)
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    name = fit(pad(name, rng, 0.015), 255)
    country = obj_array([CRM_COUNTRY_NAME[x] for x in c])
    var = np.flatnonzero(rng.random(n) < 0.10)
    variant = rng.integers(0, 6, size=len(var))
    country[var] = [CRM_COUNTRY_VARIANTS[c[i]][k % len(CRM_COUNTRY_VARIANTS[c[i]])] for i, k in zip(var, variant)]
    style = rng.random(n)
    phone = np.where(
        style < 0.68,
        format_phones(c, comp["area"], comp["sub"], "intl"),
        format_phones(c, comp["area"], comp["sub"], "national"),
    ).astype(object)
    phone[style >= 0.93] = None
    tax = blank(comp["tax_id"], rng, 0.30)
    typo = (c == "CN") & (rng.random(n) < 0.015)
    typo &= tax != None  # noqa: E711
    apply_to(tax, typo, lambda s: uscc_typo(s, rng.random(), rng.random()))
    tax = mess_tax_ids(tax, c, rng, 0.04)
    credit = obj_array([None if v is None else int(v) for v in comp["credit_limit"]])
    credit[rng.random(n) >= 0.4] = None
    industry = blank(comp["industry"], rng, 0.3)
    return {
        "Name": name.tolist(),
        "Type": pick(rng, ["Customer", "Prospect", "Partner"], n, [0.72, 0.18, 0.10]).tolist(),
        "Industry": industry.tolist(),
        "BillingStreet": fit(pad(blank(street, rng, 0.05), rng, 0.01), 255).tolist(),
        "BillingCity": fit(blank(city, rng, 0.02), 80).tolist(),
        "BillingPostalCode": blank(comp["postcode"], rng, 0.08).tolist(),
        "BillingCountry": pad(country, rng, 0.01).tolist(),
        "Phone": phone.tolist(),
        "Email__c": mess_emails(comp["email"], rng, 0.15).tolist(),
        "Tax_Id__c": tax.tolist(),
        "CurrencyIsoCode": comp["currency"].tolist(),
        "Credit_Limit__c": credit.tolist(),
        "CreatedDate": datetime_list(created),
        "LastModifiedDate": datetime_list(modified),
        "IsDeleted": [False] * n,
        "SyncHub_Id__c": [None] * n,
    }


_BASE62 = np.frombuffer(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", dtype=np.uint8)

_SF_SUFFIX = np.frombuffer(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", dtype=np.uint8)


def salesforce_ids(rng: np.random.Generator, n: int, prefix: str = "001", taken=frozenset()) -> list[str]:
    """``n`` new 18-character Salesforce-style ids not in ``taken``.

    "001" (Account key prefix) + "5g000" (instance) + 7 random base62 characters, then the
    3-character case-safe suffix Salesforce derives from the capitalisation of the first 15.
    The suffix makes ids unique even under a case-insensitive collation (MariaDB).
    """
    head = np.frombuffer((prefix + "5g000").encode(), dtype=np.uint8)
    out: list[str] = []
    seen = set(taken)
    need = n
    while need:
        body = _BASE62[rng.integers(0, 62, size=(need, 7))]
        id15 = np.concatenate([np.broadcast_to(head, (need, 8)), body], axis=1)
        upper = (id15 >= ord("A")) & (id15 <= ord("Z"))
        bits = upper.reshape(need, 3, 5) * (1 << np.arange(5))
        suffix = _SF_SUFFIX[bits.sum(axis=2)]
        ids = np.concatenate([id15, suffix], axis=1).view("S18").ravel().astype(str).tolist()
        for i in ids:
            if i not in seen:
                seen.add(i)
                out.append(i)
        need = n - len(out)
    return out
