//! Session ev18: an invitation accepted is the guest's intent to visit
//! (036 from guest to host, the one intent of the invitation); a step told
//! with "sau đó" after a planned one is planned too; what an appeal lists
//! on past its commas ("đề nghị A tạo điều kiện …, kinh doanh … và hỗ trợ
//! …") is asked, not given.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{USA, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const BLR: Row = (LOC, "Belarus", "BLR", &["Belarus"]);
const TO_LAM: Row = (PER, "Tô Lâm", "VNM", &["Tô Lâm"]);
const TRUMP: Row = (PER, "Donald Trump", "USA", &["Trump"]);
const SIHAMONI: Row = (PER, "Norodom Sihamoni", "KHM", &["Quốc vương"]);

#[test]
fn an_invitation_accepted_in_the_next_sentence_is_the_guests_intent_to_visit() {
    let got = coded(
        "Chủ tịch nước Tô Lâm mời Quốc vương sớm thăm lại Việt Nam. Quốc vương vui vẻ nhận lời.",
        &[TO_LAM, SIHAMONI, VNM, KHM],
    );
    assert_eq!(got, vec![ev("036", "KHM", "VNM")]);
}

#[test]
fn a_visit_promised_on_accepting_is_the_one_intent_of_the_invitation() {
    let got = coded(
        "Tổng Bí thư Tô Lâm mời Tổng thống Trump sớm thăm lại Việt Nam; Tổng thống Trump vui vẻ nhận lời và cho biết sẽ thăm Việt Nam vào thời điểm thích hợp.",
        &[TO_LAM, TRUMP, VNM],
    );
    assert_eq!(got, vec![ev("036", "USA", "VNM")]);
}

#[test]
fn an_invitation_not_accepted_is_the_hosts_alone() {
    let got = coded(
        "Chủ tịch nước Tô Lâm mời Quốc vương sớm thăm lại Việt Nam. Quốc vương cảm ơn sự đón tiếp trọng thị.",
        &[TO_LAM, SIHAMONI, VNM, KHM],
    );
    assert!(!got.contains(&ev("036", "KHM", "VNM")), "{got:?}");
}

#[test]
fn a_visit_after_a_planned_one_is_planned_too() {
    let got = coded(
        "Sáng 12-7, Chủ tịch nước Tô Lâm sẽ thăm trụ sở Đại sứ quán Việt Nam tại Lào, sau đó lên đường thăm cấp Nhà nước Vương quốc Campuchia.",
        &[TO_LAM, VNM, LAO, KHM],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    assert!(got.contains(&ev("036", "VNM", "KHM")), "{got:?}");
}

#[test]
fn a_visit_after_a_visit_made_is_made() {
    let got = coded(
        "Chủ tịch Quốc hội Tô Lâm đã hội kiến Chủ tịch Duma, sau đó lên đường thăm chính thức Belarus.",
        &[TO_LAM, VNM, BLR],
    );
    assert!(got.contains(&ev("042", "VNM", "BLR")), "{got:?}");
}

#[test]
fn aid_listed_on_in_an_appeal_is_asked_not_given() {
    let got = coded(
        "Thủ tướng Việt Nam đề nghị phía Campuchia tiếp tục tạo điều kiện thuận lợi cho doanh nghiệp đầu tư, kinh doanh ổn định lâu dài và hỗ trợ người gốc Việt tại Campuchia về giấy tờ pháp lý, ổn định cuộc sống.",
        &[VNM, KHM],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn aid_after_a_semicolon_is_not_the_appeals() {
    let got = coded(
        "Việt Nam đề nghị Campuchia tạo điều kiện cho doanh nghiệp đầu tư; Việt Nam đã hỗ trợ Campuchia 500 tấn gạo và hỗ trợ Campuchia xây dựng trường học.",
        &[VNM, KHM],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "VNM" && t == "KHM"),
        "{got:?}"
    );
}

#[test]
fn aid_listed_on_in_an_appeal_to_investors_is_asked_not_given() {
    let got = coded(
        "Thủ tướng Việt Nam đề nghị các doanh nghiệp Mỹ mở rộng đầu tư vào những lĩnh vực như bán dẫn, trí tuệ nhân tạo, năng lượng tái tạo và hỗ trợ Việt Nam đào tạo nguồn nhân lực chất lượng cao.",
        &[VNM, USA],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn thanks_joined_after_a_plan_told_of_something_else_are_given() {
    let got = coded(
        "Phát biểu sau lễ ký, ông Trump nói các hợp đồng sẽ tạo ra hàng nghìn việc làm tại Mỹ và cảm ơn Việt Nam vì \"đã đón tiếp tuyệt vời\".",
        &[TRUMP, USA, VNM],
    );
    assert!(got.contains(&ev("051", "USA", "VNM")), "{got:?}");
}

#[test]
fn a_pledge_joined_after_a_plan_stays_a_pledge() {
    let got = coded(
        "Mỹ sẽ tiếp tục hợp tác với Việt Nam và hỗ trợ Việt Nam khắc phục hậu quả chiến tranh.",
        &[USA, VNM],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

const JPN: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);

#[test]
fn one_sides_pledge_is_kept_beside_both_sides_intent() {
    let got = coded(
        "Hai bên nhất trí tiếp tục hợp tác hiệu quả giữa Việt Nam và Nhật Bản trong lĩnh vực quốc phòng. Nhật Bản sẽ tiếp tục hỗ trợ Việt Nam phát triển cơ sở hạ tầng chiến lược.",
        &[VNM, JPN],
    );
    assert!(got.contains(&ev("033", "JPN", "VNM")), "{got:?}");
    assert_eq!(
        got.iter().filter(|(c, _, _)| c.starts_with("03")).count(),
        2,
        "{got:?}"
    );
}
