//! Session ev20 (heldout25, heldout27): a protest or a demand chained after
//! a contact with a country, naming no other country, is made to the side
//! just met; not after support, nor when another country follows.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, USA, VNM};
use common::{coded, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const CUB: Row = (LOC, "Cuba", "CUB", &["Cuba"]);
const HCMC: Row = (LOC, "TP Hồ Chí Minh", "VNM", &["TPHCM"]);
const TWN: Row = (LOC, "Đài Loan", "TWN", &["Đài Loan"]);

#[test]
fn a_protest_after_a_contact_goes_to_the_side_met() {
    let got = coded(
        "Chiều 19/7, người phát ngôn cho biết Việt Nam đã tiếp xúc nhiều lần với phía Trung Quốc, trao công hàm phản đối và kiên quyết yêu cầu chấm dứt mọi hoạt động vi phạm, rút toàn bộ tàu ra khỏi vùng biển Việt Nam.",
        &[VNM, CHN],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "VNM" && t == "CHN"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("10") && s == "VNM" && t == "CHN"),
        "{got:?}"
    );
}

#[test]
fn an_objection_after_support_is_not_to_the_supported() {
    let got = coded(
        "Bí thư Nguyễn Văn Nên khẳng định TPHCM ủng hộ lập trường của Cuba, phản đối lệnh cấm vận đơn phương.",
        &[HCMC, CUB],
    );
    assert!(
        !got.iter()
            .any(|(c, _, t)| c.starts_with("11") && t == "CUB"),
        "{got:?}"
    );
}

#[test]
fn a_threat_naming_another_country_after_a_call_is_not_to_the_caller() {
    let got = coded(
        "Quan hệ xuống dốc kể từ sau khi Mỹ phá vỡ quy tắc ngoại giao, điện đàm với lãnh đạo Đài Loan hồi tháng 12 và đe dọa sẽ tăng cường áp thuế đối với hàng hóa nhập khẩu từ Trung Quốc.",
        &[USA, TWN, CHN],
    );
    assert!(
        !got.iter()
            .any(|(c, _, t)| c.starts_with("13") && t == "TWN"),
        "{got:?}"
    );
}
