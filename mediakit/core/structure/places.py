"""Dateline places: the forms a dateline writes a place in, and a place to its phone region."""

from __future__ import annotations

import re

# A place as a dateline writes it: "AUSTIN, Texas", "HONG KONG", "LAKEVIEW & PORT ELLIS, Ore.", or
# "Lakeview, Oregon" in mixed case.
UPPER_PLACE = r"[A-Z][A-Z .&'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
# Its words' letters: Latin-1's small letters with "ß" ("Gießen") and Latin Extended-A's ("Gdańsk",
# "Łódź", "Plzeň"), which also gives a capital to open a word with.
PLACE_INITIAL = "[A-ZĀ-ž]"
PLACE_LETTERS = "a-zß-ÿĀ-ž"
# a word, and a capital after its hyphen ("Baden-Baden", "Groß-Umstadt")
_WORD = PLACE_INITIAL + "[" + PLACE_LETTERS + "'’.-]+(?:-" + PLACE_INITIAL + "[" + PLACE_LETTERS + "'’.-]+)?"
_STATE_WORD = PLACE_INITIAL + "[" + PLACE_LETTERS + ".]+"
# "Lakeview, Oregon": a place of up to four words and the state or country after its comma
PLACE_WORDS = _WORD + r"(?:\s" + _WORD + r"){0,3},\s*" + _STATE_WORD + r"(?:\s" + _STATE_WORD + r")?"
MIXED_PLACE = _WORD + r"(?:\s" + _WORD + r"){0,3}(?:,\s*" + _STATE_WORD + r"(?:\s" + _STATE_WORD + r")?)?"
_REGION_WORDS = {
    "hong kong": "HK", "香港": "HK", "macau": "MO", "macao": "MO", "澳門": "MO", "澳门": "MO",
    "singapore": "SG", "taipei": "TW", "taiwan": "TW", "台北": "TW", "臺北": "TW", "台灣": "TW",
    "beijing": "CN", "shanghai": "CN", "shenzhen": "CN", "guangzhou": "CN", "china": "CN",
    "北京": "CN", "上海": "CN", "深圳": "CN", "广州": "CN", "中国": "CN", "廣州": "CN",
    "合肥": "CN", "杭州": "CN", "南京": "CN", "成都": "CN", "武汉": "CN", "武漢": "CN", "西安": "CN", "天津": "CN",
    "重庆": "CN", "重慶": "CN", "苏州": "CN", "蘇州": "CN", "厦门": "CN", "廈門": "CN", "青岛": "CN", "青島": "CN",
    "大连": "CN", "大連": "CN", "长沙": "CN", "長沙": "CN", "郑州": "CN", "鄭州": "CN", "济南": "CN", "濟南": "CN",
    "沈阳": "CN", "瀋陽": "CN", "哈尔滨": "CN", "昆明": "CN", "福州": "CN", "东莞": "CN", "東莞": "CN", "宁波": "CN",
    "london": "GB", "uk": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "germany": "DE", "berlin": "DE", "munich": "DE", "frankfurt": "DE", "france": "FR", "paris": "FR",
    "tokyo": "JP", "japan": "JP", "sydney": "AU", "melbourne": "AU", "australia": "AU",
    "toronto": "CA", "canada": "CA", "vancouver": "CA", "india": "IN", "mumbai": "IN",
    "new delhi": "IN", "bangalore": "IN", "dubai": "AE", "ireland": "IE", "dublin": "IE",
    "netherlands": "NL", "amsterdam": "NL", "switzerland": "CH", "zurich": "CH", "geneva": "CH",
    "spain": "ES", "madrid": "ES", "italy": "IT", "milan": "IT", "rome": "IT", "korea": "KR",
    "seoul": "KR", "nairobi": "KE", "kenya": "KE", "lagos": "NG", "nigeria": "NG",
    "south africa": "ZA", "johannesburg": "ZA", "cape town": "ZA", "usa": "US", "u.s.": "US",
    "美国": "US", "美國": "US", "new york": "US", "chicago": "US", "san francisco": "US",
    "washington": "US", "boston": "US", "los angeles": "US", "seattle": "US", "austin": "US",
    "manchester": "GB", "birmingham": "GB", "leeds": "GB", "liverpool": "GB", "bristol": "GB",
    "edinburgh": "GB", "glasgow": "GB", "cardiff": "GB", "belfast": "GB", "wales": "GB", "oxford": "GB",
    "cambridge, uk": "GB", "newcastle": "GB", "sheffield": "GB", "nottingham": "GB",
    "hamburg": "DE", "köln": "DE", "cologne": "DE", "stuttgart": "DE", "düsseldorf": "DE", "münchen": "DE",
    "leipzig": "DE", "dresden": "DE", "hannover": "DE", "bremen": "DE", "deutschland": "DE",
    "vienna": "AT", "wien": "AT", "austria": "AT", "österreich": "AT", "lyon": "FR", "marseille": "FR",
    "barcelona": "ES", "lisbon": "PT", "lisboa": "PT", "portugal": "PT", "brussels": "BE", "bruxelles": "BE",
    "belgium": "BE", "copenhagen": "DK", "denmark": "DK", "stockholm": "SE", "sweden": "SE", "oslo": "NO",
    "norway": "NO", "helsinki": "FI", "finland": "FI", "warsaw": "PL", "poland": "PL", "prague": "CZ",
    "luxembourg": "LU", "basel": "CH", "bern": "CH", "auckland": "NZ", "wellington": "NZ",
    "new zealand": "NZ", "brisbane": "AU", "perth": "AU", "canberra": "AU", "hobart": "AU", "montreal": "CA", "ottawa": "CA", "calgary": "CA",
    "osaka": "JP", "kaohsiung": "TW", "高雄": "TW", "台中": "TW", "臺中": "TW", "新竹": "TW", "taichung": "TW",
    "hsinchu": "TW", "kuala lumpur": "MY", "malaysia": "MY", "jakarta": "ID", "indonesia": "ID",
    "bangkok": "TH", "thailand": "TH", "manila": "PH", "philippines": "PH", "hanoi": "VN", "vietnam": "VN",
    "abu dhabi": "AE", "riyadh": "SA", "tel aviv": "IL", "israel": "IL", "cairo": "EG", "mexico": "MX",
    "são paulo": "BR", "sao paulo": "BR", "brazil": "BR", "buenos aires": "AR", "santiago": "CL",
    "atlanta": "US", "dallas": "US", "houston": "US", "denver": "US", "miami": "US", "philadelphia": "US",
    "san diego": "US", "san jose": "US", "portland": "US", "minneapolis": "US", "detroit": "US",
    "pittsburgh": "US", "phoenix": "US", "nashville": "US", "silicon valley": "US",
    # countries a contact list is laid out by ("Argentina / Jane Roe / …"), in English and as written there
    "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "perú": "PE", "ecuador": "EC",
    "bolivia": "BO", "paraguay": "PY", "uruguay": "UY", "venezuela": "VE", "cuba": "CU",
    "dominican republic": "DO", "república dominicana": "DO", "puerto rico": "PR", "panama": "PA",
    "panamá": "PA", "costa rica": "CR", "guatemala": "GT", "honduras": "HN", "el salvador": "SV",
    "nicaragua": "NI", "méxico": "MX", "brasil": "BR", "españa": "ES", "estados unidos": "US",
    "france métropolitaine": "FR", "belgique": "BE", "suisse": "CH", "schweiz": "CH", "italia": "IT",
    "nederland": "NL", "greece": "GR", "turkey": "TR", "russia": "RU", "ukraine": "UA", "hungary": "HU",
    "czech republic": "CZ", "czechia": "CZ", "romania": "RO", "bulgaria": "BG", "croatia": "HR",
    "serbia": "RS", "slovakia": "SK", "slovenia": "SI", "estonia": "EE", "latvia": "LV", "lithuania": "LT",
    "iceland": "IS", "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP",
    "日本": "JP", "韓国": "KR", "한국": "KR", "台湾": "TW", "德国": "DE", "德國": "DE", "法国": "FR", "法國": "FR",
    # cities as their own languages write them in a dateline ("Roma, 05/03/2026"), and Uzbekistan's
    "roma": "IT", "milano": "IT", "torino": "IT", "napoli": "IT", "firenze": "IT", "bologna": "IT",
    "venezia": "IT", "genova": "IT", "palermo": "IT", "turin": "IT", "naples": "IT", "florence": "IT",
    "sevilla": "ES", "valencia": "ES", "bilbao": "ES", "zaragoza": "ES", "málaga": "ES", "porto": "PT",
    "rio de janeiro": "BR", "brasília": "BR", "belo horizonte": "BR", "curitiba": "BR", "porto alegre": "BR",
    "toulouse": "FR", "bordeaux": "FR", "lille": "FR", "nantes": "FR", "strasbourg": "FR", "rennes": "FR",
    "zürich": "CH", "genève": "CH", "genf": "CH", "lausanne": "CH", "nürnberg": "DE", "essen": "DE",
    "dortmund": "DE", "bonn": "DE", "mainz": "DE", "karlsruhe": "DE", "mannheim": "DE", "freiburg": "DE",
    "graz": "AT", "salzburg": "AT", "linz": "AT", "innsbruck": "AT", "antwerpen": "BE", "rotterdam": "NL",
    "den haag": "NL", "utrecht": "NL", "eindhoven": "NL", "uzbekistan": "UZ", "o‘zbekiston": "UZ",
    "o'zbekiston": "UZ", "ўзбекистон": "UZ", "tashkent": "UZ", "toshkent": "UZ", "тошкент": "UZ",
    "samarkand": "UZ", "samarqand": "UZ", "самарқанд": "UZ", "bukhara": "UZ", "buxoro": "UZ", "бухоро": "UZ",
}
_US_STATES = set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC Ala Ariz Ark Calif Colo Conn Del "
    "Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Wash "
    "Wis Wyo".split()
) | {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
     "Wisconsin", "Wyoming"}  # full names of one word; the two-word ones below
