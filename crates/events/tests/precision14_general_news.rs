//! Session 7: false events found by reading a random sample of what the
//! coder finds in general news (the bench corpus, every section, not only
//! diplomacy): an outlet reporting is no actor, a leader signing a decree
//! signs nothing with anyone, a football fixture is no meeting, and an
//! attack only supposed ("trong trường hợp bị tấn công") did not happen.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn an_agency_reporting_an_accusation_is_not_the_accuser() {
    let got = coded(
        "Hãng tin Reuters dẫn nguồn tin giấu tên cáo buộc Iran hỗ trợ vũ khí cho lực lượng Houthi.",
        &[
            (ORG, "Reuters", "GBR#MED", &["Reuters"]),
            (LOC, "Iran", "IRN", &["Iran"]),
        ],
    );
    assert!(got.iter().all(|(_, s, _)| s != "GBR"), "{got:?}");
}

#[test]
fn an_outlet_named_in_a_photo_credit_is_no_side_of_a_visit() {
    let got = coded(
        "Ảnh: TTXVN Trong chuyến thăm Canada, Thủ tướng Australia đã hội đàm với Thủ tướng Canada.",
        &[
            (ORG, "TTXVN", "VNM#MED", &["TTXVN"]),
            (LOC, "Canada", "CAN", &["Canada"]),
            (LOC, "Australia", "AUS", &["Australia"]),
        ],
    );
    assert!(
        got.iter().all(|(_, s, t)| s != "VNM" && t != "VNM"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("04") && s == "AUS" && t == "CAN"),
        "{got:?}"
    );
}

