//! Who acted and on which day, in sentences where the plain reading goes
//! wrong: a sentence opening with "Ông" is the man named before; the
//! purpose of aid given is that aid; aid given "tại" a country is aid to
//! it; "A-B" right before a verb are both doers; port fees and tariffs are
//! sanctions; agreeing to resume talks is an intent; a call named by its
//! noun with "giữa A và B" and a day after it is a past call of its own.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{date, ev};
use test_support::input;
use thoisu_core::EntityKind;
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn coded(text: &str, spec: &test_support::Spec) -> Vec<(String, String, String)> {
    let mut got = common::coded(text, spec);
    got.sort();
    got
}

const AUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Australia", "AUS", &["Australia"]);
const IDN: (EntityKind, &str, &str, &[&str]) = (LOC, "Indonesia", "IDN", &["Indonesia"]);
const PHL: (EntityKind, &str, &str, &[&str]) = (LOC, "Philippines", "PHL", &["Philippines"]);

#[test]
fn a_sentence_opening_with_ong_is_the_man_named_before() {
    let got = coded(
        "Ngoại trưởng Australia Penny Wong ngày 3.2 nói rằng tình hình đang căng thẳng. Ông kêu gọi Indonesia kiềm chế, chấm dứt các hoạt động gần Philippines.",
        &[
            AUS,
            (PER, "Penny Wong", "AUS", &["Penny Wong"]),
            IDN,
            PHL,
        ],
    );
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("02") && e.1 == "AUS" && e.2 == "IDN"),
        "{got:?}"
    );
    assert!(got.iter().all(|e| e.1 != "PHL"), "{got:?}");
}

#[test]
fn the_purpose_of_aid_given_is_that_aid() {
    let got = coded(
        "Australia viện trợ khẩn cấp 2 triệu USD để hỗ trợ Philippines khắc phục hậu quả động đất.",
        &[AUS, PHL],
    );
    assert_eq!(got, [ev("070", "AUS", "PHL")]);
    // A pledge with no aid given before it stays a pledge.
    let got = coded(
        "Australia sẽ hỗ trợ Philippines khắc phục hậu quả động đất.",
        &[AUS, PHL],
    );
    assert_eq!(got, [ev("033", "AUS", "PHL")]);
}

#[test]
fn aid_given_in_a_country_is_aid_to_it() {
    let got = coded(
        "Chính phủ Australia ngày 5/3 công bố khoản viện trợ khẩn cấp trị giá 1 triệu USD, được triển khai thông qua Chương trình Lương thực Thế giới tại Philippines.",
        &[(ORG, "Chính phủ Australia", "AUS", &["Chính phủ Australia"]), AUS, PHL],
    );
    assert_eq!(got, [ev("070", "AUS", "PHL")]);
    // A meeting held in a country is not aid, nor done to it.
    let got = coded(
        "Australia hội đàm với Indonesia tại Philippines.",
        &[AUS, IDN, PHL],
    );
    assert!(got.iter().all(|e| e.2 != "PHL" && e.1 != "PHL"), "{got:?}");
}

