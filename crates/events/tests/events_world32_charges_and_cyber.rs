//! Session 20 (brief evw32): an accusation told as the charge of a hostile
//! act ("bắt giữ … với cáo buộc gián điệp": `world_cues.tsv` kind `charge`)
//! is made by that act's doer against its target, or not coded when no such
//! act is told before it; cyber attacks ("tấn công tin tặc", "tấn công vào
//! hệ thống mạng") are no military force (`verbs.tsv` blocks VW32C*).
//! Sentences written for these tests after the 2017 bench's false alarms.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;

const USA: (EntityKind, &str, &str, &[&str]) = (LOC, "Mỹ", "USA", &["Mỹ"]);
const RUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Nga", "RUS", &["Nga"]);
const PRK: (EntityKind, &str, &str, &[&str]) = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]);
const KOR: (EntityKind, &str, &str, &[&str]) = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);

fn has(got: &[(String, String, String)], code: &str, s: &str, t: &str) -> bool {
    got.iter()
        .any(|(c, a, b)| c.starts_with(code) && a == s && b == t)
}

#[test]
fn a_charge_is_made_by_the_one_who_arrests() {
    let got = coded(
        "Cơ quan an ninh Nga đã bắt giữ hai công dân Mỹ với cáo buộc gián điệp.",
        &[RUS, USA],
    );
    assert!(!has(&got, "11", "USA", "RUS"), "{got:?}");
    assert!(has(&got, "112", "RUS", "USA"), "{got:?}");
    // With no act told before it, the names around the charge name no
    // accuser.
    let got = coded(
        "Hai nhà báo Mỹ đã bị giam giữ nhiều tháng vì cáo buộc làm gián điệp cho Nga.",
        &[USA, RUS],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
    // Negative: an accusation the accuser makes in its own words stays.
    let got = coded(
        "Mỹ cáo buộc Nga can thiệp vào cuộc bầu cử tổng thống năm 2016.",
        &[USA, RUS],
    );
    assert!(has(&got, "112", "USA", "RUS"), "{got:?}");
}

#[test]
fn a_cyber_attack_is_no_military_force() {
    let got = coded(
        "Triều Tiên bị nghi tấn công vào hệ thống mạng của nhiều ngân hàng Hàn Quốc.",
        &[PRK, KOR],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    let got = coded(
        "Giới chức Hàn Quốc cho biết Triều Tiên đứng sau vụ tấn công tin tặc nhằm vào các ngân hàng.",
        &[KOR, PRK],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: an attack on a place is force.
    let got = coded(
        "Triều Tiên đã tấn công đảo Yeonpyeong của Hàn Quốc bằng pháo binh.",
        &[PRK, KOR],
    );
    assert!(has(&got, "19", "PRK", "KOR"), "{got:?}");
}

#[test]
fn calling_a_deed_something_judges_it_by_what_it_is_called() {
    let got = coded(
        "Mỹ hôm qua áp đặt các lệnh trừng phạt mới đối với Nga. Nga gọi các lệnh trừng phạt là \"hành động thiếu thân thiện\".",
        &[USA, RUS],
    );
    assert!(has(&got, "111", "RUS", "USA"), "{got:?}");
    // Negative: calling the deed nothing judged judges no one.
    let got = coded(
        "Mỹ hôm qua áp đặt các lệnh trừng phạt mới đối với Nga. Nga gọi các lệnh trừng phạt là một bước đi đã được dự báo từ trước.",
        &[USA, RUS],
    );
    assert!(!has(&got, "11", "RUS", "USA"), "{got:?}");
}

#[test]
fn a_speaker_of_an_accusation_is_not_its_maker() {
    // "nói cáo buộc": the accusation is the object of a verb of saying, so
    // the one who speaks of it made none; the later call names no doer.
    let got = coded(
        "Mỹ nói cáo buộc nhằm vào Nga là đã rõ ràng. Nga cho rằng cáo buộc này là \"vô căn cứ\".",
        &[USA, RUS],
    );
    assert!(!has(&got, "111", "RUS", "USA"), "{got:?}");
    // Negative: the maker told as the verb's subject is the one called wrong.
    let got = coded(
        "Mỹ cáo buộc Nga can thiệp vào cuộc bầu cử. Nga cho rằng cáo buộc này là \"vô căn cứ\".",
        &[USA, RUS],
    );
    assert!(has(&got, "111", "RUS", "USA"), "{got:?}");
}

#[test]
fn a_remark_called_wrong_is_judged_at_its_speaker() {
    let chn = (LOC, "Trung Quốc", "CHN", &["Trung Quốc"][..]);
    let got = coded(
        "Khi được hỏi về quan hệ hai nước, Mỹ khẳng định lập trường không thay đổi. Trung Quốc gọi phát ngôn này là \"cực kỳ sai lầm và vô trách nhiệm\".",
        &[USA, chn],
    );
    assert!(has(&got, "111", "CHN", "USA"), "{got:?}");
    // Negative: a remark called nothing judged.
    let got = coded(
        "Khi được hỏi về quan hệ hai nước, Mỹ khẳng định lập trường không thay đổi. Trung Quốc gọi phát ngôn này là một tín hiệu đáng chú ý.",
        &[USA, chn],
    );
    assert!(!has(&got, "11", "CHN", "USA"), "{got:?}");
}
