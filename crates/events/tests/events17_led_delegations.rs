//! Session ev17: "A dẫn đầu đoàn … sang B" is a visit (042) by the leader's
//! country to the place the delegation goes to; without a place gone to,
//! leading a delegation is no act.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::VNM;
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const BLR: Row = (LOC, "Belarus", "BLR", &["Belarus"]);

#[test]
fn leading_a_delegation_to_a_country_visits_it() {
    let got = coded(
        "Đại tướng Chansamone Chanyalath dẫn đầu đoàn đại biểu quân sự cấp cao Bộ Quốc phòng Lào sang Việt Nam dự Triển lãm Quốc phòng quốc tế Việt Nam 2024.",
        &[
            (PER, "Chansamone Chanyalath", "LAO", &["Chansamone Chanyalath"]),
            (ORG, "Bộ Quốc phòng Lào", "LAO", &["Bộ Quốc phòng Lào"]),
            VNM,
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "042" && s == "LAO" && t == "VNM"),
        "{got:?}"
    );
}

#[test]
fn leading_delegations_to_talks_is_no_visit() {
    let got = coded(
        "Sau lễ đón chính thức, Chủ tịch nước Trần Đại Quang và Tổng thống Belarus Alexander Lukashenko dẫn đầu đoàn đại biểu cấp cao hai nước Việt Nam và Belarus tiến hành hội đàm.",
        &[
            (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]),
            (PER, "Alexander Lukashenko", "BLR", &["Alexander Lukashenko"]),
            VNM,
            BLR,
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
}
