#!/usr/bin/env python3
"""Build data/gazetteer/countries.tsv and data/gazetteer/places.tsv (stdlib only, deterministic).

Sources (read from /work/shared/data, never at run time of the binary):
  - cldr_vi_names/territories_vi.tsv   Unicode CLDR v47 Vietnamese territory names (Unicode-3.0)
  - cldr_vi_names/exemplar_cities_vi.tsv  CLDR Vietnamese city names (Unicode-3.0)
  - exonyms_vi_curated/exonyms_vi.tsv  hand-made press exonyms (project licence)
  - vn_admin_units/...json             Vietnam's 63 provinces and their districts (MIT, pre-2025)
plus the ISO 3166-1 alpha-2 -> alpha-3 table, English names of capitals and hand
variants written below from general knowledge (project licence).

Usage: python3 scripts/build_gazetteer.py [--shared /work/shared] [--out data/gazetteer]
"""
import argparse
import json
import unicodedata
from pathlib import Path

# iso2 iso3 | capital (English). Written for this project from ISO 3166-1.
ISO = """
AD AND|Andorra la Vella
AE ARE|Abu Dhabi
AF AFG|Kabul
AG ATG|Saint John's
AI AIA|The Valley
AL ALB|Tirana
AM ARM|Yerevan
AO AGO|Luanda
AQ ATA|
AR ARG|Buenos Aires
AS ASM|Pago Pago
AT AUT|Vienna
AU AUS|Canberra
AW ABW|Oranjestad
AX ALA|Mariehamn
AZ AZE|Baku
BA BIH|Sarajevo
BB BRB|Bridgetown
BD BGD|Dhaka
BE BEL|Brussels
BF BFA|Ouagadougou
BG BGR|Sofia
BH BHR|Manama
BI BDI|Gitega
BJ BEN|Porto-Novo
BL BLM|Gustavia
BM BMU|Hamilton
BN BRN|Bandar Seri Begawan
BO BOL|Sucre
BQ BES|Kralendijk
BR BRA|Brasília
BS BHS|Nassau
BT BTN|Thimphu
BV BVT|
BW BWA|Gaborone
BY BLR|Minsk
BZ BLZ|Belmopan
CA CAN|Ottawa
CC CCK|West Island
CD COD|Kinshasa
CF CAF|Bangui
CG COG|Brazzaville
CH CHE|Bern
CI CIV|Yamoussoukro
CK COK|Avarua
CL CHL|Santiago
CM CMR|Yaoundé
CN CHN|Beijing
CO COL|Bogotá
CR CRI|San José
CU CUB|Havana
CV CPV|Praia
CW CUW|Willemstad
CX CXR|Flying Fish Cove
CY CYP|Nicosia
CZ CZE|Prague
DE DEU|Berlin
DJ DJI|Djibouti
DK DNK|Copenhagen
DM DMA|Roseau
DO DOM|Santo Domingo
DZ DZA|Algiers
EC ECU|Quito
EE EST|Tallinn
EG EGY|Cairo
EH ESH|Laayoune
ER ERI|Asmara
ES ESP|Madrid
ET ETH|Addis Ababa
FI FIN|Helsinki
FJ FJI|Suva
FK FLK|Stanley
FM FSM|Palikir
FO FRO|Tórshavn
FR FRA|Paris
GA GAB|Libreville
GB GBR|London
GD GRD|Saint George's
GE GEO|Tbilisi
GF GUF|Cayenne
GG GGY|Saint Peter Port
GH GHA|Accra
GI GIB|Gibraltar
GL GRL|Nuuk
GM GMB|Banjul
GN GIN|Conakry
GP GLP|Basse-Terre
GQ GNQ|Malabo
GR GRC|Athens
GS SGS|King Edward Point
GT GTM|Guatemala City
GU GUM|Hagåtña
GW GNB|Bissau
GY GUY|Georgetown
HK HKG|
HM HMD|
HN HND|Tegucigalpa
HR HRV|Zagreb
HT HTI|Port-au-Prince
HU HUN|Budapest
ID IDN|Jakarta
IE IRL|Dublin
IL ISR|Jerusalem
IM IMN|Douglas
IN IND|New Delhi
IO IOT|
IQ IRQ|Baghdad
IR IRN|Tehran
IS ISL|Reykjavík
IT ITA|Rome
JE JEY|Saint Helier
JM JAM|Kingston
JO JOR|Amman
JP JPN|Tokyo
KE KEN|Nairobi
KG KGZ|Bishkek
KH KHM|Phnom Penh
KI KIR|Tarawa
KM COM|Moroni
KN KNA|Basseterre
KP PRK|Pyongyang
KR KOR|Seoul
KW KWT|Kuwait City
KY CYM|George Town
KZ KAZ|Astana
LA LAO|Vientiane
LB LBN|Beirut
LC LCA|Castries
LI LIE|Vaduz
LK LKA|Sri Jayawardenepura Kotte
LR LBR|Monrovia
LS LSO|Maseru
LT LTU|Vilnius
LU LUX|Luxembourg
LV LVA|Riga
LY LBY|Tripoli
MA MAR|Rabat
MC MCO|Monaco
MD MDA|Chișinău
ME MNE|Podgorica
MF MAF|Marigot
MG MDG|Antananarivo
MH MHL|Majuro
MK MKD|Skopje
ML MLI|Bamako
MM MMR|Naypyidaw
MN MNG|Ulaanbaatar
MO MAC|
MP MNP|Saipan
MQ MTQ|Fort-de-France
MR MRT|Nouakchott
MS MSR|Plymouth
MT MLT|Valletta
MU MUS|Port Louis
MV MDV|Malé
MW MWI|Lilongwe
MX MEX|Mexico City
MY MYS|Kuala Lumpur
MZ MOZ|Maputo
NA NAM|Windhoek
NC NCL|Nouméa
NE NER|Niamey
NF NFK|Kingston
NG NGA|Abuja
NI NIC|Managua
NL NLD|Amsterdam
NO NOR|Oslo
NP NPL|Kathmandu
NR NRU|Yaren
NU NIU|Alofi
NZ NZL|Wellington
OM OMN|Muscat
PA PAN|Panama City
PE PER|Lima
PF PYF|Papeete
PG PNG|Port Moresby
PH PHL|Manila
PK PAK|Islamabad
PL POL|Warsaw
PM SPM|Saint-Pierre
PN PCN|Adamstown
PR PRI|San Juan
PS PSE|Ramallah
PT PRT|Lisbon
PW PLW|Ngerulmud
PY PRY|Asunción
QA QAT|Doha
RE REU|Saint-Denis
RO ROU|Bucharest
RS SRB|Belgrade
RU RUS|Moscow
RW RWA|Kigali
SA SAU|Riyadh
SB SLB|Honiara
SC SYC|Victoria
SD SDN|Khartoum
SE SWE|Stockholm
SG SGP|
SH SHN|Jamestown
SI SVN|Ljubljana
SJ SJM|Longyearbyen
SK SVK|Bratislava
SL SLE|Freetown
SM SMR|San Marino
SN SEN|Dakar
SO SOM|Mogadishu
SR SUR|Paramaribo
SS SSD|Juba
ST STP|São Tomé
SV SLV|San Salvador
SX SXM|Philipsburg
SY SYR|Damascus
SZ SWZ|Mbabane
TC TCA|Cockburn Town
TD TCD|N'Djamena
TF ATF|
TG TGO|Lomé
TH THA|Bangkok
TJ TJK|Dushanbe
TK TKL|
TL TLS|Dili
TM TKM|Ashgabat
TN TUN|Tunis
TO TON|Nukuʻalofa
TR TUR|Ankara
TT TTO|Port of Spain
TV TUV|Funafuti
TW TWN|Taipei
TZ TZA|Dodoma
UA UKR|Kyiv
UG UGA|Kampala
UM UMI|
US USA|Washington, D.C.
UY URY|Montevideo
UZ UZB|Tashkent
VA VAT|
VC VCT|Kingstown
VE VEN|Caracas
VG VGB|Road Town
VI VIR|Charlotte Amalie
VN VNM|Hanoi
VU VUT|Port Vila
WF WLF|Mata-Utu
WS WSM|Apia
XK XKX|Pristina
YE YEM|Sanaa
YT MYT|Mamoudzou
ZA ZAF|Pretoria
ZM ZMB|Lusaka
ZW ZWE|Harare
"""

