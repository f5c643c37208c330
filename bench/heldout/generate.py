#!/usr/bin/env python
"""Held-out generator of synthetic company (customer) master data with ground truth.

Written independently of the SyncHub matching engine and of its benchmark generator:
own vocabularies, own cluster model, own noise. Deterministic for a given (n_records, seed).

    python bench/heldout/generate.py --records 100000 --seed 7 --out /tmp/heldout

writes DIR/records.csv (record_id,name,address,city,postcode,country,phone,email,tax_id)
and DIR/truth.csv (record_id,entity_id). From Python: generate(n_records, seed) returns the
same two tables as DataFrames; write(out_dir, n_records, seed) writes the files.

Layout of this file: checksums, vocabularies, entity generation per country (vectorised with
numpy: names made unique per country, then ~15% deliberate hard negatives derived from them),
per-record rendering with noise (one Python RNG, seeded), orchestration and CLI.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import re
import sys
import time
import unicodedata

import numpy as np
import pandas as pd

COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]

# ----------------------------------------------------------------------------------------------
# checksums (own implementations)
# ----------------------------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # GB 32100-2015 alphabet (31 chars)
USCC_W = [pow(3, i, 31) for i in range(17)]               # 1,3,9,27,19,26,16,...
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]                          # GB 11714 organisation code


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55          # A=10 .. Z=35


def org_code_check(body8: str) -> str:
    c = 11 - sum(_org_val(ch) * w for ch, w in zip(body8, ORG_W)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17: str) -> str:
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    code = code.strip().upper()
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and uscc_check(code[:17]) == code[17] and org_code_check(code[8:16]) == code[16])


def de_vat_check(d8: str) -> str:
    """ISO 7064 MOD 11,10 check digit of the German USt-IdNr."""
    product = 10
    for ch in d8:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def luhn_check(d: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 0:                                     # these get doubled once the check is appended
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def fr_vat_key(siren: str) -> str:
    return "%02d" % ((12 + 3 * (int(siren) % 97)) % 97)


def gb_vat_check(d7: str) -> str:
    tot = sum(int(ch) * w for ch, w in zip(d7, range(8, 1, -1)))
    return "%02d" % ((-tot) % 97)


def jp_corp_check(d12: str) -> str:
    s = sum(int(ch) * (1 if i % 2 == 0 else 2) for i, ch in enumerate(reversed(d12)))
    return str(9 - s % 9)


# vectorised versions used for bulk generation ------------------------------------------------

def _digits_to_str(mat: np.ndarray) -> list[str]:
    """(n, k) int matrix of digits -> list of n strings."""
    if mat.shape[0] == 0:
        return []
    b = (mat.astype(np.uint8) + 48).tobytes()
    k = mat.shape[1]
    return [b[i * k:(i + 1) * k].decode("ascii") for i in range(mat.shape[0])]


def v_de_vat(rng, n) -> list[str]:
    d = rng.integers(0, 10, size=(n, 8))
    d[:, 0] = rng.integers(1, 10, size=n)
    product = np.full(n, 10)
    for j in range(8):
        s = (d[:, j] + product) % 10
        s[s == 0] = 10
        product = (2 * s) % 11
    c = 11 - product
    c[c == 10] = 0
    return ["DE" + x for x in _digits_to_str(np.column_stack([d, c]))]


def v_siren(rng, n) -> list[str]:
    d = rng.integers(0, 10, size=(n, 9))
    d[:, 0] = rng.integers(3, 9, size=n)
    tot = np.zeros(n, dtype=np.int64)
    for j in range(8):                                     # positions 0..7, check at 8
        v = d[:, j].copy()
        if j % 2 == 1:
            v = v * 2
            v[v > 9] -= 9
        tot += v
    d[:, 8] = (10 - tot % 10) % 10
    return _digits_to_str(d)


def v_fr_vat(rng, n) -> list[str]:
    sirens = v_siren(rng, n)
    s = np.array([int(x) for x in sirens], dtype=np.int64)
    key = (12 + 3 * (s % 97)) % 97
    return ["FR%02d%s" % (k, x) for k, x in zip(key.tolist(), sirens)]


def v_gb_vat(rng, n) -> list[str]:
    d = rng.integers(0, 10, size=(n, 7))
    d[:, 0] = rng.integers(1, 10, size=n)
    tot = (d * np.arange(8, 1, -1)).sum(axis=1)
    chk = (-tot) % 97
    return ["GB%s%02d" % (a, c) for a, c in zip(_digits_to_str(d), chk.tolist())]


def v_jp_corp(rng, n) -> list[str]:
    d = rng.integers(0, 10, size=(n, 12))
    d[:, 0] = rng.integers(1, 10, size=n)
    w = np.where(np.arange(12)[::-1] % 2 == 0, 1, 2)       # rightmost digit weight 1
    s = (d * w).sum(axis=1)
    chk = 9 - s % 9
    return _digits_to_str(np.column_stack([chk, d]))


EIN_PREFIXES = [p for p in range(1, 100) if p not in (7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97)]


def v_ein(rng, n) -> list[str]:
    pre = np.array(EIN_PREFIXES)[rng.integers(0, len(EIN_PREFIXES), size=n)]
    rest = rng.integers(0, 10_000_000, size=n)
    return ["%02d-%07d" % (p, r) for p, r in zip(pre.tolist(), rest.tolist())]


_USCC_VAL = np.zeros(128, dtype=np.int64)
for _k, _ch in enumerate(USCC_CHARS):
    _USCC_VAL[ord(_ch)] = _k
_ORG_VAL = np.zeros(128, dtype=np.int64)
for _ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    _ORG_VAL[ord(_ch)] = _org_val(_ch)


def _rows_to_str(codes: np.ndarray) -> list[str]:
    """(n, k) matrix of ASCII codes -> list of n strings."""
    if codes.shape[0] == 0:
        return []
    b = codes.astype(np.uint8).tobytes()
    k = codes.shape[1]
    return [b[i * k:(i + 1) * k].decode("ascii") for i in range(codes.shape[0])]


def v_uscc(rng, n, admin_codes: list[str]) -> list[str]:
    """Unified social credit codes: 9 1 + 6-digit admin division + 9-char organisation code + check."""
    alpha = np.frombuffer(USCC_CHARS.encode(), dtype=np.uint8)
    org = (rng.integers(0, 10, size=(n, 8)) + 48).astype(np.uint8)
    new_style = rng.random(n) < 0.45                       # post-2015 codes: organisation part starts MA
    org[new_style, 0] = ord("M")
    org[new_style, 1] = ord("A")
    org[new_style, 2:] = alpha[rng.integers(0, 31, size=(int(new_style.sum()), 6))]
    oc = 11 - (_ORG_VAL[org] * np.array(ORG_W)).sum(axis=1) % 11
    occh = np.where(oc == 10, ord("X"), np.where(oc == 11, ord("0"), oc + 48))
    adm = np.frombuffer("".join(admin_codes).encode(), dtype=np.uint8).reshape(n, 6) if n else np.zeros((0, 6), np.uint8)
    body = np.column_stack([np.full(n, ord("9")), np.full(n, ord("1")), adm, org, occh]).astype(np.int64)
    s = (_USCC_VAL[body] * np.array(USCC_W)).sum(axis=1)
    chk = alpha[(31 - s % 31) % 31]
    return _rows_to_str(np.column_stack([body, chk]))


def v_sg_uen(rng, n) -> list[str]:
    # Singapore UEN, local company form: year + 5 digits + letter (format only, no public checksum)
    yr = rng.integers(1995, 2024, size=n)
    num = rng.integers(0, 100000, size=n)
    let = rng.integers(0, 26, size=n)
    return ["%d%05d%s" % (y, m, chr(65 + c)) for y, m, c in zip(yr.tolist(), num.tolist(), let.tolist())]


def v_hk_br(rng, n) -> list[str]:
    return ["%08d" % x for x in rng.integers(10_000_000, 80_000_000, size=n).tolist()]


# ----------------------------------------------------------------------------------------------
# vocabularies (own)
# ----------------------------------------------------------------------------------------------
def _sp(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def _pairs(s: str) -> list[tuple[str, ...]]:
    return [tuple(y.strip() for y in x.split("/")) for x in _sp(s)]


# China: zh, pinyin, province zh, province pinyin, postcode prefix, area code, districts (zh/pinyin/admin code)
CN_CITIES = [
    ("北京", "Beijing", "", "", "100", "10", _pairs("朝阳区/Chaoyang/110105|海淀区/Haidian/110108|东城区/Dongcheng/110101|西城区/Xicheng/110102|丰台区/Fengtai/110106")),
    ("上海", "Shanghai", "", "", "200", "21", _pairs("浦东新区/Pudong New/310115|徐汇区/Xuhui/310104|黄浦区/Huangpu/310101|静安区/Jing'an/310106|闵行区/Minhang/310112")),
    ("广州", "Guangzhou", "广东省", "Guangdong", "510", "20", _pairs("天河区/Tianhe/440106|越秀区/Yuexiu/440104|海珠区/Haizhu/440105|番禺区/Panyu/440113")),
    ("深圳", "Shenzhen", "广东省", "Guangdong", "518", "755", _pairs("福田区/Futian/440304|南山区/Nanshan/440305|罗湖区/Luohu/440303|宝安区/Bao'an/440306|龙岗区/Longgang/440307")),
    ("杭州", "Hangzhou", "浙江省", "Zhejiang", "310", "571", _pairs("西湖区/Xihu/330106|滨江区/Binjiang/330108|上城区/Shangcheng/330102|拱墅区/Gongshu/330105|余杭区/Yuhang/330110")),
    ("苏州", "Suzhou", "江苏省", "Jiangsu", "215", "512", _pairs("姑苏区/Gusu/320508|吴中区/Wuzhong/320506|相城区/Xiangcheng/320507|虎丘区/Huqiu/320505")),
    ("南京", "Nanjing", "江苏省", "Jiangsu", "210", "25", _pairs("玄武区/Xuanwu/320102|秦淮区/Qinhuai/320104|鼓楼区/Gulou/320106|建邺区/Jianye/320105")),
    ("成都", "Chengdu", "四川省", "Sichuan", "610", "28", _pairs("锦江区/Jinjiang/510104|武侯区/Wuhou/510107|青羊区/Qingyang/510105|成华区/Chenghua/510108")),
    ("武汉", "Wuhan", "湖北省", "Hubei", "430", "27", _pairs("江岸区/Jiang'an/420102|武昌区/Wuchang/420106|洪山区/Hongshan/420111")),
    ("西安", "Xi'an", "陕西省", "Shaanxi", "710", "29", _pairs("雁塔区/Yanta/610113|碑林区/Beilin/610103|未央区/Weiyang/610112")),
    ("天津", "Tianjin", "", "", "300", "22", _pairs("和平区/Heping/120101|河西区/Hexi/120103|南开区/Nankai/120104")),
    ("重庆", "Chongqing", "", "", "400", "23", _pairs("渝中区/Yuzhong/500103|江北区/Jiangbei/500105|南岸区/Nan'an/500108")),
    ("厦门", "Xiamen", "福建省", "Fujian", "361", "592", _pairs("思明区/Siming/350203|湖里区/Huli/350206")),
    ("青岛", "Qingdao", "山东省", "Shandong", "266", "532", _pairs("市南区/Shinan/370202|市北区/Shibei/370203|崂山区/Laoshan/370212")),
    ("宁波", "Ningbo", "浙江省", "Zhejiang", "315", "574", _pairs("海曙区/Haishu/330203|鄞州区/Yinzhou/330212|江北区/Jiangbei/330205")),
    ("大连", "Dalian", "辽宁省", "Liaoning", "116", "411", _pairs("中山区/Zhongshan/210202|西岗区/Xigang/210203|沙河口区/Shahekou/210204")),
    ("长沙", "Changsha", "湖南省", "Hunan", "410", "731", _pairs("岳麓区/Yuelu/430104|芙蓉区/Furong/430102|天心区/Tianxin/430103")),
    ("郑州", "Zhengzhou", "河南省", "Henan", "450", "371", _pairs("金水区/Jinshui/450105|二七区/Erqi/450103|中原区/Zhongyuan/450102")),
]
CN_CITY_ABBR = _sp("bj|sh|gz|sz|hz|suz|nj|cd|wh|xa|tj|cq|xm|qd|nb|dl|cs|zz")
CN_BRAND = [(x[0], x[1:]) for x in (
    "云yun 帆fan 华hua 信xin 达da 恒heng 瑞rui 泰tai 安an 盛sheng 鑫xin 源yuan 宏hong 德de 博bo 创chuang "
    "嘉jia 中zhong 新xin 天tian 海hai 金jin 联lian 锐rui 腾teng 凯kai 宇yu 星xing 明ming 汇hui 通tong 远yuan "
    "兴xing 卓zhuo 越yue 智zhi 慧hui 晨chen 光guang 东dong 方fang 永yong 利li 丰feng 和he 美mei 润run 长chang "
    "江jiang 龙long 启qi 航hang 蓝lan 图tu 诚cheng 科ke 立li 峰feng 捷jie 优you 品pin 高gao 福fu 祥xiang "
    "广guang 正zheng 宁ning 亿yi 万wan 佳jia 欣xin 益yi 富fu 顺shun").split()]
# same-pinyin characters: what a pinyin input method produces by mistake
CN_HOMOPHONE = dict(_pairs(
    "云/芸|帆/凡|华/化|信/新|达/大|恒/衡|瑞/锐|泰/太|盛/胜|鑫/新|源/远|宏/鸿|德/得|博/搏|创/闯|嘉/佳|中/忠|"
    "天/添|海/还|金/今|联/连|锐/瑞|腾/藤|凯/楷|宇/雨|星/兴|明/鸣|汇/慧|通/同|远/源|兴/星|卓/桌|越/悦|智/志|"
    "慧/汇|晨/辰|光/广|东/冬|方/芳|永/咏|利/力|丰/峰|和/合|美/梅|润/闰|长/常|江/疆|龙/隆|启/企|航/杭|蓝/兰|"
    "图/途|诚/成|科/可|立/利|峰/丰|捷/杰|优/友|品/聘|高/糕|福/富|祥/翔|广/光|正/政|宁/凝|亿/忆|万/湾|佳/嘉|"
    "欣/新|益/易|富/福|顺/舜"))
# zh, English, short slug for domains
CN_IND = _pairs(
    "网络科技/Network Technology/tech|信息技术/Information Technology/it|电子/Electronics/elec|"
    "电子科技/Electronic Technology/etech|国际贸易/International Trading/trade|贸易/Trading/trading|"
    "物流/Logistics/logistics|机械制造/Machinery Manufacturing/machinery|机械设备/Machinery Equipment/equip|"
    "建筑工程/Construction Engineering/build|生物科技/Biotechnology/bio|医药/Pharmaceutical/pharma|"
    "食品/Food/food|实业/Industrial/industry|投资管理/Investment Management/invest|"
    "环保科技/Environmental Technology/eco|新能源/New Energy/energy|软件/Software/soft|"
    "文化传媒/Culture Media/media|供应链管理/Supply Chain Management/scm|电气/Electric/electric|"
    "包装/Packaging/pack|纺织/Textile/textile|化工/Chemical/chem|汽车零部件/Auto Parts/auto|"
    "智能科技/Intelligent Technology/smart|数据服务/Data Services/data|企业管理咨询/Management Consulting/consult|"
    "进出口/Import and Export/imex|国际物流/International Logistics/intl")
CN_SISTER = _pairs("控股/Holdings/holding|贸易/Trading/trading|物流/Logistics/logistics|投资/Investment/invest|实业/Industrial/industry|国际贸易/International Trading/trade")
CN_FORM = [("有限公司", "Co., Ltd.", 0.70), ("股份有限公司", "Co., Ltd.", 0.12),
           ("有限责任公司", "Co., Ltd.", 0.10), ("集团有限公司", "Group Co., Ltd.", 0.08)]
CN_ROADS = _pairs(
    "文三/Wensan/路|中山/Zhongshan/路|人民/Renmin/路|解放/Jiefang/路|建设/Jianshe/路|长江/Changjiang/路|"
    "黄河/Huanghe/路|南京/Nanjing/路|北京/Beijing/路|和平/Heping/路|科技/Keji/路|高新/Gaoxin/路|创业/Chuangye/路|"
    "学院/Xueyuan/路|东风/Dongfeng/路|新华/Xinhua/路|延安/Yan'an/路|胜利/Shengli/路|滨江/Binjiang/大道|"
    "世纪/Shiji/大道|东方/Dongfang/路|天府/Tianfu/大道|软件园/Ruanjianyuan/路|工业园/Gongyeyuan/路|"
    "花园/Huayuan/路|光明/Guangming/路|幸福/Xingfu/路|青年/Qingnian/路|朝阳/Chaoyang/路|振兴/Zhenxing/路|"
    "淮海/Huaihai/路|金桥/Jinqiao/路|江南/Jiangnan/大道|深南/Shennan/大道|湖滨/Hubin/街|府前/Fuqian/街")
CN_ROAD_EN = {"路": "Road", "大道": "Avenue", "街": "Street"}
CN_BLDG = _pairs("华星/Huaxing|金融/Jinrong|国贸/Guomao|世贸/Shimao|银泰/Yintai|创新/Chuangxin|数码/Shuma|"
                 "东方/Dongfang|环球/Huanqiu|时代/Shidai|财富/Caifu|汇金/Huijin|海天/Haitian|中信/Zhongxin|嘉里/Jiali")
CN_BLDG_KIND = _pairs("大厦/Building|中心/Center|广场/Plaza|大楼/Tower")
CN_SURNAME = _pairs("王/wang|李/li|张/zhang|刘/liu|陈/chen|杨/yang|赵/zhao|黄/huang|周/zhou|吴/wu|徐/xu|孙/sun|"
                    "胡/hu|朱/zhu|高/gao|林/lin|何/he|郭/guo|马/ma|罗/luo")
CN_GIVEN = _sp("wei|fang|na|min|jing|li|qiang|lei|jun|yang|yong|yan|jie|tao|ming|chao|xiuying|hua|ping|gang|hui|bin|lin|ting")
# simplified -> traditional for a few common characters
CN_TRAD = str.maketrans("电网络国际贸发实业广东华长门龙汉苏设备团责药机械饰务传媒数据咨询进产业园区层",
                        "電網絡國際貿發實業廣東華長門龍漢蘇設備團責藥機械飾務傳媒數據諮詢進產業園區層")

# Japan: prefecture, city (display), romaji, area code, [(ward kanji, ward romaji, postcode prefix)]
JP_CITIES = [
    ("東京都", "", "Tokyo", "3", _pairs("港区/Minato-ku/105|千代田区/Chiyoda-ku/100|中央区/Chuo-ku/104|新宿区/Shinjuku-ku/160|渋谷区/Shibuya-ku/150|品川区/Shinagawa-ku/141|台東区/Taito-ku/110")),
    ("大阪府", "大阪市", "Osaka", "6", _pairs("北区/Kita-ku/530|中央区/Chuo-ku/541|西区/Nishi-ku/550|淀川区/Yodogawa-ku/532")),
    ("神奈川県", "横浜市", "Yokohama", "45", _pairs("西区/Nishi-ku/220|中区/Naka-ku/231|港北区/Kohoku-ku/222")),
    ("愛知県", "名古屋市", "Nagoya", "52", _pairs("中村区/Nakamura-ku/450|中区/Naka-ku/460|東区/Higashi-ku/461")),
    ("北海道", "札幌市", "Sapporo", "11", _pairs("中央区/Chuo-ku/060|北区/Kita-ku/001")),
    ("福岡県", "福岡市", "Fukuoka", "92", _pairs("博多区/Hakata-ku/812|中央区/Chuo-ku/810")),
    ("京都府", "京都市", "Kyoto", "75", _pairs("下京区/Shimogyo-ku/600|中京区/Nakagyo-ku/604")),
    ("兵庫県", "神戸市", "Kobe", "78", _pairs("中央区/Chuo-ku/650|兵庫区/Hyogo-ku/652")),
    ("宮城県", "仙台市", "Sendai", "22", _pairs("青葉区/Aoba-ku/980|宮城野区/Miyagino-ku/983")),
    ("広島県", "広島市", "Hiroshima", "82", _pairs("中区/Naka-ku/730|南区/Minami-ku/732")),
]
JP_TOWN_ANY = _pairs("本町/Honmachi|南町/Minamimachi|東町/Higashimachi|緑町/Midoricho|桜町/Sakuracho|幸町/Saiwaicho|"
                     "旭町/Asahicho|新町/Shinmachi|京町/Kyomachi|末広町/Suehirocho|若松町/Wakamatsucho|元町/Motomachi|"
                     "港町/Minatomachi|平和/Heiwa|中央/Chuo")
JP_TOWN_OWN = [_pairs(x) for x in (
    "大手町/Otemachi|丸の内/Marunouchi|日本橋/Nihonbashi|芝/Shiba|西新宿/Nishishinjuku|虎ノ門/Toranomon|浜松町/Hamamatsucho|神田/Kanda|赤坂/Akasaka",
    "梅田/Umeda|北浜/Kitahama|堂島/Dojima|難波/Namba|心斎橋/Shinsaibashi|淀屋橋/Yodoyabashi",
    "みなとみらい/Minatomirai|関内/Kannai|桜木町/Sakuragicho|新横浜/Shin-Yokohama",
    "栄/Sakae|錦/Nishiki|名駅/Meieki|丸の内/Marunouchi",
    "北一条西/Kita-Ichijo-Nishi|大通西/Odori-Nishi|すすきの/Susukino",
    "天神/Tenjin|博多駅前/Hakataekimae|中洲/Nakasu",
    "烏丸/Karasuma|四条/Shijo|河原町/Kawaramachi",
    "三宮町/Sannomiyacho|元町通/Motomachi-dori|栄町通/Sakaemachi-dori",
    "一番町/Ichibancho|国分町/Kokubuncho|本町/Honcho",
    "紙屋町/Kamiyacho|八丁堀/Hatchobori|大手町/Otemachi")]
JP_TOWNS = [JP_TOWN_ANY + own for own in JP_TOWN_OWN]
JP_KATA = _pairs("サクラ/Sakura|アサヒ/Asahi|ミドリ/Midori|ヒカリ/Hikari|ヤマト/Yamato|ミライ/Mirai|アオバ/Aoba|ツバサ/Tsubasa|"
                 "ホクト/Hokuto|スバル/Subaru|カエデ/Kaede|コスモ/Cosmo|ユニオン/Union|グローバル/Global|フロンティア/Frontier|"
                 "ネクスト/Next|アルファ/Alpha|サンライズ/Sunrise|パシフィック/Pacific|オリエント/Orient|エース/Ace|ライト/Light|"
                 "ブルー/Blue|スター/Star|クリエイト/Create|ワールド/World|プライム/Prime|ハーモニー/Harmony|ビジョン/Vision|"
                 "トラスト/Trust|ソレイユ/Soleil|リバティ/Liberty|ダイヤ/Daiya|ジャパン/Japan|アクア/Aqua|テクノ/Techno|"
                 "エコ/Eco|メディカル/Medical|ニュー/New|キャピタル/Capital|アーク/Ark|ベスト/Best|コア/Core|"
                 "ドリーム/Dream|エール/Yell|フォレスト/Forest|ガイア/Gaia|ヘリオス/Helios|アイリス/Iris|ジェイ/Jay|"
                 "ケイ/Kay|ルミナ/Lumina|マリン/Marine|ノヴァ/Nova|オメガ/Omega|パル/Pal|クエスト/Quest|ライズ/Rise|"
                 "シグマ/Sigma|タイタン/Titan|ウイング/Wing|ゼスト/Zest|リンク/Link|セントラル/Central|ユニ/Uni|ミツバ/Mitsuba")
JP_KSUF = _pairs("テック/Tech|ワークス/Works|ラボ/Lab|ネット/Net|ソリューションズ/Solutions|システム/System|"
                 "プラン/Plan|エンジニアリング/Engineering|トレーディング/Trading|ロジスティクス/Logistics|デザイン/Design|サービス/Service")
JP_KANJI = _pairs("山田/Yamada|田中/Tanaka|鈴木/Suzuki|佐藤/Sato|高橋/Takahashi|伊藤/Ito|渡辺/Watanabe|中村/Nakamura|"
                  "小林/Kobayashi|加藤/Kato|吉田/Yoshida|山本/Yamamoto|松本/Matsumoto|井上/Inoue|木村/Kimura|林/Hayashi|"
                  "清水/Shimizu|山口/Yamaguchi|森/Mori|池田/Ikeda|橋本/Hashimoto|石川/Ishikawa|前田/Maeda|藤田/Fujita|"
                  "岡田/Okada|後藤/Goto|長谷川/Hasegawa|村上/Murakami|近藤/Kondo|坂本/Sakamoto|東洋/Toyo|日本/Nihon|"
                  "大和/Yamato|富士/Fuji|三和/Sanwa|中央/Chuo|東亜/Toa|北斗/Hokuto|太平洋/Taiheiyo|昭和/Showa|大成/Taisei|"
                  "協和/Kyowa|共栄/Kyoei|新日本/Shin-Nihon|関西/Kansai|九州/Kyushu|北海/Hokkai|東海/Tokai|中部/Chubu|"
                  "明和/Meiwa|栄光/Eiko|旭/Asahi|信和/Shinwa|千代田/Chiyoda|三栄/San-ei|丸山/Maruyama|大洋/Taiyo|第一/Daiichi|"
                  "石井/Ishii|小川/Ogawa|中島/Nakajima|原田/Harada|小野/Ono|竹内/Takeuchi|金子/Kaneko|和田/Wada|中野/Nakano|"
                  "原/Hara|藤井/Fujii|西村/Nishimura|福田/Fukuda|太田/Ota|三浦/Miura|藤原/Fujiwara|岡本/Okamoto|松田/Matsuda|"
                  "中川/Nakagawa|中山/Nakayama|原口/Haraguchi|野村/Nomura|新井/Arai|渡部/Watanabe|菊地/Kikuchi|上田/Ueda|"
                  "杉山/Sugiyama|千葉/Chiba|村田/Murata|平野/Hirano|大野/Ono|宮崎/Miyazaki|安藤/Ando|北村/Kitamura|"
                  "丸井/Marui|高田/Takada|内田/Uchida|桜井/Sakurai|久保/Kubo|松井/Matsui|大和田/Owada|日東/Nitto|"
                  "日栄/Nichiei|東邦/Toho|三協/Sankyo|大同/Daido|日進/Nisshin|光洋/Koyo|三晃/Sanko|大栄/Daiei")
JP_IND = _pairs("商事/Shoji/Trading|工業/Kogyo/Industries|製作所/Seisakusho/Works|電機/Denki/Electric|物産/Bussan/Trading|"
                "建設/Kensetsu/Construction|食品/Shokuhin/Foods|運輸/Unyu/Transport|化学/Kagaku/Chemical|精工/Seiko/Precision|"
                "産業/Sangyo/Industry|興産/Kosan/Kosan|技研/Giken/Engineering|電子/Denshi/Electronics|通信/Tsushin/Communications|"
                "不動産/Fudosan/Real Estate|印刷/Insatsu/Printing|薬品/Yakuhin/Pharmaceutical|物流/Butsuryu/Logistics|"
                "機械/Kikai/Machinery|鉄工/Tekko/Iron Works|設計/Sekkei/Design|情報システム/Joho System/Information Systems|"
                "開発/Kaihatsu/Development|電設/Densetsu/Electrical Works")
JP_SISTER = _pairs("ホールディングス/Holdings/Holdings|商事/Shoji/Trading|物流/Butsuryu/Logistics|不動産/Fudosan/Real Estate|サービス/Service/Service")
JP_FORM = [("株式会社", 0.80), ("有限会社", 0.14), ("合同会社", 0.06)]
JP_BLDG = _pairs("第一/Daiichi|中央/Chuo|大和/Yamato|サクラ/Sakura|朝日/Asahi|日本生命/Nihon Seimei|住友/Sumitomo|新光/Shinko|太陽/Taiyo|駅前/Ekimae")

DE_CITIES = [  # name, alt names, postcode range, area code
    ("Berlin", "", 10115, 14199, "30"), ("Hamburg", "", 20095, 22769, "40"),
    ("München", "Muenchen|Munich", 80331, 81929, "89"), ("Köln", "Koeln|Cologne", 50667, 51149, "221"),
    ("Frankfurt am Main", "Frankfurt|Frankfurt a. M.|Frankfurt/Main", 60306, 60599, "69"),
    ("Stuttgart", "", 70173, 70629, "711"), ("Düsseldorf", "Duesseldorf|Dusseldorf", 40210, 40629, "211"),
    ("Leipzig", "", 4103, 4357, "341"), ("Dresden", "", 1067, 1328, "351"), ("Hannover", "Hanover", 30159, 30669, "511"),
    ("Nürnberg", "Nuernberg|Nuremberg", 90402, 90491, "911"), ("Bremen", "", 28195, 28779, "421"),
    ("Essen", "", 45127, 45359, "201"), ("Dortmund", "", 44135, 44388, "231"), ("Bonn", "", 53111, 53229, "228"),
    ("Mannheim", "", 68159, 68309, "621"), ("Karlsruhe", "", 76131, 76229, "721"), ("Augsburg", "", 86150, 86199, "821"),
    ("Münster", "Muenster", 48143, 48167, "251"), ("Freiburg im Breisgau", "Freiburg|Freiburg i. Br.", 79098, 79117, "761"),
]
DE_SURNAME = _sp("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|"
                 "Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|"
                 "Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Mayer|Huber|Kaiser|Fuchs|Peters|"
                 "Lang|Scholz|Möller|Weiß|Jung|Hahn|Schubert|Vogel|Friedrich|Keller|Günther|Frank|Berger|Winkler|Roth|Beck|"
                 "Lorenz|Baumann|Franke|Albrecht|Schuster|Simon|Ludwig|Böhm|Winter|Kraus|Martin|Schumacher|Krämer|Vogt|"
                 "Stein|Jäger|Otto|Sommer|Groß|Seidel|Heinrich|Brandt|Haas|Schreiber|Graf|Schulte|Dietrich|Ziegler|Kuhn|"
                 "Kühn|Pohl|Engel|Horn|Busch|Bergmann|Thomas|Voigt|Sauer|Arnold|Wolff|Pfeiffer|Ernst|Lindner|Hübner|Kramer|"
                 "Franz|Jansen|Peter|Hansen|Wenzel|Götz|Paul|Riedel|Hermann|Kurz|Kessler|Langer|Walther|Brinkmann|Thiel|"
                 "Adam|Albers|Ackermann|Bach|Bader|Barth|Bartsch|Baum|Behrens|Benz|Bischoff|Blum|Bock|Brand|Brenner|"
                 "Buchholz|Busse|Dietz|Dreher|Ebert|Eckert|Eder|Fiedler|Fink|Fleischer|Forster|Frey|Fritz|Gerber|Geiger|"
                 "Haase|Hagen|Hauser|Heinz|Heller|Hess|Hinz|Hoppe|Huth|Jakob|Janssen|Kaufmann|Kern|Kirchner|Klose|Knoll|"
                 "Kolb|Konrad|Kopp|Kraft|Kuhlmann|Lenz|Link|Lutz|Marx|Menzel|Merkel|Moser|Nagel|Noack|Oswald|Pape|"
                 "Petersen|Popp|Probst|Rau|Reuter|Ritter|Rösch|Rudolph|Sander|Schade|Scherer|Schilling|Schott|Schrader|"
                 "Schütz|Seifert|Stahl|Stark|Steiner|Strauß|Thiele|Ulrich|Vetter|Voß|Weigel|Wendt|Wirth|Witt|Wolter|"
                 "Zeller|Zimmer|Bosch|Hanke|Hiller|Kaminski|Kowalski|Lindemann|Maurer|Mohr|Nowak|Pietsch|Reinhardt|Rothe|"
                 "Siebert|Sturm|Timm|Unger|Walz|Weise|Wilke|Wörner|Zander")
DE_FIRST = _sp("Hans|Peter|Klaus|Jürgen|Michael|Thomas|Andreas|Stefan|Frank|Uwe|Wolfgang|Dieter|Markus|Christian|Sabine|"
               "Petra|Monika|Andrea|Claudia|Martina|Heinz|Karl|Werner|Günter|Manfred|Horst|Ralf|Jörg|Matthias|Tobias")
DE_BRAND = _sp("Nordlicht|Alpha|Delta|Primus|Optima|Technika|Vario|Novum|Sonnen|Adler|Falke|Greif|Phönix|Orion|Atlas|"
               "Merkur|Vulkan|Saturn|Polaris|Kristall|Eiche|Linde|Tanne|Silberpfeil|Blitz|Hanse|Rhein|Rhein-Main|Nord|Süd|"
               "Bavaria|Saxonia|Alpen|Ostsee|Elbe|Weser|Schwarzwald|Harz|Ruhr|Donau|Main|Spree|Isar|Neckar|Mosel|"
               "Westfalen|Franken|Allgäu|Eifel|Taunus|Teuto|Euro|Inter|Trans|Multi|Pro|Top|Profi|Meister|Quadrat|Zenit")
DE_TSUF = _sp("tec|tronic|soft|plan|data|net|form|con|log|med|bau|fix|line|sys")
DE_IND = _sp("Maschinenbau|Logistik|Elektrotechnik|Bau|Metallbau|Software|Consulting|Immobilien|Handel|Spedition|"
             "Medizintechnik|Automation|Anlagenbau|Druckerei|Holzbau|Haustechnik|Kunststofftechnik|Feinmechanik|"
             "Systemtechnik|Energietechnik|Verpackung|Personalservice|Gebäudereinigung|Steuerberatung|Autohaus|"
             "Getränkehandel|Lebensmittel|Umwelttechnik|Werkzeugbau|Solartechnik|IT-Service|Transporte|Dienstleistungen|"
             "Vertrieb|Elektro|Sanitär|Fahrzeugbau|Messtechnik|Industrietechnik|Gerüstbau")
DE_TRADE_FIRST = {"Autohaus", "Druckerei", "Getränkehandel", "Gebäudereinigung", "Holzbau", "Elektro", "Sanitär", "Gerüstbau", "Steuerberatung"}
DE_SISTER = _sp("Holding|Beteiligungen|Verwaltungs|Logistik|Handel|Service")
DE_FORM = [("GmbH", 0.55), ("GmbH & Co. KG", 0.15), ("AG", 0.07), ("UG (haftungsbeschränkt)", 0.08),
           ("e.K.", 0.07), ("KG", 0.04), ("OHG", 0.02), ("GbR", 0.02)]
DE_STREET = _sp("Hauptstraße|Bahnhofstraße|Gartenstraße|Schulstraße|Dorfstraße|Bergstraße|Lindenstraße|Kirchstraße|"
                "Industriestraße|Gewerbestraße|Friedrichstraße|Goethestraße|Schillerstraße|Mozartstraße|Kantstraße|"
                "Am Markt|Marktplatz|Ringstraße|Waldweg|Am Hafen|Feldstraße|Rosenweg|Mühlenweg|Königsallee|"
                "Leopoldstraße|Kaiserstraße|Wilhelmstraße|Hafenstraße|Europaallee|Carl-Zeiss-Straße|Robert-Bosch-Straße|"
                "Werner-von-Siemens-Ring|Im Gewerbepark|Otto-Hahn-Straße|Max-Planck-Straße|Daimlerstraße|"
                "Heinrich-Hertz-Straße|Siemensstraße|Hansaring|Lessingstraße|Beethovenstraße|Poststraße|Talstraße|"
                "Sonnenallee|Berliner Straße|Frankfurter Allee|Münchner Straße|Hamburger Chaussee|Wiesenweg|Birkenweg")

FR_CITIES = [  # name, alt, postcodes, phone zone digit
    ("Paris", "", ["750%02d" % i for i in range(1, 21)], "1"), ("Lyon", "", ["6900%d" % i for i in range(1, 10)], "4"),
    ("Marseille", "", ["130%02d" % i for i in range(1, 17)], "4"), ("Toulouse", "", ["31000", "31100", "31200", "31300", "31400", "31500"], "5"),
    ("Nice", "", ["06000", "06100", "06200", "06300"], "4"), ("Nantes", "", ["44000", "44100", "44200", "44300"], "2"),
    ("Strasbourg", "", ["67000", "67100", "67200"], "3"), ("Montpellier", "", ["34000", "34070", "34080", "34090"], "4"),
    ("Bordeaux", "", ["33000", "33100", "33200", "33300", "33800"], "5"), ("Lille", "", ["59000", "59160", "59260", "59800"], "3"),
    ("Rennes", "", ["35000", "35200", "35700"], "2"), ("Reims", "", ["51100"], "3"),
    ("Saint-Étienne", "St-Étienne|Saint-Etienne|St Etienne", ["42000", "42100"], "4"), ("Grenoble", "", ["38000", "38100"], "4"),
    ("Dijon", "", ["21000"], "3"), ("Angers", "", ["49000", "49100"], "2"), ("Le Havre", "", ["76600"], "2"),
    ("Aix-en-Provence", "Aix en Provence", ["13090", "13100"], "4"), ("Clermont-Ferrand", "Clermont Ferrand", ["63000", "63100"], "4"),
    ("Tours", "", ["37000", "37100", "37200"], "2"), ("Bourg-en-Bresse", "Bourg en Bresse", ["01000"], "4"), ("Annecy", "", ["74000"], "4"),
]
FR_SURNAME = _sp("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|"
                 "Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|Mercier|Dupont|Lambert|Bonnet|"
                 "François|Martinez|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|"
                 "Mathieu|Clément|Gauthier|Dumont|Lopez|Fontaine|Chevalier|Robin|Masson|Sanchez|Gérard|Nguyen|Boyer|Denis|"
                 "Lemaire|Duval|Joly|Gautier|Roger|Roche|Roy|Noël|Meyer|Lucas|Meunier|Jean|Perez|Marchand|Dufour|Blanchard|"
                 "Marie|Barbier|Brun|Dumas|Brunet|Schmitt|Leroux|Colin|Fernandez|Pierre|Renard|Arnaud|Rolland|Caron|Aubert|"
                 "Giraud|Leclerc|Vidal|Bourgeois|Renaud|Lemoine|Picard|Gaillard|Philippe|Leclercq|Lacroix|Fabre|Dupuis|Olivier|"
                 "Rodriguez|Da Silva|Hubert|Louis|Charles|Guillot|Rey|Moulin|Collet|Prévost|Germain|Breton|Besson|"
                 "Langlois|Rémy|Pelletier|Lévêque|Perrot|Leblanc|Barré|Carpentier|Poulain|Renault|Bouvier|Lemaître|"
                 "Charpentier|Royer|Marty|Benoît|Paris|Maillard|Vasseur|Le Gall|Le Roux|Guillaume|Deschamps|Huet|"
                 "Jacob|Millet|Laine|Hamon|Tessier|Chauvin|Poirier|Delmas|Cordier|Guyot|Gilbert|Hoarau|Ferrand|"
                 "Bailly|Herve|Schneider|Lebrun|Marchal|Riviere|Aubry|Gomez|Morvan|Baron|Lecomte|Fleury|Boucher|"
                 "Carré|Bertin|Adam|Humbert|Jacquet|Bouchet|Weber|Klein|Pons|Texier|Brunel|Tanguy|Leduc|Bigot")
FR_BRAND = _sp("Atlantique|Provence|Alpes|Bretagne|Normandie|Méditerranée|Rhône|Loire|Aquitaine|Occitanie|Lorraine|"
               "Alsace|Vendée|Savoie|Picardie|Gascogne|Champagne|Bourgogne|Auvergne|Azur|Horizon|Étoile|Soleil|Avenir|"
               "Océan|Éclair|Nova|Vital|Optimum|Alliance|Prestige|Élite|Lumière|Cèdre|Chêne|Hermine|Orion|Véga|Pégase|"
               "Atlas|Iris|Lys|Phénix|Arès|Boréal|Zéphyr|Mistral|Tramontane|Sirius|Galaxie")
FR_IND = _sp("Transports|Logistique|Informatique|Conseil|Bâtiment|Électricité|Distribution|Immobilier|Ingénierie|"
             "Services|Industries|Plomberie|Menuiserie|Boulangerie|Pharmacie|Automobiles|Imprimerie|Développement|"
             "Technologies|Solutions|Énergies|Alimentaire|Textiles|Emballages|Métallurgie|Peinture|Nettoyage|"
             "Travaux Publics|Maçonnerie|Chauffage|Import Export|Agencement|Audit|Expertise Comptable|Location|"
             "Communication|Architecture|Événementiel|Négoce|Mécanique")
FR_SISTER = _sp("Holding|Participations|Gestion|Logistique|Négoce|Services")
FR_FORM = [("SAS", 0.40), ("SARL", 0.30), ("SA", 0.10), ("EURL", 0.08), ("SASU", 0.07), ("SCI", 0.03), ("SNC", 0.02)]
FR_STREET = _pairs("rue/de la République|rue/Victor Hugo|avenue/des Champs-Élysées|boulevard/Haussmann|"
                   "rue/du Faubourg Saint-Honoré|avenue/Jean Jaurès|rue/de la Paix|place/de la Bourse|rue/Pasteur|"
                   "rue/Gambetta|avenue/du Général de Gaulle|boulevard/Voltaire|rue/Nationale|quai/des Chartrons|"
                   "rue/de Rivoli|avenue/Foch|rue/La Fayette|rue/des Lilas|chemin/des Vignes|allée/des Tilleuls|"
                   "rue/du Moulin|rue/de l'Église|impasse/des Rosiers|boulevard/de la Liberté|cours/Mirabeau|"
                   "rue/Jules Ferry|rue/Émile Zola|avenue/de la Gare|rue/Saint-Michel|rue/Carnot|boulevard/Gambetta|"
                   "avenue/Pierre Brossolette|rue/des Entrepreneurs|rue/de l'Industrie|avenue/de la Libération|"
                   "rue/Jean Moulin|place/du Marché|rue/des Écoles|boulevard/Pasteur|rue/Molière")
FR_STREET_ABBR = {"rue": ["R.", "r."], "avenue": ["av.", "Av.", "ave"], "boulevard": ["bd", "Bd", "boul.", "bld"],
                  "place": ["pl.", "Pl."], "quai": ["q."], "chemin": ["ch.", "chem."], "allée": ["all."],
                  "impasse": ["imp."], "cours": ["crs"]}

EN_SURNAME = _sp("Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|Thompson|"
                 "Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|Wood|Turner|Martin|"
                 "Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen|James|Scott|Phillips|Watson|"
                 "Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|Carter|Richardson|Bailey|Collins|Bell|"
                 "Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson|Ellis|Adams|Singh|Wilkinson|Foster|"
                 "Chapman|Powell|Webb|Rogers|Gray|Mason|Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|"
                 "Knight|Lloyd|Butler|Russell|Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Fletcher|"
                 "Walsh|Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Brooks|West|Lawrence|"
                 "Cole|Atkinson|Bradley|Spencer|Dawson|Burton|O'Brien|Watts|Rose|Booth|Perry|Ryan|Grant|Wells|Armstrong|"
                 "Francis|Hayes|Hart|Hudson|Newman|Barrett|Webster|Hunter|Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|"
                 "Parsons|Berry|Stone|Reid|Holland|Hawkins|Harding|Porter|Robertson|Newton|Oliver|Reed|Kennedy|Bird|"
                 "Gardner|Dean|Lane|Bates|Henderson|Burgess|Bishop|Walton|Burns|Nicholson|Shepherd|Ross|Cross|Freeman|"
                 "Warren|Hamilton|Byrne|Sutton|McDonald|Yates|Curtis|Hopkins|O'Connor|Harper|Coleman|Chambers|Griffin|"
                 "Sharp|Hardy|Wheeler|Potter|Osborne|Gordon|Doyle|Wallace|Jordan|Rodriguez|Garcia|Martinez|Hernandez|"
                 "Lopez|Gonzalez|Sanchez|Nguyen|Kim|Chen|Schwartz|Cohen|Rossi|Sullivan|Nelson|Stanley|Ferguson")
ASIA_EN_SURNAME = _sp("Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Chia|Cheung|"
                      "Leung|Lau|Chow|Yip|Kwok|Lai|Tsang|Fung|Mak|Siu|Kumar|Raj|Ismail|Rahman")
EN_ADJ = _sp("Blue|Red|Silver|Golden|Green|Royal|Northern|Southern|Eastern|Western|Central|United|National|Global|"
             "Premier|Prime|Apex|Summit|Pinnacle|Atlas|Beacon|Crown|Eagle|Falcon|Phoenix|Pioneer|Liberty|Heritage|"
             "Horizon|Meridian|Vanguard|Keystone|Evergreen|Granite|Iron|Copper|Crystal|Diamond|Emerald|Sapphire|"
             "Bright|Clear|True|Bold|Rapid|Smart|Allied|Integrated|Advanced|Precision|Dynamic|Quantum|Sterling|"
             "Regal|Imperial|Metro|Urban|Coastal|Alpine|Continental|Swift|Noble|Grand|Modern|Classic|First|Sun")
EN_NOUN = _sp("Oak|Cedar|Maple|Willow|Pine|Birch|Ridge|Valley|River|Lake|Bay|Harbor|Coast|Bridge|Gate|Tower|Park|"
              "Stone|Rock|Peak|Arrow|Anchor|Compass|Lighthouse|Orchard|Meadow|Forest|Lion|Tiger|Dragon|Hawk|Star|Moon|"
              "Ocean|Field|Spring|Brook|Wave|Point|Crest|Haven|Key|Path|Line|Way|Link|Source|Core|Edge|Field|Leaf|Wing")
EN_IND = _sp("Logistics|Engineering|Consulting|Technologies|Technology|Software|Solutions|Systems|Services|"
             "International|Manufacturing|Industries|Trading|Construction|Properties|Developments|Electrical|"
             "Electronics|Foods|Freight|Transport|Distribution|Supplies|Marketing|Media|Design|Associates|Capital|"
             "Investments|Management|Healthcare|Pharmaceuticals|Energy|Environmental|Security|Packaging|Plastics|"
             "Metals|Machinery|Motors|Printing|Furniture|Textiles|Instruments|Laboratories|Research|Networks|"
             "Communications|Data|Analytics|Robotics|Automation|Products|Imports|International Trading|"
             "Industrial Supply|Business Services|Financial Services|IT Services|Facility Services|Medical Supplies|"
             "Precision Engineering|Marine Services|Property Management|Building Services|Technical Services|"
             "Office Supplies|Auto Parts|Food Services|Logistics Services|Software Solutions|Data Systems")
EN_SISTER = _sp("Holdings|Trading|Logistics|Properties|Capital|Services")
EN_PLACE = {
    "GB": _sp("Thames Valley|Pennine|Cotswold|Mersey|Severn|Tyne|Clyde|Highland|Yorkshire|Kentish|Wessex|Mercia|Anglia|"
              "Cambrian|Chiltern|Solent|Humber|Trent|Midland|Caledonian|Albion|Britannia|Northumbria|Cumbrian|Ouse"),
    "US": _sp("Pacific|Atlantic|Great Lakes|Rocky Mountain|Gulf Coast|Bay Area|Midwest|Lone Star|Golden State|Empire State|"
              "Sierra|Cascade|Appalachian|Sunbelt|Prairie|Hudson Valley|Chesapeake|Mississippi|Ozark|Tri-State|Liberty Bell|"
              "Blue Ridge|Big Sky|Keystone State|Evergreen State"),
    "SG": _sp("Lion City|Merlion|Marina|Orchard|Raffles|Straits|Sentosa|Jurong|Tampines|Temasek|Bukit|Kallang|Changi|Serangoon"),
    "HK": _sp("Victoria|Harbour|Kowloon|Pearl River|Golden Harbour|Jade|Peninsula|Lantau|Star Ferry|Tsim Sha Tsui|Lion Rock|Repulse Bay"),
}
EN_FORM = {
    "GB": [("Ltd", 0.52), ("Limited", 0.28), ("PLC", 0.05), ("LLP", 0.07), ("Ltd.", 0.08)],
    "US": [("Inc.", 0.38), ("LLC", 0.34), ("Corp.", 0.12), ("Co.", 0.05), ("Corporation", 0.05), ("Incorporated", 0.02), ("L.P.", 0.02), ("Inc", 0.02)],
    "SG": [("Pte. Ltd.", 0.70), ("Pte Ltd", 0.15), ("Private Limited", 0.08), ("LLP", 0.04), ("Limited", 0.03)],
    "HK": [("Limited", 0.75), ("Company Limited", 0.12), ("Ltd", 0.08), ("(HK) Limited", 0.05)],
}
GB_CITIES = [  # name, postcode districts, area code (no trunk 0), subscriber length
    ("London", "EC1A|EC2V|EC3M|EC4N|WC1E|WC2H|SW1A|SW1P|SE1|E1|E14|N1|NW1|W1D|W1T", "20", 8),
    ("Manchester", "M1|M2|M3|M4|M15|M60", "161", 7), ("Birmingham", "B1|B2|B3|B4|B5", "121", 7),
    ("Leeds", "LS1|LS2|LS10|LS11", "113", 7), ("Glasgow", "G1|G2|G3|G4", "141", 7), ("Bristol", "BS1|BS2|BS8", "117", 7),
    ("Edinburgh", "EH1|EH2|EH3|EH8", "131", 7), ("Liverpool", "L1|L2|L3", "151", 7), ("Sheffield", "S1|S2|S3", "114", 7),
    ("Newcastle upon Tyne", "NE1|NE2", "191", 7), ("Cardiff", "CF10|CF11", "29", 8), ("Nottingham", "NG1|NG2", "115", 7),
    ("Leicester", "LE1|LE2", "116", 7), ("Cambridge", "CB1|CB2|CB4", "1223", 6), ("Oxford", "OX1|OX2|OX4", "1865", 6),
    ("Reading", "RG1|RG2", "118", 7), ("Southampton", "SO14|SO15", "23", 8), ("Belfast", "BT1|BT2", "28", 8),
]
GB_CITY_ALT = {"Newcastle upon Tyne": "Newcastle|Newcastle-upon-Tyne", "London": "London|Greater London"}
GB_STREET = _pairs("High/Street|Station/Road|Church/Street|Main/Street|Park/Road|London/Road|Victoria/Road|Green/Lane|"
                   "Manor/Road|Church/Lane|Queen/Street|King/Street|New/Road|Mill/Lane|Albert/Road|George/Street|York/Road|"
                   "Market/Street|Bridge/Street|Castle/Street|Princes/Street|Regent/Street|Oxford/Road|Chapel/Street|"
                   "North/Road|Windsor/Road|Broad/Street|Riverside/Way|Commercial/Road|Bath/Road|Canal/Street|"
                   "Wellington/Street|Cromwell/Road|Grosvenor/Square|Kings/Avenue|Springfield/Drive|Meadow/Close|"
                   "Park/Crescent|Albion/Terrace|Harbour/Way|Enterprise/Way|Innovation/Drive|Cheapside/|Kingsway/|Deansgate/")
US_CITIES = [  # name, state, zip lo, zip hi, area codes
    ("New York", "NY", 10001, 10282, "212|646"), ("San Francisco", "CA", 94102, 94134, "415"),
    ("Chicago", "IL", 60601, 60661, "312"), ("Houston", "TX", 77002, 77099, "713"), ("Seattle", "WA", 98101, 98199, "206"),
    ("Boston", "MA", 2108, 2137, "617"), ("Austin", "TX", 78701, 78759, "512"), ("Denver", "CO", 80202, 80239, "303"),
    ("Los Angeles", "CA", 90001, 90089, "213|323"), ("Atlanta", "GA", 30303, 30350, "404"), ("Miami", "FL", 33101, 33199, "305"),
    ("Dallas", "TX", 75201, 75252, "214"), ("Philadelphia", "PA", 19102, 19154, "215"), ("Phoenix", "AZ", 85003, 85054, "602"),
    ("Portland", "OR", 97201, 97239, "503"), ("San Diego", "CA", 92101, 92154, "619"), ("Minneapolis", "MN", 55401, 55455, "612"),
    ("Detroit", "MI", 48201, 48243, "313"), ("Nashville", "TN", 37201, 37240, "615"), ("Charlotte", "NC", 28202, 28280, "704"),
    ("Newark", "NJ", 7102, 7114, "973"), ("Hartford", "CT", 6103, 6120, "860"),
]
US_CITY_ALT = {"New York": "New York City|NYC|New York, NY|Manhattan", "Los Angeles": "LA|Los Angeles, CA",
               "San Francisco": "SF|San Francisco, CA", "Philadelphia": "Phila.|Philadelphia, PA", "Saint Paul": "St. Paul"}
US_STREET = _pairs("Main/Street|Market/Street|Broadway/|Fifth/Avenue|Park/Avenue|Elm/Street|Oak/Street|Maple/Avenue|"
                   "Washington/Street|Lincoln/Avenue|Madison/Avenue|First/Street|Second/Street|Pine/Street|Cedar/Street|"
                   "Lake/Street|Hill/Street|Sunset/Boulevard|Wilshire/Boulevard|Michigan/Avenue|Commerce/Street|"
                   "Industrial/Parkway|Technology/Drive|Corporate/Drive|Executive/Drive|Peachtree/Street|Congress/Avenue|"
                   "Mission/Street|Howard/Street|Spring/Street|Jefferson/Street|Franklin/Street|Center/Street|"
                   "Highland/Avenue|River/Road|State/Street|Union/Street|Water/Street|Front/Street|Innovation/Way|"
                   "Airport/Boulevard|Lakeview/Drive|Sunrise/Highway|Prospect/Avenue|Harbor/Boulevard")
SG_STREET = _sp("Anson Road|Robinson Road|Cecil Street|Shenton Way|Raffles Place|Orchard Road|Beach Road|"
                "Jurong East Street 21|Tampines Avenue 5|Ubi Avenue 1|Kallang Way|Changi Business Park Crescent|"
                "Woodlands Industrial Park E1|Ang Mo Kio Avenue 8|Alexandra Road|Bukit Batok Street 22|Kaki Bukit Road 1|"
                "Tai Seng Avenue|Pasir Panjang Road|Toa Payoh Lorong 8|Serangoon Road|North Bridge Road|Tanjong Pagar Road")
SG_BLDG = _sp("International Plaza|Tower One|Suntec Tower Two|Tech Park|Business Hub|Industrial Building|Centre|"
              "Techplace II|Galaxis|The Metropolis|Cecil Court|Harbourfront Centre|Eunos Technolink|Vision Exchange")
HK_DISTRICT = _sp("Central|Wan Chai|Causeway Bay|Tsim Sha Tsui|Mong Kok|Kwun Tong|Kwai Chung|Sha Tin|Sheung Wan|"
                  "Admiralty|Quarry Bay|North Point|Tsuen Wan|Cheung Sha Wan|San Po Kong|Aberdeen")
HK_STREET = _sp("Queen's Road Central|Des Voeux Road Central|Hennessy Road|Nathan Road|Canton Road|Hoi Bun Road|"
                "Wai Yip Street|Hung To Road|Connaught Road Central|Gloucester Road|King's Road|Lockhart Road|Jaffe Road|"
                "Castle Peak Road|Kwai Fung Crescent|Shing Yip Street|Hing Fong Road|Wing Hong Street|Tai Yau Street|Sheung Yuet Road")
HK_BLDG = _sp("Harbour Centre|Times Square|Lippo Centre|Golden Plaza|Peninsula Tower|Metro Centre|Grand Century Place|"
              "Kowloon Commerce Centre|Silvercord|Wing On Plaza|Nan Fung Tower|Billion Centre|Sunshine Plaza|Tower 2, Enterprise Square")

FREEMAIL = {
    "CN": _sp("qq.com|163.com|126.com|sina.com|aliyun.com"), "JP": _sp("yahoo.co.jp|gmail.com|docomo.ne.jp|nifty.com"),
    "DE": _sp("gmx.de|web.de|t-online.de|gmail.com"), "FR": _sp("orange.fr|free.fr|wanadoo.fr|gmail.com|laposte.net"),
    "GB": _sp("gmail.com|hotmail.co.uk|btinternet.com|outlook.com|yahoo.co.uk"),
    "US": _sp("gmail.com|yahoo.com|outlook.com|aol.com|hotmail.com"),
    "SG": _sp("gmail.com|singnet.com.sg|hotmail.com|yahoo.com.sg"), "HK": _sp("gmail.com|netvigator.com|yahoo.com.hk|hotmail.com"),
}
TLD = {"CN": [".com", ".com.cn", ".cn"], "JP": [".co.jp", ".jp", ".com"], "DE": [".de", ".com"], "FR": [".fr", ".com"],
       "GB": [".co.uk", ".com", ".uk"], "US": [".com", ".net", ".us"], "SG": [".com.sg", ".sg", ".com"], "HK": [".com.hk", ".hk", ".com"]}
MAILBOX = {"CN": _sp("info|sales|service|admin|hr|market|contact"), "JP": _sp("info|sales|support|contact|soumu|eigyo"),
           "DE": _sp("info|kontakt|vertrieb|buchhaltung|zentrale|office|service"),
           "FR": _sp("contact|info|accueil|commercial|compta|direction"),
           "GB": _sp("info|enquiries|sales|office|accounts|hello|admin"), "US": _sp("info|sales|contact|office|support|billing|hello"),
           "SG": _sp("info|sales|enquiry|admin|accounts"), "HK": _sp("info|sales|enquiry|admin|cs")}


# ----------------------------------------------------------------------------------------------
# small text helpers
# ----------------------------------------------------------------------------------------------
_FW = {i: i + 0xFEE0 for i in range(0x21, 0x7F)}
_FW[0x20] = 0x3000
FW_ALL = _FW
FW_DIGITS = {i: i + 0xFEE0 for i in range(0x30, 0x3A)} | {ord("-"): 0xFF0D}
FW_BRACKETS = {ord("("): 0xFF08, ord(")"): 0xFF09}


def _build_ascii_table():
    t = {ord("ß"): "ss", ord("Æ"): "AE", ord("æ"): "ae", ord("Œ"): "OE", ord("œ"): "oe", ord("’"): "'"}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if cp in t:
            continue
        a = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        if a != ch:
            t[cp] = a
    return t


ASCII_TABLE = _build_ascii_table()


def strip_accents(s: str) -> str:
    return s if s.isascii() else s.translate(ASCII_TABLE)


_DE_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def de_translit(s: str) -> str:
    return s if s.isascii() else s.translate(_DE_TRANSLIT)


def _build_slug_table():
    t = {}
    for cp in range(0x250):
        ch = chr(cp)
        a = ch.translate(_DE_TRANSLIT)
        a = a.translate(ASCII_TABLE) if not a.isascii() else a
        a = a.lower()
        if ch in "'’":
            t[cp] = ""
        elif a and all(c.isalnum() and c.isascii() for c in a):
            if a != ch:
                t[cp] = a
        else:
            t[cp] = "-"
    return t


def slugify(s: str) -> str:
    s = s.translate(SLUG_TABLE)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


SLUG_TABLE = _build_slug_table()


def _wchoice(rng, items, weights, n):
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(items), size=n, p=p / p.sum())


# ----------------------------------------------------------------------------------------------
# entities: per-country generators return a dict of equal-length lists
#   ctry, city, nm (pattern, a, b, ind, form), lat, addr (tuple), pc, ph (area, sub), ph2, ext,
#   dom, mbox, mbox2, tax, no_em, no_tax
# ----------------------------------------------------------------------------------------------
ENT_KEYS = ["ctry", "city", "nm", "lat", "addr", "pc", "ph", "ph2", "ext", "dom", "mbox", "mbox2", "tax", "no_em", "no_tax"]


def _unique_names(rng, keyfn, drawfn, n, rounds=30, strkey=None):
    """Draw name parts for n entities, redrawing those whose name key repeats.
    keyfn: vectorised integer key of the parts; strkey(pat, a, b, ind): the normalised name text, used
    instead when different parts can spell the same name."""
    parts = drawfn(n)                                   # dict of int arrays
    if strkey is None:
        for _ in range(rounds):
            key = keyfn(parts)
            _, first = np.unique(key, return_index=True)
            dup = np.ones(n, dtype=bool)
            dup[first] = False
            k = int(dup.sum())
            if k == 0:
                break
            new = drawfn(k)
            for f in parts:
                parts[f][dup] = new[f]
        return parts
    cols = [parts["pat"], parts["a"], parts["b"], parts["ind"]]
    seen = set()
    todo = []
    for i, t in enumerate(zip(*[c.tolist() for c in cols])):
        k = strkey(*t)
        if k in seen:
            todo.append(i)
        else:
            seen.add(k)
    for _ in range(rounds):
        if not todo:
            break
        new = drawfn(len(todo))
        rest = []
        for j, i in enumerate(todo):
            t = (int(new["pat"][j]), int(new["a"][j]), int(new["b"][j]), int(new["ind"][j]))
            k = strkey(*t)
            if k in seen:
                rest.append(i)
                continue
            seen.add(k)
            for f in parts:
                parts[f][i] = new[f][j]
        todo = rest
    return parts


def _nkey(s: str) -> str:
    return slugify(s).replace("-", "")


def _subscriber(rng, n, length, first_lo=2, first_hi=9):
    first = rng.integers(first_lo, first_hi + 1, size=n)
    rest = rng.integers(0, 10 ** (length - 1), size=n)
    return ["%d%0*d" % (f, length - 1, r) for f, r in zip(first.tolist(), rest.tolist())]


def _common_tail(rng, n, ctry, slugs, person_locals, free_p):
    """email domain / mailboxes, extensions, missing flags, second phone."""
    is_free = rng.random(n) < free_p
    free = FREEMAIL[ctry]
    fi = rng.integers(0, len(free), size=n)
    tld = TLD[ctry]
    ti = _wchoice(rng, tld, [0.7, 0.2, 0.1][:len(tld)], n)
    mb = MAILBOX[ctry]
    mi = rng.integers(0, len(mb), size=n)
    mi2 = rng.integers(0, len(mb), size=n)
    pers = rng.random(n) < 0.35
    num = rng.integers(1, 100, size=n)
    qq = rng.integers(10000, 3_000_000_000, size=n).tolist()
    dom, mbox, mbox2 = [], [], []
    for i in range(n):
        if is_free[i]:
            dom.append(free[fi[i]])
            if ctry == "CN" and num[i] < 45:
                mbox.append(str(qq[i]))                      # QQ-style numeric mailbox
            elif num[i] < 50:
                mbox.append(slugs[i].replace("-", "") + str(num[i]))
            else:
                mbox.append(slugs[i].replace("-", "."))
            mbox2.append(person_locals[i])
        else:
            dom.append(slugs[i] + tld[ti[i]])
            mbox.append(person_locals[i] if pers[i] and num[i] < 25 else mb[mi[i]])
            mbox2.append(person_locals[i] if pers[i] else mb[mi2[i]])
    return {"dom": dom, "mbox": mbox, "mbox2": mbox2,
            "no_em": (rng.random(n) < 0.20).tolist(), "no_tax": (rng.random(n) < 0.16).tolist()}


def _en_person_locals(rng, n, surnames):
    s = rng.integers(0, len(surnames), size=n)
    ini = rng.integers(0, 26, size=n)
    style = rng.integers(0, 3, size=n)
    sl = [slugify(x).replace("-", "") for x in surnames]
    out = []
    for k, c, st in zip(s.tolist(), ini.tolist(), style.tolist()):
        sn, c = sl[k], chr(97 + c)
        out.append(c + "." + sn if st == 0 else (c + sn if st == 1 else sn + "." + c))
    return out


# --- China -------------------------------------------------------------------------------------
CN_CITY_W = [10, 10, 7, 8, 7, 5, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2]


def gen_cn(rng, n, city=None):
    nb, ni = len(CN_BRAND), len(CN_IND)

    def draw(k):
        return {"pat": _wchoice(rng, [0, 1, 2], [0.80, 0.08, 0.12], k), "a": rng.integers(0, nb, size=k),
                "b": rng.integers(0, nb, size=k), "ind": rng.integers(0, ni, size=k),
                "city": _wchoice(rng, CN_CITIES, CN_CITY_W, k)}

    def key(p):
        city = np.where(p["pat"] == 2, 99, p["city"])          # the city is part of the name unless pattern 2
        same = p["a"] == p["b"]                                  # a brand of one character twice: redraw it
        k = ((city * 100 + p["a"]) * 100 + p["b"]) * 100 + p["ind"]
        return np.where(same, -1, k)

    parts = _unique_names(rng, key, draw, n, rounds=40)
    bad = parts["a"] == parts["b"]
    parts["b"][bad] = (parts["b"][bad] + 1) % nb
    form = _wchoice(rng, CN_FORM, [f[2] for f in CN_FORM], n)
    city = parts["city"] if city is None else np.asarray(city)
    nd = np.array([len(CN_CITIES[c][6]) for c in city.tolist()])
    dist = (rng.random(n) * nd).astype(int)
    road = rng.integers(0, len(CN_ROADS), size=n)
    num = rng.integers(1, 1200, size=n)
    has_b = rng.random(n) < 0.55
    bldg = rng.integers(0, len(CN_BLDG), size=n)
    bkind = rng.integers(0, len(CN_BLDG_KIND), size=n)
    floor = rng.integers(1, 33, size=n)
    room = rng.integers(1, 30, size=n)
    pcs = rng.integers(0, 1000, size=n)
    mobile = rng.random(n) < 0.25
    subs = _subscriber(rng, n, 8, 2, 8)
    mob = ["1%d%09d" % (a, b) for a, b in zip(rng.choice([3, 5, 7, 8, 9], size=n).tolist(), rng.integers(0, 10 ** 9, size=n).tolist())]
    has2 = rng.random(n) < 0.15
    mob2 = ["1%d%09d" % (a, b) for a, b in zip(rng.choice([3, 5, 8], size=n).tolist(), rng.integers(0, 10 ** 9, size=n).tolist())]
    ext = rng.integers(800, 900, size=n)
    has_ext = rng.random(n) < 0.08
    admin = [CN_CITIES[c][6][d][2] for c, d in zip(city.tolist(), dist.tolist())]
    tax = v_uscc(rng, n, admin)
    dstyle = rng.integers(0, 4, size=n)
    gi = rng.integers(0, len(CN_GIVEN), size=n)
    si = rng.integers(0, len(CN_SURNAME), size=n)
    form, city, dist, road, num, has_b, bldg, bkind, floor, room, pcs, mobile, subs, mob, has2, mob2, ext, has_ext, dstyle, gi, si = [v.tolist() if isinstance(v, np.ndarray) else v for v in (form, city, dist, road, num, has_b, bldg, bkind, floor, room, pcs, mobile, subs, mob, has2, mob2, ext, has_ext, dstyle, gi, si)]
    parts = {k: v.tolist() for k, v in parts.items()}
    E = {k: [] for k in ENT_KEYS}
    slugs, plocals = [], []
    for i in range(n):
        a, b, ind, c = parts["a"][i], parts["b"][i], parts["ind"][i], city[i]
        py = CN_BRAND[a][1] + CN_BRAND[b][1]
        ds = dstyle[i]
        slug = py if ds == 0 else (py + "-" + CN_IND[ind][2] if ds == 1 else (py + CN_IND[ind][2] if ds == 2 else
                                                                               CN_CITY_ABBR[c] + py))
        slugs.append(slug)
        plocals.append(CN_SURNAME[si[i]][1] + ("." if gi[i] % 2 else "") + CN_GIVEN[gi[i]])
        E["nm"].append((parts["pat"][i], a, b, ind, form[i]))
        E["addr"].append((dist[i], road[i], num[i], bldg[i] if has_b[i] else -1, bkind[i], floor[i], room[i] + 100 * floor[i]))
        E["pc"].append(CN_CITIES[c][4] + "%03d" % pcs[i])
        E["ph"].append(("", mob[i]) if mobile[i] else (CN_CITIES[c][5], subs[i]))
        E["ph2"].append(("", mob2[i]) if has2[i] else None)
        E["ext"].append(str(ext[i]) if has_ext[i] and not mobile[i] else "")
    E["ctry"] = ["CN"] * n
    E["city"] = list(city)
    E["lat"] = (rng.random(n) < 0.22).tolist()
    E["tax"] = tax
    E.update(_common_tail(rng, n, "CN", slugs, plocals, 0.22))
    return E


# --- Japan -------------------------------------------------------------------------------------
JP_CITY_W = [30, 14, 8, 8, 5, 5, 5, 4, 3, 3]


def gen_jp(rng, n, city=None):
    def draw(k):
        pat = _wchoice(rng, [0, 1, 2, 3], [0.45, 0.25, 0.20, 0.10], k)
        a = np.where((pat == 0) | (pat == 3), rng.integers(0, len(JP_KANJI), size=k), rng.integers(0, len(JP_KATA), size=k))
        b = np.where(pat >= 2, rng.integers(0, len(JP_KSUF), size=k), 0)
        ind = np.where(pat <= 1, rng.integers(0, len(JP_IND), size=k), 0)
        # a second, optional prefix word widens the name space: stored in the top digits of a
        pre = np.where(rng.random(k) < 0.55, rng.integers(1, len(JP_PREFIX), size=k), 0)
        return {"pat": pat, "a": a + 1000 * pre, "b": b, "ind": ind}

    def jkey(pat, a, b, ind):
        base = (JP_KANJI if pat in (0, 3) else JP_KATA)[a % 1000][0]
        return JP_PREFIX[a // 1000][0] + base + (JP_IND[ind][0] if pat <= 1 else JP_KSUF[b][0])

    parts = _unique_names(rng, None, draw, n, rounds=60, strkey=jkey)
    form = _wchoice(rng, JP_FORM, [f[1] for f in JP_FORM], n)
    pre_form = rng.random(n) < 0.5
    city = _wchoice(rng, JP_CITIES, JP_CITY_W, n) if city is None else np.asarray(city)
    nw = np.array([len(JP_CITIES[c][4]) for c in city.tolist()])
    ward = (rng.random(n) * nw).astype(int)
    town = (rng.random(n) * np.array([len(JP_TOWNS[c]) for c in city.tolist()])).astype(int)
    chome = rng.integers(1, 10, size=n)
    ban = rng.integers(1, 31, size=n)
    go = rng.integers(1, 21, size=n)
    has_b = rng.random(n) < 0.5
    bldg = rng.integers(0, len(JP_BLDG), size=n)
    floor = rng.integers(1, 16, size=n)
    pc4 = rng.integers(0, 10000, size=n)
    mobile = rng.random(n) < 0.12
    mob = ["%d0%08d" % (a, b) for a, b in zip(rng.choice([9, 8, 7], size=n).tolist(), rng.integers(0, 10 ** 8, size=n).tolist())]
    has2 = rng.random(n) < 0.12
    sub8 = _subscriber(rng, n, 8)
    mob2 = ["90%08d" % v for v in rng.integers(0, 10 ** 8, size=n).tolist()]
    tax = v_jp_corp(rng, n)
    form, pre_form, city, ward, town, chome, ban, go, has_b, bldg, floor, pc4, mobile, mob, has2, sub8, mob2 = [v.tolist() if isinstance(v, np.ndarray) else v for v in (form, pre_form, city, ward, town, chome, ban, go, has_b, bldg, floor, pc4, mobile, mob, has2, sub8, mob2)]
    parts = {k: v.tolist() for k, v in parts.items()}
    E = {k: [] for k in ENT_KEYS}
    slugs, plocals = [], []
    sn = rng.integers(0, 30, size=n)
    ini = rng.integers(0, 26, size=n)
    for i in range(n):
        pat, a, b, ind = parts["pat"][i], parts["a"][i], parts["b"][i], parts["ind"][i]
        c = city[i]
        area = JP_CITIES[c][3]
        base = (JP_KANJI if pat in (0, 3) else JP_KATA)[a % 1000][1]
        pre = a // 1000
        tail = JP_IND[ind][1] if pat <= 1 else JP_KSUF[b][1]
        slug = slugify((JP_PREFIX[pre][1] + " " if pre else "") + base + ("-" + tail if i % 3 else ""))
        slugs.append(slug)
        plocals.append(JP_KANJI[sn[i]][1].lower() + ("." if i % 2 else "") + chr(97 + ini[i]))
        E["nm"].append((pat, a, b, ind, form[i] * 2 + pre_form[i]))
        E["addr"].append((ward[i], town[i], chome[i], ban[i], go[i], bldg[i] if has_b[i] else -1, floor[i]))
        E["pc"].append(JP_CITIES[c][4][ward[i]][2] + "-%04d" % pc4[i])
        E["ph"].append(("", mob[i]) if mobile[i] else (area, sub8[i][:9 - len(area)]))
        E["ph2"].append(("", mob2[i]) if has2[i] else None)
        E["ext"].append("")
    E["ctry"] = ["JP"] * n
    E["city"] = list(city)
    E["lat"] = (rng.random(n) < 0.18).tolist()
    E["tax"] = tax
    E.update(_common_tail(rng, n, "JP", slugs, plocals, 0.12))
    return E


JP_COMMON = _pairs("田中商店/Tanaka Shoten|山田工務店/Yamada Komuten|佐藤電気商会/Sato Denki Shokai|鈴木鉄工所/Suzuki Tekkosho|"
                   "中村建材店/Nakamura Kenzaiten|高橋印刷所/Takahashi Insatsusho")
JP_PREFIX = [("", "")] + _pairs("新/Shin|東/Higashi|西/Nishi|北/Kita|南/Minami|第一/Daiichi|日本/Nihon|関東/Kanto|大/Dai|中央/Chuo|丸/Maru|"
                                "東京/Tokyo|大阪/Osaka|関西/Kansai|九州/Kyushu|北陸/Hokuriku|東北/Tohoku|四国/Shikoku|湘南/Shonan|"
                                "京浜/Keihin|阪神/Hanshin|中京/Chukyo|北海道/Hokkaido|三/San|千葉/Chiba")


# --- Germany -----------------------------------------------------------------------------------
def gen_de(rng, n, city=None):
    ns, nb, ni, nt = len(DE_SURNAME), len(DE_BRAND), len(DE_IND), len(DE_TSUF)
    trade = np.array([w in DE_TRADE_FIRST for w in DE_IND])

    def draw(k):
        pat = _wchoice(rng, range(8), [0.24, 0.12, 0.16, 0.08, 0.10, 0.05, 0.10, 0.15], k)
        a = np.where((pat == 2) | (pat == 4), rng.integers(0, nb, size=k), rng.integers(0, ns, size=k))
        b = np.select([pat == 1, pat == 4, pat >= 6], [rng.integers(0, ns, size=k), rng.integers(0, nt, size=k),
                                                        rng.integers(0, len(DE_FIRST), size=k)], 0)
        ind = np.where((pat == 3) | (pat == 6), np.flatnonzero(trade)[rng.integers(0, int(trade.sum()), size=k)],
                       np.where((pat == 1) | (pat == 4) | (pat == 5), 0, rng.integers(0, ni, size=k)))
        return {"pat": pat, "a": a, "b": b, "ind": ind}

    parts = _unique_names(rng, None, draw, n, rounds=60, strkey=lambda *t: _nkey(de_core(t + (0,))))
    form = _wchoice(rng, DE_FORM, [f[1] for f in DE_FORM], n)
    city = rng.integers(0, len(DE_CITIES), size=n) if city is None else np.asarray(city)
    lo = np.array([DE_CITIES[c][2] for c in city.tolist()])
    hi = np.array([DE_CITIES[c][3] for c in city.tolist()])
    pc = lo + (rng.random(n) * (hi - lo + 1)).astype(int)
    street = rng.integers(0, len(DE_STREET), size=n)
    num = rng.integers(1, 180, size=n)
    let = np.where(rng.random(n) < 0.12, rng.integers(1, 4, size=n), 0)
    extra = np.where(rng.random(n) < 0.12, rng.integers(1, 6, size=n), 0)
    mobile = rng.random(n) < 0.10
    sub8 = _subscriber(rng, n, 8)
    mob = ["1%s%07d" % (p, x) for p, x in zip(rng.choice(["51", "60", "70", "71", "72", "76", "77", "78"], size=n).tolist(), rng.integers(0, 10 ** 7, size=n).tolist())]
    has2 = rng.random(n) < 0.12
    mob2 = ["17%d%07d" % (p, x) for p, x in zip(rng.integers(0, 9, size=n).tolist(), rng.integers(0, 10 ** 7, size=n).tolist())]
    ext = rng.integers(0, 300, size=n)
    has_ext = rng.random(n) < 0.25
    tax = v_de_vat(rng, n)
    form, city, pc, street, num, let, extra, mobile, sub8, mob, has2, mob2, ext, has_ext = [v.tolist() if isinstance(v, np.ndarray) else v for v in (form, city, pc, street, num, let, extra, mobile, sub8, mob, has2, mob2, ext, has_ext)]
    parts = {k: v.tolist() for k, v in parts.items()}
    E = {k: [] for k in ENT_KEYS}
    slugs = []
    plocals = _en_person_locals(rng, n, DE_SURNAME)
    for i in range(n):
        pat, a, b, ind, c = parts["pat"][i], parts["a"][i], parts["b"][i], parts["ind"][i], city[i]
        nm = (pat, a, b, ind, form[i])
        slugs.append(slugify(de_core(nm)))
        E["nm"].append(nm)
        E["addr"].append((street[i], num[i], let[i], extra[i]))
        E["pc"].append("%05d" % pc[i])
        area = DE_CITIES[c][4]
        E["ph"].append(("", mob[i]) if mobile[i] else (area, sub8[i][: (10 if len(area) == 2 else 8) - (len(area) - 2)]))
        E["ph2"].append(("", mob2[i]) if has2[i] else None)
        E["ext"].append(str(ext[i]) if has_ext[i] and not mobile[i] else "")
    E["ctry"] = ["DE"] * n
    E["city"] = list(city)
    E["lat"] = [True] * n
    E["tax"] = tax
    E.update(_common_tail(rng, n, "DE", slugs, plocals, 0.10))
    return E


def de_core(nm, ind_word=None):
    pat, a, b, ind, _ = nm
    iw = ind_word if ind_word is not None else DE_IND[ind]
    if pat == 0:
        return DE_SURNAME[a] + " " + iw
    if pat == 1:
        return DE_SURNAME[a] + " & " + DE_SURNAME[b] + (" " + ind_word if ind_word else "")
    if pat == 2:
        return DE_BRAND[a] + " " + iw
    if pat == 3:
        return iw + " " + DE_SURNAME[a]
    if pat == 4:
        return DE_BRAND[a].replace("-", "") + DE_TSUF[b] + (" " + ind_word if ind_word else "")
    if pat == 9:
        return DE_COMMON[a]
    if pat == 6:                                               # Elektro Peter Schmidt
        return iw + " " + DE_FIRST[b] + " " + DE_SURNAME[a]
    if pat == 7:                                               # Hans Müller Maschinenbau
        return DE_FIRST[b] + " " + DE_SURNAME[a] + " " + iw
    return DE_SURNAME[a] + (" " + ind_word if ind_word else "")


DE_COMMON = _sp("Müller|Schmidt & Söhne|Bäckerei Müller|Autohaus Schmidt|Elektro Weber|Schneider Bau|Malerbetrieb Fischer|Meyer Transporte")


# --- France ------------------------------------------------------------------------------------
def gen_fr(rng, n, city=None):
    ns, nb, ni = len(FR_SURNAME), len(FR_BRAND), len(FR_IND)

    def draw(k):
        pat = _wchoice(rng, range(9), [0.26, 0.10, 0.05, 0.16, 0.08, 0.12, 0.06, 0.06, 0.11], k)
        a = np.where((pat == 3) | (pat == 4), rng.integers(0, nb, size=k), rng.integers(0, ns, size=k))
        b = np.where((pat == 5) | (pat == 8), rng.integers(0, ns, size=k), 0)
        ind = np.where(np.isin(pat, [0, 1, 3, 4, 5, 8]), rng.integers(0, ni, size=k), 0)
        return {"pat": pat, "a": a, "b": b, "ind": ind}

    parts = _unique_names(rng, None, draw, n, rounds=60, strkey=lambda *t: _nkey(fr_core(t + (0,))))
    form = _wchoice(rng, FR_FORM, [f[1] for f in FR_FORM], n)
    pre_form = rng.random(n) < 0.2
    city = _wchoice(rng, FR_CITIES, [12] + [3] * 5 + [2] * (len(FR_CITIES) - 6), n) if city is None else np.asarray(city)
    pci = rng.integers(0, 1000, size=n)
    street = rng.integers(0, len(FR_STREET), size=n)
    num = rng.integers(1, 160, size=n)
    bis = np.where(rng.random(n) < 0.06, rng.integers(1, 3, size=n), 0)
    extra = np.where(rng.random(n) < 0.15, rng.integers(1, 6, size=n), 0)
    mobile = rng.random(n) < 0.15
    sub8 = ["%08d" % x for x in rng.integers(0, 10 ** 8, size=n).tolist()]
    mob = ["%d%08d" % (p, x) for p, x in zip(rng.choice([6, 7], size=n).tolist(), rng.integers(0, 10 ** 8, size=n).tolist())]
    has2 = rng.random(n) < 0.12
    mob2 = ["6%08d" % x for x in rng.integers(0, 10 ** 8, size=n).tolist()]
    tax = v_fr_vat(rng, n)
    form, pre_form, city, pci, street, num, bis, extra, mobile, sub8, mob, has2, mob2 = [v.tolist() if isinstance(v, np.ndarray) else v for v in (form, pre_form, city, pci, street, num, bis, extra, mobile, sub8, mob, has2, mob2)]
    parts = {k: v.tolist() for k, v in parts.items()}
    E = {k: [] for k in ENT_KEYS}
    slugs = []
    plocals = _en_person_locals(rng, n, FR_SURNAME)
    for i in range(n):
        c = city[i]
        nm = (parts["pat"][i], parts["a"][i], parts["b"][i], parts["ind"][i], form[i] * 2 + pre_form[i])
        slugs.append(slugify(fr_core(nm)))
        E["nm"].append(nm)
        E["addr"].append((street[i], num[i], bis[i], extra[i]))
        pcs = FR_CITIES[c][2]
        E["pc"].append(pcs[pci[i] % len(pcs)])
        E["ph"].append(("", mob[i]) if mobile[i] else (FR_CITIES[c][3], sub8[i]))
        E["ph2"].append(("", mob2[i]) if has2[i] else None)
        E["ext"].append("")
    E["ctry"] = ["FR"] * n
    E["city"] = list(city)
    E["lat"] = [True] * n
    E["tax"] = tax
    E.update(_common_tail(rng, n, "FR", slugs, plocals, 0.12))
    return E


def _fr_de(word):
    w = strip_accents(word).lower()
    if w[0] in "aeiouyh":
        return "de l'" + word
    return ("de la " if word.endswith("e") and not word.endswith("ne") else "du ") + word


def fr_core(nm, ind_word=None):
    pat, a, b, ind, _ = nm
    iw = ind_word if ind_word is not None else FR_IND[ind]
    if pat == 0:
        return iw + " " + FR_SURNAME[a]
    if pat == 1:
        return FR_SURNAME[a] + " " + iw
    if pat == 2:
        return FR_SURNAME[a] + " et Fils" + (" " + ind_word if ind_word else "")
    if pat == 3:
        return FR_BRAND[a] + " " + iw
    if pat == 4:
        return iw + " " + _fr_de(FR_BRAND[a])
    if pat == 5:
        return FR_SURNAME[a] + "-" + FR_SURNAME[b] + " " + iw
    if pat == 6:
        return FR_SURNAME[a] + (" " + ind_word if ind_word else "")
    if pat == 9:
        return FR_COMMON[a]
    if pat == 8:                                               # Plomberie Martin et Durand
        return iw + " " + FR_SURNAME[a] + " et " + FR_SURNAME[b]
    return "Établissements " + FR_SURNAME[a] + (" " + ind_word if ind_word else "")


FR_COMMON = _sp("Martin et Fils|Boulangerie Martin|Transports Bernard|Dupont|Garage Moreau|Pharmacie Centrale|Plomberie Durand")


# --- English-speaking: GB, US, SG, HK ----------------------------------------------------------
def gen_en(rng, n, ctry, city_override=None):
    sur = EN_SURNAME if ctry in ("GB", "US") else ASIA_EN_SURNAME + EN_SURNAME[:60]
    places = EN_PLACE[ctry]
    ns, na, nn, ni, npl = len(sur), len(EN_ADJ), len(EN_NOUN), len(EN_IND), len(places)

    def draw(k):
        pat = _wchoice(rng, range(8), [0.22, 0.10, 0.25, 0.10, 0.12, 0.05, 0.06, 0.10], k)
        a = np.select([np.isin(pat, [0, 1, 5]), np.isin(pat, [2, 3, 6]), pat == 4],
                      [rng.integers(0, ns, size=k), rng.integers(0, na, size=k), rng.integers(0, npl, size=k)],
                      rng.integers(0, nn, size=k))
        b = np.select([pat == 1, np.isin(pat, [2, 6]), pat == 5], [rng.integers(0, ns, size=k), rng.integers(0, nn, size=k),
                                                                     rng.integers(0, 3, size=k)], 0)
        ind = np.where(np.isin(pat, [1, 5]), 0, rng.integers(0, ni, size=k))
        return {"pat": pat, "a": a, "b": b, "ind": ind}

    parts = _unique_names(rng, None, draw, n, rounds=60, strkey=lambda *t: _nkey(en_core(ctry, t + (0,))))
    forms = EN_FORM[ctry]
    form = _wchoice(rng, forms, [f[1] for f in forms], n)
    if ctry == "GB":
        city = rng.integers(0, len(GB_CITIES), size=n)
        city = np.where(rng.random(n) < 0.3, 0, city)               # London-heavy
    elif ctry == "US":
        city = rng.integers(0, len(US_CITIES), size=n)
    else:
        city = np.zeros(n, dtype=int)
    if city_override is not None:
        city = np.asarray(city_override)
    city = np.asarray(city).tolist()
    gb_pcs = [c[1].split("|") for c in GB_CITIES]
    us_acs = [c[4].split("|") for c in US_CITIES]
    street = rng.integers(0, {"GB": len(GB_STREET), "US": len(US_STREET), "SG": len(SG_STREET), "HK": len(HK_STREET)}[ctry], size=n)
    num = np.where(rng.random(n) < 0.5, rng.integers(1, 120, size=n), rng.integers(1, 3000 if ctry == "US" else 400, size=n))
    unit = np.where(rng.random(n) < 0.45, rng.integers(1, 40, size=n), 0)
    floor = rng.integers(1, 40, size=n)
    bldg = np.where(rng.random(n) < (0.6 if ctry in ("SG", "HK") else 0.2), rng.integers(0, 14, size=n), -1)
    direc = np.where((rng.random(n) < 0.15) & (ctry == "US"), rng.integers(1, 5, size=n), 0)
    dist = rng.integers(0, len(HK_DISTRICT), size=n)
    sub8 = _subscriber(rng, n, 8)
    mobile = rng.random(n) < 0.12
    mob9 = ["7%s" % x for x in _subscriber(rng, n, 9, 4, 9)]
    has2 = rng.random(n) < 0.12
    ext = rng.integers(10, 999, size=n)
    has_ext = rng.random(n) < (0.15 if ctry == "US" else 0.05)
    plus4 = rng.integers(1, 9999, size=n)
    has4 = rng.random(n) < 0.3
    pcd = rng.integers(0, 100, size=n)
    inward = [str(d) + "ABDEFGHJLNPQRSTUWXYZ"[x] + "ABDEFGHJLNPQRSTUWXYZ"[y] for d, x, y in
              zip(rng.integers(0, 10, size=n).tolist(), rng.integers(0, 20, size=n).tolist(), rng.integers(0, 20, size=n).tolist())]
    sgpc = rng.integers(10000, 830000, size=n)
    zr = rng.random(n)
    tax = {"GB": v_gb_vat, "US": v_ein, "SG": v_sg_uen, "HK": v_hk_br}[ctry](rng, n)
    form, street, num, unit, floor, bldg, direc, dist, sub8, mobile, mob9, has2, ext, has_ext, plus4, has4, pcd, inward, sgpc, zr = [v.tolist() if isinstance(v, np.ndarray) else v for v in (form, street, num, unit, floor, bldg, direc, dist, sub8, mobile, mob9, has2, ext, has_ext, plus4, has4, pcd, inward, sgpc, zr)]
    parts = {k: v.tolist() for k, v in parts.items()}
    E = {k: [] for k in ENT_KEYS}
    slugs = []
    plocals = _en_person_locals(rng, n, sur)
    for i in range(n):
        c = city[i]
        nm = (parts["pat"][i], parts["a"][i], parts["b"][i], parts["ind"][i], form[i])
        core = en_core(ctry, nm)
        slugs.append(slugify(core).replace("-", "") if i % 2 else slugify(core))
        E["nm"].append(nm)
        E["addr"].append((street[i], num[i], unit[i], floor[i], bldg[i], direc[i], dist[i]))
        if ctry == "GB":
            pcs = gb_pcs[c]
            E["pc"].append(pcs[pcd[i] % len(pcs)] + " " + inward[i])
            area, ln = GB_CITIES[c][2], GB_CITIES[c][3]
            E["ph"].append(("", mob9[i]) if mobile[i] else (area, sub8[i][:ln]))
            E["ph2"].append(("", mob9[(i * 7 + 3) % n]) if has2[i] else None)
        elif ctry == "US":
            lo, hi = US_CITIES[c][2], US_CITIES[c][3]
            z = "%05d" % (lo + int(zr[i] * (hi - lo + 1)))
            E["pc"].append(z + ("-%04d" % plus4[i] if has4[i] else ""))
            acs = us_acs[c]
            E["ph"].append((acs[pcd[i] % len(acs)], sub8[i][:7]))
            E["ph2"].append((acs[0], sub8[(i * 7 + 3) % n][:7]) if has2[i] else None)
        elif ctry == "SG":
            E["pc"].append("%06d" % sgpc[i])
            E["ph"].append(("", ("6" if not mobile[i] else "9") + sub8[i][1:]))
            E["ph2"].append(("", "8" + sub8[(i * 7 + 3) % n][1:]) if has2[i] else None)
        else:
            E["pc"].append("")
            E["ph"].append(("", ("2" if pcd[i] < 60 else "3") + sub8[i][1:] if not mobile[i] else "9" + sub8[i][1:]))
            E["ph2"].append(("", "6" + sub8[(i * 7 + 3) % n][1:]) if has2[i] else None)
        E["ext"].append(str(ext[i]) if has_ext[i] else "")
    E["ctry"] = [ctry] * n
    E["city"] = city
    E["lat"] = [True] * n
    E["tax"] = tax
    E.update(_common_tail(rng, n, ctry, slugs, plocals, {"GB": 0.10, "US": 0.12, "SG": 0.15, "HK": 0.15}[ctry]))
    return E


def en_core(ctry, nm, ind_word=None):
    pat, a, b, ind, _ = nm
    sur = EN_SURNAME if ctry in ("GB", "US") else ASIA_EN_SURNAME + EN_SURNAME[:60]
    iw = ind_word if ind_word is not None else EN_IND[ind]
    if pat == 0:
        return sur[a] + " " + iw
    if pat == 1:
        return sur[a] + " & " + sur[b] + (" " + ind_word if ind_word else "")
    if pat == 2:
        return EN_ADJ[a] + " " + EN_NOUN[b] + " " + iw
    if pat == 3:
        return EN_ADJ[a] + " " + iw
    if pat == 4:
        return EN_PLACE[ctry][a] + " " + iw
    if pat == 5:
        return sur[a] + (" & Sons", " Brothers", " & Co")[b] + (" " + ind_word if ind_word else "")
    if pat == 6:
        return EN_ADJ[a] + EN_NOUN[b].lower() + " " + iw
    if pat == 9:
        return EN_COMMON[ctry][a]
    return EN_NOUN[a] + " " + iw


EN_COMMON = {"GB": _sp("Smith & Sons|Jones & Co|Williams Builders|Taylor Plumbing|Brown & Partners|Patel Pharmacy|Wilson Motors"),
             "US": _sp("Smith Brothers|Johnson & Sons|Williams Construction|Miller Plumbing|Brown Family Dental|Davis Auto Repair|Garcia Landscaping"),
             "SG": _sp("Tan Brothers Trading|Lim & Co|Lee Engineering Works"),
             "HK": _sp("Wong Brothers Trading|Chan & Co|Lee Kee Trading")}


# ----------------------------------------------------------------------------------------------
# noise primitives
# ----------------------------------------------------------------------------------------------
_KB_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
KB_ADJ: dict[str, str] = {}
for _r, _row in enumerate(_KB_ROWS):
    for _c, _ch in enumerate(_row):
        nb = []
        for dr in (-1, 0, 1):
            rr = _r + dr
            if 0 <= rr < len(_KB_ROWS):
                for dc in ((-1, 1) if dr == 0 else (0, 1) if dr == -1 else (-1, 0)):
                    cc = _c + dc
                    if 0 <= cc < len(_KB_ROWS[rr]):
                        nb.append(_KB_ROWS[rr][cc])
        KB_ADJ[_ch] = "".join(nb)
OCR_SUB = {"O": "0", "0": "O", "o": "0", "l": "1", "1": "l", "I": "1", "i": "l", "S": "5", "5": "S", "B": "8",
           "8": "B", "Z": "2", "2": "Z", "G": "6", "6": "G", "e": "c", "u": "v"}


def typo(s: str, rnd: random.Random) -> str:
    n = len(s)
    if n < 3:
        return s
    for _ in range(6):
        i = rnd.randrange(n)
        if s[i].isalnum():
            break
    else:
        return s
    ch = s[i]
    op = rnd.random()
    if op < 0.30:                                           # keyboard neighbour
        nb = KB_ADJ.get(ch.lower())
        if nb and ord(ch) < 128:
            r = nb[rnd.randrange(len(nb))]
            return s[:i] + (r.upper() if ch.isupper() else r) + s[i + 1:]
        return s[:i] + s[i + 1:]
    if op < 0.48:                                           # deletion
        return s[:i] + s[i + 1:]
    if op < 0.60:                                           # doubled letter
        return s[:i] + ch + s[i:]
    if op < 0.78:                                           # transposition
        if i + 1 < n and s[i + 1].isalnum():
            return s[:i] + s[i + 1] + ch + s[i + 2:]
        return s[:i] + s[i + 1:]
    # OCR-like confusion
    j = s.find("rn")
    if j >= 0 and rnd.random() < 0.3:
        return s[:j] + "m" + s[j + 2:]
    cands = [k for k, c in enumerate(s) if c in OCR_SUB]
    if cands:
        k = cands[rnd.randrange(len(cands))]
        return s[:k] + OCR_SUB[s[k]] + s[k + 1:]
    j = s.find("m")
    if j >= 0:
        return s[:j] + "rn" + s[j + 1:]
    return s[:i] + s[i + 1:]


def digit_typo(s: str, rnd: random.Random) -> str:
    idx = [k for k, c in enumerate(s) if c.isdigit()]
    if len(idx) < 2:
        return s
    k = idx[rnd.randrange(len(idx))]
    if rnd.random() < 0.5:                                  # substitution
        d = str((int(s[k]) + rnd.randrange(1, 10)) % 10)
        return s[:k] + d + s[k + 1:]
    p = idx.index(k)                                        # transposition with the next digit
    k2 = idx[p + 1] if p + 1 < len(idx) else idx[p - 1]
    a, b = sorted((k, k2))
    if s[a] == s[b]:
        return s[:a] + str((int(s[a]) + 1) % 10) + s[a + 1:]
    return s[:a] + s[b] + s[a + 1:b] + s[a] + s[b + 1:]


EN_ABBR = [(k, v.split("|")) for k, v in [
    ("International", "Intl|Int'l|Intl."), ("Technologies", "Tech|Techs|Technology"), ("Technology", "Tech|Techn."),
    ("Manufacturing", "Mfg|Mfg.|Manuf."), ("Services", "Svcs|Svc|Servs|Service"), ("Engineering", "Eng|Engg|Eng."),
    ("Systems", "Sys|Systs"), ("Industries", "Inds|Ind.|Industry"), ("Industrial", "Indl|Ind."), ("Construction", "Constr.|Const."),
    ("Distribution", "Dist.|Distr."), ("Associates", "Assoc.|Assocs"), ("Management", "Mgmt|Mgt"),
    ("Pharmaceuticals", "Pharma|Pharm."), ("Pharmaceutical", "Pharma"), ("Laboratories", "Labs|Lab"),
    ("Communications", "Comms|Comm."), ("Brothers", "Bros.|Bros"), ("Developments", "Devs|Dev."), ("Development", "Dev.|Devt"),
    ("Electronics", "Elec.|Electr."), ("Electronic", "Elec."), ("Environmental", "Env.|Enviro"), ("Products", "Prods|Prod."),
    ("Properties", "Props|Property"), ("Supplies", "Supply|Supp."), ("Network", "Net|Ntwk"), ("Networks", "Nets|Network"),
    ("Information", "Info|Inf."), ("Equipment", "Equip.|Eqpt"), ("Machinery", "Mach."), ("Consulting", "Consult.|Consultancy|Consultants"),
    ("Marketing", "Mktg"), ("Financial", "Fin.|Finl"), ("Medical", "Med."), ("Transport", "Trans.|Transportation"),
    ("Investments", "Invest.|Investment"), ("Investment", "Invest.|Inv."), ("Trading", "Trdg|Trade"), ("Logistics", "Logistic|Log."),
    ("Holdings", "Hldgs|Holding"), ("Laboratory", "Lab"), ("Mountain", "Mtn"), ("Instruments", "Instr."),
    ("Center", "Ctr"), ("Centre", "Ctr"), ("Group", "Grp"), ("Software", "Soft."), ("Solutions", "Soln|Solution"),
    ("Company", "Co.|Co"), ("Corporation", "Corp.|Corp"), (" & ", " and | + |&"), (" and ", " & ")]]
DE_ABBR = [(k, v.split("|")) for k, v in [
    ("Dienstleistungen", "DL|Dienstl.|Dienstleistung"), ("Elektrotechnik", "E-Technik|Elektrotechn."), ("Gebäudereinigung", "Gebäudereinig.|Gebaeudereinigung"),
    ("Steuerberatung", "StB|Steuerber."), ("Personalservice", "Personal-Service|Personal Service"), ("IT-Service", "IT Service|IT-Services|IT-Dienstleistungen"),
    ("Beteiligungen", "Beteiligungs|Beteil."), ("Verwaltungs", "Verw.|Verwaltung"), ("Transporte", "Transport|Trans."),
    ("Medizintechnik", "Medizin-Technik|Med.-Technik"), ("Maschinenbau", "Maschinen-Bau|Masch.-Bau"), ("Immobilien", "Immob.|Immo"),
    ("Logistik", "Logistic|Log."), (" & ", " und | u. |&"), ("Spedition", "Spedit.|Speditions"), ("Handel", "Hdl.|Handels"),
    ("Söhne", "Soehne|Sohn")]]
FR_ABBR = [(k, v.split("|")) for k, v in [
    ("Établissements", "Ets|Ets.|Etablissements|Éts"), ("Transports", "Transp.|Trans.|Transport"), ("Services", "Serv.|Svcs|Service"),
    ("Industries", "Ind.|Industrie"), ("Développement", "Dév.|Dev|Developpement"), ("Technologies", "Tech|Technos|Technologie"),
    ("Informatique", "Info|Infor.|Informatiques"), ("Ingénierie", "Ingé.|Ingenierie"), ("Import Export", "Import-Export|Imp. Exp.|Import/Export"),
    ("Travaux Publics", "TP|T.P.|Trav. Publics"), ("Expertise Comptable", "Expert. Compt.|Expertise-Comptable"), (" et Fils", " & Fils| et fils| & fils"),
    ("Communication", "Com|Comm."), ("Participations", "Particip.|Part."), ("Électricité", "Elec.|Electricite|Élec."),
    ("Immobilier", "Immo|Immob."), ("Automobiles", "Auto|Autos"), ("Logistique", "Log.|Logistic"), ("Bâtiment", "Bat.|Batiment|BTP")]]
ABBR = {"EN": EN_ABBR, "DE": DE_ABBR, "FR": FR_ABBR}


ABBR_RX = {k: (re.compile("|".join(re.escape(w) for w, _ in sorted(t, key=lambda kv: -len(kv[0])))), dict(t)) for k, t in ABBR.items()}


def abbreviate(s: str, table, rnd, p) -> str:
    """replace some of the words found in table (a key of ABBR_RX) by one of their abbreviations."""
    rx, alts = ABBR_RX[table]
    hits = rx.findall(s)
    if not hits:
        return s
    for k in hits:
        if rnd.random() < p:
            a = alts[k]
            s = s.replace(k, a[rnd.randrange(len(a))], 1)
    return s


def word_noise(core: str, rnd: random.Random, h: int) -> str:
    """drop or swap words of a Latin-script name core (duplicates only)."""
    if not h:
        return core
    r = rnd.random()
    if r < 0.07:
        w = core.split(" ")
        if len(w) >= 3:
            del w[rnd.randrange(1, len(w))]
            return " ".join(w)
    elif r < 0.10:
        w = core.split(" ")
        if len(w) >= 2:
            i = rnd.randrange(len(w) - 1)
            w[i], w[i + 1] = w[i + 1], w[i]
            return " ".join(w)
    return core


_FINISH_P = {}


def latin_finish(s: str, rnd: random.Random, h: int, typo_p=(0.03, 0.18)) -> str:
    """typos, case, punctuation and spacing noise on a Latin-script string. Each operation keeps its own
    marginal probability; one draw first decides whether anything happens at all (the common case)."""
    key = (typo_p, h)
    ps = _FINISH_P.get(key)
    if ps is None:
        p = (typo_p[h], (0.04, 0.10)[h], (0.0, 0.08)[h], (0.005, 0.02)[h])
        none = 1.0
        for x in p:
            none *= 1.0 - x
        ps = _FINISH_P[key] = (1.0 - none,) + tuple(x / (1.0 - none) for x in p)
    if rnd.random() >= ps[0]:
        return s
    if rnd.random() < ps[1]:
        s = typo(s, rnd)
        if h and rnd.random() < 0.15:
            s = typo(s, rnd)
    if rnd.random() < ps[2]:
        r = rnd.random()
        s = s.upper() if r < 0.7 else (s.lower() if r < 0.85 else s.title())
    if rnd.random() < ps[3]:
        s = s.replace(".", "").replace(",", "")
    if rnd.random() < ps[4]:
        s = s.replace(" ", "  ", 1)
    return s


LEGAL_VAR = {
    "Ltd": "Limited|Ltd.|LTD|ltd", "Ltd.": "Ltd|Limited|LTD.", "Limited": "Ltd|Ltd.|LIMITED|Ltd", "PLC": "Plc|plc|P.L.C.|Public Limited Company",
    "LLP": "L.L.P.|Llp|LLP.", "Inc.": "Inc|Incorporated|INC.|Inc.", "Inc": "Inc.|Incorporated", "Incorporated": "Inc.|Inc",
    "LLC": "L.L.C.|Llc|LLC.|Limited Liability Company", "Corp.": "Corp|Corporation|CORP.", "Corporation": "Corp.|Corp",
    "Co.": "Co|Company|Co.", "L.P.": "LP|L.P|Limited Partnership",
    "Pte. Ltd.": "Pte Ltd|PTE. LTD.|Pte. Limited|Private Limited|Pte Ltd.", "Pte Ltd": "Pte. Ltd.|PTE LTD|Private Limited",
    "Private Limited": "Pte. Ltd.|Pte Ltd", "Company Limited": "Co. Ltd.|Co., Ltd.|Limited|Co Ltd", "(HK) Limited": "(H.K.) Limited|(HK) Ltd|Limited|HK Limited",
    "GmbH": "G.m.b.H.|Gmbh|GMBH|mbH|Gesellschaft mit beschränkter Haftung", "GmbH & Co. KG": "GmbH & Co KG|GmbH u. Co. KG|GmbH&Co.KG|GmbH + Co. KG|GmbH & Co. Kommanditgesellschaft",
    "AG": "Aktiengesellschaft|A.G.|AG.", "UG (haftungsbeschränkt)": "UG (haftungsbeschraenkt)|UG|UG (haftungsbeschr.)|UG haftungsbeschränkt|Unternehmergesellschaft (haftungsbeschränkt)",
    "e.K.": "e. K.|eK|e.Kfm.|eingetragener Kaufmann|e.Kfr.", "KG": "Kommanditgesellschaft|K.G.", "OHG": "oHG|o.H.G.|OHG.", "GbR": "G.b.R.|GBR",
    "SAS": "S.A.S.|S.A.S|Sas|SAS.", "SARL": "S.A.R.L.|Sarl|S.a.r.l.|S.à r.l.", "SA": "S.A.|Société Anonyme|S.A", "EURL": "E.U.R.L.|Eurl",
    "SASU": "S.A.S.U.|Sasu|SAS", "SCI": "S.C.I.|Sci", "SNC": "S.N.C.|Snc",
    "Co., Ltd.": "Co. Ltd.|Co.,Ltd.|Company Limited|Co Ltd|Ltd.|Limited|CO., LTD.|Co.,Ltd", "Group Co., Ltd.": "Group Co. Ltd|Group Company Limited|Group Ltd.|Group Co.,Ltd.",
}
LEGAL_VAR = {k: _sp(v) for k, v in LEGAL_VAR.items()}


def legal(form: str, rnd: random.Random, h: int, omit=(0.03, 0.11)) -> str:
    r = rnd.random()
    if r < omit[h]:
        return ""
    if r < omit[h] + (0.07, 0.22)[h]:
        alts = LEGAL_VAR.get(form)
        if alts:
            return alts[rnd.randrange(len(alts))]
    return form


def _join(core: str, form: str) -> str:
    return core + " " + form if form else core


# ----------------------------------------------------------------------------------------------
# per-country rendering: (name, address, city, postcode, phone) of one record of entity i
# ----------------------------------------------------------------------------------------------
class Ctx:
    """per-record style flags"""
    __slots__ = ("h", "fw", "upper", "ascii", "trad", "latin")


HW_KATA = {}
for _cp in range(0xFF66, 0xFF9E):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        HW_KATA[_full] = chr(_cp)
HW_KATA["ー"] = "ｰ"


def halfwidth_kana(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        else:
            out.append(HW_KATA.get(ch, ch))
    return "".join(out)


def name_cn(E, i, rnd, x):
    pat, a, b, ind, form = E["nm"][i]
    c = CN_CITIES[E["city"][i]]
    h = x.h
    if x.latin:
        py = CN_BRAND[a][1].capitalize() + CN_BRAND[b][1]
        if rnd.random() < (0.01, 0.06)[h]:
            py = CN_BRAND[a][1].capitalize() + " " + CN_BRAND[b][1].capitalize()
        ind_en = CN_IND[ind][1] if ind < 1000 else CN_SISTER[ind - 1000][1]
        core = py + " " + abbreviate(ind_en, "EN", rnd, (0.04, 0.18)[h])
        if h and rnd.random() < 0.05:
            core = py
        f = legal(CN_FORM[form][1], rnd, h, (0.02, 0.10))
        r = rnd.random()
        where = pat
        if pat == 0 and h and r < 0.15:
            where = 2
        elif pat == 0 and h and r < 0.25:
            where = 1
        elif pat == 1 and h and r < 0.2:
            where = 0
        if where == 0:
            s = c[1] + " " + _join(core, f)
        elif where == 1:
            s = _join(core + " (" + c[1] + ")", f)
        else:
            s = _join(core, f)
        return latin_finish(s, rnd, h)
    brand = CN_BRAND[a][0] + CN_BRAND[b][0]
    if rnd.random() < (0.01, 0.10)[h]:                       # IME homophone
        k = rnd.randrange(2)
        ch = brand[k]
        brand = brand[:k] + CN_HOMOPHONE.get(ch, ch) + brand[k + 1:]
    elif h and rnd.random() < 0.02:
        brand = brand[::-1]
    ind_zh = CN_IND[ind][0] if ind < 1000 else CN_SISTER[ind - 1000][0]
    r = rnd.random()
    if h and r < 0.05:
        ind_zh = ""
    elif h and r < 0.12 and len(ind_zh) == 4:
        ind_zh = ind_zh[2:]                                  # 网络科技 -> 科技
    fz = CN_FORM[form][0]
    r = rnd.random()
    if r < (0.01, 0.07)[h]:
        fz = ""
    elif h and r < 0.12:
        fz = {"股份有限公司": "有限公司", "有限公司": "有限责任公司", "有限责任公司": "有限公司", "集团有限公司": "集团"}[fz]
    city = c[0]
    r = rnd.random()
    where = pat
    if pat == 0:
        if r < (0.01, 0.10)[h]:
            where = 2                                          # city dropped
        elif r < (0.02, 0.22)[h]:
            where = 1                                          # moved into brackets
        elif r < (0.04, 0.34)[h]:
            city += "市"
    elif pat == 1:
        if r < (0.01, 0.12)[h]:
            where = 0
        elif r < (0.02, 0.25)[h]:
            where = 2
    elif h and r < 0.06:
        where = 0
    if where == 0:
        s = city + brand + ind_zh + fz
    elif where == 1:
        lb, rb = ("（", "）") if rnd.random() < (0.7 if pat == 1 else 0.5) else ("(", ")")
        s = brand + ind_zh + lb + city + rb + fz
    else:
        s = brand + ind_zh + fz
    if x.trad:
        s = s.translate(CN_TRAD)
    if h and rnd.random() < 0.02:
        s = s.replace("有限", " 有限", 1)
    return s


def addr_cn(E, i, rnd, x):
    dist, road, num, bldg, bkind, floor, room = E["addr"][i]
    c = CN_CITIES[E["city"][i]]
    d = c[6][dist]
    r_zh, r_py, r_t = CN_ROADS[road]
    h = x.h
    if x.latin:
        parts = []
        if bldg >= 0 and rnd.random() < 0.85:
            bn = CN_BLDG[bldg][1] + " " + CN_BLDG_KIND[bkind][1]
            fl = rnd.choice(("%d/F" % floor, "%dF" % floor, "Floor %d" % floor, "%dth Floor" % floor)) if h else "%d/F" % floor
            parts.append(("Room %d, " % room if rnd.random() < 0.7 else "Rm %d, " % room) + fl + ", " + bn)
        rt = CN_ROAD_EN[r_t]
        if rnd.random() < (0.1, 0.35)[h]:
            rt = {"Road": "Rd", "Avenue": "Ave", "Street": "St"}[rt]
        s = rnd.random()
        if s < 0.55:
            parts.append("No. %d %s %s" % (num, r_py, rt))
        elif s < 0.8:
            parts.append("%d %s %s" % (num, r_py, rt))
        elif s < 0.93:
            parts.append("%s %s No. %d" % (r_py, rt, num))
        else:
            parts.append("%s %s %d" % (r_py, rt, num))
        if rnd.random() < 0.85:
            parts.append(d[1] + (" District" if rnd.random() < 0.8 else " Dist."))
        if rnd.random() < 0.3:
            parts.append(c[1])
        if c[3] and rnd.random() < 0.15:
            parts.append(c[3] + " Province")
        return latin_finish(", ".join(parts), rnd, h, (0.02, 0.10))
    s = ""
    if c[2] and rnd.random() < (0.45, 0.30)[h]:
        s += c[2]
    if rnd.random() < (0.85, 0.70)[h]:
        s += c[0] + "市"
    if rnd.random() < (0.92, 0.80)[h]:
        s += d[0]
    s += r_zh + r_t + "%d号" % num
    if bldg >= 0 and rnd.random() < (0.92, 0.75)[h]:
        s += CN_BLDG[bldg][0] + CN_BLDG_KIND[bkind][0]
        r = rnd.random()
        if r < 0.45:
            s += "%d层%d室" % (floor, room)
        elif r < 0.75:
            s += "%d楼%d" % (floor, room)
        elif r < 0.9:
            s += "%d室" % room
        else:
            s += "%dF" % floor
    if x.trad:
        s = s.translate(CN_TRAD)
    if x.fw or rnd.random() < 0.08:
        s = s.translate(FW_DIGITS)
    if h and rnd.random() < 0.04:
        k = rnd.randrange(len(s))
        s = s[:k] + s[k + 1:]
    return s


def city_cn(E, i, rnd, x):
    c = CN_CITIES[E["city"][i]]
    r = rnd.random()
    if x.latin:
        return c[1] if r < 0.8 else (c[1] + " City" if r < 0.87 else (c[1].upper() if r < 0.93 else c[0] + "市"))
    if r < 0.5:
        return c[0] + "市"
    if r < 0.93:
        return c[0]
    return (c[2] + c[0] + "市") if c[2] else c[1]


def phone_cn(area, sub, ext, rnd, h):
    f = rnd.randrange(9)
    if not area:                                               # mobile
        a, b, c = sub[:3], sub[3:7], sub[7:]
        if f < 3:
            return a + " " + b + " " + c
        if f < 5:
            return sub
        return ("+86 " + a + " " + b + " " + c, "+86-" + sub, "0086 " + sub, "+86" + sub)[f - 5]
    t = "0" + area
    if f == 0:
        s = "+86 " + area + " " + sub[:4] + " " + sub[4:]
    elif f == 1:
        s = "+86-" + area + "-" + sub
    elif f in (2, 8):
        s = t + "-" + sub
    elif f == 3:
        s = t + " " + sub[:4] + " " + sub[4:]
    elif f == 4:
        s = "(" + t + ")" + sub
    elif f == 5:
        s = t + sub
    elif f == 6:
        s = "86-" + area + "-" + sub
    else:
        s = "0086 " + area + " " + sub
    if ext and rnd.random() < 0.6:
        s += ("转", "-", " ext. ", " EXT ")[rnd.randrange(4)] + ext
    return s


def name_jp(E, i, rnd, x):
    pat, a, b, ind, form = E["nm"][i]
    nm_pat = pat
    h = x.h
    pre, ai = a // 1000, a % 1000
    fi, fpre = form // 2, form % 2
    if ind >= 1000:
        sis = JP_SISTER[ind - 1000]
    if x.latin:
        if pat == 9:
            base, pre, pat = JP_COMMON[ai][1], 0, 2
        else:
            base = (JP_KANJI if pat in (0, 3) else JP_KATA)[ai][1]
        if pre and not (h and rnd.random() < 0.1):
            base = JP_PREFIX[pre][1] + ("-" if rnd.random() < 0.3 else " ") + base if JP_PREFIX[pre][1] else base
        if pat <= 1:
            t = sis if ind >= 1000 else JP_IND[ind]
            tail = t[1] if rnd.random() < 0.7 else t[2]
        else:
            tail = JP_KSUF[b][1] if nm_pat != 9 else ""
        core = base + " " + tail if (tail and not (h and rnd.random() < 0.05)) else base
        r = rnd.random()
        if fi == 0:
            f = "Co., Ltd." if r < 0.55 else ("Inc." if r < 0.68 else ("Corporation" if r < 0.78 else ("K.K." if r < 0.86 else ("CO.,LTD." if r < 0.93 else ""))))
            if h and rnd.random() < 0.04:
                return latin_finish("Kabushiki Kaisha " + core, rnd, h)
        elif fi == 1:
            f = "Co., Ltd." if r < 0.6 else ("Y.K." if r < 0.8 else ("Yugen Kaisha" if r < 0.9 else ""))
        else:
            f = "G.K." if r < 0.5 else ("LLC" if r < 0.8 else ("Godo Kaisha" if r < 0.9 else ""))
        return latin_finish(_join(core, f), rnd, h)
    if pat == 9:
        base, tail = JP_COMMON[ai][0], ""
    else:
        base = (JP_KANJI if pat in (0, 3) else JP_KATA)[ai][0]
        if pre and not (h and rnd.random() < 0.08):
            base = JP_PREFIX[pre][0] + base
        if pat <= 1:
            tail = sis[0] if ind >= 1000 else JP_IND[ind][0]
            if h and rnd.random() < 0.04:
                tail = ""
        else:
            tail = JP_KSUF[b][0]
    core = base + tail
    if rnd.random() < (0.02, 0.08)[h]:
        core = halfwidth_kana(core)
    if h and rnd.random() < 0.03:
        core = core.replace("ー", "-")
    fz = JP_FORM[fi][0]
    r = rnd.random()
    if r < (0.05, 0.25)[h]:
        fz = {"株式会社": ("(株)", "㈱", "（株）", "(株)"), "有限会社": ("(有)", "㈲", "（有）", "(有)"), "合同会社": ("(同)", "（同）", "合同会社", "(同)")}[fz][rnd.randrange(4)]
    elif r < (0.06, 0.33)[h]:
        fz = ""
    if h and rnd.random() < 0.10:
        fpre = 1 - fpre
    sep = ""
    if rnd.random() < (0.03, 0.10)[h]:
        sep = "\u3000" if rnd.random() < 0.5 else " "
    s = (fz + sep + core) if fpre else (core + sep + fz)
    if x.fw:
        s = s.translate(FW_BRACKETS)
    return s


def addr_jp(E, i, rnd, x):
    ward, town, chome, ban, go, bldg, floor = E["addr"][i]
    pref, cty, cr, area, wards = JP_CITIES[E["city"][i]]
    w = wards[ward]
    tz, tr = JP_TOWNS[E["city"][i]][town]
    h = x.h
    if x.latin:
        s = "%d-%d-%d %s, %s" % (chome, ban, go, tr, w[1])
        if rnd.random() < 0.6:
            s += ", " + cr
        if bldg >= 0 and rnd.random() < 0.8:
            b = JP_BLDG[bldg][1] + rnd.choice((" Bldg.", " Building", " Bldg"))
            s = (b + " %dF, " % floor + s) if rnd.random() < 0.5 else ("%dF %s, " % (floor, b) + s)
        return latin_finish(s, rnd, h, (0.02, 0.10))
    s = ""
    if rnd.random() < (0.85, 0.65)[h]:
        s += pref
    if cty and rnd.random() < (0.95, 0.85)[h]:
        s += cty
    s += w[0] + tz
    r = rnd.random()
    if r < 0.40:
        s += "%d丁目%d番%d号" % (chome, ban, go)
    elif r < 0.85:
        s += "%d-%d-%d" % (chome, ban, go)
    else:
        s += "%d丁目%d-%d" % (chome, ban, go)
    if bldg >= 0 and rnd.random() < (0.9, 0.7)[h]:
        s += rnd.choice((" ", "\u3000", "")) + JP_BLDG[bldg][0] + "ビル" + ("%d階" % floor if rnd.random() < 0.5 else "%dF" % floor)
    if x.fw or rnd.random() < 0.25:
        s = s.translate(FW_DIGITS)
        if rnd.random() < 0.15:
            s = s.replace("－", "ー")                          # the wrong dash: long-vowel mark
        if x.fw:
            s = s.translate(FW_ALL)
    return s


def city_jp(E, i, rnd, x):
    pref, cty, cr, area, wards = JP_CITIES[E["city"][i]]
    wz, wr, _ = wards[E["addr"][i][0]]
    r = rnd.random()
    if x.latin:
        if r < 0.75:
            return cr
        return (cr + "-shi") if (cty and r < 0.85) else (wr if r < 0.93 else cr.upper())
    if not cty:                                                # Tokyo wards
        return "東京都" if r < 0.4 else ("東京" if r < 0.6 else (wz if r < 0.9 else "東京都" + wz))
    return cty if r < 0.5 else (cty[:-1] if r < 0.72 else (pref + cty if r < 0.84 else cty + wz))


def phone_jp(area, sub, ext, rnd, h):
    if not area:
        a, b, c = "0" + sub[:2], sub[2:6], sub[6:]
        nat = a + "-" + b + "-" + c
        intl = ("+81-" + sub[:2] + "-" + b + "-" + c, "+81 " + sub[:2] + " " + b + " " + c)
    else:
        k = 4 if len(area) == 1 else 3
        a, b, c = "0" + area, sub[:k], sub[k:]
        nat = a + "-" + b + "-" + c
        intl = ("+81-" + area + "-" + b + "-" + c, "+81 " + area + " " + b + " " + c, "+81 (0)" + area + " " + b + " " + c)
    r = rnd.random()
    if r < 0.45:
        return nat
    if r < 0.6:
        return "(%s)%s-%s" % (a, b, c)
    if r < 0.7:
        return a + b + c
    if r < 0.78:
        return "%s(%s)%s" % (a, b, c)
    if r < 0.86:
        return "%s %s %s" % (a, b, c)
    return intl[rnd.randrange(len(intl))]


def _latin_post(s, x):
    return strip_accents(s) if x.ascii else s


def name_de(E, i, rnd, x):
    nm = E["nm"][i]
    h = x.h
    iw = DE_SISTER[nm[3] - 1000] if nm[3] >= 1000 else None
    core = de_core(nm, iw)
    core = abbreviate(core, "DE", rnd, (0.03, 0.16)[h])
    core = word_noise(core, rnd, h)
    if rnd.random() < (0.03, 0.12)[h]:
        core = de_translit(core)
    f = legal(DE_FORM[nm[4]][0], rnd, h)
    return _latin_post(latin_finish(_join(core, f), rnd, h), x)


DE_EXTRA = ["", "Haus 2", "Gebäude B", "3. OG", "Hinterhaus", "Eingang C"]


def _de_street(st, rnd, h):
    r = rnd.random()
    if "straße" in st or "Straße" in st:
        if r < (0.12, 0.35)[h]:
            return st.replace("straße", "str.").replace("Straße", "Str.")
        if r < (0.15, 0.45)[h]:
            return st.replace("straße", "strasse").replace("Straße", "Strasse")
        if r < (0.16, 0.50)[h]:
            return st.replace("straße", "str").replace("Straße", "Str")
    return st


def addr_de(E, i, rnd, x):
    street, num, let, extra = E["addr"][i]
    h = x.h
    st = _de_street(DE_STREET[street], rnd, h)
    n = str(num) + ("", "a", "b", "c")[let]
    if let and rnd.random() < 0.25:
        n = str(num) + " " + "abc"[let - 1] if rnd.random() < 0.6 else n.upper()
    s = (n + " " + st) if rnd.random() < (0.01, 0.08)[h] else (st + " " + n)
    if extra and rnd.random() < 0.7:
        s = s + ", " + DE_EXTRA[extra] if rnd.random() < 0.7 else DE_EXTRA[extra] + ", " + s
    return _latin_post(latin_finish(s, rnd, h, (0.02, 0.10)), x)


def city_de(E, i, rnd, x):
    name, alt, _, _, _ = DE_CITIES[E["city"][i]]
    if alt and rnd.random() < (0.06, 0.2)[x.h]:
        a = alt.split("|")
        name = a[rnd.randrange(len(a))]
    return _latin_post(latin_finish(name, rnd, x.h, (0.01, 0.05)), x)


def phone_de(area, sub, ext, rnd, h):
    t = "0" + area
    r = rnd.random()
    if not area:
        t = "0" + sub[:3]
        sub = sub[3:]
        area = t[1:]
    if r < 0.22:
        s = t + " " + sub
    elif r < 0.34:
        s = t + "/" + sub
    elif r < 0.42:
        s = t + "-" + sub
    elif r < 0.50:
        s = "(" + t + ") " + sub
    elif r < 0.68:
        s = "+49 " + area + " " + sub
    elif r < 0.78:
        s = "+49 (0)" + area + " " + sub
    elif r < 0.84:
        s = "+49-" + area + "-" + sub
    elif r < 0.90:
        s = "0049 " + area + " " + sub
    elif r < 0.95:
        s = t + " " + sub[:len(sub) // 2] + " " + sub[len(sub) // 2:]
    else:
        s = "+49" + area + sub
    if ext and rnd.random() < 0.6:
        s += ("-" + ext) if rnd.random() < 0.6 else (" Durchwahl " + ext if rnd.random() < 0.3 else " - " + ext)
    return s


def name_fr(E, i, rnd, x):
    nm = E["nm"][i]
    h = x.h
    iw = FR_SISTER[nm[3] - 1000] if nm[3] >= 1000 else None
    core = fr_core(nm, iw)
    core = abbreviate(core, "FR", rnd, (0.03, 0.16)[h])
    core = word_noise(core, rnd, h)
    f = legal(FR_FORM[nm[4] // 2][0], rnd, h)
    pre = nm[4] % 2
    if h and rnd.random() < 0.15:
        pre = 1 - pre
    s = (f + " " + core if f else core) if pre else _join(core, f)
    if rnd.random() < (0.04, 0.15)[h]:
        s = strip_accents(s)
    return _latin_post(latin_finish(s, rnd, h), x)


FR_EXTRA = ["", "ZI des Bruyères", "Bâtiment B", "BP 123", "CS 20001", "Zone Artisanale"]


def addr_fr(E, i, rnd, x):
    street, num, bis, extra = E["addr"][i]
    h = x.h
    typ, nme = FR_STREET[street]
    r = rnd.random()
    if r < (0.08, 0.30)[h] and typ in FR_STREET_ABBR:
        al = FR_STREET_ABBR[typ]
        typ = al[rnd.randrange(len(al))]
    elif r < (0.15, 0.45)[h]:
        typ = typ.capitalize()
    n = str(num) + ("", " bis", " ter")[bis]
    if bis and rnd.random() < 0.3:
        n = str(num) + ("", "B", "T")[bis]
    r = rnd.random()
    if r < (0.02, 0.06)[h]:
        s = typ + " " + nme + " " + n
    elif r < (0.10, 0.25)[h]:
        s = n + ", " + typ + " " + nme
    else:
        s = n + " " + typ + " " + nme
    if extra and rnd.random() < 0.7:
        s = FR_EXTRA[extra] + ", " + s if rnd.random() < 0.5 else s + " - " + FR_EXTRA[extra]
    if rnd.random() < (0.03, 0.10)[h]:
        s = strip_accents(s).upper()                                   # postal (La Poste) style
    elif rnd.random() < (0.04, 0.12)[h]:
        s = strip_accents(s)
    return _latin_post(latin_finish(s, rnd, h, (0.02, 0.10)), x)


def city_fr(E, i, rnd, x):
    name, alt, _, _ = FR_CITIES[E["city"][i]]
    h = x.h
    r = rnd.random()
    if alt and r < (0.05, 0.2)[h]:
        a = alt.split("|")
        name = a[rnd.randrange(len(a))]
    elif name in ("Paris", "Lyon", "Marseille") and r < (0.08, 0.2)[h]:
        arr = int(E["pc"][i][-2:])
        name = name + " " + (("%de" % arr) if arr > 1 else "1er") if rnd.random() < 0.6 else name + " %02d" % arr
    elif r < (0.12, 0.32)[h]:
        name = strip_accents(name).upper()
    return _latin_post(latin_finish(name, rnd, h, (0.01, 0.05)), x)


def phone_fr(area, sub, ext, rnd, h):
    d = (area + sub) if area else sub                                  # 9 digits after the trunk 0
    g = [d[0], d[1:3], d[3:5], d[5:7], d[7:9]]
    r = rnd.random()
    if r < 0.30:
        return "0" + " ".join(g)
    if r < 0.45:
        return "0" + ".".join(g)
    if r < 0.55:
        return "0" + d
    if r < 0.72:
        return "+33 " + " ".join(g)
    if r < 0.82:
        return "+33 (0)" + " ".join(g)
    if r < 0.88:
        return "+33" + d
    if r < 0.94:
        return "0033 " + " ".join(g)
    return "0" + "-".join(g)


def name_en(E, i, rnd, x):
    nm = E["nm"][i]
    h = x.h
    ctry = E["ctry"][i]
    iw = EN_SISTER[nm[3] - 1000] if nm[3] >= 1000 else None
    core = en_core(ctry, nm, iw)
    core = abbreviate(core, "EN", rnd, (0.04, 0.18)[h])
    core = word_noise(core, rnd, h)
    if h and rnd.random() < 0.03 and ctry in ("GB", "US"):
        core = "The " + core
    f = legal(EN_FORM[ctry][nm[4]][0], rnd, h)
    if f and ctry == "US" and f[:3] in ("Inc", "LLC", "Cor") and rnd.random() < 0.15:
        s = core + ", " + f
    else:
        s = _join(core, f)
    return _latin_post(latin_finish(s, rnd, h), x)


EN_STREET_ABBR = {"Street": "St|St.", "Road": "Rd|Rd.", "Lane": "Ln|La", "Avenue": "Ave|Av|Ave.", "Drive": "Dr|Dr.",
                  "Square": "Sq", "Crescent": "Cres|Cresc", "Terrace": "Terr|Ter", "Close": "Cl", "Place": "Pl",
                  "Boulevard": "Blvd|Blvd.|Bd", "Parkway": "Pkwy", "Highway": "Hwy", "Way": "Wy"}
EN_STREET_ABBR = {k: _sp(v) for k, v in EN_STREET_ABBR.items()}
US_ORD = {"First": "1st", "Second": "2nd", "Fifth": "5th"}
GB_BLDG = _sp("Regus House|Bridge House|Victoria House|Kings Court|Enterprise House|Innovation Centre|Riverside House|"
              "Lancaster House|Mercury Court|The Old Mill|Station House|Thames House|Phoenix House|Oak House")
US_DIR = ["", "N|North|N.", "S|South|S.", "E|East|E.", "W|West|W."]


def _street_type(t, rnd, p):
    if t in EN_STREET_ABBR and rnd.random() < p:
        a = EN_STREET_ABBR[t]
        return a[rnd.randrange(len(a))]
    return t


def addr_en(E, i, rnd, x):
    street, num, unit, floor, bldg, direc, dist = E["addr"][i]
    ctry = E["ctry"][i]
    h = x.h
    if ctry == "GB":
        core, t = GB_STREET[street]
        st = (core + " " + _street_type(t, rnd, (0.15, 0.45)[h])).strip()
        s = ("%d, %s" % (num, st)) if rnd.random() < (0.03, 0.12)[h] else ("%s %d" % (st, num) if h and rnd.random() < 0.04 else "%d %s" % (num, st))
        if unit and rnd.random() < (0.9, 0.75)[h]:
            s = rnd.choice(("Unit %d, ", "Unit %d ", "Suite %d, ", "%d/")) % unit + s if rnd.random() < 0.8 else s + ", Unit %d" % unit
        if bldg >= 0 and rnd.random() < (0.9, 0.7)[h]:
            s = GB_BLDG[bldg] + ", " + s
    elif ctry == "US":
        core, t = US_STREET[street]
        if core in US_ORD and rnd.random() < 0.5:
            core = US_ORD[core]
        d = ""
        if direc:
            a = US_DIR[direc].split("|")
            d = a[0] if rnd.random() < 0.6 else a[rnd.randrange(len(a))]
            d += " "
        st = (d + core + " " + _street_type(t, rnd, (0.35, 0.6)[h])).strip()
        s = "%d %s" % (num, st)
        if unit and rnd.random() < (0.92, 0.80)[h]:
            u = unit * (100 if unit < 20 else 1)
            sfx = rnd.choice(("Suite %d", "Ste %d", "Ste. %d", "#%d", "Unit %d", "Suite %d")) % u
            r = rnd.random()
            s = s + ", " + sfx if r < 0.6 else (s + " " + sfx if r < 0.9 else sfx + ", " + s)
    elif ctry == "SG":
        st = SG_STREET[street]
        for k, v in (("Road", "Rd"), ("Avenue", "Ave"), ("Street", "St")):
            if k in st and rnd.random() < (0.1, 0.35)[h]:
                st = st.replace(k, v)
        u = "#%02d-%02d" % (floor, unit + 1)
        s = "%d %s %s" % (num, st, u) if rnd.random() < 0.6 else "%d %s, %s" % (num, st, u)
        if bldg >= 0 and rnd.random() < (0.9, 0.7)[h]:
            s = s + " " + SG_BLDG[bldg] if rnd.random() < 0.7 else u + " " + SG_BLDG[bldg] + ", %d %s" % (num, st)
        if rnd.random() < (0.05, 0.12)[h]:
            s += " Singapore " + E["pc"][i]
    else:
        st = HK_STREET[street]
        for k, v in (("Road", "Rd"), ("Street", "St"), ("Central", "C.")):
            if k in st and rnd.random() < (0.1, 0.3)[h]:
                st = st.replace(k, v)
        fl = rnd.choice(("%d/F", "%d/F", "%dth Floor", "%dF", "%d/F.")) % floor
        un = rnd.choice(("Unit %d", "Rm %d", "Room %d", "Flat %d", "Unit %d")) % (floor * 100 + unit + 1)
        parts = [un, fl]
        if bldg >= 0 and rnd.random() < 0.85:
            b = HK_BLDG[bldg]
            if rnd.random() < (0.05, 0.25)[h]:
                b = b.replace("Centre", "Ctr").replace("Plaza", "Plz").replace("Tower", "Twr")
            parts.append(b)
        parts.append("%d %s" % (num, st))
        dn = HK_DISTRICT[dist]
        if rnd.random() < (0.85, 0.7)[h]:
            if rnd.random() < (0.05, 0.25)[h]:
                dn = {"Wan Chai": "Wanchai", "Tsim Sha Tsui": "TST", "Causeway Bay": "Causeway Bay", "Mong Kok": "Mongkok",
                      "Kwun Tong": "Kwun Tong, Kowloon", "Sheung Wan": "Sheung Wan, HK"}.get(dn, dn)
            parts.append(dn)
        if rnd.random() < (0.1, 0.2)[h]:
            parts.append("Hong Kong")
        s = ", ".join(parts) if rnd.random() < 0.85 else " ".join(parts)
    return _latin_post(latin_finish(s, rnd, h, (0.02, 0.10)), x)


def city_en(E, i, rnd, x):
    ctry = E["ctry"][i]
    h = x.h
    r = rnd.random()
    if ctry == "GB":
        name = GB_CITIES[E["city"][i]][0]
        alt = GB_CITY_ALT.get(name)
    elif ctry == "US":
        c = US_CITIES[E["city"][i]]
        name = c[0]
        alt = US_CITY_ALT.get(name)
        if r < (0.08, 0.2)[h]:
            name = name + ", " + c[1] if rnd.random() < 0.7 else name + " " + c[1]
            alt = None
    elif ctry == "SG":
        name, alt = "Singapore", "SINGAPORE|Singapore City|SG|S'pore"
    else:
        name, alt = "Hong Kong", "HK|Hong Kong SAR|HONG KONG|Kowloon|HKSAR"
    if alt and rnd.random() < (0.04, 0.15)[h]:
        a = alt.split("|")
        name = a[rnd.randrange(len(a))]
    return _latin_post(latin_finish(name, rnd, h, (0.01, 0.05)), x)


US_PH_FMT = ("(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s", "%s%s%s", "+1%s%s%s", "+1-%s-%s-%s")
US_PH_W = (0.30, 0.55, 0.63, 0.72, 0.80, 0.88, 0.94, 0.97, 1.0)
GB_PH_W = (0.40, 0.58, 0.70, 0.78, 0.86, 0.92, 0.96, 1.0)
AS_PH_W = (0.40, 0.62, 0.70, 0.77, 0.87, 0.93, 0.97, 1.0)


def _pick(w, r):
    k = 0
    while r >= w[k]:
        k += 1
    return k


def phone_en(ctry, area, sub, ext, rnd, h):
    k = _pick(US_PH_W if ctry == "US" else (GB_PH_W if ctry == "GB" else AS_PH_W), rnd.random())
    if ctry == "US":
        s = US_PH_FMT[k] % (area, sub[:3], sub[3:])
        if ext and rnd.random() < 0.7:
            s += (" x", " ext. ", " Ext ", " ext ", " #")[rnd.randrange(5)] + ext
        return s
    if ctry == "GB":
        if area:
            t, rest = "0" + area, sub
        else:
            t, rest = "0" + sub[:4], sub[4:]
            area = t[1:]
        g = rest[:4] + " " + rest[4:] if len(rest) == 8 else (rest[:3] + " " + rest[3:] if len(rest) == 7 else rest)
        if k == 0:
            s = t + " " + g
        elif k == 1:
            s = "+44 " + area + " " + g
        elif k == 2:
            s = "+44 (0)" + area + " " + g
        elif k == 3:
            s = "(" + t + ") " + g
        elif k == 4:
            s = t + rest
        elif k == 5:
            s = "+44" + area + rest
        elif k == 6:
            s = "0044 " + area + " " + g
        else:
            s = t + "-" + rest
        if ext and rnd.random() < 0.6:
            s += " ext " + ext
        return s
    cc = "65" if ctry == "SG" else "852"
    if k == 0:
        s = "+" + cc + " " + sub[:4] + " " + sub[4:]
    elif k == 1:
        s = sub[:4] + " " + sub[4:]
    elif k == 2:
        s = "+" + cc + "-" + sub[:4] + "-" + sub[4:]
    elif k == 3:
        s = "(" + cc + ") " + sub
    elif k == 4:
        s = sub
    elif k == 5:
        s = "+" + cc + sub
    elif k == 6:
        s = cc + "-" + sub
    else:
        s = cc + " " + sub[:4] + " " + sub[4:]
    if ext and rnd.random() < 0.5:
        s += " ext " + ext
    return s


# --- postcodes, tax ids, e-mail ----------------------------------------------------------------
def postcode(ctry, pc, rnd, x):
    h = x.h
    r = rnd.random()
    if ctry == "CN":
        s = pc
    elif ctry == "JP":
        s = pc if r < 0.5 else (pc.replace("-", "") if r < 0.75 else ("〒" + pc if r < 0.93 else "〒" + pc.replace("-", "")))
    elif ctry == "DE":
        s = pc if r < (0.93, 0.82)[h] else ("D-" + pc if r < (0.97, 0.92)[h] else "DE-" + pc)
    elif ctry == "FR":
        s = pc if r < (0.9, 0.75)[h] else (pc[:2] + " " + pc[2:] if r < (0.96, 0.9)[h] else "F-" + pc)
    elif ctry == "GB":
        s = pc if r < (0.85, 0.62)[h] else (pc.replace(" ", "") if r < (0.95, 0.85)[h] else (pc.lower() if r < 0.93 else pc.replace(" ", "  ")))
    elif ctry == "US":
        s = pc if r < 0.75 else pc[:5]
    elif ctry == "SG":
        s = pc if r < (0.9, 0.75)[h] else ("S" + pc if r < 0.92 else "Singapore " + pc)
    else:
        s = "" if r < 0.85 else ("000000" if r < 0.93 else "999077")
    if s and s[0] == "0" and ctry in ("DE", "FR", "US", "SG") and rnd.random() < (0.05, 0.25)[h]:
        s = s.lstrip("0")                                      # spreadsheet ate the leading zero
    if x.fw and ctry in ("CN", "JP"):
        s = s.translate(FW_ALL)
    return s


def tax_fmt(ctry, t, rnd, x):
    h = x.h
    r = rnd.random()
    if ctry == "CN":
        s = t if r < 0.9 else (t.lower() if r < 0.94 else " ".join((t[:2], t[2:8], t[8:17], t[17])))
    elif ctry == "JP":
        s = t if r < 0.6 else ("T" + t if r < 0.87 else (t[0] + "-" + t[1:5] + "-" + t[5:9] + "-" + t[9:] if r < 0.95 else "T-" + t))
    elif ctry == "DE":
        d = t[2:]
        s = t if r < 0.55 else ("DE " + d[:3] + " " + d[3:6] + " " + d[6:] if r < 0.70 else ("DE " + d if r < 0.85 else (d if r < 0.95 else t.lower())))
    elif ctry == "FR":
        k, sr = t[2:4], t[4:]
        s = (t if r < 0.5 else "FR " + k + " " + sr if r < 0.62 else "FR" + k + " " + sr if r < 0.72 else
             "FR " + k + " " + sr[:3] + " " + sr[3:6] + " " + sr[6:] if r < 0.84 else
             (sr if rnd.random() < 0.5 else sr[:3] + " " + sr[3:6] + " " + sr[6:]) if r < 0.94 else t.lower())
    elif ctry == "GB":
        d = t[2:]
        s = (t if r < 0.5 else "GB " + d[:3] + " " + d[3:7] + " " + d[7:] if r < 0.7 else d[:3] + " " + d[3:7] + " " + d[7:] if r < 0.85
             else d if r < 0.95 else "GB" + d[:3] + " " + d[3:7] + " " + d[7:])
    elif ctry == "US":
        s = t if r < 0.7 else (t.replace("-", "") if r < 0.95 else "EIN " + t)
    elif ctry == "SG":
        s = t if r < 0.9 else (t[:-1] + t[-1].lower() if r < 0.95 else "UEN " + t)
    else:
        s = t if r < 0.8 else (t + "-000" if r < 0.95 else "BR " + t)
    if rnd.random() < (0.005, 0.03)[h]:
        s = digit_typo(s, rnd)
        if ctry == "CN" and rnd.random() < 0.3:
            s = s.replace("0", "O", 1)
    if x.fw and ctry in ("CN", "JP"):
        s = s.translate(FW_ALL)
    return s


def email_fmt(E, i, rnd, x):
    h = x.h
    mb = E["mbox"][i] if rnd.random() >= (0.04, 0.18)[h] else E["mbox2"][i]
    s = mb + "@" + E["dom"][i]
    r = rnd.random()
    if r < (0.02, 0.07)[h]:
        s = s.upper()
    elif r < (0.03, 0.12)[h]:
        s = s[0].upper() + s[1:]
    elif r < (0.035, 0.15)[h]:
        a, d = s.split("@", 1)
        s = a + "@" + d.capitalize()
    if rnd.random() < (0.004, 0.025)[h]:
        a, d = s.split("@", 1)
        if rnd.random() < 0.5:
            s = typo(a, rnd) + "@" + d
        else:
            s = a + "@" + (d.replace(".com", ".con", 1) if ".com" in d and rnd.random() < 0.4 else typo(d, rnd))
    return s


# ----------------------------------------------------------------------------------------------
# orchestration
# ----------------------------------------------------------------------------------------------
COUNTRIES = ["CN", "JP", "DE", "FR", "GB", "US", "SG", "HK"]
COUNTRY_W = [0.22, 0.13, 0.16, 0.12, 0.14, 0.17, 0.03, 0.03]
SIZE_P = [0.52, 0.20, 0.11, 0.07, 0.045, 0.03, 0.015, 0.01]      # cluster sizes 1..8, mean ~2.1
GENS = {"CN": gen_cn, "JP": gen_jp, "DE": gen_de, "FR": gen_fr,
        "GB": lambda r, n, city=None: gen_en(r, n, "GB", city), "US": lambda r, n, city=None: gen_en(r, n, "US", city),
        "SG": lambda r, n, city=None: gen_en(r, n, "SG", city), "HK": lambda r, n, city=None: gen_en(r, n, "HK", city)}
N_CITIES = {"CN": len(CN_CITIES), "JP": len(JP_CITIES), "DE": len(DE_CITIES), "FR": len(FR_CITIES), "GB": len(GB_CITIES),
            "US": len(US_CITIES), "SG": 1, "HK": 1}
RENDER = {"CN": (name_cn, addr_cn, city_cn), "JP": (name_jp, addr_jp, city_jp), "DE": (name_de, addr_de, city_de),
          "FR": (name_fr, addr_fr, city_fr)}
for _c in ("GB", "US", "SG", "HK"):
    RENDER[_c] = (name_en, addr_en, city_en)


def cluster_sizes(rng, n):
    sizes = rng.choice(np.arange(1, 9), size=int(n / 2.1) + 64, p=SIZE_P)
    while sizes.sum() < n:
        sizes = np.concatenate([sizes, rng.choice(np.arange(1, 9), size=int(n / 4) + 64, p=SIZE_P)])
    c = np.cumsum(sizes)
    k = int(np.searchsorted(c, n))
    sizes = sizes[:k + 1].copy()
    sizes[-1] -= int(c[k] - n)
    return sizes


# hard negatives: share of a country's entities and the mix of kinds
#   H1 same name (CN: same brand) in another city, H2 sister company (other industry / Holdings / Trading ...),
#   H3 another company at the very same address, H4 common personal-name company in a different town
HN_SHARE = 0.15
HN_MIX = {"CN": (0.45, 0.30, 0.25, 0.0), "JP": (0.30, 0.30, 0.25, 0.15), "SG": (0.0, 0.5, 0.4, 0.1), "HK": (0.0, 0.5, 0.4, 0.1)}
HN_DEFAULT_MIX = (0.25, 0.30, 0.25, 0.20)
SISTER = {"CN": CN_SISTER, "JP": JP_SISTER, "DE": DE_SISTER, "FR": FR_SISTER}


def _core_text(ctry, nm):
    if ctry == "CN":
        return CN_IND[nm[3]][1] if nm[3] < 1000 else CN_SISTER[nm[3] - 1000][1]
    if ctry == "JP":
        return (JP_IND[nm[3]][2] if nm[3] < 1000 else JP_SISTER[nm[3] - 1000][2]) if nm[0] <= 1 else JP_KSUF[nm[2]][1]
    if ctry == "DE":
        return de_core(nm)
    if ctry == "FR":
        return fr_core(nm)
    return en_core(ctry, nm)


def _sister_nm(ctry, nm, rng):
    pat, a, b, ind, form = nm
    words = SISTER.get(ctry, EN_SISTER)
    core = _core_text(ctry, nm)
    start = int(rng.integers(0, len(words)))
    for k in range(len(words)):
        w = words[(start + k) % len(words)]
        w_txt = w[1] if isinstance(w, tuple) else w
        if w_txt not in core:
            break
    idx = 1000 + (start + k) % len(words)
    if ctry == "JP":
        pat = {0: 0, 1: 1, 2: 1, 3: 0}[pat]
    elif ctry == "DE" and pat in (3, 6):
        pat = 0 if pat == 3 else 7
    elif ctry in ("GB", "US", "SG", "HK") and pat == 9:
        pat = 0
    return (pat, a, b, idx, form)


def entity_slug(ctry, nm, city, style):
    """domain label of an entity, from its name parts (style: small int choosing a spelling)."""
    pat, a, b, ind, _ = nm
    if ctry == "CN":
        py = CN_BRAND[a][1] + CN_BRAND[b][1]
        isl = CN_IND[ind][2] if ind < 1000 else CN_SISTER[ind - 1000][2]
        return (py, py + "-" + isl, py + isl, CN_CITY_ABBR[city] + py)[style % 4]
    if ctry == "JP":
        if pat == 9:
            return slugify(JP_COMMON[a % 1000][1])
        base = (JP_KANJI if pat in (0, 3) else JP_KATA)[a % 1000][1]
        pre = JP_PREFIX[a // 1000][1]
        tail = (JP_IND[ind][1] if ind < 1000 else JP_SISTER[ind - 1000][1]) if pat <= 1 else JP_KSUF[b][1]
        return slugify((pre + " " if pre else "") + base + (" " + tail if style % 3 else ""))
    if ctry == "DE":
        core = de_core(nm, DE_SISTER[ind - 1000] if ind >= 1000 else None)
    elif ctry == "FR":
        core = fr_core(nm, FR_SISTER[ind - 1000] if ind >= 1000 else None)
    else:
        core = en_core(ctry, nm, EN_SISTER[ind - 1000] if ind >= 1000 else None)
    sl = slugify(core)
    return sl.replace("-", "") if style % 2 else sl


def _refresh_mail(H, k, ctry, style, num):
    """after a hard negative got its final name, make its own e-mail follow that name."""
    slug = entity_slug(ctry, H["nm"][k], H["city"][k], style)
    d = H["dom"][k]
    if d in FREEMAIL[ctry]:
        if not H["mbox"][k].isdigit():
            H["mbox"][k] = slug.replace("-", "") + str(num) if num < 50 else slug.replace("-", ".")
    else:
        tld = d[d.index("."):]
        H["dom"][k] = slug + tld


COMMON_POOL = {"DE": len(DE_COMMON), "FR": len(FR_COMMON), "GB": len(EN_COMMON["GB"]), "US": len(EN_COMMON["US"]),
               "SG": len(EN_COMMON["SG"]), "HK": len(EN_COMMON["HK"]), "JP": 0, "CN": 0}


def _new_tax(rng, ctry, old):
    if ctry == "CN":
        return v_uscc(rng, len(old), [t[2:8] for t in old])     # keep the admin division of the entity
    return {"JP": v_jp_corp, "DE": v_de_vat, "FR": v_fr_vat, "GB": v_gb_vat, "US": v_ein, "SG": v_sg_uen,
            "HK": v_hk_br}[ctry](rng, len(old))


def _unique_tax(rng, ctry, E):
    """distinct companies never share a tax id (small id spaces such as GB VAT would collide)."""
    tax = E["tax"]
    for _ in range(100):
        seen, dup = set(), []
        for k, t in enumerate(tax):
            if t in seen:
                dup.append(k)
            else:
                seen.add(t)
        if not dup:
            return
        for k, t in zip(dup, _new_tax(rng, ctry, [tax[k] for k in dup])):
            tax[k] = t
    raise RuntimeError("could not make tax ids unique for " + ctry)


def make_country(rng, ctry, n):
    """n entities of one country: base entities with unique names plus deliberate hard negatives."""
    if n == 0:
        return {k: [] for k in ENT_KEYS}
    gen = GENS[ctry]
    n_hn = int(round(n * HN_SHARE)) if n >= 40 else 0
    E = gen(rng, n - n_hn)
    if n_hn == 0:
        _unique_tax(rng, ctry, E)
        return E
    nb = n - n_hn
    ncity = N_CITIES[ctry]
    mix = HN_MIX.get(ctry, HN_DEFAULT_MIX)
    kind = _wchoice(rng, range(4), mix, n_hn)
    pool = COMMON_POOL[ctry] if ctry != "JP" else len(JP_COMMON)
    h4 = np.flatnonzero(kind == 3)
    if len(h4) > pool * ncity:                                 # a common name at most once per town
        kind[h4[pool * ncity:]] = 2
        h4 = h4[:pool * ncity]
    anchor = rng.integers(0, nb, size=n_hn)
    acity = np.array(E["city"])[anchor]
    city = acity.copy()
    if ncity > 1:
        h1 = kind == 0
        city[h1] = (acity[h1] + rng.integers(1, ncity, size=int(h1.sum()))) % ncity
    pool_idx = np.arange(len(h4)) % max(pool, 1)
    rank = np.arange(len(h4)) // max(pool, 1)
    offset = rng.integers(0, ncity, size=max(pool, 1))
    city[h4] = (offset[pool_idx] + rank) % ncity
    H = gen(rng, n_hn, city=city)
    copy_addr = rng.random(n_hn) < 0.7
    copy_dom = rng.random(n_hn) < 0.7
    same_box = rng.random(n_hn) < 0.25
    same_phone = rng.random(n_hn) < 0.15
    h4_pos = {int(k): int(p) for p, k in zip(pool_idx.tolist(), h4.tolist())}
    style = rng.integers(0, 12, size=n_hn).tolist()
    num = rng.integers(1, 100, size=n_hn).tolist()
    for k in range(n_hn):
        t, a = int(kind[k]), int(anchor[k])
        if t == 0:                                             # same name / brand, another city
            H["nm"][k] = E["nm"][a]
            H["lat"][k] = E["lat"][a]
            d = E["dom"][a]
            if ctry == "CN" and d not in FREEMAIL["CN"] and copy_dom[k]:
                j = d.index(".")
                H["dom"][k] = d[:j] + "-" + CN_CITY_ABBR[H["city"][k]] + d[j:]
            else:
                _refresh_mail(H, k, ctry, style[k], num[k])
        elif t == 1:                                           # sister company
            H["nm"][k] = _sister_nm(ctry, E["nm"][a], rng)
            H["lat"][k] = E["lat"][a]
            if copy_addr[k]:
                H["addr"][k], H["pc"][k] = E["addr"][a], E["pc"][a]
            if copy_dom[k]:                                     # shared domain (or shared mailbox)
                fresh_free = H["dom"][k] in FREEMAIL[ctry]
                H["dom"][k] = E["dom"][a]
                if same_box[k]:
                    H["mbox"][k], H["mbox2"][k] = E["mbox"][a], E["mbox2"][a]
                elif E["dom"][a] in FREEMAIL[ctry]:
                    _refresh_mail(H, k, ctry, style[k], num[k])
                elif fresh_free:
                    H["mbox"][k] = MAILBOX[ctry][style[k] % len(MAILBOX[ctry])]
            else:
                _refresh_mail(H, k, ctry, style[k], num[k])
            if same_phone[k]:
                H["ph"][k] = E["ph"][a]
        elif t == 2:                                           # same building, unrelated company
            H["addr"][k], H["pc"][k] = E["addr"][a], E["pc"][a]
        else:                                                  # common personal-name company
            pat, _, _, _, form = H["nm"][k]
            H["nm"][k] = (9, h4_pos[k], 0, 0, form)
            _refresh_mail(H, k, ctry, style[k], num[k])
    for key in ENT_KEYS:
        E[key].extend(H[key])
    _unique_tax(rng, ctry, E)
    return E


def phone_fmt(ctry, area, sub, ext, rnd, h):
    if ctry == "CN":
        return phone_cn(area, sub, ext, rnd, h)
    if ctry == "JP":
        return phone_jp(area, sub, ext, rnd, h)
    if ctry == "DE":
        return phone_de(area, sub, ext, rnd, h)
    if ctry == "FR":
        return phone_fr(area, sub, ext, rnd, h)
    return phone_en(ctry, area, sub, ext, rnd, h)


def render_record(E, i, h, rnd, keep=False):
    """one record of entity i; h = 0 for the first record of a cluster, 1 for the others.
    keep=True: do not drop the e-mail, tax id or phone at random (used to break accidental ties)."""
    ctry = E["ctry"][i]
    R = rnd.random
    fw, up, asc, trad, lat, m_ad, m_ci, m_pc, m_co, alt_ph = R(), R(), R(), R(), R(), R(), R(), R(), R(), R()
    m_em, m_tax, m_ph = (1.0, 1.0, 1.0) if keep else (R(), R(), R())
    x = Ctx()
    x.h = h
    cjk = ctry in ("CN", "JP")
    x.latin = (lat < (0.9 if E["lat"][i] else 0.05)) if cjk else True
    x.fw = cjk and fw < (0.04, 0.10)[h]
    x.upper = up < (0.02, 0.05)[h] and (x.latin or not cjk)
    x.ascii = ctry in ("DE", "FR") and asc < (0.04, 0.10)[h]
    x.trad = ctry == "CN" and not x.latin and trad < (0.03, 0.10)[h]
    fn_name, fn_addr, fn_city = RENDER[ctry]
    name = fn_name(E, i, rnd, x)
    addr = "" if m_ad < 0.03 else fn_addr(E, i, rnd, x)
    city = "" if m_ci < 0.03 else fn_city(E, i, rnd, x)
    pc = "" if m_pc < 0.04 else postcode(ctry, E["pc"][i], rnd, x)
    if m_ph < 0.06:
        phone = ""
    else:
        ph = E["ph2"][i] if (E["ph2"][i] is not None and alt_ph < (0.05, 0.15)[h]) else E["ph"][i]
        phone = phone_fmt(ctry, ph[0], ph[1], E["ext"][i], rnd, h)
        if rnd.random() < (0.004, 0.025)[h]:
            phone = digit_typo(phone, rnd)
    email = "" if (E["no_em"][i] or m_em < 0.25) else email_fmt(E, i, rnd, x)
    tax = "" if (E["no_tax"][i] or m_tax < 0.29) else tax_fmt(ctry, E["tax"][i], rnd, x)
    if x.upper:
        name, addr, city = name.upper(), addr.upper(), city.upper()
    if x.fw:
        name, addr, city, phone = name.translate(FW_ALL), addr.translate(FW_ALL), city.translate(FW_ALL), phone.translate(FW_ALL)
    return (name, addr, city, pc, "" if m_co < 0.02 else ctry, phone, email, tax)


CHUNK = 50_000                         # records rendered per task; each chunk has its own seeded RNG
_CTX = None                            # (entities, entity of each record, heavy flag of each record, seed)


def _csv_line(row) -> str:
    out = []
    for v in row:
        if "," in v or '"' in v or "\n" in v or "\r" in v:
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def _render_chunk(task):
    c, lo, hi, as_csv = task
    E, pos_ent, pos_heavy, seed = _CTX
    rnd = random.Random(seed * 1_000_003 + 7_919 * c + 17)
    rows = [render_record(E, pos_ent[k], pos_heavy[k], rnd) for k in range(lo, hi)]
    if as_csv:
        return [_csv_line(r) for r in rows]
    return rows


def _render_all(n, as_csv, workers):
    tasks = [(c, lo, min(lo + CHUNK, n), as_csv) for c, lo in enumerate(range(0, n, CHUNK))]
    parts = None
    if workers > 1 and len(tasks) > 1:
        try:
            import multiprocessing as mp
            ctx = mp.get_context("fork")
        except (ImportError, ValueError):
            ctx = None
        if ctx is not None:
            with ctx.Pool(min(workers, len(tasks))) as pool:
                parts = pool.map(_render_chunk, tasks, chunksize=1)
    if parts is None:
        parts = [_render_chunk(t) for t in tasks]
    rows = []
    for p in parts:
        rows.extend(p)
    return rows


_T0 = [None]


def _tick(label):
    if os.environ.get("HELDOUT_TIMING"):
        now = time.time()
        if _T0[0] is not None:
            print("  %-10s %6.1f s" % (label, now - _T0[0]), file=sys.stderr)
        _T0[0] = now


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1) // 2))


def _generate_rows(n_records: int, seed: int, as_csv: bool = False, workers: int = 1):
    """records in output order, as tuples (name, address, city, postcode, country, phone, email,
    tax_id) or, with as_csv, as CSV lines without the record id; and the entity id of each.
    The result does not depend on the number of worker processes."""
    if n_records <= 0:
        return [], []
    global _CTX
    _T0[0] = None
    _tick("start")
    enabled = gc.isenabled()
    gc.disable()                       # millions of small tuples: the cyclic collector only costs time here
    try:
        rng = np.random.default_rng(seed)
        sizes = cluster_sizes(rng, n_records)
        n_ent = len(sizes)
        cidx = rng.choice(len(COUNTRIES), size=n_ent, p=COUNTRY_W)
        counts = np.bincount(cidx, minlength=len(COUNTRIES))
        E = {k: [] for k in ENT_KEYS}
        for c, cnt in zip(COUNTRIES, counts.tolist()):
            part = make_country(rng, c, cnt)
            for k in ENT_KEYS:
                E[k].extend(part[k])
        assert len(E["ctry"]) == n_ent
        _tick("entities")
        rec_ent = np.repeat(np.arange(n_ent), sizes)          # records grouped by entity ...
        heavy = np.ones(n_records, dtype=np.int8)             # ... the first of each is the cleaner one
        heavy[np.r_[0, np.cumsum(sizes)[:-1]]] = 0
        order = np.argsort(rng.permutation(n_records))        # ... then shuffled into output positions
        ent_ids = rng.permutation(n_ent)
        _CTX = (E, rec_ent.tolist(), heavy.tolist(), seed)     # rendered grouped by entity: memory locality
        try:
            rows = _render_all(n_records, as_csv, workers)
            order_l = order.tolist()
            rows = [rows[j] for j in order_l]
            pos_ent = rec_ent[order].tolist()
            pos_heavy = heavy[order].tolist()
            _tick("render")
            # truth must be unambiguous: no two entities may produce the very same record
            rnd = random.Random(seed * 1_000_003 + 3)
            seen = {}
            for k, row in enumerate(rows):
                e = seen.setdefault(row, pos_ent[k])
                tries = 0
                while e != pos_ent[k]:
                    tries += 1
                    t = render_record(E, pos_ent[k], 0 if tries > 3 else pos_heavy[k], rnd, keep=True)
                    row = _csv_line(t) if as_csv else t
                    rows[k] = row
                    e = seen.setdefault(row, pos_ent[k])
        finally:
            _CTX = None
        ents = ["E%07d" % (ent_ids[e] + 1) for e in pos_ent]
        _tick("unique")
        return rows, ents
    finally:
        if enabled:
            gc.enable()


def generate(n_records: int, seed: int = 0, workers: int = 1):
    """Return (records, truth) as pandas DataFrames; deterministic for (n_records, seed)."""
    rows, ents = _generate_rows(n_records, seed, as_csv=False, workers=workers)
    rid = ["R%07d" % (k + 1) for k in range(n_records)]
    cols = list(zip(*rows)) if rows else [()] * 8
    records = pd.DataFrame({"record_id": rid, **{c: list(v) for c, v in zip(COLUMNS[1:], cols)}}, columns=COLUMNS)
    truth = pd.DataFrame({"record_id": rid, "entity_id": ents})
    return records, truth


def write(out_dir: str, n_records: int, seed: int = 0, workers: int | None = None):
    """Generate and write DIR/records.csv and DIR/truth.csv; returns the number of entities."""
    if workers is None:
        workers = default_workers()
    lines, ents = _generate_rows(n_records, seed, as_csv=True, workers=workers)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "records.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(COLUMNS) + "\n")
        f.writelines("R%07d,%s\n" % (k + 1, line) for k, line in enumerate(lines))
    with open(os.path.join(out_dir, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("record_id,entity_id\n")
        f.writelines("R%07d,%s\n" % (k + 1, e) for k, e in enumerate(ents))
    _tick("write")
    return len(set(ents))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--workers", type=int, default=default_workers(),
                    help="processes that render records (output does not depend on it); default %(default)s")
    a = ap.parse_args(argv)
    t0 = time.time()
    n_ent = write(a.out, a.records, a.seed, a.workers)
    print("%d records, %d entities -> %s (%.1f s)" % (a.records, n_ent, a.out, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
