"""The demo world as data: its systems, the instant seeded data predates, its countries, and the
word lists that company names, addresses and products are made of.

Data only (``_words`` just unpacks the compact Chinese table). The company builders, the system
styles and :mod:`synchub.demo.mutate` read these tables; changing one changes the seeded data.
"""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np

from synchub.demo.arrays import obj_array

SYSTEMS = ("crm", "erp", "scm")
"""The demo systems, in the order their records appear in the truth."""

SEED_NOW = datetime(2026, 1, 1)
"""Every timestamp of seeded data lies before this instant (naive UTC)."""

# ------------------------------------------------------------------ countries
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
CN_PINYIN_SECOND = obj_array([("'" + p) if p[0] in "aeo" else p for p in CN_PINYIN])

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

# ------------------------------------------------------------------ products, contacts, opportunities
PRODUCT_ADJECTIVES = (
    "Hydraulic Stainless Industrial Precision Heavy-duty Compact Digital Pneumatic Ceramic Aluminium".split()
)
PRODUCT_NOUNS = ["pump", "valve", "bearing", "sensor", "motor", "gearbox", "controller", "filter", "coupling",
                 "bolt set", "cable", "relay"]
CONTACT_FIRST_NAMES = "Anna Li Wei Thomas Marie John Yuki Hans Sophie David Mei Kenji".split()
CONTACT_LAST_NAMES = "Wang Zhang Müller Smith Dubois Tanaka Schmidt Brown Li Martin Sato Chen".split()
OPPORTUNITY_STAGES = ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review",
                      "Closed Won", "Closed Lost"]

# ------------------------------------------------------------------ products (the item master)
PRODUCT_ADJECTIVES_ZH = {
    "Hydraulic": "液压", "Stainless": "不锈钢", "Industrial": "工业", "Precision": "精密", "Heavy-duty": "重型",
    "Compact": "紧凑型", "Digital": "数字", "Pneumatic": "气动", "Ceramic": "陶瓷", "Aluminium": "铝制",
}
PRODUCT_NOUNS_ZH = {
    "pump": "泵", "valve": "阀", "bearing": "轴承", "sensor": "传感器", "motor": "电机", "gearbox": "齿轮箱",
    "controller": "控制器", "filter": "过滤器", "coupling": "联轴器", "bolt set": "螺栓套件", "cable": "电缆",
    "relay": "继电器",
}
PRODUCT_BRANDS = ("Nordwerk", "Huaxin", "Kyoto Seiko", "Lumen", "Vantor", "Dongfang", "Baltic Tools", "Meridian")
CHINESE_BRANDS = frozenset({"Huaxin", "Dongfang"})
"""Brands whose products carry a Chinese name too."""
SKU_LETTERS = tuple(a + b for a in "ABCDEFGHJKLMNPRSTUVXYZ" for b in "ABCDEFGHJKLMNPRSTUVXYZ")
"""Letter parts of article numbers ("HX-04213"); no I, O, Q, W: "WH-..." is the SCM's own code."""
VENDOR_PREFIXES = ("ACME", "NRD")
"""Vendor prefixes the SCM writes before some SKUs ("ACME-HX-04213"); mappings/scm/products.yaml drops them."""
PRODUCT_UNITS = ("EA", "BOX", "KG", "M")
ERP_UNITS = {"EA": "ST", "BOX": "KAR", "KG": "KG", "M": "M"}
CRM_UNITS = {"EA": "Each", "BOX": "Box", "KG": "Kilogram", "M": "Meter"}
PRODUCT_FAMILIES = ("Hardware", "Spare Parts", "Consumables", "Electronics")
