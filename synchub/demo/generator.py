"""Seeded generator of the demo data: real-world companies, written into the CRM, the ERP and
the SCM in each system's own style and with the mess that real master data has.

The generator knows the truth that SyncHub has to find out: which records of the three systems
are the same company. ``seed()`` returns it as a table (``system``, ``local_id``, ``true_id``)
so that matching can be scored.

Design notes:

- Everything is drawn from ``numpy.random.Generator`` streams spawned from one ``SeedSequence``,
  one stream per concern (companies, presence, each system, ...), so that the same seed gives
  the same databases and changing how one system is rendered does not reshuffle the others.
- Names, addresses and ids are built from small word tables with vectorised numpy indexing and
  concatenation of object arrays; per-row Python runs only on the small messed-up subsets. One
  million companies are generated in seconds; writing them is the slow part.
- A company is first generated in a canonical form (a "record of arrays": ``dict`` of numpy
  object arrays of equal length, ``None`` where a value is missing). The ``render_*`` functions
  turn canonical companies into rows of one system; ``mutate`` reuses them for added records.
- All seeded change timestamps lie before :data:`SEED_NOW` (2026-01-01), so that whatever
  SyncHub or ``mutate`` writes later is newer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import Engine, create_engine, event, text

from synchub.demo.schemas import (
    METADATA,
    crm_account,
    crm_contact,
    crm_opportunity,
    erp_bsid,
    erp_kna1,
    erp_mara,
    erp_vbak,
    scm_consignee,
    scm_delivery,
    scm_item,
    scm_stock,
)

__all__ = [
    "SEED_NOW",
    "SYSTEMS",
    "read_truth",
    "reset",
    "seed",
    "uscc_check_char",
    "write_truth",
]

SYSTEMS = ("crm", "erp", "scm")
"""The demo systems, in the order their records appear in the truth."""

SEED_NOW = datetime(2026, 1, 1)
"""Every timestamp of seeded data lies before this instant (naive UTC)."""

CHUNK_ROWS = 5000
"""Rows per ``INSERT`` executemany: big enough to be fast, small enough for any driver."""

TRUTH_COLUMNS = ["system", "local_id", "true_id"]

# ================================================================== countries
COUNTRIES = ("CN", "JP", "DE", "FR", "GB", "US")
COUNTRY_SHARE = (0.40, 0.10, 0.16, 0.09, 0.10, 0.15)
ISO3 = {"CN": "CHN", "JP": "JPN", "DE": "DEU", "FR": "FRA", "GB": "GBR", "US": "USA"}
CURRENCY = {"CN": "CNY", "JP": "JPY", "DE": "EUR", "FR": "EUR", "GB": "GBP", "US": "USD"}
CALLING_CODE = {"CN": "86", "JP": "81", "DE": "49", "FR": "33", "GB": "44", "US": "1"}
CRM_COUNTRY_NAME = {
    "CN": "China",
    "JP": "Japan",
    "DE": "Germany",
    "FR": "France",
    "GB": "United Kingdom",
    "US": "United States",
}
"""The value a clean CRM record has in ``Account.BillingCountry``."""
CRM_COUNTRY_VARIANTS = {
    "CN": ("PRC", "People's Republic of China", "中国"),
    "JP": ("日本",),
    "DE": ("Deutschland",),
    "FR": ("République française",),
    "GB": ("UK", "Great Britain", "England"),
    "US": ("USA", "United States of America", "US"),
}
"""Other spellings of the same country that users typed into ``BillingCountry``."""

# Rough size of a credit limit in USD, and what one USD is in each currency: limits look
# like round numbers in the customer's own currency.
_CREDIT_USD = np.array([5e3, 1e4, 2.5e4, 5e4, 1e5, 2.5e5, 5e5, 1e6])
_CREDIT_P = np.array([0.10, 0.18, 0.22, 0.20, 0.14, 0.09, 0.05, 0.02])
_FX = {"CNY": 7.0, "JPY": 150.0, "EUR": 1.0, "GBP": 1.0, "USD": 1.0}


def obj_array(values: Sequence) -> np.ndarray:
    """A 1-D numpy object array of ``values`` (strings stay Python strings)."""
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def _words(spec: str) -> tuple[np.ndarray, np.ndarray]:
    """Parse ``"星xing 辰chen ..."`` into (characters, pinyin), dropping repeated characters."""
    seen: dict[str, str] = {}
    for token in spec.split():
        m = re.fullmatch(r"(\D+?)([a-z]+)", token)
        if m and m.group(1) not in seen:
            seen[m.group(1)] = m.group(2)
    return obj_array(list(seen)), obj_array(list(seen.values()))


# ------------------------------------------------------------------ China
CN_SYLLABLES, CN_PINYIN = _words(
    """
    星xing 辰chen 华hua 中zhong 海hai 天tian 明ming 博bo 瑞rui 恒heng 达da 盛sheng 鑫xin 宏hong
    信xin 德de 源yuan 泰tai 康kang 安an 诚cheng 金jin 宇yu 鼎ding 通tong 远yuan 创chuang 新xin
    佳jia 丰feng 利li 隆long 昌chang 兴xing 旺wang 富fu 荣rong 嘉jia 和he 润run 美mei 晨chen
    光guang 辉hui 耀yao 阳yang 峰feng 云yun 龙long 凤feng 鹏peng 飞fei 腾teng 跃yue 展zhan 志zhi
    卓zhuo 越yue 优you 品pin 尚shang 智zhi 慧hui 睿rui 思si 维wei 启qi 航hang 舟zhou 帆fan 洋yang
    江jiang 河he 湖hu 山shan 川chuan 林lin 森sen 松song 柏bai 竹zhu 梅mei 兰lan 蓝lan 青qing 紫zi
    红hong 银yin 铭ming 铂bo 钧jun 锦jin 绣xiu 彩cai 虹hong 霖lin 雨yu 露lu 雪xue 冰bing 晶jing
    玉yu 宝bao 珠zhu 贝bei 璟jing 瑜yu 琪qi 琳lin 环huan 球qiu 宙zhou 坤kun 乾qian 元yuan 亨heng
    正zheng 方fang 立li 本ben 合he 众zhong 联lian 协xie 同tong 汇hui 聚ju 集ji 广guang 大da 东dong
    南nan 西xi 北bei 万wan 千qian 百bai 力li 强qiang 威wei 锐rui 捷jie 迅xun 驰chi 骏jun 鹰ying
    鸿hong 奥ao 朗lang 普pu 瀚han 沃wo 澜lan 涛tao 浩hao 泓hong 清qing 泉quan 溪xi 沛pei 致zhi
    臻zhen 精jing 纳na 微wei 芯xin 数shu 科ke 畅chang 拓tuo 宁ning 福fu 祥xiang 景jing 晟sheng
    昊hao 旭xu 曜yao 晖hui 煜yu 炎yan 焱yan 烁shuo 灿can 峻jun 岳yue 岩yan 磊lei 石shi 坚jian
    固gu 稳wen 久jiu 长chang 永yong 凯kai 旋xuan 胜sheng 钰yu 铠kai 锋feng 钢gang 铁tie 铜tong
    昇sheng 升sheng 翔xiang 翼yi 羽yu 鲲kun 骐qi 麟lin 熙xi 悦yue 欣xin 怡yi 乐le 雅ya 逸yi
    轩xuan 宸chen 璞pu 琦qi 璇xuan 瑶yao 琨kun 诺nuo 誉yu 馨xin 蔚wei 颐yi 泽ze 汉han 唐tang
    宋song 秦qin 楚chu 吴wu 齐qi 鲁lu 燕yan 赵zhao 晋jin 蜀shu 粤yue 闽min 浙zhe 苏su 湘xiang
    豫yu 冀ji 辽liao 吉ji 黔qian 滇dian 桂gui 琼qiong 赣gan 皖wan 陕shan 甘gan
    """
)
# Pinyin of the second syllable, capitalised rule aside: "Xing'an", not "Xingan".
_CN_PINYIN_2 = obj_array([("'" + p) if p[0] in "aeo" else p for p in CN_PINYIN])

# (city, pinyin, postcode prefix, area code, admin division prefix, weight, districts)
CN_CITIES = [
    ("北京", "Beijing", "100", "10", "1101", 8, [("朝阳区", "Chaoyang District"), ("海淀区", "Haidian District"), ("丰台区", "Fengtai District")]),
    ("上海", "Shanghai", "200", "21", "3101", 9, [("浦东新区", "Pudong New Area"), ("徐汇区", "Xuhui District"), ("闵行区", "Minhang District")]),
    ("广州", "Guangzhou", "510", "20", "4401", 6, [("天河区", "Tianhe District"), ("越秀区", "Yuexiu District"), ("番禺区", "Panyu District")]),
    ("深圳", "Shenzhen", "518", "755", "4403", 8, [("南山区", "Nanshan District"), ("福田区", "Futian District"), ("宝安区", "Bao'an District")]),
    ("杭州", "Hangzhou", "310", "571", "3301", 4, [("西湖区", "Xihu District"), ("滨江区", "Binjiang District"), ("余杭区", "Yuhang District")]),
    ("南京", "Nanjing", "210", "25", "3201", 3, [("鼓楼区", "Gulou District"), ("江宁区", "Jiangning District"), ("玄武区", "Xuanwu District")]),
    ("苏州", "Suzhou", "215", "512", "3205", 4, [("工业园区", "Suzhou Industrial Park"), ("姑苏区", "Gusu District"), ("吴中区", "Wuzhong District")]),
    ("成都", "Chengdu", "610", "28", "5101", 3, [("武侯区", "Wuhou District"), ("锦江区", "Jinjiang District"), ("高新区", "Gaoxin District")]),
    ("武汉", "Wuhan", "430", "27", "4201", 3, [("洪山区", "Hongshan District"), ("江汉区", "Jianghan District"), ("武昌区", "Wuchang District")]),
    ("西安", "Xi'an", "710", "29", "6101", 2, [("雁塔区", "Yanta District"), ("未央区", "Weiyang District"), ("碑林区", "Beilin District")]),
    ("天津", "Tianjin", "300", "22", "1201", 3, [("和平区", "Heping District"), ("滨海新区", "Binhai New Area"), ("南开区", "Nankai District")]),
    ("重庆", "Chongqing", "400", "23", "5001", 3, [("渝中区", "Yuzhong District"), ("江北区", "Jiangbei District"), ("渝北区", "Yubei District")]),
    ("青岛", "Qingdao", "266", "532", "3702", 2, [("市南区", "Shinan District"), ("黄岛区", "Huangdao District"), ("崂山区", "Laoshan District")]),
    ("厦门", "Xiamen", "361", "592", "3502", 2, [("思明区", "Siming District"), ("湖里区", "Huli District")]),
    ("宁波", "Ningbo", "315", "574", "3302", 2, [("鄞州区", "Yinzhou District"), ("北仑区", "Beilun District")]),
    ("大连", "Dalian", "116", "411", "2102", 1, [("中山区", "Zhongshan District"), ("甘井子区", "Ganjingzi District")]),
    ("沈阳", "Shenyang", "110", "24", "2101", 1, [("和平区", "Heping District"), ("浑南区", "Hunnan District")]),
    ("长沙", "Changsha", "410", "731", "4301", 2, [("岳麓区", "Yuelu District"), ("芙蓉区", "Furong District")]),
    ("郑州", "Zhengzhou", "450", "371", "4101", 2, [("金水区", "Jinshui District"), ("中原区", "Zhongyuan District")]),
    ("济南", "Jinan", "250", "531", "3701", 1, [("历下区", "Lixia District"), ("槐荫区", "Huaiyin District")]),
    ("合肥", "Hefei", "230", "551", "3401", 1, [("蜀山区", "Shushan District"), ("包河区", "Baohe District")]),
    ("福州", "Fuzhou", "350", "591", "3501", 1, [("鼓楼区", "Gulou District"), ("仓山区", "Cangshan District")]),
    ("东莞", "Dongguan", "523", "769", "4419", 3, [("松山湖", "Songshan Lake"), ("长安镇", "Chang'an Town")]),
    ("佛山", "Foshan", "528", "757", "4406", 2, [("禅城区", "Chancheng District"), ("南海区", "Nanhai District"), ("顺德区", "Shunde District")]),
    ("无锡", "Wuxi", "214", "510", "3202", 2, [("新吴区", "Xinwu District"), ("滨湖区", "Binhu District")]),
    ("昆明", "Kunming", "650", "871", "5301", 1, [("五华区", "Wuhua District"), ("官渡区", "Guandu District")]),
    ("哈尔滨", "Harbin", "150", "451", "2301", 1, [("南岗区", "Nangang District"), ("道里区", "Daoli District")]),
    ("石家庄", "Shijiazhuang", "050", "311", "1301", 1, [("长安区", "Chang'an District"), ("裕华区", "Yuhua District")]),
    ("珠海", "Zhuhai", "519", "756", "4404", 1, [("香洲区", "Xiangzhou District"), ("金湾区", "Jinwan District")]),
    ("温州", "Wenzhou", "325", "577", "3303", 1, [("鹿城区", "Lucheng District"), ("瓯海区", "Ouhai District")]),
    ("常州", "Changzhou", "213", "519", "3204", 1, [("武进区", "Wujin District"), ("新北区", "Xinbei District")]),
    ("泉州", "Quanzhou", "362", "595", "3505", 1, [("丰泽区", "Fengze District"), ("晋江市", "Jinjiang City")]),
]
CN_ROADS = [
    ("建国路", "Jianguo Road"), ("人民路", "Renmin Road"), ("中山路", "Zhongshan Road"),
    ("解放路", "Jiefang Road"), ("长安街", "Chang'an Street"), ("南京路", "Nanjing Road"),
    ("科技园路", "Kejiyuan Road"), ("创业大道", "Chuangye Avenue"), ("高新大道", "Gaoxin Avenue"),
    ("工业园路", "Gongyeyuan Road"), ("和平路", "Heping Road"), ("东风路", "Dongfeng Road"),
    ("新华路", "Xinhua Road"), ("文化路", "Wenhua Road"), ("青年路", "Qingnian Road"),
    ("金融街", "Jinrong Street"), ("滨江大道", "Binjiang Avenue"), ("世纪大道", "Shiji Avenue"),
    ("学院路", "Xueyuan Road"), ("光明路", "Guangming Road"), ("胜利路", "Shengli Road"),
    ("友谊路", "Youyi Road"), ("花园路", "Huayuan Road"), ("长江路", "Changjiang Road"),
    ("黄河路", "Huanghe Road"), ("振兴路", "Zhenxing Road"),
]
# (Chinese, English, e-mail slug, Salesforce Industry)
CN_INDUSTRIES = [
    ("科技", "Technology", "tech", "Technology"),
    ("电子", "Electronics", "elec", "Electronics"),
    ("贸易", "Trading", "trading", "Retail"),
    ("实业", "Industrial", "industrial", "Manufacturing"),
    ("机械", "Machinery", "machinery", "Machinery"),
    ("化工", "Chemical", "chem", "Chemicals"),
    ("医药", "Pharmaceutical", "pharma", "Healthcare"),
    ("物流", "Logistics", "logistics", "Transportation"),
    ("网络科技", "Network Technology", "net", "Technology"),
    ("信息技术", "Information Technology", "it", "Technology"),
    ("新材料", "New Material", "material", "Manufacturing"),
    ("能源", "Energy", "energy", "Energy"),
    ("食品", "Food", "food", "Food & Beverage"),
    ("纺织", "Textile", "textile", "Apparel"),
    ("建设工程", "Construction Engineering", "build", "Construction"),
    ("汽车零部件", "Auto Parts", "auto", "Manufacturing"),
    ("精密制造", "Precision Manufacturing", "precision", "Manufacturing"),
    ("光电", "Optoelectronics", "opto", "Electronics"),
    ("软件", "Software", "soft", "Technology"),
    ("智能装备", "Intelligent Equipment", "smart", "Machinery"),
    ("环保科技", "Environmental Technology", "eco", "Environmental"),
    ("进出口", "Import and Export", "trade", "Retail"),
    ("包装", "Packaging", "pack", "Manufacturing"),
    ("生物科技", "Biotechnology", "bio", "Biotechnology"),
    ("半导体", "Semiconductor", "semi", "Electronics"),
    ("通信", "Communication", "comm", "Communications"),
    ("仪器", "Instrument", "instrument", "Machinery"),
    ("塑胶", "Plastic", "plastic", "Manufacturing"),
    ("五金", "Hardware", "hardware", "Manufacturing"),
    ("供应链管理", "Supply Chain Management", "scm", "Transportation"),
]
# (Chinese legal form, English, weight)
CN_LEGAL = [
    ("有限公司", "Co., Ltd.", 0.68),
    ("股份有限公司", "Co., Ltd.", 0.18),
    ("集团有限公司", "Group Co., Ltd.", 0.08),
    ("有限责任公司", "Co., Ltd.", 0.06),
]

# ------------------------------------------------------------------ Japan
JP_SURNAMES = [
    ("山田", "Yamada"), ("田中", "Tanaka"), ("鈴木", "Suzuki"), ("佐藤", "Sato"), ("高橋", "Takahashi"),
    ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"),
    ("吉田", "Yoshida"), ("山本", "Yamamoto"), ("松本", "Matsumoto"), ("井上", "Inoue"), ("木村", "Kimura"),
    ("林", "Hayashi"), ("清水", "Shimizu"), ("山口", "Yamaguchi"), ("森", "Mori"), ("池田", "Ikeda"),
    ("橋本", "Hashimoto"), ("石川", "Ishikawa"), ("前田", "Maeda"), ("藤田", "Fujita"), ("岡田", "Okada"),
    ("後藤", "Goto"), ("長谷川", "Hasegawa"), ("村上", "Murakami"), ("近藤", "Kondo"), ("坂本", "Sakamoto"),
    ("遠藤", "Endo"), ("青木", "Aoki"), ("藤井", "Fujii"), ("西村", "Nishimura"), ("福田", "Fukuda"),
    ("太田", "Ota"), ("三浦", "Miura"), ("藤原", "Fujiwara"), ("岡本", "Okamoto"), ("松田", "Matsuda"),
    ("中川", "Nakagawa"), ("原田", "Harada"), ("小野", "Ono"), ("竹内", "Takeuchi"), ("金子", "Kaneko"),
    ("和田", "Wada"), ("中野", "Nakano"), ("田村", "Tamura"), ("安藤", "Ando"), ("大野", "Ono"),
    ("東洋", "Toyo"), ("日本", "Nihon"), ("大和", "Yamato"), ("富士", "Fuji"), ("三和", "Sanwa"),
    ("中央", "Chuo"), ("東邦", "Toho"), ("日東", "Nitto"), ("大同", "Daido"), ("昭和", "Showa"),
    ("平和", "Heiwa"), ("太陽", "Taiyo"), ("旭", "Asahi"), ("北陸", "Hokuriku"), ("関西", "Kansai"),
    ("東海", "Tokai"), ("九州", "Kyushu"), ("新光", "Shinko"), ("光洋", "Koyo"), ("明治", "Meiji"),
    ("大成", "Taisei"), ("協和", "Kyowa"), ("共栄", "Kyoei"), ("千代田", "Chiyoda"), ("日進", "Nisshin"),
    ("三共", "Sankyo"), ("丸三", "Marusan"), ("山陽", "San'yo"), ("北斗", "Hokuto"), ("瑞穂", "Mizuho"),
    ("大阪", "Osaka"), ("名古屋", "Nagoya"), ("横浜", "Yokohama"), ("神戸", "Kobe"), ("京都", "Kyoto"),
    ("札幌", "Sapporo"), ("福岡", "Fukuoka"), ("広島", "Hiroshima"), ("仙台", "Sendai"), ("浜松", "Hamamatsu"),
    ("静岡", "Shizuoka"), ("新潟", "Niigata"), ("金沢", "Kanazawa"), ("岡山", "Okayama"), ("熊本", "Kumamoto"),
    ("千葉", "Chiba"), ("長野", "Nagano"), ("岐阜", "Gifu"), ("富山", "Toyama"), ("奈良", "Nara"),
    ("東京", "Tokyo"), ("湘南", "Shonan"), ("信州", "Shinshu"), ("三河", "Mikawa"), ("播磨", "Harima"),
    ("阪神", "Hanshin"), ("京浜", "Keihin"), ("中部", "Chubu"), ("東北", "Tohoku"), ("四国", "Shikoku"),
]
JP_DESCRIPTORS = [
    ("", ""), ("", ""), ("", ""), ("精密", "Seimitsu"), ("電子", "Denshi"), ("化学", "Kagaku"),
    ("技研", "Giken"), ("機工", "Kiko"), ("特殊", "Tokushu"), ("総合", "Sogo"), ("工機", "Koki"),
    ("理化", "Rika"), ("鋼材", "Kozai"), ("電工", "Denko"), ("精工", "Seiko"), ("興産", "Kosan"),
    ("通信", "Tsushin"), ("冷機", "Reiki"), ("油化", "Yuka"), ("硝子", "Garasu"), ("製鋼", "Seiko"),
]
JP_KATAKANA_1 = [
    ("アルファ", "Alpha"), ("ベータ", "Beta"), ("ネオ", "Neo"), ("ユニ", "Uni"), ("テクノ", "Techno"),
    ("エコ", "Eco"), ("グリーン", "Green"), ("ブルー", "Blue"), ("サン", "Sun"), ("スター", "Star"),
    ("ゴールド", "Gold"), ("シルバー", "Silver"), ("ノース", "North"), ("ウエスト", "West"), ("イースト", "East"),
    ("トップ", "Top"), ("ベスト", "Best"), ("ニュー", "New"), ("グローバル", "Global"), ("ワールド", "World"),
    ("アジア", "Asia"), ("パシフィック", "Pacific"), ("オリエント", "Orient"), ("ダイヤ", "Dia"),
    ("クリスタル", "Crystal"), ("スマート", "Smart"), ("ハイ", "High"), ("マックス", "Max"), ("プロ", "Pro"),
    ("エース", "Ace"), ("クイック", "Quick"), ("ライト", "Light"), ("ブライト", "Bright"), ("メディ", "Medi"),
    ("バイオ", "Bio"), ("ナノ", "Nano"), ("デジ", "Digi"), ("フジ", "Fuji"), ("ミラ", "Mira"), ("ルミ", "Lumi"),
]
JP_KATAKANA_2 = [
    ("テック", "tech"), ("ライズ", "rise"), ("ウェイ", "way"), ("ライン", "line"), ("ネット", "net"),
    ("ワークス", "works"), ("システム", "system"), ("ソリューション", "solution"), ("フード", "food"),
    ("ライフ", "life"), ("ウェーブ", "wave"), ("リンク", "link"), ("ポート", "port"), ("フィールド", "field"),
    ("ビジョン", "vision"), ("トロン", "tron"), ("メイト", "mate"), ("ケア", "care"), ("ワン", "one"),
    ("ゲート", "gate"), ("ブリッジ", "bridge"), ("ロジ", "logi"), ("パック", "pack"), ("プラス", "plus"),
    ("ステージ", "stage"), ("フロー", "flow"), ("コア", "core"), ("クラフト", "craft"), ("キューブ", "cube"),
    ("ドライブ", "drive"), ("メディア", "media"), ("ラボ", "labo"), ("ファクトリー", "factory"),
    ("マテリアル", "material"), ("エナジー", "energy"), ("スペース", "space"), ("ネクスト", "next"),
    ("サポート", "support"), ("エンジ", "engi"), ("グラフ", "graph"),
]
# (Japanese, romaji, English, Salesforce Industry)
JP_INDUSTRIES = [
    ("製作所", "Seisakusho", "Manufacturing", "Manufacturing"),
    ("電機", "Denki", "Electric", "Electronics"),
    ("工業", "Kogyo", "Industries", "Manufacturing"),
    ("商事", "Shoji", "Trading", "Retail"),
    ("物産", "Bussan", "Trading", "Retail"),
    ("化学", "Kagaku", "Chemical", "Chemicals"),
    ("精機", "Seiki", "Precision Machinery", "Machinery"),
    ("建設", "Kensetsu", "Construction", "Construction"),
    ("産業", "Sangyo", "Industry", "Manufacturing"),
    ("電子", "Denshi", "Electronics", "Electronics"),
    ("食品", "Shokuhin", "Foods", "Food & Beverage"),
    ("運輸", "Unyu", "Transport", "Transportation"),
    ("物流", "Butsuryu", "Logistics", "Transportation"),
    ("製薬", "Seiyaku", "Pharmaceutical", "Healthcare"),
    ("鉄工", "Tekko", "Iron Works", "Manufacturing"),
    ("機械", "Kikai", "Machinery", "Machinery"),
    ("金属", "Kinzoku", "Metal", "Manufacturing"),
    ("印刷", "Insatsu", "Printing", "Media"),
    ("光学", "Kogaku", "Optical", "Electronics"),
    ("化成", "Kasei", "Chemical Industries", "Chemicals"),
    ("システム", "System", "Systems", "Technology"),
    ("技研", "Giken", "Engineering", "Engineering"),
]
# (city, English, postcode prefix, area code); a landline number has 9 digits after the 0.
JP_CITIES = [
    ("東京都港区", "Minato-ku, Tokyo", "105", "3"), ("東京都千代田区", "Chiyoda-ku, Tokyo", "100", "3"),
    ("東京都新宿区", "Shinjuku-ku, Tokyo", "160", "3"), ("東京都品川区", "Shinagawa-ku, Tokyo", "141", "3"),
    ("東京都大田区", "Ota-ku, Tokyo", "144", "3"), ("大阪府大阪市", "Osaka", "530", "6"),
    ("愛知県名古屋市", "Nagoya", "450", "52"), ("神奈川県横浜市", "Yokohama", "220", "45"),
    ("福岡県福岡市", "Fukuoka", "812", "92"), ("北海道札幌市", "Sapporo", "060", "11"),
    ("京都府京都市", "Kyoto", "600", "75"), ("兵庫県神戸市", "Kobe", "650", "78"),
    ("広島県広島市", "Hiroshima", "730", "82"), ("宮城県仙台市", "Sendai", "980", "22"),
    ("静岡県浜松市", "Hamamatsu", "430", "53"), ("埼玉県さいたま市", "Saitama", "330", "48"),
    ("愛知県豊田市", "Toyota", "471", "565"),
]
JP_TOWNS = [
    ("芝浦", "Shibaura"), ("丸の内", "Marunouchi"), ("西新宿", "Nishi-Shinjuku"), ("大手町", "Otemachi"),
    ("本町", "Honmachi"), ("栄", "Sakae"), ("駅前", "Ekimae"), ("中央", "Chuo"), ("緑町", "Midoricho"),
    ("旭町", "Asahimachi"), ("錦町", "Nishikicho"), ("新町", "Shinmachi"), ("東町", "Higashimachi"),
    ("港町", "Minatomachi"), ("幸町", "Saiwaicho"), ("昭和町", "Showacho"), ("寿町", "Kotobukicho"),
    ("若松町", "Wakamatsucho"),
]

# ------------------------------------------------------------------ Germany
DE_SURNAMES = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
    Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
    Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König
    Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich
    Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon
    Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel
    Heinrich Brandt Haas""".split()
