//! Session ev18: a company opening or breaking ground for a plant in
//! another country invests there (061, from the company's country to the
//! country of the place); a company's plant at home names one side only.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::VNM;
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Organisation as ORG;

const USA: Row = (LOC, "Mỹ", "USA", &["Mỹ"]);
const DNK: Row = (LOC, "Đan Mạch", "DNK", &["Đan Mạch"]);
const AMKOR: Row = (ORG, "Amkor", "USA#BUS", &["Tập đoàn Amkor Technology"]);
const LEGO: Row = (ORG, "LEGO", "DNK#BUS", &["Tập đoàn LEGO"]);
const HOA_PHAT: Row = (ORG, "Hòa Phát", "VNM#BUS", &["Tập đoàn Hòa Phát"]);
const BAC_NINH: Row = (LOC, "Bắc Ninh", "VNM", &["Bắc Ninh"]);
const BINH_DUONG: Row = (LOC, "Bình Dương", "VNM", &["Bình Dương"]);
const QUANG_NGAI: Row = (LOC, "Quảng Ngãi", "VNM", &["Quảng Ngãi"]);

#[test]
fn a_foreign_company_opening_a_plant_invests_in_the_country() {
    let got = coded(
        "Sáng 11/10, Tập đoàn Amkor Technology (Mỹ) khánh thành nhà máy sản xuất, lắp ráp và kiểm thử chip bán dẫn tại Khu công nghiệp Yên Phong II-C, tỉnh Bắc Ninh, với tổng vốn đầu tư đăng ký 1,6 tỷ USD.",
        &[AMKOR, USA, BAC_NINH],
    );
    assert!(got.contains(&ev("061", "USA", "VNM")), "{got:?}");
}

#[test]
fn breaking_ground_for_a_plant_abroad_is_investing_too() {
    let got = coded(
        "Sáng 9/11, Tập đoàn LEGO (Đan Mạch) đã tổ chức lễ động thổ nhà máy sản xuất đồ chơi tại Khu công nghiệp Việt Nam - Singapore III, tỉnh Bình Dương, với tổng vốn đầu tư hơn 1 tỷ USD.",
        &[LEGO, DNK, BINH_DUONG, VNM],
    );
    assert!(got.contains(&ev("061", "DNK", "VNM")), "{got:?}");
}

#[test]
fn a_plant_opened_at_home_is_no_relation() {
    let got = coded(
        "Sáng 5/9, Tập đoàn Hòa Phát khánh thành nhà máy thép tại Khu kinh tế Dung Quất, tỉnh Quảng Ngãi.",
        &[HOA_PHAT, QUANG_NGAI, VNM],
    );
    assert!(got.is_empty(), "{got:?}");
}
