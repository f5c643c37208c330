"""How each system writes a product: the ERP's item master (``MARA``), the SCM's ``item`` rows and
the CRM's price book (``Product2``), each with its own habits for article numbers, GTINs, names
and units, and its own stale copies of the fields another system owns.

- ERP: the material number is the SKU, mostly "HX-04213", sometimes without the dash or with more
  leading zeros; the EAN as printed (13 digits, 12 for a UPC-A); names in capitals now and then;
  a gross weight that is sometimes out of date (the SCM weighs the goods).
- SCM: the SKU as clerks type it (lower case, other separators, a vendor prefix "ACME-",
  full-width characters), for a few items the warehouse's own code "WH-00017" instead; the GTIN
  as GTIN-14 or GTIN-13, sometimes missing (never where the SKU is the warehouse's own code);
  Chinese names, some in full-width characters; the true pack size and weight.
- CRM: the product code without leading zeros or with a space; the GTIN often missing, now and
  then mistyped (its check digit fails); Chinese names; a list price that is sometimes old.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from synchub.demo.arrays import datetime_list, obj_array, pick
from synchub.demo.erp_style import erp_timestamp
from synchub.demo.mess import apply_to, blank, fit, pad
from synchub.demo.spellings import to_fullwidth
from synchub.demo.vocabulary import CRM_UNITS, ERP_UNITS, PRODUCT_FAMILIES, VENDOR_PREFIXES


def sku_text(letters: str, number: int, kind: str, vendor: str = "ACME") -> str:
    """One way of writing the article number ``letters``-``number``."""
    if kind == "compact":
        return f"{letters}{number:05d}"
    if kind == "lower":
        return f"{letters.lower()}-{number:05d}"
    if kind in ("space", "underscore", "dot", "slash"):
        return f"{letters}{dict(space=' ', underscore='_', dot='.', slash='/')[kind]}{number:05d}"
    if kind == "no_zeros":
        return f"{letters}-{number}"
    if kind == "more_zeros":
        return f"{letters}-{number:07d}"
    if kind == "vendor":
        return f"{vendor}-{letters}-{number:05d}"
    if kind == "vendor_slash":
        return f"{vendor}/{letters}{number:05d}"
    if kind == "fullwidth":
        return to_fullwidth(f"{letters}-{number:05d}").replace("-", "－")
    return f"{letters}-{number:05d}"


def _skus(prod: Mapping[str, np.ndarray], rng: np.random.Generator, kinds, p) -> np.ndarray:
    n = len(prod["true_id"])
    kind = pick(rng, kinds, n, p)
    vendor = pick(rng, VENDOR_PREFIXES, n)
    return obj_array([sku_text(a, int(b), k, v) for a, b, k, v in zip(prod["sku_letters"], prod["sku_number"],
                                                                       kind, vendor)])


def gtin_text(gtin14: str | None, kind: str | None, form: str) -> str | None:
    """A GTIN-14 as a system writes it: "13" (EAN-13, a UPC-A with its leading zero), "14", "12"
    (a UPC-A as printed; an EAN-13 stays 13), "spaced" (EAN-13 in groups), "bad" (a wrong check
    digit)."""
    if gtin14 is None:
        return None
    ean13 = gtin14[1:]
    if form == "14":
        return gtin14
    if form == "12":
        return ean13[1:] if kind == "upca" else ean13
    if form == "spaced":
        return f"{ean13[0]} {ean13[1:7]} {ean13[7:]}"
    if form == "bad":
        return ean13[:-1] + str((int(ean13[-1]) + 1 + int(ean13[3]) % 8) % 10)
    return ean13


def _gtins(prod, rng, forms, p) -> np.ndarray:
    n = len(prod["true_id"])
    form = pick(rng, forms, n, p)
    return obj_array([gtin_text(g, k, f) for g, k, f in zip(prod["gtin"], prod["gtin_kind"], form)])


def _names(prod, rng, p_zh: float) -> np.ndarray:
    use_zh = rng.random(len(prod["name"])) < p_zh
    return obj_array([zh if zh is not None and z else en for en, zh, z in zip(prod["name"], prod["name_zh"], use_zh)])


def _stale(values, rng, p: float, low: float, high: float, digits: int) -> np.ndarray:
    """A share ``p`` of the numbers an old copy of: scaled by a factor in [low, high)."""
    out = obj_array(list(values))
    at = np.flatnonzero(rng.random(len(out)) < p)
    factors = rng.uniform(low, high, size=len(at))
    for i, f in zip(at, factors):
        if out[i] is not None:
            new = round(float(out[i]) * f, digits)
            out[i] = new if new != out[i] else round(float(out[i]) + 10 ** -digits, digits)
    return out


def render_erp_items(prod: Mapping[str, np.ndarray], rng: np.random.Generator, modified: np.ndarray) -> dict[str, list]:
    """ERP ``MARA`` rows, the material number (``MATNR``, the SKU) included."""
    n = len(prod["true_id"])
    matnr = _skus(prod, rng, ["canonical", "compact", "more_zeros"], [0.75, 0.15, 0.10])
    name = _names(prod, rng, 0.2)
    apply_to(name, rng.random(n) < 0.25, str.upper)
    ean = _gtins(prod, rng, ["13", "12"], [0.6, 0.4])
    ean[rng.random(n) < 0.05] = None
    return {
        "MATNR": matnr.tolist(),
        "MAKTX": fit(name, 40).tolist(),
        "EAN11": ean.tolist(),
        "MEINS": [ERP_UNITS[u] for u in prod["unit"]],
        "ZZBRAND": blank(prod["brand"], rng, 0.1).tolist(),
        "BRGEW": _stale(prod["weight_kg"], rng, 0.2, 0.8, 1.25, 3).tolist(),
        "GEWEI": ["KG"] * n,
        "NETPR": list(prod["price"]),
        "WAERS": list(prod["currency"]),
        "CHANGED_TS": erp_timestamp(modified).tolist(),
        "LVORM": [""] * n,
    }


def render_scm_items(prod: Mapping[str, np.ndarray], rng: np.random.Generator, modified: np.ndarray,
                     item_ids, own_code_allowed: np.ndarray | None = None) -> dict[str, list]:
    """SCM ``item`` rows (``item_id`` included: the warehouse's own codes are made of it).

    ``own_code_allowed`` marks the products that may get the warehouse's own code instead of
    their SKU: those another system holds with their GTIN (else no key would tell them)."""
    n = len(prod["true_id"])
    sku = _skus(prod, rng, ["canonical", "lower", "underscore", "slash", "vendor", "vendor_slash", "fullwidth"],
                [0.5, 0.12, 0.08, 0.05, 0.1, 0.05, 0.1])
    gtin = _gtins(prod, rng, ["14", "13"], [0.45, 0.55])
    u = rng.random(n)
    gtin[u < 0.12] = None
    own = (rng.random(n) < 0.08) & np.array([g is not None for g in prod["gtin"]])
    if own_code_allowed is not None:
        own &= own_code_allowed
    sku[own] = [f"WH-{int(i):05d}" for i in np.asarray(item_ids)[own]]
    gtin[own] = [gtin_text(g, k, "14") for g, k in zip(prod["gtin"][own], prod["gtin_kind"][own])]
    name = _names(prod, rng, 0.4)
    apply_to(name, rng.random(n) < 0.12, to_fullwidth)
    return {
        "item_id": list(item_ids),
        "sku": sku.tolist(),
        "gtin": gtin.tolist(),
        "description": pad(name, rng, 0.02).tolist(),
        "uom": list(prod["unit"]),
        "pack_size": list(prod["pack_size"]),
        "weight_kg": list(prod["weight_kg"]),
        "updated_at": datetime_list(modified),
        "active": [1] * n,
        "ext_ref": [None] * n,
    }


def render_crm_products(prod: Mapping[str, np.ndarray], rng: np.random.Generator, created: np.ndarray,
                        modified: np.ndarray) -> dict[str, list]:
    """CRM ``Product2`` rows (all columns but ``Id``)."""
    n = len(prod["true_id"])
    code = _skus(prod, rng, ["canonical", "no_zeros", "space", "dot"], [0.5, 0.25, 0.15, 0.1])
    gtin = _gtins(prod, rng, ["13", "12", "spaced", "bad"], [0.62, 0.25, 0.1, 0.03])
    gtin[rng.random(n) < 0.25] = None
    brand = blank(prod["brand"], rng, 0.15)
    apply_to(brand, rng.random(n) < 0.1, str.upper)
    return {
        "Name": pad(_names(prod, rng, 0.5), rng, 0.02).tolist(),
        "ProductCode": code.tolist(),
        "GTIN__c": gtin.tolist(),
        "Brand__c": brand.tolist(),
        "Family": pick(rng, PRODUCT_FAMILIES, n).tolist(),
        "QuantityUnitOfMeasure": [CRM_UNITS[u] for u in prod["unit"]],
        "UnitPrice": _stale(prod["price"], rng, 0.25, 0.85, 0.97, 2).tolist(),
        "CurrencyIsoCode": list(prod["currency"]),
        "IsActive": [True] * n,
        "CreatedDate": datetime_list(created),
        "LastModifiedDate": datetime_list(modified),
        "IsDeleted": [False] * n,
        "SyncHub_Id__c": [None] * n,
    }
