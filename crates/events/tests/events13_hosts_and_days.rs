//! Session ev13: a visitor received told in the passive ("A được B tiếp
//! đón"), a signing ceremony told with its witnesses only, and an act told
//! after a sentence naming a whole month ("hồi tháng 7") keeping the day of
//! the article's lead.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, date_range, ev};
use test_support::input;
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_visitor_received_in_the_passive_is_hosted_by_the_name_after_duoc() {
    // Not by a country named in a later clause.
    let got = coded(
        "Thủ tướng Ấn Độ Narendra Modi được Tổng thống Indonesia Prabowo Subianto tiếp đón trọng thể tại Jakarta, vài giờ sau khi Pakistan phóng thử tên lửa.",
        &[
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (PER, "Narendra Modi", "IND", &["Narendra Modi"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
            (PER, "Prabowo Subianto", "IDN", &["Prabowo Subianto"]),
            (LOC, "Jakarta", "IDN", &["Jakarta"]),
            (LOC, "Pakistan", "PAK", &["Pakistan"]),
        ],
    );
    assert!(got.contains(&ev("043", "IDN", "IND")), "{got:?}");
    assert!(
        got.iter().all(|(_, s, t)| s != "PAK" && t != "PAK"),
        "{got:?}"
    );
}

#[test]
fn an_active_reception_keeps_host_and_visitor() {
    let got = coded(
        "Tổng thống Indonesia Prabowo Subianto tiếp đón Thủ tướng Ấn Độ Narendra Modi.",
        &[
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
            (PER, "Prabowo Subianto", "IDN", &["Prabowo Subianto"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (PER, "Narendra Modi", "IND", &["Narendra Modi"]),
        ],
    );
    assert_eq!(got, [ev("043", "IDN", "IND")]);
}

#[test]
fn witnesses_of_a_signing_sign_nothing() {
    let got = coded(
        "Lễ ký kết có sự chứng kiến của Thủ tướng Singapore Lawrence Wong và Tổng thống Pháp Emmanuel Macron.",
        &[
            (LOC, "Singapore", "SGP", &["Singapore"]),
            (PER, "Lawrence Wong", "SGP", &["Lawrence Wong"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
        ],
    );
    assert!(got.iter().all(|(code, _, _)| code != "057"), "{got:?}");
    // Signers told before the witnesses still sign.
    let got = coded(
        "Ethiopia và Eritrea ký tuyên bố chung có sự chứng kiến của Tổng thống Pháp Emmanuel Macron.",
        &[
            (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
            (LOC, "Eritrea", "ERI", &["Eritrea"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
        ],
    );
    assert!(got.contains(&ev("057", "ETH", "ERI")), "{got:?}");
}

#[test]
fn a_month_told_before_is_not_the_day_of_a_later_act() {
    let text = "Tổng thống Chile và Tổng thống Peru ngày 29/10 đã gặp nhau tại Lima. Theo thỏa thuận được công bố hồi tháng 7, Chile sẽ giảm thuế. Ông Boric được Tổng thống Peru Dina Boluarte tiếp đón trọng thể tại Lima.";
    let (text, sents, ents) = input(
        text,
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Lima", "PER", &["Lima"]),
            (PER, "Boric", "CHL", &["Boric"]),
            (PER, "Dina Boluarte", "PER", &["Dina Boluarte"]),
        ],
    );
    let dates = [
        date_range(&text, &sents, "ngày 29/10", "2025-10-29", "2025-10-29"),
        date_range(&text, &sents, "tháng 7", "2025-07-01", "2025-07-31"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let reception = events
        .iter()
        .find(|e| e.code == "043")
        .expect("the reception is coded");
    assert_eq!(reception.date.as_deref(), Some("2025-10-29"));
}

#[test]
fn a_delegations_tour_of_a_host_is_a_visit() {
    let got = coded(
        "Đoàn doanh nghiệp Phần Lan có buổi tham quan nhà máy đóng tàu tại Quảng Ninh.",
        &[
            (LOC, "Phần Lan", "FIN", &["Phần Lan"]),
            (LOC, "Quảng Ninh", "VNM", &["Quảng Ninh"]),
        ],
    );
    assert_eq!(got, [ev("042", "FIN", "VNM")]);
    // Sightseeing with no foreign side is nothing between two countries.
    let got = coded(
        "Học sinh Quảng Ninh có buổi tham quan bảo tàng.",
        &[(LOC, "Quảng Ninh", "VNM", &["Quảng Ninh"])],
    );
    assert!(got.is_empty(), "{got:?}");
}
