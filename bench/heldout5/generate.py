"""Held-out benchmark 5: company master data as several source systems hold it, with ground truth.

Each company (entity) is seen by 1-8 source systems (CRM, ERP, SCM, e-invoicing, marketing
lists, legacy systems of acquired firms); each system writes the company its own way. Companies
come in families that make hard negatives: groups with holdings and subsidiaries, namesakes in
other cities, generic names shared by many firms, franchisees of one brand, and unrelated firms
sharing a building or a switchboard.

Output is deterministic: records are made in fixed chunks, each with its own random stream
derived from the seed and the chunk number, so the worker count never changes a byte.

    .venv/bin/python bench/heldout5/generate.py --records 100000 --seed 23 --out /tmp/heldout5
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd

from synchub.tax_ids import (CHECK_DIGIT_COUNTRIES, EIN_PREFIXES, USCC_CHARSET, fr_vat_key, gb_vat_check_number,
                             is_valid_tax_id, jp_corporate_number_check_digit, luhn_check_digit,
                             mod_11_10_check_digit, org_code_check_char, uscc_check_char)

COLUMNS = ["record_id", "name", "address", "city", "postcode", "country", "phone", "email", "tax_id"]
CHUNK_RECORDS = 5_000
"""Records per chunk: a chunk is the unit of randomness, so changing this changes the data."""
_SERIALS_PER_CHUNK = 2 * CHUNK_RECORDS
"""Entity serials reserved per chunk (a chunk never has more entities than records plus one
family), so serials, and the tax ids made from them, never repeat across chunks."""
_CLUSTER_SIZES = (1, 2, 3, 4, 5, 6, 7, 8)
_CLUSTER_WEIGHTS = (46, 20, 12, 8, 5, 4, 3, 2)
_MIX = 0x9E3779B97F4A7C15
T = TypeVar("T")


# ======================================================================= reference tables


@dataclass(frozen=True)
class City:
    """A city: native and romanised names, region, postcode stem, phone area code, districts."""

    native: str
    roman: str
    region: tuple[str, str]
    postcode: str
    area: str
    districts: tuple[tuple[str, str], ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class Country:
    """A country: how its name is written, its calling code and its cities."""

    iso2: str
    iso3: str
    names: tuple[str, ...]
    calling: str
    trunk: str
    style: str
    lang: str
    cities: tuple[City, ...]
    weight: float


def _c(native: str, roman: str, region: str, postcode: str, area: str, districts: str = "",
       weight: float = 1.0) -> City:
    reg_native, _, reg_roman = region.partition("|")
    pairs = tuple(tuple(d.split("|")) for d in districts.split(";") if d)
    return City(native, roman, (reg_native, reg_roman or reg_native), postcode, area, pairs, weight)


COUNTRIES: tuple[Country, ...] = (
    Country("CN", "CHN", ("China", "中国", "P.R. China", "People's Republic of China", "中华人民共和国"),
            "86", "0", "zh", "zh", (
        _c("上海", "Shanghai", "上海市|Shanghai", "200", "21", "浦东新区|Pudong New District;闵行区|Minhang District;徐汇区|Xuhui District;嘉定区|Jiading District", 3),
        _c("北京", "Beijing", "北京市|Beijing", "100", "10", "朝阳区|Chaoyang District;海淀区|Haidian District;大兴区|Daxing District", 2.5),
        _c("深圳", "Shenzhen", "广东省|Guangdong", "518", "755", "南山区|Nanshan District;福田区|Futian District;宝安区|Bao'an District;龙岗区|Longgang District", 2.5),
        _c("广州", "Guangzhou", "广东省|Guangdong", "510", "20", "天河区|Tianhe District;番禺区|Panyu District;白云区|Baiyun District", 2),
        _c("杭州", "Hangzhou", "浙江省|Zhejiang", "310", "571", "滨江区|Binjiang District;西湖区|Xihu District;萧山区|Xiaoshan District", 1.5),
        _c("苏州", "Suzhou", "江苏省|Jiangsu", "215", "512", "工业园区|Industrial Park;吴中区|Wuzhong District;昆山市|Kunshan", 1.5),
        _c("南京", "Nanjing", "江苏省|Jiangsu", "210", "25", "江宁区|Jiangning District;鼓楼区|Gulou District"),
        _c("成都", "Chengdu", "四川省|Sichuan", "610", "28", "高新区|High-tech Zone;武侯区|Wuhou District"),
        _c("武汉", "Wuhan", "湖北省|Hubei", "430", "27", "洪山区|Hongshan District;江汉区|Jianghan District"),
        _c("天津", "Tianjin", "天津市|Tianjin", "300", "22", "滨海新区|Binhai New Area;河西区|Hexi District"),
        _c("重庆", "Chongqing", "重庆市|Chongqing", "400", "23", "渝北区|Yubei District;九龙坡区|Jiulongpo District"),
        _c("宁波", "Ningbo", "浙江省|Zhejiang", "315", "574", "鄞州区|Yinzhou District;北仑区|Beilun District"),
        _c("青岛", "Qingdao", "山东省|Shandong", "266", "532", "黄岛区|Huangdao District;市南区|Shinan District"),
        _c("厦门", "Xiamen", "福建省|Fujian", "361", "592", "思明区|Siming District;湖里区|Huli District"),
        _c("东莞", "Dongguan", "广东省|Guangdong", "523", "769", "长安镇|Chang'an Town;虎门镇|Humen Town"),
        _c("西安", "Xi'an", "陕西省|Shaanxi", "710", "29", "雁塔区|Yanta District;未央区|Weiyang District"),
        _c("无锡", "Wuxi", "江苏省|Jiangsu", "214", "510", "新吴区|Xinwu District;滨湖区|Binhu District"),
        _c("佛山", "Foshan", "广东省|Guangdong", "528", "757", "顺德区|Shunde District;南海区|Nanhai District"),
        _c("长沙", "Changsha", "湖南省|Hunan", "410", "731", "岳麓区|Yuelu District;雨花区|Yuhua District"),
        _c("郑州", "Zhengzhou", "河南省|Henan", "450", "371", "金水区|Jinshui District;管城区|Guancheng District"),
        _c("大连", "Dalian", "辽宁省|Liaoning", "116", "411", "甘井子区|Ganjingzi District;中山区|Zhongshan District"),
        _c("合肥", "Hefei", "安徽省|Anhui", "230", "551", "蜀山区|Shushan District;包河区|Baohe District"),
    ), 20),
    Country("JP", "JPN", ("Japan", "日本", "JAPAN", "Nippon"), "81", "0", "ja", "ja", (
        _c("東京", "Tokyo", "東京都|Tokyo", "1", "3", "千代田区|Chiyoda-ku;中央区|Chuo-ku;港区|Minato-ku;新宿区|Shinjuku-ku;品川区|Shinagawa-ku;江東区|Koto-ku;渋谷区|Shibuya-ku;大田区|Ota-ku", 3.5),
        _c("大阪市", "Osaka", "大阪府|Osaka", "5", "6", "北区|Kita-ku;中央区|Chuo-ku;淀川区|Yodogawa-ku;西区|Nishi-ku", 2),
        _c("名古屋市", "Nagoya", "愛知県|Aichi", "4", "52", "中区|Naka-ku;中村区|Nakamura-ku;熱田区|Atsuta-ku", 1.5),
        _c("横浜市", "Yokohama", "神奈川県|Kanagawa", "2", "45", "西区|Nishi-ku;港北区|Kohoku-ku;中区|Naka-ku", 1.5),
        _c("福岡市", "Fukuoka", "福岡県|Fukuoka", "8", "92", "博多区|Hakata-ku;中央区|Chuo-ku"),
        _c("札幌市", "Sapporo", "北海道|Hokkaido", "0", "11", "中央区|Chuo-ku;北区|Kita-ku"),
        _c("京都市", "Kyoto", "京都府|Kyoto", "6", "75", "下京区|Shimogyo-ku;中京区|Nakagyo-ku"),
        _c("神戸市", "Kobe", "兵庫県|Hyogo", "6", "78", "中央区|Chuo-ku;兵庫区|Hyogo-ku"),
        _c("仙台市", "Sendai", "宮城県|Miyagi", "9", "22", "青葉区|Aoba-ku;宮城野区|Miyagino-ku"),
        _c("広島市", "Hiroshima", "広島県|Hiroshima", "7", "82", "中区|Naka-ku;南区|Minami-ku"),
        _c("浜松市", "Hamamatsu", "静岡県|Shizuoka", "4", "53", "中区|Naka-ku;東区|Higashi-ku"),
        _c("さいたま市", "Saitama", "埼玉県|Saitama", "3", "48", "大宮区|Omiya-ku;浦和区|Urawa-ku"),
    ), 15),
    Country("DE", "DEU", ("Germany", "Deutschland", "DEUTSCHLAND", "Federal Republic of Germany", "BRD"),
            "49", "0", "latin", "de", (
        _c("Berlin", "Berlin", "Berlin|Berlin", "1", "30", "Mitte|Mitte;Charlottenburg|Charlottenburg;Kreuzberg|Kreuzberg", 2.5),
        _c("Hamburg", "Hamburg", "Hamburg|Hamburg", "2", "40", "Altona|Altona;Harburg|Harburg", 2),
        _c("München", "Munich", "Bayern|Bavaria", "8", "89", "Schwabing|Schwabing;Sendling|Sendling", 2),
        _c("Köln", "Cologne", "Nordrhein-Westfalen|North Rhine-Westphalia", "5", "221", "Ehrenfeld|Ehrenfeld;Deutz|Deutz", 1.5),
        _c("Frankfurt am Main", "Frankfurt", "Hessen|Hesse", "6", "69", "Sachsenhausen|Sachsenhausen;Höchst|Höchst", 1.5),
        _c("Stuttgart", "Stuttgart", "Baden-Württemberg|Baden-Wurttemberg", "7", "711", "Feuerbach|Feuerbach;Vaihingen|Vaihingen"),
        _c("Düsseldorf", "Dusseldorf", "Nordrhein-Westfalen|North Rhine-Westphalia", "4", "211"),
        _c("Leipzig", "Leipzig", "Sachsen|Saxony", "04", "341"),
        _c("Dortmund", "Dortmund", "Nordrhein-Westfalen|North Rhine-Westphalia", "44", "231"),
        _c("Bremen", "Bremen", "Bremen|Bremen", "28", "421"),
        _c("Dresden", "Dresden", "Sachsen|Saxony", "01", "351"),
        _c("Hannover", "Hanover", "Niedersachsen|Lower Saxony", "30", "511"),
        _c("Nürnberg", "Nuremberg", "Bayern|Bavaria", "90", "911"),
        _c("Mannheim", "Mannheim", "Baden-Württemberg|Baden-Wurttemberg", "68", "621"),
        _c("Bielefeld", "Bielefeld", "Nordrhein-Westfalen|North Rhine-Westphalia", "33", "521"),
        _c("Karlsruhe", "Karlsruhe", "Baden-Württemberg|Baden-Wurttemberg", "76", "721"),
        _c("Augsburg", "Augsburg", "Bayern|Bavaria", "86", "821"),
        _c("Essen", "Essen", "Nordrhein-Westfalen|North Rhine-Westphalia", "45", "201"),
    ), 12),
    Country("FR", "FRA", ("France", "FRANCE", "République française", "Frankreich"), "33", "0", "latin", "fr", (
        _c("Paris", "Paris", "Île-de-France|Ile-de-France", "75", "1", weight=3),
        _c("Lyon", "Lyon", "Auvergne-Rhône-Alpes|Auvergne-Rhone-Alpes", "69", "4", weight=1.5),
        _c("Marseille", "Marseilles", "Provence-Alpes-Côte d'Azur|PACA", "13", "4", weight=1.5),
        _c("Toulouse", "Toulouse", "Occitanie|Occitanie", "31", "5"),
        _c("Nantes", "Nantes", "Pays de la Loire|Pays de la Loire", "44", "2"),
        _c("Strasbourg", "Strasbourg", "Grand Est|Grand Est", "67", "3"),
        _c("Bordeaux", "Bordeaux", "Nouvelle-Aquitaine|Nouvelle-Aquitaine", "33", "5"),
        _c("Lille", "Lille", "Hauts-de-France|Hauts-de-France", "59", "3"),
        _c("Rennes", "Rennes", "Bretagne|Brittany", "35", "2"),
        _c("Grenoble", "Grenoble", "Auvergne-Rhône-Alpes|Auvergne-Rhone-Alpes", "38", "4"),
        _c("Nice", "Nice", "Provence-Alpes-Côte d'Azur|PACA", "06", "4"),
        _c("Montpellier", "Montpellier", "Occitanie|Occitanie", "34", "4"),
    ), 9),
    Country("GB", "GBR", ("United Kingdom", "UK", "Great Britain", "England", "U.K."), "44", "0", "latin", "en", (
        _c("London", "London", "Greater London|Greater London", "EC1A;EC2V;WC1E;W1T;SE1;E14;N1;SW1P", "20", weight=3.5),
        _c("Manchester", "Manchester", "Greater Manchester|Greater Manchester", "M1;M2;M3;M4;M15;M50", "161", weight=1.5),
        _c("Birmingham", "Birmingham", "West Midlands|West Midlands", "B1;B2;B3;B4;B5;B12", "121", weight=1.5),
        _c("Leeds", "Leeds", "West Yorkshire|West Yorkshire", "LS1;LS2;LS10;LS11", "113"),
        _c("Glasgow", "Glasgow", "Lanarkshire|Scotland", "G1;G2;G3;G51", "141"),
        _c("Edinburgh", "Edinburgh", "Midlothian|Scotland", "EH1;EH2;EH3;EH6", "131"),
        _c("Bristol", "Bristol", "Avon|Avon", "BS1;BS2;BS16", "117"),
        _c("Liverpool", "Liverpool", "Merseyside|Merseyside", "L1;L2;L3;L24", "151"),
        _c("Sheffield", "Sheffield", "South Yorkshire|South Yorkshire", "S1;S2;S9", "114"),
        _c("Cardiff", "Cardiff", "South Glamorgan|Wales", "CF10;CF11;CF24", "29"),
        _c("Reading", "Reading", "Berkshire|Berkshire", "RG1;RG2;RG30", "118"),
        _c("Cambridge", "Cambridge", "Cambridgeshire|Cambridgeshire", "CB1;CB2;CB4", "1223"),
    ), 10),
    Country("US", "USA", ("United States", "USA", "U.S.A.", "United States of America", "US"), "1", "", "latin", "en", (
        _c("New York", "New York", "NY|New York", "100", "212", weight=3),
        _c("Los Angeles", "Los Angeles", "CA|California", "900", "213", weight=2.5),
        _c("Chicago", "Chicago", "IL|Illinois", "606", "312", weight=2),
        _c("Houston", "Houston", "TX|Texas", "770", "713", weight=1.5),
        _c("Dallas", "Dallas", "TX|Texas", "752", "214", weight=1.5),
        _c("Phoenix", "Phoenix", "AZ|Arizona", "850", "602"),
        _c("Philadelphia", "Philadelphia", "PA|Pennsylvania", "191", "215"),
        _c("San Diego", "San Diego", "CA|California", "921", "619"),
        _c("San Jose", "San Jose", "CA|California", "951", "408"),
        _c("Austin", "Austin", "TX|Texas", "787", "512"),
        _c("Seattle", "Seattle", "WA|Washington", "981", "206"),
        _c("Boston", "Boston", "MA|Massachusetts", "021", "617"),
        _c("Atlanta", "Atlanta", "GA|Georgia", "303", "404"),
        _c("Denver", "Denver", "CO|Colorado", "802", "303"),
        _c("Miami", "Miami", "FL|Florida", "331", "305"),
        _c("Detroit", "Detroit", "MI|Michigan", "482", "313"),
        _c("Minneapolis", "Minneapolis", "MN|Minnesota", "554", "612"),
        _c("Portland", "Portland", "OR|Oregon", "972", "503"),
        _c("Portland", "Portland", "ME|Maine", "041", "207", weight=0.4),
        _c("Springfield", "Springfield", "IL|Illinois", "627", "217", weight=0.4),
        _c("Springfield", "Springfield", "MA|Massachusetts", "011", "413", weight=0.4),
        _c("Springfield", "Springfield", "MO|Missouri", "658", "417", weight=0.4),
        _c("Columbus", "Columbus", "OH|Ohio", "432", "614"),
    ), 14),
    Country("TW", "TWN", ("Taiwan", "台灣", "臺灣", "Taiwan, Province of China", "R.O.C."), "886", "0", "zh", "zh_tw", (
        _c("台北市", "Taipei", "|Taipei", "10", "2", "信義區|Xinyi Dist.;內湖區|Neihu Dist.;中山區|Zhongshan Dist.", 2),
        _c("新竹市", "Hsinchu", "|Hsinchu", "30", "3", "東區|East Dist.;北區|North Dist."),
        _c("台中市", "Taichung", "|Taichung", "40", "4", "西屯區|Xitun Dist.;南屯區|Nantun Dist."),
        _c("高雄市", "Kaohsiung", "|Kaohsiung", "80", "7", "前鎮區|Qianzhen Dist.;苓雅區|Lingya Dist."),
    ), 3),
    Country("HK", "HKG", ("Hong Kong", "香港", "HONG KONG", "Hong Kong SAR", "HK SAR"), "852", "", "zh", "zh_hk", (
        _c("香港", "Hong Kong", "|Hong Kong", "", "", "中環|Central;灣仔|Wan Chai;尖沙咀|Tsim Sha Tsui;觀塘|Kwun Tong;葵涌|Kwai Chung", 1),
    ), 3),
    Country("KR", "KOR", ("South Korea", "Korea", "대한민국", "Republic of Korea", "Korea, Republic of"), "82", "0", "ko", "ko", (
        _c("서울", "Seoul", "서울특별시|Seoul", "0", "2", "강남구|Gangnam-gu;중구|Jung-gu;영등포구|Yeongdeungpo-gu;마포구|Mapo-gu", 2),
        _c("부산", "Busan", "부산광역시|Busan", "4", "51", "해운대구|Haeundae-gu;부산진구|Busanjin-gu"),
        _c("인천", "Incheon", "인천광역시|Incheon", "2", "32", "연수구|Yeonsu-gu;남동구|Namdong-gu"),
    ), 3),
    Country("SG", "SGP", ("Singapore", "SINGAPORE", "Republic of Singapore", "新加坡"), "65", "", "latin", "en", (
        _c("Singapore", "Singapore", "|Singapore", "", "6"),
    ), 2),
    Country("IN", "IND", ("India", "INDIA", "Bharat", "Republic of India"), "91", "0", "latin", "en", (
        _c("Mumbai", "Bombay", "Maharashtra|MH", "400", "22", weight=1.5),
        _c("Bengaluru", "Bangalore", "Karnataka|KA", "560", "80", weight=1.5),
        _c("New Delhi", "Delhi", "Delhi|DL", "110", "11"),
        _c("Chennai", "Madras", "Tamil Nadu|TN", "600", "44"),
        _c("Pune", "Poona", "Maharashtra|MH", "411", "20"),
    ), 2),
    Country("BR", "BRA", ("Brazil", "Brasil", "BRASIL", "Federative Republic of Brazil"), "55", "0", "latin", "pt", (
        _c("São Paulo", "Sao Paulo", "SP|São Paulo", "0", "11", weight=2),
        _c("Rio de Janeiro", "Rio", "RJ|Rio de Janeiro", "2", "21"),
        _c("Curitiba", "Curitiba", "PR|Paraná", "8", "41"),
        _c("Belo Horizonte", "Belo Horizonte", "MG|Minas Gerais", "3", "31"),
    ), 2),
    Country("MX", "MEX", ("Mexico", "México", "MEXICO", "Estados Unidos Mexicanos"), "52", "", "latin", "es", (
        _c("Ciudad de México", "Mexico City", "CDMX|Distrito Federal", "0", "55", weight=2),
        _c("Monterrey", "Monterrey", "N.L.|Nuevo León", "64", "81"),
        _c("Guadalajara", "Guadalajara", "Jal.|Jalisco", "44", "33"),
    ), 2),
    Country("PL", "POL", ("Poland", "Polska", "POLAND", "Republic of Poland"), "48", "", "latin", "pl", (
        _c("Warszawa", "Warsaw", "mazowieckie|Masovia", "0", "22", weight=2),
        _c("Kraków", "Cracow", "małopolskie|Lesser Poland", "3", "12"),
        _c("Wrocław", "Wroclaw", "dolnośląskie|Lower Silesia", "5", "71"),
        _c("Gdańsk", "Danzig", "pomorskie|Pomerania", "8", "58"),
    ), 2),
    Country("SE", "SWE", ("Sweden", "Sverige", "SWEDEN", "Kingdom of Sweden"), "46", "0", "latin", "sv", (
        _c("Stockholm", "Stockholm", "Stockholms län|Stockholm County", "11", "8", weight=2),
        _c("Göteborg", "Gothenburg", "Västra Götaland|Vastra Gotaland", "41", "31"),
        _c("Malmö", "Malmo", "Skåne|Scania", "21", "40"),
    ), 2),
    Country("BE", "BEL", ("Belgium", "België", "Belgique", "BELGIUM", "Belgien"), "32", "0", "latin", "nl", (
        _c("Brussel", "Brussels", "Brussels Hoofdstedelijk Gewest|Brussels-Capital", "10", "2", weight=2),
        _c("Antwerpen", "Antwerp", "Antwerpen|Antwerp", "20", "3"),
        _c("Gent", "Ghent", "Oost-Vlaanderen|East Flanders", "90", "9"),
        _c("Liège", "Luik", "Liège|Liege", "40", "4"),
    ), 2),
    Country("CA", "CAN", ("Canada", "CANADA", "Kanada"), "1", "", "latin", "en", (
        _c("Toronto", "Toronto", "ON|Ontario", "M5", "416", weight=2),
        _c("Montréal", "Montreal", "QC|Quebec", "H2", "514"),
        _c("Vancouver", "Vancouver", "BC|British Columbia", "V6", "604"),
        _c("Calgary", "Calgary", "AB|Alberta", "T2", "403"),
    ), 2),
    Country("AU", "AUS", ("Australia", "AUSTRALIA", "Commonwealth of Australia", "Aus"), "61", "0", "latin", "en", (
        _c("Sydney", "Sydney", "NSW|New South Wales", "2", "2", weight=2),
        _c("Melbourne", "Melbourne", "VIC|Victoria", "3", "3", weight=1.5),
        _c("Brisbane", "Brisbane", "QLD|Queensland", "4", "7"),
        _c("Perth", "Perth", "WA|Western Australia", "6", "8"),
    ), 2),
)
_COUNTRY_WEIGHTS = [c.weight for c in COUNTRIES]


def _pairs(text: str) -> list[tuple[str, str]]:
    """Parse "native|roman native|roman ..." into pairs."""
    return [tuple(item.split("|", 1)) for item in text.split()]  # type: ignore[misc]


# Chinese brand characters with pinyin; the brand of a firm is two or three of them.
ZH_CHARS = _pairs(
    "华|hua 信|xin 达|da 兴|xing 盛|sheng 恒|heng 泰|tai 隆|long 鑫|xin 瑞|rui 丰|feng 源|yuan 通|tong "
    "宏|hong 天|tian 海|hai 中|zhong 金|jin 长|chang 永|yong 安|an 德|de 美|mei 佳|jia 康|kang 博|bo "
    "创|chuang 远|yuan 光|guang 明|ming 晨|chen 星|xing 宇|yu 嘉|jia 润|run 凯|kai 立|li 力|li 昌|chang "
    "富|fu 祥|xiang 和|he 顺|shun 益|yi 升|sheng 腾|teng 飞|fei 龙|long 鹏|peng 骏|jun 锦|jin 银|yin 宝|bao "
    "亿|yi 万|wan 东|dong 南|nan 方|fang 正|zheng 诚|cheng 联|lian 众|zhong 汇|hui 聚|ju 精|jing 高|gao "
    "志|zhi 伟|wei 英|ying 杰|jie 豪|hao 卓|zhuo 越|yue 航|hang 锐|rui 思|si 智|zhi 睿|rui 煜|yu 昊|hao "
    "晟|sheng 铭|ming 轩|xuan 泓|hong 浩|hao 澜|lan 峰|feng 岩|yan 林|lin 森|sen 松|song 竹|zhu 梅|mei "
    "青|qing 蓝|lan 紫|zi 红|hong 云|yun 雷|lei 霖|lin 雨|yu 晶|jing 钧|jun 铂|bo 钰|yu 瀚|han 翔|xiang "
    "舜|shun 禹|yu 尚|shang 品|pin 优|you 捷|jie 迅|xun 奥|ao 欧|ou 亚|ya 太|tai 普|pu 特|te 斯|si 威|wei "
    "伦|lun 宁|ning 辉|hui 耀|yao 景|jing 乐|le 福|fu 寿|shou 喜|xi 旺|wang 发|fa 财|cai 川|chuan"
)
ZH_INDUSTRIES = [tuple(x.split("|")) for x in (
    "科技|Technology|keji 贸易|Trading|maoyi 电子|Electronics|dianzi 机械|Machinery|jixie "
    "实业|Industrial|shiye 物流|Logistics|wuliu 化工|Chemical|huagong 建设工程|Construction_Engineering|jianshe_gongcheng "
    "信息技术|Information_Technology|xinxi_jishu 电子科技|Electronic_Technology|dianzi_keji "
    "医疗器械|Medical_Devices|yiliao_qixie 食品|Food|shipin 纺织|Textile|fangzhi "
    "包装材料|Packaging_Materials|baozhuang_cailiao 汽车零部件|Auto_Parts|qiche_lingbujian "
    "新材料|New_Materials|xin_cailiao 精密模具|Precision_Mould|jingmi_muju 国际贸易|International_Trading|guoji_maoyi "
    "供应链管理|Supply_Chain_Management|gongyinglian_guanli 环保科技|Environmental_Technology|huanbao_keji "
    "智能装备|Intelligent_Equipment|zhineng_zhuangbei 生物科技|Biotechnology|shengwu_keji "
    "网络科技|Network_Technology|wangluo_keji 电气|Electric|dianqi 塑胶制品|Plastic_Products|sujiao_zhipin "
    "五金|Hardware|wujin 光电|Optoelectronics|guangdian 能源|Energy|nengyuan 服饰|Apparel|fushi "
    "家具|Furniture|jiaju 印刷|Printing|yinshua 软件|Software|ruanjian 自动化设备|Automation_Equipment|zidonghua_shebei "
    "电力设备|Power_Equipment|dianli_shebei 进出口|Import_&_Export|jinchukou 工贸|Industry_&_Trade|gongmao "
    "商贸|Commerce_&_Trade|shangmao 药业|Pharmaceutical|yaoye 半导体|Semiconductor|bandaoti "
).split()]
ZH_INDUSTRIES = [(a, b.replace("_", " "), c.replace("_", " ")) for a, b, c in ZH_INDUSTRIES]
_ZH_TRAD = dict(zip(
    "华兴达丰长鹏骏锦银宝亿万东诚联众汇伟杰龙飞腾顺远创润凯贸电机实业设术疗纺织装国际链环网络气胶制饰软动进药导体团责门厦苏广宁岛庆连湾昌发财乐寿云雷红蓝晶钧铂钰铭泓澜轩锐航翔伦辉耀张阳桥滨学谊宾黄纪园层",
    "華興達豐長鵬駿錦銀寶億萬東誠聯眾匯偉傑龍飛騰順遠創潤凱貿電機實業設術療紡織裝國際鏈環網絡氣膠製飾軟動進藥導體團責門廈蘇廣寧島慶連灣昌發財樂壽雲雷紅藍晶鈞鉑鈺銘泓瀾軒銳航翔倫輝耀張陽橋濱學誼賓黃紀園層",
))
ZH_ROADS = _pairs(
    "中山|Zhongshan 人民|Renmin 解放|Jiefang 建设|Jianshe 长江|Changjiang 黄河|Huanghe 科技|Keji 创业|Chuangye "
    "延安|Yan'an 淮海|Huaihai 东方|Dongfang 世纪|Shiji 高新|Gaoxin 环城|Huancheng 滨江|Binjiang 金桥|Jinqiao "
    "新华|Xinhua 和平|Heping 文化|Wenhua 工业|Gongye 光明|Guangming 朝阳|Chaoyang 花园|Huayuan 青年|Qingnian "
    "友谊|Youyi 振兴|Zhenxing 迎宾|Yingbin 学府|Xuefu 张江|Zhangjiang 望京|Wangjing 天府|Tianfu 南京|Nanjing"
)
ZH_ROAD_KIND = [("路", "Road", "Rd."), ("大道", "Avenue", "Ave."), ("街", "Street", "St."), ("东路", "East Road", "E. Rd."),
                ("西路", "West Road", "W. Rd."), ("南路", "South Road", "S. Rd."), ("北路", "North Road", "N. Rd.")]

JA_KANA = _pairs(
    "ア|a イ|i ウ|u エ|e オ|o カ|ka キ|ki ク|ku ケ|ke コ|ko サ|sa シ|shi ス|su セ|se ソ|so タ|ta チ|chi テ|te "
    "ト|to ナ|na ニ|ni ノ|no ハ|ha ヒ|hi フ|fu ホ|ho マ|ma ミ|mi ム|mu メ|me モ|mo ヤ|ya ユ|yu ヨ|yo ラ|ra "
    "リ|ri ル|ru レ|re ロ|ro ワ|wa ガ|ga ギ|gi グ|gu ゴ|go ザ|za ジ|ji ダ|da デ|de ド|do バ|ba ビ|bi ブ|bu "
    "ベ|be ボ|bo パ|pa ピ|pi プ|pu ポ|po"
)
JA_KANJI_BRANDS = _pairs(
    "東洋|Toyo 日本|Nihon 大和|Yamato 三和|Sanwa 富士|Fuji 太平|Taihei 中央|Chuo 北陸|Hokuriku 関東|Kanto "
    "関西|Kansai 九州|Kyushu 山田|Yamada 田中|Tanaka 佐藤|Sato 鈴木|Suzuki 高橋|Takahashi 伊藤|Ito 渡辺|Watanabe "
    "中村|Nakamura 小林|Kobayashi 加藤|Kato 吉田|Yoshida 山本|Yamamoto 松本|Matsumoto 井上|Inoue 木村|Kimura "
    "清水|Shimizu 山崎|Yamazaki 池田|Ikeda 橋本|Hashimoto 石川|Ishikawa 前田|Maeda 藤田|Fujita 岡田|Okada "
    "後藤|Goto 長谷川|Hasegawa 村上|Murakami 近藤|Kondo 坂本|Sakamoto 遠藤|Endo 青木|Aoki 西村|Nishimura "
    "福田|Fukuda 太田|Ota 三浦|Miura 藤井|Fujii 岡本|Okamoto 松田|Matsuda 中島|Nakajima 原田|Harada 小川|Ogawa "
    "竹内|Takeuchi 金子|Kaneko 和田|Wada 中山|Nakayama 石田|Ishida 上田|Ueda 森田|Morita 新光|Shinko "
    "大同|Daido 昭和|Showa 平和|Heiwa 協和|Kyowa 共栄|Kyoei 日東|Nitto 太陽|Taiyo 大成|Taisei 千代田|Chiyoda "
    "朝日|Asahi 北斗|Hokuto 青山|Aoyama 丸三|Marusan 山一|Yamaichi 日栄|Nichiei 大栄|Daiei 東邦|Toho 三共|Sankyo"
)
JA_KANJI_FIELDS = _pairs(
    "精密|Seimitsu 化成|Kasei 電子|Denshi 機工|Kiko 技研|Giken 製鋼|Seiko 光学|Kogaku 特殊|Tokushu 硝子|Garasu "
    "紙器|Shiki 木材|Mokuzai 金属|Kinzoku 樹脂|Jushi 冷機|Reiki 計器|Keiki 油化|Yuka 塗料|Toryo 鉄工|Tekko"
)
JA_INDUSTRIES = [tuple(x.split("|")) for x in (
    "商事|Shoji|Trading 工業|Kogyo|Industries 製作所|Seisakusho|Works 電機|Denki|Electric 物産|Bussan|Trading "
    "建設|Kensetsu|Construction 産業|Sangyo|Industries 化学|Kagaku|Chemical 運輸|Unyu|Transport 食品|Shokuhin|Foods "
    "興業|Kogyo|Enterprises 通商|Tsusho|Trading 精機|Seiki|Precision_Machinery 印刷|Insatsu|Printing "
    "製薬|Seiyaku|Pharmaceutical 設備|Setsubi|Engineering 機械|Kikai|Machinery 倉庫|Soko|Warehouse "
    "テクノ|Techno|Techno システムズ|Systems|Systems エンジニアリング|Engineering|Engineering "
    "トレーディング|Trading|Trading ソリューションズ|Solutions|Solutions ロジスティクス|Logistics|Logistics"
).split()]
JA_INDUSTRIES = [(a, b, c.replace("_", " ")) for a, b, c in JA_INDUSTRIES]
JA_TOWNS = _pairs(
    "本町|Honmachi 栄町|Sakaemachi 緑町|Midoricho 中町|Nakamachi 東町|Higashimachi 西町|Nishimachi "
    "旭町|Asahicho 若松町|Wakamatsucho 桜町|Sakuramachi 新町|Shinmachi 松原|Matsubara 高田|Takada "
    "大手町|Otemachi 日本橋|Nihonbashi 神田|Kanda 芝|Shiba 錦|Nishiki 天神|Tenjin 梅田|Umeda 北浜|Kitahama "
    "港南|Konan 有明|Ariake 新橋|Shimbashi 浜松町|Hamamatsucho 西新宿|Nishi-Shinjuku 南船場|Minamisemba"
)

KO_SYLLABLES = _pairs(
    "한|Han 성|Sung 대|Dae 동|Dong 신|Shin 세|Se 진|Jin 우|Woo 미|Mi 래|Rae 현|Hyun 일|Il 삼|Sam 영|Young "
    "광|Kwang 태|Tae 원|Won 경|Kyung 명|Myung 화|Hwa 선|Sun 정|Jung 해|Hae 인|In 보|Bo 국|Kook 호|Ho 창|Chang "
    "승|Seung 준|Jun 수|Soo 용|Yong 상|Sang 민|Min 재|Jae 도|Do 하|Ha 연|Yeon 예|Ye 지|Ji 나|Na 로|Ro 은|Eun"
)
KO_INDUSTRIES = [tuple(x.split("|")) for x in (
    "전자|Electronics 산업|Industrial 건설|Construction 물산|Trading 테크|Tech 화학|Chemical 제약|Pharmaceutical "
    "식품|Foods 정밀|Precision 통상|Trading 시스템|Systems 엔지니어링|Engineering 물류|Logistics 소재|Materials"
).split()]
KO_ROADS = _pairs("테헤란로|Teheran-ro 세종대로|Sejong-daero 을지로|Eulji-ro 중앙대로|Jungang-daero "
                  "해운대로|Haeundae-ro 디지털로|Digital-ro 월드컵로|World_Cup-ro 송도과학로|Songdogwahak-ro")

SYLLABLE_START = ("Al Ber Cor Dal El Fen Gal Hel Is Jor Kal Lin Mar Nor Or Pel Quin Ros Sel Tor Ul Var Wil Xan "
                  "Zel Bra Cle Dra Fre Gra Kre Pra Tre Vel Ster Tal Mer Nav Ox Ar Bel Cas Den Fal").split()
SYLLABLE_MID = "a e i o u an en in on ar er or el il ta ra ri ro va vi".split()
SYLLABLE_END = "tex tron ix ex ia on ar is um eon ora ica ent ax os ium ara ine ell ind ova yx".split()

SURNAMES = {
    "de": "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf "
          "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler Maier",
    "fr": "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Michel Garcia "
          "David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez",
    "en": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee "
          "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill",
    "pt": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida",
    "es": "García Hernández López Martínez González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales",
    "pl": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski",
    "sv": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson",
    "nl": "Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Dubois Lambert Dupont Hermans",
}
SURNAMES = {k: [s.replace("_", " ") for s in v.split()] for k, v in SURNAMES.items()}
FIRST_NAMES = {
    "de": "Thomas Michael Andreas Stefan Sabine Petra Julia Katrin Jan Lukas Anna Laura",
    "fr": "Jean Pierre Michel Philippe Marie Nathalie Isabelle Sophie Julien Camille Léa Nicolas",
    "en": "James John Robert Michael David Mary Patricia Jennifer Linda Sarah Emily Daniel",
    "pt": "João José Carlos Paulo Ana Maria Fernanda Juliana Lucas Gabriel",
    "es": "José Juan Luis Carlos María Guadalupe Ana Laura Miguel Jorge",
    "pl": "Piotr Krzysztof Andrzej Tomasz Anna Katarzyna Agnieszka Magdalena",
    "sv": "Erik Lars Anders Karl Anna Eva Maria Karin",
    "nl": "Jan Pieter Luc Marc Els Sofie An Nathalie",
}
FIRST_NAMES = {k: v.split() for k, v in FIRST_NAMES.items()}
INDUSTRY_WORDS = {
    "de": "Maschinenbau Logistik Elektrotechnik Handel Bau Metallbau Software Medizintechnik Kunststofftechnik "
          "Immobilien Verpackung Automation Druckerei Spedition Anlagenbau Haustechnik Feinmechanik Umwelttechnik Systeme",
    "fr": "Industrie Logistique Services Conseil Distribution Transports Électricité Bâtiment Informatique Emballages "
          "Menuiserie Ingénierie Environnement Automatismes Mécanique",
    "en": "Engineering Logistics Solutions Systems Technologies Supplies Manufacturing Services Consulting Electrical "
          "Packaging Industries Foods Distribution Healthcare Plastics Instruments Marine Controls Components",
    "pt": "Comércio Logística Indústria Serviços Tecnologia Distribuidora Engenharia Transportes Alimentos",
    "es": "Construcciones Servicios Comercializadora Transportes Tecnología Distribuidora Ingeniería Alimentos",
    "pl": "Logistyka Handel Budownictwo Technika Usługi Systemy Elektronika Transport",
    "sv": "Teknik Bygg Logistik Industri Konsult System Elektro Transport",
    "nl": "Techniek Bouw Logistiek Services Industrie Systems Transport Elektro",
}
INDUSTRY_WORDS = {k: v.split() for k, v in INDUSTRY_WORDS.items()}
ABBREVIATIONS = {
    "Engineering": "Eng.", "Logistics": "Log.", "Manufacturing": "Mfg", "Technologies": "Tech", "International": "Intl",
    "Industries": "Ind.", "Services": "Svcs", "Distribution": "Dist.", "Systems": "Sys.", "Components": "Comp.",
    "Maschinenbau": "Masch.-Bau", "Elektrotechnik": "E-Technik", "Spedition": "Sped.", "Technology": "Tech.",
    "Company": "Co.", "Corporation": "Corp.", "Trading": "Trdg", "Electronics": "Elec.", "Brothers": "Bros.",
}
GENERIC_NAMES = {
    "de": ["Bau Service", "Hausmeisterservice", "IT Service", "Reinigungsservice", "Autohaus Zentrum", "Handelsgesellschaft"],
    "fr": ["Transports Express", "Services Plus", "Bâtiment Rénovation", "Nettoyage Pro", "Informatique Services"],
    "en": ["Global Trading", "General Services", "Premier Solutions", "United Logistics", "International Supplies",
           "Star Enterprises", "First Choice Cleaning", "City Cabs"],
    "pt": ["Comercial Brasil", "Serviços Gerais"],
    "es": ["Servicios Integrales", "Comercializadora del Norte"],
    "pl": ["Usługi Budowlane", "Transport Ekspres"],
    "sv": ["Bygg & Service", "Städservice"],
    "nl": ["Bouw Service", "Transport Express"],
}
LEGAL_FORMS: dict[str, list[list[str]]] = {
    "DE": [["GmbH", "GmbH", "GmbH", "G.m.b.H.", "Gmbh", "Gesellschaft mit beschränkter Haftung", "Ges.m.b.H."],
           ["AG", "AG", "Aktiengesellschaft", "A.G."], ["GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG", "GmbH&Co.KG"],
           ["KG", "KG", "Kommanditgesellschaft"], ["e.K.", "e.K.", "e. K.", "eingetragener Kaufmann"],
           ["UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)"]],
    "FR": [["SAS", "SAS", "S.A.S.", "S.A.S"], ["SARL", "SARL", "S.A.R.L.", "Sarl", "S.à r.l."], ["SA", "SA", "S.A."],
           ["EURL", "EURL", "E.U.R.L."], ["SASU", "SASU", "S.A.S.U."]],
    "GB": [["Ltd", "Ltd", "Limited", "Ltd.", "LTD"], ["PLC", "PLC", "plc", "Public Limited Company"], ["LLP", "LLP", "L.L.P."]],
    "US": [["Inc.", "Inc.", "Inc", "Incorporated", ", Inc."], ["LLC", "LLC", "L.L.C.", ", LLC"],
           ["Corp.", "Corp.", "Corporation", "Corp"], ["Co.", "Co.", "Company"]],
    "CA": [["Inc.", "Inc.", "Inc"], ["Ltd.", "Ltd.", "Limited", "Ltée"]],
    "AU": [["Pty Ltd", "Pty Ltd", "Pty. Ltd.", "Pty Limited", "Proprietary Limited", "P/L"]],
    "SG": [["Pte. Ltd.", "Pte. Ltd.", "Pte Ltd", "Private Limited", "PTE LTD"]],
    "IN": [["Private Limited", "Private Limited", "Pvt. Ltd.", "Pvt Ltd", "(P) Ltd"], ["Limited", "Limited", "Ltd."]],
    "PL": [["Sp. z o.o.", "Sp. z o.o.", "sp. z o.o.", "Sp.z o.o.", "spółka z ograniczoną odpowiedzialnością", "Sp. z.o.o."],
           ["S.A.", "S.A.", "SA", "Spółka Akcyjna"]],
    "SE": [["AB", "AB", "Aktiebolag", "Aktiebolaget"]],
    "BE": [["NV", "NV", "N.V.", "SA", "S.A."], ["BV", "BV", "B.V.", "SRL", "BVBA", "SPRL"]],
    "BR": [["Ltda.", "Ltda.", "Ltda", "LTDA", "Limitada"], ["S.A.", "S.A.", "S/A", "SA"]],
    "MX": [["S.A. de C.V.", "S.A. de C.V.", "SA de CV", "S.A. DE C.V.", "S.A. de C.V"], ["S. de R.L. de C.V.", "S. de R.L. de C.V.", "S de RL de CV"]],
}
ZH_LEGAL_ROMAN = ["Co., Ltd.", "Co., Ltd.", "Co., Ltd", "CO.,LTD.", "Co. Ltd.", "Company Limited", "Ltd."]
JA_LEGAL_ROMAN = ["Co., Ltd.", "Co., Ltd.", "Corporation", "Corp.", "K.K.", "Inc.", "Kabushiki Kaisha"]
KO_LEGAL_ROMAN = ["Co., Ltd.", "Co., Ltd.", "Corp.", "Corporation", "Inc."]
DEPARTMENTS = {
    "en": ["- Accounts Payable", "Attn: Purchasing", "c/o Accounts Dept.", "- Procurement", "(Billing)", "Attn. Finance"],
    "de": ["- Buchhaltung", "z.Hd. Einkauf", "Abt. Kreditoren", "- Rechnungseingang", "c/o Buchhaltung"],
    "fr": ["- Service Comptabilité", "Attn: Service Achats", "c/o Comptabilité Fournisseurs", "- Facturation"],
    "zh": ["财务部", "采购部", "（财务部）", "- 财务"], "ja": ["経理部", "購買部", " 経理部御中", "（総務部）"],
    "ko": ["재무팀", "구매팀"],
}
FREE_MAIL = {"CN": ["qq.com", "163.com", "126.com"], "JP": ["yahoo.co.jp", "gmail.com"], "KR": ["naver.com", "daum.net"],
             "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "wanadoo.fr", "gmail.com"],
             "GB": ["hotmail.co.uk", "btinternet.com", "gmail.com"], "BR": ["uol.com.br", "gmail.com"]}
TLD = {"CN": ["com.cn", "cn", "com"], "JP": ["co.jp", "jp", "com"], "DE": ["de", "com"], "FR": ["fr", "com"],
       "GB": ["co.uk", "com", "uk"], "US": ["com", "us", "net"], "TW": ["com.tw", "tw"], "HK": ["com.hk", "hk", "com"],
       "KR": ["co.kr", "kr", "com"], "SG": ["com.sg", "sg"], "IN": ["in", "co.in", "com"], "BR": ["com.br", "com"],
       "MX": ["com.mx", "mx"], "PL": ["pl", "com.pl"], "SE": ["se", "com"], "BE": ["be", "eu"], "CA": ["ca", "com"],
       "AU": ["com.au", "au"]}
GENERIC_MAILBOXES = {"zh": ["sales", "service", "info", "hr", "admin"], "ja": ["info", "soumu", "keiri", "sales"],
                     "ko": ["info", "sales"], "de": ["info", "einkauf", "buchhaltung", "rechnung", "kontakt"],
                     "fr": ["contact", "compta", "facturation", "accueil"],
                     "en": ["info", "sales", "accounts", "ap", "invoices", "office", "purchasing"]}
_KEYBOARD_NEIGHBOURS = dict(zip("aeiosrntlcdmu", ["qs", "wr", "uo", "ip", "ad", "et", "bm", "ry", "kp", "xv", "sf", "nj", "yi"]))
_OCR = [("O", "0"), ("0", "O"), ("l", "1"), ("I", "l"), ("rn", "m"), ("m", "rn"), ("S", "5"), ("B", "8"), ("cl", "d"), ("e", "c")]
_HALF_KANA: dict[str, str] = {}
for _code in range(0xFF66, 0xFF9E):
    _HALF_KANA.setdefault(unicodedata.normalize("NFKC", chr(_code)), chr(_code))
_HALF_KANA.update({"\u3099": "\uff9e", "\u309a": "\uff9f", "ー": "ｰ"})


# ======================================================================= small text helpers


def _weighted(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights)[0]


def _full_width(text: str) -> str:
    """ASCII letters, digits and some punctuation as their full-width forms (CJK input methods)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def _half_width_kana(text: str) -> str:
    """Katakana as half-width katakana, as old Japanese mainframes store it."""
    return "".join(_HALF_KANA.get(c, c) for c in unicodedata.normalize("NFD", text))


