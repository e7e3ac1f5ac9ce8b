//! Session ev18: a "và" that joins a verb of saying ("… và cho biết
//! Washington sẽ …") joins two predicates of one speaker, not a partner to
//! the subject; "A và B" with titles between still makes partners. A
//! courtesy call (row V14M1) is pinned too: a meeting, planned an intent.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::VNM;
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const USA: Row = (LOC, "Mỹ", "USA", &["Washington", "Hoa Kỳ"]);
const BIDEN: Row = (PER, "Joe Biden", "USA", &["Joe Biden"]);
const TRONG: Row = (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]);

#[test]
fn a_pledge_after_and_said_is_the_speakers_countrys() {
    let got = coded(
        "Tổng thống Joe Biden đánh giá Việt Nam là đối tác quan trọng của Hoa Kỳ và cho biết Washington sẽ hỗ trợ Việt Nam phát triển hệ sinh thái bán dẫn.",
        &[BIDEN, USA, VNM],
    );
    assert!(got.contains(&ev("033", "USA", "VNM")), "{got:?}");
    assert!(!got.iter().any(|(_, s, _)| s == "VNM"), "{got:?}");
}

#[test]
fn two_leaders_joined_by_and_are_still_partners() {
    let got = coded(
        "Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Joe Biden hội đàm tại Trụ sở Trung ương Đảng.",
        &[TRONG, BIDEN, VNM, USA],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}

const HUN: Row = (LOC, "Hungary", "HUN", &["Hungary"]);
const ORBAN: Row = (PER, "Orbán Viktor", "HUN", &["Orbán Viktor"]);

#[test]
fn a_courtesy_call_is_a_meeting_and_planned_an_intent_to_meet() {
    let got = coded(
        "Chiều cùng ngày, Thủ tướng Orbán Viktor đã chào xã giao Tổng Bí thư Nguyễn Phú Trọng.",
        &[ORBAN, TRONG, HUN, VNM],
    );
    assert!(got.contains(&ev("040", "HUN", "VNM")), "{got:?}");
    let got = coded(
        "Theo chương trình, Thủ tướng Orbán Viktor sẽ chào xã giao Tổng Bí thư Nguyễn Phú Trọng.",
        &[ORBAN, TRONG, HUN, VNM],
    );
    assert_eq!(got, vec![ev("036", "HUN", "VNM")]);
}

#[test]
fn a_courtesy_call_at_home_is_no_relation() {
    let got = coded(
        "Sáng cùng ngày, Bộ trưởng Nguyễn Văn Thắng đã chào xã giao Tổng Bí thư Nguyễn Phú Trọng.",
        &[
            (PER, "Nguyễn Văn Thắng", "VNM", &["Nguyễn Văn Thắng"]),
            TRONG,
            VNM,
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}
