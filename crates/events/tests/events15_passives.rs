//! Session ev15: the doer of a passive is the name after "bị" even when the
//! sufferer is named with its owner ("Kharkov của Ukraine bị Nga không
//! kích"), and force on targets in a country ("các mục tiêu ở Syria bị
//! Israel không kích") is suffered by that country.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

#[test]
fn the_name_after_bi_is_the_doer_not_a_possessor() {
    let got = coded(
        "Thành phố Mosul của Iraq bị Thổ Nhĩ Kỳ không kích.",
        &[
            (LOC, "Mosul", "IRQ", &["Mosul"]),
            (LOC, "Iraq", "IRQ", &["Iraq"]),
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
        ],
    );
    assert!(got.contains(&ev("195", "TUR", "IRQ")), "{got:?}");
    assert!(!got.iter().any(|(_, s, _)| s == "IRQ"), "{got:?}");
}

#[test]
fn targets_in_a_country_struck_in_the_passive_are_struck_in_it() {
    let got = coded(
        "Các vị trí ở Liban bị Israel không kích.",
        &[
            (LOC, "Liban", "LBN", &["Liban"]),
            (LOC, "Israel", "ISR", &["Israel"]),
        ],
    );
    assert!(got.contains(&ev("195", "ISR", "LBN")), "{got:?}");
}

#[test]
fn a_place_where_a_passive_act_happened_is_no_sufferer_of_aid() {
    // Only force is suffered by the place of its targets.
    let got = coded(
        "Các gia đình ở Nepal được Ấn Độ hỗ trợ lương thực.",
        &[
            (LOC, "Nepal", "NPL", &["Nepal"]),
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        ],
    );
    assert!(!got.iter().any(|(_, s, _)| s == "NPL"), "{got:?}");
}

#[test]
fn an_act_once_done_is_history_not_news() {
    let spec = [
        (LOC, "Pháp", "FRA", &["Pháp"][..]),
        (LOC, "Algeria", "DZA", &["Algeria"][..]),
    ];
    let got = coded("Pháp từng chiếm đóng Algeria trong hơn một thế kỷ.", &spec);
    assert!(!got.iter().any(|(c, ..)| c.starts_with("19")), "{got:?}");
    let got = coded("Pháp đã chỉ trích Algeria hôm qua.", &spec);
    assert!(got.iter().any(|(c, ..)| c.starts_with("11")), "{got:?}");
}