DE_FIRST_NAMES = """Karl Hans Peter Wolfgang Klaus Jürgen Dieter Heinz Werner Günter Helmut Walter Horst
    Manfred Uwe Rolf Bernd Gerhard Frank Stefan Thomas Michael Andreas Markus Ralf Jörg Martin Georg
    Friedrich Wilhelm Otto Ernst Heinrich Ludwig Anton Josef Franz Christian Matthias Tobias""".split()
DE_PREFIXES = """Nord Süd West Ost Rhein Main Elb Alpen Hansa Isar Spree Weser Ruhr Saar Donau Boden
    Harz Eifel Taunus Blau Grün Stahl Euro Inter Multi Pro Uni Techno Allgäu Mosel""".split()
DE_STEMS = """tec tech werk bau stahl metall plast form tronic matic data log trans chem med pack therm
    kraft line systeme""".split()
# (branch word, Salesforce Industry)
DE_BRANCHES = [
    ("Maschinenbau", "Machinery"), ("Logistik", "Transportation"), ("Elektrotechnik", "Electronics"),
    ("Metallbau", "Manufacturing"), ("Kunststofftechnik", "Manufacturing"), ("Handel", "Retail"),
    ("Automation", "Machinery"), ("Antriebstechnik", "Machinery"), ("Anlagenbau", "Engineering"),
    ("Feinmechanik", "Manufacturing"), ("Verpackung", "Manufacturing"), ("Chemie", "Chemicals"),
    ("Pharma", "Healthcare"), ("Medizintechnik", "Healthcare"), ("Software", "Technology"),
    ("Systemtechnik", "Technology"), ("Bau", "Construction"), ("Haustechnik", "Construction"),
    ("Lebensmittel", "Food & Beverage"), ("Textil", "Apparel"), ("Druck", "Media"),
    ("Umwelttechnik", "Environmental"), ("Energietechnik", "Energy"), ("Präzisionstechnik", "Manufacturing"),
    ("Werkzeugbau", "Manufacturing"), ("Fahrzeugteile", "Manufacturing"), ("Elektronik", "Electronics"),
    ("Industriebedarf", "Retail"), ("Spedition", "Transportation"), ("Beschlagtechnik", "Manufacturing"),
]
DE_LEGAL = [("GmbH", 0.62), ("AG", 0.12), ("GmbH & Co. KG", 0.20), ("KG", 0.06)]
# (city, postcode prefixes, area code)
DE_CITIES = [
    ("Berlin", ("10", "12", "13"), "30"), ("Hamburg", ("20", "22"), "40"), ("München", ("80", "81"), "89"),
    ("Köln", ("50", "51"), "221"), ("Frankfurt am Main", ("60",), "69"), ("Stuttgart", ("70",), "711"),
    ("Düsseldorf", ("40",), "211"), ("Leipzig", ("04",), "341"), ("Dortmund", ("44",), "231"),
    ("Essen", ("45",), "201"), ("Bremen", ("28",), "421"), ("Dresden", ("01",), "351"),
    ("Hannover", ("30",), "511"), ("Nürnberg", ("90",), "911"), ("Mannheim", ("68",), "621"),
    ("Bielefeld", ("33",), "521"), ("Augsburg", ("86",), "821"), ("Karlsruhe", ("76",), "721"),
    ("Wolfsburg", ("38",), "5361"), ("Ulm", ("89",), "731"),
]
DE_STREETS = """Hauptstraße Bahnhofstraße Industriestraße Gartenstraße Schillerstraße Goethestraße
    Lindenstraße Kirchstraße Ringstraße Friedrichstraße Mühlenweg Gewerbestraße Siemensstraße
    Robert-Bosch-Straße Carl-Zeiss-Straße Otto-Hahn-Straße Daimlerstraße Max-Planck-Straße
    Am_Markt Im_Gewerbepark""".split()

