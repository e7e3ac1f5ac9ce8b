//! Session ev17: "không có chức năng/quyền … hay ký" denies the signing
//! joined by "hay"; "hàng không có …" (aviation) denies nothing.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::{JPN, VNM};

#[test]
fn lacking_the_power_to_sign_denies_the_signing() {
    let got = coded(
        "Việt Nam không có chức năng đứng ra đàm phán hay ký hợp đồng với Nhật Bản.",
        &[VNM, JPN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn an_airline_having_something_denies_nothing() {
    let got = coded(
        "Việt Nam và hãng hàng không có trụ sở tại Tokyo hay ký hợp đồng với Nhật Bản.",
        &[VNM, JPN],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}
