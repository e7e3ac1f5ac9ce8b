//! A statement is coded as what it does (CAMEO): one whose content
//! criticises is 111, one announcing retaliation 160; a statement that goes
//! on to an act coded after it is that act. Nouns owned by a country ("lệnh
//! trừng phạt của Mỹ", "khoản viện trợ của Hàn Quốc") and acts named with
//! "mà X" have X as their doer; "A tuyên bố B là persona non grata" is A
//! expelling B's diplomat.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::ev;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn coded(text: &str, spec: &test_support::Spec) -> Vec<(String, String, String)> {
    let mut got = common::coded(text, spec);
    got.sort();
    got
}

const IRN: (EntityKind, &str, &str, &[&str]) = (LOC, "Iran", "IRN", &["Iran"]);
const GBR: (EntityKind, &str, &str, &[&str]) = (LOC, "Anh", "GBR", &["Anh"]);
const IND: (EntityKind, &str, &str, &[&str]) = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const PAK: (EntityKind, &str, &str, &[&str]) = (LOC, "Pakistan", "PAK", &["Pakistan"]);

#[test]
fn a_statement_that_criticises_is_criticism() {
    let got = coded(
        "Bộ Ngoại giao Iran tuyên bố quyết định của Anh là vô lý và hoàn toàn phản tác dụng.",
        &[
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
            IRN,
            GBR,
        ],
    );
    assert_eq!(got, [ev("111", "IRN", "GBR")]);
    // Without such words it stays a statement.
    let got = coded(
        "Bộ Ngoại giao Iran tuyên bố về quan hệ với Anh.",
        &[
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
            IRN,
            GBR,
        ],
    );
    assert_eq!(got, [ev("010", "IRN", "GBR")]);
}

#[test]
fn the_content_goes_on_in_the_sentences_that_quote_the_statement() {
    let got = coded(
        "Bộ Thương mại Ấn Độ tuyên bố nước này buộc phải áp dụng các biện pháp trả đũa đối với Pakistan. Tuyên bố nêu rõ: “Hành động của Pakistan vi phạm nghiêm trọng các quy định”.",
        &[
            (ORG, "Bộ Thương mại Ấn Độ", "IND", &["Bộ Thương mại Ấn Độ"]),
            IND,
            PAK,
        ],
    );
    assert_eq!(got, [ev("111", "IND", "PAK"), ev("160", "IND", "PAK")]);
    // A sentence of its own after it is not the statement's content.
    let got = coded(
        "Bộ Thương mại Ấn Độ tuyên bố về thương mại với Pakistan. Giới phân tích cho rằng động thái này là phản tác dụng.",
        &[
            (ORG, "Bộ Thương mại Ấn Độ", "IND", &["Bộ Thương mại Ấn Độ"]),
            IND,
            PAK,
        ],
    );
    assert_eq!(got, [ev("010", "IND", "PAK")]);
}