# Hand variants (press forms, long official names, transliterations) by iso2.
# Written for this project; the first CLDR/exonym form stays canonical unless
# CANONICAL below says otherwise.
HAND = {
    "VN": "Việt Nam|Cộng hòa Xã hội Chủ nghĩa Việt Nam|CHXHCN Việt Nam|Vietnam|Viet Nam",
    "KP": "Triều Tiên|CHDCND Triều Tiên|Cộng hòa Dân chủ Nhân dân Triều Tiên|Bắc Triều Tiên|Bắc Hàn|North Korea|DPRK",
    "KR": "Hàn Quốc|Đại Hàn Dân Quốc|Nam Triều Tiên|Nam Hàn|South Korea",
    "CN": "Trung Quốc|CHND Trung Hoa|Cộng hòa Nhân dân Trung Hoa|Trung Hoa|China",
    "US": "Mỹ|Hoa Kỳ|Hợp chủng quốc Hoa Kỳ|Hợp Chúng Quốc Hoa Kỳ",
    "RU": "Nga|Liên bang Nga|LB Nga|Liên Bang Nga",
    "LA": "Lào|CHDCND Lào|Cộng hòa Dân chủ Nhân dân Lào",
    "KH": "Campuchia|Cam-pu-chia|Vương quốc Campuchia",
    "AU": "Australia|Úc|Ôxtrâylia|Ốtxtrâylia|Ô-xtrây-li-a",
    "JP": "Nhật Bản|Nhật",
    "GB": "Anh|Vương quốc Anh|Liên hiệp Anh|Vương quốc Liên hiệp Anh và Bắc Ireland|UK",
    "FR": "Pháp|Cộng hòa Pháp",
    "DE": "Đức|CHLB Đức|Cộng hòa Liên bang Đức",
    "IN": "Ấn Độ|Cộng hòa Ấn Độ",
    "TH": "Thái Lan|Vương quốc Thái Lan",
    "MY": "Malaysia|Malaixia|Ma-lai-xi-a",
    "SG": "Singapore|Xinhgapo|Xin-ga-po",
    "ID": "Indonesia|Inđônêxia|In-đô-nê-xi-a",
    "PH": "Philippines|Philíppin|Phi-líp-pin|Philippin",
    "MM": "Myanmar|Mianma|Mi-an-ma|Miến Điện",
    "BN": "Brunei|Brunây|Bru-nây|Brunei Darussalam",
    "TL": "Timor-Leste|Đông Timor|Timor Leste",
    "CU": "Cuba|Cu Ba|Cu-ba",
    "VE": "Venezuela|Vênêxuêla|Vê-nê-xu-ê-la",
    "BR": "Brazil|Braxin|Bra-xin",
    "AR": "Argentina|Áchentina|Ác-hen-ti-na",
    "MX": "Mexico|Mêhicô|Mê-hi-cô",
    "CL": "Chile|Chilê|Chi-lê",
    "IT": "Italy|Italia|Ý|I-ta-li-a",
    "CA": "Canada|Ca-na-đa|Canađa",
    "NZ": "New Zealand|Niu Dilân|Niu Di-lân",
    "UA": "Ukraine|Ucraina|U-crai-na|Ukraina",
    "BY": "Belarus|Bêlarút|Bê-la-rút",
    "KZ": "Kazakhstan|Cadắcxtan|Ca-dắc-xtan",
    "UZ": "Uzbekistan|Udơbêkixtan|U-dơ-bê-ki-xtan",
    "MN": "Mông Cổ",
    "SA": "Ả Rập Xê-út|Ả Rập Saudi|Saudi Arabia|Arab Saudi",
    "AE": "Các Tiểu vương quốc Ả Rập Thống nhất|UAE|Các Tiểu Vương quốc Ả-rập Thống nhất",
    "IL": "Israel|Ixraen|I-xra-en",
    "PS": "Palestine|Palextin|Pa-le-xtin|Nhà nước Palestine",
    "IR": "Iran|I-ran",
    "IQ": "Iraq|Irắc|I-rắc",
    "SY": "Syria|Xyri|Xi-ri",
    "EG": "Ai Cập",
    "ZA": "Nam Phi",
    "TR": "Thổ Nhĩ Kỳ|Türkiye",
    "CH": "Thụy Sĩ",
    "SE": "Thụy Điển",
    "CZ": "Séc|CH Séc|Cộng hòa Séc",
    "SK": "Slovakia|Xlôvakia|Xlô-va-ki-a",
    "HU": "Hungary|Hunggari|Hung-ga-ri",
    "PL": "Ba Lan",
    "RO": "Romania|Rumani|Ru-ma-ni",
    "BG": "Bulgaria|Bungari|Bun-ga-ri",
    "RS": "Serbia|Xécbia|Xéc-bi-a",
    "HR": "Croatia|Crôatia|Crô-a-ti-a",
    "NL": "Hà Lan",
    "BE": "Bỉ",
    "AT": "Áo",
    "GR": "Hy Lạp",
    "ES": "Tây Ban Nha",
    "PT": "Bồ Đào Nha",
    "IE": "Ireland|Ai-len|Ailen",
    "IS": "Iceland|Aixơlen",
    "NO": "Na Uy",
    "DK": "Đan Mạch",
    "FI": "Phần Lan",
    "TW": "Đài Loan",
    "HK": "Hồng Kông|Hong Kong|Hương Cảng|Đặc khu Hành chính Hồng Kông",
    "MO": "Ma Cao|Macao|Macau",
    "BD": "Bangladesh|Bănglađét|Băng-la-đét",
    "PK": "Pakistan|Pakixtan|Pa-ki-xtan",
    "LK": "Sri Lanka|Xri Lanca|Xri Lan-ca",
    "NP": "Nepal|Nêpan|Nê-pan",
    "AF": "Afghanistan|Ápganixtan|Áp-ga-ni-xtan",
    "MA": "Ma-rốc|Maroc|Morocco",
    "DZ": "Algeria|Angiêri|An-giê-ri",
    "NG": "Nigeria|Nigiêria|Ni-giê-ri-a",
    "MZ": "Mozambique|Môdămbích|Mô-dăm-bích",
    "AO": "Angola|Ănggôla|Ăng-gô-la",
    "ET": "Ethiopia|Êtiôpia|Ê-ti-ô-pi-a",
    "KE": "Kenya|Kênia|Kê-ni-a",
    "TZ": "Tanzania|Tandania|Tan-da-ni-a",
    "LB": "Li-băng|Libăng|Lebanon",
    "JO": "Jordan|Gioócđani|Gioóc-đa-ni",
    "KW": "Kuwait|Côoét|Cô-oét",
    "QA": "Qatar|Cata|Ca-ta",
    "OM": "Oman|Ôman|Ô-man",
    "YE": "Yemen|Yêmen|Y-ê-men",
    "CO": "Colombia|Côlômbia|Cô-lôm-bi-a",
    "PE": "Peru|Pêru|Pê-ru",
    "NI": "Nicaragua|Nicaragoa|Ni-ca-ra-goa",
    "PA": "Panama|Panama",
    "DO": "Cộng hòa Dominica|CH Dominica",
    "CY": "Síp|Cyprus",
    "LU": "Luxembourg|Lúcxămbua|Lúc-xăm-bua",
    "GE": "Georgia|Gruzia|Grudia",
    "AM": "Armenia|Ácmênia|Ác-mê-ni-a",
    "AZ": "Azerbaijan|Adécbaigian|A-déc-bai-gian",
    "LT": "Litva|Lithuania",
    "LV": "Latvia|Látvia",
    "EE": "Estonia|Extônia|E-xtô-ni-a",
    "SI": "Slovenia|Xlôvenia",
    "MK": "Bắc Macedonia|Bắc Makedonia",
    "EH": "Tây Sahara",
    "CD": "CHDC Congo|Cộng hòa Dân chủ Congo|Congo - Kinshasa",
    "CG": "Cộng hòa Congo|Congo - Brazzaville",
    "CI": "Côte d’Ivoire|Bờ Biển Ngà|Côte d'Ivoire",
    "VA": "Vatican|Tòa Thánh Vatican|Thành Vatican|Tòa Thánh",
    "XK": "Kosovo",
    "FJ": "Fiji|Phi-gi",
    "PG": "Papua New Guinea|Papua Niu Ghinê",
    "TM": "Turkmenistan|Tuốcmênixtan",
    "KG": "Kyrgyzstan|Cưrơgưxtan",
    "TJ": "Tajikistan|Tátgikixtan",
    "GN": "Guinea|Ghinê",
    "SN": "Senegal|Xênêgan",
    "GH": "Ghana|Gana",
    "TN": "Tunisia|Tuynidi",
    "LY": "Libya|Libi",
    "SD": "Sudan|Xuđăng",
    "SS": "Nam Sudan",
    "CM": "Cameroon|Camơrun",
    "ML": "Mali",
    "UY": "Uruguay|Urugoay",
    "PY": "Paraguay|Paragoay",
    "BO": "Bolivia|Bôlivia",
    "EC": "Ecuador|Êcuađo",
}

