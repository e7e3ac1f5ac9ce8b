#!/usr/bin/env python3
"""Build data/gazetteer/countries.tsv, country_pairs.tsv, places.tsv, subdivisions.tsv and
surnames.tsv (stdlib only, deterministic). These files are generated: never edit them by
hand; change this script or the reviewed rows of data/gazetteer/hand_additions.tsv, then
re-run it (scripts/check_gazetteer.py proves the committed files are its output).

Sources (read from /work/shared/data, never at run time of the binary):
  - cldr_vi_names/territories_vi.tsv   Unicode CLDR v47 Vietnamese territory names (Unicode-3.0)
  - cldr_vi_names/exemplar_cities_vi.tsv  CLDR Vietnamese city names (Unicode-3.0)
  - exonyms_vi_curated/exonyms_vi.tsv  hand-made press exonyms (project licence)
  - vn_admin_units/...json             Vietnam's 63 provinces and their districts (MIT, pre-2025)
  - vietnamese_namedb/derived_family_name_freq.tsv  Vietnamese surnames (MIT)
  - data/gazetteer/hand_additions.tsv  (in this repository) reviewed hand rows: places and
                                       surnames the sources above lack
plus the ISO 3166-1 alpha-2 -> alpha-3 table, English names of capitals and hand
variants written below from general knowledge (project licence).

Usage, from the repository root (writes into data/gazetteer):
  python3 scripts/build_gazetteer.py --shared ../shared
Options: --shared DIR (default /work/shared), --out DIR (default data/gazetteer),
  --additions FILE (default data/gazetteer/hand_additions.tsv).
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
    "SA": "Ả Rập Xê-út|Ả Rập Saudi|Saudi Arabia|Arab Saudi|Ả-rập Xê-út|A-rập Xê-út|Saudi",
    "AE": "Các Tiểu vương quốc Ả Rập Thống nhất|UAE|Các Tiểu Vương quốc Ả-rập Thống nhất|Các Tiểu vương quốc Ả-rập Thống nhất|Các Tiểu vương quốc Arab Thống nhất|Các Tiểu vương quốc Arập Thống nhất|Các Tiểu vương quốc A-rập Thống nhất|Tiểu vương quốc Ả Rập Thống nhất",
    "IL": "Israel|Ixraen|I-xra-en",
    "PS": "Palestine|Palextin|Pa-le-xtin|Nhà nước Palestine",
    "IR": "Iran|I-ran",
    "IQ": "Iraq|Irắc|I-rắc",
    "SY": "Syria|Xyri|Xi-ri|Xy-ri",
    "EG": "Ai Cập",
    "ZA": "Nam Phi",
    "TR": "Thổ Nhĩ Kỳ|Türkiye",
    "CH": "Thụy Sĩ",
    "SE": "Thụy Điển",
    "CZ": "Séc|CH Séc|Cộng hòa Séc|Czech|CH Czech|Cộng hòa Czech",
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
    ("capital", "KR", "Seoul", "Seoul|Xơun|Xê-un|Xơ-un"),
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
    ("site", "PS", "Gaza Strip", "Gaza|Dải Gaza|dải Gaza"),
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

# First-level subdivisions of other countries: (iso2, ISO 3166-2 code or "", type, English,
#   forms (canonical Vietnamese first), forms that need a cue (their country right after)).
# Written for this project from ISO 3166-2 and Vietnamese press usage (project licence).
SUBDIVISIONS = [
    # --- China: 23 provinces (Taiwan as its own record), 5 autonomous regions, 4 municipalities, 2 SARs
    ("CN", "CN-HE", "province", "Hebei", "Hà Bắc|Hebei", "Hà Bắc"),
    ("CN", "CN-SX", "province", "Shanxi", "Sơn Tây|Shanxi", "Sơn Tây"),
    ("CN", "CN-LN", "province", "Liaoning", "Liêu Ninh|Liaoning", ""),
    ("CN", "CN-JL", "province", "Jilin", "Cát Lâm|tỉnh Cát Lâm|Jilin", "Cát Lâm"),
    ("CN", "CN-HL", "province", "Heilongjiang", "Hắc Long Giang|Heilongjiang", ""),
    ("CN", "CN-JS", "province", "Jiangsu", "Giang Tô|Jiangsu", ""),
    ("CN", "CN-ZJ", "province", "Zhejiang", "Chiết Giang|Zhejiang", ""),
    ("CN", "CN-AH", "province", "Anhui", "An Huy|tỉnh An Huy|Anhui", "An Huy"),
    ("CN", "CN-FJ", "province", "Fujian", "Phúc Kiến|tỉnh Phúc Kiến|Fujian", "Phúc Kiến"),
    ("CN", "CN-JX", "province", "Jiangxi", "Giang Tây|Jiangxi", ""),
    ("CN", "CN-SD", "province", "Shandong", "Sơn Đông|Shandong", ""),
    ("CN", "CN-HA", "province", "Henan", "Hà Nam|Henan", "Hà Nam"),
    ("CN", "CN-HB", "province", "Hubei", "Hồ Bắc|Hubei", ""),
    ("CN", "CN-HN", "province", "Hunan", "Hồ Nam|Hunan", ""),
    ("CN", "CN-GD", "province", "Guangdong", "Quảng Đông|Guangdong", ""),
    ("CN", "CN-HI", "province", "Hainan", "Hải Nam|Hainan|đảo Hải Nam|tỉnh Hải Nam", "Hải Nam"),
    ("CN", "CN-SC", "province", "Sichuan", "Tứ Xuyên|Sichuan", ""),
    ("CN", "CN-GZ", "province", "Guizhou", "Quý Châu|tỉnh Quý Châu|Guizhou", "Quý Châu"),
    ("CN", "CN-YN", "province", "Yunnan", "Vân Nam|Yunnan", ""),
    ("CN", "CN-SN", "province", "Shaanxi", "Thiểm Tây|Shaanxi", ""),
    ("CN", "CN-GS", "province", "Gansu", "Cam Túc|Gansu", ""),
    ("CN", "CN-QH", "province", "Qinghai", "Thanh Hải|tỉnh Thanh Hải|Qinghai", "Thanh Hải"),
    ("CN", "CN-TW", "province", "Taiwan", "Đài Loan", ""),
    ("CN", "CN-NM", "autonomous region", "Inner Mongolia", "Nội Mông|Nội Mông Cổ|Khu tự trị Nội Mông|Khu tự trị Nội Mông Cổ|Inner Mongolia", ""),
    ("CN", "CN-GX", "autonomous region", "Guangxi", "Quảng Tây|Khu tự trị dân tộc Choang Quảng Tây|Khu tự trị Choang Quảng Tây|Khu tự trị Quảng Tây|Guangxi", ""),
    ("CN", "CN-XZ", "autonomous region", "Tibet", "Tây Tạng|Khu tự trị Tây Tạng|Tibet", ""),
    ("CN", "CN-NX", "autonomous region", "Ningxia", "Ninh Hạ|Khu tự trị dân tộc Hồi Ninh Hạ|Khu tự trị Ninh Hạ|Ningxia", ""),
    ("CN", "CN-XJ", "autonomous region", "Xinjiang", "Tân Cương|Khu tự trị dân tộc Duy Ngô Nhĩ Tân Cương|Khu tự trị Duy Ngô Nhĩ Tân Cương|Khu tự trị Tân Cương|Xinjiang", ""),
    ("CN", "CN-BJ", "municipality", "Beijing", "Bắc Kinh|thành phố Bắc Kinh", ""),
    ("CN", "CN-TJ", "municipality", "Tianjin", "Thiên Tân|thành phố Thiên Tân|Tianjin", ""),
    ("CN", "CN-SH", "municipality", "Shanghai", "Thượng Hải|thành phố Thượng Hải", ""),
    ("CN", "CN-CQ", "municipality", "Chongqing", "Trùng Khánh|thành phố Trùng Khánh|Chongqing", ""),
    ("CN", "CN-HK", "special administrative region", "Hong Kong", "Hồng Kông", ""),
    ("CN", "CN-MO", "special administrative region", "Macao", "Ma Cao", ""),
    # --- United States: 50 states and the District of Columbia
    ("US", "US-AL", "state", "Alabama", "Alabama|A-la-ba-ma", ""),
    ("US", "US-AK", "state", "Alaska", "Alaska|A-lát-xca|Alaxca", ""),
    ("US", "US-AZ", "state", "Arizona", "Arizona|A-ri-dô-na", ""),
    ("US", "US-AR", "state", "Arkansas", "Arkansas", ""),
    ("US", "US-CA", "state", "California", "California|Ca-li-phoóc-ni-a|Caliphoócnia|Ca-li", ""),
    ("US", "US-CO", "state", "Colorado", "Colorado|Cô-lô-ra-đô", ""),
    ("US", "US-CT", "state", "Connecticut", "Connecticut", ""),
    ("US", "US-DE", "state", "Delaware", "Delaware", ""),
    ("US", "US-FL", "state", "Florida", "Florida|Phlo-ri-đa|Flo-ri-đa", ""),
    ("US", "US-GA", "state", "Georgia", "Georgia|bang Georgia|tiểu bang Georgia", "Georgia"),
    ("US", "US-HI", "state", "Hawaii", "Hawaii|Ha-oai|Haoai|Hawai", ""),
    ("US", "US-ID", "state", "Idaho", "Idaho", ""),
    ("US", "US-IL", "state", "Illinois", "Illinois", ""),
    ("US", "US-IN", "state", "Indiana", "Indiana", ""),
    ("US", "US-IA", "state", "Iowa", "Iowa", ""),
    ("US", "US-KS", "state", "Kansas", "Kansas", ""),
    ("US", "US-KY", "state", "Kentucky", "Kentucky", ""),
    ("US", "US-LA", "state", "Louisiana", "Louisiana", ""),
    ("US", "US-ME", "state", "Maine", "Maine", ""),
    ("US", "US-MD", "state", "Maryland", "Maryland", ""),
    ("US", "US-MA", "state", "Massachusetts", "Massachusetts", ""),
    ("US", "US-MI", "state", "Michigan", "Michigan", ""),
    ("US", "US-MN", "state", "Minnesota", "Minnesota", ""),
    ("US", "US-MS", "state", "Mississippi", "Mississippi", ""),
    ("US", "US-MO", "state", "Missouri", "Missouri", ""),
    ("US", "US-MT", "state", "Montana", "Montana", ""),
    ("US", "US-NE", "state", "Nebraska", "Nebraska", ""),
    ("US", "US-NV", "state", "Nevada", "Nevada", ""),
    ("US", "US-NH", "state", "New Hampshire", "New Hampshire", ""),
    ("US", "US-NJ", "state", "New Jersey", "New Jersey|Niu Giơ-xi|Niu Jersey", ""),
    ("US", "US-NM", "state", "New Mexico", "New Mexico|Niu Mêhicô|Niu Mê-hi-cô", ""),
    ("US", "US-NY", "state", "New York State", "bang New York|tiểu bang New York|New York State", ""),
    ("US", "US-NC", "state", "North Carolina", "Bắc Carolina|North Carolina|Bắc Ca-rô-li-na", ""),
    ("US", "US-ND", "state", "North Dakota", "Bắc Dakota|North Dakota", ""),
    ("US", "US-OH", "state", "Ohio", "Ohio|Ô-hai-ô", ""),
    ("US", "US-OK", "state", "Oklahoma", "Oklahoma", ""),
    ("US", "US-OR", "state", "Oregon", "Oregon", ""),
    ("US", "US-PA", "state", "Pennsylvania", "Pennsylvania|Pen-xin-va-ni-a", ""),
    ("US", "US-RI", "state", "Rhode Island", "Rhode Island", ""),
    ("US", "US-SC", "state", "South Carolina", "Nam Carolina|South Carolina|Nam Ca-rô-li-na", ""),
    ("US", "US-SD", "state", "South Dakota", "Nam Dakota|South Dakota", ""),
    ("US", "US-TN", "state", "Tennessee", "Tennessee", ""),
    ("US", "US-TX", "state", "Texas", "Texas|Tếch-dát|Têch-dát|Tếchdát", ""),
    ("US", "US-UT", "state", "Utah", "Utah", ""),
    ("US", "US-VT", "state", "Vermont", "Vermont", ""),
    ("US", "US-VA", "state", "Virginia", "Virginia|Vơ-gi-ni-a", ""),
    ("US", "US-WA", "state", "Washington State", "bang Washington|tiểu bang Washington|Washington State", ""),
    ("US", "US-WV", "state", "West Virginia", "Tây Virginia|West Virginia", ""),
    ("US", "US-WI", "state", "Wisconsin", "Wisconsin", ""),
    ("US", "US-WY", "state", "Wyoming", "Wyoming", ""),
    ("US", "US-DC", "federal district", "Washington, D.C.", "Washington|Đặc khu Columbia|District of Columbia|Washington DC|Washington, DC|Washington D.C", ""),
    # --- Australia: 6 states, 2 mainland territories
    ("AU", "AU-NSW", "state", "New South Wales", "New South Wales|NSW|Niu Xaoth Uên", ""),
    ("AU", "AU-VIC", "state", "Victoria", "Victoria|bang Victoria|tiểu bang Victoria", "Victoria"),
    ("AU", "AU-QLD", "state", "Queensland", "Queensland|Quyn-xlen", ""),
    ("AU", "AU-SA", "state", "South Australia", "Nam Australia|Nam Úc|South Australia", ""),
    ("AU", "AU-WA", "state", "Western Australia", "Tây Australia|Tây Úc|Western Australia", ""),
    ("AU", "AU-TAS", "state", "Tasmania", "Tasmania|Tát-ma-ni-a", ""),
    ("AU", "AU-NT", "territory", "Northern Territory", "Lãnh thổ Bắc Australia|Lãnh thổ Bắc Úc|Northern Territory", ""),
    ("AU", "AU-ACT", "territory", "Australian Capital Territory", "Lãnh thổ Thủ đô Australia|Lãnh thổ Thủ đô Úc|Australian Capital Territory", ""),
    # --- India: the larger states and union territories
    ("IN", "IN-UP", "state", "Uttar Pradesh", "Uttar Pradesh", ""),
    ("IN", "IN-MH", "state", "Maharashtra", "Maharashtra", ""),
    ("IN", "IN-BR", "state", "Bihar", "Bihar", ""),
    ("IN", "IN-WB", "state", "West Bengal", "Tây Bengal|West Bengal", ""),
    ("IN", "IN-MP", "state", "Madhya Pradesh", "Madhya Pradesh", ""),
    ("IN", "IN-TN", "state", "Tamil Nadu", "Tamil Nadu", ""),
    ("IN", "IN-RJ", "state", "Rajasthan", "Rajasthan", ""),
    ("IN", "IN-KA", "state", "Karnataka", "Karnataka", ""),
    ("IN", "IN-GJ", "state", "Gujarat", "Gujarat", ""),
    ("IN", "IN-AP", "state", "Andhra Pradesh", "Andhra Pradesh", ""),
    ("IN", "IN-OD", "state", "Odisha", "Odisha|Orissa", ""),
    ("IN", "", "state", "Telangana", "Telangana", ""),
    ("IN", "IN-KL", "state", "Kerala", "Kerala", ""),
    ("IN", "IN-JH", "state", "Jharkhand", "Jharkhand", ""),
    ("IN", "IN-AS", "state", "Assam", "Assam", ""),
    ("IN", "IN-PB", "state", "Punjab", "Punjab|bang Punjab", "Punjab"),
    ("IN", "IN-HR", "state", "Haryana", "Haryana", ""),
    ("IN", "IN-HP", "state", "Himachal Pradesh", "Himachal Pradesh", ""),
    ("IN", "IN-GA", "state", "Goa", "Goa", ""),
    ("IN", "IN-MN", "state", "Manipur", "Manipur", ""),
    ("IN", "IN-AR", "state", "Arunachal Pradesh", "Arunachal Pradesh", ""),
    ("IN", "IN-SK", "state", "Sikkim", "Sikkim", ""),
    ("IN", "IN-DL", "union territory", "Delhi", "Delhi|Đê-li", ""),
    ("IN", "IN-JK", "union territory", "Jammu and Kashmir", "Jammu và Kashmir|Jammu and Kashmir|Jammu & Kashmir", ""),
    ("IN", "IN-LA", "union territory", "Ladakh", "Ladakh", ""),
    # --- Japan: 47 prefectures (names that are also common surnames need "tỉnh")
    ("JP", "JP-01", "prefecture", "Hokkaido", "Hokkaido|Hốc-cai-đô|Bắc Hải Đạo", ""),
    ("JP", "JP-02", "prefecture", "Aomori", "Aomori", ""),
    ("JP", "JP-03", "prefecture", "Iwate", "Iwate", ""),
    ("JP", "JP-04", "prefecture", "Miyagi", "Miyagi|tỉnh Miyagi", "Miyagi"),
    ("JP", "JP-05", "prefecture", "Akita", "Akita|tỉnh Akita", "Akita"),
    ("JP", "JP-06", "prefecture", "Yamagata", "Yamagata|tỉnh Yamagata", "Yamagata"),
    ("JP", "JP-07", "prefecture", "Fukushima", "Fukushima|Phúc Đảo", ""),
    ("JP", "JP-08", "prefecture", "Ibaraki", "Ibaraki", ""),
    ("JP", "JP-09", "prefecture", "Tochigi", "Tochigi", ""),
    ("JP", "JP-10", "prefecture", "Gunma", "Gunma", ""),
    ("JP", "JP-11", "prefecture", "Saitama", "Saitama", ""),
    ("JP", "JP-12", "prefecture", "Chiba", "Chiba|tỉnh Chiba", "Chiba"),
    ("JP", "JP-13", "metropolis", "Tokyo", "Tokyo|Thủ đô Tokyo|thủ đô Tokyo", ""),
    ("JP", "JP-14", "prefecture", "Kanagawa", "Kanagawa", ""),
    ("JP", "JP-15", "prefecture", "Niigata", "Niigata", ""),
    ("JP", "JP-16", "prefecture", "Toyama", "Toyama|tỉnh Toyama", "Toyama"),
    ("JP", "JP-17", "prefecture", "Ishikawa", "Ishikawa|tỉnh Ishikawa", "Ishikawa"),
    ("JP", "JP-18", "prefecture", "Fukui", "Fukui|tỉnh Fukui", "Fukui"),
    ("JP", "JP-19", "prefecture", "Yamanashi", "Yamanashi", ""),
    ("JP", "JP-20", "prefecture", "Nagano", "Nagano|tỉnh Nagano", "Nagano"),
    ("JP", "JP-21", "prefecture", "Gifu", "Gifu", ""),
    ("JP", "JP-22", "prefecture", "Shizuoka", "Shizuoka", ""),
    ("JP", "JP-23", "prefecture", "Aichi", "Aichi", ""),
    ("JP", "JP-24", "prefecture", "Mie", "Mie|tỉnh Mie", "Mie"),
    ("JP", "JP-25", "prefecture", "Shiga", "Shiga|tỉnh Shiga", "Shiga"),
    ("JP", "JP-26", "prefecture", "Kyoto", "Kyoto|Kyôtô|Kiôtô", ""),
    ("JP", "JP-27", "prefecture", "Osaka", "Osaka", ""),
    ("JP", "JP-28", "prefecture", "Hyogo", "Hyogo", ""),
    ("JP", "JP-29", "prefecture", "Nara", "Nara|tỉnh Nara", "Nara"),
    ("JP", "JP-30", "prefecture", "Wakayama", "Wakayama", ""),
    ("JP", "JP-31", "prefecture", "Tottori", "Tottori", ""),
    ("JP", "JP-32", "prefecture", "Shimane", "Shimane", ""),
    ("JP", "JP-33", "prefecture", "Okayama", "Okayama|tỉnh Okayama", "Okayama"),
    ("JP", "JP-34", "prefecture", "Hiroshima", "Hiroshima", ""),
    ("JP", "JP-35", "prefecture", "Yamaguchi", "Yamaguchi|tỉnh Yamaguchi", "Yamaguchi"),
    ("JP", "JP-36", "prefecture", "Tokushima", "Tokushima", ""),
    ("JP", "JP-37", "prefecture", "Kagawa", "Kagawa|tỉnh Kagawa", "Kagawa"),
    ("JP", "JP-38", "prefecture", "Ehime", "Ehime", ""),
    ("JP", "JP-39", "prefecture", "Kochi", "Kochi|tỉnh Kochi", "Kochi"),
    ("JP", "JP-40", "prefecture", "Fukuoka", "Fukuoka", ""),
    ("JP", "JP-41", "prefecture", "Saga", "Saga|tỉnh Saga", "Saga"),
    ("JP", "JP-42", "prefecture", "Nagasaki", "Nagasaki", ""),
    ("JP", "JP-43", "prefecture", "Kumamoto", "Kumamoto", ""),
    ("JP", "JP-44", "prefecture", "Oita", "Oita", ""),
    ("JP", "JP-45", "prefecture", "Miyazaki", "Miyazaki|tỉnh Miyazaki", "Miyazaki"),
    ("JP", "JP-46", "prefecture", "Kagoshima", "Kagoshima", ""),
    ("JP", "JP-47", "prefecture", "Okinawa", "Okinawa|Ô-ki-na-oa", ""),
    # --- South Korea: 1 special city, 6 metropolitan cities, 1 special self-governing city, 9 provinces
    ("KR", "KR-11", "special city", "Seoul", "Seoul", ""),
    ("KR", "KR-26", "metropolitan city", "Busan", "Busan", ""),
    ("KR", "KR-27", "metropolitan city", "Daegu", "Daegu|Đại Khâu|Taegu", ""),
    ("KR", "KR-28", "metropolitan city", "Incheon", "Incheon|Inchon|In-chơn", ""),
    ("KR", "KR-29", "metropolitan city", "Gwangju", "Gwangju|Kwangju", ""),
    ("KR", "KR-30", "metropolitan city", "Daejeon", "Daejeon|Taejon", ""),
    ("KR", "KR-31", "metropolitan city", "Ulsan", "Ulsan", ""),
    ("KR", "KR-50", "special self-governing city", "Sejong", "Sejong|thành phố Sejong", "Sejong"),
    ("KR", "KR-41", "province", "Gyeonggi", "Gyeonggi|Kyonggi|Gyeonggi-do", ""),
    # Gangwon is also North Korea's Kangwon ("Wonsan, tỉnh Gangwon"): only with its country
    ("KR", "", "province", "Gangwon", "Gangwon", "Gangwon"),
    ("KR", "KR-43", "province", "North Chungcheong", "Bắc Chungcheong|Chungcheong Bắc|North Chungcheong|Chungcheongbuk-do|Chungcheongbuk|Chungbuk", ""),
    ("KR", "KR-44", "province", "South Chungcheong", "Nam Chungcheong|Chungcheong Nam|South Chungcheong|Chungcheongnam-do|Chungcheongnam|Chungnam", ""),
    ("KR", "", "province", "North Jeolla", "Bắc Jeolla|Jeolla Bắc|North Jeolla|Jeollabuk-do|Jeonbuk", ""),
    ("KR", "KR-46", "province", "South Jeolla", "Nam Jeolla|Jeolla Nam|South Jeolla|Jeollanam-do|Jeollanam|Jeonnam", ""),
    ("KR", "KR-47", "province", "North Gyeongsang", "Bắc Gyeongsang|Gyeongsang Bắc|North Gyeongsang|Gyeongsangbuk-do|Gyeongsangbuk|Gyeongbuk", ""),
    ("KR", "KR-48", "province", "South Gyeongsang", "Nam Gyeongsang|Gyeongsang Nam|South Gyeongsang|Gyeongsangnam-do|Gyeongsangnam|Gyeongnam", ""),
    ("KR", "KR-49", "special self-governing province", "Jeju", "Jeju|đảo Jeju|Cheju", ""),
    # --- Laos: the capital (Vientiane Prefecture) and 17 provinces
    ("LA", "LA-VT", "prefecture", "Vientiane", "Viêng Chăn|Thủ đô Viêng Chăn|thủ đô Viêng Chăn", ""),
    ("LA", "LA-VI", "province", "Vientiane Province", "tỉnh Viêng Chăn|Vientiane Province", ""),
    ("LA", "LA-PH", "province", "Phongsaly", "Phông-xa-lỳ|Phongsaly|Phongsali", ""),
    ("LA", "LA-LM", "province", "Luang Namtha", "Luổng Nậm Thà|Luang Namtha|Luang Nam Tha", ""),
    ("LA", "LA-BK", "province", "Bokeo", "Bò Kẹo|Bokeo", ""),
    ("LA", "LA-OU", "province", "Oudomxay", "U-đôm-xay|Oudomxay|Udomxay|Oudomxai", ""),
    ("LA", "LA-LP", "province", "Luang Prabang", "Luang Prabang|Luông Pha-băng", ""),
    ("LA", "LA-HO", "province", "Houaphanh", "Hủa Phăn|Houaphanh|Houaphan", ""),
    ("LA", "LA-XA", "province", "Xayabouly", "Xay-nha-bu-ly|Xayabouly|Xayaboury|Sainyabuli|Sayaboury", ""),
    ("LA", "LA-XI", "province", "Xiangkhouang", "Xiêng Khoảng|Xieng Khouang|Xiangkhouang", ""),
    ("LA", "LA-BL", "province", "Bolikhamxay", "Bô-ly-khăm-xay|Bolikhamxay|Bolikhamsai|Bolikhamxai", ""),
    ("LA", "LA-KH", "province", "Khammouane", "Khăm Muộn|Khammouane|Khammuan", ""),
    ("LA", "LA-SV", "province", "Savannakhet", "Savannakhet|Xa-vằn-na-khệt|Xavẳnnakhệt", ""),
    ("LA", "LA-SL", "province", "Salavan", "Xa-la-van|Salavan|Saravane|Saravan", ""),
    ("LA", "LA-XE", "province", "Sekong", "Xê Kông|Sekong|Xekong", ""),
    ("LA", "LA-CH", "province", "Champasak", "Champasak|Chăm-pa-xắc|Champassak", ""),
    ("LA", "LA-AT", "province", "Attapeu", "Át-tạ-pư|Attapeu|Attapu", ""),
    ("LA", "LA-XS", "province", "Xaisomboun", "Xay-xổm-bun|Xaisomboun|Xaysomboun", ""),
    # --- Cambodia: the capital and 24 provinces
    ("KH", "KH-12", "capital", "Phnom Penh", "Phnom Penh", ""),
    ("KH", "KH-1", "province", "Banteay Meanchey", "Banteay Meanchey|Bantây Miênchây|Ban-tây Mê-an-chây", ""),
    ("KH", "KH-2", "province", "Battambang", "Battambang|Bát-tam-bang|Bátdâmboong", ""),
    ("KH", "KH-3", "province", "Kampong Cham", "Kampong Cham|Kông Pông Chàm|Công-pông Chàm|Kông-pông Chàm", ""),
    ("KH", "KH-4", "province", "Kampong Chhnang", "Kampong Chhnang|Kông Pông Chhnăng|Kông-pông Chơ-năng", ""),
    ("KH", "KH-5", "province", "Kampong Speu", "Kampong Speu|Kông Pông Spư|Kông-pông Xpư", ""),
    ("KH", "KH-6", "province", "Kampong Thom", "Kampong Thom|Kông Pông Thom|Kông-pông Thom", ""),
    ("KH", "KH-7", "province", "Kampot", "Kampot|Kampốt|Cam-pốt", ""),
    ("KH", "KH-8", "province", "Kandal", "Kandal|Kan-đan", ""),
    ("KH", "KH-9", "province", "Koh Kong", "Koh Kong|Kô Kông", ""),
    ("KH", "KH-10", "province", "Kratie", "Kratie|Kratié|Kra-chê", ""),
    ("KH", "KH-11", "province", "Mondulkiri", "Mondulkiri|Mondul Kiri|Mun-đun-ki-ri", ""),
    ("KH", "KH-22", "province", "Oddar Meanchey", "Oddar Meanchey|Otdar Meanchey", ""),
    ("KH", "KH-24", "province", "Pailin", "Pailin|Pai-lin", ""),
    ("KH", "KH-18", "province", "Preah Sihanouk", "Preah Sihanouk|tỉnh Sihanoukville", ""),
    ("KH", "KH-13", "province", "Preah Vihear", "Preah Vihear|Prê-ah Vi-hia", ""),
    ("KH", "KH-14", "province", "Prey Veng", "Prey Veng|Prây Veng", ""),
    ("KH", "KH-15", "province", "Pursat", "Pursat|Pô-xát", ""),
    ("KH", "KH-16", "province", "Ratanakiri", "Ratanakiri|Ratanak Kiri|Rattanakiri|Ra-ta-na-ki-ri", ""),
    ("KH", "KH-17", "province", "Siem Reap", "Siem Reap|Xiêm Riệp", ""),
    ("KH", "KH-19", "province", "Stung Treng", "Stung Treng|Stưng Treng|Xtung Treng", ""),
    ("KH", "KH-20", "province", "Svay Rieng", "Svay Rieng|Xvây Riêng|Svây Riêng", ""),
    ("KH", "KH-21", "province", "Takeo", "Takeo|tỉnh Takeo|Ta Keo|Takêo", "Takeo"),
    ("KH", "KH-23", "province", "Kep", "Kep|tỉnh Kep|tỉnh Kép", "Kep"),
    ("KH", "KH-25", "province", "Tbong Khmum", "Tbong Khmum|Tbuong Khmum", ""),
    # --- Thailand: the capital and the provinces the press names most
    ("TH", "TH-10", "capital", "Bangkok", "Bangkok", ""),
    ("TH", "TH-50", "province", "Chiang Mai", "Chiang Mai", ""),
    ("TH", "TH-57", "province", "Chiang Rai", "Chiang Rai|Chiềng Rai", ""),
    ("TH", "TH-83", "province", "Phuket", "Phuket|Phú Két|Phu-kết", ""),
    ("TH", "TH-20", "province", "Chon Buri", "Chon Buri|Chonburi", ""),
    ("TH", "TH-90", "province", "Songkhla", "Songkhla", ""),
    ("TH", "TH-30", "province", "Nakhon Ratchasima", "Nakhon Ratchasima|Korat", ""),
    ("TH", "TH-40", "province", "Khon Kaen", "Khon Kaen|Khon Ken", ""),
    ("TH", "TH-41", "province", "Udon Thani", "Udon Thani|U-đon Tha-ni|Uđon Thani", ""),
    ("TH", "TH-34", "province", "Ubon Ratchathani", "Ubon Ratchathani|Ubon", ""),
    ("TH", "TH-48", "province", "Nakhon Phanom", "Nakhon Phanom|Na-khon Pha-nom|Nakhôn Phanôm", ""),
    ("TH", "TH-49", "province", "Mukdahan", "Mukdahan|Múc-đa-hản", ""),
    ("TH", "TH-43", "province", "Nong Khai", "Nong Khai|Nông Khai|Nong Khải", ""),
    ("TH", "TH-47", "province", "Sakon Nakhon", "Sakon Nakhon|Xa-côn Na-khon|Sakôn Nakhôn", ""),
    ("TH", "TH-84", "province", "Surat Thani", "Surat Thani", ""),
    ("TH", "TH-81", "province", "Krabi", "Krabi", ""),
    ("TH", "TH-82", "province", "Phang Nga", "Phang Nga|Phang-nga", ""),
    ("TH", "TH-14", "province", "Phra Nakhon Si Ayutthaya", "Ayutthaya|Phra Nakhon Si Ayutthaya|Ayuthaya", ""),
    ("TH", "TH-71", "province", "Kanchanaburi", "Kanchanaburi", ""),
    ("TH", "TH-21", "province", "Rayong", "Rayong", ""),
    ("TH", "TH-96", "province", "Narathiwat", "Narathiwat", ""),
    ("TH", "TH-94", "province", "Pattani", "Pattani", ""),
    ("TH", "TH-95", "province", "Yala", "Yala|tỉnh Yala", "Yala"),
    ("TH", "TH-27", "province", "Sa Kaeo", "Sa Kaeo", ""),
    ("TH", "TH-23", "province", "Trat", "Trat|tỉnh Trat", "Trat"),
    ("TH", "TH-12", "province", "Nonthaburi", "Nonthaburi", ""),
    ("TH", "TH-11", "province", "Samut Prakan", "Samut Prakan", ""),
    ("TH", "TH-42", "province", "Loei", "Loei|tỉnh Loei", "Loei"),
    # --- Russia: the federal subjects the press names most
    ("RU", "RU-MOW", "federal city", "Moscow", "Moskva", ""),
    ("RU", "RU-SPE", "federal city", "Saint Petersburg", "Saint Petersburg", ""),
    ("RU", "RU-MOS", "oblast", "Moscow Oblast", "tỉnh Moskva|vùng Moskva|tỉnh Mátxcơva|Moscow Oblast", ""),
    ("RU", "RU-LEN", "oblast", "Leningrad Oblast", "tỉnh Leningrad|vùng Leningrad|Leningrad Oblast", ""),
    ("RU", "RU-KGD", "oblast", "Kaliningrad", "Kaliningrad|Ca-li-nin-grát", ""),
    ("RU", "RU-KRS", "oblast", "Kursk", "Kursk|Cuốc-xcơ", ""),
    ("RU", "RU-BEL", "oblast", "Belgorod", "Belgorod|Ben-gô-rốt", ""),
    ("RU", "RU-BRY", "oblast", "Bryansk", "Bryansk|Bri-an-xcơ", ""),
    ("RU", "RU-ROS", "oblast", "Rostov", "Rostov|Rostov trên sông Đông|Rostov-on-Don", ""),
    ("RU", "RU-NVS", "oblast", "Novosibirsk", "Novosibirsk|Nô-vô-xi-biếc", ""),
    ("RU", "RU-SVE", "oblast", "Sverdlovsk", "Sverdlovsk|Yekaterinburg|Ekaterinburg|Ê-ca-tê-rin-bua", ""),
    ("RU", "RU-IRK", "oblast", "Irkutsk", "Irkutsk|Ia-cút-xcơ|Iếcút", ""),
    ("RU", "RU-SAK", "oblast", "Sakhalin", "Sakhalin|Xa-kha-lin", ""),
    ("RU", "RU-PRI", "krai", "Primorsky Krai", "Primorsky|Primorye|vùng Primorsky|vùng Primorye", ""),
    ("RU", "RU-KHA", "krai", "Khabarovsk", "Khabarovsk|Kha-ba-rốp-xcơ|Khabarốpxcơ", ""),
    ("RU", "RU-KAM", "krai", "Kamchatka", "Kamchatka|Camsatca|Cam-sát-ca", ""),
    ("RU", "RU-KDA", "krai", "Krasnodar", "Krasnodar|Cra-xnô-đa", ""),
    ("RU", "RU-CE", "republic", "Chechnya", "Chechnya|Chechen|Cộng hòa Chechnya|Trécxnia|Chesnya", ""),
    ("RU", "RU-TA", "republic", "Tatarstan", "Tatarstan|Cộng hòa Tatarstan|Ta-ta-xtan", ""),
    ("RU", "RU-DA", "republic", "Dagestan", "Dagestan|Cộng hòa Dagestan|Đa-ghe-xtan", ""),
    ("RU", "RU-SA", "republic", "Sakha", "Yakutia|Cộng hòa Sakha|Sakha|I-a-cu-ti-a", ""),
    # Crimea and Sevastopol: Ukraine's under ISO 3166-2 and international law; Russia has
    # held and administered them since 2014 and counts them as federal subjects.
    ("UA", "UA-43", "autonomous republic", "Crimea", "Crimea|bán đảo Crimea|Bán đảo Crimea|Krym|Crưm|Cộng hòa Crimea|Cộng hòa tự trị Crimea|Krưm", ""),
    ("UA", "UA-40", "city", "Sevastopol", "Sevastopol|Xê-va-xtô-pôn|Xevaxtôpôn", ""),
    # Ukraine's oblasts on the front line
    ("UA", "UA-14", "oblast", "Donetsk", "Donetsk|Đô-nét-xcơ|Đônétxcơ", ""),
    ("UA", "UA-09", "oblast", "Luhansk", "Luhansk|Lugansk|Lu-han-xcơ|Lu-gan-xcơ", ""),
    ("UA", "UA-23", "oblast", "Zaporizhzhia", "Zaporizhzhia|Zaporizhia|Zaporozhye|Da-pô-rô-giê", ""),
    ("UA", "UA-65", "oblast", "Kherson", "Kherson|Khécxôn|Khe-xôn", ""),
    ("UA", "UA-63", "oblast", "Kharkiv", "Kharkiv|Kharkov|Khác-cốp|Khắccốp", ""),
    ("UA", "UA-12", "oblast", "Dnipropetrovsk", "Dnipropetrovsk|Dnipro|Đni-prô", ""),
    ("UA", "UA-51", "oblast", "Odesa", "Odesa|Odessa|Ô-đét-xa|Ôđétxa", ""),
    ("UA", "UA-46", "oblast", "Lviv", "Lviv|Lvov|Lơ-vốp", ""),
    # --- Malaysia: 13 states, 3 federal territories
    ("MY", "MY-01", "state", "Johor", "Johor|Johore", ""),
    ("MY", "MY-02", "state", "Kedah", "Kedah", ""),
    ("MY", "MY-03", "state", "Kelantan", "Kelantan", ""),
    # "eo biển Malacca" is the strait
    ("MY", "MY-04", "state", "Melaka", "Melaka|bang Melaka|bang Malacca", "Malacca"),
    ("MY", "MY-05", "state", "Negeri Sembilan", "Negeri Sembilan", ""),
    ("MY", "MY-06", "state", "Pahang", "Pahang", ""),
    ("MY", "MY-07", "state", "Penang", "Penang|Pulau Pinang", ""),
    ("MY", "MY-08", "state", "Perak", "Perak", ""),
    ("MY", "MY-09", "state", "Perlis", "Perlis", ""),
    ("MY", "MY-10", "state", "Selangor", "Selangor", ""),
    ("MY", "MY-11", "state", "Terengganu", "Terengganu", ""),
    # Sabah is also a name of Kuwait's rulers
    ("MY", "MY-12", "state", "Sabah", "Sabah|bang Sabah", "Sabah"),
    ("MY", "MY-13", "state", "Sarawak", "Sarawak", ""),
    ("MY", "MY-14", "federal territory", "Kuala Lumpur", "Kuala Lumpur", ""),
    ("MY", "MY-15", "federal territory", "Labuan", "Labuan", ""),
    ("MY", "MY-16", "federal territory", "Putrajaya", "Putrajaya", ""),
    # --- Myanmar: 7 states, 7 regions, the union territory (one-syllable state names need "bang")
    ("MM", "MM-11", "state", "Kachin", "Kachin", ""),
    ("MM", "MM-12", "state", "Kayah", "Kayah|bang Kayah", "Kayah"),
    ("MM", "MM-13", "state", "Kayin", "Kayin|bang Kayin|bang Karen", "Kayin"),
    ("MM", "MM-14", "state", "Chin", "Chin|bang Chin", "Chin"),
    ("MM", "MM-15", "state", "Mon", "Mon|bang Mon", "Mon"),
    ("MM", "MM-16", "state", "Rakhine", "Rakhine|Arakan|bang Arakan", ""),
    ("MM", "MM-17", "state", "Shan", "Shan|bang Shan", "Shan"),
    ("MM", "MM-01", "region", "Sagaing", "Sagaing", ""),
    ("MM", "MM-02", "region", "Bago", "Bago|Pegu", ""),
    ("MM", "MM-03", "region", "Magway", "Magway|Magwe", ""),
    ("MM", "MM-04", "region", "Mandalay", "Mandalay", ""),
    ("MM", "MM-05", "region", "Tanintharyi", "Tanintharyi|Tenasserim", ""),
    ("MM", "MM-06", "region", "Yangon", "Yangon", ""),
    ("MM", "MM-07", "region", "Ayeyarwady", "Ayeyarwady", ""),
    ("MM", "MM-18", "union territory", "Naypyidaw", "Naypyidaw", ""),
    # --- Indonesia: the provinces the press names most
    ("ID", "ID-AC", "province", "Aceh", "Aceh|A-chê", ""),
    ("ID", "ID-PA", "province", "Papua", "Papua", ""),
    ("ID", "ID-BA", "province", "Bali", "Bali", ""),
    ("ID", "ID-JK", "capital", "Jakarta", "Jakarta", ""),
    ("ID", "ID-JB", "province", "West Java", "Tây Java|West Java", ""),
    ("ID", "ID-JT", "province", "Central Java", "Trung Java|Central Java", ""),
    ("ID", "ID-JI", "province", "East Java", "Đông Java|East Java", ""),
    ("ID", "ID-SU", "province", "North Sumatra", "Bắc Sumatra|North Sumatra", ""),
    ("ID", "ID-RI", "province", "Riau", "Riau", ""),
    ("ID", "ID-KI", "province", "East Kalimantan", "Đông Kalimantan|East Kalimantan", ""),
    # --- Canada: 10 provinces, 3 territories
    ("CA", "CA-AB", "province", "Alberta", "Alberta|An-béc-ta", ""),
    ("CA", "CA-BC", "province", "British Columbia", "British Columbia|Bri-tít Cô-lum-bi-a", ""),
    ("CA", "CA-MB", "province", "Manitoba", "Manitoba", ""),
    ("CA", "CA-NB", "province", "New Brunswick", "New Brunswick", ""),
    ("CA", "CA-NL", "province", "Newfoundland and Labrador", "Newfoundland và Labrador|Newfoundland and Labrador|Newfoundland", ""),
    ("CA", "CA-NS", "province", "Nova Scotia", "Nova Scotia", ""),
    ("CA", "CA-ON", "province", "Ontario", "Ontario|Ôn-ta-ri-ô|Ôntariô", ""),
    ("CA", "CA-PE", "province", "Prince Edward Island", "Prince Edward Island|Đảo Hoàng tử Edward", ""),
    ("CA", "CA-QC", "province", "Quebec", "Quebec|Québec|Quê-béc|Quêbếch", ""),
    ("CA", "CA-SK", "province", "Saskatchewan", "Saskatchewan", ""),
    ("CA", "CA-NT", "territory", "Northwest Territories", "Northwest Territories|Lãnh thổ Tây Bắc Canada", ""),
    ("CA", "CA-NU", "territory", "Nunavut", "Nunavut", ""),
    ("CA", "CA-YT", "territory", "Yukon", "Yukon", ""),
]


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


def read_additions(path):
    """The reviewed hand rows: (places, surnames), each in file order.

    A place row is (id, kind, iso2, English name, forms); a surname row is the surname.
    The source column documents the review and is not copied into the output.
    """
    places, surnames = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 7 or not cols[6].strip():
                raise SystemExit(f"{path}:{number}: expected 7 columns with a source, got {cols!r}")
            table, key, kind, i2, forms, en, _source = cols
            if table == "place":
                if not (key and kind and forms and en):
                    raise SystemExit(f"{path}:{number}: a place needs id, kind, forms and English name")
                places.append((key, kind, i2, en, forms))
            elif table == "surname":
                if kind or i2 or forms or en or " " in key or not key:
                    raise SystemExit(f"{path}:{number}: a surname row has one syllable and no place columns")
                surnames.append(nfc(key))
            else:
                raise SystemExit(f"{path}:{number}: unknown table {table!r}")
    return places, surnames


def main():
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--out", default=str(root / "data" / "gazetteer"))
    ap.add_argument("--additions", default=str(root / "data" / "gazetteer" / "hand_additions.tsv"))
    a = ap.parse_args()
    shared = Path(a.shared) / "data"
    out = Path(a.out)
    hand_places, hand_surnames = read_additions(a.additions)

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

    def add(kind, i2, en, forms, iso3=None, source="hand (press usage)", pid=None):
        forms = uniq(forms)
        i3 = iso3 if iso3 is not None else (iso[i2][0] if i2 else "")
        pid = pid or f"{i3.lower() or 'int'}.{slug(en)}"
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
    for pid, kind, i2, en, forms in hand_places:
        add(kind, i2, en, forms.split("|"), pid=pid)
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
        f.write("# Generated by scripts/build_gazetteer.py (do not edit by hand; edit the script or\n")
        f.write("#   hand_additions.tsv, then run: python3 scripts/build_gazetteer.py --shared ../shared).\n")
        f.write("# Sources: shared/data/exonyms_vi_curated (project), CLDR v47 exemplar cities\n")
        f.write("#   (Unicode-3.0), vietnamese-provinces-database (MIT, GSO data), hand forms in the script\n")
        f.write("#   and in hand_additions.tsv.\n")
        f.write("# Vietnam's units are those BEFORE the 2025 reform (63 provinces); the 34 units after\n")
        f.write("#   the merger of 1 July 2025 (NQ 202/2025/QH15), and which old province went into which,\n")
        f.write("#   are in provinces_2025.tsv; districts were abolished by the reform but stay as places.\n")
        f.write("# Columns: id, canonical name, kind (capital|city|town|district|province|municipality|\n")
        f.write("#   region|site), country (ISO3, empty for international), variants (|-separated), English name,\n")
        f.write("#   source of the record (hand (press usage), exonyms_vi_curated, CLDR v47, vn_admin_units (GSO) ...).\n")
        for r in places:
            f.write("\t".join(r) + "\n")

    # ---- first-level subdivisions of other countries ----
    # A unit already in places.tsv or countries.tsv (Beijing, Tokyo, Hong Kong) keeps its id:
    # its row adds the ISO 3166-2 code and forms to that record.
    place_names = {p[0]: p[1] for p in places}
    country_names = {r[0]: r[2] for r in rows}
    vn_forms = {}
    for p in places:
        if p[3] == "VNM":
            for form in [p[1]] + (p[4].split("|") if p[4] else []):
                vn_forms[form.lower()] = p[0]
    subdivisions = []
    seen_ids = set()
    for i2, code, kind, en, forms, cued in SUBDIVISIONS:
        i3 = iso[i2][0]
        forms = uniq(forms.split("|"))
        cued = uniq(cued.split("|")) if cued else []
        sid = f"{i3.lower()}.{slug(en)}"
        for form in forms:
            o = owner.get(form.lower())
            if o and (o[1] == i3 and o[0] in index or o[0] in country_names and form not in cued):
                sid = o[0]
                break
        name = place_names.get(sid) or country_names.get(sid) or forms[0]
        variants = [f for f in forms if f != name and f not in cued]
        assert sid not in seen_ids, sid
        seen_ids.add(sid)
        # a form another record owns would be taken from it: only with a cue
        for form in variants:
            o = owner.get(form.lower())
            if o and o[0] != sid:
                raise SystemExit(f"subdivision {sid}: form {form!r} belongs to {o[0]}; make it cued")
        for form in cued:
            o = owner.get(form.lower())
            if not o or o[0] == sid:
                print(f"note: cued form {form!r} of {sid} collides with nothing in the gazetteer")
        src = "ISO 3166-2 + press usage (hand)"
        if any(r["kind"] == "region" and r["iso2"] == i2 and r["name_en"] == en for r in exo):
            src = "ISO 3166-2 + press usage (hand); exonyms_vi_curated"
        subdivisions.append((sid, name, kind, i3, code, "|".join(variants), "|".join(cued), en, src))
    with open(out / "subdivisions.tsv", "w", encoding="utf-8") as f:
        f.write("# First-level subdivisions of other countries (states, provinces, prefectures, regions):\n")
        f.write("#   China's 34 provincial-level units, the 50 US states and DC, Australia's states and\n")
        f.write("#   territories, India's larger states, Japan's 47 prefectures, South Korea's 17 units,\n")
        f.write("#   Laos' 18, Cambodia's 25, Thailand's most-named provinces, Russia's most-named federal\n")
        f.write("#   subjects, Ukraine's front-line oblasts and Crimea, Canada's 13 provinces and territories,\n")
        f.write("#   Malaysia's 16 states and territories, Myanmar's 15, Indonesia's most-named provinces.\n")
        f.write("# Generated by scripts/build_gazetteer.py (do not edit by hand; edit the script).\n")
        f.write("# Sources: ISO 3166-2 codes and Vietnamese press usage, written by hand for this project\n")
        f.write("#   (project licence); the Sino-Vietnamese names of China's regions also in\n")
        f.write("#   shared/data/exonyms_vi_curated. Codes left empty where ISO changed them recently\n")
        f.write("#   (KR Gangwon, KR North Jeolla, IN Telangana).\n")
        f.write("# A row whose id is already a record of places.tsv or countries.tsv (Bắc Kinh, Tokyo,\n")
        f.write("#   Hồng Kông) adds its code and forms to that record, which keeps its kind and country:\n")
        f.write("#   Hong Kong, Macao and Taiwan stay territories with their own ISO 3166-1 codes.\n")
        f.write("# Crimea and Sevastopol are Ukraine's under ISO 3166-2 (UA-43, UA-40); Russia has held them\n")
        f.write("#   since 2014 and counts them among its federal subjects.\n")
        f.write("# Cued forms name the unit only when its country follows: \"Hà Nam, Trung Quốc\",\n")
        f.write("#   \"Hà Nam (Trung Quốc)\", \"Hà Nam của Trung Quốc\"; without it the name is left to the\n")
        f.write("#   Vietnamese place (Hà Nam, Sơn Tây, Hà Bắc), the country (Georgia), the capital (Victoria)\n")
        f.write("#   or the Vietnamese given name (Thanh Hải, An Huy, Phúc Kiến: \"Nguyễn An Huy\") or Japanese\n")
        f.write("#   surname (Yamaguchi) it also is. \"tỉnh Thanh Hải\", \"bang Georgia\" are plain forms.\n")
        f.write("# Columns: id, canonical name, type (state|province|prefecture|autonomous region|\n")
        f.write("#   municipality|territory|oblast|krai|republic|...), country (ISO3), ISO 3166-2 code,\n")
        f.write("#   variants (|-separated), cued forms (|-separated), English name, source.\n")
        for r in subdivisions:
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
        f.write("#   mis-encoded rows and syllables that are more often common words; plus the reviewed\n")
        f.write("#   hand additions of hand_additions.tsv (do not edit by hand; edit that file, then run:\n")
        f.write("#   python3 scripts/build_gazetteer.py --shared ../shared).\n")
        f.write("# Columns: surname, count in the source (0 = hand addition), source.\n")
        done = set()
        for r in fam:
            s = nfc(r["syllable"])
            if s in skip or any(c in bad for c in s) or s in done:
                continue
            done.add(s)
            f.write(f"{s}\t{r['count']}\tvietnamese_namedb\n")
        for s in hand_surnames:
            if s not in done:
                done.add(s)
                f.write(f"{s}\t0\thand\n")


if __name__ == "__main__":
    main()
