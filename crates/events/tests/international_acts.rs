//! Everyday acts of international relations as Vietnamese outlets word
//! them, between any two countries: phone calls ("nói chuyện qua điện
//! thoại"), talks ("đã thảo luận"), joint drills of three or more, recalled
//! envoys posted "tại X", relations cut by a country made to ("khiến X …"),
//! tariffs on goods "từ X", coercive measures announced as decided, and the
//! partner of a signing. Each rule with the readings it must not give.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded_all;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

type Row = (
    EntityKind,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const ARG: Row = (LOC, "Argentina", "ARG", &["Argentina"]);
const CHL: Row = (LOC, "Chile", "CHL", &["Chile"]);
const PERU: Row = (LOC, "Peru", "PER", &["Peru"]);
const EGY: Row = (LOC, "Ai Cập", "EGY", &["Ai Cập"]);
const JOR: Row = (LOC, "Jordan", "JOR", &["Jordan"]);
const KOR: Row = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);
const JPN: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const DEU: Row = (LOC, "Đức", "DEU", &["Đức"]);
const FRA: Row = (LOC, "Pháp", "FRA", &["Pháp"]);
const ITA: Row = (LOC, "Italy", "ITA", &["Italy"]);
const ESP: Row = (LOC, "Tây Ban Nha", "ESP", &["Tây Ban Nha"]);
const CAN: Row = (LOC, "Canada", "CAN", &["Canada"]);
const MAD: Row = (LOC, "Madrid", "ESP", &["Madrid"]);
const MILEI: Row = (PER, "Javier Milei", "ARG", &["Javier Milei"]);

fn has(got: &[(String, String, String)], code: &str, source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c.starts_with(code) && s == source && t == target)
}

fn pair(got: &[(String, String, String)], code: &str, a: &str, b: &str) -> bool {
    has(got, code, a, b) || has(got, code, b, a)
}

#[test]
fn a_phone_conversation_is_a_call() {
    for text in [
        "Tổng thống Argentina Javier Milei đã nói chuyện qua điện thoại với người đồng cấp Chile.",
        "Ngày 3/2, Thủ tướng Ai Cập nói chuyện điện thoại với Quốc vương Jordan.",
        "Ngoại trưởng Hàn Quốc đã trao đổi qua điện thoại với Ngoại trưởng Nhật Bản về tình hình bán đảo.",
    ] {
        let got = coded_all(text, &[ARG, CHL, MILEI, EGY, JOR, KOR, JPN]);
        assert!(got.iter().any(|e| e.0 == "041"), "{text}: {got:?}");
    }
    // A phone number is no call.
    let got = coded_all(
        "Đại sứ quán Argentina tại Chile công bố số điện thoại cho công dân.",
        &[ARG, CHL],
    );
    assert!(got.iter().all(|e| e.0 != "041"), "{got:?}");
}

#[test]
fn leaders_who_discussed_held_talks() {
    let got = coded_all(
        "Trong cuộc gặp tại Madrid, Thủ tướng Tây Ban Nha và Tổng thống Pháp đã thảo luận các biện pháp tăng cường hợp tác.",
        &[ESP, FRA, MAD],
    );
    assert!(pair(&got, "040", "ESP", "FRA"), "{got:?}");
    let got = coded_all(
        "Ngoại trưởng Italy thảo luận với người đồng cấp Đức về an ninh năng lượng.",
        &[ITA, DEU],
    );
    assert!(has(&got, "040", "ITA", "DEU"), "{got:?}");
    // A parliament's group session is no talks between countries.
    let got = coded_all(
        "Đại biểu Italy thảo luận tổ về dự án luật với khách mời Đức.",
        &[ITA, DEU],
    );
    assert!(got.iter().all(|e| e.0 != "040"), "{got:?}");
}

