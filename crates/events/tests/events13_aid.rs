//! Session ev13: aid told by its noun with no giver before it ("hai tàu
//! viện trợ từ A tới B") comes from the country after "từ" and goes to the
//! one named right after it with "tới"/"đến"; with no place it goes to, or
//! with its giver named before it, nothing changes.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

#[test]
fn aid_ships_from_one_country_to_another() {
    let got = coded(
        "Báo chí điểm lại chuyến hàng gồm 30 tấn thuốc từ Chile, cũng như ba tàu viện trợ từ Algeria tới Syria bao gồm lương thực.",
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Algeria", "DZA", &["Algeria"]),
            (LOC, "Syria", "SYR", &["Syria"]),
        ],
    );
    assert_eq!(got, [ev("070", "DZA", "SYR")]);
}

#[test]
fn aid_from_a_country_going_nowhere_named_is_not_coded() {
    let got = coded(
        "Viện trợ từ Na Uy giảm mạnh trong năm nay, theo báo cáo của Đan Mạch.",
        &[
            (LOC, "Na Uy", "NOR", &["Na Uy"]),
            (LOC, "Đan Mạch", "DNK", &["Đan Mạch"]),
        ],
    );
    assert!(
        got.iter().all(|(code, _, _)| !code.starts_with("07")),
        "{got:?}"
    );
}
