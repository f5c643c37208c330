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

A name in kanji alone of a record in Japan (日永光食品, read "Nichieiko") has no key: its Chinese
reading is shared by no rendering of a Japanese name, so such a pair is not found this way (of
unknown country it gets the Chinese reading). Other countries' names have no key.

    >>> name_sound("圣美实业", "CN"), name_sound("shengmei industrial", "CN")
    ('shengmei', 'shengmei')
    >>> name_sound("チフリセ金属", "JP"), name_sound("chifurise kinzoku", "JP")
    ('chifuri', 'chifuri')
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from synchub.matching.normalise.distinct import as_series

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
    known: dict[int, tuple[str, ...] | None] = {}

    def split(start: int) -> tuple[str, ...] | None:
        if start == len(word):
            return ()
        if start not in known:
            known[start] = None
            for end in range(min(len(word), start + 6), start, -1):
                if word[start:end] in PINYIN:
                    rest = split(end)
                    if rest is not None:
                        known[start] = (word[start:end], *rest)
                        break
        return known[start]

    parts = split(0)
    return "".join(parts[:count]) if parts and len(parts) >= count else None


def _split_morae(word: str, count: int) -> str | None:
    word = _DOUBLED.sub(r"\1", word)
    morae = _MORA.findall(word)
    return "".join(morae[:count]) if len(morae) >= count and "".join(morae) == word else None


def _kana_sound(core: str) -> str | None:
    run = re.match(f"{_KANA.pattern}+", core)
    if run is None:
        return None
    morae = _romaji(run.group(0).replace("ー", ""))
    return "".join(morae[:MORAE]) if len(morae) >= MORAE else None


def _script_of(first: str) -> int:
    """KANA or HAN as :data:`_KANA` and :data:`_HAN` have them, else LATIN (any other character)."""
    code = ord(first)
    if 0x3041 <= code <= 0x3096 or 0x30A1 <= code <= 0x30FA or code == 0x30FC:
        return KANA
    return HAN if 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF else LATIN


KANA, HAN, LATIN = 0, 1, 2
IN_CHINA, IN_JAPAN, UNKNOWN, ELSEWHERE = 0, 1, 2, 3


def _sounds(texts: list[str | None], where: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Per row, the key of its distinct core ``texts[codes]`` (-1: missing) read as its
    record's place (``where``: IN_CHINA, IN_JAPAN, UNKNOWN or ELSEWHERE) says; each distinct
    core is read once, each distinct first word split once per syllable kind."""
    n = len(texts)
    script = np.array([_script_of(t[:1]) if t else LATIN for t in texts] + [LATIN], dtype=np.int8)
    own = np.empty(n + 1, dtype=object)  # the key of a name in Chinese characters or kana
    heads = [t[:PINYIN_SYLLABLES] if s == HAN else "" for t, s in zip(texts, script.tolist())]
    pinyin = _pinyin_of(sorted(set("".join(heads))))
    in_japan = np.zeros(n + 1, dtype=bool)
    in_japan[codes[(where == IN_JAPAN) & (codes >= 0)]] = True
    for i, head in enumerate(heads):
        if head and in_japan[i]:
            own[i] = None  # a kanji name's Chinese reading: no rendering of a Japanese name has it
        elif head:
            readings = [pinyin.get(ch, "") for ch in head]
            own[i] = "".join(readings) if len(head) == PINYIN_SYLLABLES and all(readings) else None
        elif script[i] == KANA:
            own[i] = _kana_sound(texts[i])
    # a Latin name: its first word, split as pinyin (China, unknown) or morae (Japan)
    row_script = script[codes]
    out = own[codes]
    for places, split, count in (((IN_CHINA, UNKNOWN), _split_pinyin, PINYIN_SYLLABLES), ((IN_JAPAN,), _split_morae, MORAE)):
        rows = np.flatnonzero((row_script == LATIN) & (codes >= 0) & np.isin(where, places))
        distinct = np.unique(codes[rows])
        keys = np.empty(n + 1, dtype=object)
        for code in distinct.tolist():
            word = _LATIN_WORD.match(texts[code])
            keys[code] = split(word.group(0), count) if word else None
        out[rows] = keys[codes[rows]]
    return out


def _places(countries: np.ndarray) -> np.ndarray:
    """Per row, where its record is (countries as ISO codes, upper case)."""
    return np.select([countries == "CN", countries == "JP", pd.isna(countries)], [IN_CHINA, IN_JAPAN, UNKNOWN],
                     ELSEWHERE)


def name_sound(core: str | None, country: str | None = None) -> str | None:
    """The sound key of one name core (see the module doc) of a record in ``country``."""
    country = country.strip().upper() or None if isinstance(country, str) else None
    return name_sounds(pd.Series([core], dtype=object), pd.Series([country], dtype=object)).iloc[0]


def name_sounds(cores: pd.Series, countries: pd.Series | None = None) -> pd.Series:
    """:func:`name_sound` of each core; same index. Works on the distinct cores."""
    series = as_series(cores)
    codes, uniques = pd.factorize(series.to_numpy(dtype=object))
    texts = [u if isinstance(u, str) else None for u in uniques.tolist()]
    where = (np.full(len(series), UNKNOWN) if countries is None
             else _places(as_series(countries).to_numpy(dtype=object)))
    out = _sounds(texts, where, codes)
    out[codes < 0] = None
    return pd.Series(out, index=series.index, dtype=object)