#[test]
fn sanctions_named_with_ma_or_cua_are_their_owners_acts() {
    // "mà Anh đưa ra": Britain sanctions; the Iranian speaker criticises.
    let got = coded(
        "Người phát ngôn Bộ Ngoại giao Iran Esmaeil Baghaei tuyên bố các biện pháp trừng phạt mà Anh đưa ra là phản tác dụng.",
        &[
            (PER, "Esmaeil Baghaei", "IRN", &["Esmaeil Baghaei"]),
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
            IRN,
            GBR,
        ],
    );
    assert_eq!(got, [ev("111", "IRN", "GBR"), ev("163", "GBR", "IRN")]);
    let got = coded(
        "Tehran đã lên tiếng chỉ trích lệnh trừng phạt của chính phủ Anh nhằm vào hai ngân hàng lớn của Iran.",
        &[(LOC, "Tehran", "IRN", &["Tehran"]), GBR, IRN],
    );
    assert_eq!(got, [ev("111", "IRN", "GBR"), ev("163", "GBR", "IRN")]);
    // The noun alone, owned by no one named, is no sanction.
    let got = coded("Iran cho rằng lệnh trừng phạt sẽ không hiệu quả.", &[IRN]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn aid_owned_by_a_country_is_given_by_it() {
    let got = coded(
        "Khoản viện trợ của Australia tập trung vào việc hỗ trợ người dân vùng lũ miền Trung Philippines.",
        &[
            (LOC, "Australia", "AUS", &["Australia"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
        ],
    );
    assert_eq!(got, [ev("070", "AUS", "PHL")]);
    let got = coded(
        "Philippines tiếp nhận viện trợ của Australia.",
        &[
            (LOC, "Australia", "AUS", &["Australia"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
        ],
    );
    assert_eq!(got, [ev("070", "AUS", "PHL")]);
}

#[test]
fn declaring_a_diplomat_persona_non_grata_expels_him() {
    let spec: &test_support::Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Belarus", "BLR", &["Belarus"]),
        (ORG, "Đại sứ quán Ba Lan", "POL", &["Đại sứ quán Ba Lan"]),
        (ORG, "Đại sứ quán Belarus", "BLR", &["Đại sứ quán Belarus"]),
        (LOC, "Minsk", "BLR", &["Minsk"]),
        (LOC, "Warsaw", "POL", &["Warsaw"]),
    ];
    let got = coded(
        "Đáp trả, Belarus đã tuyên bố Tùy viên quân sự của Đại sứ quán Ba Lan ở Minsk là persona non grata.",
        spec,
    );
    assert_eq!(got, [ev("161", "BLR", "POL")]);
    // His post after "tại" counts; the city of the embassy does not.
    let got = coded(
        "Chính quyền Ba Lan đã thông báo Bí thư thứ nhất tại Đại sứ quán Belarus ở Warsaw là persona non grata.",
        spec,
    );
    assert_eq!(got, [ev("161", "POL", "BLR")]);
}

#[test]
fn a_noun_owned_by_no_country_named_is_no_act_of_the_last_doer() {
    // The sanctions are the UN's, unnamed as an actor here: no 163 for
    // the doer of the verb before.
    let got = coded(
        "Bắc Kinh cần phải chấm dứt viện trợ cho Bình Nhưỡng, cảnh báo “nếu không tuân thủ (các biện pháp trừng phạt của LHQ)… Mỹ sẽ xem xét hành động”.",
        &[
            (LOC, "Bắc Kinh", "CHN", &["Bắc Kinh"]),
            (LOC, "Bình Nhưỡng", "PRK", &["Bình Nhưỡng"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(got.iter().all(|e| e.0 != "163"), "{got:?}");
    // Support owned by a country is given by it.
    let got = coded(
        "Tổng thống Serbia tri ân sự giúp đỡ của Hungary trong mùa lũ.",
        &[
            (LOC, "Serbia", "SRB", &["Serbia"]),
            (LOC, "Hungary", "HUN", &["Hungary"]),
        ],
    );
    // The gratitude itself is praise by the one who thanks (051); the aid
    // thanked for was given before, no aid now (session ev19).
    assert_eq!(got, [ev("051", "SRB", "HUN")]);
}

#[test]
fn a_news_agency_after_a_bracketed_credit_is_no_doer() {
    let got = coded(
        "(Nguồn: Wikipedia) Theo AFP, Quốc hội Canada đang hướng tới trừng phạt Iran.",
        &[
            (ORG, "AFP", "FRA", &["AFP"]),
            (ORG, "Quốc hội Canada", "CAN", &["Quốc hội Canada"]),
            IRN,
        ],
    );
    assert_eq!(got, [ev("163", "CAN", "IRN")]);
    // Two bodies with a comma alone between are no list of doers.
    let got = coded(
        "Hãng tin AFP, Quốc hội Canada đã trừng phạt Iran.",
        &[
            (ORG, "AFP", "FRA", &["AFP"]),
            (ORG, "Quốc hội Canada", "CAN", &["Quốc hội Canada"]),
            IRN,
        ],
    );
    assert_eq!(got, [ev("163", "CAN", "IRN")]);
}

#[test]
fn retaliation_still_to_come_is_a_threat() {
    let spec: &test_support::Spec = &[
        (ORG, "Bộ Thương mại Ấn Độ", "IND", &["Bộ Thương mại Ấn Độ"]),
        IND,
        PAK,
    ];
    let got = coded(
        "Bộ Thương mại Ấn Độ tuyên bố nước này sẽ áp dụng các biện pháp trả đũa đối với Pakistan.",
        spec,
    );
    assert_eq!(got, [ev("130", "IND", "PAK")]);
    let got = coded(
        "Bộ Thương mại Ấn Độ tuyên bố nước này buộc phải áp dụng các biện pháp trả đũa đối với Pakistan.",
        spec,
    );
    assert_eq!(got, [ev("160", "IND", "PAK")]);
}
