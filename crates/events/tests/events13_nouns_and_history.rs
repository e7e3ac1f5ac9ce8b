//! Session ev13: attacks told as nouns owned by their doers ("cuộc tấn
//! công của A và B vào C"), readiness to sign (an intent, nothing signed),
//! meetings called "cuộc họp", admiration and passed-on congratulations as
//! praise, relations set up long ago (history, not news), the contents of a
//! signed document and fighting that ends (no acts).

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, date, ev};
use test_support::{by_country, input};
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn an_attack_owned_by_two_countries_is_force_by_each() {
    let got = coded(
        "Syria đã phóng tên lửa sau cuộc tấn công của Thổ Nhĩ Kỳ và Iraq.",
        &[
            (LOC, "Syria", "SYR", &["Syria"]),
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
            (LOC, "Iraq", "IRQ", &["Iraq"]),
        ],
    );
    assert!(got.contains(&ev("190", "TUR", "SYR")), "{got:?}");
    assert!(got.contains(&ev("190", "IRQ", "SYR")), "{got:?}");
}

#[test]
fn an_air_strike_owned_by_its_doer_hits_the_country_after_vao() {
    let got = coded(
        "Các đòn không kích của Nga vào Ukraine khiến 12 người thiệt mạng.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert_eq!(got, [ev("195", "RUS", "UKR")]);
}

#[test]
fn a_country_named_in_a_later_clause_is_not_the_attack_target() {
    // The owner attacks; "phản đối Mỹ" is another act of the subject's.
    let got = coded(
        "Syria tố cáo các cuộc tấn công của Israel và phản đối Mỹ.",
        &[
            (LOC, "Syria", "SYR", &["Syria"]),
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(!got.contains(&ev("190", "ISR", "USA")), "{got:?}");
    assert!(got.contains(&ev("190", "ISR", "SYR")), "{got:?}");
}

#[test]
fn ready_to_sign_is_an_intent_not_a_signing() {
    let got = coded(
        "Thủ tướng Serbia tuyên bố Serbia sẵn sàng ký thỏa thuận với Kosovo.",
        &[
            (LOC, "Serbia", "SRB", &["Serbia"]),
            (LOC, "Kosovo", "XKX", &["Kosovo"]),
        ],
    );
    assert_eq!(got, [ev("030", "SRB", "XKX")]);
}

#[test]
fn a_meeting_called_cuoc_hop_is_a_consultation() {
    let got = coded(
        "Ngoại trưởng Brazil Mauro Vieira có cuộc họp với người đồng cấp Argentina Gerardo Werthein tại Brasilia.",
        &[
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (PER, "Mauro Vieira", "BRA", &["Mauro Vieira"]),
            (LOC, "Argentina", "ARG", &["Argentina"]),
            (PER, "Gerardo Werthein", "ARG", &["Gerardo Werthein"]),
            (LOC, "Brasilia", "BRA", &["Brasilia"]),
        ],
    );
    assert_eq!(got, [ev("040", "BRA", "ARG")]);
}

#[test]
fn admiration_for_a_country_is_praise() {
    let got = coded(
        "Tổng thống Chile bày tỏ sự ngưỡng mộ đối với đất nước và nhân dân Phần Lan.",
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Phần Lan", "FIN", &["Phần Lan"]),
        ],
    );
    assert_eq!(got, [ev("051", "CHL", "FIN")]);
}

#[test]
fn passed_on_congratulations_are_the_owners() {
    // The bearer's own country is not the one who congratulates.
    let got = coded(
        "Ông Triệu Lạc Tế chuyển lời chúc mừng của Đảng Cộng sản Trung Quốc đến Đảng Nhân dân Cách mạng Lào.",
        &[
            (PER, "Triệu Lạc Tế", "CHN", &["Triệu Lạc Tế"]),
            (ORG, "Đảng Cộng sản Trung Quốc", "CHN", &["Đảng Cộng sản Trung Quốc"]),
            (ORG, "Đảng Nhân dân Cách mạng Lào", "LAO", &["Đảng Nhân dân Cách mạng Lào"]),
        ],
    );
    assert_eq!(got, [ev("051", "CHN", "LAO")]);
}

#[test]
fn relations_set_up_decades_ago_are_history() {
    let text = "Ngày 12/3/2024, Bộ trưởng Ngoại giao Peru thăm Hà Nội. Việt Nam và Peru thiết lập quan hệ ngoại giao ngày 14/11/1994.";
    let (text, sents, ents) = input(
        text,
        &[
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Ngày 12/3/2024", "2024-03-12"),
        date(&text, &sents, "ngày 14/11/1994", "1994-11-14"),
    ];
    let got = by_country(&Coder::embedded().code(&text, &sents, &ents, &dates).events);
    assert!(got.iter().all(|(code, _, _)| code != "054"), "{got:?}");
    assert!(got.contains(&ev("042", "PER", "VNM")), "{got:?}");
}

#[test]
fn relations_set_up_in_the_news_are_coded() {
    let text = "Ngày 12/3/2024, Việt Nam và Peru thiết lập quan hệ ngoại giao.";
    let (text, sents, ents) = input(
        text,
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Peru", "PER", &["Peru"]),
        ],
    );
    let dates = [date(&text, &sents, "Ngày 12/3/2024", "2024-03-12")];
    let got = by_country(&Coder::embedded().code(&text, &sents, &ents, &dates).events);
    assert_eq!(got, [ev("054", "VNM", "PER")]);
}

#[test]
fn relations_since_which_time_passed_are_background() {
    let got = coded(
        "Đây là chuyến thăm đầu tiên kể từ khi Việt Nam và Oman thiết lập quan hệ ngoại giao.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Oman", "OMN", &["Oman"]),
        ],
    );
    assert!(got.iter().all(|(code, _, _)| code != "054"), "{got:?}");
}

#[test]
fn the_contents_of_a_signed_document_are_no_acts() {
    let got = coded(
        "Theo nội dung ký kết, hai bên thống nhất đẩy mạnh hợp tác giữa doanh nghiệp Chile và Peru.",
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    // Told as news, the same agreement is an intent to cooperate.
    let got = coded(
        "Hai bên thống nhất đẩy mạnh hợp tác giữa doanh nghiệp Chile và Peru.",
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Peru", "PER", &["Peru"]),
        ],
    );
    assert!(got.contains(&ev("030", "CHL", "PER")), "{got:?}");
}

#[test]
fn ending_the_fighting_is_no_force() {
    let got = coded(
        "Tổng thống Mỹ cho hay Ethiopia và Eritrea đã cam kết chấm dứt giao tranh.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
            (LOC, "Eritrea", "ERI", &["Eritrea"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("19")),
        "{got:?}"
    );
}

#[test]
fn a_person_speaking_of_an_attack_is_not_its_target() {
    let got = coded(
        "Ngoại trưởng Đức Johann Wadephul phản đối các cuộc tấn công của Nga nhằm vào các thành phố.",
        &[
            (LOC, "Đức", "DEU", &["Đức"]),
            (PER, "Johann Wadephul", "DEU", &["Johann Wadephul"]),
            (LOC, "Nga", "RUS", &["Nga"]),
        ],
    );
    assert!(!got.contains(&ev("190", "RUS", "DEU")), "{got:?}");
}
