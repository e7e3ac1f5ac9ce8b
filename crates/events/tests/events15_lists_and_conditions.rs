//! Session ev15: a list of countries before a directed act ("A, B, C và D
//! đồng loạt gửi lời chúc mừng …") are all doers, none the target of
//! another; and a material act put on a condition told after it ("hỗ trợ
//! quân sự nếu …") is only supposed, not done.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn each_country_of_a_list_congratulates_the_winner() {
    let got = coded(
        "Lãnh đạo nhiều nước như Ba Lan, Áo, Slovakia và Hungary đồng loạt gửi lời chúc mừng và chia sẻ niềm vui với chiến thắng của ông Petr Pavel.",
        &[
            (LOC, "Ba Lan", "POL", &["Ba Lan"]),
            (LOC, "Áo", "AUT", &["Áo"]),
            (LOC, "Slovakia", "SVK", &["Slovakia"]),
            (LOC, "Hungary", "HUN", &["Hungary"]),
            (PER, "Petr Pavel", "CZE", &["Petr Pavel"]),
        ],
    );
    for doer in ["POL", "AUT", "SVK", "HUN"] {
        assert!(got.contains(&ev("051", doer, "CZE")), "{doer}: {got:?}");
    }
    // The list's last two are fellow doers, not one praising the other.
    assert!(!got.contains(&ev("051", "SVK", "HUN")), "{got:?}");
}

#[test]
fn two_names_joined_by_and_still_pair_for_a_joint_act() {
    // Only a longer list is read as fellow doers: "A và B hội đàm" stays a
    // meeting between the two.
    let got = coded(
        "Ngày 4/5, Tổng thống Kenya William Ruto và Tổng thống Tanzania Samia Suluhu Hassan đã hội đàm tại Nairobi.",
        &[
            (PER, "William Ruto", "KEN", &["William Ruto"]),
            (PER, "Samia Suluhu Hassan", "TZA", &["Samia Suluhu Hassan"]),
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Tanzania", "TZA", &["Tanzania"]),
            (LOC, "Nairobi", "KEN", &["Nairobi"]),
        ],
    );
    assert!(
        got.iter().any(|(c, s, t)| c.starts_with("04")
            && [s.as_str(), t.as_str()].contains(&"KEN")
            && [s.as_str(), t.as_str()].contains(&"TZA")),
        "{got:?}"
    );
}

#[test]
fn aid_on_a_condition_told_after_it_is_not_given() {
    let got = coded(
        "Theo hiệp ước, Belarus hỗ trợ quân sự cho Kazakhstan nếu nước này bị tấn công.",
        &[
            (LOC, "Belarus", "BLR", &["Belarus"]),
            (LOC, "Kazakhstan", "KAZ", &["Kazakhstan"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("07")), "{got:?}");
    let got = coded(
        "Quân đội Ba Lan sẽ bắn hạ máy bay Belarus trong trường hợp bị xâm phạm không phận.",
        &[
            (LOC, "Ba Lan", "POL", &["Ba Lan"]),
            (LOC, "Belarus", "BLR", &["Belarus"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("19")), "{got:?}");
}

#[test]
fn aid_given_with_no_condition_is_still_coded() {
    let got = coded(
        "Belarus đã viện trợ 200 tấn lương thực cho Kazakhstan sau trận lũ.",
        &[
            (LOC, "Belarus", "BLR", &["Belarus"]),
            (LOC, "Kazakhstan", "KAZ", &["Kazakhstan"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "BLR" && t == "KAZ"),
        "{got:?}"
    );
}

#[test]
fn cheering_a_leaders_victory_praises_him() {
    let got = coded(
        "Trên mạng xã hội, Tổng thống Peru Dina Boluarte đăng thông điệp cổ vũ chiến thắng của nhà lãnh đạo Chile.",
        &[
            (PER, "Dina Boluarte", "PER", &["Dina Boluarte"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
    );
    assert!(got.contains(&ev("051", "PER", "CHL")), "{got:?}");
}