# ------------------------------------------------------------------ France
FR_SURNAMES = """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
    Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont
    Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel
    Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin Masson Gérard Boyer
    Denis Lemaire Duval Joly Roche Roy Noël Lucas Meunier Marchand Dufour Blanchard Barbier Brun
    Dumas Brunet Leroux Colin""".split()
FR_FIRST_NAMES = """Jean Pierre Michel André Philippe Alain Jacques Bernard Claude Daniel Christian
    Patrick Nicolas François Louis Marcel Henri Paul Georges Robert Laurent Olivier Thierry Éric
    Julien Émile Antoine Étienne Lucien Raymond Gilles Yves""".split()
FR_PREFIXES = """Euro Val Alpi Atlan Proven Medi Nor Sud Loire Rhôna Seina Armor Ocea Aqui Lumi Verti
    Azur Mistral Cristal Orion Delta Techno Agri Indus""".split()
FR_STEMS = "tec val ia ys ence ex ine or is om ane ium alis ora ix ea".split()
FR_INDUSTRIES = [
    ("Logistique", "Transportation"), ("Industrie", "Manufacturing"), ("Ingénierie", "Engineering"),
    ("Distribution", "Retail"), ("Technologies", "Technology"), ("Services", "Consulting"),
    ("Emballages", "Manufacturing"), ("Transports", "Transportation"), ("Électronique", "Electronics"),
    ("Mécanique", "Machinery"), ("Chimie", "Chemicals"), ("Pharma", "Healthcare"), ("Bâtiment", "Construction"),
    ("Agroalimentaire", "Food & Beverage"), ("Informatique", "Technology"), ("Conseil", "Consulting"),
    ("Équipements", "Machinery"), ("Matériaux", "Manufacturing"), ("Énergie", "Energy"),
    ("Systèmes", "Technology"), ("Négoce", "Retail"), ("Textile", "Apparel"), ("Plasturgie", "Manufacturing"),
    ("Automatismes", "Machinery"), ("Outillage", "Manufacturing"),
]
FR_LEGAL = [("SAS", 0.50), ("S.A.", 0.20), ("SARL", 0.20), ("SASU", 0.10)]
# (city, postcode prefix, area digit)
FR_CITIES = [
    ("Paris", "750", "1"), ("Lyon", "690", "4"), ("Marseille", "130", "4"), ("Toulouse", "310", "5"),
    ("Nice", "060", "4"), ("Nantes", "440", "2"), ("Strasbourg", "670", "3"), ("Montpellier", "340", "4"),
    ("Bordeaux", "330", "5"), ("Lille", "590", "3"), ("Rennes", "350", "2"), ("Grenoble", "380", "4"),
]
FR_STREETS = [
    "rue de la République", "avenue Jean Jaurès", "boulevard Haussmann", "rue Victor Hugo",
    "place de la Gare", "rue du Commerce", "avenue de la Libération", "rue Pasteur",
    "allée des Tilleuls", "rue de l'Industrie", "boulevard Gambetta", "rue Nationale",
    "avenue du Général de Gaulle", "rue des Lilas", "quai de la Loire", "rue Saint-Honoré",
    "chemin des Vignes", "rue de la Paix",
]

# ------------------------------------------------------------------ United Kingdom / United States
EN_SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
    Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill
    Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards
    Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard
    Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Foster Powell
    Jenkins Perry Russell Sullivan Fisher Hayes Graham Hamilton Ellis Marshall Palmer Harrison""".split()
EN_FIRST_NAMES = """James John Robert Michael William David Richard Joseph Thomas Charles Daniel
    Matthew Anthony Mark Paul Steven Andrew George Edward Henry Peter Arthur Samuel Frank Walter
    Harold Albert Frederick Oliver Jack Harry Charlie""".split()
EN_PREFIXES = """Apex Summit Blue North Silver Red Eagle Pioneer Atlas Vertex Nova Quantum Bright Clear
    Swift Prime Iron Stone Oak Pine River Lake Sky Star Sun Peak Core True Bold Alpha Omega Delta
    Sigma Titan Orion Polar Harbor Granite Crest Falcon""".split()
EN_STEMS = """tech works point line wave field gate bridge stone view ridge port mark link soft logic
    tronics dyne gen ware craft forge labs net sys flow path base rise wise""".split()
EN_INDUSTRIES = [
    ("Engineering", "Engineering"), ("Logistics", "Transportation"), ("Manufacturing", "Manufacturing"),
    ("Technologies", "Technology"), ("Solutions", "Consulting"), ("Systems", "Technology"),
    ("Trading", "Retail"), ("Foods", "Food & Beverage"), ("Chemicals", "Chemicals"),
    ("Electronics", "Electronics"), ("Software", "Technology"), ("Consulting", "Consulting"),
    ("Supplies", "Retail"), ("Industries", "Manufacturing"), ("Components", "Manufacturing"),
    ("Packaging", "Manufacturing"), ("Plastics", "Manufacturing"), ("Textiles", "Apparel"),
    ("Pharmaceuticals", "Healthcare"), ("Devices", "Electronics"), ("Materials", "Manufacturing"),
    ("Energy", "Energy"), ("Distribution", "Retail"), ("Tools", "Manufacturing"), ("Metals", "Manufacturing"),
    ("Instruments", "Machinery"), ("Automation", "Machinery"), ("Robotics", "Machinery"),
    ("Construction", "Construction"), ("Freight", "Transportation"),
]
GB_LEGAL = [("Ltd", 0.50), ("Limited", 0.40), ("PLC", 0.10)]
US_LEGAL = [("Inc", 0.35), ("Inc.", 0.15), ("LLC", 0.30), ("Corp.", 0.10), ("Corporation", 0.10)]
# (city, postcode districts, area code); London numbers have 8 digits after the area code.
GB_CITIES = [
    ("London", ("EC1A", "EC2V", "SW1A", "W1D", "E14", "N1", "SE1", "WC2N"), "20"),
    ("Manchester", ("M1", "M2", "M3", "M4", "M15"), "161"), ("Birmingham", ("B1", "B2", "B3", "B5"), "121"),
    ("Leeds", ("LS1", "LS2", "LS11"), "113"), ("Glasgow", ("G1", "G2", "G3"), "141"),
    ("Edinburgh", ("EH1", "EH2", "EH3"), "131"), ("Bristol", ("BS1", "BS2", "BS8"), "117"),
    ("Liverpool", ("L1", "L2", "L3"), "151"), ("Sheffield", ("S1", "S2", "S3"), "114"),
    ("Cardiff", ("CF10", "CF11", "CF24"), "29"),
]
GB_STREETS = """High_Street Station_Road Church_Lane Victoria_Road King_Street Queen_Street Park_Road
    Mill_Lane Market_Street London_Road Bridge_Street Albert_Road Commercial_Road Castle_Street
    Riverside_Way""".split()
# (city, ZIP prefix, area code)
US_CITIES = [
    ("New York", "100", "212"), ("Los Angeles", "900", "213"), ("Chicago", "606", "312"),
    ("Houston", "770", "713"), ("Phoenix", "850", "602"), ("Philadelphia", "191", "215"),
    ("San Antonio", "782", "210"), ("San Diego", "921", "619"), ("Dallas", "752", "214"),
    ("San Jose", "951", "408"), ("Austin", "787", "512"), ("Seattle", "981", "206"),
    ("Boston", "021", "617"), ("Denver", "802", "303"), ("Atlanta", "303", "404"),
    ("Miami", "331", "305"), ("Detroit", "482", "313"),
]
US_STREETS = """Main_St Oak_Ave Maple_Street Park_Avenue Washington_Blvd 2nd_Street Market_St
    Elm_Street Broadway Sunset_Blvd Lake_Drive Commerce_Way Industrial_Pkwy Technology_Dr
    Harbor_Blvd""".split()

_EIN_PREFIXES = np.array(
    [10, 12] + list(range(20, 28)) + [30, 32] + list(range(33, 49)) + list(range(50, 69))
    + list(range(71, 78)) + list(range(80, 89)) + list(range(90, 96)) + [98, 99]
)

# ================================================================== check characters

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""Characters of a Chinese unified social credit code (GB 32100-2015): no I, O, S, V, Z."""
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {c: i for i, c in enumerate(USCC_CHARSET)}
# The organisation code inside a USCC (positions 9-17) has its own check character
# (GB 11714-1997), where letters count A=10 ... Z=35 regardless of the USCC charset.
_ORG_WEIGHTS = np.array([3, 7, 9, 10, 5, 8, 4, 2])


