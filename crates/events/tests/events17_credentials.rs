//! Session ev17: a head of state receiving ambassadors' credentials
//! ("tiếp nhận Quốc thư của Đại sứ các nước A, B và C") receives each
//! envoy's country (043).

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::{JPN, KOR};
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

const THUONG: Row = (PER, "Võ Văn Thưởng", "VNM", &["Võ Văn Thưởng"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Cộng hòa Ấn Độ"]);
const DEU: Row = (LOC, "Đức", "DEU", &["Cộng hòa Liên bang Đức"]);

#[test]
fn receiving_credentials_receives_each_envoys_country() {
    let got = coded(
        "Tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ tiếp nhận Quốc thư của Đại sứ đặc mệnh toàn quyền các nước Nhật Bản, Hàn Quốc, Cộng hòa Ấn Độ và Cộng hòa Liên bang Đức đến trình Quốc thư nhân dịp nhận nhiệm vụ.",
        &[THUONG, JPN, KOR, IND, DEU],
    );
    for envoy in ["JPN", "KOR", "IND", "DEU"] {
        assert!(
            got.iter()
                .any(|(c, s, t)| c.starts_with("04") && s == "VNM" && t == envoy),
            "{envoy}: {got:?}"
        );
    }
    // The envoys present together: they meet no one of each other.
    assert!(
        !got.iter().any(|(_, s, t)| s != "VNM" && t != "VNM"),
        "{got:?}"
    );
}

#[test]
fn receiving_a_letter_is_no_reception() {
    let got = coded(
        "Chủ tịch nước Võ Văn Thưởng đã nhận thư chúc mừng của Thủ tướng Nhật Bản.",
        &[THUONG, JPN],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}
