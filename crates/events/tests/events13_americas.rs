//! Session ev13: "Nam Mỹ", "Bắc Mỹ", "Trung Mỹ" name parts of the Americas:
//! "Mỹ" there is not the United States acting; "Việt Nam - Mỹ" still is.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

#[test]
fn a_bloc_of_south_america_is_not_the_united_states() {
    let got = coded(
        "Ngày 17/1, đại diện Khối Thị trường chung Nam Mỹ đã hội đàm với Nhật Bản tại Uruguay.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Uruguay", "URY", &["Uruguay"]),
        ],
    );
    assert!(
        got.iter().all(|(_, s, t)| s != "USA" && t != "USA"),
        "{got:?}"
    );
}

#[test]
fn the_united_states_after_a_country_name_still_acts() {
    let got = coded(
        "Việt Nam và Mỹ đã ký hiệp định, mở ra giai đoạn mới trong quan hệ Việt Nam Mỹ.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(
        got.contains(&("057".into(), "VNM".into(), "USA".into())),
        "{got:?}"
    );
}
