//! Session ev18: economic cooperation named as the topic of talks or as a
//! field ("trao đổi về hợp tác kinh tế", "nhất là hợp tác kinh tế") is no
//! act; where the doer goes next, told in a "trước khi" clause, is not
//! whom the act told before it is done to.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const MODI: Row = (PER, "Narendra Modi", "IND", &["Modi"]);

#[test]
fn economic_cooperation_as_a_topic_of_talks_is_no_act() {
    let got = coded(
        "Tại cuộc hội đàm sáng nay trước lễ ký, hai thủ tướng Việt Nam và Campuchia cũng trao đổi về hợp tác kinh tế.",
        &[VNM, KHM],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "061"), "{got:?}");
}

#[test]
fn economic_cooperation_as_a_verb_is_still_coded() {
    let got = coded(
        "Việt Nam và Campuchia hợp tác kinh tế chặt chẽ.",
        &[VNM, KHM],
    );
    assert!(got.contains(&ev("061", "VNM", "KHM")), "{got:?}");
}

#[test]
fn where_the_doer_goes_next_is_not_whom_the_visit_is_to() {
    let got = coded(
        "Ông Modi đến Hà Nội tối qua, bắt đầu chuyến thăm chính thức Việt Nam kéo dài hai ngày, trước khi sang Trung Quốc dự Hội nghị thượng đỉnh G20 tại Hàng Châu.",
        &[MODI, IND, VNM, CHN],
    );
    assert!(!got.iter().any(|(_, _, t)| t == "CHN"), "{got:?}");
    assert!(got.contains(&ev("042", "IND", "VNM")), "{got:?}");
}