#[test]
fn an_outlet_may_still_sign_a_memorandum() {
    // A broadcaster's college, a news agency: bodies that sign as well as report.
    let got = coded(
        "Ngày 3/5, Thông tấn xã Việt Nam và Hãng thông tấn Kyodo đã ký kết biên bản ghi nhớ hợp tác.",
        &[
            (ORG, "Thông tấn xã Việt Nam", "VNM", &["Thông tấn xã Việt Nam"]),
            (ORG, "Kyodo", "JPN#MED", &["Kyodo"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_leader_signing_a_decree_signs_no_agreement() {
    for text in [
        "Tổng thống Brazil đã ký sắc lệnh tạm dừng nhập khẩu thịt bò từ Argentina.",
        "Lệnh cấm nhập cảnh đối với công dân Somalia do Tổng thống Mỹ ký ban hành hôm 3/2.",
        "Tổng thống Mỹ ký thành luật dự luật trừng phạt Nga.",
        // "đã ký" is a signing row of its own: the decree after it still masks it.
        "Ngày 20/1, Tổng thống Mỹ đã ký sắc lệnh tạm dừng viện trợ cho Ukraine.",
        "Hơn 100.000 người dân Canada đã ký tên phản đối lệnh trừng phạt của Mỹ đối với Brazil.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Brazil", "BRA", &["Brazil"]),
                (LOC, "Argentina", "ARG", &["Argentina"]),
                (LOC, "Somalia", "SOM", &["Somalia"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Nga", "RUS", &["Nga"]),
                (LOC, "Ukraine", "UKR", &["Ukraine"]),
                (LOC, "Canada", "CAN", &["Canada"]),
            ],
        );
        assert!(got.iter().all(|(c, _, _)| c != "057"), "{text}: {got:?}");
    }
}

#[test]
fn a_signed_protocol_is_still_a_signing() {
    // "Nghị định thư" is a protocol between two sides, not a decree.
    let got = coded(
        "Bộ trưởng Quốc phòng Campuchia và Bộ trưởng Quốc phòng Thái Lan đã ký Nghị định thư hợp tác biên giới.",
        &[
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_fixture_is_no_meeting() {
    for text in [
        "Ở lượt trận thứ ba, U20 Ecuador gặp U20 Nhật Bản trên sân Suwon.",
        "Các cặp đấu ở bán kết là Brazil gặp Croatia và Argentina gặp Hà Lan.",
        "Thủ môn Nguyễn Văn Toản mặc áo đấu số 1 trong trận gặp U23 Malaysia.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Ecuador", "ECU", &["Ecuador"]),
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (LOC, "Brazil", "BRA", &["Brazil"]),
                (LOC, "Croatia", "HRV", &["Croatia"]),
                (LOC, "Argentina", "ARG", &["Argentina"]),
                (LOC, "Hà Lan", "NLD", &["Hà Lan"]),
                (PER, "Nguyễn Văn Toản", "VNM", &["Nguyễn Văn Toản"]),
                (LOC, "Malaysia", "MYS", &["Malaysia"]),
            ],
        );
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_leaders_meeting_in_a_political_story_is_still_one() {
    let got = coded(
        "Chiều 5/3, Tổng thống Brazil gặp Tổng thống Argentina bên lề hội nghị.",
        &[
            (LOC, "Brazil", "BRA", &["Brazil"]),
            (LOC, "Argentina", "ARG", &["Argentina"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}

#[test]
fn an_act_told_after_even_if_did_not_happen() {
    let parties: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
    ];
    for text in [
        "Ngay cả khi Trung Quốc thực hiện yêu cầu của Mỹ đối với Triều Tiên, Bình Nhưỡng vẫn có nguồn cung khác.",
        "Giả sử Mỹ tấn công Triều Tiên, Trung Quốc sẽ không đứng ngoài.",
    ] {
        let got = coded(text, parties);
        assert!(
            got.iter().all(|(c, _, _)| !c.starts_with("10") && !c.starts_with("19")),
            "{text}: {got:?}"
        );
    }
    // Told plainly, the demand is one.
    let got = coded("Mỹ yêu cầu Trung Quốc gây sức ép với Triều Tiên.", parties);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("10")), "{got:?}");
}

#[test]
fn a_document_signed_earlier_is_no_signing_now() {
    let parties: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Hoa Kỳ", "USA", &["Hoa Kỳ"]),
    ];
    let got = coded(
        "Việt Nam và Hoa Kỳ nhất trí triển khai Bản ghi nhớ về hợp tác phòng chống tội phạm đã ký trước đây.",
        parties,
    );
    assert!(got.iter().all(|(c, _, _)| c != "057"), "{got:?}");
    // Signed in the news, it is a signing.
    let got = coded(
        "Việt Nam và Hoa Kỳ đã ký Bản ghi nhớ về hợp tác phòng chống tội phạm.",
        parties,
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn an_attack_only_supposed_did_not_happen() {
    for text in [
        "Quân đội Philippines sẵn sàng đáp trả trong trường hợp bị Trung Quốc tấn công.",
        "Mỹ cam kết bảo vệ Nhật Bản trước bất kỳ cuộc tấn công nào của Triều Tiên.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Philippines", "PHL", &["Philippines"]),
                (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            ],
        );
        assert!(
            got.iter().all(|(c, _, _)| !c.starts_with("19")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_attack_told_as_news_is_still_coded() {
    let got = coded(
        "Rạng sáng 7/5, quân đội Ấn Độ tấn công Pakistan.",
        &[
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Pakistan", "PAK", &["Pakistan"]),
        ],
    );
    assert!(got.contains(&ev("190", "IND", "PAK")), "{got:?}");
}

#[test]
fn a_bomber_is_an_aircraft_not_a_bombing() {
    for text in [
        "Ngày 9/1, Nga điều máy bay ném bom Tu-95 bay gần không phận Nhật Bản.",
        "Hai oanh tạc cơ B-1B của Mỹ bay qua bán đảo Triều Tiên.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Nga", "RUS", &["Nga"]),
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            ],
        );
        assert!(got.iter().all(|(c, _, _)| c != "195"), "{text}: {got:?}");
    }
}

#[test]
fn force_used_in_a_country_is_used_against_it() {
    let got = coded(
        "Rạng sáng 7/5, Ấn Độ tấn công các mục tiêu tại Pakistan.",
        &[
            (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            (LOC, "Pakistan", "PAK", &["Pakistan"]),
        ],
    );
    assert!(got.contains(&ev("190", "IND", "PAK")), "{got:?}");
}

#[test]
fn a_bombing_is_still_one() {
    let got = coded(
        "Không quân Israel ném bom các mục tiêu ở Liban.",
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "Liban", "LBN", &["Liban"]),
        ],
    );
    assert!(got.contains(&ev("195", "ISR", "LBN")), "{got:?}");
}

#[test]
fn a_negation_denies_each_of_verbs_joined_by_or() {
    let got = coded(
        "Tổng thống Peru sẽ không đóng cửa đại sứ quán hay cắt đứt quan hệ ngoại giao với Venezuela.",
        &[
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Venezuela", "VEN", &["Venezuela"]),
        ],
    );
    assert!(got.iter().all(|(c, _, _)| !c.starts_with("16")), "{got:?}");
}

#[test]
fn the_formula_of_peaceful_settlement_threatens_no_one() {
    for text in [
        "Về vấn đề Biển Đông, Việt Nam và Séc nhất trí mọi tranh chấp cần được giải quyết bằng biện pháp hòa bình, không dùng vũ lực hay đe dọa sử dụng vũ lực.",
        "Việt Nam và Séc khẳng định giải quyết tranh chấp bằng biện pháp hòa bình, không sử dụng hoặc đe dọa sử dụng vũ lực.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
                (LOC, "Séc", "CZE", &["Séc"]),
            ],
        );
        assert!(
            got.iter().all(|(c, _, _)| !c.starts_with("13") && !c.starts_with("19")),
            "{text}: {got:?}"
        );
    }
    // A threat of force told plainly stays one.
    let got = coded(
        "Nga đe dọa sử dụng vũ lực với Ukraine.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("13")), "{got:?}");
}

#[test]
fn meeting_with_trouble_is_no_meeting() {
    for text in [
        "Tài xế xe tải của công ty Nhật Bản gặp tai nạn trên cao tốc Hà Nội - Hải Phòng.",
        "Trong thời gian đầu, Mỹ và Hàn Quốc gặp nhiều khó khăn khi chiến đấu với quân đội Triều Tiên.",
        "Quan hệ giữa Mỹ và Triều Tiên vốn gặp nhiều sóng gió, nay lại càng gian nan.",
        "Nếu Mỹ dùng biện pháp quân sự thì Hàn Quốc và Nhật Bản sẽ gặp nguy hiểm.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
                (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            ],
        );
        assert!(got.iter().all(|(c, _, _)| !c.starts_with("04") && !c.starts_with("03")), "{text}: {got:?}");
    }
    // A meeting with a leader stays one.
    let got = coded(
        "Tổng thống Mỹ gặp Tổng thống Hàn Quốc tại Seoul.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}

#[test]
fn verbs_joined_by_or_without_a_negation_stay_coded() {
    let got = coded(
        "Peru tuyên bố đóng cửa đại sứ quán hay cắt đứt quan hệ ngoại giao với Venezuela.",
        &[
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Venezuela", "VEN", &["Venezuela"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("16")), "{got:?}");
}

#[test]
fn a_hoped_or_negotiated_signing_is_no_document() {
    for text in [
        "Hungary hy vọng ký một thỏa thuận trị giá 2 tỷ USD với Hàn Quốc trong năm nay.",
        "Hai nước cam kết ký kết hiệp định thương mại tự do giữa Hungary và Hàn Quốc.",
    ] {
        let c = common::code_lines(
            text,
            &[
                (LOC, "Hungary", "HUN", &["Hungary"]),
                (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            ],
        );
        assert!(c.agreements.is_empty(), "{text}: {:?}", c.agreements);
        assert!(
            c.events.iter().all(|e| e.code != "057"),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn a_signing_done_is_still_a_document() {
    let c = common::code_lines(
        "Hungary và Hàn Quốc đã ký một thỏa thuận hợp tác quốc phòng.",
        &[
            (LOC, "Hungary", "HUN", &["Hungary"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    );
    assert_eq!(c.agreements.len(), 1, "{:?}", c.agreements);
}