# Where the press canonical form is not CLDR's first form.
CANONICAL = {"US": "Mỹ", "GB": "Anh", "MM": "Myanmar", "HK": "Hồng Kông", "MO": "Ma Cao",
             "PS": "Palestine", "AE": "UAE", "VA": "Vatican", "CD": "CHDC Congo",
             "CG": "Cộng hòa Congo", "UA": "Ukraine", "CZ": "Séc"}

# Codes in CLDR that are not countries or territories.
NOT_COUNTRY = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"}

# Vietnamese forms of capitals and big cities that the exonym list lacks, by iso2.
# Written for this project (press usage); English name first column.
HAND_PLACES = [
    # kind, iso2, English, Vietnamese forms
    ("capital", "VN", "Hanoi", "Hà Nội|Thủ đô Hà Nội|Thành phố Hà Nội|TP Hà Nội|TP. Hà Nội|Hanoi"),
    ("capital", "CA", "Ottawa", "Ottawa|Ốttaoa"),
    ("capital", "BR", "Brasília", "Brasília|Brasilia|Braxilia"),
    ("capital", "AR", "Buenos Aires", "Buenos Aires|Buênốt Airét"),
    ("capital", "MX", "Mexico City", "Mexico City|Thành phố Mexico|Mêhicô Xiti"),
    ("capital", "CL", "Santiago", "Santiago|Xantiagô"),
    ("capital", "VE", "Caracas", "Caracas|Caraca"),
    ("capital", "EG", "Cairo", "Cairo|Cai-rô|Cairô"),
    ("capital", "ZA", "Pretoria", "Pretoria|Prêtôria"),
    ("capital", "ES", "Madrid", "Madrid|Mađrít|Ma-đrít"),
    ("capital", "PT", "Lisbon", "Lisbon|Lisboa|Lixbon"),
    ("capital", "NL", "Amsterdam", "Amsterdam|Amxtécđam"),
    ("capital", "NL", "The Hague", "The Hague|La Haye|Lahay"),
    ("capital", "CH", "Bern", "Bern|Béc-nơ"),
    ("capital", "SE", "Stockholm", "Stockholm|Xtốckhôm"),
    ("capital", "NO", "Oslo", "Oslo|Ôxlô"),
    ("capital", "DK", "Copenhagen", "Copenhagen|Cô-pen-ha-ghen|Côpenhaghen"),
    ("capital", "FI", "Helsinki", "Helsinki|Henxinhki"),
    ("capital", "PL", "Warsaw", "Warsaw|Vácsava|Vác-sa-va|Warszawa"),
    ("capital", "HU", "Budapest", "Budapest|Buđapét|Bu-đa-pét"),
    ("capital", "RO", "Bucharest", "Bucharest|Bucarét|București"),
    ("capital", "BG", "Sofia", "Sofia|Xôphia"),
    ("capital", "GR", "Athens", "Athens|Aten|A-ten"),
    ("capital", "TR", "Ankara", "Ankara|Ăngcara"),
    ("capital", "IR", "Tehran", "Tehran|Têhêran|Tê-hê-ran"),
    ("capital", "IQ", "Baghdad", "Baghdad|Bátđa"),
    ("capital", "IL", "Jerusalem", "Jerusalem|Giêrusalem|Giê-ru-xa-lem"),
    ("city", "IL", "Tel Aviv", "Tel Aviv|Ten Avip"),
    ("capital", "SA", "Riyadh", "Riyadh|Riyát"),
    ("capital", "AE", "Abu Dhabi", "Abu Dhabi|A-bu Đa-bi"),
    ("city", "AE", "Dubai", "Dubai"),
    ("capital", "QA", "Doha", "Doha|Đôha|Đô-ha"),
    ("capital", "IN", "New Delhi", "New Delhi|Niu Đêli|Niu Đê-li"),
    ("city", "IN", "Mumbai", "Mumbai"),
    ("capital", "PK", "Islamabad", "Islamabad|Ixlamabát"),
    ("capital", "BD", "Dhaka", "Dhaka|Đắcca|Đắc-ca"),
    ("capital", "SG", "Singapore", "Singapore"),
    ("capital", "BN", "Bandar Seri Begawan", "Bandar Seri Begawan|Banđa Xêri Bêgaoan"),
    ("capital", "TL", "Dili", "Dili|Đi-li"),
    ("capital", "KZ", "Astana", "Astana|Axtana"),
    ("capital", "UZ", "Tashkent", "Tashkent|Tátken"),
    ("capital", "BY", "Minsk", "Minsk|Min-xcơ|Minxcơ"),
    ("capital", "NZ", "Wellington", "Wellington|Oenlinhtơn"),
    ("capital", "CU", "Havana", "La Habana|Havana|Habana|La Ha-ba-na"),
    ("capital", "KR", "Seoul", "Seoul|Xơun|Xê-un"),
    ("capital", "JP", "Tokyo", "Tokyo|Tôkyô|Tô-ky-ô"),
    ("city", "JP", "Osaka", "Osaka|Ôsaca"),
    ("city", "JP", "Hiroshima", "Hiroshima"),
    ("city", "KR", "Busan", "Busan|Pusan"),
    ("city", "US", "New York", "New York|Niu Oóc|Niu-oóc|Niu Yoóc"),
    ("city", "US", "Los Angeles", "Los Angeles|Lốt An-giơ-lét"),
    ("city", "US", "San Francisco", "San Francisco|Xan Phranxixcô"),
    ("city", "US", "Chicago", "Chicago"),
    ("city", "US", "Houston", "Houston"),
    ("city", "US", "Honolulu", "Honolulu"),
    ("city", "RU", "Saint Petersburg", "Saint Petersburg|St. Petersburg|Xanh Pêtécbua|Xanh Pê-téc-bua|Sankt-Peterburg"),
    ("city", "RU", "Vladivostok", "Vladivostok|Vlađivôxtốc"),
    ("city", "TH", "Pattaya", "Pattaya"),
    ("city", "AU", "Sydney", "Sydney|Xítni|Xít-ni"),
    ("city", "AU", "Melbourne", "Melbourne|Menbơn"),
    ("city", "DE", "Munich", "Munich|München|Muních"),
    ("city", "DE", "Frankfurt", "Frankfurt|Phrăngphuốc"),
    ("city", "DE", "Hamburg", "Hamburg|Hămbuốc"),
    ("city", "CH", "Geneva", "Geneva|Giơnevơ|Giơ-ne-vơ|Genève"),
    ("city", "CH", "Davos", "Davos|Đa-vốt|Đavốt"),
    ("city", "FR", "Marseille", "Marseille|Mácxây"),
    ("city", "IT", "Milan", "Milan|Milano|Milan"),
    ("city", "GB", "Manchester", "Manchester"),
    ("city", "LA", "Luang Prabang", "Luang Prabang|Luông Pha Băng|Luông Prabang"),
    ("city", "LA", "Savannakhet", "Savannakhet|Xavannakhet"),
    ("city", "LA", "Champasak", "Champasak|Chămpasắc"),
    ("city", "KH", "Siem Reap", "Siem Reap|Xiêm Riệp"),
    ("city", "KH", "Sihanoukville", "Sihanoukville|Xihanúcvin"),
    ("city", "MM", "Yangon", "Yangon|Rangoon|Yangun"),
    ("city", "TH", "Chiang Mai", "Chiang Mai|Chiềng Mai"),
    ("city", "ID", "Bali", "Bali"),
    ("city", "PH", "Cebu", "Cebu"),
    ("city", "MY", "Penang", "Penang"),
    ("region", "", "Southeast Asia", "Đông Nam Á"),
    ("region", "", "Asia-Pacific", "châu Á - Thái Bình Dương|châu Á-Thái Bình Dương|Châu Á - Thái Bình Dương|Châu Á-Thái Bình Dương"),
    ("region", "", "Asia", "châu Á|Châu Á"),
    ("region", "", "Europe", "châu Âu|Châu Âu"),
    ("region", "", "Africa", "châu Phi|Châu Phi"),
    ("region", "", "Americas", "châu Mỹ|Châu Mỹ"),
    ("region", "", "Latin America", "Mỹ Latinh|Mỹ La-tinh|Mỹ La tinh"),
    ("region", "", "Middle East", "Trung Đông"),
    ("region", "", "Oceania", "châu Đại Dương|Châu Đại Dương"),
    ("region", "", "Indo-Pacific", "Ấn Độ Dương - Thái Bình Dương|Ấn Độ Dương-Thái Bình Dương"),
    ("site", "", "South China Sea", "Biển Đông"),
    ("site", "", "Pacific Ocean", "Thái Bình Dương"),
    ("site", "", "Indian Ocean", "Ấn Độ Dương"),
    ("site", "", "Atlantic Ocean", "Đại Tây Dương"),
    ("site", "", "Mekong River", "Mê Công|Mekong|sông Mê Công|sông Mekong|Mê Kông|sông Mê Kông"),
    ("site", "", "Korean Peninsula", "bán đảo Triều Tiên|Bán đảo Triều Tiên"),
    ("site", "", "Gaza Strip", "Gaza|Dải Gaza|dải Gaza"),
    ("site", "", "Taiwan Strait", "eo biển Đài Loan|Eo biển Đài Loan"),
    ("site", "VN", "Paracel Islands", "Hoàng Sa|quần đảo Hoàng Sa|Quần đảo Hoàng Sa"),
    ("site", "VN", "Spratly Islands", "Trường Sa|quần đảo Trường Sa|Quần đảo Trường Sa"),
    ("site", "VN", "Ba Dinh Square", "Quảng trường Ba Đình"),
    ("site", "VN", "Presidential Palace", "Phủ Chủ tịch"),
    ("site", "VN", "Mekong Delta", "Đồng bằng sông Cửu Long|đồng bằng sông Cửu Long|ĐBSCL"),
    ("site", "VN", "Red River Delta", "Đồng bằng sông Hồng|đồng bằng sông Hồng"),
    ("site", "VN", "Central Highlands", "Tây Nguyên"),
    ("site", "VN", "Phu Quoc", "Phú Quốc|đảo Phú Quốc"),
    ("site", "VN", "Ha Long Bay", "Vịnh Hạ Long|vịnh Hạ Long"),
    ("site", "VN", "Noi Bai Airport", "Sân bay Nội Bài|sân bay Nội Bài|Sân bay quốc tế Nội Bài|sân bay quốc tế Nội Bài|Nội Bài"),
    ("site", "VN", "Tan Son Nhat Airport", "Sân bay Tân Sơn Nhất|sân bay Tân Sơn Nhất|Tân Sơn Nhất"),
    ("site", "KP", "Kumsusan Palace of the Sun", "Cung Thái Dương Kumsusan|Cung điện Mặt trời Kumsusan"),
    ("site", "KP", "Kim Il Sung Square", "Quảng trường Kim Nhật Thành|Quảng trường Kim Il Sung"),
    ("site", "CN", "Great Hall of the People", "Đại lễ đường Nhân dân"),
    ("site", "CN", "Zhongnanhai", "Trung Nam Hải"),
]

