"""How the start of a company name sounds, in Latin letters: one key for a name written in
Chinese characters, in kana and in Latin letters (圣美实业 / Shengmei Industrial, チフリセ金属 /
Chifurise Kinzoku), so that one company written in two scripts can be found and compared.

The key is taken from the core of the name (:func:`company_names`: no legal form, no place):

- Chinese characters: the pinyin, without tones, of the first two characters (the start of the
  brand: 圣美 -> "shengmei"); pypinyin reads them.
- Japanese kana: the Hepburn romaji of the first three morae (チフリセ -> "chifuri"); a small ッ
  and the long-vowel mark ー are dropped, as Latin renderings mostly drop them.
- Latin letters: the first word cut into pinyin syllables (a record in China, or of unknown
  country) or into morae (a record in Japan), the first two or three of them joined
  ("shengmei industrial" -> "sheng|mei" -> "shengmei"; "chifurise" -> "chi|fu|ri"); doubled
  consonants count once ("Nippon" = ニッポン). A word that is no run of such syllables has no key.

A name in kanji alone (日永光食品, read "Nichieiko" in Japanese) gets the Chinese reading, which no
Latin rendering of a Japanese name shares: such a pair is not found this way. Other countries'
names have no key.

    >>> name_sound("圣美实业", "CN"), name_sound("shengmei industrial", "CN")
    ('shengmei', 'shengmei')
    >>> name_sound("チフリセ金属", "JP"), name_sound("chifurise kinzoku", "JP")
    ('chifuri', 'chifuri')
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_with_country, spread

PINYIN_SYLLABLES = 2
MORAE = 3

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_LATIN_WORD = re.compile(r"[a-z]+")
# a mora in romaji: consonants (or none) and a vowel, or a syllabic n before a consonant or the end
_MORA = re.compile(r"(?:[bcdfghjkmnprstvwz]{0,2}y?[aeiou]|n(?![aeiouy]))")
_DOUBLED = re.compile(r"([bcdfghjkmprstvwz])\1")

# Katakana -> Hepburn romaji; hiragana by the same table (its code points are 0x60 lower)
_KANA_TABLE = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴァィゥェォャュョ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu "
    "me mo ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo "
    "pa pi pu pe po vu a i u e o ya yu yo".split(),
))
_YOON = {"ャ": "a", "ュ": "u", "ョ": "o"}


PINYIN: frozenset[str] = frozenset("""
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao
    ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
    chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die ding diu
    dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang
    gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng
    hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan
    jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang
    lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai man
    mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng
    ni nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen
    peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que
    qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha
    shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou
    su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
    wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya
    yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai
    zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou
    zu zuan zui zun zuo
""".split())
"""Every toneless pinyin syllable that a character of the CJK block is read as first (pypinyin;
ü written u, as Latin renderings write it: 绿 -> "lu")."""


def _pinyin_of(chars: list[str]) -> dict[str, str]:
    """The first reading of each character, toneless (pypinyin's dictionary; "" where it has none)."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    return {ch: to_normal(pinyin_dict[ord(ch)].split(",")[0]).replace("v", "u") if ord(ch) in pinyin_dict else ""
            for ch in chars}


def _romaji(kana: str) -> list[str]:
    """The morae of a kana run in Hepburn romaji (ッ and ー dropped; キャ -> kya, シャ -> sha)."""
    morae: list[str] = []
    for ch in kana:
        ch = chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch
        if ch in _YOON and morae and morae[-1].endswith("i"):
            head = morae[-1][:-1]
            morae[-1] = head + ("" if head in ("sh", "ch", "j") else "y") + _YOON[ch]
        elif ch in "ァィゥェォ" and morae:  # ファ, ティ: the small vowel replaces the last one
            morae[-1] = morae[-1][:-1] + _KANA_TABLE[ch]
        elif ch in _KANA_TABLE:
            morae.append(_KANA_TABLE[ch])
    return morae


def _split_pinyin(word: str, count: int) -> str | None:
    """The first ``count`` syllables of ``word`` joined, when the whole word is a run of pinyin
    syllables (longest syllable first, backing off where the rest would not split), else None."""
    syllables = PINYIN

    @cache
    def split(start: int) -> tuple[str, ...] | None:
        if start == len(word):
            return ()
        for end in range(min(len(word), start + 6), start, -1):
            if word[start:end] in syllables:
                rest = split(end)
                if rest is not None:
                    return (word[start:end], *rest)
        return None

    parts = split(0)
    return "".join(parts[:count]) if parts and len(parts) >= count else None


def _split_morae(word: str, count: int) -> str | None:
    morae = _MORA.findall(_DOUBLED.sub(r"\1", word))
    return "".join(morae[:count]) if len(morae) >= count and "".join(morae) == _DOUBLED.sub(r"\1", word) else None


def _sounds(cores: list[str | None], countries: list[str | None]) -> list[str | None]:
    han_heads = [c[:PINYIN_SYLLABLES] if c and _HAN.fullmatch(c[:1] or " ") else None for c in cores]
    pinyin = _pinyin_of(sorted({ch for h in han_heads if h for ch in h}))
    out: list[str | None] = []
    for core, country, head in zip(cores, countries, han_heads):
        key = None
        if core is None:
            pass
        elif _KANA.match(core):
            morae = _romaji(re.match(f"{_KANA.pattern}+", core).group(0).replace("ー", ""))
            key = "".join(morae[:MORAE]) if len(morae) >= MORAE else None
        elif head is not None:
            if len(head) == PINYIN_SYLLABLES and all(_HAN.match(ch) and pinyin.get(ch) for ch in head):
                key = "".join(pinyin[ch] for ch in head)
        elif country in (None, "CN", "JP"):
            word = _LATIN_WORD.match(core)
            if word:
                key = (_split_morae(word.group(0), MORAE) if country == "JP"
                       else _split_pinyin(word.group(0), PINYIN_SYLLABLES))
        out.append(key)
    return out


def name_sound(core: str | None, country: str | None = None) -> str | None:
    """The sound key of one name core (see the module doc) of a record in ``country``."""
    return _sounds([core], [country.upper() if isinstance(country, str) else None])[0]


def name_sounds(cores: pd.Series, countries: pd.Series | None = None) -> pd.Series:
    """:func:`name_sound` of each core (on the distinct core and country pairs); same index."""
    series = as_series(cores)
    codes, texts, country_of = distinct_with_country(series, countries)
    return pd.Series(spread(codes, _sounds(texts, country_of)), index=series.index, dtype=object)