def _strip_diacritics(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ł", "l")


def _ascii_fold(text: str, rng: random.Random) -> str:
    """Strip diacritics, writing German umlauts either as "ue" or as bare vowels."""
    if rng.random() < 0.5:
        text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ü", "Ue")
    return _strip_diacritics(text)


def _to_trad(text: str) -> str:
    return "".join(_ZH_TRAD.get(c, c) for c in text)


def _typo(text: str, rng: random.Random) -> str:
    """One keyboard slip: a swap, a dropped, doubled or neighbouring letter (only inside long words)."""
    positions = [i for i in range(1, len(text) - 1) if text[i].isalpha() and text[i - 1].isalpha() and text[i + 1].isalpha()]
    if len(positions) < 4:
        return text
    i = rng.choice(positions)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == 1:
        return text[:i] + text[i + 1:]
    if kind == 2:
        return text[:i] + text[i] + text[i:]
    wrong = _KEYBOARD_NEIGHBOURS.get(text[i].lower())
    return text[:i] + rng.choice(wrong) + text[i + 1:] if wrong else text


def _ocr(text: str, rng: random.Random) -> str:
    """One OCR confusion of look-alike characters, as a scanned invoice would produce."""
    options = [(a, b) for a, b in _OCR if a in text]
    if not options:
        return text
    a, b = rng.choice(options)
    at = rng.choice([i for i in range(len(text)) if text.startswith(a, i)])
    return text[:at] + b + text[at + len(a):]


def _case(text: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return text.upper()
    if roll < 0.2:
        return text.lower()
    if roll < 0.25:
        return text.title()
    return text


@lru_cache(maxsize=1 << 16)
def _slug(text: str) -> str:
    return "".join(c for c in _strip_diacritics(text.lower()) if c.isascii() and c.isalnum())


def _mix(value: int, seed: int, bits: int = 40) -> int:
    """A bijection of [0, 2**bits): opaque but collision-free ids."""
    mask = (1 << bits) - 1
    x = (value ^ (seed * _MIX)) & mask
    for _ in range(3):
        x = (x * 0x5DEECE66D + 0xB) & mask
        x ^= x >> (bits // 2)
    return x


def _mix_array(values: np.ndarray, seed: int, bits: int = 40) -> np.ndarray:
    """:func:`_mix` of every element (uint64 arithmetic wraps mod 2**64, a multiple of 2**bits)."""
    mask = np.uint64((1 << bits) - 1)
    x = (values.astype(np.uint64) ^ np.uint64((seed * _MIX) & ((1 << 64) - 1))) & mask
    for _ in range(3):
        x = (x * np.uint64(0x5DEECE66D) + np.uint64(0xB)) & mask
        x ^= x >> np.uint64(bits // 2)
    return x


# ======================================================================= tax ids


def _digits_of(number: int, width: int) -> list[int]:
    return [int(c) for c in f"{number:0{width}d}"]


def _affine(serial: int, modulus: int, seed: int, salt: int) -> int:
    """A seed-dependent bijection of [0, modulus): unique numbers from unique serials."""
    multiplier = 48271  # prime, coprime to every modulus used here (their factors are 2, 3, 5, 7)
    offset = _mix(salt, seed, 48) % modulus
    return (serial * multiplier + offset) % modulus


def make_tax_id(country: str, city_index: int, serial: int, seed: int) -> str:
    """The canonical tax id of company ``serial``: distinct serials give distinct ids.

    Ids of the countries :mod:`synchub.tax_ids` checks carry correct check digits; the others
    follow their national layout (with check digits for Belgium and Brazil).
    """
    n = _affine(serial, 10**8, seed, _country_salt(country))
    if country == "CN":
        body = f"{n:08d}"
        org = body + org_code_check_char(body)
        code17 = "91" + f"{110000 + city_index * 1000 + n % 997:06d}" + org
        return code17 + uscc_check_char(code17)
    if country == "JP":
        digits = _digits_of(_affine(serial, 10**12, seed, 81), 12)
        return str(jp_corporate_number_check_digit(digits)) + "".join(map(str, digits))
    if country == "DE":
        body = 10**7 + _affine(serial, 9 * 10**7, seed, 49)
        return f"DE{body}{mod_11_10_check_digit(_digits_of(body, 8))}"
    if country == "FR":
        body = _affine(serial, 9 * 10**7, seed, 33) + 10**7
        siren = body * 10 + luhn_check_digit(_digits_of(body, 8))
        return f"FR{fr_vat_key(siren):02d}{siren}"
    if country == "GB":
        body = _affine(serial, 9 * 10**6, seed, 44) + 10**6
        return f"GB{body}{gb_vat_check_number(_digits_of(body, 7)):02d}"
    if country == "US":
        prefixes = sorted(EIN_PREFIXES)
        k = _affine(serial, len(prefixes) * 10**7, seed, 1)
        return f"{prefixes[k // 10**7]:02d}-{k % 10**7:07d}"
    width = {"KR": 10, "TW": 8, "HK": 8, "BR": 8, "PL": 10, "SE": 10, "BE": 7, "CA": 9, "AU": 11, "IN": 10,
             "SG": 9, "MX": 9}[country]
    number = _affine(serial, 10**width // 10 * 9, seed, _country_salt(country)) + 10 ** (width - 1)
    digits = f"{number}"
    if country == "BE":
        return f"BE0{digits}{97 - int(digits) % 97:02d}"
    if country == "BR":
        cnpj = _cnpj_with_check_digits(digits + "0001")
        return f"{cnpj[:2]}.{cnpj[2:5]}.{cnpj[5:8]}/{cnpj[8:12]}-{cnpj[12:]}"
    if country == "SE":
        return f"{digits[:6]}-{digits[6:]}"
    if country == "KR":
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    if country == "IN":
        letters = "".join(USCC_CHARSET[10 + int(c) * 2] for c in digits[:5])
        return f"27{letters}{digits[5:9]}{USCC_CHARSET[10 + int(digits[9])]}1Z{digits[9]}"
    if country == "MX":
        return "".join(USCC_CHARSET[10 + int(c)] for c in digits[:3]) + digits[3:] + "A1"
    if country == "SG":
        return f"{digits}{USCC_CHARSET[10 + int(digits[-1])]}"
    return digits


def _country_salt(country: str) -> int:
    # Never Python's ``hash``: it is salted per process.
    return int.from_bytes(country.encode(), "big")


def _cnpj_with_check_digits(base12: str) -> str:
    """A Brazilian CNPJ: 12 digits and the two mod-11 check digits of the Receita Federal."""
    digits = [int(c) for c in base12]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(w * d for w, d in zip(weights, digits)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    return "".join(map(str, digits))


def _tax_id_typo(tax_id: str, country: str, rng: random.Random) -> str:
    """A mistyped id that no check accepts: a changed digit where a check digit catches it,
    otherwise a dropped or doubled digit (so it can never become another firm's valid id)."""
    positions = [i for i, c in enumerate(tax_id) if c.isdigit()]
    i = rng.choice(positions)
    if country in CHECK_DIGIT_COUNTRIES:
        for _ in range(4):
            wrong = tax_id[:i] + str((int(tax_id[i]) + rng.randrange(1, 9)) % 10) + tax_id[i + 1:]
            if not is_valid_tax_id(wrong, country):
                return wrong
            i = rng.choice(positions)
    return tax_id[:i] + tax_id[i + 1:] if rng.random() < 0.5 else tax_id[:i] + tax_id[i] + tax_id[i:]


def _format_tax_id(tax_id: str, country: str, rng: random.Random) -> str:
    """The id as people type it: spaces, dots, lower case, prefix dropped, "T" invoice number."""
    roll = rng.random()
    if roll < 0.6:
        return tax_id
    if country in ("DE", "GB", "FR", "BE"):
        body = tax_id[2:]
        if roll < 0.72:
            return body
        if roll < 0.84:
            groups = [body[i:i + 3] for i in range(0, len(body), 3)] if country != "FR" else [body[:2], body[2:5], body[5:8], body[8:]]
            return tax_id[:2] + " " + " ".join(groups)
        return tax_id.lower() if roll < 0.92 else tax_id[:2] + "-" + body
    if country == "JP":
        if roll < 0.75:
            return "T" + tax_id
        if roll < 0.88:
            return f"{tax_id[0]}-{tax_id[1:5]}-{tax_id[5:9]}-{tax_id[9:]}"
        return _full_width(tax_id)
    if country == "CN":
        return tax_id.lower() if roll < 0.7 else f"{tax_id[:6]} {tax_id[6:12]} {tax_id[12:]}"
    if country == "US":
        return tax_id.replace("-", "") if roll < 0.85 else tax_id.replace("-", " ")
    return tax_id.replace("-", "").replace(".", "").replace("/", "") if roll < 0.8 else tax_id.replace("-", " ")


# ======================================================================= companies


@dataclass
class Address:
    """A street address in native script and, for CJK countries, in romanised form."""

    city: City
    district: tuple[str, str] | None
    street: tuple[str, str]
    number: str
    unit: tuple[str, str] | None
    postcode: str
    po_box: str | None = None


@dataclass
class Phone:
    """A phone line: area code (without trunk prefix), subscriber digits, whether it is a mobile."""

    area: str
    subscriber: str
    mobile: bool = False


@dataclass
class Company:
    """One real-world company (an entity) with its canonical attributes."""

    serial: int
    country: Country
    city_index: int
    brand: tuple[str, str]
    industry: tuple[str, str]
    qualifier: tuple[str, str] = ("", "")
    legal: list[str] = field(default_factory=list)  # Latin-script legal form: its key, then spellings
    legal_native: str = ""
    legal_prefix: bool = False
    protected: bool = False
    trading_name: str = ""
    address: Address | None = None
    old_address: Address | None = None
    phone: Phone | None = None
    other_line: Phone | None = None
    domain: str = ""
    free_mail: str = ""
    contacts: list[str] = field(default_factory=list)
    tax_id: str = ""
    franchise_of: str = ""

    @property
    def city(self) -> City:
        return self.country.cities[self.city_index]


class CompanyFactory:
    """Draws companies and families of related companies from one random stream."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.seed = seed

    # ----------------------------------------------------------------- names

    def _latin_brand(self, lang: str) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.85:
            middle = "".join(rng.choice(SYLLABLE_MID) for _ in range(_weighted(rng, (0, 1, 2), (10, 60, 30))))
            word = rng.choice(SYLLABLE_START) + middle + rng.choice(SYLLABLE_END)
            return word if rng.random() < 0.85 else word + " " + rng.choice(SYLLABLE_START) + rng.choice(SYLLABLE_END)
        a, b = rng.sample(SURNAMES[lang], 2)
        return f"{a} & {b}"

    def name_parts(self, country: Country) -> tuple[tuple[str, str], tuple[str, str]]:
        """(brand, industry), each as (native, romanised)."""
        rng = self.rng
        if country.style == "zh":
            chars = rng.sample(ZH_CHARS, 2 if rng.random() < 0.55 else 3)
            native = "".join(c for c, _ in chars)
            if country.lang != "zh":
                native = _to_trad(native)
            roman = "".join(p for _, p in chars).capitalize()
            ind = rng.choice(ZH_INDUSTRIES)
            ind_native = ind[0] if country.lang == "zh" else _to_trad(ind[0])
            return (native, roman), (ind_native, ind[1] + "|" + ind[2])
        if country.style == "ja":
            ind = rng.choice(JA_INDUSTRIES)
            if rng.random() < 0.85:
                syllables = [rng.choice(JA_KANA) for _ in range(rng.choice((3, 3, 4)))]
                native = "".join(k for k, _ in syllables)
                roman = "".join(r for _, r in syllables)
                if rng.random() < 0.3:
                    native, roman = native + "ー", roman + rng.choice(("", roman[-1]))
                return (native, roman.capitalize()), (ind[0], ind[1] + "|" + ind[2])
            first = rng.choice(JA_KANJI_BRANDS)
            second = rng.choice(JA_KANJI_FIELDS if rng.random() < 0.5 else JA_KANJI_BRANDS)
            return (first[0] + second[0], f"{first[1]} {second[1]}"), (ind[0], ind[1] + "|" + ind[2])
        if country.style == "ko":
            syllables = rng.sample(KO_SYLLABLES, 3)
            native = "".join(k for k, _ in syllables)
            roman = "".join(r for _, r in syllables).capitalize()
            ind = rng.choice(KO_INDUSTRIES)
            return (native, roman), (ind[0], ind[1] + "|" + ind[1])
        brand = self._latin_brand(country.lang)
        industry = rng.choice(INDUSTRY_WORDS[country.lang]) if rng.random() < 0.85 else ""
        return (brand, brand), (industry, industry)

    def legal_form(self, company: Company) -> None:
        rng = self.rng
        iso = company.country.iso2
        if company.country.style == "zh":
            company.legal_native = "股份有限公司" if rng.random() < 0.15 else "有限公司"
        elif company.country.style == "ja":
            company.legal_native = _weighted(rng, ["株式会社", "有限会社", "合同会社"], [85, 10, 5])
            company.legal_prefix = rng.random() < 0.45
        elif company.country.style == "ko":
            company.legal_prefix = rng.random() < 0.6
        else:
            forms = LEGAL_FORMS.get(iso, [])
            company.legal = rng.choice(forms) if forms else []
            company.legal_prefix = iso in ("FR", "SE") and rng.random() < 0.25

    # ----------------------------------------------------------------- places

    def address(self, country: Country, city_index: int, street: tuple[str, str] | None = None,
                number: str | None = None) -> Address:
        rng = self.rng
        city = country.cities[city_index]
        district = rng.choice(city.districts) if city.districts else None
        style = country.style
        if street is None:
            if style == "zh":
                road, kind = rng.choice(ZH_ROADS), rng.choice(ZH_ROAD_KIND)
                native = road[0] + kind[0]
                street = (native if country.lang == "zh" else _to_trad(native), f"{road[1]} {kind[1]}")
            elif style == "ja":
                street = rng.choice(JA_TOWNS)
            elif style == "ko":
                street = rng.choice(KO_ROADS)
                street = (street[0], street[1].replace("_", " "))
            else:
                street = (self._latin_street(country.lang),) * 2
        if number is None:
            if style == "ja":
                number = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            else:
                number = str(rng.choice((rng.randint(1, 60), rng.randint(1, 300), rng.randint(1, 2500))))
        unit = self._unit(country) if rng.random() < 0.45 else None
        po_box = None
        if style == "latin" and country.iso2 in ("DE", "FR", "US", "CA", "AU", "BE", "SE") and rng.random() < 0.08:
            po_box = str(rng.randint(100, 99999))
        return Address(city, district, street, number, unit, self._postcode(country, city), po_box)

    def _latin_street(self, lang: str) -> str:
        rng = self.rng
        if lang == "de":
            base = rng.choice("Haupt Bahnhof Industrie Garten Schiller Goethe Linden Kirch Mühlen Wald Gewerbe Hafen "
                              "Friedrich Kaiser Markt Post Sonnen Feld Berliner Bismarck Rosen Ahorn Birken".split())
            return base + _weighted(rng, ["straße", "weg", "allee", "ring", "platz"], [70, 12, 8, 6, 4])
        if lang == "fr":
            kind = _weighted(rng, ["rue", "avenue", "boulevard", "place", "allée", "chemin", "quai"], [55, 18, 10, 5, 4, 4, 4])
            return kind + " " + rng.choice(["de la République", "Victor Hugo", "du Général de Gaulle", "Jean Jaurès",
                                            "de la Paix", "des Lilas", "du Commerce", "Pasteur", "de la Gare", "Gambetta",
                                            "Voltaire", "Saint-Michel", "des Écoles", "du Moulin", "Carnot", "Foch"])
        if lang in ("pt", "es"):
            kind = rng.choice(["Rua", "Avenida", "Alameda"] if lang == "pt" else ["Calle", "Avenida", "Boulevard"])
            return kind + " " + rng.choice(["Paulista", "Augusta", "das Flores", "Rio Branco", "Reforma", "Insurgentes Sur",
                                            "Juárez", "Hidalgo", "Morelos", "Independencia", "da Liberdade"])
        if lang == "pl":
            return rng.choice(["Marszałkowska", "Długa", "Polna", "Kwiatowa", "Leśna", "Słoneczna", "Piękna",
                               "Mickiewicza", "Kościuszki", "Sienkiewicza", "Jana Pawła II", "Grunwaldzka"])
        if lang == "sv":
            return rng.choice(["Kungs", "Drottning", "Stor", "Svea", "Industri", "Hamn", "Skol", "Kyrko", "Ring"]) + \
                rng.choice(["gatan", "vägen"])
        if lang == "nl":
            return rng.choice(["Kerk", "Stations", "Molen", "Noorder", "Leopold", "Industrie", "Haven"]) + \
                rng.choice(["straat", "laan", "plein"])
        kind = _weighted(rng, ["Street", "Road", "Avenue", "Lane", "Drive", "Boulevard", "Way", "Place", "Parkway"],
                         [35, 20, 15, 6, 8, 5, 5, 3, 3])
        name = rng.choice(["Main", "High", "Church", "Park", "Oak", "Maple", "Station", "Victoria", "King", "Queen",
                           "Mill", "Market", "Bridge", "Washington", "Lincoln", "Elm", "Cedar", "Lake", "Hill", "River",
                           "Commerce", "Harbour", "Orchard", "Meadow", "Pine", "Willow", "Franklin", "Jefferson"])
        return f"{name} {kind}"

    def _unit(self, country: Country) -> tuple[str, str]:
        rng = self.rng
        floor = rng.randint(2, 30)
        if country.style == "zh":
            room = f"{floor}{rng.randint(1, 20):02d}"
            (first, first_py), (second, second_py) = rng.sample(ZH_CHARS, 2)
            building = first + second
            native = f"{building}大厦{floor}层{room}室" if country.lang == "zh" else f"{_to_trad(building)}大廈{floor}樓{room}室"
            return native, f"Room {room}, {floor}F, {(first_py + second_py).capitalize()} Building"
        if country.style == "ja":
            building = rng.choice(JA_KANJI_BRANDS)
            return f"{building[0]}ビル{floor}階", f"{building[1]} Bldg. {floor}F"
        if country.style == "ko":
            return f"{floor}층", f"{floor}F"
        if country.lang == "de":
            text = rng.choice([f"{floor}. OG", f"Haus {rng.choice('ABC')}", f"Gebäude {rng.randint(1, 9)}"])
        elif country.lang == "fr":
            text = rng.choice([f"Bâtiment {rng.choice('ABCD')}", f"{floor}e étage", f"ZI Nord, lot {rng.randint(1, 40)}"])
        elif country.iso2 in ("US", "CA"):
            text = rng.choice([f"Suite {floor}{rng.randint(0, 9)}0", f"Floor {floor}", f"Unit {rng.randint(1, 40)}"])
        else:
            text = rng.choice([f"Unit {rng.randint(1, 40)}", f"Suite {rng.randint(1, 12)}", f"{floor}/F"])
        return text, text

    def _postcode(self, country: Country, city: City) -> str:
        rng = self.rng
        iso, stem = country.iso2, city.postcode
        if iso == "CN":
            return stem + f"{rng.randint(0, 999):03d}"
        if iso == "JP":
            return f"{stem}{rng.randint(0, 99):02d}-{rng.randint(0, 9999):04d}"
        if iso == "GB":
            outward = rng.choice(stem.split(";"))
            return f"{outward} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if iso == "CA":
            return f"{stem}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"
        if iso == "HK":
            return ""
        if iso == "SG":
            return f"{rng.randint(1, 82):02d}{rng.randint(0, 9999):04d}"
        if iso == "PL":
            return f"{stem}{rng.randint(0, 9)}-{rng.randint(0, 999):03d}"
        if iso == "SE":
            return f"{stem}{rng.randint(0, 9)} {rng.randint(10, 99)}"
        if iso == "BR":
            return f"{stem}{rng.randint(0, 9999):04d}-{rng.randint(0, 999):03d}"
        if iso == "TW":
            return f"{stem}{rng.randint(0, 9)}"
        width = {"DE": 5, "FR": 5, "US": 5, "KR": 5, "IN": 6, "MX": 5, "BE": 4, "AU": 4}[iso]
        return stem + "".join(str(rng.randint(0, 9)) for _ in range(width - len(stem)))

    def phone(self, country: Country, city: City, mobile: bool = False) -> Phone:
        rng = self.rng
        iso = country.iso2
        if mobile and iso in ("CN", "JP", "DE", "FR", "GB", "KR"):
            area = {"CN": "13" + str(rng.randint(0, 9)), "JP": "90", "DE": "17" + str(rng.randint(0, 9)),
                    "FR": "6", "GB": "7" + str(rng.randint(400, 999)), "KR": "10"}[iso]
        else:
            area = city.area
        length = {"CN": 8, "JP": 8, "DE": 7, "FR": 8, "GB": 10 - len(area), "US": 7, "CA": 7, "TW": 8, "HK": 8,
                  "KR": 8, "SG": 7, "IN": 8, "BR": 8, "MX": 8, "PL": 7, "SE": 7, "BE": 7, "AU": 8}[iso]
        if iso == "JP":
            length = 9 - len(area)
        if iso == "FR":
            length = 8
        subscriber = f"{rng.randint(2, 9)}{rng.randrange(10 ** (length - 1)):0{length - 1}d}"
        return Phone(area, subscriber, mobile)

    def other_line(self, main: Phone) -> Phone:
        """Another line of the same switchboard: same stem, different last digits."""
        tail = len(main.subscriber) // 3
        digits = f"{self.rng.randrange(10**tail):0{tail}d}"
        if digits == main.subscriber[-tail:]:
            digits = str((int(digits[0]) + 1) % 10) + digits[1:]
        return Phone(main.area, main.subscriber[:-tail] + digits, main.mobile)

    # ----------------------------------------------------------------- whole companies

    def company(self, serial: int, country: Country | None = None, city_index: int | None = None) -> Company:
        rng = self.rng
        country = country or _weighted(rng, COUNTRIES, _COUNTRY_WEIGHTS)
        if city_index is None:
            city_index = rng.choices(range(len(country.cities)), [c.weight for c in country.cities])[0]
        brand, industry = self.name_parts(country)
        company = Company(serial, country, city_index, brand, industry)
        self.legal_form(company)
        company.address = self.address(country, city_index)
        company.phone = self.phone(country, company.city)
        roll = rng.random()
        company.other_line = self.other_line(company.phone) if roll < 0.5 else (
            self.phone(country, company.city, mobile=True) if roll < 0.65 else None)
        self.contact_channels(company)
        company.tax_id = make_tax_id(country.iso2, city_index, serial, self.seed)
        if rng.random() < 0.08:
            company.trading_name = self._trading_name(company)
        if rng.random() < 0.07:
            moved_city = city_index if rng.random() < 0.7 else rng.randrange(len(country.cities))
            company.old_address = self.address(country, moved_city)
        return company

    def contact_channels(self, company: Company, domain: str | None = None) -> None:
        rng = self.rng
        iso = company.country.iso2
        if domain is None and rng.random() < 0.8:  # "" means: this firm has no domain
            base = _slug(company.brand[1])
            if company.industry[1] and rng.random() < 0.4:
                base += rng.choice(("", "-")) + _slug(company.industry[1].split("|")[0])
            domain = f"{base}.{rng.choice(TLD[iso])}"
        company.domain = domain or ""
        if iso in FREE_MAIL and (not company.domain or rng.random() < 0.1):
            company.free_mail = f"{_slug(company.brand[1])}{rng.choice(('', str(rng.randint(1, 99))))}@{rng.choice(FREE_MAIL[iso])}"
        lang = company.country.lang
        people = []
        for _ in range(rng.randint(0, 3)):
            if company.country.style in ("zh", "ja", "ko"):
                family = rng.choice(["zhang", "wang", "li", "liu", "chen", "yang"] if company.country.style == "zh" else
                                    [r for _, r in JA_KANJI_BRANDS[12:40]] if company.country.style == "ja" else
                                    ["kim", "lee", "park", "choi"]).lower()
                given = rng.choice(["wei", "jing", "min", "hao", "t", "k", "y", "s"])
                people.append(rng.choice([f"{family}.{given}", f"{given}{family}", f"{family}{given}"]))
            else:
                family = _slug(rng.choice(SURNAMES[lang]))
                given = _slug(rng.choice(FIRST_NAMES[lang]))
                people.append(rng.choice([f"{given}.{family}", f"{given[0]}{family}", f"{given[0]}.{family}"]))
        mailboxes = GENERIC_MAILBOXES.get(lang, GENERIC_MAILBOXES["en"])
        company.contacts = people + rng.sample(mailboxes, min(len(mailboxes), rng.randint(1, 2)))

    def _trading_name(self, company: Company) -> str:
        brand = company.brand[1]
        if company.country.style == "latin":
            return brand + " " + self.rng.choice(["Express", "Direct", "Pro", "Group", "Online", "Shop"])
        return brand

    # ----------------------------------------------------------------- families (hard negatives)

    def family(self, next_serial: Callable[[], int]) -> list[Company]:
        """One family of companies; most families are a single company."""
        roll = self.rng.random()
        if roll < 0.80:
            return [self.company(next_serial())]
        if roll < 0.85:
            return self.group(next_serial)
        if roll < 0.89:
            return self.namesakes(next_serial)
        if roll < 0.94:
            return self.generic(next_serial)
        if roll < 0.97:
            return self.franchise(next_serial)
        return self.shared_building(next_serial)

    def group(self, next_serial: Callable[[], int]) -> list[Company]:
        """A holding and subsidiaries: one brand, distinct qualifiers, shared mail domain."""
        rng = self.rng
        parent = self.company(next_serial())
        parent.trading_name = ""
        parent.old_address = None
        country = parent.country
        members = [parent]
        if country.style == "zh":
            qualifiers = [("集团", "Group|jituan")] + [(c.native.rstrip("市"), c.roman) for c in country.cities]
        elif country.style == "ja":
            qualifiers = [("ホールディングス", "Holdings|Holdings"), ("販売", "Sales|Hanbai"), ("物流", "Logistics|Butsuryu"),
                          ("エンジニアリング", "Engineering|Engineering")]
        elif country.style == "ko":
            qualifiers = [("홀딩스", "Holdings|Holdings"), ("글로벌", "Global|Global")]
        else:
            words = {"de": ["Holding", "Service", "Vertrieb", "Deutschland", "International"],
                     "fr": ["Holding", "Services", "France", "International"],
                     }.get(country.lang, ["Holdings", "Services", "International", "Group"])
            qualifiers = [(w, w) for w in words]
        picks = [qualifiers[0]] + rng.sample(qualifiers[1:], min(len(qualifiers) - 1, rng.randint(1, 3)))
        parent.qualifier, parent.protected = picks[0], True
        for qualifier in picks[1:]:
            city_index = parent.city_index
            if country.style == "zh":
                city_index = next(i for i, c in enumerate(country.cities) if c.roman == qualifier[1])
            elif rng.random() < 0.5:
                city_index = rng.randrange(len(country.cities))
            sub = self.company(next_serial(), country, city_index)
            sub.brand, sub.industry, sub.qualifier, sub.protected = parent.brand, parent.industry, qualifier, True
            sub.legal, sub.legal_native, sub.legal_prefix = parent.legal, parent.legal_native, parent.legal_prefix
            sub.trading_name, sub.old_address = "", None
            self.contact_channels(sub, parent.domain or None)
            if city_index == parent.city_index and rng.random() < 0.6:
                assert parent.address is not None and parent.phone is not None
                sub.address = self.address(country, city_index, parent.address.street, parent.address.number)
                sub.address.postcode = parent.address.postcode
                sub.phone = parent.phone
                sub.other_line = self.other_line(parent.phone)
            members.append(sub)
        return members

    def namesakes(self, next_serial: Callable[[], int]) -> list[Company]:
        """Unrelated firms with the same name in different cities of one country."""
        first = self.company(next_serial())
        cities = self.rng.sample(range(len(first.country.cities)), min(len(first.country.cities), self.rng.randint(2, 3)))
        members = [first]
        for city_index in cities:
            if city_index == first.city_index:
                continue
            other = self.company(next_serial(), first.country, city_index)
            other.brand, other.industry = first.brand, first.industry
            other.legal, other.legal_native, other.legal_prefix = first.legal, first.legal_native, first.legal_prefix
            other.trading_name, other.old_address = "", None
            self.contact_channels(other)
            if other.domain and other.domain == first.domain:
                other.domain = f"{_slug(other.brand[1])}-{_slug(other.city.roman)}.{other.domain.split('.', 1)[1]}"
            members.append(other)
        first.trading_name, first.old_address = "", None
        return members

    def generic(self, next_serial: Callable[[], int]) -> list[Company]:
        """Many firms under one very common name, told apart only by where and how to reach them."""
        rng = self.rng
        country = _weighted(rng, COUNTRIES, _COUNTRY_WEIGHTS)
        if country.style == "zh":
            native, roman = rng.choice([("宏达", "Hongda"), ("华兴", "Huaxing"), ("鑫源", "Xinyuan")])
            ind = rng.choice(ZH_INDUSTRIES[:2])
            brand = (native if country.lang == "zh" else _to_trad(native), roman)
            industry = (ind[0] if country.lang == "zh" else _to_trad(ind[0]), ind[1] + "|" + ind[2])
        elif country.style == "ja":
            brand, ind = ("日本", "Nihon"), rng.choice(JA_INDUSTRIES[:5])
            industry = (ind[0], ind[1] + "|" + ind[2])
        elif country.style == "ko":
            brand, ind = ("한국", "Hankook"), rng.choice(KO_INDUSTRIES[:4])
            industry = (ind[0], ind[1] + "|" + ind[1])
        else:
            generic = rng.choice(GENERIC_NAMES[country.lang])
            brand, industry = (generic, generic), ("", "")
        members = []
        for _ in range(rng.randint(2, 6)):
            member = self.company(next_serial(), country)
            member.brand, member.industry, member.trading_name, member.old_address = brand, industry, "", None
            member.protected = True
            assert member.address is not None
            member.address.po_box = None  # its street address is what tells it from its namesakes
            if country.style == "latin" and LEGAL_FORMS.get(country.iso2):
                member.legal = LEGAL_FORMS[country.iso2][0]
            # Firms sharing a name do not share a domain: a local one, or free mail only.
            own_domain = f"{_slug(brand[1])}{_slug(member.city.roman)}{rng.randint(1, 999)}.{rng.choice(TLD[country.iso2])}"
            self.contact_channels(member, own_domain if rng.random() < 0.5 else "")
            members.append(member)
        return members

    def franchise(self, next_serial: Callable[[], int]) -> list[Company]:
        """Franchisees: the brand plus a location or owner, the brand's mail domain and hotline."""
        rng = self.rng
        head = self.company(next_serial())
        head.trading_name, head.old_address = "", None
        country = head.country
        hotline = head.phone
        members = [head]
        used: set[str] = set()
        for _ in range(rng.randint(2, 5)):
            member = self.company(next_serial(), country)
            member.brand, member.industry, member.trading_name, member.old_address = head.brand, ("", "|"), "", None
            member.protected = True
            assert member.address is not None
            district = member.address.district or (member.city.native, member.city.roman)
            if country.style == "latin":
                owner = rng.choice(SURNAMES[country.lang])
                qualifier = rng.choice([district[0], owner, f"{district[0]} ({owner})"])
                if qualifier in used:
                    qualifier = f"{district[0]} ({owner})"
                member.qualifier = (qualifier, qualifier)
            else:
                shop = "점" if country.style == "ko" else "店"
                qualifier, roman = district[0] + shop, district[1]
                if qualifier in used:
                    qualifier = district[0] + member.address.street[0] + shop
                    roman = f"{district[1]} {member.address.street[1]}"
                member.qualifier = (qualifier, f"{roman}|{roman}")
            used.add(member.qualifier[0])
            member.franchise_of = head.brand[1]
            self.contact_channels(member, head.domain or None)
            member.other_line = hotline
            members.append(member)
        return members

    def shared_building(self, next_serial: Callable[[], int]) -> list[Company]:
        """Unrelated firms in one office building, often behind one reception switchboard."""
        rng = self.rng
        first = self.company(next_serial())
        first.old_address = None
        members = [first]
        assert first.address is not None and first.phone is not None
        for _ in range(rng.randint(1, 3)):
            other = self.company(next_serial(), first.country, first.city_index)
            other.old_address = None
            other.address = self.address(first.country, first.city_index, first.address.street, first.address.number)
            other.address.postcode = first.address.postcode
            if rng.random() < 0.5:
                other.other_line = first.phone
            members.append(other)
        return members


# ======================================================================= rendering records

SOURCES = ("crm", "erp", "scm", "einvoice", "marketing", "legacy")
_SOURCE_WEIGHTS = (26, 22, 14, 12, 14, 12)


class RecordRenderer:
    """Writes one company as one source system would hold it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def render(self, company: Company, source: str) -> list[str]:
        rng = self.rng
        country = company.country
        cjk = country.style in ("zh", "ja", "ko")
        roman = cjk and (rng.random() < (0.55 if source in ("marketing", "scm") else 0.3))
        use_old = company.old_address is not None and rng.random() < (0.6 if source == "legacy" else 0.15)
        address = company.old_address if use_old else company.address
        assert address is not None and company.phone is not None
        name = self.name(company, source, roman)
        street = self.street(address, country, roman, source)
        city = self.city(address, country, roman)
        postcode = self.postcode(address.postcode, country) if rng.random() < 0.9 else ""
        if city and rng.random() < 0.08:
            street, city = f"{street}, {city}", ""
        phone = self.phone(company, source)
        email = self.email(company, source)
        tax_id = self.tax_id(company, source, strict=use_old)
        if use_old and not tax_id and not email:
            tax_id = company.tax_id
        if sum(bool(v) for v in (street, phone, email, tax_id)) < 2:
            phone = phone or self.format_phone(company.phone, country)
            street = street or self.street(address, country, roman, "crm")
        if not postcode and not city:
            city = address.city.roman if roman else address.city.native
        country_text = self.country(country, roman) if rng.random() < 0.9 else ""
        if source == "legacy" and rng.random() < 0.5:
            name, street, city = name.upper(), street.upper(), city.upper()
        return [name, street, city, postcode, country_text, phone, email, tax_id]

    # ----------------------------------------------------------------- name

    def name(self, company: Company, source: str, roman: bool) -> str:
        rng = self.rng
        if company.trading_name and source in ("marketing", "crm") and rng.random() < 0.5:
            name = company.trading_name
        elif company.country.style == "zh":
            name = self._zh_name(company, roman)
        elif company.country.style == "ja":
            name = self._ja_name(company, roman, source)
        elif company.country.style == "ko":
            name = self._ko_name(company, roman)
        else:
            name = self._latin_name(company, source)
        if company.country.style != "latin" and roman and rng.random() < 0.05:
            name = _full_width(name)
        if rng.random() < (0.1 if source in ("erp", "einvoice") else 0.03):
            lang = company.country.lang if not roman else "en"
            lang = {"zh_tw": "zh", "zh_hk": "zh"}.get(lang, lang)
            name = f"{name} {rng.choice(DEPARTMENTS.get(lang, DEPARTMENTS['en']))}"
        if source == "legacy" and not company.protected and rng.random() < 0.25:
            # Fixed-width name fields; never for a name whose tail tells it from a sibling firm.
            name = name[:rng.choice((30, 35, 40))].rstrip()
        return name

    def _zh_name(self, company: Company, roman: bool) -> str:
        rng = self.rng
        city = company.city
        qualifier_native, qualifier_roman = company.qualifier
        ind_en, ind_py = company.industry[1].split("|")
        legal_native = company.legal_native
        if company.country.lang != "zh":
            legal_native = _to_trad(legal_native)
        if qualifier_roman.startswith("Group"):
            if roman:
                return f"{company.brand[1]} Group {rng.choice(ZH_LEGAL_ROMAN)}"
            return company.brand[0] + _to_trad_if(company, "集团") + legal_native
        if company.franchise_of:
            if roman:
                return f"{company.brand[1]} ({qualifier_roman.split('|')[0]}) {rng.choice(ZH_LEGAL_ROMAN)}"
            return f"{company.brand[0]}{qualifier_native}"
        in_cn = company.country.iso2 == "CN"
        city_native = qualifier_native or (city.native.rstrip("市") if in_cn else "")
        city_roman = qualifier_roman or (city.roman if in_cn else "")
        mode = rng.random()
        if company.protected and city_native:
            mode = min(mode, 0.79)
        if company.country.iso2 == "HK" and rng.random() < 0.5:
            roman = True
        if roman:
            industry = ind_en if rng.random() < 0.8 else ind_py.title()
            brand = company.brand[1] if rng.random() < 0.85 else _split_pinyin(company.brand[1])
            legal = rng.choice(ZH_LEGAL_ROMAN) if company.country.iso2 != "HK" else rng.choice(["Limited", "Ltd", "Company Limited"])
            if mode < 0.45 and city_roman:
                text = f"{city_roman} {brand} {industry} {legal}"
            elif mode < 0.8 and city_roman:
                text = f"{brand} {industry} ({city_roman}) {legal}"
            elif rng.random() < 0.2:
                text = f"{brand} {legal}"
            else:
                text = f"{brand} {industry} {legal}"
            return _case(text, rng)
        legal = legal_native
        if legal == "有限公司" and rng.random() < 0.15:
            legal = "有限责任公司"
        elif legal == "股份有限公司" and rng.random() < 0.1:
            legal = "股份公司"
        core = company.brand[0] + company.industry[0]
        if mode < 0.5 and city_native:
            return f"{city_native}{'市' if rng.random() < 0.2 else ''}{core}{legal}"
        if mode < 0.8 and city_native:
            left, right = ("（", "）") if rng.random() < 0.6 else ("(", ")")
            return f"{core}{left}{city_native}{right}{legal}"
        return core + legal

    def _ja_name(self, company: Company, roman: bool, source: str) -> str:
        rng = self.rng
        qualifier_native, qualifier_roman = company.qualifier
        ind_romaji, ind_en = company.industry[1].split("|")
        if roman:
            q = qualifier_roman.split("|")[0]
            industry = ind_en if rng.random() < 0.6 else ind_romaji
            core = " ".join(x for x in (company.brand[1], industry if not company.franchise_of else "", q) if x)
            legal = rng.choice(JA_LEGAL_ROMAN) if company.legal_native == "株式会社" else rng.choice(["Co., Ltd.", "LLC", "Y.K."])
            if legal == "Kabushiki Kaisha" and rng.random() < 0.5:
                return _case(f"Kabushiki Kaisha {core}", rng)
            return _case(f"{core} {legal}", rng)
        core = company.brand[0] + (company.industry[0] if not company.franchise_of else "") + qualifier_native
        legal = company.legal_native
        short = {"株式会社": ["(株)", "㈱", "（株）", "(株）"], "有限会社": ["(有)", "㈲"], "合同会社": ["合同会社"]}[legal]
        if rng.random() < 0.3:
            legal = rng.choice(short)
        prefix = company.legal_prefix if rng.random() < 0.9 else not company.legal_prefix
        spacer = "\u3000" if rng.random() < 0.1 else (" " if rng.random() < 0.15 else "")
        if company.franchise_of and rng.random() < 0.5:
            legal, spacer = "", ""
        text = f"{legal}{spacer}{core}" if prefix else f"{core}{spacer}{legal}"
        if source == "legacy" and rng.random() < 0.6:
            text = _half_width_kana(text)
        return text

    def _ko_name(self, company: Company, roman: bool) -> str:
        rng = self.rng
        q_native, q_roman = company.qualifier
        if roman:
            core = " ".join(x for x in (company.brand[1], company.industry[1].split("|")[0], q_roman.split("|")[0]) if x)
            return _case(f"{core} {rng.choice(KO_LEGAL_ROMAN)}", rng)
        core = company.brand[0] + company.industry[0] + q_native
        legal = rng.choice(["주식회사", "(주)", "㈜"])
        prefix = company.legal_prefix if rng.random() < 0.85 else not company.legal_prefix
        return f"{legal}{' ' if legal == '주식회사' and rng.random() < 0.5 else ''}{core}" if prefix else f"{core} {legal}"

    def _latin_name(self, company: Company, source: str) -> str:
        rng = self.rng
        brand, industry, qualifier = company.brand[0], company.industry[0], company.qualifier[0]
        if industry and not company.protected and rng.random() < 0.12:
            industry = ""
        words = " ".join(x for x in (brand, industry, qualifier) if x)
        if company.country.iso2 == "US" and not company.protected and rng.random() < 0.05:
            words = f"The {words}" if rng.random() < 0.5 else f"{words}, The"
        if industry and not company.protected and rng.random() < 0.04:
            words = " ".join(x for x in (industry, brand, qualifier) if x)
        if rng.random() < 0.1:
            for long, short in ABBREVIATIONS.items():
                if long in words and long != qualifier:
                    words = words.replace(long, short)
                    break
        if "&" in words and rng.random() < 0.3:
            words = words.replace("&", {"de": "und", "fr": "et", "nl": "en", "sv": "och"}.get(company.country.lang, "and"))
        legal = ""
        if company.legal and (company.protected or rng.random() > (0.3 if source == "marketing" else 0.08)):
            legal = _weighted(rng, company.legal[1:], [4] + [1] * (len(company.legal) - 2))
        if not legal:
            text = words
        elif company.legal_prefix or (company.country.iso2 in ("FR", "SE") and rng.random() < 0.15):
            text = f"{legal} {words}"
        elif legal.startswith(","):
            text = words + legal
        else:
            text = f"{words} {legal}"
        if rng.random() < 0.2:
            text = _ascii_fold(text, rng)
        roll = rng.random()
        if roll < 0.05:
            text = _typo(text, rng)
        elif roll < 0.07 and source in ("legacy", "scm"):
            text = _ocr(text, rng)
        return _case(text, rng)

    # ----------------------------------------------------------------- address, city, postcode

    def street(self, address: Address, country: Country, roman: bool, source: str) -> str:
        rng = self.rng
        if address.po_box and rng.random() < (0.5 if source == "einvoice" else 0.25):
            return {"DE": "Postfach {}", "FR": "BP {}", "BE": "BP {}", "SE": "Box {}"}.get(country.iso2, "PO Box {}").format(address.po_box)
        unit = address.unit if address.unit and rng.random() < 0.7 else None
        if rng.random() < 0.06 and address.unit is None:
            unit = self._extra_unit(country, roman)
        if country.style == "zh":
            return self._zh_street(address, country, roman, unit)
        if country.style == "ja":
            return self._ja_street(address, roman, unit)
        if country.style == "ko":
            district = address.district or ("", "")
            if roman:
                return ", ".join(x for x in (unit[1] if unit else "", f"{address.number} {address.street[1]}", district[1]) if x)
            return " ".join(x for x in (district[0], address.street[0], address.number, unit[0] if unit else "") if x)
        text = self._latin_street_text(address, country, unit[0] if unit else "")
        if rng.random() < 0.15:
            text = _ascii_fold(text, rng)
        return text

    def _extra_unit(self, country: Country, roman: bool) -> tuple[str, str]:
        floor = self.rng.randint(1, 9)
        if country.style == "zh":
            return (f"{floor}楼", f"{floor}F")
        if country.style == "ja":
            return (f"{floor}F", f"{floor}F")
        if country.style == "ko":
            return (f"{floor}층", f"{floor}F")
        return ((f"{floor}. Etage" if country.lang == "de" else f"Floor {floor}"),) * 2

    def _zh_street(self, address: Address, country: Country, roman: bool, unit: tuple[str, str] | None) -> str:
        rng = self.rng
        district = address.district or ("", "")
        if roman:
            road = address.street[1]
            if rng.random() < 0.4:
                for kind in ZH_ROAD_KIND:
                    road = road.replace(kind[1], kind[2]) if road.endswith(kind[1]) else road
            number = f"No. {address.number}" if rng.random() < 0.6 else address.number
            return ", ".join(x for x in (unit[1] if unit else "", f"{number} {road}", district[1]) if x)
        number = address.number + ("号" if country.lang == "zh" else "號")
        parts = [district[0] if rng.random() < 0.85 else "", address.street[0], number, unit[0] if unit else ""]
        if rng.random() < 0.1:
            parts = [_full_width(p) if p.isdigit() else p for p in parts]
        if rng.random() < 0.15:
            parts.insert(0, _zh_full_city(address.city))
        return "".join(parts)

    def _ja_street(self, address: Address, roman: bool, unit: tuple[str, str] | None) -> str:
        rng = self.rng
        district = address.district or ("", "")
        chome, ban, go = address.number.split("-")
        if roman:
            return ", ".join(x for x in (unit[1] if unit else "", f"{address.number} {address.street[1]}", district[1]) if x)
        roll = rng.random()
        if roll < 0.2:
            number = f"{chome}丁目{ban}番{go}号"
        elif roll < 0.35:
            number = _full_width(address.number)
        else:
            number = address.number
        prefix = address.city.region[0] if rng.random() < 0.25 else ""
        city = address.city.native if address.city.native.endswith("市") and rng.random() < 0.5 else ""
        text = f"{prefix}{city}{district[0]}{address.street[0]}{number}"
        return f"{text}{' ' if rng.random() < 0.5 else ''}{unit[0]}" if unit else text

    def _latin_street_text(self, address: Address, country: Country, unit: str) -> str:
        rng = self.rng
        street, number = address.street[0], address.number
        lang = country.lang
        if lang == "de":
            if street.endswith("straße") and rng.random() < 0.45:
                street = street[:-6] + rng.choice(["str.", "strasse", "str", " Str."])
            text = f"{street} {number}{rng.choice(['', '', '', 'a', 'b'])}" if rng.random() < 0.95 else f"{street} {number}-{int(number) + 2}"
        elif lang == "fr":
            for long, short in (("rue ", "r. "), ("avenue ", "av. "), ("boulevard ", "bd "), ("place ", "pl. "), ("chemin ", "ch. ")):
                if street.startswith(long) and rng.random() < 0.3:
                    street = short + street[len(long):]
            sep = ", " if rng.random() < 0.3 else " "
            text = f"{number}{rng.choice(['', '', ' bis'])}{sep}{street}"
        elif lang in ("pt", "es", "pl", "sv", "nl"):
            if lang == "pl" and rng.random() < 0.6:
                street = "ul. " + street
            if street.startswith("Avenida") and rng.random() < 0.5:
                street = "Av." + street[7:]
            text = f"{street}, {number}" if lang in ("pt", "es") and rng.random() < 0.6 else f"{street} {number}"
        else:
            if rng.random() < 0.45:
                for long, short in (("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Drive", "Dr"),
                                    ("Boulevard", "Blvd"), ("Place", "Pl"), ("Parkway", "Pkwy")):
                    if street.endswith(long):
                        street = street[:-len(long)] + short + rng.choice(["", "."])
            text = f"{number} {street}"
            if unit and country.iso2 in ("US", "CA") and rng.random() < 0.5:
                return f"{text} {unit.replace('Suite ', rng.choice(['Ste ', '#', 'Suite ']))}"
        if not unit:
            return text
        return f"{unit}, {text}" if country.lang == "en" and rng.random() < 0.7 else f"{text}, {unit}"

    def city(self, address: Address, country: Country, roman: bool) -> str:
        rng = self.rng
        city = address.city
        roll = rng.random()
        if roll < 0.05:
            return ""
        if country.style in ("zh", "ja", "ko"):
            if roman:
                text = city.roman if rng.random() < 0.7 else f"{city.roman}, {city.region[1]}"
                return text.upper() if rng.random() < 0.2 else text
            if country.iso2 == "CN":
                options = [city.native, city.native + "市", _zh_full_city(city)]
                if address.district:
                    options.append(city.native + "市" + address.district[0])
                return rng.choice(options)
            if country.style == "ja":
                options = [city.native, city.region[0] + city.native, city.region[0]]
                if address.district and city.region[0] == "東京都":
                    options = [address.district[0], "東京都" + address.district[0], "東京都", "東京"]
                return rng.choice(options)
            return rng.choice([city.native, city.region[0] or city.native])
        if roll < 0.25 and city.roman != city.native:
            return city.roman
        if roll < 0.4 and country.iso2 in ("US", "CA", "AU", "BR", "MX", "IN"):
            return f"{city.native}, {city.region[0]}"
        if roll < 0.45 and address.district and country.iso2 == "DE":
            return f"{city.native}-{address.district[0]}"
        if roll < 0.5 and country.iso2 == "FR" and city.native in ("Paris", "Lyon", "Marseille"):
            return f"{city.native} {address.postcode[-2:]}" if rng.random() < 0.5 else f"{city.native} Cedex"
        return city.native.upper() if rng.random() < 0.1 else city.native

    def postcode(self, postcode: str, country: Country) -> str:
        rng = self.rng
        if not postcode:
            return "999077" if country.iso2 == "HK" and rng.random() < 0.2 else ""
        iso = country.iso2
        roll = rng.random()
        if roll < 0.03 and any(c.isdigit() for c in postcode):
            digits = [i for i, c in enumerate(postcode) if c.isdigit()]
            i = rng.choice(digits)
            return postcode[:i] + str((int(postcode[i]) + rng.randint(1, 9)) % 10) + postcode[i + 1:]
        if roll < 0.25:
            if iso in ("DE", "FR", "BE", "SE", "PL"):
                return f"{ {'DE': 'D', 'FR': 'F', 'BE': 'B', 'SE': 'SE', 'PL': 'PL'}[iso]}-{postcode}"
            if iso in ("GB", "CA", "SE"):
                return postcode.replace(" ", "") if rng.random() < 0.7 else postcode.lower()
            if iso == "JP":
                return rng.choice([postcode.replace("-", ""), "〒" + postcode, "〒" + _full_width(postcode)])
            if iso in ("BR", "PL"):
                return postcode.replace("-", "")
            if iso == "US":
                return f"{postcode}-{rng.randint(1, 9999):04d}"
            if iso == "IN":
                return f"{postcode[:3]} {postcode[3:]}"
            if iso == "FR":
                return f"{postcode[:2]} {postcode[2:]}"
        return postcode

    def country(self, country: Country, roman: bool) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return country.iso2
        if roll < 0.5:
            return country.iso3
        if roll < 0.7:
            return country.names[0]
        names = country.names[1:] if not roman else country.names
        return self.rng.choice(names)

    # ----------------------------------------------------------------- phone, email, tax id

    def phone(self, company: Company, source: str) -> str:
        rng = self.rng
        if rng.random() < {"marketing": 0.35, "einvoice": 0.45, "legacy": 0.25}.get(source, 0.12):
            return ""
        line = company.phone
        assert line is not None
        if company.other_line is not None and rng.random() < 0.18:
            line = company.other_line
        text = self.format_phone(line, company.country)
        if rng.random() < 0.06:
            marks = [" 转", " 内线", "-"] if company.country.iso2 == "CN" else [" ext. ", " x", " Ext ", "-"]
            text += rng.choice(marks) + str(rng.randint(10, 999))
        return text

    def format_phone(self, line: Phone, country: Country) -> str:
        """One of the many ways people write one number."""
        rng = self.rng
        cc = country.calling
        trunk = "" if line.mobile and country.iso2 == "CN" else country.trunk
        sub = line.subscriber
        groups = self._group(sub, country)
        sep = rng.choice([" ", " ", "-", ".", "/"] if country.style == "latin" else ["-", "-", " "])
        if sep == "/":
            sep = " "
        roll = rng.random()
        if country.iso2 in ("US", "CA"):
            body = f"{sep.join(groups)}"
            forms = [f"({line.area}) {groups[0]}-{groups[1]}", f"{line.area}-{groups[0]}-{groups[1]}",
                     f"{line.area}.{groups[0]}.{groups[1]}", f"+1 {line.area} {body}", f"1-{line.area}-{groups[0]}-{groups[1]}",
                     f"{line.area}{sub}"]
            return rng.choice(forms)
        if roll < 0.45:
            area = f"{trunk}{line.area}"
            if country.iso2 == "DE" and rng.random() < 0.3:
                return f"{area}/{''.join(groups)}"
            if country.iso2 in ("BR",) and rng.random() < 0.5:
                return f"({line.area}) {'-'.join(groups)}"
            return f"{area}{sep}{sep.join(groups)}" if area else sep.join(groups)
        if roll < 0.75:
            return f"+{cc} {line.area}{' ' if line.area else ''}{sep.join(groups)}".replace("  ", " ")
        if roll < 0.85 and trunk and country.style == "latin":
            return f"+{cc} ({trunk}){line.area} {' '.join(groups)}"
        if roll < 0.93:
            return f"00{cc} {line.area} {''.join(groups)}".replace("  ", " ")
        return f"{trunk}{line.area}{sub}"

    @staticmethod
    def _group(sub: str, country: Country) -> list[str]:
        if country.iso2 == "FR":
            return [sub[i:i + 2] for i in range(0, len(sub), 2)]
        if len(sub) == 7:
            return [sub[:3], sub[3:]]
        if len(sub) == 8:
            return [sub[:4], sub[4:]]
        half = len(sub) // 2
        return [sub[:half], sub[half:]]

    def email(self, company: Company, source: str) -> str:
        rng = self.rng
        if rng.random() < {"marketing": 0.15, "crm": 0.45, "einvoice": 0.4}.get(source, 0.7):
            return ""
        if company.free_mail and (not company.domain or rng.random() < 0.5):
            return company.free_mail
        if not company.domain:
            return ""
        local = rng.choice(company.contacts)
        if company.franchise_of:
            local = _slug(company.qualifier[1].split("|")[0]) or local
        domain = company.domain
        if rng.random() < 0.1:
            base, _, tld = domain.partition(".")
            domain = f"{base}.{rng.choice([t for t in TLD[company.country.iso2]] + ['com'])}"
        text = f"{local}@{domain}"
        return text.upper() if rng.random() < 0.04 else (text.capitalize() if rng.random() < 0.04 else text)

    def tax_id(self, company: Company, source: str, strict: bool) -> str:
        rng = self.rng
        missing = {"einvoice": 0.05, "erp": 0.25, "scm": 0.45, "crm": 0.5, "marketing": 0.85, "legacy": 0.45}[source]
        if rng.random() < missing:
            return ""
        text = company.tax_id
        if not strict and rng.random() < 0.025:
            text = _tax_id_typo(text, company.country.iso2, rng)
        return _format_tax_id(text, company.country.iso2, rng)


def _zh_full_city(city: City) -> str:
    """"广东省深圳市", or "上海市" for a city that is its own province ("香港" for Hong Kong)."""
    if not city.region[0] or city.region[0].startswith(city.native):
        return city.region[0] or city.native
    return city.region[0] + city.native + ("市" if not city.native.endswith("市") else "")


def _to_trad_if(company: Company, text: str) -> str:
    return text if company.country.lang == "zh" else _to_trad(text)


def _split_pinyin(word: str) -> str:
    """"Huaxin" as "Hua Xin": split before the second syllable's initial consonant."""
    for i in range(2, len(word) - 1):
        if word[i] not in "aeiouvng" and word[i - 1] in "aeioung":
            return word[:i].capitalize() + " " + word[i:].capitalize()
    return word


# ======================================================================= chunks and output


def _chunk(args: tuple[int, int, int]) -> tuple[list[list[str]], list[int]]:
    """Records and their entity serials for one chunk, from the chunk's own random stream."""
    seed, chunk, n_records = args
    rng = random.Random(seed * 1_000_003 + chunk)
    factory = CompanyFactory(rng, seed)
    renderer = RecordRenderer(rng)
    next_serial = count(chunk * _SERIALS_PER_CHUNK).__next__
    rows: list[list[str]] = []
    entities: list[int] = []
    while len(rows) < n_records:
        for company in factory.family(next_serial):
            size = min(rng.choices(_CLUSTER_SIZES, _CLUSTER_WEIGHTS)[0], n_records - len(rows))
            sources = rng.choices(SOURCES, _SOURCE_WEIGHTS, k=size)
            for source in sources:
                rows.append(renderer.render(company, source))
                entities.append(company.serial)
            if len(rows) >= n_records:
                break
    return rows, entities


def generate(n_records: int, seed: int, workers: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Make ``n_records`` records and their truth; the same arguments always give the same frames.

    Returns ``(records, truth)``: records with the columns of :data:`COLUMNS`, truth with
    ``record_id, entity_id``, both in the same (shuffled) order. ``workers`` (default: one per
    CPU) changes only the speed.
    """
    if n_records < 1:
        raise ValueError(f"n_records must be at least 1, got {n_records}")
    n_chunks = -(-n_records // CHUNK_RECORDS)
    tasks = [(seed, c, min(CHUNK_RECORDS, n_records - c * CHUNK_RECORDS)) for c in range(n_chunks)]
    workers = min(workers or os.cpu_count() or 1, n_chunks)
    if workers == 1:
        results = list(map(_chunk, tasks))
    else:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_chunk, tasks, chunksize=1))
    rows = [row for chunk_rows, _ in results for row in chunk_rows]
    serials = np.fromiter((s for _, chunk_serials in results for s in chunk_serials), dtype=np.int64, count=n_records)
    order = np.random.default_rng(seed).permutation(n_records)
    records = pd.DataFrame([rows[i] for i in order], columns=COLUMNS[1:])
    records.insert(0, "record_id", [f"R{x:010x}" for x in _mix_array(np.arange(n_records), seed).tolist()])
    truth = pd.DataFrame({"record_id": records["record_id"],
                          "entity_id": [f"E{x:010x}" for x in _mix_array(serials[order], seed + 1).tolist()]})
    return records, truth


def write(out: str | Path, n_records: int, seed: int, workers: int | None = None) -> None:
    """Write ``records.csv`` and ``truth.csv`` into directory ``out`` (created if missing)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    records, truth = generate(n_records, seed, workers)
    records.to_csv(out / "records.csv", index=False, encoding="utf-8", lineterminator="\n")
    truth.to_csv(out / "truth.csv", index=False, encoding="utf-8", lineterminator="\n")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``--records N --seed S --out DIR [--workers W]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, required=True, help="number of records to write")
    parser.add_argument("--seed", type=int, required=True, help="random seed; same seed, same bytes")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per CPU)")
    args = parser.parse_args(argv)
    write(args.out, args.records, args.seed, args.workers)


if __name__ == "__main__":
    main()
