//! Which date an event takes: the nearest date of its clause, the lead's date, eras, history and restated acts.

use super::*;

/// The date nearest the trigger in its sentence (a range gives its start);
/// one in the trigger's own clause first: "Ngày 5/3, Bộ Ngoại giao cho
/// biết A đã điện đàm với B vào hôm qua" — the day of the report is not
/// the day of the call.
pub(crate) fn nearest_date(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> Option<String> {
    // The last day of an era ("… kỷ niệm 72 năm … (9/5/1945 - 9/5/2017)")
    // dates the act only when the sentence names no other day.
    nearest_date_but(dates, sentence, trigger, st, false)
        .or_else(|| nearest_date_but(dates, sentence, trigger, st, true))
}

pub(crate) fn nearest_date_but(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
    era_last_day: bool,
) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.sentence as usize == sentence && !vague(d) && !an_era(d))
        .filter(|d| !era_end(dates, d, era_last_day))
        // "ông gặp Thủ tướng Ấn Độ - cuộc gặp đầu tiên kể từ khi Nga mở
        // chiến dịch quân sự ngày 24.2.2022": a day after "since" began a
        // stretch of time; it is not the act's day.
        .filter(|d| {
            d.span.start < trigger.end || {
                let (from, to) = (
                    st.syllable_from(trigger.end),
                    st.syllable_from(d.span.start),
                );
                !(from..to).any(|k| st.phrase_at(k, to, &SINCE))
            }
        })
        // "Gặp Tổng thống Lula, Thủ tướng … đánh giá cao kết quả chuyến
        // thăm … hồi cuối tháng 3": a loose part of a month in another
        // clause tells when something else happened, not the act's day.
        .filter(|d| {
            !loose_period(d) || {
                let (from, to) = if d.span.end <= trigger.start {
                    (d.span.end, trigger.start)
                } else {
                    (trigger.end, d.span.start)
                };
                same_clause(st, from, to)
            }
        })
        .min_by_key(|d| {
            let (from, to, distance) = if d.span.end <= trigger.start {
                (d.span.end, trigger.start, trigger.start - d.span.end)
            } else {
                (
                    trigger.end,
                    d.span.start,
                    d.span.start.saturating_sub(trigger.end),
                )
            };
            // A range in the clause is more often the visit around the
            // act ("hội đàm với X thăm Việt Nam từ ngày 6 đến 9/12").
            let single = d.value.start == d.value.end;
            let own_day = single && same_clause(st, from, to);
            // Else a day ("Sáng 29/7, … hội đàm với … thăm Việt Nam từ ngày
            // 28 đến 30/7") before a range.
            (!own_day, !single, distance)
        })
        .map(|d| d.value.start.clone())
}

/// Is a date a stretch of more than a year ("kỷ niệm 50 năm thiết lập quan
/// hệ ngoại giao (21/9/1973 - 21/9/2023)")? Such a span is an era or an
/// anniversary's years, never the day of an act told beside it.
pub(crate) fn an_era(d: &DateMention) -> bool {
    const YEAR_DAYS: i64 = 366;
    day_number(&d.value.start)
        .zip(day_number(&d.value.end))
        .is_some_and(|(start, end)| end - start > YEAR_DAYS)
}

/// Is a date one end of an era told as a span ("4/7/1776" of "(4/7/1776 -
/// 4/7/2017)"), listed as a day of its own? With `first_only`, only its
/// first day: the last is often the anniversary the news is about.
pub(crate) fn era_end(dates: &[DateMention], d: &DateMention, first_only: bool) -> bool {
    dates.iter().any(|e| {
        e.sentence == d.sentence
            && an_era(e)
            && e.span.start <= d.span.start
            && d.span.end <= e.span.end
            && (!first_only || d.value.start == e.value.start)
    })
}

/// A single day told in the trigger's own clause ("Cuộc điện đàm diễn ra
/// ngày 25-10").
pub(crate) fn own_clause_day(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> Option<String> {
    dates
        .iter()
        .filter(|d| d.sentence as usize == sentence && d.value.start == d.value.end)
        .find(|d| {
            if d.span.end <= trigger.start {
                same_clause(st, d.span.end, trigger.start)
            } else {
                same_clause(st, trigger.end, d.span.start)
            }
        })
        .map(|d| d.value.start.clone())
}

/// The marks between syllable `k` and the one before it.
pub(crate) fn mark_before<'t>(text: &'t str, st: &SyllableText, k: usize) -> &'t str {
    text.get(st.syllables[k - 1].span.end..st.syllables[k].span.start)
        .unwrap_or("")
}

