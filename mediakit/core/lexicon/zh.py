"""Chinese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}

# --- release structure (structure) ---------------------------------------------------------
PAGE_HEADINGS: frozenset[str] = frozenset({"最新消息", "新闻中心", "新聞中心", "新闻动态", "新聞動態", "媒体中心",
                                           "媒體中心", "新闻资料", "新聞資料"})
RELEASE_LABELS: frozenset[str] = frozenset({"新闻稿", "新聞稿", "新闻发布", "新聞發佈", "即时发布", "即時發佈",
                                            "即時發放", "新闻", "新聞", "新闻通稿", "新聞通稿", "采访通知", "採訪通知",
                                            "請即發稿", "请即发稿", "請即發佈", "请即发布"})  # "please run at once"
# An embargo's label before its date: "解禁时间：2031年5月8日上午9时".
EMBARGO_LABELS: frozenset[str] = frozenset({"解禁", "解禁时间", "解禁時間", "新闻解禁时间"})
ABOUT_PREFIXES: frozenset[str] = frozenset({"关于", "關於"})  # not 有关 ("regarding"): it opens headings and sentences
# "关于开展…的通知" (a notice on …): a government document's title opens with the word for "about".
DOCUMENT_KINDS: frozenset[str] = frozenset({"通知", "公告", "通告", "意见", "意見", "决定", "決定", "通报", "通報",
                                            "报告", "報告", "批复", "批覆", "办法", "辦法", "规定", "規定", "方案",
                                            "函", "说明", "說明", "声明", "聲明", "公示", "规划", "規劃", "措施"})
ABOUT_TITLES: frozenset[str] = frozenset({"公司简介", "公司簡介", "企业简介", "企業簡介", "机构简介", "機構簡介"})
# The name field a company profile opens with ("公司名称：…").
PROFILE_NAME_LABELS: frozenset[str] = frozenset({"公司名称", "公司名稱", "名称", "名稱"})
END_MARKS: frozenset[str] = frozenset({"完", "（完）", "(完)"})
TIME_OF_DAY_WORDS: frozenset[str] = frozenset({"上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚"})
TIME_ZONE_WORDS: frozenset[str] = frozenset({"北京时间", "北京時間", "香港时间", "香港時間", "台北时间", "台北時間"})
TODAY_WORDS: frozenset[str] = frozenset({"今天", "今日", "昨天", "昨日", "日前", "近日", "本周", "本週"})
# A dateline's place names its news desk: "(台北訊，…)", "新华社北京3月3日电".
DISPATCH_SUFFIXES: frozenset[str] = frozenset({"訊", "讯", "電", "电", "報導", "报道", "報道"})
# A news agency named before the dateline's place ("新华社北京…电", "中新网上海…电"): no part of it.
NEWS_AGENCIES: frozenset[str] = frozenset({"新华社", "新華社", "中新社", "中新网", "中新網", "中国新闻网", "中國新聞網",
                                          "人民网", "人民網", "新华网", "新華網", "央视网", "央視網", "中央社"})
STOCK_HEADINGS: frozenset[str] = frozenset({"編輯垂注", "编辑注", "編者按", "编者按", "備註", "备注", "注释",
                                            "傳媒查詢", "传媒查询", "媒體聯絡", "媒体联络", "聯絡人", "联络人"})
PART_COUNTERS: frozenset[str] = frozenset({"章", "节", "節", "部分", "篇", "编", "編"})
ADVISORY_LABELS: frozenset[str] = frozenset({"時間", "时间", "地點", "地点", "日期", "主題", "主题"})
MEDIA_HEADINGS: frozenset[str] = frozenset({"圖片", "图片", "相片", "照片", "視頻", "视频", "影片"})
NAV_HEADINGS: frozenset[str] = frozenset({"相关新闻", "相關新聞", "联系我们", "聯絡我們", "產品", "产品", "更多新闻",
                                          "相关阅读", "相關閱讀", "扫码关注", "扫码关注我们", "掃碼關注", "关注我们",
                                          "關注我們", "分享到", "分享", "延伸阅读", "延伸閱讀", "目录", "目錄"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"阅读全文", "閱讀全文", "查看更多", "了解更多", "点击查看", "點擊查看"})
SHARE_WORDS: frozenset[str] = frozenset({"分享", "分享到", "微信", "微博", "打印", "qq空间"})

# --- quotes -----------------------------------------------------------------------------
SAID_VERBS: frozenset[str] = frozenset("""说道 说 說 表示 指出 称 稱 强调 強調 补充道 补充说 补充 谈到 談到 提到
介绍说 介绍 认为 坦言 透露 回忆道 总结道 直言 感叹 解释说 解释道 解释 谈道 補充道 補充說 補充 介紹說 介紹 認為 透露 回憶道 總結道 解釋說 解釋道 解釋 談道
說道 说到 說到 讲道 講道 评论说 評論說 评论道 評論道 发言 發言 回应 回應""".split())
TOLD_VERBS: frozenset[str] = frozenset({"告诉"})
# Before the name whose account a quotation gives: 据王明介绍，“…” / 根據陳志豪表示，「…」
ACCORDING_TO: frozenset[str] = frozenset({"据", "據", "根据", "根據"})
# The setting written between a name and its said-verb: 王明在发布会上表示, 陳志豪於典禮中說, 接受采访时
SETTING_OPENERS: frozenset[str] = frozenset({"在", "于", "於", "接受"})
SETTING_CLOSERS: frozenset[str] = frozenset({"上", "时", "時", "中", "里", "裡", "期间", "期間", "之际", "之際", "后", "後"})
# The topic written between a name and its said-verb, running up to the verb with no closing word:
# 王明就此表示, 陈静对新平台评论说, 林峰对于这次成果有这样发言 (对/就: "on", "about").
TOPIC_OPENERS: frozenset[str] = frozenset({"就", "对", "對", "对于", "對於"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"他", "她", "他们", "她们"})
# Courtesy words written right after a name, no part of it: 王明先生表示, Jane Roe女士说
NAME_HONORIFICS: frozenset[str] = frozenset("先生 女士 小姐".split())
# The frame a role stands in before the name it describes: 作为核心成员之一的王明 ("as one of the core
# members, Wang Ming"): 作为 opens it (ROLE_OPENERS), 的 links it to the name (ROLE_LINKS); neither is the role.
# 来自 ("from") opens one the same way: 来自青岚公司的工程师王明 ("the engineer from Qinglan, Wang Ming").
ROLE_OPENERS: frozenset[str] = frozenset({"作为", "作為", "身为", "身為", "来自", "來自"})
ROLE_LINKS: frozenset[str] = frozenset({"的"})
COMMENT_LABELS: frozenset[str] = frozenset("评论 評論 寄语 寄語 感言 点评 點評".split())
FIRST_PERSON: frozenset[str] = frozenset("我 我们 我們 本公司".split())

# --- figures ----------------------------------------------------------------------------
# Counters of time after a number with decimals ("8.5天", "2.5小时"): a span of time, no version.
TIME_COUNTERS: frozenset[str] = frozenset("天 日 小时 小時 个月 個月 周 週 年 分钟 分鐘 秒".split())
# Labels naming a listed company by its stock code ("股票代號：2344"): no count.
NUMBER_LABELS: frozenset[str] = frozenset({"股票代號", "股票代码", "證券代號", "证券代码", "證券代碼", "代號", "代码", "代碼",
                                           "版本"})
SCREEN_WORDS: frozenset[str] = frozenset("""电视 電視 视频 視頻 影片 分辨率 解析度 高清 超高清 画质 畫質 屏幕 螢幕 显示 顯示
直播 摄影 攝影 摄像 攝像 面板""".split())
# Written right after the digits ("50万", "3.2亿"); 千 is not a magnitude before 瓦/米/克 (units).
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12, "萬億": 1e12, "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6, "亿": 1e8, "億": 1e8,
    "万": 1e4, "萬": 1e4, "千": 1e3,
}
# Numbers in Chinese numerals ("两千名", "三亿五千万元"): digits and the units they multiply
# (万, 亿 and 兆 come from MAGNITUDES); 零 holds an empty place ("一千零五十").
# The formal numerals amounts are written in by financial and legal text ("壹仟贰佰万元"): read as
# money only ("伍佰" before another word is a singer's name).
_FORMAL: dict[str, float] = {"壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
                             "柒": 7, "捌": 8, "玖": 9, "拾": 10, "佰": 100, "仟": 1000}
FORMAL_NUMERALS: frozenset[str] = frozenset(_FORMAL)
NUMERALS: dict[str, float] = {"零": 0, "〇": 0, "两": 2, "兩": 2, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                              "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000, **_FORMAL}
# Tenths after a number: "约3成" is about 30 percent.
TENTHS_WORDS: frozenset[str] = frozenset({"成"})
GLUED_UNITS: frozenset[str] = frozenset("""个百分点 個百分點 百分点 百分點 ℃ 平方公里 平方千米 平方米 平方呎 公里 千米 公顷 公頃
千瓦时 千瓦時 千瓦 兆瓦 吉瓦 公斤 千克 吨 噸 呎 米 尼特 英寸 吋""".split())
# Counter words a lone numeral counts things with ("九種硬體架構", "八家企業", "十位得獎者"); a lone
# numeral before other words is a word's character ("九龍", "七喜").
NUMERAL_COUNTERS: frozenset[str] = frozenset("种 種 项 項 个 個 家 名 位 款 所 件".split())
# Written right after the amount ("220亿美元"); a bare 元 is the renminbi.
CURRENCY_WORDS: dict[str, str] = {
    "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "港圓": "HKD",
    "人民币": "CNY", "人民幣": "CNY", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "日元": "JPY", "日圓": "JPY", "日圆": "JPY", "澳元": "AUD", "加元": "CAD", "新台币": "TWD",
    "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "新加坡元": "SGD", "新元": "SGD", "韩元": "KRW",
    "韓元": "KRW", "澳门元": "MOP", "澳門元": "MOP", "卢比": "INR", "盧比": "INR",
    "元": "CNY", "圆": "CNY", "圓": "CNY",
}

# --- contacts ---------------------------------------------------------------------------
CONTACT_LABELS: frozenset[str] = frozenset(
    """传媒查询 傳媒查詢 媒体查询 媒體查詢 传媒垂询 傳媒垂詢 媒体联系 媒体联系人 媒體聯絡 媒體聯絡人 媒体联络 媒体联络人
    新聞聯絡 新聞聯絡人 新闻联络 新闻联络人 新闻联系 新闻联系人 传媒联络 传媒联络人 傳媒聯絡 傳媒聯絡人 联系人 聯絡人
    联系方式 聯絡方式 联系信息 聯絡資訊 聯繫資訊 联络信息 媒体垂询 媒體垂詢 新闻垂询 新聞垂詢""".split())
PERSON_LABELS: frozenset[str] = frozenset({"联系人", "聯絡人", "联络人"})
MUNICIPALITY_SUFFIXES: frozenset[str] = frozenset({"市", "区", "區", "县", "縣", "镇", "鎮", "省"})
PHONE_LABELS: frozenset[str] = frozenset("""流動電話 流动电话 辦公電話 办公电话 电话 電話 手机 手機 直线 直線""".split())
EMAIL_LABELS: frozenset[str] = frozenset("""電子郵件 电子邮件 電子郵箱 电子邮箱 电邮 電郵 邮箱 郵箱""".split())
FAX_LABELS: frozenset[str] = frozenset({"传真", "傳真"})
# A card's field labels standing alone ("网址" over the web address): no person's name.
FIELD_LABELS: frozenset[str] = frozenset({"网址", "網址", "网站", "網站", "姓名", "职位", "職位", "地址"})
INBOX_WORDS: frozenset[str] = frozenset({"邮件至", "郵件至", "发送邮件", "發送郵件", "来信", "來信", "电邮", "電郵"})
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"赞助", "贊助", "参展", "參展", "购票", "購票", "志愿者", "志願者"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"新闻稿", "新聞稿", "新闻发布", "新聞發佈", "新聞發布", "媒体通稿"})
# An office inside an organisation, written after its name on a contact line ("青松科技 品牌部").
OFFICE_SUFFIXES: frozenset[str] = frozenset({"部", "处", "處", "科", "室", "组", "組", "办公室", "辦公室", "事業群", "事业群"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"发件人": "from", "寄件者": "from", "收件人": "to", "收件者": "to", "抄送": "to", "副本": "to",
                                  "主题": "subject", "主旨": "subject", "日期": "date", "发送时间": "date",
                                  "寄件日期": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前的位置", "所在位置", "目前位置", "現在位置", "您的位置在"})
# Counters written right after digits ("12000次", "35000人"): five or six ungrouped digits before one count
# something, no postal code nor ID (figures.classify).
DIGIT_COUNTERS: frozenset[str] = frozenset("次 人 个 個 名 位 家 项 項 件 台 辆 輛 座 所 户 戶 套 份 张 張 场 場 款 种 種 例 篇 本".split())
