//! Session ev20 (world news, heldout26): one signing told twice is one
//! event; a witness, a possessor or the place of a ceremony is no party;
//! "A và B ký với C" pairs each of A and B with C; a negation reaches a
//! signing across "trực tiếp"; "sẽ tới thăm" is a plan; a military campaign
//! opened in a country is force against it; an act told after a later day
//! than the last sentence-opening one takes that later day.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{RUS, USA};
use common::{coded, ev, Row};
use thoisu_core::{EntityKind, Event};

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const UKR: Row = (LOC, "Ukraine", "UKR", &["Ukraine"]);
const TUR: Row = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]);
const THA: Row = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const MYS: Row = (LOC, "Malaysia", "MYS", &["Malaysia"]);
const KUL: Row = (LOC, "Kuala Lumpur", "MYS", &["Kuala Lumpur"]);
const SGP: Row = (LOC, "Singapore", "SGP", &["Singapore"]);
const SENTOSA: Row = (LOC, "Sentosa", "SGP", &["Sentosa"]);
const PRK: Row = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]);
const KOR: Row = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);
const PYONGYANG: Row = (LOC, "Bình Nhưỡng", "PRK", &["Bình Nhưỡng"]);
const TRUMP: Row = (PER, "Donald Trump", "USA", &["Donald Trump", "Trump"]);
const ANWAR: Row = (PER, "Anwar Ibrahim", "MYS", &["Anwar Ibrahim"]);
const ANUTIN: Row = (PER, "Anutin Charnvirakul", "THA", &["Anutin Charnvirakul"]);
const HUN_MANET: Row = (PER, "Hun Manet", "KHM", &["Hun Manet"]);
const MOON: Row = (PER, "Moon Jae In", "KOR", &["Moon Jae-in", "Moon"]);
const KIM: Row = (PER, "Kim Jong Un", "PRK", &["Kim Jong-un"]);
const BIDEN: Row = (PER, "Joe Biden", "USA", &["Joe Biden"]);

/// The events a text's coder keeps, its dates given as (form, value).
fn dated(text: &str, spec: &test_support::Spec, days: &[(&str, &str)]) -> Vec<Event> {
    let (text, sents, ents) = test_support::input(text, spec);
    let dates: Vec<_> = days
        .iter()
        .map(|(form, value)| common::date(&text, &sents, form, value))
        .collect();
    thoisu_events::Coder::embedded()
        .code(&text, &sents, &ents, &dates)
        .events
}

fn signings(events: &[Event]) -> Vec<(String, String, Option<String>)> {
    let country = |a: &Option<thoisu_core::Actor>| {
        a.as_ref()
            .and_then(|a| a.country.clone())
            .unwrap_or_default()
    };
    events
        .iter()
        .filter(|e| e.code == "057")
        .map(|e| {
            let mut pair = [country(&e.source), country(&e.target)];
            pair.sort();
            let [a, b] = pair;
            (a, b, e.date.clone())
        })
        .collect()
}

#[test]
fn a_signing_told_undated_in_the_lead_and_dated_later_is_one() {
    let text = "Nhà lãnh đạo Triều Tiên Kim Jong-un và Tổng thống Hàn Quốc Moon Jae-in đã ký tuyên bố chung. Chiều 27/4, Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký tuyên bố tại Bàn Môn Điếm.";
    let got = signings(&dated(
        text,
        &[PRK, KOR, MOON, KIM],
        &[("Chiều 27/4", "2018-04-27")],
    ));
    assert_eq!(
        got,
        vec![("KOR".into(), "PRK".into(), Some("2018-04-27".into()))],
        "{got:?}"
    );
}

#[test]
fn signings_on_two_named_days_stay_two() {
    let text = "Ngày 3/7, Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký tuyên bố chung. Ngày 5/7, Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký hiệp định thương mại.";
    let got = signings(&dated(
        text,
        &[PRK, KOR, MOON, KIM],
        &[("Ngày 3/7", "2018-07-03"), ("Ngày 5/7", "2018-07-05")],
    ));
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_witness_is_no_party_to_a_signing() {
    let got = coded(
        "Dưới sự chứng kiến của Tổng thống Mỹ Donald Trump và Thủ tướng Malaysia Anwar Ibrahim, Thái Lan và Campuchia đã ký tuyên bố chung về hòa bình.",
        &[USA, MYS, THA, KHM, TRUMP, ANWAR],
    );
    assert!(got.contains(&ev("057", "THA", "KHM")), "{got:?}");
    assert!(
        !got.iter()
            .any(|(c, s, t)| c == "057" && [s, t].iter().any(|x| *x == "USA" || *x == "MYS")),
        "{got:?}"
    );
}

#[test]
fn the_possessor_of_the_meeting_place_is_no_party() {
    let got = coded(
        "Bên lề Hội nghị Cấp cao ASEAN tại thủ đô Kuala Lumpur của Malaysia, Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Campuchia Hun Manet đã ký Tuyên bố chung.",
        &[MYS, KUL, THA, KHM, ANUTIN, HUN_MANET],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "057" && s == "THA" && t == "KHM"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(c, s, t)| c == "057" && (s == "MYS" || t == "MYS")),
        "{got:?}"
    );
}

