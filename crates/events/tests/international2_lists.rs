//! Acts aimed at several countries at once, as international news words
//! them: a promise, aid, a demand, criticism, a rejection or a threat aimed
//! at "A và B" or "A, B và C" is one event per country listed; "giữa A và
//! B" names the pair an offer stands between, and "tại X, Y" the place of
//! the act, neither a list of targets. Also talks held online with several
//! ministers, and close coordination promised. Each rule with the readings
//! it must not give.

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

const BRA: Row = (LOC, "Brazil", "BRA", &["Brazil"]);
const ARG: Row = (LOC, "Argentina", "ARG", &["Argentina"]);
const CHL: Row = (LOC, "Chile", "CHL", &["Chile"]);
const NOR: Row = (LOC, "Na Uy", "NOR", &["Na Uy"]);
const SWE: Row = (LOC, "Thụy Điển", "SWE", &["Thụy Điển"]);
const FIN: Row = (LOC, "Phần Lan", "FIN", &["Phần Lan"]);
const IRN: Row = (LOC, "Iran", "IRN", &["Iran"]);
const ISR: Row = (LOC, "Israel", "ISR", &["Israel"]);
const GBR: Row = (LOC, "Anh", "GBR", &["Anh"]);
const THA: Row = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const AUT: Row = (LOC, "Áo", "AUT", &["Áo"]);
const VIENNA: Row = (LOC, "Vienna", "AUT", &["Vienna"]);
const NZL: Row = (LOC, "New Zealand", "NZL", &["New Zealand"]);
const FJI: Row = (LOC, "Fiji", "FJI", &["Fiji"]);
const TON: Row = (LOC, "Tonga", "TON", &["Tonga"]);
const SWE_FM: Row = (PER, "Maria Stenergard", "SWE", &["Maria Stenergard"]);
const FIN_FM: Row = (PER, "Elina Valtonen", "FIN", &["Elina Valtonen"]);
const NOR_FM: Row = (PER, "Espen Barth Eide", "NOR", &["Espen Barth Eide"]);

fn has(got: &[(String, String, String)], code: &str, source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c.starts_with(code) && s == source && t == target)
}

fn pair(got: &[(String, String, String)], code: &str, a: &str, b: &str) -> bool {
    has(got, code, a, b) || has(got, code, b, a)
}

#[test]
fn a_threat_or_criticism_of_a_and_b_is_one_per_country() {
    let got = coded_all(
        "Iran cảnh báo Israel và Anh về hậu quả nghiêm trọng.",
        &[IRN, ISR, GBR],
    );
    assert!(has(&got, "13", "IRN", "ISR"), "{got:?}");
    assert!(has(&got, "13", "IRN", "GBR"), "{got:?}");
    let got = coded_all(
        "Brazil lên án Argentina và Chile vì đóng cửa biên giới.",
        &[BRA, ARG, CHL],
    );
    assert!(has(&got, "11", "BRA", "ARG"), "{got:?}");
    assert!(has(&got, "11", "BRA", "CHL"), "{got:?}");
    // "cáo buộc A và B" accuses both.
    let got = coded_all(
        "Thái Lan cáo buộc Campuchia và Áo vi phạm thỏa thuận.",
        &[THA, KHM, AUT],
    );
    assert!(has(&got, "112", "THA", "KHM"), "{got:?}");
    assert!(has(&got, "112", "THA", "AUT"), "{got:?}");
}

#[test]
fn a_promise_or_aid_for_a_list_is_one_per_country() {
    let got = coded_all(
        "Na Uy sẽ phối hợp chặt chẽ với Thụy Điển và Phần Lan trong vấn đề an ninh.",
        &[NOR, SWE, FIN],
    );
    assert!(pair(&got, "03", "NOR", "SWE"), "{got:?}");
    assert!(pair(&got, "03", "NOR", "FIN"), "{got:?}");
    let got = coded_all(
        "New Zealand cam kết viện trợ Fiji và Tonga sau cơn bão.",
        &[NZL, FJI, TON],
    );
    assert!(has(&got, "033", "NZL", "FJI"), "{got:?}");
    assert!(has(&got, "033", "NZL", "TON"), "{got:?}");
}

#[test]
fn between_a_and_b_is_a_pair_not_a_list_of_targets() {
    // An offer to mediate "giữa A và B" is aimed at the first named, as
    // before: the second is not a second target of the promise.
    let got = coded_all(
        "Na Uy sẵn sàng làm trung gian giữa Thái Lan và Campuchia.",
        &[NOR, THA, KHM],
    );
    assert!(has(&got, "039", "NOR", "THA"), "{got:?}");
    assert!(!has(&got, "039", "NOR", "KHM"), "{got:?}");
}

