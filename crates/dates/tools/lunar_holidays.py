"""Writes data/dates/lunar_holidays.tsv: Gregorian dates of lunar holidays
and of the first and last lunar months (tháng Giêng, tháng Chạp).

The Vietnamese lunar calendar: a month starts on the day (UTC+7) of a new
moon; month 11 holds the winter solstice; a 13-month year repeats the first
month without a major solar term. New moons and the sun's longitude follow
the low-precision series of J. Meeus, "Astronomical Algorithms" (1998), as
Ho Ngoc Duc's public description of the Vietnamese calendar uses them.
Run: python3 crates/dates/tools/lunar_holidays.py > data/dates/lunar_holidays.tsv
"""
import math

TZ = 7.0
DR = math.pi / 180


def jd_from_date(d, m, y):
    a = (14 - m) // 12
    y2 = y + 4800 - a
    m2 = m + 12 * a - 3
    return d + (153 * m2 + 2) // 5 + 365 * y2 + y2 // 4 - y2 // 100 + y2 // 400 - 32045


def date_from_jd(jd):
    a = jd + 32044
    b = (4 * a + 3) // 146097
    c = a - b * 146097 // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = b * 100 + d - 4800 + m // 10
    return year, month, day


def new_moon(k):
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    s = math.sin
    c1 = (0.1734 - 0.000393 * t) * s(m * DR) + 0.0021 * s(2 * DR * m)
    c1 -= 0.4068 * s(mpr * DR) + 0.0161 * s(DR * 2 * mpr)
    c1 -= 0.0004 * s(DR * 3 * mpr)
    c1 += 0.0104 * s(DR * 2 * f) - 0.0051 * s(DR * (m + mpr))
    c1 -= 0.0074 * s(DR * (m - mpr)) + 0.0004 * s(DR * (2 * f + m))
    c1 -= 0.0004 * s(DR * (2 * f - m)) - 0.0006 * s(DR * (2 * f + mpr))
    c1 += 0.0010 * s(DR * (2 * f - mpr)) + 0.0005 * s(DR * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def new_moon_day(k):
    return math.floor(new_moon(k) + 0.5 + TZ / 24)


def sun_longitude_sector(day):
    """The sun's longitude at the start of `day`, in 30-degree sectors."""
    jdn = day - 0.5 - TZ / 24
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(DR * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(DR * 2 * m) + 0.000290 * math.sin(DR * 3 * m)
    lon = (l0 + dl) * DR
    lon -= 2 * math.pi * math.floor(lon / (2 * math.pi))
    return math.floor(lon / math.pi * 6)


def month11(y):
    """First day of the lunar month holding the winter solstice of year y."""
    off = jd_from_date(31, 12, y) - 2415021
    k = math.floor(off / 29.530588853)
    nm = new_moon_day(k)
    if sun_longitude_sector(nm) >= 9:
        nm = new_moon_day(k - 1)
    return nm


def leap_offset(a11):
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = sun_longitude_sector(new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = sun_longitude_sector(new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


def lunar_to_jd(day, month, year):
    """A day of a (non-leap) lunar month of lunar year `year`."""
    if month < 11:
        a11, b11 = month11(year - 1), month11(year)
    else:
        a11, b11 = month11(year), month11(year + 1)
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365 and off >= leap_offset(a11):
        off += 1
    return new_moon_day(k + off) + day - 1


def iso(jd):
    return "%04d-%02d-%02d" % date_from_jd(jd)


def month_span(first_day):
    """The first and last day of the lunar month starting on `first_day`."""
    k = math.floor((first_day - 2415021.076998695) / 29.530588853 + 0.5)
    while new_moon_day(k) < first_day:
        k += 1
    while new_moon_day(k) > first_day:
        k -= 1
    return first_day, new_moon_day(k + 1) - 1


print("# Gregorian dates of lunar-calendar holidays and months, per lunar year.")
print("# Columns: year<TAB>tet<TAB>doan_ngo<TAB>trung_thu<TAB>gieng_end<TAB>chap_start<TAB>chap_end")
print("#   tet         Tết Nguyên đán, day 1 of lunar month 1 (Rằm tháng Giêng is")
print("#               14 days later)")
print("#   doan_ngo    Tết Đoan ngọ, day 5 of lunar month 5")
print("#   trung_thu   Tết Trung thu, day 15 of lunar month 8")
print("#   gieng_end   the last day of lunar month 1 (tháng Giêng: tet to this)")
print("#   chap_start  day 1 of lunar month 12 (tháng Chạp) of this lunar year")
print("#   chap_end    its last day (the eve of the next Tết, unless a leap")
print("#               12th month follows)")
print("# Source: computed by crates/dates/tools/lunar_holidays.py (Vietnamese")
print("# lunar calendar, UTC+7, new moons and solar terms after J. Meeus,")
print("# Astronomical Algorithms, 1998); checked against published Tết dates")
print("# (2007-02-17, 2020-01-25, 2024-02-10, 2025-01-29, 2026-02-17).")
for y in range(1990, 2041):
    tet = lunar_to_jd(1, 1, y)
    chap = lunar_to_jd(1, 12, y)
    print(
        "%d\t%s\t%s\t%s\t%s\t%s\t%s"
        % (
            y,
            iso(tet),
            iso(lunar_to_jd(5, 5, y)),
            iso(lunar_to_jd(15, 8, y)),
            iso(month_span(tet)[1]),
            iso(chap),
            iso(month_span(chap)[1]),
        )
    )