#[test]
fn both_sides_of_a_dash_pair_before_the_verb_act() {
    let got = coded(
        "Anh-Pháp mở các cuộc không kích nhằm vào Libya.",
        &[
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (LOC, "Libya", "LBY", &["Libya"]),
        ],
    );
    assert_eq!(got, [ev("195", "FRA", "LBY"), ev("195", "GBR", "LBY")]);
    // A relation named by its pair is no doer.
    let got = coded(
        "Quan hệ Anh-Pháp đang phát triển tốt đẹp.",
        &[
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn port_fees_are_sanctions_and_resuming_talks_an_intent() {
    let got = coded(
        "Bộ Giao thông Ấn Độ thông báo áp dụng mức phí cảng đặc biệt đối với các tàu Pakistan.",
        &[
            (ORG, "Bộ Giao thông Ấn Độ", "IND", &["Bộ Giao thông Ấn Độ"]),
            (LOC, "Pakistan", "PAK", &["Pakistan"]),
        ],
    );
    assert_eq!(got, [ev("163", "IND", "PAK")]);
    let got = coded(
        "ASEAN hoan nghênh Armenia và Azerbaijan đồng ý nối lại thảo luận về hòa bình.",
        &[
            (LOC, "Armenia", "ARM", &["Armenia"]),
            (LOC, "Azerbaijan", "AZE", &["Azerbaijan"]),
        ],
    );
    assert_eq!(got, [ev("036", "ARM", "AZE")]);
    let got = coded(
        "Tổng thống Pháp Emmanuel Macron đã quyết định hủy bỏ cuộc gặp dự kiến với Tổng thống Algeria.",
        &[
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
            (LOC, "Algeria", "DZA", &["Algeria"]),
        ],
    );
    assert_eq!(got, [ev("125", "FRA", "DZA")]);
}

#[test]
fn a_call_named_with_its_pair_and_day_after_is_that_day() {
    let (text, sents, ents) = input(
        "Thủ tướng Canada Mark Carney đã điện đàm Tổng thống Pháp Emmanuel Macron và trước đó là Thủ tướng Anh Keir Starmer. Ngày 9-3, ông Carney cho biết ông và ông Macron có cuộc điện đàm kéo dài 30 phút, hãng tin CBC đưa tin. Cuộc điện đàm diễn ra ngay sau cuộc điện đàm giữa Thủ tướng Carney và Thủ tướng Anh Keir Starmer vào tối 8-3.",
        &[
            (LOC, "Canada", "CAN", &["Canada"]),
            (PER, "Mark Carney", "CAN", &["Mark Carney", "Carney"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron", "Macron"]),
            (LOC, "Anh", "GBR", &["Anh"]),
            (PER, "Keir Starmer", "GBR", &["Keir Starmer"]),
        ],
    );
    let dates = [
        date(&text, &sents, "Ngày 9-3", "2026-03-09"),
        date(&text, &sents, "tối 8-3", "2026-03-08"),
    ];
    let events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    let day = |a: &str, b: &str| {
        events
            .iter()
            .filter(|e| {
                let pair = [&e.source, &e.target].map(|s| {
                    s.as_ref()
                        .and_then(|s| s.country.clone())
                        .unwrap_or_default()
                });
                pair.contains(&a.to_string()) && pair.contains(&b.to_string())
            })
            .map(|e| e.date.clone().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(day("CAN", "FRA"), ["2026-03-09"]);
    assert_eq!(day("CAN", "GBR"), ["2026-03-08"]);
}

#[test]
fn a_meeting_told_as_the_setting_is_a_meeting() {
    let got = coded(
        "Hôm qua, trong cuộc gặp với Chủ tịch Quốc hội Trần Thanh Mẫn, Chủ tịch Thượng viện Ba Lan Małgorzata Kidawa-Błońska đã trao tặng số tiền hỗ trợ nhân dân Việt Nam.",
        &[
            (PER, "Trần Thanh Mẫn", "VNM", &["Trần Thanh Mẫn"]),
            (ORG, "Thượng viện Ba Lan", "POL", &["Thượng viện Ba Lan"]),
            (PER, "Małgorzata Kidawa-Błońska", "POL", &["Małgorzata Kidawa-Błońska"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.contains(&ev("040", "POL", "VNM")), "{got:?}");
    assert!(got.contains(&ev("070", "POL", "VNM")), "{got:?}");
    // The noun alone retells a meeting: no event of its own.
    let got = coded(
        "Cuộc gặp kéo dài hai giờ.",
        &[(PER, "Trần Thanh Mẫn", "VNM", &["Trần Thanh Mẫn"])],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn interest_in_talks_is_an_intent_to_negotiate() {
    let got = coded(
        "Ngoại trưởng Pháp cho biết bất chấp căng thẳng, Pháp vẫn quan tâm đến các cuộc thảo luận với Algeria.",
        &[(LOC, "Pháp", "FRA", &["Pháp"]), (LOC, "Algeria", "DZA", &["Algeria"])],
    );
    assert_eq!(got, [ev("036", "FRA", "DZA")]);
}

#[test]
fn an_event_without_a_day_of_its_own_takes_the_articles_day() {
    let (text, sents, ents) = input(
        "Ngày 4/3, Australia viện trợ Philippines 1 triệu USD. Indonesia vừa viện trợ Philippines 500 tấn gạo.",
        &[AUS, IDN, PHL],
    );
    let dates = [date(&text, &sents, "Ngày 4/3", "2026-03-04")];
    let mut events = Coder::embedded().code(&text, &sents, &ents, &dates).events;
    // The second sentence would take the lead's day; without the lead's
    // date line it has none.
    let mut undated = Coder::embedded().code(&text, &sents, &ents, &[]).events;
    assert_eq!(undated.len(), 2, "{undated:?}");
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(undated.iter().all(|e| e.date.is_none()), "{undated:?}");
    thoisu_events::date_undated(&mut undated, "2026-03-05");
    assert!(undated
        .iter()
        .all(|e| e.date.as_deref() == Some("2026-03-05")));
    // A day the text gives is kept.
    thoisu_events::date_undated(&mut events, "2026-03-05");
    assert!(
        events
            .iter()
            .all(|e| e.date.as_deref() == Some("2026-03-04")),
        "{events:?}"
    );
}

#[test]
fn objects_and_asking_end_where_a_new_predicate_starts() {
    let spec: &test_support::Spec = &[
        (LOC, "Canada", "CAN", &["Canada"]),
        (PER, "Mark Carney", "CAN", &["Mark Carney", "Carney"]),
        (
            PER,
            "Emmanuel Macron",
            "FRA",
            &["Emmanuel Macron", "Macron"],
        ),
        (PER, "Keir Starmer", "GBR", &["Keir Starmer", "Starmer"]),
    ];
    // Carney asked to talk with "ông" (Macron); Starmer is the object of
    // the next predicate, and the call retold there is no call of its own.
    let got = coded(
        "Ông Emmanuel Macron nói rằng ông Mark Carney đã đề nghị nói chuyện với ông và đã tóm tắt lại cuộc điện đàm với ông Keir Starmer.",
        spec,
    );
    assert!(got.iter().all(|e| e.2 != "GBR" && e.1 != "GBR"), "{got:?}");
    // "và" with no aspect word after it starts no new predicate.
    let got = coded(
        "Ông Mark Carney kêu gọi và thúc giục ông Keir Starmer kiềm chế.",
        spec,
    );
    assert_eq!(got, [ev("020", "CAN", "GBR")]);
    // A call held ("đã có cuộc điện đàm") is a call.
    let got = coded(
        "Ông Mark Carney đã có cuộc điện đàm với ông Keir Starmer.",
        spec,
    );
    assert_eq!(got, [ev("041", "CAN", "GBR")]);
}

#[test]
fn taxed_passively_calling_nothing_off_or_interest_alone_are_no_acts() {
    // Agentless passive: no doer named.
    let got = coded(
        "Các nhà máy của Hàn Quốc có thể bị áp thuế lên đến 35% nếu đặt tại Mexico.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Mexico", "MEX", &["Mexico"]),
        ],
    );
    assert!(got.iter().all(|e| !e.0.starts_with("16")), "{got:?}");
    // A meeting not called off.
    let got = coded(
        "Pháp không hủy bỏ cuộc gặp với Algeria.",
        &[
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (LOC, "Algeria", "DZA", &["Algeria"]),
        ],
    );
    assert!(got.iter().all(|e| !e.0.starts_with("12")), "{got:?}");
    // Interest in talks with no other side named is no event.
    let got = coded(
        "Pháp vẫn quan tâm đến các cuộc thảo luận.",
        &[(LOC, "Pháp", "FRA", &["Pháp"])],
    );
    assert!(got.is_empty(), "{got:?}");
}