#[test]
fn a_place_after_tai_ends_the_list() {
    // "gặp … tại Vienna, Áo": Austria is where, not a second partner.
    let got = coded_all(
        "Ngoại trưởng Iran dự kiến gặp người đồng cấp Anh tại Vienna, Áo.",
        &[IRN, GBR, VIENNA, AUT],
    );
    assert!(has(&got, "036", "IRN", "GBR"), "{got:?}");
    assert!(!pair(&got, "03", "IRN", "AUT"), "{got:?}");
}

#[test]
fn online_talks_with_several_ministers_are_one_call_each() {
    let got = coded_all(
        "Ngoại trưởng Na Uy Espen Barth Eide đã có các cuộc trao đổi trực tuyến với Ngoại trưởng Thụy Điển Maria Stenergard và Ngoại trưởng Phần Lan Elina Valtonen.",
        &[NOR, SWE, FIN, NOR_FM, SWE_FM, FIN_FM],
    );
    assert!(pair(&got, "041", "NOR", "SWE"), "{got:?}");
    assert!(pair(&got, "041", "NOR", "FIN"), "{got:?}");
}

#[test]
fn guests_a_forum_and_a_standing_relation_are_no_acts() {
    // "các nước khách mời gồm A, B": guests listed, nobody invites.
    let got = coded_all(
        "Hội nghị có sự tham dự của các nước khách mời gồm Na Uy, Thụy Điển và Phần Lan.",
        &[NOR, SWE, FIN],
    );
    assert!(got.iter().all(|e| !e.0.starts_with("036")), "{got:?}");
    // APEC's name holds "hợp tác kinh tế": no economic cooperation.
    let got = coded_all(
        "Lãnh đạo Thái Lan và Campuchia gặp nhau bên lề Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương.",
        &[THA, KHM],
    );
    assert!(!pair(&got, "061", "THA", "KHM"), "{got:?}");
    // A relation held, not a promise.
    let got = coded_all(
        "Lực lượng đặc nhiệm Fiji có mối quan hệ hợp tác chặt chẽ với lực lượng Tonga.",
        &[FJI, TON],
    );
    assert!(!pair(&got, "030", "FJI", "TON"), "{got:?}");
}

#[test]
fn delegations_from_a_list_each_arrive() {
    // "các phái đoàn từ A, B và C đã tới X": each delegation visits X.
    let cairo: Row = (LOC, "Cairo", "EGY", &["Cairo"]);
    let egy: Row = (LOC, "Ai Cập", "EGY", &["Ai Cập"]);
    let got = coded_all(
        "Ngày 7/6, các phái đoàn từ Na Uy, Thụy Điển và Phần Lan đã tới Cairo để dự hội nghị.",
        &[NOR, SWE, FIN, cairo, egy],
    );
    for c in ["NOR", "SWE", "FIN"] {
        assert!(pair(&got, "042", c, "EGY"), "{c}: {got:?}");
    }
    // Goods "từ A, B" are no doers of the act after them.
    let got = coded_all(
        "Hàng hóa từ Na Uy, Thụy Điển đã bị Phần Lan trừng phạt.",
        &[NOR, SWE, FIN],
    );
    assert!(!got.iter().any(|e| e.1 == "NOR" || e.1 == "SWE"), "{got:?}");
}

#[test]
fn shooting_dead_and_summoning_an_envoy() {
    let got = coded_all(
        "Lính Israel bắn chết 3 người biểu tình Iran tại biên giới.",
        &[ISR, IRN],
    );
    assert!(has(&got, "19", "ISR", "IRN"), "{got:?}");
    // The one shot is no doer.
    let got = coded_all("Một công dân Iran bị bắn chết tại Israel.", &[IRN, ISR]);
    assert!(!has(&got, "19", "IRN", "ISR"), "{got:?}");
    // Summoning a country's envoy is an official complaint to it; recalling
    // one's own envoy stays a cut in relations.
    let got = coded_all(
        "Bộ Ngoại giao Thái Lan đã triệu tập đại sứ Campuchia để phản đối.",
        &[
            (
                EntityKind::Organisation,
                "Bộ Ngoại giao Thái Lan",
                "THA",
                &["Bộ Ngoại giao Thái Lan"],
            ),
            THA,
            KHM,
        ],
    );
    assert!(has(&got, "114", "THA", "KHM"), "{got:?}");
    let got = coded_all("Thái Lan triệu hồi đại sứ tại Campuchia.", &[THA, KHM]);
    assert!(has(&got, "161", "THA", "KHM"), "{got:?}");
    assert!(!has(&got, "114", "THA", "KHM"), "{got:?}");
}