#[test]
fn the_island_of_a_ceremony_is_no_party() {
    let got = coded(
        "Lễ ký diễn ra tại khách sạn Capella trên đảo Sentosa, Singapore, chiều 12/6, khép lại hội nghị thượng đỉnh đầu tiên giữa Tổng thống Mỹ Donald Trump và lãnh đạo Triều Tiên.",
        &[SENTOSA, SGP, USA, PRK, TRUMP],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "SGP" || t == "SGP"),
        "{got:?}"
    );
}

#[test]
fn each_of_two_signers_signs_with_the_partner_after_with() {
    let got = coded(
        "Nga và Ukraine đã lần lượt ký với Thổ Nhĩ Kỳ các văn kiện nhằm khơi thông hoạt động xuất khẩu ngũ cốc.",
        &[RUS, UKR, TUR],
    );
    let pairs: Vec<_> = got
        .iter()
        .filter(|(c, _, _)| c == "057")
        .map(|(_, s, t)| {
            let mut p = [s.clone(), t.clone()];
            p.sort();
            p
        })
        .collect();
    assert!(pairs.contains(&["RUS".into(), "TUR".into()]), "{got:?}");
    assert!(pairs.contains(&["TUR".into(), "UKR".into()]), "{got:?}");
    assert!(!pairs.contains(&["RUS".into(), "UKR".into()]), "{got:?}");
}

#[test]
fn two_signers_without_a_partner_after_with_sign_together() {
    let got = coded(
        "Nga và Ukraine đã ký kết với nhau thỏa thuận trao đổi tù binh.",
        &[RUS, UKR],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "057"
                && ((s == "RUS" && t == "UKR") || (s == "UKR" && t == "RUS"))),
        "{got:?}"
    );
}

