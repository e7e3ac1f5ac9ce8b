//! A head of state receiving a list of ambassadors presenting credentials
//! (issue 4): the list goes on past "và Đại sứ kiêm nhiệm của các nước …",
//! a title of seven words between two names, so every country listed is
//! received, not only those before it.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn every_ambassador_of_a_long_list_is_received() {
    let got = coded(
        "Sáng 5/3, Chủ tịch nước Nguyễn Văn An tiếp Đại sứ các nước: Kenya, Peru và Đại sứ kiêm nhiệm của các nước Malta, Bhutan, Ghana nhân dịp trình Quốc thư.",
        &[
            (PER, "Nguyễn Văn An", "VNM", &["Nguyễn Văn An"]),
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Peru", "PER", &["Peru"]),
            (LOC, "Malta", "MLT", &["Malta"]),
            (LOC, "Bhutan", "BTN", &["Bhutan"]),
            (LOC, "Ghana", "GHA", &["Ghana"]),
        ],
    );
    for guest in ["KEN", "PER", "MLT", "BTN", "GHA"] {
        assert!(got.contains(&ev("043", "VNM", guest)), "{guest}: {got:?}");
    }
}

#[test]
fn a_longer_run_of_words_still_ends_the_list() {
    // a clause between two names is no title: the country after it is no guest
    let got = coded(
        "Chủ tịch nước Nguyễn Văn An tiếp Đại sứ Kenya, trong khi đó các doanh nghiệp của nhiều nước như Malta cũng đang theo dõi.",
        &[
            (PER, "Nguyễn Văn An", "VNM", &["Nguyễn Văn An"]),
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Malta", "MLT", &["Malta"]),
        ],
    );
    assert!(got.contains(&ev("043", "VNM", "KEN")), "{got:?}");
    assert!(!got.contains(&ev("043", "VNM", "MLT")), "{got:?}");
}
