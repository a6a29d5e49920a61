"""Japanese (months are written with digits: 3月): the words MediaKit reads in releases written in it (see ``lexicon``)."""

from __future__ import annotations

# --- dates (structure) ----------------------------------------------------------------
MONTHS: dict[str, int] = {}

# --- release structure (structure) ---------------------------------------------------------
# Written after what it presents: "Debian について", "当財団について".
ABOUT_SUFFIXES: frozenset[str] = frozenset({"について"})
# The name field a company profile opens with ("名称: 株式会社…", "社名：…").
PROFILE_NAME_LABELS: frozenset[str] = frozenset({"名称", "社名", "会社名", "商号", "団体名", "法人名"})
# Field labels of a disclosure's masthead over its headline, beside the name and contact labels
# ("代表者名　代表取締役社長　…", "コード番号：1234").
MASTHEAD_LABELS: frozenset[str] = frozenset({"代表者名", "代表者", "コード番号", "上場会社名"})
# Boilerplate titles that name no organisation: "会社概要" (company profile) over the fact list.
ABOUT_TITLES: frozenset[str] = frozenset({"会社概要", "企業概要", "団体概要", "法人概要", "組織概要", "当社について"})
# 報道関係者各位 ("to all members of the press"), or 各位 alone, is a salutation printed above the headline.
PAGE_HEADINGS: frozenset[str] = frozenset({"プレスキット", "ニュースルーム", "最新ニュース", "ニュース一覧"})
RELEASE_LABELS: frozenset[str] = frozenset({"プレスリリース", "ニュースリリース", "報道関係者各位", "報道各位",
                                            "報道発表", "報道資料", "お知らせ", "報道関係者の皆様", "記者各位", "報道関係各位", "各位",
                                            "関係各位", "プレスリリース原文"})
END_MARKS: frozenset[str] = frozenset({"以上"})
# An embargo's label before its date: "報道解禁：2031年4月10日（木）午前0時", "解禁日時：…".
EMBARGO_LABELS: frozenset[str] = frozenset({"報道解禁", "解禁", "解禁日時", "報道解禁日時", "解禁日", "報道解禁日"})
TIME_OF_DAY_WORDS: frozenset[str] = frozenset({"午前", "午後"})
TIME_ZONE_WORDS: frozenset[str] = frozenset({"日本時間", "現地時間"})
TODAY_WORDS: frozenset[str] = frozenset({"本日", "今日", "昨日"})
STOCK_HEADINGS: frozenset[str] = frozenset({"連絡先", "問い合わせ先", "お問い合わせ", "お問い合わせ先", "問い合せ先",
                                            "本件に関するお問い合わせ", "備考", "注記"})
PART_COUNTERS: frozenset[str] = frozenset({"章", "節", "部", "編"})
MEDIA_HEADINGS: frozenset[str] = frozenset({"写真", "動画"})
NAV_HEADINGS: frozenset[str] = frozenset({"関連記事", "関連ニュース", "メニュー", "製品情報", "関連リンク", "この記事をシェア",
                                          "シェアする", "最新のニュース", "新着情報", "目次"})
# The words of a link or button standing alone on its line ("Read more"): no title.
LINK_LABELS: frozenset[str] = frozenset({"詳しくはこちら", "続きを読む", "もっと見る", "詳細はこちら"})
SHARE_WORDS: frozenset[str] = frozenset({"シェア", "ツイート", "ポスト", "印刷", "メール", "はてブ", "line"})