/// Is the mark before syllable `k` a bracket only ("(FII)")?
pub(crate) fn bracket_mark(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    gap.contains(['(', ')'])
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '(' | ')'))
}

/// Is the mark before syllable `k` a hyphen joining one word, with no
/// space ("Oyun-Erdene"), no clause mark?
pub(crate) fn joined_word(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
}

/// Is the mark before syllable `k` a comma only?
pub(crate) fn comma_mark(text: &str, st: &SyllableText, k: usize) -> bool {
    let gap = mark_before(text, st, k);
    gap.trim() == ","
}

/// Is there no punctuation between two article offsets of the sentence?
pub(crate) fn same_clause(st: &SyllableText, from: usize, to: usize) -> bool {
    let (i, j) = (st.syllable_from(from), st.syllable_from(to));
    !(i.max(1)..=j.min(st.syllables.len())).any(|k| st.punct_before(k))
}

/// The first single day the article names at or before `sentence`: news
/// opens with the day of what it reports ("Ngày 27/10, Thủ tướng …").
/// Not a day of an earlier year than one named before it: "… thăm Việt Nam
/// từ ngày 6 - 8/6/2017. Việt Nam và Cộng hòa Séc thiết lập quan hệ ngoại
/// giao ngày 2/2/1950." tells history, not the day of the news.
pub(crate) fn lead_date(dates: &[DateMention], sentence: usize) -> Option<String> {
    let year = |v: &str| v.get(..4).map(str::to_string);
    let mut latest: Option<String> = None;
    for d in dates.iter().take_while(|d| d.sentence as usize <= sentence) {
        if an_era(d) || era_end(dates, d, true) {
            continue;
        }
        let y = year(&d.value.start);
        let back = matches!((&y, &latest), (Some(y), Some(l)) if y < l);
        if d.value.start == d.value.end && !back {
            return Some(d.value.start.clone());
        }
        if y > latest && !vague(d) && !whole_month(d) {
            latest = y;
        }
    }
    None
}