#[test]
fn a_joint_drill_of_three_pairs_every_two() {
    for text in [
        "Hải quân Nhật Bản, Hàn Quốc và Ấn Độ đang tiến hành cuộc tập trận chung kéo dài 5 ngày.",
        "Phát biểu bên lề cuộc tập trận hải quân chung giữa Nhật Bản, Hàn Quốc và Ấn Độ, ông cho biết tình hình ổn định.",
    ] {
        let got = coded_all(text, &[JPN, KOR, IND]);
        for (a, b) in [("JPN", "KOR"), ("JPN", "IND"), ("KOR", "IND")] {
            assert!(pair(&got, "062", a, b), "{text}: {a}-{b} {got:?}");
        }
    }
    // Listed doers who each meet someone else do not meet one another.
    let got = coded_all(
        "Các công ty của Nhật Bản, Hàn Quốc và Ấn Độ đã tiếp xúc với ban lãnh đạo hãng.",
        &[JPN, KOR, IND],
    );
    assert!(!pair(&got, "040", "JPN", "KOR"), "{got:?}");
    assert!(!pair(&got, "040", "KOR", "IND"), "{got:?}");
    // Two sides only: no third pair is made up.
    let got = coded_all(
        "Nhật Bản và Ấn Độ tiến hành tập trận chung, Hàn Quốc theo dõi.",
        &[JPN, KOR, IND],
    );
    assert!(pair(&got, "062", "JPN", "IND"), "{got:?}");
    assert!(!pair(&got, "062", "JPN", "KOR"), "{got:?}");
    assert!(!pair(&got, "062", "KOR", "IND"), "{got:?}");
}

#[test]
fn an_envoy_posted_in_a_country_is_recalled_from_it() {
    let got = coded_all("Đức triệu hồi đại sứ nước này tại Canada.", &[DEU, CAN]);
    assert!(has(&got, "161", "DEU", "CAN"), "{got:?}");
    let got = coded_all(
        "Italy triệu hồi các đại sứ tại Pháp và Tây Ban Nha để tham vấn.",
        &[ITA, FRA, ESP],
    );
    assert!(has(&got, "161", "ITA", "FRA"), "{got:?}");
    assert!(has(&got, "161", "ITA", "ESP"), "{got:?}");
    // Announced as decided ("thông báo … sẽ"), the recall is coded.
    let got = coded_all(
        "Bộ Ngoại giao Đức thông báo nước này sẽ triệu hồi đại sứ tại Canada.",
        &[DEU, CAN],
    );
    assert!(has(&got, "161", "DEU", "CAN"), "{got:?}");
    // A plain future stays uncoded: only said, not decided.
    let got = coded_all("Đức có thể sẽ triệu hồi đại sứ tại Canada.", &[DEU, CAN]);
    assert!(got.iter().all(|e| e.0 != "161"), "{got:?}");
    // Where a meeting happens is still no side of it.
    let got = coded_all("Đại sứ Đức gặp các doanh nghiệp tại Canada.", &[DEU, CAN]);
    assert!(!got.iter().any(|e| e.2 == "CAN"), "{got:?}");
}

#[test]
fn a_country_made_to_cut_ties_cuts_them_with_the_other() {
    let got = coded_all(
        "Cảnh sát Peru đã bắt giữ một cựu quan chức Peru tại Đại sứ quán Chile ở Lima, khiến Chile ngay lập tức đình chỉ quan hệ ngoại giao.",
        &[PERU, CHL],
    );
    assert!(has(&got, "161", "CHL", "PER"), "{got:?}");
    assert!(!has(&got, "161", "PER", "CHL"), "{got:?}");
}

#[test]
fn countries_that_cut_ties_together_each_cut_them_with_the_object() {
    let got = coded_all(
        "Ai Cập và Jordan cắt quan hệ ngoại giao với Canada hôm 3/4.",
        &[EGY, JOR, CAN],
    );
    assert!(has(&got, "161", "EGY", "CAN"), "{got:?}");
    assert!(has(&got, "161", "JOR", "CAN"), "{got:?}");
    assert!(!pair(&got, "161", "EGY", "JOR"), "{got:?}");
}

