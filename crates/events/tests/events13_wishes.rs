//! Session ev13: a wish aimed at a country named right after "mong muốn"
//! ("mong muốn Qatar tiếp tục phối hợp …") is the wisher's intent toward
//! that country; "liên tiếp" (one after another) is no reception;
//! gratitude ("tri ân") to a country is praise.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn a_wish_aimed_at_a_named_country_is_toward_it() {
    let got = coded(
        "Thủ tướng Ai Len Micheál Martin mong muốn Oman tiếp tục phối hợp với các bên liên quan kiềm chế.",
        &[
            (LOC, "Ai Len", "IRL", &["Ai Len"]),
            (PER, "Micheál Martin", "IRL", &["Micheál Martin"]),
            (LOC, "Oman", "OMN", &["Oman"]),
        ],
    );
    assert_eq!(got, [ev("030", "IRL", "OMN")]);
}

#[test]
fn a_wish_to_cooperate_with_a_country_named_later_is_unchanged() {
    let got = coded(
        "Tổng thống Kenya mong muốn tăng cường hợp tác với Tanzania.",
        &[
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Tanzania", "TZA", &["Tanzania"]),
        ],
    );
    assert_eq!(got, [ev("030", "KEN", "TZA")]);
}

#[test]
fn an_affirmation_naming_its_own_country_is_no_wish_toward_it() {
    // "khẳng định Kenya …": the speaker's own country is the subject of
    // what is affirmed, not whom it is aimed at.
    let got = coded(
        "Tổng thống Kenya khẳng định Kenya luôn coi trọng phát triển quan hệ với Tanzania.",
        &[
            (LOC, "Kenya", "KEN", &["Kenya"]),
            (LOC, "Tanzania", "TZA", &["Tanzania"]),
        ],
    );
    assert!(got.iter().all(|(_, s, t)| s != t), "{got:?}");
}

#[test]
fn one_after_another_is_no_reception() {
    let got = coded(
        "Thời gian gần đây, Iran liên tiếp thử tên lửa trong khi Mỹ điều tàu chiến tới vùng Vịnh.",
        &[(LOC, "Iran", "IRN", &["Iran"]), (LOC, "Mỹ", "USA", &["Mỹ"])],
    );
    assert!(got.iter().all(|(code, _, _)| code != "043"), "{got:?}");
}

#[test]
fn going_on_speaking_or_writing_is_no_reception() {
    // "nói tiếp" / "viết tiếp": "tiếp" goes on with the verb before it.
    for text in [
        "Ngoại trưởng Nga nói tiếp: \"Tôi sẽ nêu vấn đề này với Ngoại trưởng Mỹ\".",
        "Thủ tướng Nhật Bản mong hai nước viết tiếp trang sử mới trong quan hệ với Việt Nam.",
    ] {
        let got = coded(
            text,
            &[
                (LOC, "Nga", "RUS", &["Nga"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            ],
        );
        assert!(
            got.iter().all(|(code, _, _)| code != "043"),
            "{text}: {got:?}"
        );
    }
    // A reception told with "tiếp" is still one.
    let got = coded(
        "Chiều 3/6, Thủ tướng Việt Nam tiếp Bộ trưởng Ngoại giao Nhật Bản.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(got.contains(&ev("043", "VNM", "JPN")), "{got:?}");
}

#[test]
fn gratitude_to_a_country_is_praise() {
    let got = coded(
        "Tổng thống Ecuador đăng thông điệp tri ân Chile và bạn bè quốc tế đã viện trợ trong thời điểm khó khăn.",
        &[
            (LOC, "Ecuador", "ECU", &["Ecuador"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
    );
    assert!(got.contains(&ev("051", "ECU", "CHL")), "{got:?}");
    // A thank-you gathering is a noun, no act toward a country.
    let got = coded(
        "Các diễn viên Hàn Quốc tới dự buổi gặp mặt tri ân tại Đà Nẵng của Việt Nam.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Đà Nẵng", "VNM", &["Đà Nẵng"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    );
    assert!(got.iter().all(|(code, _, _)| code != "051"), "{got:?}");
}
