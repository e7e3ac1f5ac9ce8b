//! Session ev17: a sentence of sports reporting codes nothing but a
//! signing: a coach's contract with a federation is no play.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const VFF: Row = (
    ORG,
    "Liên đoàn Bóng đá Việt Nam",
    "VNM",
    &["Liên đoàn Bóng đá Việt Nam"],
);
const KIM: Row = (PER, "Kim Sang-sik", "KOR", &["Kim Sang-sik"]);

#[test]
fn a_coach_signing_in_a_sports_sentence_is_a_signing() {
    let got = coded(
        "Chiều 6/5, tại trụ sở Liên đoàn Bóng đá Việt Nam, ông Kim Sang-sik đã ký hợp đồng với thời hạn 2 năm, chính thức trở thành huấn luyện viên trưởng đội tuyển quốc gia.",
        &[VFF, KIM],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "057"
                && ((s == "VNM" && t == "KOR") || (s == "KOR" && t == "VNM"))),
        "{got:?}"
    );
}

#[test]
fn other_acts_in_a_sports_sentence_stay_play() {
    let got = coded(
        "Đội tuyển Việt Nam tấn công liên tục vào khung thành Thái Lan và ghi bàn ở phút 80.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_players_contract_between_countries_named_as_places_is_no_signing() {
    let got = coded(
        "Ngay sau cuộc gặp ở nhà hàng, cầu thủ người Thụy Điển đã ký hợp đồng với câu lạc bộ của Italy và ghi bàn ngay trận ra mắt.",
        &[
            (LOC, "Thụy Điển", "SWE", &["Thụy Điển"]),
            (LOC, "Italy", "ITA", &["Italy"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}