#[test]
fn tariffs_on_goods_from_a_country_target_it() {
    let got = coded_all(
        "Canada thông báo áp dụng thêm mức thuế 20% đối với hàng hóa từ Ấn Độ.",
        &[CAN, IND],
    );
    assert!(has(&got, "163", "CAN", "IND"), "{got:?}");
    // Goods taxed ("bị đánh thuế") do not tax.
    let got = coded_all(
        "Thép có nguồn gốc Ấn Độ bị đánh thuế chống bán phá giá tại Canada.",
        &[CAN, IND],
    );
    assert!(!has(&got, "163", "IND", "CAN"), "{got:?}");
    // Still not what is brought from a country in other acts.
    let got = coded_all(
        "Cảnh sát Canada bắt giữ hai người vận chuyển ma túy từ Ấn Độ.",
        &[CAN, IND],
    );
    assert!(!got.iter().any(|e| e.2 == "IND"), "{got:?}");
}

#[test]
fn sanctions_aimed_at_a_country_are_not_its_own() {
    let got = coded_all(
        "Họ bác bỏ các lệnh trừng phạt của phương Tây đối với Nhật Bản.",
        &[JPN],
    );
    assert!(got.iter().all(|e| e.1 != "JPN"), "{got:?}");
    // The owner right after "của" still acts.
    let got = coded_all(
        "Các lệnh trừng phạt của Canada nhằm vào Ấn Độ đã có hiệu lực.",
        &[CAN, IND],
    );
    assert!(has(&got, "163", "CAN", "IND"), "{got:?}");
}

#[test]
fn a_treaty_is_signed_with_the_partner_after_với_only() {
    let got = coded_all(
        "Chile đã ký một hiệp ước an ninh với Peru trong động thái gây lo ngại cho Argentina và Canada.",
        &[CHL, PERU, ARG, CAN],
    );
    assert!(pair(&got, "057", "CHL", "PER"), "{got:?}");
    assert!(!pair(&got, "057", "CHL", "ARG"), "{got:?}");
    assert!(!pair(&got, "057", "CHL", "CAN"), "{got:?}");
    // Named after "với" with a title chain, the partner is still found.
    let got = coded_all(
        "Thỏa thuận được Bộ trưởng Quốc phòng Chile ký với Bộ trưởng Quốc phòng Peru tại Lima.",
        &[CHL, PERU],
    );
    assert!(pair(&got, "057", "CHL", "PER"), "{got:?}");
}

#[test]
fn asking_an_envoy_to_leave_is_expelling_him() {
    let got = coded_all(
        "Ai Cập đã yêu cầu đại sứ Jordan rời khỏi Ai Cập trong vòng 72 giờ.",
        &[EGY, JOR],
    );
    assert!(has(&got, "161", "EGY", "JOR"), "{got:?}");
    // Asking a country's forces to leave stays a demand.
    let got = coded_all(
        "Ai Cập yêu cầu Jordan rời khỏi khu vực biên giới.",
        &[EGY, JOR],
    );
    assert!(has(&got, "10", "EGY", "JOR"), "{got:?}");
    assert!(!has(&got, "161", "EGY", "JOR"), "{got:?}");
}

#[test]
fn talks_in_the_opening_phrase_are_the_subjects_with_the_other_side() {
    let got = coded_all(
        "Phát biểu sau hội đàm, Tổng thống Hàn Quốc đánh giá cao vai trò của người đồng cấp Nhật Bản.",
        &[KOR, JPN],
    );
    assert!(pair(&got, "04", "KOR", "JPN"), "{got:?}");
    // No other side named nor told before: no talks are made up.
    let got = coded_all(
        "Sau hội đàm, Tổng thống Hàn Quốc rời thủ đô trong chiều cùng ngày.",
        &[KOR],
    );
    assert!(got.is_empty(), "{got:?}");
    // The partner named in the opening phrase is the other side, not a
    // country the subject speaks of.
    let got = coded_all(
        "Trong cuộc hội đàm với Thủ tướng Nhật Bản, Tổng thống Hàn Quốc đã tìm cách tập trung vào vấn đề Ấn Độ.",
        &[KOR, JPN, IND],
    );
    assert!(pair(&got, "04", "KOR", "JPN"), "{got:?}");
    assert!(!pair(&got, "04", "KOR", "IND"), "{got:?}");
}

