//! Session ev18: "tại buổi tiếp," is the scene of a reception told before,
//! no reception of the names after it, and "Trong điện mừng," the scene of
//! a message told before, no message from the one named after it; an
//! embargo named as a noun is no act, but lifting it eases it (085).

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{USA, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const CUB: Row = (LOC, "Cuba", "CUB", &["Cuba"]);
const JPN: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const NEN: Row = (PER, "Nguyễn Văn Nên", "VNM", &["Nguyễn Văn Nên"]);
const ENVOY: Row = (
    PER,
    "Orlando Hernández Guillén",
    "CUB",
    &["Orlando Hernández Guillén"],
);

#[test]
fn a_topic_at_the_scene_of_a_reception_is_no_act_between_its_names() {
    let got = coded(
        "Bí thư Thành ủy Nguyễn Văn Nên tiếp Đại sứ Cuba Orlando Hernández Guillén. Cũng tại buổi tiếp, hai bên trao đổi về tình hình quốc tế, trong đó có lệnh cấm vận kéo dài hơn 60 năm của Mỹ đối với Cuba.",
        &[NEN, ENVOY, VNM, CUB, USA],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "USA" || t == "USA"),
        "{got:?}"
    );
    assert!(got.contains(&ev("043", "VNM", "CUB")), "{got:?}");
}

#[test]
fn a_reception_naming_its_guest_is_still_read() {
    let got = coded(
        "Tại buổi tiếp Đại sứ Nhật Bản, Chủ tịch nước Việt Nam khẳng định quan hệ hai nước đang phát triển tốt đẹp.",
        &[VNM, JPN],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}

#[test]
fn lifting_an_embargo_entirely_eases_it() {
    let got = coded(
        "Tổng thống Mỹ cho biết Washington quyết định dỡ bỏ hoàn toàn lệnh cấm vận bán vũ khí sát thương cho Việt Nam.",
        &[USA, VNM],
    );
    assert!(got.contains(&ev("085", "USA", "VNM")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "163"), "{got:?}");
}

#[test]
fn an_embargo_imposed_is_still_coded() {
    let got = coded(
        "Mỹ áp đặt lệnh cấm vận đối với Cuba từ năm 1962.",
        &[USA, CUB],
    );
    assert!(got.contains(&ev("163", "USA", "CUB")), "{got:?}");
}

const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const CHINH: Row = (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]);
const SONEXAY: Row = (PER, "Sonexay Siphandone", "LAO", &["Sonexay Siphandone"]);

#[test]
fn the_message_as_the_scene_of_what_it_says_is_no_message_the_other_way() {
    let got = coded(
        "Thủ tướng Phạm Minh Chính gửi điện mừng đồng chí Sonexay Siphandone. Trong điện mừng, Thủ tướng Phạm Minh Chính bày tỏ tin tưởng rằng, trên cương vị mới, đồng chí Sonexay Siphandone sẽ cùng Chính phủ Lào lãnh đạo nhân dân các bộ tộc Lào anh em.",
        &[CHINH, SONEXAY, VNM, LAO],
    );
    assert!(got.contains(&ev("051", "VNM", "LAO")), "{got:?}");
    assert!(!got.iter().any(|(_, s, _)| s == "LAO"), "{got:?}");
}
