//! Session ev23 (heldout32-35): mediation told with the mediator apart from
//! the two sides ("do A làm trung gian", "nhờ trung gian của A", "dưới sự
//! chủ trì của A", "A chủ trì cuộc gặp giữa B và C") is 045 from the
//! mediator to each side; a ceremony led by one of the signers' own leaders
//! is no mediation.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const SAU: Row = (LOC, "Ả Rập Xê-út", "SAU", &["Saudi Arabia"]);
const IRN: Row = (LOC, "Iran", "IRN", &["Iran"]);
const BEIJING: Row = (LOC, "Bắc Kinh", "CHN", &["Bắc Kinh"]);
const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const DOHA: Row = (LOC, "Doha", "QAT", &["Doha"]);
const TAMIM: Row = (
    PER,
    "Tamim bin Hamad Al Thani",
    "QAT",
    &["Quốc vương Qatar Tamim bin Hamad Al Thani"],
);
const TSHISEKEDI: Row = (PER, "Félix Tshisekedi", "COD", &["Tshisekedi"]);
const KAGAME: Row = (PER, "Paul Kagame", "RWA", &["Kagame"]);
const ANWAR: Row = (
    PER,
    "Anwar Ibrahim",
    "MYS",
    &["Thủ tướng Malaysia Anwar Ibrahim"],
);
const HUN_MANET: Row = (PER, "Hun Manet", "KHM", &["Hun Manet"]);
const PHUMTHAM: Row = (
    PER,
    "Phumtham Wechayachai",
    "THA",
    &["Phumtham Wechayachai"],
);
const PM_VN: Row = (
    PER,
    "Phạm Minh Chính",
    "VNM",
    &["Thủ tướng Phạm Minh Chính"],
);

fn mediated(got: &[(String, String, String)], from: &str, to: &str) -> bool {
    got.contains(&ev("045", from, to))
}

#[test]
fn talks_a_third_country_mediated() {
    let got = coded(
        "Saudi Arabia và Iran ngày 10-3 đã nhất trí khôi phục quan hệ ngoại giao, sau các cuộc đàm phán do Trung Quốc làm trung gian tại thủ đô Bắc Kinh.",
        &[SAU, IRN, CHN, BEIJING],
    );
    assert!(
        mediated(&got, "CHN", "SAU") && mediated(&got, "CHN", "IRN"),
        "{got:?}"
    );
    let got = coded(
        "Ngày 18/3, ông Tshisekedi và ông Kagame đã có cuộc gặp bất ngờ tại Doha dưới sự chủ trì của Quốc vương Qatar Tamim bin Hamad Al Thani.",
        &[TSHISEKEDI, KAGAME, DOHA, TAMIM],
    );
    assert!(
        mediated(&got, "QAT", "COD") && mediated(&got, "QAT", "RWA"),
        "{got:?}"
    );
    let got = coded(
        "Chiều 28/7, Thủ tướng Malaysia Anwar Ibrahim đã chủ trì cuộc gặp giữa Thủ tướng Campuchia Hun Manet và Quyền Thủ tướng Thái Lan Phumtham Wechayachai.",
        &[ANWAR, HUN_MANET, PHUMTHAM],
    );
    assert!(
        mediated(&got, "MYS", "KHM") && mediated(&got, "MYS", "THA"),
        "{got:?}"
    );
}

#[test]
fn a_signer_presiding_is_no_mediator() {
    // Negative: the host country's own leader presided over the signing.
    let got = coded(
        "Lễ ký giữa Việt Nam và Lào diễn ra dưới sự chủ trì của Thủ tướng Phạm Minh Chính.",
        &[VNM, LAO, PM_VN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "045"), "{got:?}");
    // Negative: a meeting with one other side named is no mediation.
    let got = coded(
        "Hội nghị diễn ra tại Bắc Kinh dưới sự chủ trì của Lào.",
        &[LAO, BEIJING],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "045"), "{got:?}");
}

#[test]
fn readiness_for_talks_is_an_intent_to_cooperate() {
    let got = coded(
        "Tổng Bí thư khẳng định Việt Nam sẵn sàng thảo luận với phía Mỹ để đưa mức thuế nhập khẩu về 0% đối với hàng hóa nhập khẩu từ Mỹ.",
        &[VNM, common::countries::USA],
    );
    assert!(got.contains(&ev("030", "VNM", "USA")), "{got:?}");
    // Negative: talks already held are no intent.
    let got = coded(
        "Việt Nam đã thảo luận với Mỹ về thuế quan.",
        &[VNM, common::countries::USA],
    );
    assert!(
        !got.iter().any(|(c, _, _)| c == "036" || c == "030"),
        "{got:?}"
    );
}

const VILAY: Row = (
    PER,
    "Vilay Lakhamphong",
    "LAO",
    &["Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong"],
);
const PHOC: Row = (PER, "Hồ Đức Phớc", "VNM", &["Phó thủ tướng Hồ Đức Phớc"]);
const WASHINGTON: Row = (LOC, "Washington", "USA", &["Oasinhtơn"]);

#[test]
fn a_leader_who_will_go_somewhere_intends_a_visit() {
    let got = coded(
        "Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong sẽ sang Việt Nam dự Hội nghị Bộ trưởng lần thứ 9.",
        &[VILAY, VNM],
    );
    assert!(got.contains(&ev("036", "LAO", "VNM")), "{got:?}");
    let got = coded(
        "Phó thủ tướng Hồ Đức Phớc dự kiến sẽ sang Oasinhtơn trong tuần tới.",
        &[PHOC, WASHINGTON],
    );
    assert!(got.contains(&ev("036", "VNM", "USA")), "{got:?}");
    // Negative: goods that will go to a country are no visit.
    let got = coded(
        "Lô hàng của Việt Nam sẽ sang Lào trong tháng tới.",
        &[VNM, LAO],
    );
    assert!(got.is_empty(), "{got:?}");
    // Negative: a visit verb after the going keeps its own intent, once.
    let got = coded(
        "Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong sẽ tới thăm Việt Nam.",
        &[VILAY, VNM],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
}

const YEM: Row = (LOC, "Yemen", "YEM", &["Yemen"]);
const IRN_MFA: Row = (
    EntityKind::Organisation,
    "Bộ Ngoại giao Iran",
    "IRN",
    &["Bộ Ngoại giao Iran"],
);

#[test]
fn force_a_judge_condemns_is_not_the_judges_act() {
    let got = coded(
        "Bộ Ngoại giao Iran lên án mạnh mẽ các cuộc không kích, gọi đây là hành động vi phạm chủ quyền của Yemen.",
        &[IRN_MFA, YEM],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: a strike told as done stays one.
    let got = coded("Iran không kích các mục tiêu ở Yemen.", &[IRN, YEM]);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
}

#[test]
fn an_upgrade_in_a_joint_statement_is_one_signing() {
    let text = "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ Việt Nam - Mỹ lên Đối tác chiến lược toàn diện. \
                Sau hội đàm, hai bên thông qua Tuyên bố chung về nâng cấp quan hệ Việt Nam - Mỹ.";
    let got = coded(text, &[VNM, common::countries::USA]);
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "050"), "{got:?}");
    // Negative: an upgrade with no document adopted stays 050.
    let got = coded(
        "Hai nhà lãnh đạo tuyên bố nâng cấp quan hệ Việt Nam - Mỹ lên Đối tác chiến lược toàn diện.",
        &[VNM, common::countries::USA],
    );
    assert!(got.iter().any(|(c, _, _)| c == "050"), "{got:?}");
}
