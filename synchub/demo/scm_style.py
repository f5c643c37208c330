"""How the SCM writes a company: ``consignee`` rows as warehouse clerks type them (Chinese names
with the city in brackets, full-width characters, "0086-" phone numbers, ISO alpha-3 countries,
tax ids often missing or spaced), with no creation date.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from synchub.demo.arrays import datetime_list
from synchub.demo.mess import apply_to, blank, fit, language_choice, mess_emails, mess_tax_ids, pad
from synchub.demo.phones import format_phones
from synchub.demo.spellings import cn_bracket_variant, has_cjk, legal_variant, to_fullwidth, tweak_names
from synchub.demo.vocabulary import ISO3


def render_scm(
    comp: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    created: np.ndarray,
    modified: np.ndarray,
    tweak: np.ndarray | None = None,
) -> dict[str, list]:
    """SCM ``consignee`` rows (all columns but ``consignee_id``) for canonical companies."""
    del created  # the SCM keeps no creation date
    n = len(comp["name"])
    c = comp["country"]
    name, street, city = language_choice(comp, rng, 0.10, 0.10)
    u = rng.random(n)
    # Warehouse clerks write "星辰科技（北京）有限公司", with full- or half-width brackets.
    apply_to(name, (c == "CN") & (u < 0.30), lambda s: cn_bracket_variant(s, rng.random() < 0.7))
    apply_to(name, (u >= 0.30) & (u < 0.34), lambda s: legal_variant(s, rng.random()))
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    cjk = np.array([has_cjk(x) for x in name])
    fw = rng.random(n)
    apply_to(name, (cjk & (fw < 0.12)) | (~cjk & (fw < 0.01)), to_fullwidth)
    name = fit(pad(name, rng, 0.015), 200)
    phone = format_phones(c, comp["area"], comp["sub"], "scm")
    tax = blank(comp["tax_id"], rng, 0.40)
    tax = mess_tax_ids(tax, c, rng, 0.10)
    return {
        "consignee_name": name.tolist(),
        "addr_line1": fit(pad(blank(street, rng, 0.04), rng, 0.01), 200).tolist(),
        "city": fit(blank(city, rng, 0.02), 100).tolist(),
        "zip": blank(comp["postcode"], rng, 0.06).tolist(),
        "country_code": [ISO3[x] for x in c],
        "contact_phone": blank(phone, rng, 0.10).tolist(),
        "contact_email": mess_emails(comp["email"], rng, 0.15).tolist(),
        "tax_no": tax.tolist(),
        "updated_at": datetime_list(modified),
        "active": [1] * n,
        "ext_ref": [None] * n,
    }