#[test]
fn an_official_arriving_in_a_country_visits_it() {
    let got = coded_all(
        "Ngày 4-3, các phái đoàn Ai Cập, Jordan và Canada đã tới Madrid để tham dự vòng đàm phán mới.",
        &[EGY, JOR, CAN, MAD],
    );
    for visitor in ["EGY", "JOR", "CAN"] {
        assert!(has(&got, "042", visitor, "ESP"), "{visitor}: {got:?}");
    }
    let got = coded_all(
        "Tuần trước, Bộ trưởng Ngoại giao Nhật Bản đã đến thủ đô Hàn Quốc để gặp người đồng cấp.",
        &[JPN, KOR],
    );
    assert!(has(&got, "042", "JPN", "KOR"), "{got:?}");
    let got = coded_all(
        "Tổng thống Pháp đã cử đặc phái viên tới Ai Cập.",
        &[FRA, EGY],
    );
    assert!(has(&got, "042", "FRA", "EGY"), "{got:?}");
    // No arrival: a time ("đã đến lúc"), or troops deployed.
    let got = coded_all("Ông nói đã đến lúc Canada phải hành động.", &[CAN]);
    assert!(got.iter().all(|e| e.0 != "042"), "{got:?}");
    let got = coded_all("Hàng trăm binh sĩ Đức đã tới Canada.", &[DEU, CAN]);
    assert!(got.iter().all(|e| e.0 != "042"), "{got:?}");
}

#[test]
fn a_glued_syllable_hides_no_phrase_after_it() {
    // "cũngđã" printed without its space: the visit is still read.
    let got = coded_all(
        "Thủ tướng Nhật Bản cũngđã tới thăm một số trường đại học của Hàn Quốc.",
        &[JPN, KOR],
    );
    assert!(has(&got, "042", "JPN", "KOR"), "{got:?}");
}

#[test]
fn a_clause_after_a_comma_does_not_end_a_list_of_targets() {
    let got = coded_all(
        "Italy thông báo sẽ triệu hồi các đại sứ tại Pháp và Đức, tuyên bố ba ngày quốc tang.",
        &[ITA, FRA, DEU],
    );
    assert!(has(&got, "161", "ITA", "FRA"), "{got:?}");
    assert!(has(&got, "161", "ITA", "DEU"), "{got:?}");
}

#[test]
fn expelling_diplomats_cuts_relations_deporting_others_does_not() {
    let got = coded_all("Đức trục xuất 4 nhà ngoại giao Canada.", &[DEU, CAN]);
    assert!(has(&got, "161", "DEU", "CAN"), "{got:?}");
    let got = coded_all(
        "Đức trục xuất hai công dân Canada vì vi phạm luật cư trú.",
        &[DEU, CAN],
    );
    assert!(has(&got, "174", "DEU", "CAN"), "{got:?}");
    assert!(!has(&got, "161", "DEU", "CAN"), "{got:?}");
}