/// The last date told in the three sentences before: "Chiều 12/6, A hội đàm
/// với B. Sau hội đàm, hai bên đã ký ..." — the signing is dated too.
pub(crate) fn recent_date(dates: &[DateMention], sentence: usize) -> Option<String> {
    let before = || {
        dates.iter().filter(|d| {
            (d.sentence as usize) < sentence
                && sentence - (d.sentence as usize) <= 3
                && !vague(d)
                && !whole_month(d)
        })
    };
    // A day that opens its sentence ("Chiều 3/8, tại họp báo …") frames
    // what follows; days inside a sentence are more often what was talked
    // about ("tập trận từ ngày 29/7 đến ngày 2/8"). Else the last in the
    // text, whatever order the dates were listed in.
    let framing = |d: &&DateMention| {
        d.value.start == d.value.end && d.text.chars().next().is_some_and(char::is_uppercase)
    };
    // A frame holds until a later sentence names a later single day
    // ("Ngày 28/7, … . Cũng trong ngày 26/10, … . Mỹ cũng ký …"): news
    // moves on; an earlier day named after it is history told ("… cuộc gặp
    // ngày 12/1").
    if let Some(frame) = before()
        .filter(framing)
        .max_by_key(|d| (d.sentence, d.span.start))
    {
        let moved_on = before()
            .filter(|d| {
                d.sentence > frame.sentence
                    && d.value.start == d.value.end
                    && d.value.start > frame.value.start
                    && !names_its_year(d)
            })
            .max_by_key(|d| (d.sentence, d.span.start));
        return Some(moved_on.unwrap_or(frame).value.start.clone());
    }
    // Else the last sentence with a date, and in it the latest day: "ngày
    // 22/7, … ký …, vốn bị đình trệ kể từ khi Nga phát động chiến dịch quân
    // sự ngày 24/2" tells today's day first and history after it.
    let last = before().map(|d| d.sentence).max()?;
    let latest = before()
        .filter(|d| d.sentence == last)
        .max_by(|a, b| a.value.start.cmp(&b.value.start))?;
    // A day later than the news' own day told inside a sentence ("hiệp
    // định sẽ được áp dụng tạm thời từ 23h ngày 31-12-2020, tức 6h sáng
    // 1-1-2021", "có hiệu lực từ ngày …") is a plan or a date in passing:
    // it dates nothing after it ("Phát biểu sau lễ ký, bà Liz Truss …" is
    // the signing's day). Not a later day of the news told with its part
    // and without its year ("Bên lề hội nghị, sáng 2.11, Thủ tướng … đã có
    // cuộc gặp …"): the time of an act.
    let act_time = part_of_day(latest) && !names_its_year(latest);
    let lead = lead_date(dates, sentence);
    if !act_time && lead.as_ref().is_some_and(|lead| latest.value.start > *lead) {
        return None;
    }
    // The stretch of a visit told in passing ("… chuyến thăm cấp Nhà nước
    // của Tổng thống … từ ngày 22-24/6. Thủ tướng đề nghị …") holds the
    // news' own day: what follows happened on that day, not on the visit's
    // first.
    if let Some(lead) = lead.as_ref().filter(|lead| {
        latest.value.start != latest.value.end
            && latest.value.start <= **lead
            && **lead <= latest.value.end
    }) {
        return Some(lead.clone());
    }
    // A bare day told inside a sentence a month and more before the news'
    // own day ("Hãng mới … , chuyến bay đầu tiên cất cánh ngày 16/1. …
    // Trước lễ ký, ông Trump đánh giá …" on 27/2) is history in passing:
    // it dates nothing after it. (Not a day of the days before the news:
    // "… điều trần ngày 8/6. Ông Comey nói …" told on 10/6; nor the time
    // of an act: "… đến Hà Nội chiều 26/2".)
    let history = |lead: &String| {
        day_number(lead)
            .zip(day_number(&latest.value.start))
            .is_some_and(|(news, day)| news - day > HISTORY_MARGIN)
    };
    if latest.value.start == latest.value.end
        && !part_of_day(latest)
        && lead.as_ref().is_some_and(history)
    {
        return None;
    }
    Some(latest.value.start.clone())
}

/// Is a date written with its year ("ngày 31-12-2020")? The day of the
/// news is told without it ("sáng 2.11"); a later day with its year in
/// passing is a plan or a deadline ("áp dụng từ 6h sáng 1-1-2021").
pub(crate) fn names_its_year(d: &DateMention) -> bool {
    d.text
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4)
}

/// A stretch of a week and more ("cuối tháng 3": 21 to 31 March, "hồi
/// tháng 4"): more than a visit's or a meeting's days.
pub(crate) fn loose_period(d: &DateMention) -> bool {
    const LOOSE: i64 = 7;
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a >= LOOSE,
        _ => false,
    }
}

/// "Sáng 15/1, A hội đàm với B. … (30/1/1950 - 30/1/2025) … Chiều cùng
/// ngày, A hội kiến C": "cùng ngày" (no number of its own) is the last
/// part of a day named with its number in the two sentences before ("Ông
/// Kim đến Việt Nam sáng 26-2 … Tối cùng ngày, …"; not a day inside a range,
/// an anniversary, nor a bare day told in passing: "tính đến 20/9", "vụ …
/// ngày 23/10/2019"); with none so near, the day the news is
/// told in: the last such day named at the head of an earlier sentence (at
/// most three words before it: "Sáng 11/8", "Trong ngày 13/7"). With
/// neither, the date stays as read. `None` when no date changes.
pub(crate) fn same_day_settled(
    text: &str,
    sentences: &[Sentence],
    dates: &[DateMention],
) -> Option<Vec<DateMention>> {
    const NEAR: u32 = 2;
    let same_day = |d: &DateMention| {
        let t = d.text.to_lowercase();
        t.contains(SAME_DAY) && !t.chars().any(|c| c.is_ascii_digit())
    };
    if !dates.iter().any(same_day) {
        return None;
    }
    let in_range = |d: &DateMention| {
        dates
            .iter()
            .any(|r| r.value.start != r.value.end && r.span.contains(d.span))
    };
    let numbered_day = |d: &DateMention| {
        d.value.start == d.value.end && d.text.chars().any(|c| c.is_ascii_digit()) && !in_range(d)
    };
    let heads = |d: &DateMention| {
        sentences.get(d.sentence as usize).is_some_and(|s| {
            text.get(s.span.start..d.span.start)
                .is_some_and(|before| before.split_whitespace().count() <= 3)
        })
    };
    let mut out = dates.to_vec();
    let mut changed = false;
    for d in out.iter_mut() {
        if !same_day(d) {
            continue;
        }
        let here = d.sentence;
        let before = || {
            dates
                .iter()
                .filter(move |b| b.sentence < here && numbered_day(b))
        };
        let near = before()
            .filter(|b| here - b.sentence <= NEAR && part_of_day(b))
            .max_by_key(|b| (b.sentence, b.span.start));
        let frame = near.or_else(|| {
            before()
                .filter(|b| heads(b))
                .max_by_key(|b| (b.sentence, b.span.start))
        });
        if let Some(f) = frame.filter(|f| f.value != d.value) {
            d.value = f.value.clone();
            changed = true;
        }
    }
    changed.then_some(out)
}