# --- quotes ---------------------------------------------------------------------------
# Written after the quotation and its particle: 「…」と述べています / 「…」と、山田氏は語りました;
# news style writes the plain forms (と語った, と話している), translated releases the polite present (と付け加えます).
SAID_VERBS: frozenset[str] = frozenset("""言っています 言っていました 言いました 言います 述べています 述べました
述べます 語っています 語りました 語ります 話しています 話しました 話します つけ加えています つけ加えました
付け加えています 付け加えました 加えています 加えました コメントしています コメントしました 説明しています
説明しました 強調しています 強調しました 指摘しています 指摘しました 答えています 答えました
言った 述べた 語った 話した 付け加えた つけ加えた コメントした 説明した 強調した 指摘した 答えた
述べている 語っている 話している 言っている コメントしている 説明している 語る 話す 述べる
質問しています 質問しました 質問した 質問している 回答しています 回答しました 回答した 回答している
付け加えます つけ加えます 加えます コメントします 説明します 強調します 指摘します 答えます 質問します 回答します""".split())
# After a name: 山田氏, 佐藤さん (the name is what stands before them)
NAME_HONORIFICS: frozenset[str] = frozenset("氏 さん 様 君".split())
# Titles written right after a name (山田太郎社長): the role, not part of the name
NAME_TITLES: frozenset[str] = frozenset("""代表取締役社長 代表取締役 取締役 社長 副社長 会長 部長 課長 室長 代表
理事長 教授 准教授 所長 局長 市長 町長 村長 知事 大臣 長官 議員 監督 博士 頭取 学長 校長 院長 店長
館長 園長 支店長 工場長 本部長 執行役員 専務取締役 常務取締役 代表理事 理事 副理事長 専務理事 常務理事 事務局長
事務総長 委員長 議長 副会長 総裁 副知事 区長 講師 助教 主任研究員 研究員 センター長""".split())
# A clause between a title and the name it introduces: 代表取締役社長に就任する田村由紀 (the title is hers)
NAME_TITLE_CLAUSES: frozenset[str] = frozenset("""に就任する に就任した に就任予定の に就任いたしました を務める
を務めた を務めている である""".split())
# How a speaker says what follows, between は and the said-verb: 山田氏は次のように述べています (the
# quotation below); SAID_MANNERS_ABOVE, what went before: 山田氏はこのように述べています (the quotation above).
SAID_MANNERS: frozenset[str] = frozenset("次のように 以下のように こう".split())
SAID_MANNERS_ABOVE: frozenset[str] = frozenset({"このように"})
# A copula joining a role to the name it describes: "コアチームの一員であるJo Roe" (Jo Roe, who is a member
# of the core team): the role ends before it.
ROLE_LINKS: frozenset[str] = frozenset({"である"})
COMMENT_LABELS: frozenset[str] = frozenset("コメント 談話".split())
FIRST_PERSON: frozenset[str] = frozenset("私 私たち 我々 僕 弊社 当社".split())

# --- figures ----------------------------------------------------------------------------
# Labels naming a listed company by its securities code ("コード番号：6789"): no count.
NUMBER_LABELS: frozenset[str] = frozenset({"コード", "コード番号", "証券コード", "銘柄コード", "バージョン"})
# 日 followed so counts days, no day of the month: "3日間", "4 日以内", "21 日かかった".
DAY_SPANS: frozenset[str] = frozenset("日間 日以内 日以上 日未満 日程度 日前後 日ほど 日かか 時間 分間 秒間".split())
# Counters of time after a number with decimals ("8.5 日", "2.5 時間"): a span of time, no version.
TIME_COUNTERS: frozenset[str] = frozenset("日 日間 時間 週間 か月 ヶ月 カ月 年間 分間 秒".split())
# A processor's width after its number ("64 ビット PC"): no count.
WIDTH_WORDS: frozenset[str] = frozenset({"ビット"})
SCREEN_WORDS: frozenset[str] = frozenset("""テレビ 映像 解像度 動画 放送 画質 モニター ディスプレイ カメラ 撮影
パネル 対応 液晶 有機EL""".split())
# Written right after the digits ("3兆円", "5000万人"); 兆 before 瓦/赫/字节 belongs to the unit.
MAGNITUDES: dict[str, float] = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
CURRENCY_WORDS: dict[str, str] = {"円": "JPY", "米ドル": "USD", "ユーロ": "EUR", "ポンド": "GBP", "人民元": "CNY",
                                   "ウォン": "KRW", "ドル": "$"}  # a bare ドル is the release's dollar
# Numbers in kanji ("六千円", "二百区画", "三億五千万円"): digits and the units they multiply;
# 万, 億 and 兆 come from MAGNITUDES.
NUMERALS: dict[str, float] = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                              "九": 9, "十": 10, "百": 100, "千": 1000}
# Words that open with numerals and count nothing: surnames, trades, places.
NUMERAL_NAMES: frozenset[str] = frozenset({"五十嵐", "八百屋", "八百長", "十八番", "九十九里"})
# Counter words a lone numeral counts things with ("八社", "九カ国"; not "九州", "六本木").
NUMERAL_COUNTERS: frozenset[str] = frozenset("社 名 件 種類 カ国 か国 ヶ国 校 団体".split())