# CLDR exemplar city tz id -> iso2 (only the useful ones).
TZ_COUNTRY = {
    "Asia/Hong_Kong": "HK", "Asia/Macau": "MO", "Asia/Pyongyang": "KP", "Asia/Shanghai": "CN",
    "Asia/Taipei": "TW", "Asia/Ulaanbaatar": "MN", "Asia/Vientiane": "LA", "Asia/Rangoon": "MM",
    "Europe/Kiev": "UA", "Europe/Moscow": "RU", "Europe/Prague": "CZ", "Asia/Calcutta": "IN",
    "Asia/Katmandu": "NP",
}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "_")
    return "_".join(p for p in "".join(out).split("_") if p)


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        x = nfc(x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            line = line.rstrip("\n")
            if line:
                rows.append(dict(zip(header, line.split("\t"))))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "data" / "gazetteer"))
    a = ap.parse_args()
    shared = Path(a.shared) / "data"
    out = Path(a.out)

    iso = {}
    for line in ISO.strip().splitlines():
        codes, capital = line.split("|")
        i2, i3 = codes.split()
        iso[i2] = (i3, capital)

    cldr = {r["code"]: r for r in read_tsv(shared / "cldr_vi_names" / "territories_vi.tsv")}
    exo = read_tsv(shared / "exonyms_vi_curated" / "exonyms_vi.tsv")
    exo_country = {}
    for r in exo:
        if r["kind"] == "country":
            exo_country.setdefault(r["iso2"], []).extend(r["vi_forms"].split("|"))

    # ---- countries ----
    rows = []
    for i2 in sorted(iso):
        if i2 in NOT_COUNTRY or i2 not in cldr:
            continue
        i3, capital = iso[i2]
        c = cldr[i2]
        cl = c["name_vi"]
        forms = HAND.get(i2, "").split("|") + exo_country.get(i2, []) + [cl]
        # CLDR sometimes adds a parenthesis: "Myanmar (Miến Điện)".
        if "(" in cl:
            forms += [cl.split("(")[0].strip(), cl.split("(")[1].rstrip(")").strip()]
        forms = [f for f in uniq(forms) if "(" not in f]
        canonical = nfc(CANONICAL.get(i2, forms[0]))
        variants = [f for f in forms if f != canonical]
        src = ["CLDR v47"]
        if i2 in exo_country:
            src.append("exonyms_vi_curated")
        if i2 in HAND or i2 in CANONICAL:
            src.append("hand (press usage)")
        rows.append((i3, i2, canonical, "|".join(variants), c["name_en"], capital, "; ".join(src)))
    with open(out / "countries.tsv", "w", encoding="utf-8") as f:
        f.write("# Countries and territories, one per line, for the recogniser's gazetteer.\n")
        f.write("# Generated by scripts/build_gazetteer.py (do not edit by hand; edit the script).\n")
        f.write("# Sources: Unicode CLDR v47 Vietnamese territory names (Unicode-3.0 licence),\n")
        f.write("#   shared/data/exonyms_vi_curated (project), hand variants and the ISO 3166-1\n")
        f.write("#   alpha-2 -> alpha-3 table and capitals written in the script (project licence).\n")
        f.write("# Columns: iso3, iso2, canonical Vietnamese name, Vietnamese variants (|-separated),\n")
        f.write("#   English name, capital (English), source of the names (CLDR v47, exonyms_vi_curated,\n")
        f.write("#   hand (press usage)).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    # ---- places ----
    places = []  # (id, name, kind, iso3, variants, english)
    # lower-cased form -> (owner id, iso3); countries own their forms first
    owner = {}
    for r in rows:
        for form in [r[2]] + (r[3].split("|") if r[3] else []):
            owner.setdefault(form.lower(), (r[0], r[0]))
    index = {}  # place id -> position in `places`

    def add(kind, i2, en, forms, iso3=None, source="hand (press usage)"):
        forms = uniq(forms)
        i3 = iso3 if iso3 is not None else (iso[i2][0] if i2 else "")
        pid = f"{i3.lower() or 'int'}.{slug(en)}"
        # a form already owned by a place of the same country: same place
        for form in forms:
            o = owner.get(form.lower())
            if o and o[0] in index and o[1] == i3:
                pid = o[0]
                break
        forms = [x for x in forms if owner.get(x.lower(), (pid,))[0] == pid]
        if not forms:
            return
        for form in forms:
            owner[form.lower()] = (pid, i3)
        if pid in index:
            k = index[pid]
            p = places[k]
            old = [p[1]] + (p[4].split("|") if p[4] else [])
            allf = uniq(old + forms)
            src = p[6] if source in p[6].split("; ") else p[6] + "; " + source
            places[k] = (pid, p[1], p[2], p[3], "|".join(allf[1:]), p[5], src)
            return
        index[pid] = len(places)
        places.append((pid, forms[0], kind, i3, "|".join(forms[1:]), en, source))

    for kind, i2, en, forms in HAND_PLACES:
        add(kind, i2, en, forms.split("|"))
    for r in exo:
        if r["kind"] in ("capital", "city", "region"):
            add(r["kind"] if r["kind"] != "region" else "province", r["iso2"], r["name_en"], r["vi_forms"].split("|"),
                source="exonyms_vi_curated")
    for r in read_tsv(shared / "cldr_vi_names" / "exemplar_cities_vi.tsv"):
        if r["tzid"] in TZ_COUNTRY and r["tzid"] != "Asia/Saigon":
            add("city", TZ_COUNTRY[r["tzid"]], r["city_en"], [r["city_vi"], r["city_en"]], source="CLDR v47")
    # every other capital, in its English form (Vietnamese press mostly keeps it)
    for i2 in sorted(iso):
        i3, capital = iso[i2]
        if capital and i2 not in NOT_COUNTRY:
            en = capital.replace("Washington, D.C.", "Washington, D.C.")
            add("capital", i2, en, [capital], source="ISO 3166-1 capitals (hand)")

    # Vietnam's provinces and centrally-run cities (63, before the 2025 merger).
    units = json.loads((shared / "vn_admin_units" / "simplified_json_generated_data_vn_units.json").read_text(encoding="utf-8"))
    province_names = {nfc(p["Name"]) for p in units}
    for p in sorted(units, key=lambda p: p["Code"]):
        name = nfc(p["Name"])
        full = nfc(p["FullName"])
        city = full.startswith("Thành phố")
        forms = [name, full]
        if city:
            forms += [f"thành phố {name}", f"TP {name}", f"TP. {name}", f"TP.{name}"]
        else:
            forms += [f"tỉnh {name}"]
        if name == "Hồ Chí Minh":
            forms = ["TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "TP.HCM",
                     "TPHCM", "TP HCM", "TP. HCM", "TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Sài Gòn",
                     "Ho Chi Minh City"]
        if name == "Bà Rịa - Vũng Tàu":
            forms += ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"]
        if name == "Huế":
            forms += ["Thừa Thiên Huế", "Thừa Thiên - Huế", "tỉnh Thừa Thiên Huế", "Cố đô Huế"]
        kind = "municipality" if city else "province"
        add(kind, "VN", nfc(p["NameEn"]), forms, iso3="VNM", source="vn_admin_units (GSO)")
    # Cities and towns below province level: bare name only when it has two
    # syllables or more (a bare "Vinh" is too often a given name or a verb).
    for p in sorted(units, key=lambda p: p["Code"]):
        for d in sorted(p["District"] or [], key=lambda d: d["Code"]):
            full = nfc(d["FullName"])
            name = nfc(d["Name"])
            if name in province_names or name.isdigit():
                continue
            if full.startswith("Thành phố"):
                forms = [full, f"thành phố {name}", f"TP {name}", f"TP. {name}"]
                kind = "city"
            elif full.startswith("Thị xã"):
                forms = [full, f"thị xã {name}"]
                kind = "town"
            elif full.startswith("Quận"):
                forms = [full, f"quận {name}"]
                kind = "district"
            else:
                forms = [full, f"huyện {name}"]
                kind = "district"
            # bare names of cities, towns and urban districts ("Hà Đông", "Ba Đình"):
            # rural districts are left out, their names are too often people's
            if (kind in ("city", "town") or full.startswith("Quận")) and len(name.split()) >= 2:
                forms.insert(0, name)
            en = nfc(d["NameEn"]) + " " + {"city": "City", "town": "Town", "district": "District"}[kind]
            add(kind, "VN", en + " " + nfc(p["NameEn"]), forms, iso3="VNM", source="vn_admin_units (GSO)")

    with open(out / "places.tsv", "w", encoding="utf-8") as f:
        f.write("# Places: world capitals and big cities, regions, named sites, and Vietnam's 63\n")
        f.write("#   provinces/centrally-run cities with their cities, towns and districts.\n")
        f.write("# Generated by scripts/build_gazetteer.py (do not edit by hand; edit the script).\n")
        f.write("# Sources: shared/data/exonyms_vi_curated (project), CLDR v47 exemplar cities\n")
        f.write("#   (Unicode-3.0), vietnamese-provinces-database (MIT, GSO data), hand forms in the script.\n")
        f.write("# Vietnam's units are those BEFORE the 2025 reform (63 provinces); the 34 units after\n")
        f.write("#   the merger of 1 July 2025 (NQ 202/2025/QH15), and which old province went into which,\n")
        f.write("#   are in provinces_2025.tsv; districts were abolished by the reform but stay as places.\n")
        f.write("# Columns: id, canonical name, kind (capital|city|town|district|province|municipality|\n")
        f.write("#   region|site), country (ISO3, empty for international), variants (|-separated), English name,\n")
        f.write("#   source of the record (hand (press usage), exonyms_vi_curated, CLDR v47, vn_admin_units (GSO) ...).\n")
        for r in places:
            f.write("\t".join(r) + "\n")

    # ---- one-syllable forms used in pairs: "quan hệ Việt - Trung" ----
    pairs = [("Việt", "VN"), ("Trung", "CN"), ("Hàn", "KR"), ("Triều", "KP"), ("Nhật", "JP"),
             ("Lào", "LA"), ("Cam", "KH"), ("Thái", "TH"), ("Mỹ", "US"), ("Nga", "RU"), ("Pháp", "FR"),
             ("Đức", "DE"), ("Anh", "GB"), ("Ấn", "IN"), ("Úc", "AU"), ("Ý", "IT"), ("Xô", "SU"),
             ("Cu", "CU"), ("Ba", "PL"), ("Séc", "CZ"), ("Hung", "HU"), ("Bỉ", "BE"), ("Phi", "PH"),
             ("Sing", "SG"), ("Mông", "MN"), ("Indo", "ID"), ("Miến", "MM")]
    with open(out / "country_pairs.tsv", "w", encoding="utf-8") as f:
        f.write("# One-syllable country names that stand for a country only in a pair joined by a\n")
        f.write("#   dash: \"quan hệ Việt - Trung\", \"hợp tác Việt-Lào\", \"Hội Hữu nghị Việt - Hàn\".\n")
        f.write("# Generated by scripts/build_gazetteer.py (edit the script); press usage, project licence.\n")
        f.write("# Columns: short form, ISO3, source.\n")
        for short, i2 in pairs:
            if i2 in iso:
                f.write(f"{short}\t{iso[i2][0]}\thand (press usage)\n")

    # ---- surnames ----
    bad = set("øÑöĂâõ")
    fam = read_tsv(shared / "vietnamese_namedb" / "derived_family_name_freq.tsv")
    # Common words or given names that head too many non-names to be taken as surnames.
    skip = {"Văn", "Y", "Thi", "Danh", "Quang", "Ánh", "Hồng", "Trang", "Giang", "Ninh", "Hàng",
            "Viên", "Châu", "Hoà", "Le", "Thạch", "Chung", "Nhan", "Thân", "Đồng", "Ông", "La",
            "Lộ", "Xa", "Mông", "Kỷ", "Trình", "Trinh", "Phó", "Trà", "Vòng", "Ất", "Sầm",
            "Quản", "Chế", "Lục", "Biện", "Lăng", "Trầm", "Thiều", "Hùynh", "Ung"}
    with open(out / "surnames.tsv", "w", encoding="utf-8") as f:
        f.write("# Vietnamese surnames: a capitalised run of 2-4 syllables starting with one is\n")
        f.write("#   read as a person's name when no title precedes it.\n")
        f.write("# Generated by scripts/build_gazetteer.py from vietnamese-namedb (MIT,\n")
        f.write("#   github.com/duyet/vietnamese-namedb, derived_family_name_freq.tsv), minus\n")
        f.write("#   mis-encoded rows and syllables that are more often common words; plus hand additions.\n")
        f.write("# Columns: surname, count in the source (0 = hand addition), source.\n")
        done = set()
        for r in fam:
            s = nfc(r["syllable"])
            if s in skip or any(c in bad for c in s) or s in done:
                continue
            done.add(s)
            f.write(f"{s}\t{r['count']}\tvietnamese_namedb\n")
        for s in ["Kim", "Khuất", "Lò", "Hầu", "Giàng", "Vàng", "Nguyễn", "Mẫn", "Võ", "Khúc"]:
            if s not in done:
                done.add(s)
                f.write(f"{s}\t0\thand\n")


if __name__ == "__main__":
    main()