/// A day named with its part ("sáng 26-2", "Chiều 1/7"): the time of an
/// act told, not a cut-off or a date in passing.
pub(crate) fn part_of_day(d: &DateMention) -> bool {
    let t = d.text.to_lowercase();
    DAY_PARTS
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
}

/// A stretch longer than a month ("cuối năm 2025", "năm 2022"): when
/// something else happened or was planned, never the day of an act.
pub(crate) fn vague(d: &DateMention) -> bool {
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a > 31,
        _ => false,
    }
}

/// A month or so ("hồi tháng 7": 1 to 31 July): when something else was
/// told, never the day of an act told in a later sentence.
pub(crate) fn whole_month(d: &DateMention) -> bool {
    const MONTH_LIKE: i64 = 27;
    match (day_number(&d.value.start), day_number(&d.value.end)) {
        (Some(a), Some(b)) => b - a >= MONTH_LIKE,
        _ => false,
    }
}

/// The news is as late as the latest single day the article names (as a
/// day number), the "today" that history is measured back from.
pub(crate) fn latest_day(dates: &[DateMention]) -> Option<i64> {
    dates
        .iter()
        .filter(|d| d.value.start == d.value.end)
        .filter_map(|d| day_number(&d.value.start))
        .max()
}

/// Is the date told right after a word restating the date before it
/// (`RESTATING`: "…, tức rạng sáng 26/9 theo giờ Việt Nam")?
pub(crate) fn restated(text: &str, d: &DateMention) -> bool {
    // Only the words right before the date matter: lower-case a short tail,
    // not the whole text before it (this runs for every date).
    let before = text.get(..d.span.start).unwrap_or("").trim_end();
    let mut from = before.len().saturating_sub(RESTATED_WINDOW);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = lower(&before[from..]);
    RESTATING.iter().any(|w| {
        before.ends_with(w)
            && before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Bytes before a date searched for a restating word ("tức"): longer than
/// any row of `restating.txt` and the character before it.
pub(crate) const RESTATED_WINDOW: usize = 64;

/// How long before the news' day a visit or meeting dated by a month or a
/// past year ended, to be history retold.
pub(crate) const HISTORY_MARGIN: i64 = 30;

/// "kết quả chuyến thăm Trung Quốc của Tổng Bí thư hồi tháng 8",
/// "chuyến thăm … tới Hà Nội tháng 9/2023 là dấu mốc lịch sử", "Lần gần
/// nhất ông Trump đến Việt Nam là tháng 2/2019", "tuyên bố kết thúc đàm
/// phán ngày 2/12/2015": a visit or meeting (not one planned) dated by a
/// month, a loose period or a day written with its year, of its own
/// sentence, that ended well before the news' day (its first day told),
/// is history retold, not news.
pub(crate) fn met_in_the_past(e: &Event, dates: &[DateMention]) -> bool {
    let (Some(day), true) = (
        e.date.as_deref(),
        e.code.starts_with("04") && e.code != "036",
    ) else {
        return false;
    };
    let Some(news) = lead_date(dates, usize::MAX).and_then(|d| day_number(&d)) else {
        return false;
    };
    dates.iter().any(|d| {
        d.sentence == e.sentence
            && d.value.start == day
            && (whole_month(d) || loose_period(d) || names_its_year(d))
            && day_number(&d.value.end).is_some_and(|end| end + HISTORY_MARGIN < news)
    })
}

/// Days since 1970-01-01 of a "YYYY-MM-DD" date (civil calendar).
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Is a signing told with a stretch of time before the article's day
/// right after it ("chứng kiến lễ ký kết … vào cuối năm 2025", "(ký năm
/// 2022)")? A signing of long ago, retold: no signing of the news.
pub(crate) fn signed_long_before(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> bool {
    let Some(today) = lead_date(dates, sentence).and_then(|d| day_number(&d)) else {
        return false;
    };
    let after = st.syllable_from(trigger.end);
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.start >= trigger.end
            && st.syllable_from(d.span.start) <= after + PAST_SIGNING_REACH
            && vague(d)
            && day_number(&d.value.end).is_some_and(|end| end < today)
    })
}

/// Does the signing's own sentence name a year long before the news ("ngày
/// 18/7/1977, hai nước đã ký Hiệp ước …", "vào ngày 5/9/1962, sau khi Hiệp
/// định Geneva về Lào được kí kết")? History retold, not a signing now.
pub(crate) fn signed_in_a_past_year(dates: &[DateMention], sentence: usize) -> bool {
    const LONG_BEFORE: i64 = 2 * 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    let names_year = |text: &str| {
        text.split(|c: char| !c.is_ascii_digit())
            .any(|w| w.len() == 4)
    };
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && names_year(&d.text)
            && day_number(&d.value.end).is_some_and(|end| end + LONG_BEFORE < today)
    })
}

