//! Session 20 (brief evw31): force told as a noun carried on right before
//! it ("tiếp tục các cuộc không kích": `world_cues.tsv` kinds `carryon`
//! and `count`), raids with missiles or drones coded as aerial strikes
//! (195), a protest sent (114) and a suit filed (115) in `verbs.tsv`.
//! Sentences written after the world-news dev sets.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const ISR: (EntityKind, &str, &str, &[&str]) = (LOC, "Israel", "ISR", &["Israel"]);
const PSE: (EntityKind, &str, &str, &[&str]) = (LOC, "Gaza", "PSE", &["Dải Gaza"]);
const USA: (EntityKind, &str, &str, &[&str]) = (LOC, "Mỹ", "USA", &["Mỹ"]);
const RUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Nga", "RUS", &["Nga"]);
const UKR: (EntityKind, &str, &str, &[&str]) = (LOC, "Ukraine", "UKR", &["Ukraine"]);

fn has(got: &[(String, String, String)], code: &str, s: &str, t: &str) -> bool {
    got.iter()
        .any(|(c, a, b)| c.starts_with(code) && a == s && b == t)
}

#[test]
fn force_noun_carried_on_right_before_it_is_done() {
    let got = coded(
        "Quân đội Israel tiếp tục các cuộc không kích vào Dải Gaza.",
        &[ISR, PSE],
    );
    assert!(has(&got, "19", "ISR", "PSE"), "{got:?}");
    // Negative: "tiếp tục" before another verb carries out no force noun.
    let got = coded(
        "Mỹ tiếp tục lên án các cuộc không kích vào Dải Gaza.",
        &[USA, PSE],
    );
    assert!(!has(&got, "19", "USA", "PSE"), "{got:?}");
}

#[test]
fn count_words_between_the_verb_and_its_force_noun() {
    let got = coded(
        "Nga tiến hành một trong những cuộc tập kích bằng tên lửa lớn nhất nhằm vào Ukraine.",
        &[RUS, UKR],
    );
    assert!(has(&got, "195", "RUS", "UKR"), "{got:?}");
    // Negative: the same noun with no verb carrying it out names no doer.
    let got = coded(
        "Truyền thông Nga cho biết đây là một trong những cuộc tập kích bằng tên lửa lớn nhất nhằm vào Ukraine.",
        &[RUS, UKR],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
}

#[test]
fn a_protest_sent_and_a_suit_filed() {
    let jpn = (LOC, "Nhật Bản", "JPN", &["Tokyo"][..]);
    let prk = (LOC, "Triều Tiên", "PRK", &["Bình Nhưỡng"][..]);
    let got = coded(
        "Tokyo đã gửi kháng nghị tới Bình Nhưỡng qua kênh đại sứ quán.",
        &[jpn, prk],
    );
    assert!(has(&got, "114", "JPN", "PRK"), "{got:?}");
    // Negative: a protest received is sent by the other side, not by the
    // subject.
    let got = coded("Tokyo nhận được kháng nghị từ Bình Nhưỡng.", &[jpn, prk]);
    assert!(!has(&got, "114", "JPN", "PRK"), "{got:?}");
    let zaf = (LOC, "Nam Phi", "ZAF", &["Nam Phi"][..]);
    let got = coded("Nam Phi đệ đơn kiện Israel lên ICJ.", &[zaf, ISR]);
    assert!(has(&got, "115", "ZAF", "ISR"), "{got:?}");
    // Negative: the passive's subject is the one sued.
    let got = coded("Israel bị Nam Phi đệ đơn kiện lên ICJ.", &[zaf, ISR]);
    assert!(!has(&got, "115", "ISR", "ZAF"), "{got:?}");
}

#[test]
fn citizens_and_remains_handed_back_are_returned() {
    let lao = (LOC, "Lào", "LAO", &["Lào"][..]);
    let vnm = (LOC, "Việt Nam", "VNM", &["Việt Nam"][..]);
    let got = coded(
        "Phía Lào vừa bàn giao 26 hài cốt quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
        &[lao, vnm],
    );
    assert!(has(&got, "0841", "LAO", "VNM"), "{got:?}");
    let khm = (LOC, "Campuchia", "KHM", &["Campuchia"][..]);
    let got = coded(
        "Campuchia đã trao trả 18 công dân Việt Nam tại cửa khẩu Khánh Bình.",
        &[khm, vnm],
    );
    assert!(has(&got, "0841", "KHM", "VNM"), "{got:?}");
    // Negative: anything else handed over is no return of persons.
    let jpn = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"][..]);
    let got = coded("Nhật Bản bàn giao dự án cho Việt Nam.", &[jpn, vnm]);
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("08")), "{got:?}");
    // Negative: a handover ceremony held by both sides names no doer.
    let got = coded(
        "Việt Nam và Lào tổ chức lễ bàn giao hài cốt liệt sĩ.",
        &[lao, vnm],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("08")), "{got:?}");
}

