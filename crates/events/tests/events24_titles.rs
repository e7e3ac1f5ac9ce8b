//! Session ev24: a meeting whose subject is a bare title ("Tiếp đó, Bộ
//! trưởng gặp Ngoại trưởng Nga Sergey Lavrov") is held by the doer of the
//! last act told, when that is of another country than the one met.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

fn met(got: &[(String, String, String)], a: &str, b: &str) -> bool {
    got.iter()
        .any(|(code, s, t)| code.starts_with("04") && ((s == a && t == b) || (s == b && t == a)))
}

#[test]
fn a_bare_title_meets_for_the_last_doer() {
    let got = coded(
        "Chiều cùng ngày, Bộ trưởng Bùi Thanh Sơn gặp Ngoại trưởng Hoa Kỳ Antony Blinken. Tiếp đó, Bộ trưởng gặp Ngoại trưởng Nga Sergey Lavrov. Bộ trưởng cũng gặp Ngoại trưởng Nhật Bản Hayashi Yoshimasa.",
        &[
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (LOC, "Mỹ", "USA", &["Hoa Kỳ"]),
            (PER, "Antony Blinken", "USA", &["Antony Blinken"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Sergey Lavrov", "RUS", &["Sergey Lavrov"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (PER, "Hayashi Yoshimasa", "JPN", &["Hayashi Yoshimasa"]),
        ],
    );
    assert!(met(&got, "VNM", "USA"), "{got:?}");
    assert!(met(&got, "VNM", "RUS"), "{got:?}");
    assert!(met(&got, "VNM", "JPN"), "{got:?}");
}

#[test]
fn a_subject_that_is_no_bare_title_meets_for_no_one() {
    // A reporter, or a meeting noun opening the sentence, holds no meeting
    // for the last doer.
    let got = coded(
        "Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken. Phóng viên gặp Ngoại trưởng Nga Sergey Lavrov. Trong cuộc gặp Ngoại trưởng Nhật Bản Hayashi Yoshimasa, hai bên nhất trí tăng cường hợp tác.",
        &[
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (LOC, "Mỹ", "USA", &["Hoa Kỳ"]),
            (PER, "Antony Blinken", "USA", &["Antony Blinken"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Sergey Lavrov", "RUS", &["Sergey Lavrov"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (PER, "Hayashi Yoshimasa", "JPN", &["Hayashi Yoshimasa"]),
        ],
    );
    assert!(met(&got, "VNM", "USA"), "{got:?}");
    assert!(!met(&got, "VNM", "RUS"), "{got:?}");
    assert!(
        !met(&got, "VNM", "JPN") && !met(&got, "USA", "JPN"),
        "{got:?}"
    );
}
