//! Session 14 (brief evw24): world news without Vietnam. Names in a part of
//! the sentence that makes them no side of the act (an adjunct of backing, a
//! purpose claimed after an attack, a victim's rights), a country in
//! brackets after a place, and cooperation or aid a verb stops
//! (`data/events/world_cues.tsv`, `src/world.rs`). Sentences from the dev
//! sets' world news.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn a_country_backing_a_threat_in_an_adjunct_is_not_its_target() {
    let got = coded(
        "Thủ tướng Israel Benjamin Netanyahu tuyên bố Israel có quyền nối lại chiến sự nếu đàm phán giai đoạn hai thất bại, với sự ủng hộ của Mỹ.",
        &[
            (PER, "Benjamin Netanyahu", "ISR", &["Benjamin Netanyahu"]),
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(
        got.iter().all(|(_, s, t)| s != "USA" && t != "USA"),
        "{got:?}"
    );
}

#[test]
fn the_support_noun_of_an_adjunct_is_still_the_aid() {
    let got = coded(
        "Người phát ngôn Quân đội Israel Daniel Hagari cho biết khoảng 99% số UAV và tên lửa bắn vào Israel đã bị đánh chặn với sự hỗ trợ của Mỹ, Anh, Pháp và Jordan.",
        &[
            (ORG, "Quân đội Israel", "ISR", &["Quân đội Israel"]),
            (PER, "Daniel Hagari", "ISR", &["Daniel Hagari"]),
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (LOC, "Jordan", "JOR", &["Jordan"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "USA" && t == "ISR"),
        "{got:?}"
    );
}

#[test]
fn a_motive_claimed_for_attacks_is_no_support_and_no_target() {
    let got = coded(
        "Từ giữa tháng 11/2023, Houthi đã thực hiện hơn 20 vụ tấn công nhằm vào tàu thuyền qua Biển Đỏ, tuyên bố hành động để ủng hộ người Palestine ở Dải Gaza.",
        &[
            (ORG, "Houthi", "YEM", &["Houthi"]),
            (LOC, "Palestine", "PSE", &["Palestine"]),
        ],
    );
    assert!(got.iter().all(|(_, _, t)| t != "PSE"), "{got:?}");
}

#[test]
fn support_as_the_purpose_of_aid_stays_without_an_attack() {
    let got = coded(
        "Chính phủ Nhật Bản đã cử đội cứu hộ sang Thổ Nhĩ Kỳ để hỗ trợ Thổ Nhĩ Kỳ khắc phục hậu quả động đất.",
        &[
            (ORG, "Chính phủ Nhật Bản", "JPN", &["Chính phủ Nhật Bản"]),
            (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]),
        ],
    );
    assert!(
        got.iter().any(|(_, s, t)| s == "JPN" && t == "TUR"),
        "{got:?}"
    );
}

#[test]
fn joint_drills_to_be_halted_are_no_cooperation() {
    let got = coded(
        "Tại cuộc họp báo sau đó, ông Trump tuyên bố Mỹ sẽ ngừng các cuộc tập trận chung với Hàn Quốc mà ông gọi là trò chơi chiến tranh tốn kém.",
        &[
            (PER, "Donald Trump", "USA", &["Trump"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "062"), "{got:?}");
}

#[test]
fn halted_aid_is_aid_stopped() {
    let got = coded(
        "Bộ Ngoại giao Pháp thông báo đình chỉ ngay lập tức mọi hoạt động hỗ trợ phát triển và hỗ trợ ngân sách cho Niger.",
        &[
            (ORG, "Bộ Ngoại giao Pháp", "FRA", &["Bộ Ngoại giao Pháp"]),
            (LOC, "Niger", "NER", &["Niger"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "162" && s == "FRA" && t == "NER"),
        "{got:?}"
    );
    assert!(got.iter().all(|(c, _, _)| !c.starts_with("07")), "{got:?}");
}

#[test]
fn cooperation_strengthened_without_pause_is_not_halted() {
    // "không ngừng": continuously.
    let got = coded(
        "Thái Lan và Campuchia không ngừng tăng cường hợp tác kinh tế.",
        &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, _, _)| c.starts_with("03") || c.starts_with("06")),
        "{got:?}"
    );
}

#[test]
fn a_country_whose_sovereignty_was_violated_is_not_condemned() {
    let got = coded(
        "Bộ Ngoại giao Iran lên án mạnh mẽ các cuộc không kích, gọi đây là hành động vi phạm rõ ràng chủ quyền của Yemen.",
        &[
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
            (LOC, "Yemen", "YEM", &["Yemen"]),
        ],
    );
    assert!(got.iter().all(|(_, _, t)| t != "YEM"), "{got:?}");
}

#[test]
fn a_condemned_country_is_still_the_target() {
    let got = coded(
        "Bộ Ngoại giao Iran lên án mạnh mẽ Mỹ vì các cuộc không kích.",
        &[
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "IRN" && t == "USA"),
        "{got:?}"
    );
}

#[test]
fn a_country_in_brackets_after_a_place_is_its_address() {
    let got = coded(
        "Sáng 30/11, bên lề Hội nghị thượng đỉnh G20 tại Buenos Aires (Argentina), lãnh đạo ba nước Mỹ, Mexico và Canada đã ký Hiệp định Mỹ-Mexico-Canada.",
        &[
            (LOC, "Buenos Aires", "ARG", &["Buenos Aires"]),
            (LOC, "Argentina", "ARG", &["Argentina"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Mexico", "MEX", &["Mexico"]),
            (LOC, "Canada", "CAN", &["Canada"]),
        ],
    );
    assert!(
        got.iter().all(|(_, s, t)| s != "ARG" && t != "ARG"),
        "{got:?}"
    );
}

#[test]
fn each_listed_country_recognises_a_leader() {
    let got = coded(
        "Canada, Brazil, Colombia, Peru, Argentina và Chile cũng nhanh chóng tuyên bố công nhận ông Guaido.",
        &[
            (LOC, "Canada", "CAN", &["Canada"]),
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (LOC, "Colombia", "COL", &["Colombia"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Argentina", "ARG", &["Argentina"]),
            (LOC, "Chile", "CHL", &["Chile"]),
            (PER, "Juan Guaido", "VEN", &["Guaido"]),
        ],
    );
    for c in ["CAN", "BRA", "COL", "PER", "ARG", "CHL"] {
        assert!(
            got.iter()
                .any(|(code, s, t)| code == "054" && s == c && t == "VEN"),
            "{c}: {got:?}"
        );
    }
}

#[test]
fn a_goal_recognised_is_no_recognition() {
    let got = coded(
        "Trọng tài người Chile đã không công nhận bàn thắng của đội chủ nhà Hàn Quốc.",
        &[
            (LOC, "Chile", "CHL", &["Chile"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "054"), "{got:?}");
}

#[test]
fn a_pair_condemning_together_does_not_condemn_each_other() {
    let got = common::code_lines(
        "Tổng thống Hàn Quốc Yoon Suk Yeol hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo.\nHai nhà lãnh đạo lên án vụ phóng và nhất trí tăng cường hợp tác an ninh.",
        &[
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk Yeol"]),
            (PER, "Kishida Fumio", "JPN", &["Kishida Fumio"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    let codes: Vec<&str> = got.events.iter().map(|e| e.code.as_str()).collect();
    assert!(codes.iter().all(|c| !c.starts_with("11")), "{codes:?}");
    assert!(codes.iter().any(|c| c.starts_with("04")), "{codes:?}");
}

#[test]
fn a_pair_accusing_each_other_is_kept() {
    let got = common::code_lines(
        "Thái Lan và Campuchia hội đàm tại Kuala Lumpur.\nHai bên cáo buộc lẫn nhau vi phạm lệnh ngừng bắn.",
        &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (LOC, "Kuala Lumpur", "MYS", &["Kuala Lumpur"]),
        ],
    );
    let codes: Vec<&str> = got.events.iter().map(|e| e.code.as_str()).collect();
    assert!(codes.iter().any(|c| c.starts_with("11")), "{codes:?}");
}

#[test]
fn joint_drills_around_an_island_are_a_show_of_force() {
    let got = coded(
        "Ngày 23/5, Bộ tư lệnh Chiến khu Miền Đông thuộc Quân Giải phóng nhân dân Trung Quốc bắt đầu cuộc tập trận chung mang tên Liên hợp lợi kiếm-2024A xung quanh đảo Đài Loan.",
        &[
            (ORG, "Quân Giải phóng nhân dân Trung Quốc", "CHN", &["Quân Giải phóng nhân dân Trung Quốc"]),
            (LOC, "Đài Loan", "TWN", &["Đài Loan"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "150" && s == "CHN" && t == "TWN"),
        "{got:?}"
    );
    assert!(got.iter().all(|(c, _, _)| c != "062"), "{got:?}");
}

#[test]
fn joint_drills_with_a_partner_stay_cooperation() {
    let got = coded(
        "Hải quân Nhật Bản và Hải quân Philippines tổ chức cuộc tập trận chung ở Biển Đông.",
        &[
            (ORG, "Hải quân Nhật Bản", "JPN", &["Hải quân Nhật Bản"]),
            (
                ORG,
                "Hải quân Philippines",
                "PHL",
                &["Hải quân Philippines"],
            ),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| c != "150"), "{got:?}");
}

#[test]
fn a_country_whose_visit_just_ended_is_no_visitor() {
    let got = coded(
        "Kết thúc chuyến thăm Triều Tiên, tối 19/6, Tổng thống Nga Vladimir Putin đã tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.iter().all(|(_, s, _)| s != "PRK"), "{got:?}");
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("04") && s == "RUS" && t == "VNM"),
        "{got:?}"
    );
}