#[test]
fn a_ceasefire_proposal_accepted_is_the_proposer_mediating() {
    let trump = (
        EntityKind::Person,
        "Donald Trump",
        "USA",
        &["Donald Trump"][..],
    );
    let got = coded(
        "Israel chấp nhận đề xuất ngừng bắn của Tổng thống Donald Trump.",
        &[ISR, trump],
    );
    assert!(has(&got, "045", "USA", "ISR"), "{got:?}");
    // Negative: a proposal accepted is no appeal by the one accepting it.
    let got = coded("Israel chấp nhận đề xuất của Mỹ.", &[ISR, USA]);
    assert!(!has(&got, "02", "ISR", "USA"), "{got:?}");
}

#[test]
fn a_release_told_in_the_passive_with_duoc_names_its_doer_after_it() {
    let usa = (LOC, "Mỹ", "USA", &["Mỹ"][..]);
    let prk = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"][..]);
    let got = coded(
        "Otto Warmbier, sinh viên Mỹ được Triều Tiên phóng thích trong tuần qua, đã về nước.",
        &[usa, prk],
    );
    assert!(has(&got, "0841", "PRK", "USA"), "{got:?}");
    assert!(!has(&got, "0841", "USA", "PRK"), "{got:?}");
    let got = coded(
        "Hai ngư dân Việt Nam đã được Indonesia thả tự do.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Indonesia", "IDN", &["Indonesia"]),
        ],
    );
    assert!(has(&got, "0841", "IDN", "VNM"), "{got:?}");
    // Negative: told in the active voice, the subject is the doer.
    let got = coded(
        "Triều Tiên đã trả tự do cho sinh viên Mỹ Otto Warmbier.",
        &[usa, prk],
    );
    assert!(has(&got, "0841", "PRK", "USA"), "{got:?}");
    assert!(!has(&got, "0841", "USA", "PRK"), "{got:?}");
}

#[test]
fn a_warning_addressed_to_no_one_threatens_no_one() {
    let gbr = (LOC, "Anh", "GBR", &["Anh"][..]);
    let irq = (LOC, "Iraq", "IRQ", &["Iraq"][..]);
    let got = coded(
        "Ngoại trưởng Anh cảnh báo cần nỗ lực hơn nữa trong cuộc chiến chống IS tại Iraq.",
        &[gbr, irq],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("13")), "{got:?}");
    let kor = (LOC, "Hàn Quốc", "KOR", &["Seoul"][..]);
    let prk = (LOC, "Triều Tiên", "PRK", &["Bình Nhưỡng"][..]);
    // Negative: a warning to the one named right after it is a threat.
    let got = coded(
        "Seoul cảnh báo Bình Nhưỡng sẽ đối mặt nguy cơ hủy diệt.",
        &[kor, prk],
    );
    assert!(has(&got, "13", "KOR", "PRK"), "{got:?}");
}

#[test]
fn force_weighed_as_an_option_and_weapons_named_for_attacking_are_no_force() {
    let prk = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"][..]);
    let got = coded(
        "Cố vấn an ninh Mỹ nhấn mạnh tấn công quân sự nhằm vào Triều Tiên là phương án cuối cùng.",
        &[USA, prk],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    let jpn = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"][..]);
    let got = coded(
        "Mỹ sẽ triển khai tàu tấn công đổ bộ mới ở căn cứ Sasebo, Nhật Bản.",
        &[USA, jpn],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: force used stays force, an option weighed after it or not.
    let syr = (LOC, "Syria", "SYR", &["Syria"][..]);
    let got = coded(
        "Mỹ tấn công căn cứ không quân của Syria, một lựa chọn khó khăn.",
        &[USA, syr],
    );
    assert!(has(&got, "19", "USA", "SYR"), "{got:?}");
}