/// Relations dated a year or more before the article's day ("thiết lập
/// quan hệ ngoại giao ngày 29/6/1992", "… năm 1992") are history retold,
/// not relations set up in the news.
pub(crate) fn established_long_before(
    dates: &[DateMention],
    sentence: usize,
    trigger: Span,
    st: &SyllableText,
) -> bool {
    const DAYS_A_YEAR: i64 = 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    let after = st.syllable_from(trigger.end);
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.start >= trigger.end
            && st.syllable_from(d.span.start) <= after + PAST_SIGNING_REACH
            && day_number(&d.value.end).is_some_and(|end| end + DAYS_A_YEAR < today)
    })
}

/// Is relations' establishment told as history by its sentence: a year
/// before the news named anywhere in it, as a date or bare ("Việt Nam và
/// Trung Quốc thiết lập quan hệ ngoại giao ngày 18/1/1950.", "… thiết lập
/// quan hệ ngoại giao năm 1993.", "kể từ năm 1993, khi hai nước thiết lập
/// …"), or the years since counted before it ("hôm nay tròn 50 năm hai
/// nước thiết lập quan hệ ngoại giao")? The news is as late as the latest
/// day any date of the article reaches (a visit's range too).
pub(crate) fn established_in_history(
    dates: &[DateMention],
    sentence: usize,
    st: &SyllableText,
    first: usize,
) -> bool {
    let Some(news) = dates
        .iter()
        .filter(|d| !vague(d))
        .filter_map(|d| day_number(&d.value.end))
        .max()
    else {
        return false;
    };
    let news_year = dates
        .iter()
        .filter_map(|d| d.value.end.get(..4)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let dated_before = dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.text
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4)
            && day_number(&d.value.end).is_some_and(|end| end + 365 < news)
    });
    let word = |k: usize| st.key_of(k, k + 1).trim_end_matches("| ").trim_end();
    let bare_year = (1..st.syllables.len()).any(|k| {
        word(k - 1) == YEAR
            && word(k)
                .parse::<u32>()
                .is_ok_and(|y| (1900..news_year).contains(&y))
    });
    let counted = (0..first.saturating_sub(1)).any(|k| {
        word(k + 1) == YEAR && !word(k).is_empty() && word(k).chars().all(|c| c.is_ascii_digit())
    });
    dated_before || bare_year || counted
}