_US_TWO_WORD_STATES = re.compile(
    r"\b(?:New (?:Hampshire|Jersey|Mexico)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|"
    r"West Virginia|Rhode Island)\b")


# Areas a release's contact table is laid out by ("North America:", "Europe:"), beside the regions above.
_AREAS = frozenset({"united states", "united states of america", "us", "europe", "asia", "africa", "americas",
                    "north america", "south america", "latin america", "asia pacific", "asia-pacific", "apac",
                    "emea", "middle east", "nordics", "benelux", "dach", "greater china", "rest of world",
                    "oceania", "australasia", "central america", "caribbean", "scandinavia"})


def is_area(text: str) -> bool:
    """Is ``text`` the whole name of a country, a city or a wider area ("Europe", "North America")?"""
    low = " ".join(text.lower().replace("\u00a0", " ").split()).strip(" :：")
    return low in _AREAS or low in _REGION_WORDS


# A Canadian province or territory after a dateline's city, by name or postal abbreviation.
_CA_PROVINCE = re.compile(
    r"(?i:\b(?:ontario|ont|qu[eé]bec|que|british columbia|alberta|alta|manitoba|saskatchewan|sask"
    r"|nova scotia|new brunswick|newfoundland(?: and labrador)?|prince edward island|yukon|nunavut"
    r"|northwest territories)\b)|\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|PEI|YT|NU|NT)\b|\b(?:B\.C|N\.S|N\.B|P\.E\.I)\.")
