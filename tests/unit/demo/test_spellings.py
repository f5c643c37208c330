"""Other spellings of a company name."""

from __future__ import annotations

import numpy as np

from synchub.demo.arrays import obj_array
from synchub.demo.spellings import ascii_slug, cn_bracket_variant, legal_variant, to_fullwidth, tweak_names


def test_tweaked_names_always_differ_from_the_original():
    names = obj_array(["北京星辰科技有限公司", "株式会社山田製作所", "Müller & Schmidt GmbH", "Apex Tools Inc", "X", None])
    tweaked = tweak_names(names, np.random.default_rng(0))
    assert tweaked[-1] is None
    assert all(t != n for t, n in zip(tweaked[:-1], names[:-1]))


def test_single_spelling_rules():
    assert cn_bracket_variant("北京星辰科技有限公司") == "星辰科技（北京）有限公司"
    assert cn_bracket_variant("Acme GmbH") == "Acme GmbH"
    assert legal_variant("Acme Inc", 0.0) == "Acme Inc."
    assert to_fullwidth("KDX(1)") == "ＫＤＸ（１）"
    assert ascii_slug("Müller Bau-Technik") == "muellerbau-technik"