# --- contacts ---------------------------------------------------------------------------
# Intro labels, also with a word before them (代表連絡先, プレス問い合わせ先, 報道関係者お問い合わせ先).
CONTACT_LABELS: frozenset[str] = frozenset({"連絡先", "問い合わせ先", "お問い合わせ先", "お問い合わせ", "問い合わせ", "問合せ先", "問い合せ先",
                                            "お問合せ先", "お問い合せ先"})
# After an organisation's name: "Lanternfish Tokyo所属" (belonging to Lanternfish Tokyo).
AFFILIATION_WORDS: frozenset[str] = frozenset({"所属"})
# Legal forms written before (or after) a company's name: "株式会社 Acme", "Acme株式会社".
LEGAL_FORMS: frozenset[str] = frozenset({"株式会社", "有限会社", "合同会社", "合資会社", "一般社団法人", "一般財団法人",
                                         "公益社団法人", "公益財団法人", "特定非営利活動法人", "NPO法人"})
# The person line's label ("担当者：…").
PERSON_LABELS: frozenset[str] = frozenset({"担当者", "担当"})
# What a municipality's name ends in ("桜丘市", "港北区"): named alone, a municipal release's publisher.
MUNICIPALITY_SUFFIXES: frozenset[str] = frozenset({"市", "区", "町", "村", "県", "都", "府"})
PHONE_LABELS: frozenset[str] = frozenset({"電話番号", "電話", "携帯電話", "携帯"})
EMAIL_LABELS: frozenset[str] = frozenset({"メールアドレス", "メール", "Eメール", "電子メール"})
FAX_LABELS: frozenset[str] = frozenset({"ファックス", "ファクス"})
INBOX_WORDS: frozenset[str] = frozenset({"メール", "ご連絡", "お問い合わせ"})
# Written after the address: "<press@…> 宛にメールを送ってください", "…までご連絡ください".
INBOX_AFTER_WORDS: frozenset[str] = frozenset({"宛にメール", "宛てにメール", "宛にご連絡", "までメール", "までご連絡",
                                               "までお問い合わせ", "までお問合せ"})
OTHER_ERRAND_WORDS: frozenset[str] = frozenset({"協賛", "スポンサー", "出展", "チケット"})
# --- kits: file names and opening words of the release inside a media kit (kit.pick) -----
RELEASE_FILE_WORDS: frozenset[str] = frozenset({"プレスリリース", "報道発表", "ニュースリリース", "報道関係各位"})

# Words for percent written after a number ("12 パーセント"), lower case.
PERCENT_WORDS: frozenset[str] = frozenset({"パーセント"})
# Tenths after a number: "約3割" is about 30 percent ("2割引" takes 20 percent off).
TENTHS_WORDS: frozenset[str] = frozenset({"割"})
GLUED_UNITS: frozenset[str] = frozenset("""ポイント キロワット時 キロワット メガワット時 メガワット ギガワット キログラム キロメートル
平方キロメートル 平方メートル メートル ヘクタール リットル トン""".split())

# An office inside an organisation, written after its name on a contact line ("株式会社Acme 広報部"):
# the organisation is the one before it.
OFFICE_SUFFIXES: frozenset[str] = frozenset({"部", "課", "室", "係", "グループ", "チーム", "センター", "局"})
# The labels of an e-mail's header copied above a release (document.mailhead), lower case -> what
# the line holds: "from", "to", "subject" or "date".
MAIL_HEADERS: dict[str, str] = {"差出人": "from", "送信者": "from", "宛先": "to", "cc": "to", "件名": "subject", "日付": "date",
                                  "送信日時": "date"}
# The label a site prints before a page's trail of links ("You are here: Home / News"), lower case.
CRUMB_LABELS: frozenset[str] = frozenset({"現在位置", "現在地", "現在のページ"})
# Counters written right after digits ("12000次", "35000人"): five or six ungrouped digits before one count
# something, no postal code nor ID (figures.classify).
DIGIT_COUNTERS: frozenset[str] = frozenset("人 件 社 回 台 名 店 校 棟 個 本 枚 冊 戸 団体 カ所 か所 ヶ所".split())