#[test]
fn ceasefires_swaps_mediation_freezes_and_closures() {
    let got = coded_all(
        "Ai Cập và Jordan đạt được thỏa thuận ngừng bắn.",
        &[EGY, JOR],
    );
    assert!(pair(&got, "0871", "EGY", "JOR"), "{got:?}");
    let got = coded_all("Ấn Độ và Hàn Quốc trao đổi tù binh.", &[IND, KOR]);
    assert!(pair(&got, "0841", "IND", "KOR"), "{got:?}");
    let got = coded_all(
        "Canada đóng vai trò trung gian giữa Ai Cập và Jordan.",
        &[CAN, EGY, JOR],
    );
    assert!(has(&got, "045", "CAN", "EGY"), "{got:?}");
    assert!(has(&got, "045", "CAN", "JOR"), "{got:?}");
    let got = coded_all("Canada đóng băng tài sản của Ấn Độ.", &[CAN, IND]);
    assert!(has(&got, "163", "CAN", "IND"), "{got:?}");
    let got = coded_all("Ai Cập đóng cửa biên giới với Jordan.", &[EGY, JOR]);
    assert!(has(&got, "172", "EGY", "JOR"), "{got:?}");
    let got = coded_all("Pháp sẵn sàng trợ giúp Jordan.", &[FRA, JOR]);
    assert!(has(&got, "033", "FRA", "JOR"), "{got:?}");
    // Negated: no pledge.
    let got = coded_all("Pháp không sẵn sàng trợ giúp Jordan.", &[FRA, JOR]);
    assert!(!has(&got, "033", "FRA", "JOR"), "{got:?}");
}

#[test]
fn criticism_owned_by_a_country_is_of_what_was_named_before() {
    let got = coded_all(
        "Hành động của Canada vấp phải sự chỉ trích của Ấn Độ và nhiều nước, do Pháp vẫn phản đối kế hoạch.",
        &[CAN, IND, FRA],
    );
    assert!(has(&got, "111", "IND", "CAN"), "{got:?}");
    assert!(!has(&got, "111", "IND", "FRA"), "{got:?}");
    // Several owners listed: none is the target of another.
    let got = coded_all(
        "Kế hoạch vấp phải sự phản đối của Ai Cập, Jordan và Ấn Độ.",
        &[EGY, JOR, IND],
    );
    assert!(!has(&got, "111", "EGY", "JOR"), "{got:?}");
    // Sanctions owned by a country still aim at the one named after.
    let got = coded_all(
        "Lệnh trừng phạt của Canada và Pháp nhằm vào Ấn Độ đã có hiệu lực.",
        &[CAN, FRA, IND],
    );
    assert!(has(&got, "163", "CAN", "IND"), "{got:?}");
}

#[test]
fn co_mediators_do_not_mediate_between_themselves() {
    let got = coded_all(
        "Ai Cập và Jordan đóng vai trò trung gian chủ chốt, nỗ lực thúc đẩy kế hoạch do Canada đề xuất.",
        &[EGY, JOR, CAN],
    );
    assert!(got.iter().all(|e| e.0 != "045"), "{got:?}");
    let got = coded_all(
        "Ai Cập và Jordan đóng vai trò trung gian giữa Ấn Độ và Hàn Quốc.",
        &[EGY, JOR, IND, KOR],
    );
    assert!(has(&got, "045", "EGY", "IND"), "{got:?}");
    assert!(!pair(&got, "045", "EGY", "JOR"), "{got:?}");
}

#[test]
fn sanctions_eased_however_counted_and_aircraft_shot_down() {
    let got = coded_all(
        "Canada nới lỏng các lệnh trừng phạt đối với Ấn Độ.",
        &[CAN, IND],
    );
    assert!(has(&got, "085", "CAN", "IND"), "{got:?}");
    let got = coded_all(
        "Ấn Độ bắn hạ máy bay không người lái của Hàn Quốc.",
        &[IND, KOR],
    );
    assert!(has(&got, "190", "IND", "KOR"), "{got:?}");
    // Shot down ("bị … bắn hạ"): never the wrong way round.
    let got = coded_all("Máy bay của Hàn Quốc bị Ấn Độ bắn hạ.", &[IND, KOR]);
    assert!(!has(&got, "190", "KOR", "IND"), "{got:?}");
}