#[test]
fn a_negation_reaches_a_signing_across_directly() {
    let got = coded(
        "Hai phái đoàn Nga và Ukraine không ngồi cùng bàn và không trực tiếp ký kết với nhau.",
        &[RUS, UKR],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
    let got = coded(
        "Hai phái đoàn Nga và Ukraine đã trực tiếp ký kết với nhau.",
        &[RUS, UKR],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn will_come_to_visit_is_a_plan() {
    let got = coded(
        "Theo văn kiện, Tổng thống Moon sẽ tới thăm Bình Nhưỡng vào mùa thu năm nay.",
        &[PYONGYANG, MOON],
    );
    assert!(got.contains(&ev("036", "KOR", "PRK")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    let got = coded(
        "Tổng thống Moon đã tới thăm Bình Nhưỡng.",
        &[PYONGYANG, MOON],
    );
    assert!(got.contains(&ev("042", "KOR", "PRK")), "{got:?}");
}

#[test]
fn a_military_campaign_opened_in_a_country_is_force_against_it() {
    let got = coded(
        "Chỉ vài giờ sau khi Nga mở chiến dịch quân sự tại Ukraine, Tổng thống Mỹ Joe Biden công bố loạt trừng phạt mới.",
        &[RUS, UKR, USA, BIDEN],
    );
    assert!(got.contains(&ev("190", "RUS", "UKR")), "{got:?}");
    assert!(
        !got.iter().any(|(c, _, t)| c == "190" && t == "USA"),
        "{got:?}"
    );
    // The campaign named as a noun is no act.
    let got = coded(
        "Chiến dịch quân sự của Nga tại Ukraine đã bước sang năm thứ ba.",
        &[RUS, UKR],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "190"), "{got:?}");
}

#[test]
fn a_later_day_named_after_the_opening_one_dates_what_follows() {
    let text = "Ngày 28/7, tại cuộc gặp ở Putrajaya, hai bên đã nhất trí ngừng bắn. Cũng trong ngày 26/10, ông Trump và ông Anwar đã ký hiệp định thương mại. Mỹ cũng ký một hiệp định thương mại với Campuchia.";
    let got = signings(&dated(
        text,
        &[USA, KHM, TRUMP, ANWAR, MYS],
        &[("Ngày 28/7", "2025-07-28"), ("ngày 26/10", "2025-10-26")],
    ));
    assert!(
        got.contains(&("KHM".into(), "USA".into(), Some("2025-10-26".into()))),
        "{got:?}"
    );
    // An earlier day named after it is history told: the opening day holds.
    let text = "Ngày 5/3, Tổng thống Hàn Quốc Moon Jae-in hội đàm với nhà lãnh đạo Triều Tiên Kim Jong-un. Hai bên nhắc lại cuộc gặp ngày 12/1 tại Bàn Môn Điếm. Sau hội đàm, hai bên đã ký tuyên bố chung.";
    let got = signings(&dated(
        text,
        &[KOR, PRK, MOON, KIM],
        &[("Ngày 5/3", "2018-03-05"), ("ngày 12/1", "2018-01-12")],
    ));
    assert!(
        got.iter()
            .all(|(_, _, d)| d.as_deref() == Some("2018-03-05")),
        "{got:?}"
    );
}

const TRAN_THANH_MAN: Row = (
    PER,
    "Trần Thanh Mẫn",
    "VNM",
    &["Trần Thanh Mẫn", "Chủ tịch Quốc hội"],
);
const UPPER_HOUSE: Row = (
    EntityKind::Organisation,
    "Thượng viện",
    "JPN",
    &["Thượng viện"],
);
const LOWER_HOUSE: Row = (EntityKind::Organisation, "Hạ viện", "JPN", &["Hạ viện"]);

#[test]
fn who_owns_an_invitation_is_no_partner_of_the_guest() {
    let got = coded(
        "Đại sứ chuyển lời mời của Chủ tịch Thượng viện Otsuji Hidehisa và Chủ tịch Hạ viện Nukaga Fukushiro mời Chủ tịch Quốc hội thăm chính thức Nhật Bản.",
        &[
            common::countries::JPN,
            TRAN_THANH_MAN,
            UPPER_HOUSE,
            LOWER_HOUSE,
        ],
    );
    assert!(got.contains(&ev("036", "VNM", "JPN")), "{got:?}");
    assert!(
        !got.iter().any(|(_, s, t)| s == "JPN" && t == "VNM"),
        "{got:?}"
    );
}

const YEM: Row = (LOC, "Yemen", "YEM", &["Yemen"]);
const BEL: Row = (LOC, "Bỉ", "BEL", &["Bỉ"]);
const PARIS: Row = (LOC, "Paris", "FRA", &["Paris"]);

#[test]
fn strikes_carried_out_in_a_country_are_against_it() {
    let got = coded(
        "Mỹ đã tiến hành 38 cuộc không kích ở Yemen sử dụng máy bay không người lái trong năm 2016.",
        &[USA, YEM],
    );
    assert!(got.contains(&ev("195", "USA", "YEM")), "{got:?}");
}

#[test]
fn an_attack_named_as_a_noun_in_a_place_is_no_act_against_it() {
    let got = coded(
        "Giới chức Bỉ tuyên bố cuộc điều tra này hoàn toàn độc lập với cuộc điều tra về loạt vụ tấn công khủng bố ở Paris.",
        &[BEL, PARIS],
    );
    assert!(
        !got.iter()
            .any(|(c, _, t)| c.starts_with("18") && t == "FRA"),
        "{got:?}"
    );
}

const GBR: Row = (LOC, "Anh", "GBR", &["Anh"]);
const FRA: Row = (LOC, "Pháp", "FRA", &["Pháp"]);

#[test]
fn those_who_strike_together_do_not_strike_each_other() {
    let got = coded(
        "Rạng sáng nay, quân đội Mỹ và Anh đã tiến hành các cuộc không kích nhằm vào hơn 60 mục tiêu của lực lượng Houthi.",
        &[USA, GBR],
    );
    assert!(
        !got.iter().any(|(c, s, t)| c.starts_with("19")
            && ((s == "USA" && t == "GBR") || (s == "GBR" && t == "USA"))),
        "{got:?}"
    );
    let got = coded(
        "Thời gian gần đây, cả Pháp và Bỉ đều đã trải qua một loạt vụ tấn công khủng bố đẫm máu.",
        &[FRA, BEL],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("18")), "{got:?}");
    // One side striking the other is still read.
    let got = coded("Quân đội Mỹ đã không kích Yemen.", &[USA, YEM]);
    assert!(got.contains(&ev("195", "USA", "YEM")), "{got:?}");
}

const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const PSE: Row = (LOC, "Palestine", "PSE", &["Palestine"]);

#[test]
fn the_terms_of_a_deal_opening_the_sentence_are_no_release() {
    let got = coded(
        "Theo nội dung thỏa thuận, giai đoạn một kéo dài 42 ngày, trong đó Israel trả tự do cho khoảng 1.900 tù nhân Palestine.",
        &[ISR, PSE],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("08")), "{got:?}");
    let got = coded(
        "Rạng sáng 20/1, Israel đã trả tự do cho 90 tù nhân Palestine.",
        &[ISR, PSE],
    );
    assert!(got.contains(&ev("0841", "ISR", "PSE")), "{got:?}");
}