def uscc_check_char(code17: str) -> str:
    """The check character (18th) of a Chinese unified social credit code.

    Implements GB 32100-2015: each of the first 17 characters is valued by its index in
    :data:`USCC_CHARSET`, weighted with :data:`USCC_WEIGHTS`; the check value is
    ``31 - sum % 31`` with 31 written as ``'0'``.

    >>> uscc_check_char("91350100M000100Y4")
    '3'
    """
    if len(code17) != 17:
        raise ValueError(f"a USCC body has 17 characters, got {len(code17)}: {code17!r}")
    try:
        total = sum(_USCC_VALUE[c] * w for c, w in zip(code17.upper(), USCC_WEIGHTS))
    except KeyError as exc:
        raise ValueError(f"{exc.args[0]!r} is not a USCC character in {code17!r}") from None
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_is_valid(code: str) -> bool:
    """Whether ``code`` is an 18-character USCC whose check character is right."""
    if len(code) != 18 or any(c not in _USCC_VALUE for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def _uscc_codes(rng: np.random.Generator, admin6: np.ndarray) -> np.ndarray:
    """USCCs for companies registered in the given 6-digit divisions, vectorised.

    Layout: registration authority + type ("91": industry and commerce, enterprise; a few
    "92" individual businesses), the division code, the 9-character organisation code with its
    GB 11714 check character, and the GB 32100 check character.
    """
    n = len(admin6)
    charset = np.frombuffer(USCC_CHARSET.encode(), dtype=np.uint8)
    head = np.where(rng.random(n) < 0.97, "91", "92").astype("U2")
    # Organisation codes issued since 2015 mostly start with "M"; older ones are digits.
    body = rng.integers(0, 10, size=(n, 8))
    letters = rng.random(n) < 0.6
    body[letters, 0] = _USCC_VALUE["M"]
    mixed = rng.random((n, 8)) < 0.15
    mixed[:, 0] = False
    body = np.where(letters[:, None] & mixed, rng.integers(0, 31, size=(n, 8)), body)
    body_chars = charset[body]
    # GB 11714 values letters by alphabet position, which differs from the USCC index.
    org_val = np.where(body_chars >= ord("A"), body_chars - ord("A") + 10, body_chars - ord("0"))
    c9 = 11 - (org_val * _ORG_WEIGHTS).sum(axis=1) % 11
    org_check = np.where(c9 == 11, ord("0"), np.where(c9 == 10, ord("X"), c9 + ord("0")))
    first17 = np.empty((n, 17), dtype=np.uint8)
    first17[:, 0:2] = np.frombuffer("".join(head.tolist()).encode(), dtype=np.uint8).reshape(n, 2)
    first17[:, 2:8] = np.frombuffer("".join(admin6.tolist()).encode(), dtype=np.uint8).reshape(n, 6)
    first17[:, 8:16] = body_chars
    first17[:, 16] = org_check
    lookup = np.zeros(128, dtype=np.int64)
    lookup[charset] = np.arange(31)
    total = (lookup[first17] * np.array(USCC_WEIGHTS)).sum(axis=1)
    check = charset[(31 - total % 31) % 31]
    full = np.concatenate([first17, check[:, None]], axis=1)
    return obj_array(full.view("S18").ravel().astype(str).tolist())


def _digits_to_str(d: np.ndarray) -> np.ndarray:
    """Rows of digit values (n, k) as an object array of k-character strings."""
    n, k = d.shape
    raw = (d.astype(np.uint8) + ord("0")).view(f"S{k}").ravel()
    return obj_array(raw.astype(str).tolist())


def _de_vat(rng: np.random.Generator, n: int) -> np.ndarray:
    """German VAT ids "DE" + 9 digits, the last an ISO 7064 MOD 11,10 check digit."""
    d = rng.integers(0, 10, size=(n, 8))
    d[:, 0] = rng.integers(1, 10, size=n)
    product = np.full(n, 10)
    for i in range(8):
        s = (d[:, i] + product) % 10
        s = np.where(s == 0, 10, s)
        product = (2 * s) % 11
    check = (11 - product) % 10
    return "DE" + _digits_to_str(np.concatenate([d, check[:, None]], axis=1))


def _fr_vat(rng: np.random.Generator, n: int) -> np.ndarray:
    """French VAT ids "FR" + 2-digit key + SIREN (9 digits, Luhn-valid)."""
    d = rng.integers(0, 10, size=(n, 8))
    d[:, 0] = rng.integers(3, 9, size=n)
    # Luhn over the 9 digits: double every second digit from the right, i.e. positions 1,3,5,7.
    doubled = d.copy()
    doubled[:, 1::2] *= 2
    doubled = np.where(doubled > 9, doubled - 9, doubled)
    luhn = (10 - doubled.sum(axis=1) % 10) % 10
    siren_d = np.concatenate([d, luhn[:, None]], axis=1)
    siren = (siren_d * (10 ** np.arange(8, -1, -1))).sum(axis=1)
    key = (12 + 3 * (siren % 97)) % 97
    key_d = np.stack([key // 10, key % 10], axis=1)
    return "FR" + _digits_to_str(np.concatenate([key_d, siren_d], axis=1))


def _gb_vat(rng: np.random.Generator, n: int) -> np.ndarray:
    """UK VAT numbers "GB" + 9 digits whose weighted sum is divisible by 97."""
    d = rng.integers(0, 10, size=(n, 7))
    d[:, 0] = rng.integers(1, 10, size=n)
    total = (d * np.arange(8, 1, -1)).sum(axis=1)
    check = (-total) % 97
    check_d = np.stack([check // 10, check % 10], axis=1)
    return "GB" + _digits_to_str(np.concatenate([d, check_d], axis=1))


def _us_ein(rng: np.random.Generator, n: int) -> np.ndarray:
    """US employer identification numbers "12-3456789" with a valid campus prefix."""
    prefix = rng.choice(_EIN_PREFIXES, size=n)
    rest = rng.integers(0, 10, size=(n, 7))
    p = np.stack([prefix // 10, prefix % 10], axis=1)
    return _digits_to_str(p) + "-" + _digits_to_str(rest)


def _jp_corporate_number(rng: np.random.Generator, n: int) -> np.ndarray:
    """Japanese 13-digit corporate numbers: check digit first, then 12 digits.

    check = 9 - (sum of digit * (1 if its position from the right is odd else 2)) % 9.
    """
    base = rng.integers(0, 10, size=(n, 12))
    base[:, 0] = rng.integers(1, 9, size=n)
    q = np.where(np.arange(12, 0, -1) % 2 == 1, 1, 2)  # position from the right, 1-based
    check = 9 - (base * q).sum(axis=1) % 9
    return _digits_to_str(np.concatenate([check[:, None], base], axis=1))


# ================================================================== small vector helpers


def _pick(rng: np.random.Generator, values: Sequence | np.ndarray, n: int, p=None) -> np.ndarray:
    """``n`` values drawn from ``values`` (with optional weights) as an object array."""
    arr = values if isinstance(values, np.ndarray) else obj_array(values)
    if p is not None:
        p = np.asarray(p, dtype=float)
        p = p / p.sum()
    return arr[rng.choice(len(arr), size=n, p=p)]


def _num(values: np.ndarray, width: int = 0) -> np.ndarray:
    """Integers as an object array of decimal strings, zero-padded to ``width``."""
    s = np.asarray(values).astype(np.int64).astype(str)
    if width:
        s = np.strings.zfill(s, width)
    return obj_array(s.tolist())


def _ascii_slug(s: str) -> str:
    """A lower-case ASCII label for a domain name: "Müller Bau" -> "muellerbau"."""
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", s)


def _table(rows: Sequence, col: int) -> np.ndarray:
    return obj_array([r[col] for r in rows])


def _unique_build(rng: np.random.Generator, n: int, build) -> dict[str, np.ndarray]:
    """Call ``build(rng, m, n)`` and redraw rows whose ``name`` repeats an earlier row's.

    Distinct companies sharing a full name should be rare; where the space of names of a
    country is nearly used up (a million companies), some repeats remain, which is real.
    """
    out = build(rng, n, n)
    last = n
    for _ in range(30):
        dup = pd.Series(out["name"]).duplicated().to_numpy()
        m = int(dup.sum())
        if m == 0 or m > 0.8 * last:  # done, or redrawing no longer finds free names
            break
        last = m
        redo = build(rng, m, n)
        for key, arr in out.items():
            arr[dup] = redo[key]
    return out


def _pattern_p(base: Sequence[float], capacity: Sequence[float], n: int) -> np.ndarray:
    """Pattern probabilities: ``base``, but no pattern gets more than a third of its distinct
    names, so that a million companies do not pile up in the small patterns."""
    p = np.minimum(np.asarray(base, float), np.asarray(capacity, float) / (3.0 * max(n, 1)))
    return p / p.sum()


# ================================================================== companies per country


def _cn_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    city = rng.choice(len(CN_CITIES), size=n, p=_weights([c[5] for c in CN_CITIES]))
    a = rng.integers(0, len(CN_SYLLABLES), size=n)
    b = rng.integers(0, len(CN_SYLLABLES), size=n)
    ind = rng.integers(0, len(CN_INDUSTRIES), size=n)
    legal = rng.choice(len(CN_LEGAL), size=n, p=_weights([x[2] for x in CN_LEGAL]))
    city_cn, city_py = _table(CN_CITIES, 0)[city], _table(CN_CITIES, 1)[city]
    core_cn = CN_SYLLABLES[a] + CN_SYLLABLES[b]
    core_en = obj_array([p.capitalize() for p in CN_PINYIN])[a] + _CN_PINYIN_2[b]
    slug = CN_PINYIN[a] + CN_PINYIN[b]
    # A few trade names are Latin letters ("北京KDX科技有限公司"); SCM users type them full-width.
    acro = rng.random(n) < 0.04
    if acro.any():
        letters = rng.integers(0, 26, size=(int(acro.sum()), 3)) + ord("A")
        acr = obj_array(letters.astype(np.uint8).view("S3").ravel().astype(str).tolist())
        core_cn[acro], core_en[acro] = acr, acr
        slug[acro] = obj_array([s.lower() for s in acr])
    # Shenzhen and others register as "深圳市..." about as often as "深圳...".
    shi = rng.random(n) < 0.2
    prefix = np.where(shi, city_cn + "市", city_cn)
    ind_cn, ind_en = _table(CN_INDUSTRIES, 0)[ind], _table(CN_INDUSTRIES, 1)[ind]
    name = prefix + core_cn + ind_cn + _table(CN_LEGAL, 0)[legal]
    name_en = city_py + " " + core_en + " " + ind_en + " " + _table(CN_LEGAL, 1)[legal]
    # Districts differ per city: index into a flat table with per-city offsets.
    counts = np.array([len(c[6]) for c in CN_CITIES])
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    flat = [d for c in CN_CITIES for d in c[6]]
    d = offsets[city] + rng.integers(0, 1 << 20, size=n) % counts[city]
    road = rng.integers(0, len(CN_ROADS), size=n)
    no = _num(rng.integers(1, 999, size=n))
    street = _table(flat, 0)[d] + _table(CN_ROADS, 0)[road] + no + "号"
    street_en = "No. " + no + " " + _table(CN_ROADS, 1)[road] + ", " + _table(flat, 1)[d]
    admin6 = _table(CN_CITIES, 4)[city] + _num(rng.integers(1, 16, size=n), 2)
    return {
        "name": name,
        "name_en": name_en,
        "slug": slug + "-" + _table(CN_INDUSTRIES, 2)[ind],
        "industry": _table(CN_INDUSTRIES, 3)[ind],
        "street": street,
        "street_en": street_en,
        "city": city_cn + "市",
        "city_en": city_py,
        "postcode": _table(CN_CITIES, 2)[city] + _num(rng.integers(0, 1000, size=n), 3),
        "area": _table(CN_CITIES, 3)[city],
        "sub": _num(rng.integers(20_000_000, 90_000_000, size=n)),
        "admin6": admin6,
        "tld": _pick(rng, [".cn", ".com.cn", ".com"], n, [0.4, 0.3, 0.3]),
    }


def _jp_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    n_i = len(JP_INDUSTRIES)
    capacity = [len(JP_KATAKANA_1) * len(JP_KATAKANA_2) * n_i * 2, len(JP_SURNAMES) * len(JP_DESCRIPTORS) * n_i * 2]
    kata = rng.random(n) < _pattern_p([0.35, 0.65], capacity, n_total)[0]
    s = rng.integers(0, len(JP_SURNAMES), size=n)
    desc = rng.integers(0, len(JP_DESCRIPTORS), size=n)
    k1 = rng.integers(0, len(JP_KATAKANA_1), size=n)
    k2 = rng.integers(0, len(JP_KATAKANA_2), size=n)
    ind = rng.integers(0, len(JP_INDUSTRIES), size=n)
    core_jp = np.where(
        kata,
        _table(JP_KATAKANA_1, 0)[k1] + _table(JP_KATAKANA_2, 0)[k2],
        _table(JP_SURNAMES, 0)[s] + _table(JP_DESCRIPTORS, 0)[desc],
    )
    desc_ro = _table(JP_DESCRIPTORS, 1)[desc]
    core_en = np.where(
        kata,
        _table(JP_KATAKANA_1, 1)[k1] + _table(JP_KATAKANA_2, 1)[k2],
        _table(JP_SURNAMES, 1)[s] + np.where(desc_ro == "", "", " " + desc_ro),
    )
    ind_jp, ind_en = _table(JP_INDUSTRIES, 0)[ind], _table(JP_INDUSTRIES, 2)[ind]
    form = rng.choice(4, size=n, p=[0.46, 0.44, 0.05, 0.05])
    body = core_jp + ind_jp
    name = np.select(
        [form == 0, form == 1, form == 2],
        ["株式会社" + body, body + "株式会社", body + "有限会社"],
        body + "合同会社",
    ).astype(object)
    legal_en = np.where(form == 3, "LLC", _pick(rng, ["Co., Ltd.", "Corporation", "Inc."], n, [0.7, 0.2, 0.1]))
    name_en = core_en + " " + ind_en + " " + legal_en
    core_slug = np.where(
        kata,
        obj_array([x.lower() for x in _table(JP_KATAKANA_1, 1)])[k1] + _table(JP_KATAKANA_2, 1)[k2],
        obj_array([_ascii_slug(x) for x in _table(JP_SURNAMES, 1)])[s]
        + obj_array([d[1].lower() for d in JP_DESCRIPTORS])[desc],
    )
    slug = core_slug + "-" + obj_array([x.lower() for x in _table(JP_INDUSTRIES, 1)])[ind]
    city = rng.integers(0, len(JP_CITIES), size=n)
    area = _table(JP_CITIES, 3)[city]
    town = rng.integers(0, len(JP_TOWNS), size=n)
    c, bl, go = (_num(rng.integers(1, hi, size=n)) for hi in (6, 31, 21))
    chome = rng.random(n) < 0.3
    town_jp = _table(JP_TOWNS, 0)[town]
    street = np.where(chome, town_jp + c + "丁目" + bl + "番" + go + "号", town_jp + c + "-" + bl + "-" + go)
    sub_len = 9 - np.array([len(x) for x in area])
    sub = obj_array([str(v)[:k] for v, k in zip(rng.integers(10**8 * 2, 10**9, size=n), sub_len)])
    return {
        "name": name,
        "name_en": name_en.astype(object),
        "slug": slug,
        "industry": _table(JP_INDUSTRIES, 3)[ind],
        "street": street.astype(object),
        "street_en": c + "-" + bl + "-" + go + " " + _table(JP_TOWNS, 1)[town],
        "city": _table(JP_CITIES, 0)[city],
        "city_en": _table(JP_CITIES, 1)[city],
        "postcode": _table(JP_CITIES, 2)[city] + "-" + _num(rng.integers(0, 10000, size=n), 4),
        "area": area,
        "sub": sub,
        "tld": _pick(rng, [".co.jp", ".jp", ".com"], n, [0.7, 0.15, 0.15]),
    }


def _latin_names(
    rng: np.random.Generator,
    n: int,
    n_total: int,
    surnames: Sequence[str],
    first_names: Sequence[str],
    prefixes: Sequence[str],
    stems: Sequence[str],
    industries: Sequence[tuple[str, str]],
    legal: Sequence[tuple[str, float]],
    group_word: str | None = None,
) -> dict[str, np.ndarray]:
    """Names of Western companies, in five patterns: "Müller Maschinenbau GmbH",
    "Rheintec GmbH", "Rheintec Automation GmbH", "Müller & Schmidt GmbH" and
    "Karl Müller Maschinenbau GmbH". Domain slugs are built from pre-folded words.
    """
    sur, first = obj_array(surnames), obj_array(first_names)
    sur_s, first_s = obj_array([_ascii_slug(x) for x in surnames]), obj_array([_ascii_slug(x) for x in first_names])
    n_s, n_f, n_p, n_t, n_i, n_l = len(sur), len(first), len(prefixes), len(stems), len(industries), len(legal)
    i1, i2, i_f = (rng.integers(0, k, size=n) for k in (n_s, n_s, n_f))
    i_p, i_t = rng.integers(0, n_p, size=n), rng.integers(0, n_t, size=n)
    brand = obj_array(prefixes)[i_p] + obj_array(stems)[i_t]
    brand_s = obj_array([_ascii_slug(x) for x in prefixes])[i_p] + obj_array(stems)[i_t]
    ind = rng.integers(0, n_i, size=n)
    ind_w = _table(industries, 0)[ind]
    ind_s = obj_array([_ascii_slug(x[0]) for x in industries])[ind]
    capacity = [n_s * n_i * n_l, n_p * n_t * n_l, n_p * n_t * n_i * n_l, n_s * n_s * n_l, n_f * n_s * n_i * n_l]
    pattern = rng.choice(5, size=n, p=_pattern_p([0.20, 0.10, 0.30, 0.15, 0.25], capacity, n_total))
    conds = [pattern == 0, pattern == 1, pattern == 2, pattern == 3]
    s1, s2, f1 = sur[i1], sur[i2], first[i_f]
    core = np.select(
        conds, [s1 + " " + ind_w, brand, brand + " " + ind_w, s1 + " & " + s2], f1 + " " + s1 + " " + ind_w
    ).astype(object)
    s1s = sur_s[i1]
    slug = np.select(
        conds, [s1s + "-" + ind_s, brand_s, brand_s + "-" + ind_s, s1s + sur_s[i2]], first_s[i_f] + s1s + "-" + ind_s
    ).astype(object)
    if group_word:  # "Groupe Dubois S.A." in France
        grp = rng.random(n) < 0.05
        core[grp] = group_word + " " + s1[grp]
        slug[grp] = "groupe-" + s1s[grp]
    leg = _pick(rng, [x[0] for x in legal], n, [x[1] for x in legal])
    return {
        "name": core + " " + leg,
        "slug": slug,
        "industry": _table(industries, 1)[ind],
    }


def _de_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, DE_SURNAMES, DE_FIRST_NAMES, DE_PREFIXES, DE_STEMS, DE_BRANCHES, DE_LEGAL)
    city = rng.integers(0, len(DE_CITIES), size=n)
    post2 = obj_array([DE_CITIES[c][1][k % len(DE_CITIES[c][1])] for c, k in zip(city, rng.integers(0, 6, size=n))])
    street = _pick(rng, [s.replace("_", " ") for s in DE_STREETS], n)
    no = _num(rng.integers(1, 180, size=n))
    letter = _pick(rng, ["", "", "", "", "", "", "a", "b"], n)
    area = _table(DE_CITIES, 2)[city]
    sub = obj_array([str(v)[: 10 - len(a)] for v, a in zip(rng.integers(2_000_000, 9_999_999, size=n), area)])
    out.update(
        name_en=out["name"],
        street=street + " " + no + letter,
        city=_table(DE_CITIES, 0)[city],
        postcode=post2 + _num(rng.integers(0, 1000, size=n), 3),
        area=area,
        sub=sub,
        tld=_pick(rng, [".de", ".com", ".eu"], n, [0.8, 0.15, 0.05]),
    )
    return out


def _fr_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(
        rng, n, n_total, FR_SURNAMES, FR_FIRST_NAMES, FR_PREFIXES, FR_STEMS, FR_INDUSTRIES, FR_LEGAL, "Groupe"
    )
    city = rng.integers(0, len(FR_CITIES), size=n)
    no = _num(rng.integers(1, 220, size=n))
    bis = _pick(rng, ["", "", "", "", "", "", "", "", "", " bis"], n)
    paris = _table(FR_CITIES, 0)[city] == "Paris"
    last2 = np.where(paris, rng.integers(1, 21, size=n), rng.integers(0, 10, size=n) * 10)
    out.update(
        name_en=out["name"],
        street=no + bis + " " + _pick(rng, FR_STREETS, n),
        city=_table(FR_CITIES, 0)[city],
        postcode=_table(FR_CITIES, 1)[city] + _num(last2, 2),
        area=_table(FR_CITIES, 2)[city],
        sub=_num(rng.integers(10_000_000, 99_999_999, size=n)),
        tld=_pick(rng, [".fr", ".com", ".eu"], n, [0.75, 0.2, 0.05]),
    )
    return out


def _gb_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, EN_SURNAMES, EN_FIRST_NAMES, EN_PREFIXES, EN_STEMS, EN_INDUSTRIES, GB_LEGAL)
    city = rng.integers(0, len(GB_CITIES), size=n)
    district = obj_array([GB_CITIES[c][1][k % len(GB_CITIES[c][1])] for c, k in zip(city, rng.integers(0, 8, size=n))])
    inward_letters = np.frombuffer(b"ABDEFGHJLNPQRSTUWXYZ", dtype=np.uint8)
    ll = inward_letters[rng.integers(0, 20, size=(n, 2))].view("S2").ravel().astype(str)
    area = _table(GB_CITIES, 2)[city]
    sub = obj_array([str(v)[: 10 - len(a)] for v, a in zip(rng.integers(20_000_000, 99_999_999, size=n), area)])
    unit = rng.random(n) < 0.15
    street = _pick(rng, [s.replace("_", " ") for s in GB_STREETS], n)
    no = _num(rng.integers(1, 250, size=n))
    out.update(
        name_en=out["name"],
        street=np.where(unit, "Unit " + no + ", " + street, no + " " + street).astype(object),
        city=_table(GB_CITIES, 0)[city],
        postcode=district + " " + _num(rng.integers(1, 10, size=n)) + obj_array(ll.tolist()),
        area=area,
        sub=sub,
        tld=_pick(rng, [".co.uk", ".com", ".uk"], n, [0.7, 0.25, 0.05]),
    )
    return out


def _us_build(rng: np.random.Generator, n: int, n_total: int) -> dict[str, np.ndarray]:
    out = _latin_names(rng, n, n_total, EN_SURNAMES, EN_FIRST_NAMES, EN_PREFIXES, EN_STEMS, EN_INDUSTRIES, US_LEGAL)
    city = rng.integers(0, len(US_CITIES), size=n)
    suite = rng.random(n) < 0.3
    street = _num(rng.integers(1, 9999, size=n)) + " " + _pick(rng, [s.replace("_", " ") for s in US_STREETS], n)
    out.update(
        name_en=out["name"],
        street=np.where(suite, street + ", Suite " + _num(rng.integers(1, 40, size=n) * 100), street).astype(object),
        city=_table(US_CITIES, 0)[city],
        postcode=_table(US_CITIES, 1)[city] + _num(rng.integers(0, 100, size=n), 2),
        area=_table(US_CITIES, 2)[city],
        sub=_num(rng.integers(2_000_000, 9_999_999, size=n)),
        tld=_pick(rng, [".com", ".net", ".us"], n, [0.9, 0.07, 0.03]),
    )
    return out


_BUILDERS = {"CN": _cn_build, "JP": _jp_build, "DE": _de_build, "FR": _fr_build, "GB": _gb_build, "US": _us_build}
_TAX_IDS = {"JP": _jp_corporate_number, "DE": _de_vat, "FR": _fr_vat, "GB": _gb_vat, "US": _us_ein}


def _weights(w: Sequence[float]) -> np.ndarray:
    a = np.asarray(w, dtype=float)
    return a / a.sum()


COMPANY_FIELDS = (
    "true_id", "country", "name", "name_en", "street", "street_en", "city", "city_en", "postcode",
    "area", "sub", "email", "tax_id", "currency", "credit_limit", "industry", "created",
)
"""Fields of a canonical company (``area``/``sub``: phone area code and subscriber number)."""


def true_id_str(number: int) -> str:
    """The id of real-world company number ``number``: 1 -> "C000001"."""
    return f"C{number:06d}"


def make_companies(rng: np.random.Generator, n: int, first_number: int = 1) -> dict[str, np.ndarray]:
    """``n`` canonical real-world companies numbered from ``first_number``.

    Returns a record of arrays with :data:`COMPANY_FIELDS`; ``created`` is ``datetime64[s]``
    before :data:`SEED_NOW`, ``credit_limit`` an ``int64`` array, the rest object arrays.
    Names are unique within a country as far as the word tables allow, except for a few
    deliberate namesakes (distinct companies with one name, different tax id and e-mail).
    """
    country = obj_array(COUNTRIES)[rng.choice(len(COUNTRIES), size=n, p=_weights(COUNTRY_SHARE))]
    out: dict[str, np.ndarray] = {k: np.full(n, None, dtype=object) for k in COMPANY_FIELDS}
    out["true_id"] = obj_array([true_id_str(i) for i in range(first_number, first_number + n)])
    out["country"] = country
    tld = np.full(n, None, dtype=object)
    slug = np.full(n, None, dtype=object)
    for iso in COUNTRIES:
        idx = np.flatnonzero(country == iso)
        if len(idx) == 0:
            continue
        part = _unique_build(rng, len(idx), _BUILDERS[iso])
        # Deliberate namesakes: about 0.2% take the name of another company of their country.
        same = np.flatnonzero(rng.random(len(idx)) < 0.002)
        if len(same) and len(idx) > 1:
            src = rng.integers(0, len(idx), size=len(same))
            part["name"][same] = part["name"][src]
            part["name_en"][same] = part["name_en"][src]
        for key in ("name", "name_en", "street", "city", "postcode", "area", "sub", "industry"):
            out[key][idx] = part[key]
        out["street_en"][idx] = part.get("street_en", part["street"])
        out["city_en"][idx] = part.get("city_en", part["city"])
        slug[idx], tld[idx] = part["slug"], part["tld"]
        out["tax_id"][idx] = (
            _uscc_codes(rng, part["admin6"]) if iso == "CN" else _TAX_IDS[iso](rng, len(idx))
        )
    # Tax ids must identify a company: redraw the rare collisions of the random parts.
    for _ in range(10):
        dup = pd.Series(out["tax_id"]).duplicated().to_numpy()
        if not dup.any():
            break
        for iso in COUNTRIES:
            idx = np.flatnonzero(dup & (country == iso))
            if len(idx):
                if iso == "CN":
                    admin = obj_array([t[2:8] for t in out["tax_id"][idx]])
                    out["tax_id"][idx] = _uscc_codes(rng, admin)
                else:
                    out["tax_id"][idx] = _TAX_IDS[iso](rng, len(idx))
    local = ["info", "sales", "contact", "service", "office", "hello"]
    out["email"] = _pick(rng, local, n, [0.45, 0.2, 0.15, 0.1, 0.05, 0.05])
    de = country == "DE"
    out["email"][de] = _pick(rng, ["info", "kontakt", "vertrieb", "office"], int(de.sum()), [0.6, 0.2, 0.1, 0.1])
    out["email"] = out["email"] + "@" + _unique_domains(slug, tld, out["city_en"])
    cur = obj_array([CURRENCY[c] for c in country])
    usd = np.isin(country, ["CN", "JP"]) & (rng.random(n) < 0.08)
    cur[usd] = "USD"
    out["currency"] = cur
    out["credit_limit"] = credit_limits(rng, cur)
    span = int((SEED_NOW - datetime(2012, 1, 1)).total_seconds())
    ago = rng.integers(60 * 86400, span, size=n)
    out["created"] = np.datetime64(SEED_NOW, "s") - ago.astype("timedelta64[s]")
    return out


def credit_limits(rng: np.random.Generator, currency: np.ndarray) -> np.ndarray:
    """Round credit limits in each row's currency (int64)."""
    usd = rng.choice(_CREDIT_USD, size=len(currency), p=_CREDIT_P)
    fx = np.array([_FX.get(c, 1.0) for c in currency])
    return (np.round(usd * fx / 1000) * 1000).astype(np.int64)


def _unique_domains(slug: np.ndarray, tld: np.ndarray, city_en: np.ndarray) -> np.ndarray:
    """One domain per company: the first of a name keeps "slug.tld", the next ones get the
    city ("slug-berlin.de"), and where even that repeats a number ("slug3.de").

    Slugs never end in a digit, so the numbered form cannot hit another company's domain.
    """
    base = slug + tld
    dom = base.copy()
    again = np.flatnonzero(pd.Series(base).duplicated().to_numpy())
    if len(again):
        city_slug = {c: _ascii_slug(c) for c in set(city_en[again])}
        dom[again] = slug[again] + "-" + obj_array([city_slug[c] for c in city_en[again]]) + tld[again]
        clash = again[pd.Series(dom[again]).duplicated().to_numpy()]
        if len(clash):
            rank = pd.Series(base[clash]).groupby(base[clash]).cumcount().to_numpy()
            dom[clash] = slug[clash] + _num(rank + 2) + tld[clash]
    return dom


def subset(comp: Mapping[str, np.ndarray], idx) -> dict[str, np.ndarray]:
    """The rows ``idx`` of a record of arrays."""
    return {k: v[idx] for k, v in comp.items()}


# ================================================================== phones

# How each system writes a phone number, from (area code, subscriber number).
def _grp4(s: str) -> str:
    return f"{s[:-4]} {s[-4:]}"


def _pairs(s: str) -> str:
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


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
    "CN": sorted({c[3] for c in CN_CITIES}, key=len, reverse=True),
    "JP": sorted({c[3] for c in JP_CITIES}, key=len, reverse=True),
    "DE": sorted({c[2] for c in DE_CITIES}, key=len, reverse=True),
    "FR": sorted({c[2] for c in FR_CITIES}, key=len, reverse=True),
    "GB": sorted({c[2] for c in GB_CITIES}, key=len, reverse=True),
    "US": sorted({c[2] for c in US_CITIES}, key=len, reverse=True),
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


# ================================================================== mess


_FULLWIDTH = str.maketrans(
    {c: chr(ord(c) + 0xFEE0) for c in "0123456789()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
_CN_CITY_RE = "|".join(sorted((c[0] for c in CN_CITIES), key=len, reverse=True))
_CN_NAME = re.compile(
    rf"^(?P<city>{_CN_CITY_RE})(?P<shi>市)?(?P<core>.+?)(?P<legal>集团有限公司|股份有限公司|有限责任公司|有限公司)$"
)
# Legal-form spellings that mean the same: (pattern at the end of the name, replacements).
_LEGAL_VARIANTS = [
    (r"Group Co\., Ltd\.$", ["Group Co. Ltd.", "Group Company Limited", "GROUP CO.,LTD."]),
    (r"Co\., Ltd\.$", ["Co. Ltd.", "Co., Ltd", "Company Limited", "CO.,LTD.", "Co.,Ltd."]),
    (r"\bLtd\.$", ["Ltd", "Limited"]),
    (r"\bLtd$", ["Ltd.", "Limited"]),
    (r"\bLimited$", ["Ltd", "Ltd."]),
    (r"\bPLC$", ["plc", "Public Limited Company"]),
    (r"\bInc\.$", ["Inc", ", Inc.", "Incorporated"]),
    (r"\bInc$", ["Inc.", ", Inc."]),
    (r"\bLLC$", ["L.L.C.", ", LLC"]),
    (r"\bCorp\.$", ["Corporation", "Corp"]),
    (r"\bCorporation$", ["Corp.", "Corp"]),
    (r"\bGmbH & Co\. KG$", ["GmbH & Co KG", "GmbH u. Co. KG"]),
    (r"\bGmbH$", ["G.m.b.H.", "Gmbh", "GMBH"]),
    (r"\bAG$", ["Aktiengesellschaft"]),
    (r"\bKG$", ["Kommanditgesellschaft"]),
    (r"\bSAS$", ["S.A.S.", "S.A.S"]),
    (r"\bSASU$", ["S.A.S.U."]),
    (r"\bS\.A\.$", ["SA", "S.A"]),
    (r"\bSARL$", ["S.A.R.L.", "Sàrl"]),
    (r"(?<!股份)(?<!集团)有限公司$", ["有限责任公司"]),
    (r"有限责任公司$", ["有限公司"]),
    (r"^株式会社", ["(株)", "（株）", "株式会社 "]),
    (r"株式会社$", ["(株)", "（株）", " 株式会社"]),
]
_LEGAL_RE = [(re.compile(p), subs) for p, subs in _LEGAL_VARIANTS]


def to_fullwidth(s: str) -> str:
    """ASCII letters, digits and parentheses as their full-width forms ("Ａ", "（")."""
    return s.translate(_FULLWIDTH)


def has_cjk(s: str) -> bool:
    """Whether ``s`` contains Chinese, Japanese or full-width characters."""
    return bool(_CJK.search(s))


def legal_variant(name: str, r: float) -> str:
    """Another spelling of the legal form of ``name`` (chosen by ``r`` in [0, 1)), if any."""
    for rx, subs in _LEGAL_RE:
        m = rx.search(name)
        if m:
            rep = subs[int(r * len(subs))]
            if rep.startswith(","):  # "Acme Inc" -> "Acme, Inc."
                return (name[: m.start()].rstrip() + rep).strip()
            return (name[: m.start()] + rep + name[m.end() :]).strip()
    return name


def cn_bracket_variant(name: str, full_width: bool = True) -> str:
    """"北京星辰科技有限公司" -> "星辰科技（北京）有限公司"; other names unchanged."""
    m = _CN_NAME.match(name)
    if not m:
        return name
    o, c = ("（", "）") if full_width else ("(", ")")
    return f"{m['core']}{o}{m['city']}{c}{m['legal']}"


def _typo(name: str, r1: float, r2: float) -> str:
    """A keyboard slip in a Latin name: a letter dropped, doubled or swapped with the next."""
    pos = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i].islower()]
    if not pos:
        return name
    i = pos[int(r1 * len(pos))]
    op = int(r2 * 3)
    if op == 0:
        return name[:i] + name[i + 1 :]
    if op == 1:
        return name[:i] + name[i] + name[i:]
    if name[i + 1].isalpha() and name[i + 1] != name[i]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + name[i + 1 :]


def _spellings(name: str, r: np.ndarray) -> list[str]:
    """Candidate other spellings of one name, in a fixed order; ``r`` holds 4 random numbers."""
    if has_cjk(name):
        out = []
        m = _CN_NAME.match(name)
        if m:
            out += [cn_bracket_variant(name, r[2] < 0.6), f"{m['core']}{m['legal']}"]
        half = len(name) // 2
        return out + [
            legal_variant(name, r[1]),
            name.replace("（", "(").replace("）", ")"),
            to_fullwidth(name),
            name[:half] + " " + name[half:],
        ]
    return [
        legal_variant(name, r[1]),
        _typo(name, r[1], r[2]),
        name.upper(),
        name.replace(" & ", " and ") if " & " in name else name.replace(" and ", " & "),
        _typo(name, r[2], r[3]),
    ]


def tweak_names(names: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Each name spelled slightly differently, as a second clerk would have typed it.

    Latin names: another legal-form spelling, a typo, upper case, "&" for "and". Chinese names:
    the city in brackets or left out, the other legal-form spelling. Japanese: "(株)" for
    "株式会社". Every returned name differs from its input.
    """
    out = names.copy()
    u = rng.random((len(names), 4))
    for i, name in enumerate(names):
        if name is None:
            continue
        options = _spellings(name, u[i])
        # Start at a random candidate and take the first that really differs.
        start = int(u[i][0] * len(options))
        rotated = options[start:] + options[:start]
        out[i] = next((x for x in rotated if x != name and x.strip()), name + ".")
    return out


def _apply(arr: np.ndarray, mask: np.ndarray, fn) -> None:
    """``arr[mask] = fn(x)`` for the non-missing values, in place."""
    idx = np.flatnonzero(mask)
    arr[idx] = [None if arr[i] is None else fn(arr[i]) for i in idx]


def _blank(arr: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    out = arr.copy()
    out[rng.random(len(arr)) < p] = None
    return out


def _pad(arr: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """Stray whitespace around a few values, as copy-paste leaves it."""
    out = arr.copy()
    idx = np.flatnonzero(rng.random(len(arr)) < p)
    kinds = rng.integers(0, 4, size=len(idx))
    for i, k in zip(idx, kinds):
        v = out[i]
        if v is not None:
            out[i] = (" " + v, v + " ", " " + v + "  ", v.replace(" ", "  ", 1) + " ")[k]
    return out


def _fit(arr: np.ndarray, width: int) -> np.ndarray:
    """Cut values to the column width, as the source system's UI would have."""
    return obj_array([None if v is None else v[:width] for v in arr])


def _email_mess(email: np.ndarray, rng: np.random.Generator, p_missing: float) -> np.ndarray:
    out = _blank(email, rng, p_missing)
    u = rng.random(len(out))
    _apply(out, u < 0.03, str.upper)
    _apply(out, (u >= 0.03) & (u < 0.06), lambda s: s[:1].upper() + s[1:])
    _apply(out, (u >= 0.06) & (u < 0.09), lambda s: f" {s} ")
    return out


def _tax_mess(tax: np.ndarray, country: np.ndarray, rng: np.random.Generator, p: float) -> np.ndarray:
    """Tax ids as typed: lower case, or with spaces ("DE 123456789", "9135 0100 M000 ...")."""
    out = tax.copy()
    u = rng.random(len(out))
    _apply(out, u < p / 2, str.lower)
    grouped = (u >= p / 2) & (u < p)
    _apply(out, grouped & (country == "CN"), lambda s: " ".join(s[i : i + 4] for i in range(0, len(s), 4)))
    _apply(out, grouped & np.isin(country, ["DE", "FR", "GB"]), lambda s: s[:2] + " " + s[2:])
    _apply(out, grouped & (country == "JP"), lambda s: f"{s[0]} {s[1:5]} {s[5:9]} {s[9:]}")
    return out


def _uscc_typo(code: str, r1: float, r2: float) -> str:
    """A USCC with one character mistyped: the check character no longer fits."""
    i = int(r1 * 17)
    c = USCC_CHARSET[(USCC_CHARSET.index(code[i]) + 1 + int(r2 * 30)) % 31] if code[i] in _USCC_VALUE else "0"
    return code[:i] + c + code[i + 1 :]


def _erp_date(ts: np.ndarray) -> np.ndarray:
    """datetime64[s] -> "YYYYMMDD" strings."""
    return obj_array(np.strings.replace(np.datetime_as_string(ts, unit="D"), "-", "").tolist())


def erp_timestamp(ts: np.ndarray) -> np.ndarray:
    """datetime64[s] -> SAP change timestamps, integers YYYYMMDDhhmmss."""
    d = pd.DatetimeIndex(ts)
    v = (
        d.year.to_numpy(np.int64) * 10**10
        + d.month.to_numpy(np.int64) * 10**8
        + d.day.to_numpy(np.int64) * 10**6
        + d.hour.to_numpy(np.int64) * 10**4
        + d.minute.to_numpy(np.int64) * 100
        + d.second.to_numpy(np.int64)
    )
    return obj_array(v.tolist())


def _bad_erdat(ts: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Malformed 8-character ERDAT values, for quarantine tests (the column holds 8 chars)."""
    d = pd.DatetimeIndex(ts)
    y, m, dd = d.year.to_numpy(), d.month.to_numpy(), d.day.to_numpy()
    kind = rng.integers(0, 5, size=len(ts))
    out = []
    for k, yy, mm, dy in zip(kind, y, m, dd):
        out.append(
            (
                f"{yy}13{dy:02d}",  # month 13
                f"{yy}0230",  # 30 February
                f"{yy % 100:02d}-{mm:02d}-{dy:02d}",  # ISO-ish with a 2-digit year
                f"{dy:02d}{mm:02d}{yy}",  # DDMMYYYY
                "00000000",  # SAP's "no date"
            )[k]
        )
    return obj_array(out)


def _dt_list(ts: np.ndarray) -> list:
    return np.asarray(ts, dtype="datetime64[s]").tolist()


def _language_choice(comp: Mapping[str, np.ndarray], rng: np.random.Generator, p_cn: float, p_jp: float):
    """Per row, whether this system holds the English name and address of an Asian company."""
    n = len(comp["name"])
    u = rng.random(n)
    c = comp["country"]
    use_en = ((c == "CN") & (u < p_cn)) | ((c == "JP") & (u < p_jp))
    name = np.where(use_en, comp["name_en"], comp["name"]).astype(object)
    street = np.where(use_en, comp["street_en"], comp["street"]).astype(object)
    city = np.where(use_en, comp["city_en"], comp["city"]).astype(object)
    return name, street, city


def _credit_or_new(comp: Mapping[str, np.ndarray], rng: np.random.Generator) -> np.ndarray:
    credit = comp["credit_limit"].astype(object)
    missing = np.array([v is None or (isinstance(v, float) and np.isnan(v)) for v in credit])
    if missing.any():
        credit[missing] = credit_limits(rng, comp["currency"][missing])
    return obj_array([int(v) for v in credit])


# ================================================================== rendering per system


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
    name, street, city = _language_choice(comp, rng, 0.35, 0.25)
    u = rng.random(n)
    _apply(name, u < 0.06, lambda s: legal_variant(s, rng.random()))
    _apply(name, (u >= 0.06) & (u < 0.08) & ~np.isin(c, ["CN", "JP"]), str.upper)
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    name = _fit(_pad(name, rng, 0.015), 255)
    country = obj_array([CRM_COUNTRY_NAME[x] for x in c])
    var = np.flatnonzero(rng.random(n) < 0.10)
    pick = rng.integers(0, 6, size=len(var))
    country[var] = [CRM_COUNTRY_VARIANTS[c[i]][k % len(CRM_COUNTRY_VARIANTS[c[i]])] for i, k in zip(var, pick)]
    style = rng.random(n)
    phone = np.where(
        style < 0.68,
        format_phones(c, comp["area"], comp["sub"], "intl"),
        format_phones(c, comp["area"], comp["sub"], "national"),
    ).astype(object)
    phone[style >= 0.93] = None
    tax = _blank(comp["tax_id"], rng, 0.30)
    typo = (c == "CN") & (rng.random(n) < 0.015)
    typo &= tax != None  # noqa: E711
    _apply(tax, typo, lambda s: _uscc_typo(s, rng.random(), rng.random()))
    tax = _tax_mess(tax, c, rng, 0.04)
    credit = obj_array([None if v is None else int(v) for v in comp["credit_limit"]])
    credit[rng.random(n) >= 0.4] = None
    industry = _blank(comp["industry"], rng, 0.3)
    return {
        "Name": name.tolist(),
        "Type": _pick(rng, ["Customer", "Prospect", "Partner"], n, [0.72, 0.18, 0.10]).tolist(),
        "Industry": industry.tolist(),
        "BillingStreet": _fit(_pad(_blank(street, rng, 0.05), rng, 0.01), 255).tolist(),
        "BillingCity": _fit(_blank(city, rng, 0.02), 80).tolist(),
        "BillingPostalCode": _blank(comp["postcode"], rng, 0.08).tolist(),
        "BillingCountry": _pad(country, rng, 0.01).tolist(),
        "Phone": phone.tolist(),
        "Email__c": _email_mess(comp["email"], rng, 0.15).tolist(),
        "Tax_Id__c": tax.tolist(),
        "CurrencyIsoCode": comp["currency"].tolist(),
        "Credit_Limit__c": credit.tolist(),
        "CreatedDate": _dt_list(created),
        "LastModifiedDate": _dt_list(modified),
        "IsDeleted": [False] * n,
        "SyncHub_Id__c": [None] * n,
    }


def split_name35(name: str) -> tuple[str, str | None]:
    """SAP's NAME1/NAME2: up to 35 characters each, split at the last space that fits.

    The full name is ``NAME1 + " " + NAME2``; a name without a space in its first 36
    characters is cut hard at 35. Names longer than fit are cut at 70.
    """
    if len(name) <= 35:
        return name, None
    cut = name.rfind(" ", 0, 36)
    if cut <= 0:
        return name[:35], name[35:70].strip() or None
    return name[:cut], name[cut + 1 :][:35].strip() or None


def render_erp(
    comp: Mapping[str, np.ndarray],
    rng: np.random.Generator,
    created: np.ndarray,
    modified: np.ndarray,
    tweak: np.ndarray | None = None,
) -> dict[str, list]:
    """ERP ``KNA1`` rows (all columns but ``KUNNR``) for canonical companies."""
    n = len(comp["name"])
    c = comp["country"]
    name, street, city = _language_choice(comp, rng, 0.15, 0.15)
    u = rng.random(n)
    latin = np.array([not has_cjk(x) for x in name])
    upper = latin & (u < 0.25)  # old SAP habit: master data in capitals
    _apply(name, upper, str.upper)
    _apply(city, upper, str.upper)
    _apply(name, (u >= 0.25) & (u < 0.29), lambda s: legal_variant(s, rng.random()))
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    name = _pad(name, rng, 0.01)
    parts = [split_name35(x) for x in name]
    erdat = _erp_date(created)
    bad = np.flatnonzero(rng.random(n) < 0.003)
    erdat[bad] = _bad_erdat(created[bad], rng)
    phone = format_phones(c, comp["area"], comp["sub"], "erp")
    tax = comp["tax_id"].copy()
    tax[rng.random(n) >= 0.9] = None
    return {
        "NAME1": [p[0] for p in parts],
        "NAME2": [p[1] for p in parts],
        "STRAS": _fit(_blank(street, rng, 0.04), 60).tolist(),
        "ORT01": _fit(_blank(city, rng, 0.01), 35).tolist(),
        "PSTLZ": _fit(_blank(comp["postcode"], rng, 0.05), 10).tolist(),
        "LAND1": c.tolist(),
        "TELF1": _fit(_blank(phone, rng, 0.10), 30).tolist(),
        "SMTP_ADDR": _email_mess(comp["email"], rng, 0.25).tolist(),
        "STCD1": tax.tolist(),
        "WAERS": comp["currency"].tolist(),
        "KLIMK": _credit_or_new(comp, rng).tolist(),
        "ERDAT": erdat.tolist(),
        "CHANGED_TS": erp_timestamp(modified).tolist(),
        "LOEVM": [""] * n,
        "ZZSYNCHUB": [None] * n,
    }


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
    name, street, city = _language_choice(comp, rng, 0.10, 0.10)
    u = rng.random(n)
    # Warehouse clerks write "星辰科技（北京）有限公司", with full- or half-width brackets.
    _apply(name, (c == "CN") & (u < 0.30), lambda s: cn_bracket_variant(s, rng.random() < 0.7))
    _apply(name, (u >= 0.30) & (u < 0.34), lambda s: legal_variant(s, rng.random()))
    if tweak is not None and tweak.any():
        name[tweak] = tweak_names(name[tweak], rng)
    cjk = np.array([has_cjk(x) for x in name])
    fw = rng.random(n)
    _apply(name, (cjk & (fw < 0.12)) | (~cjk & (fw < 0.01)), to_fullwidth)
    name = _fit(_pad(name, rng, 0.015), 200)
    phone = format_phones(c, comp["area"], comp["sub"], "scm")
    tax = _blank(comp["tax_id"], rng, 0.40)
    tax = _tax_mess(tax, c, rng, 0.10)
    return {
        "consignee_name": name.tolist(),
        "addr_line1": _fit(_pad(_blank(street, rng, 0.04), rng, 0.01), 200).tolist(),
        "city": _fit(_blank(city, rng, 0.02), 100).tolist(),
        "zip": _blank(comp["postcode"], rng, 0.06).tolist(),
        "country_code": [ISO3[x] for x in c],
        "contact_phone": _blank(phone, rng, 0.10).tolist(),
        "contact_email": _email_mess(comp["email"], rng, 0.15).tolist(),
        "tax_no": tax.tolist(),
        "updated_at": _dt_list(modified),
        "active": [1] * n,
        "ext_ref": [None] * n,
    }


RENDERERS = {"crm": render_crm, "erp": render_erp, "scm": render_scm}

# ================================================================== local ids

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


def kunnr(numbers: np.ndarray | Sequence[int]) -> list[str]:
    """SAP customer numbers: 100001 -> "0000100001"."""
    return [f"{int(x):010d}" for x in numbers]


# ================================================================== database plumbing


def check_urls(urls: Mapping[str, str]) -> list[str]:
    """The systems named in ``urls``, in :data:`SYSTEMS` order; unknown names are an error."""
    unknown = sorted(set(urls) - set(SYSTEMS))
    if unknown:
        raise ValueError(f"unknown demo system(s) {unknown}; expected some of {list(SYSTEMS)}")
    return [s for s in SYSTEMS if s in urls]


def insert_rows(conn, table, rows: Mapping[str, list]) -> None:
    """Insert a record of lists in chunks of :data:`CHUNK_ROWS` with executemany."""
    cols = list(rows)
    if not cols:
        return
    n = len(rows[cols[0]])
    for start in range(0, n, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, n)
        batch = [dict(zip(cols, vals)) for vals in zip(*(rows[c][start:stop] for c in cols))]
        conn.execute(table.insert(), batch)


def sync_sequence(conn, table, column: str) -> None:
    """After explicit ids, move PostgreSQL's serial sequence past them.

    SQLite and MariaDB advance their auto-increment by themselves; PostgreSQL would hand
    out id 1 to the next insert that lets the database assign the id.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{column}'), "
            f"COALESCE((SELECT MAX(\"{column}\") FROM \"{table.name}\"), 0) + 1, false)"
        )
    )


def _engines(urls: Mapping[str, str]) -> dict[str, Engine]:
    return {s: bulk_engine(urls[s]) for s in check_urls(urls)}


def bulk_engine(url: str) -> Engine:
    """An engine for bulk writes. On SQLite the page cache is raised to 256 MB: with the
    default 2 MB, index pages of a million rows inserted in random key order thrash."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _cache(dbapi_conn, _record) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA cache_size = -262144")
            cur.close()

    return engine


# ================================================================== public API


def reset(urls: Mapping[str, str]) -> None:
    """Drop and create the native schemas: ``urls`` maps 'crm'|'erp'|'scm' to a SQLAlchemy URL.

    Only the demo tables of each system (:data:`synchub.demo.schemas.METADATA`) are dropped;
    other tables in the same database are left alone.
    """
    for system, engine in _engines(urls).items():
        try:
            METADATA[system].drop_all(engine)
            METADATA[system].create_all(engine)
        finally:
            engine.dispose()


def _record_times(rng: np.random.Generator, company_created: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(created, last modified) of a system record of a company, both before SEED_NOW."""
    now = np.datetime64(SEED_NOW, "s")
    age = (now - company_created).astype(np.int64)
    created = company_created + (rng.random(len(age)) * age * 0.5).astype("timedelta64[s]")
    left = (now - created).astype(np.int64)
    modified = created + (rng.random(len(age)) * (left - 1)).astype("timedelta64[s]")
    return created, modified


def seed(urls: Mapping[str, str], customers: int = 1000, seed: int = 42) -> pd.DataFrame:
    """reset() then fill the three systems. Returns the ground truth: one row per customer record
    written, columns system, local_id (str), true_id (str, the real-world company the record is).

    Each company is in the ERP with probability ~0.85, the CRM ~0.8 and the SCM ~0.6 (always
    at least one); ~2% of companies have a second record in one system (an in-system
    duplicate, spelled differently). Records are written in a shuffled order, so local ids say
    nothing about which records belong together. Only systems named in ``urls`` are written;
    the data of each is the same whichever others are named.
    """
    systems = check_urls(urls)
    if customers < 1:
        raise ValueError(f"customers must be at least 1, got {customers}")
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(6)]
    r_comp, r_pres, r_crm, r_erp, r_scm, r_other = streams
    comp = make_companies(r_comp, customers)

    p = r_pres.random((customers, 3)) < np.array([0.80, 0.85, 0.60])  # crm, erp, scm
    p[~p.any(axis=1), 1] = True  # a customer nobody has is no customer: give it to the ERP
    # In-system duplicates: ~2% of companies, in one of the systems that has them.
    dup_company = np.flatnonzero(r_pres.random(customers) < 0.02)
    dup_system = np.empty(len(dup_company), dtype=np.int64)
    for k, i in enumerate(dup_company):
        have = np.flatnonzero(p[i])
        dup_system[k] = have[r_pres.integers(0, len(have))]

    reset(urls)
    truth_parts = []
    local_ids: dict[str, list] = {}
    sys_rng = {"crm": r_crm, "erp": r_erp, "scm": r_scm}
    for j, system in enumerate(SYSTEMS):
        rng = sys_rng[system]
        base = np.flatnonzero(p[:, j])
        extra = dup_company[dup_system == j]
        rows = np.concatenate([base, extra])
        tweak = np.concatenate([np.zeros(len(base), bool), np.ones(len(extra), bool)])
        order = rng.permutation(len(rows))
        rows, tweak = rows[order], tweak[order]
        sub = subset(comp, rows)
        created, modified = _record_times(rng, sub["created"])
        data = RENDERERS[system](sub, rng, created, modified, tweak)
        if system == "crm":
            ids = salesforce_ids(rng, len(rows))
            # Insert in key order: the ids are random, so this keeps the records shuffled,
            # and the primary-key index grows at its end instead of everywhere.
            by_id = np.argsort(np.array(ids))
            ids = [ids[i] for i in by_id]
            data = {c: [v[i] for i in by_id] for c, v in data.items()}
            sub = subset(sub, by_id)
        elif system == "erp":
            ids = kunnr(np.arange(100001, 100001 + len(rows)))
        else:
            ids = list(range(1, len(rows) + 1))
        local_ids[system] = ids
        if system not in systems:
            continue
        key = {"crm": "Id", "erp": "KUNNR", "scm": "consignee_id"}[system]
        table = {"crm": crm_account, "erp": erp_kna1, "scm": scm_consignee}[system]
        engine = bulk_engine(urls[system])
        try:
            with engine.begin() as conn:
                insert_rows(conn, table, {key: ids, **data})
                if system == "scm":
                    sync_sequence(conn, table, "consignee_id")
        finally:
            engine.dispose()
        truth_parts.append(
            pd.DataFrame({"system": system, "local_id": [str(i) for i in ids], "true_id": sub["true_id"]})
        )
    _fill_other_tables(urls, systems, r_other, local_ids)
    truth = pd.concat(truth_parts, ignore_index=True) if truth_parts else pd.DataFrame(columns=TRUTH_COLUMNS)
    return truth.astype(str)[TRUTH_COLUMNS]


# ------------------------------------------------------------------ products, orders, ...

_PRODUCTS_A = "Hydraulic Stainless Industrial Precision Heavy-duty Compact Digital Pneumatic Ceramic Aluminium".split()
_PRODUCTS_B = ["pump", "valve", "bearing", "sensor", "motor", "gearbox", "controller", "filter", "coupling",
               "bolt set", "cable", "relay"]
_FIRST_NAMES = "Anna Li Wei Thomas Marie John Yuki Hans Sophie David Mei Kenji".split()
_LAST_NAMES = "Wang Zhang Müller Smith Dubois Tanaka Schmidt Brown Li Martin Sato Chen".split()
_STAGES = ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review",
           "Closed Won", "Closed Lost"]


def _ean13(rng: np.random.Generator, n: int) -> list[str]:
    """EAN-13 codes (GS1 prefix 400-440, Germany) with a valid check digit."""
    d = rng.integers(0, 10, size=(n, 12))
    d[:, 0], d[:, 1] = 4, rng.integers(0, 4, size=n)
    check = (10 - (d * np.tile([1, 3], 6)).sum(axis=1) % 10) % 10
    return _digits_to_str(np.concatenate([d, check[:, None]], axis=1)).tolist()


def _fill_other_tables(urls, systems, rng, local_ids) -> None:
    """A few hundred products, stock, orders, open items, contacts, opportunities, deliveries.

    Kept simple: they exist so that later flows (items, orders) have something to read.
    ERP materials and SCM items share GTINs for most products.
    """
    now = np.datetime64(SEED_NOW, "s")
    n_prod = 120

    def past(k: int, days: int = 720) -> np.ndarray:
        return now - rng.integers(3600, days * 86400, size=k).astype("timedelta64[s]")

    desc = [f"{a} {b} {m}" for a, b, m in zip(
        _pick(rng, _PRODUCTS_A, n_prod), _pick(rng, _PRODUCTS_B, n_prod), _num(rng.integers(10, 999, size=n_prod)))]
    gtin = _ean13(rng, n_prod)
    price = np.round(rng.uniform(2, 2500, size=n_prod), 2)
    in_erp = rng.random(n_prod) < 0.92
    in_scm = rng.random(n_prod) < 0.90
    in_scm[~in_erp] = True

    kna1 = local_ids["erp"]
    crm_ids = local_ids["crm"]
    consignees = local_ids["scm"]
    if "erp" in systems:
        ie = np.flatnonzero(in_erp)
        mara = {
            "MATNR": [f"{100000 + i:018d}" for i in ie],
            "MAKTX": [desc[i].upper()[:40] for i in ie],
            "EAN11": [gtin[i] for i in ie],
            "MEINS": _pick(rng, ["ST", "KAR", "KG", "M"], len(ie), [0.7, 0.15, 0.1, 0.05]).tolist(),
            "NETPR": [float(price[i]) for i in ie],
            "WAERS": ["EUR"] * len(ie),
            "CHANGED_TS": erp_timestamp(past(len(ie))).tolist(),
        }
        k_orders = min(300, len(kna1))
        cust = [kna1[i] for i in rng.integers(0, max(len(kna1), 1), size=k_orders)]
        aud = past(k_orders, 365)
        vbak = {
            "VBELN": [f"{12000 + i:010d}" for i in range(k_orders)],
            "KUNNR": cust,
            "AUDAT": _erp_date(aud).tolist(),
            "NETWR": np.round(rng.uniform(100, 250000, size=k_orders), 2).tolist(),
            "WAERK": _pick(rng, ["EUR", "USD", "CNY"], k_orders, [0.5, 0.3, 0.2]).tolist(),
            "CHANGED_TS": erp_timestamp(aud).tolist(),
        }
        k_items = min(300, len(kna1))
        bld = past(k_items, 120)
        bsid = {
            "BELNR": [f"{1400000000 + i:010d}" for i in range(k_items)],
            "KUNNR": [kna1[i] for i in rng.integers(0, max(len(kna1), 1), size=k_items)],
            "BLDAT": _erp_date(bld).tolist(),
            "ZFBDT": _erp_date(bld + rng.choice([30, 45, 60, 90], size=k_items).astype("timedelta64[D]")).tolist(),
            "WRBTR": np.round(rng.uniform(50, 80000, size=k_items), 2).tolist(),
            "WAERS": _pick(rng, ["EUR", "USD", "CNY"], k_items, [0.5, 0.3, 0.2]).tolist(),
            "CHANGED_TS": erp_timestamp(bld).tolist(),
        }
        engine = bulk_engine(urls["erp"])
        try:
            with engine.begin() as conn:
                for table, rows in ((erp_mara, mara), (erp_vbak, vbak), (erp_bsid, bsid)):
                    insert_rows(conn, table, rows)
        finally:
            engine.dispose()
    if "scm" in systems:
        isc = np.flatnonzero(in_scm)
        item_ids = list(range(1, len(isc) + 1))
        item = {
            "item_id": item_ids,
            "sku": [f"SKU-{70000 + i}" for i in isc],
            # Some SCM users store the GTIN-14 form with a leading zero.
            "gtin": [("0" + gtin[i]) if rng.random() < 0.3 else gtin[i] for i in isc],
            "description": [desc[i] for i in isc],
            "uom": _pick(rng, ["EA", "BOX", "KG"], len(isc), [0.7, 0.2, 0.1]).tolist(),
            "pack_size": rng.choice([1, 1, 1, 6, 12, 24], size=len(isc)).tolist(),
            "weight_kg": np.round(rng.uniform(0.05, 80, size=len(isc)), 3).tolist(),
            "updated_at": _dt_list(past(len(isc))),
        }
        stock = {k: [] for k in ("item_id", "warehouse", "on_hand", "reserved", "safety_stock", "updated_at")}
        for iid in item_ids:
            for wh in rng.choice(["SHA-01", "FRA-01", "CHI-01", "TYO-01"], size=rng.integers(1, 4), replace=False):
                on_hand = float(rng.integers(0, 5000))
                stock["item_id"].append(iid)
                stock["warehouse"].append(str(wh))
                stock["on_hand"].append(on_hand)
                stock["reserved"].append(float(rng.integers(0, on_hand + 1)))
                stock["safety_stock"].append(float(rng.choice([0, 50, 100, 250])) if rng.random() < 0.8 else None)
                stock["updated_at"].append(_dt_list(past(1, 30))[0])
        k_del = min(300, len(consignees))
        updated = past(k_del, 200)
        delivery = {
            "delivery_id": list(range(1, k_del + 1)),
            "consignee_id": [consignees[i] for i in rng.integers(0, max(len(consignees), 1), size=k_del)],
            "order_ref": [f"SO-{12000 + i}" for i in rng.integers(0, 300, size=k_del)],
            "status": _pick(rng, ["planned", "picked", "shipped", "delivered"], k_del, [0.15, 0.15, 0.2, 0.5]).tolist(),
            "ship_date": _dt_list(updated - rng.integers(0, 5 * 86400, size=k_del).astype("timedelta64[s]")),
            "updated_at": _dt_list(updated),
        }
        engine = bulk_engine(urls["scm"])
        try:
            with engine.begin() as conn:
                insert_rows(conn, scm_item, item)
                insert_rows(conn, scm_stock, stock)
                insert_rows(conn, scm_delivery, delivery)
                sync_sequence(conn, scm_item, "item_id")
                sync_sequence(conn, scm_delivery, "delivery_id")
        finally:
            engine.dispose()
    if "crm" in systems and crm_ids:
        k_con = min(400, len(crm_ids))
        acc = [crm_ids[i] for i in rng.integers(0, len(crm_ids), size=k_con)]
        first = _pick(rng, _FIRST_NAMES, k_con)
        last = _pick(rng, _LAST_NAMES, k_con)
        contact = {
            "Id": salesforce_ids(rng, k_con, prefix="003"),
            "AccountId": acc,
            "FirstName": first.tolist(),
            "LastName": last.tolist(),
            "Email": [f"{_ascii_slug(f)}.{_ascii_slug(la)}@example.com" for f, la in zip(first, last)],
            "Phone": [None] * k_con,
            "LastModifiedDate": _dt_list(past(k_con)),
            "IsDeleted": [False] * k_con,
        }
        k_opp = min(300, len(crm_ids))
        stage = _pick(rng, _STAGES, k_opp)
        opp = {
            "Id": salesforce_ids(rng, k_opp, prefix="006"),
            "AccountId": [crm_ids[i] for i in rng.integers(0, len(crm_ids), size=k_opp)],
            "Name": [f"{d} - {q} units" for d, q in zip(_pick(rng, desc, k_opp), rng.integers(10, 5000, size=k_opp))],
            "StageName": stage.tolist(),
            "Amount": np.round(rng.uniform(1000, 500000, size=k_opp), 2).tolist(),
            "CurrencyIsoCode": _pick(rng, ["EUR", "USD", "CNY", "JPY", "GBP"], k_opp).tolist(),
            "CloseDate": _dt_list(past(k_opp, 365)),
            "LastModifiedDate": _dt_list(past(k_opp, 60)),
            "IsDeleted": [False] * k_opp,
        }
        engine = bulk_engine(urls["crm"])
        try:
            with engine.begin() as conn:
                insert_rows(conn, crm_contact, contact)
                insert_rows(conn, crm_opportunity, opp)
        finally:
            engine.dispose()


# ------------------------------------------------------------------ truth files


def write_truth(truth: pd.DataFrame, path: str | Path) -> None:
    """Write the ground truth as UTF-8 CSV (columns system, local_id, true_id)."""
    truth[TRUTH_COLUMNS].to_csv(path, index=False, encoding="utf-8")


def read_truth(path: str | Path) -> pd.DataFrame:
    """Read a ground truth written by :func:`write_truth`; every column is a string.

    Local ids keep their leading zeros ("0000100001").
    """
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in TRUTH_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: not a truth file, columns {missing} are missing")
    return df[TRUTH_COLUMNS]
