"""name_sound(s): one key for a name in Chinese characters, kana and Latin letters;
company_role(s): the holding and group words of a name."""

from __future__ import annotations

import pandas as pd
import pytest

from synchub.matching.normalise import company_role, company_roles, name_sound, name_sounds


@pytest.mark.parametrize(("core", "country", "key"), [
    # Chinese characters and pinyin: the first two syllables
    ("圣美实业", "CN", "shengmei"), ("shengmei industrial", "CN", "shengmei"), ("shengmei", None, "shengmei"),
    ("卓博泽五金", "CN", "zhuobo"), ("zhuoboze hardware", "CN", "zhuobo"),
    ("联健餐饮管理", None, "lianjian"), ("lianjian catering management", None, "lianjian"),
    ("重庆", "CN", "zhongqing"),
    ("日永光食品", "JP", None), ("日永光食品", None, "riyong"),  # kanji in Japan: no Chinese reading  # one character at a time: the brand's reading, not a phrase's
    # kana and romaji: the first three morae; ッ and ー dropped, doubled consonants once
    ("チフリセ金属", "JP", "chifuri"), ("chifurise kinzoku", "JP", "chifuri"),
    ("トマキマシステム", "JP", "tomaki"), ("tomakima shisutemu", "JP", "tomaki"),
    ("ニッポン", "JP", "nipon"), ("nippon", "JP", "nipon"), ("ジャパン", "JP", "japan"), ("ちふりせ", None, "chifuri"),
    # what is no run of such syllables has no key; nor has another country's name
    ("design studio", "CN", None), ("oak vucafield software", None, None), ("shengmei", "US", None),
    ("ティファ", "JP", None), ("星", "CN", None), (None, "CN", None),
    # a name opening with a mark that is no mora: no key, and no crash
    ("ーカタカナ", "JP", "kataka"), ("ゝかなや", "JP", None), ("゛アイウ", "JP", None), ("・トヨタ", "JP", None),
])
def test_name_sound_golden_case(core, country, key):
    assert name_sound(core, country) == key


def test_name_sounds_as_a_column_as_name_sound_does_each_value():
    cores = pd.Series(["圣美实业", "shengmei industrial", None, "chifurise", "chifurise"], index=[3, 4, 5, 6, 7])
    countries = pd.Series(["CN", None, "CN", "JP", "CN"], index=cores.index)
    out = name_sounds(cores, countries)
    assert out.index.equals(cores.index)
    # a record's country picks the syllables: "chifurise" in China is the pinyin chi|fu|ri|se
    assert out.tolist() == ["shengmei", "shengmei", None, "chifuri", "chifu"]


@pytest.mark.parametrize(("name", "role"), [
    ("Acme Holdings Inc", "holding"), ("Acme Holding GmbH", "holding"), ("ACME BETEILIGUNGS GMBH", "holding"),
    ("Acme Group Ltd", "group"), ("Groupe Dubois S.A.", "group"), ("星辰集团有限公司", "group"),
    ("星辰控股有限公司", "holding"), ("トヨタグループ", "group"), ("Acme Group Holding AG", "group+holding"),
    ("Acme Inc", "none"), ("Grouper Fisheries Ltd", "none"), ("Acme Inc, Boston Branch", "none"), (None, None),
])
def test_company_role_golden_case(name, role):
    assert company_role(name) == role


def test_company_roles_as_a_column():
    names = pd.Series(["Acme Group Ltd", None, "Acme Ltd"], index=[9, 8, 7])
    out = company_roles(names)
    assert out.index.equals(names.index)
    assert out.tolist() == ["group", None, "none"]
