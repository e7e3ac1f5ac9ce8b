//! Session ev16: meetings told as a meeting called with leaders of a list
//! of countries: one consultation (040) with each.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_meeting_convened_with_listed_leaders_consults_each() {
    let got = coded(
        "Cũng tại Bangkok, Phó tổng thống Mỹ Kamala Harris đã triệu tập cuộc họp khẩn với lãnh đạo Nhật Bản, Hàn Quốc, Australia, Canada và New Zealand.",
        &[
            (PER, "Kamala Harris", "USA", &["Kamala Harris"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Bangkok", "THA", &["Bangkok"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Australia", "AUS", &["Australia"]),
            (LOC, "Canada", "CAN", &["Canada"]),
            (LOC, "New Zealand", "NZL", &["New Zealand"]),
        ],
    );
    for partner in ["JPN", "KOR", "AUS", "CAN", "NZL"] {
        assert!(
            got.iter()
                .any(|(c, s, t)| c.starts_with("04") && s == "USA" && t == partner),
            "{partner}: {got:?}"
        );
    }
    assert!(!got.iter().any(|(_, _, t)| t == "THA"), "{got:?}");
}

#[test]
fn a_meeting_convened_at_home_is_no_meeting_with_another_country() {
    let got = coded(
        "Tổng thống Hàn Quốc Yoon Suk Yeol đã triệu tập cuộc họp khẩn với Hội đồng An ninh Quốc gia. Triều Tiên đã phóng tên lửa đạn đạo.",
        &[
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk Yeol"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("04")), "{got:?}");
}

#[test]
fn a_meeting_told_as_the_setting_with_its_partner_titled_is_a_meeting() {
    let got = coded(
        "Trong cuộc gặp Bộ trưởng Vương Nghị ngày 25/7/2024, Bộ trưởng Bùi Thanh Sơn cảm ơn nhân dân Trung Quốc.",
        &[
            (PER, "Vương Nghị", "CHN", &["Vương Nghị"]),
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    );
    assert!(
        got.iter().any(|(c, s, t)| c.starts_with("04")
            && [s.as_str(), t.as_str()].contains(&"VNM")
            && [s.as_str(), t.as_str()].contains(&"CHN")),
        "{got:?}"
    );
    let got = coded(
        "Tổng thống Hàn Quốc Yoon Suk Yeol sau cuộc gặp với ông Zelensky cho biết Seoul sẽ tiếp tục hỗ trợ nhân đạo.",
        &[
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk Yeol"]),
            (PER, "Volodymyr Zelensky", "UKR", &["Zelensky"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Seoul", "KOR", &["Seoul"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("04") && s == "KOR" && t == "UKR"),
        "{got:?}"
    );
    // The noun alone, its sides not named with it, is no new meeting.
    let got = coded(
        "Trong cuộc gặp, ông Trump nói sự kiên nhẫn dành cho Bình Nhưỡng đã không còn.",
        &[
            (PER, "Donald Trump", "USA", &["Trump"]),
            (LOC, "Bình Nhưỡng", "PRK", &["Bình Nhưỡng"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("04")), "{got:?}");
}

#[test]
fn committing_to_establish_relations_is_an_intent_to_cooperate() {
    let got = coded(
        "Mỹ và Triều Tiên cam kết thiết lập quan hệ mới.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    assert!(
        got.iter().any(|(c, s, t)| c.starts_with("03")
            && [s.as_str(), t.as_str()].contains(&"USA")
            && [s.as_str(), t.as_str()].contains(&"PRK")),
        "{got:?}"
    );
    // Relations set up long ago, told as history, are no intent now.
    let got = coded(
        "Mỹ và Triều Tiên không thiết lập quan hệ ngoại giao.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("03")), "{got:?}");
}

#[test]
fn calling_another_country_an_important_partner_praises_it() {
    let got = coded(
        "Thủ tướng Kishida Fumio khẳng định Việt Nam là đối tác quan trọng hàng đầu của Nhật Bản.",
        &[
            (PER, "Kishida Fumio", "JPN", &["Kishida Fumio"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "051" && s == "JPN" && t == "VNM"),
        "{got:?}"
    );
    // A country said to be a partner, with no speaker of another country,
    // is no praise by anyone.
    let got = coded(
        "Việt Nam là đối tác quan trọng của Nhật Bản.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}