# An Australian state or territory after a dateline's town ("Sunshine Coast, QLD", "Geelong, Vic."), by
# name or abbreviation; "WA", "SA" and "NT" are left out, being also a US state and a Canadian territory.
_AU_STATE = re.compile(
    r"(?i:\b(?:new south wales|queensland|victoria|tasmania|western australia|south australia"
    r"|northern territory|australian capital territory)\b)|\b(?:NSW|QLD|Qld|VIC|Vic|TAS|Tas|ACT)\b")


def region_named(text: str) -> str | None:
    """The ISO region of the first country or city ``text`` names ("1003 Lausanne, Suisse": CH), or None."""
    low = text.lower()
    found = [(m.start(), region) for word, region in _REGION_WORDS.items()
             if word in low  # a substring test first: one pattern per word is too slow for 300 words
             for m in [re.search(r"(?<![a-zà-ÿ])" + re.escape(word) + r"(?![a-zà-ÿ])", low)] if m]
    return min(found)[1] if found else None


def region_for_place(place: str | None) -> str | None:
    """ISO region of a dateline place, used to read phone numbers written without a country code."""
    if not place:
        return None
    low = place.lower()
    if "," in place:  # "Birmingham, Ala.", "Manchester, N.H.": the state decides
        tail = place.split(",", 1)[1]
        if _CA_PROVINCE.search(tail):
            return "CA"  # "Truro, Nova Scotia", "London, Ont.": the province decides
        if _AU_STATE.search(tail):
            return "AU"  # "Ballarat, Victoria", "Townsville, QLD": the state decides
        if (any(token in _US_STATES for token in re.findall(r"[A-Za-z]+", tail.replace(".", "")))
                or _US_TWO_WORD_STATES.search(tail)) \
                and not re.search(r"(?i)\b(?:uk|england|germany|canada|australia)\b", tail):
            return "US"
    for word, region in _REGION_WORDS.items():
        if word in low and re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", low):
            return region
    for token in re.findall(r"[A-Za-z]+", place):
        if token in _US_STATES:
            return "US"
    return "US" if _US_TWO_WORD_STATES.search(place) else None


def names_a_place(name: str) -> bool:
    """``name`` is a place, not a wire's name: a known one, or one in capitals ("Miami", "AUSTIN";
    not "Newsline"), as in a bracket round a date opening a line ("(Miami – July 30, 2024) –")."""
    return region_for_place(name) is not None or re.fullmatch(UPPER_PLACE, name) is not None