/// Does the sentence name, before the phrase at `trigger`, a day a year or
/// more before the article's latest day ("Năm 2023, hai nước nâng cấp quan
/// hệ …" in a report of 2025)?
pub(crate) fn dated_long_before(dates: &[DateMention], sentence: usize, trigger: Span) -> bool {
    const DAYS_A_YEAR: i64 = 365;
    let Some(today) = latest_day(dates) else {
        return false;
    };
    dates.iter().any(|d| {
        d.sentence as usize == sentence
            && d.span.end <= trigger.start
            && day_number(&d.value.end).is_some_and(|end| end + DAYS_A_YEAR < today)
    })
}

/// How far after "nâng cấp quan hệ" the "lên" of the framework reached may
/// stand ("nâng cấp quan hệ hai nước lên", "… quan hệ Việt Nam - Brazil lên").
pub(crate) const RAISED_TO_REACH: usize = 8;

/// Does "lên" follow syllable `end` within `RAISED_TO_REACH` (past the dash
/// of a pair's name)?
pub(crate) fn raised_to(st: &SyllableText, end: usize) -> bool {
    (end..st.syllables.len().min(end + RAISED_TO_REACH)).any(|k| st.key_of(k, k + 1) == UP_TO_KEY)
}

/// Does the sentence name a year before the article's latest day's year
/// ("năm 2014") before syllable `first` ("Năm 2016, Thủ tướng Ấn Độ
/// Narendra Modi thăm Việt Nam và hai nước nâng cấp quan hệ …")? A bare
/// year is no date mention of its own.
pub(crate) fn past_year_before(st: &SyllableText, first: usize, dates: &[DateMention]) -> bool {
    let Some(today) = dates
        .iter()
        .filter_map(|d| d.value.end.get(..4)?.parse::<u32>().ok())
        .max()
    else {
        return false;
    };
    (1..first).any(|k| {
        st.key_of(k - 1, k) == YEAR_KEY
            && st
                .key_of(k, k + 1)
                .trim_end_matches([' ', '|'])
                .parse::<u32>()
                .is_ok_and(|y| (1900..today).contains(&y))
    })
}

/// The lower-case key text between two article offsets, with spaces around.
pub(crate) fn text_between(st: &SyllableText, from: usize, to: usize) -> String {
    let i = st.syllable_from(from);
    let j = st.syllable_from(to);
    if i >= j {
        return " ".into();
    }
    format!(" {}", st.key_of(i, j))
}

/// How far after a happening's noun "giữa" and its date may stand.
pub(crate) const NOUN_REACH: usize = 8;

/// "cuộc điện đàm (rất thành công) ngày 14-8 giữa A với B": the noun of a
/// past happening with its own day and both sides after "giữa". Without
/// the day or "giữa" the noun is no happening of its own.
pub(crate) fn dated_noun_between(
    st: &SyllableText,
    first: usize,
    end: usize,
    actors: &[SentenceActor],
    dates: &[DateMention],
    sentence: usize,
) -> Option<(Side, Side, String)> {
    if first == 0 || st.key_of(first - 1, first) != EVENT_NOUN_KEY {
        return None;
    }
    let last = (end + NOUN_REACH).min(st.syllables.len());
    // (A date such as "14-8" holds punctuation: only the reach bounds it.)
    let between = (end..last).find(|&k| st.key_of(k, k + 1) == BETWEEN_KEY)?;
    let (from, to) = (st.span(first, end).end, st.syllables[between].span.start);
    let after = st.syllables[between].span.end;
    let mut right = actors.iter().filter(|a| a.span.start >= after && !a.igo);
    let a = right.next()?;
    let b = right.find(|b| b.country != a.country)?;
    // The day stands before "giữa", or right after the pair ("cuộc điện
    // đàm giữa A và B vào tối 24-11").
    let b_end = st.syllable_from(b.span.end);
    let day = dates
        .iter()
        .find(|d| d.sentence as usize == sentence && d.span.start >= from && d.span.end <= to)
        .or_else(|| {
            dates.iter().find(|d| {
                let at = st.syllable_from(d.span.start);
                d.sentence as usize == sentence
                    && d.span.start >= b.span.end
                    && at - b_end <= NOUN_REACH
                    && !(b_end + 1..=at).any(|k| st.punct_before(k))
            })
        })?;
    let joined = text_between(st, a.span.end, b.span.start);
    (joined.contains(WITH_SP) || joined.contains(AND_SP))
        .then(|| (side(a), side(b), day.value.start.clone()))
}
