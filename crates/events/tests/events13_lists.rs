//! Session ev13: a partner listed by a full name the recogniser does not
//! know, followed by its short name in brackets ("… và Tổng thống Các Tiểu
//! vương quốc Ả-rập thống nhất (UAE)"), is still one of the list.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_partner_named_in_full_before_its_bracketed_short_name_is_listed() {
    let got = coded(
        "Thủ tướng Thái Lan đã có các cuộc điện đàm với Thủ tướng Nhà nước Kuwait và Tổng thống Cộng hòa Hồi giáo Xứ sở Mặt trời (XMT), trao đổi về tình hình khu vực.",
        &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Kuwait", "KWT", &["Kuwait"]),
            (LOC, "XMT", "OMN", &["XMT"]),
        ],
    );
    assert!(got.contains(&ev("041", "THA", "KWT")), "{got:?}");
    assert!(got.contains(&ev("041", "THA", "OMN")), "{got:?}");
}

#[test]
fn a_bracketed_name_after_a_clause_is_no_list_item() {
    // "(UAE)" here closes another clause: a new predicate, no partner.
    let got = coded(
        "Thủ tướng Thái Lan điện đàm với Thủ tướng Kuwait, sau đó phát biểu tại Diễn đàn Đầu tư của Xứ sở Mặt trời (XMT).",
        &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Kuwait", "KWT", &["Kuwait"]),
            (PER, "XMT", "OMN", &["XMT"]),
        ],
    );
    assert!(got.contains(&ev("041", "THA", "KWT")), "{got:?}");
    assert!(!got.contains(&ev("041", "THA", "OMN")), "{got:?}");
}
