//! Session ev15: persons handed back across a border by the forces of
//! another country ("tiếp nhận 57 công dân do lực lượng chức năng A trao
//! trả/bàn giao") are returned (0841) by A to the receiving country; read
//! only with its "do" agent, so a territory handed over long ago is none.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG};

#[test]
fn citizens_handed_back_by_a_neighbours_forces_are_returned_by_it() {
    let got = coded(
        "Ngày 3-2, Đồn Biên phòng Cửa khẩu Lao Bảo tiếp nhận 21 công dân Việt Nam do lực lượng chức năng Lào trao trả.",
        &[
            (ORG, "Đồn Biên phòng Cửa khẩu Lao Bảo", "VNM", &["Đồn Biên phòng Cửa khẩu Lao Bảo"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Lào", "LAO", &["Lào"]),
        ],
    );
    assert!(got.contains(&ev("0841", "LAO", "VNM")), "{got:?}");
    let got = coded(
        "Bộ đội Biên phòng tỉnh An Giang tiếp nhận 12 công dân Việt Nam do phía Campuchia bàn giao.",
        &[
            (ORG, "Bộ đội Biên phòng tỉnh An Giang", "VNM", &["Bộ đội Biên phòng tỉnh An Giang"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
        ],
    );
    assert!(got.contains(&ev("0841", "KHM", "VNM")), "{got:?}");
}

#[test]
fn a_territory_handed_over_without_an_agent_is_no_return() {
    let got = coded(
        "Ma Cao kỷ niệm 25 năm được Bồ Đào Nha trao trả cho Trung Quốc.",
        &[
            (LOC, "Ma Cao", "CHN", &["Ma Cao"]),
            (LOC, "Bồ Đào Nha", "PRT", &["Bồ Đào Nha"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("08")), "{got:?}");
    // "lý do" is a reason, not an agent.
    let got = coded(
        "Ai Cập cắt quan hệ với Qatar với lý do Qatar bàn giao vũ khí cho phiến quân.",
        &[
            (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("08")), "{got:?}");
}
