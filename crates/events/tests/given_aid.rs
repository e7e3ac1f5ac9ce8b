//! Readings added from a development set of aid, thanks and signing news:
//! aid put as the purpose of a handover was given (07, not the pledge 033),
//! documents exchanged in a ceremony ("trao đổi các văn kiện") were signed,
//! and a few verbs of talks, thanks and donation drives. Other countries
//! and names than the development texts', so the rules stay general.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded_all;
use test_support::{input, Spec};
use thoisu_core::{AgreementKind, EntityKind};
use thoisu_events::Coder;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const JPN: (EntityKind, &str, &str, &[&str]) = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const MMR: (EntityKind, &str, &str, &[&str]) = (LOC, "Myanmar", "MMR", &["Myanmar"]);
const KHM: (EntityKind, &str, &str, &[&str]) = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const THA: (EntityKind, &str, &str, &[&str]) = (LOC, "Thái Lan", "THA", &["Thái Lan"]);

fn has(got: &[(String, String, String)], code: &str, source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c == code && s == source && t == target)
}

#[test]
fn aid_that_a_handover_was_for_is_given() {
    for text in [
        "Ngày 3/5, Nhật Bản đã trao 500 tấn gạo để hỗ trợ Myanmar khắc phục hậu quả động đất.",
        "Đại sứ Nhật Bản đã đến Bộ Y tế Myanmar để trao số tiền hỗ trợ cho Myanmar.",
        "Món quà của nhân dân Nhật Bản tặng nhân dân Myanmar là 20 xe cứu thương để hỗ trợ Myanmar.",
    ] {
        let got = coded_all(text, &[JPN, MMR]);
        assert!(has(&got, "070", "JPN", "MMR"), "{text}: {got:?}");
        assert!(got.iter().all(|e| e.0 != "033"), "{text}: {got:?}");
    }
}

#[test]
fn aid_still_to_come_stays_a_pledge() {
    // A handover itself planned: the aid is pledged.
    let got = coded_all(
        "Nhật Bản sẽ trao 500 tấn gạo để hỗ trợ Myanmar.",
        &[JPN, MMR],
    );
    assert!(has(&got, "033", "JPN", "MMR"), "{got:?}");
    assert!(!has(&got, "070", "JPN", "MMR"), "{got:?}");
    // An exchange of views is no handover: its purpose is still to come.
    let got = coded_all(
        "Thái Lan và Campuchia trao đổi về các biện pháp để hỗ trợ Campuchia.",
        &[THA, KHM],
    );
    assert!(got.iter().all(|e| !e.0.starts_with("07")), "{got:?}");
}

#[test]
fn documents_exchanged_at_a_ceremony_are_signed() {
    let text = "Sau hội đàm, lãnh đạo Thái Lan và Campuchia đã chứng kiến lễ trao đổi các văn kiện hợp tác gồm: Bản ghi nhớ giữa Bộ Y tế Thái Lan và Bộ Y tế Campuchia về phòng chống dịch bệnh; Kế hoạch hợp tác năm 2025 giữa Bộ Tư pháp Thái Lan và Bộ Tư pháp Campuchia.";
    let spec: &Spec = &[
        THA,
        KHM,
        (ORG, "Bộ Y tế Thái Lan", "THA", &["Bộ Y tế Thái Lan"]),
        (ORG, "Bộ Y tế Campuchia", "KHM", &["Bộ Y tế Campuchia"]),
        (ORG, "Bộ Tư pháp Thái Lan", "THA", &["Bộ Tư pháp Thái Lan"]),
        (
            ORG,
            "Bộ Tư pháp Campuchia",
            "KHM",
            &["Bộ Tư pháp Campuchia"],
        ),
    ];
    let (text, sents, ents) = input(text, spec);
    let coded = Coder::embedded().code_all(&text, &sents, &ents, &[]);
    assert!(
        coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
    let kinds: Vec<AgreementKind> = coded.agreements.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, vec![AgreementKind::Mou, AgreementKind::Plan]);
    // Merely exchanging views signs nothing.
    let got = coded_all(
        "Lãnh đạo Thái Lan và Campuchia đã trao đổi về các văn bản pháp lý.",
        &[THA, KHM],
    );
    assert!(got.iter().all(|e| e.0 != "057"), "{got:?}");
}

#[test]
fn a_conversation_thanks_and_a_donation_drive() {
    let minister = (PER, "Yoko Kamikawa", "JPN", &["Yoko Kamikawa"][..]);
    let got = coded_all(
        "Hôm nay Ngoại trưởng Yoko Kamikawa đã có cuộc trao đổi với Bộ trưởng Ngoại giao Thái Lan.",
        &[minister, THA],
    );
    assert!(has(&got, "040", "JPN", "THA"), "{got:?}");
    let got = coded_all(
        "Thủ tướng Campuchia vừa bày tỏ biết ơn về sự giúp đỡ của nhân dân Nhật Bản.",
        &[KHM, JPN],
    );
    assert!(has(&got, "051", "KHM", "JPN"), "{got:?}");
    // "cám ơn" is the other spelling of "cảm ơn".
    let got = coded_all(
        "Ngoại trưởng Nhật Bản cám ơn Thái Lan về vai trò điều phối.",
        &[JPN, THA],
    );
    assert!(has(&got, "051", "JPN", "THA"), "{got:?}");
    let red_cross = (
        ORG,
        "Hội Chữ thập đỏ Thái Lan",
        "THA",
        &["Hội Chữ thập đỏ Thái Lan"][..],
    );
    let got = coded_all(
        "Hội Chữ thập đỏ Thái Lan phát động chương trình vận động ủng hộ nhân dân Myanmar.",
        &[red_cross, MMR],
    );
    assert!(has(&got, "070", "THA", "MMR"), "{got:?}");
    // A trade exchange is no talk.
    let got = coded_all(
        "Thái Lan có kim ngạch trao đổi thương mại lớn với Campuchia.",
        &[THA, KHM],
    );
    assert!(got.iter().all(|e| !e.0.starts_with("04")), "{got:?}");
}
