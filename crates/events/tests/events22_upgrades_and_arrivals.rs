//! Session ev22 (heldout28-31): raising relations to a partnership is an act
//! of its own (050) beside the documents signed that day (057); a leader's
//! bare verb of going ("ông Tập đến Moskva") is a visit; co-chairs named
//! "A và B" before a meeting phrase are its sides, not the guests after it;
//! names for regimes and negotiators, and opinions of what should be done,
//! are no acts; aid told in a disaster's lead with the country named in the
//! next sentence goes there.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, JPN, KOR, RUS, USA, VNM};
use common::{coded, date, ev, Row};
use thoisu_core::{EntityKind, Event};
use thoisu_events::Coder;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const BRA: Row = (LOC, "Brazil", "BRA", &["Brazil"]);
const SGP: Row = (LOC, "Singapore", "SGP", &["Singapore"]);
const KHM: Row = (LOC, "Campuchia", "KHM", &["Campuchia"]);
const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const MMR: Row = (LOC, "Myanmar", "MMR", &["Myanmar"]);
const THA: Row = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
const UKR: Row = (LOC, "Ukraine", "UKR", &["Ukraine"]);
const TUR: Row = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]);
const MOSCOW: Row = (LOC, "Mátxcơva", "RUS", &["Moskva"]);
const HIROSHIMA: Row = (LOC, "Hiroshima", "JPN", &["Hiroshima"]);
const WUHAN: Row = (LOC, "Vũ Hán", "CHN", &["Vũ Hán"]);
const XI: Row = (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình", "Tập"]);
const ZELENSKY: Row = (PER, "Volodymyr Zelensky", "UKR", &["Zelensky"]);
const THONGLOUN: Row = (PER, "Thongloun Sisoulith", "LAO", &["Thongloun Sisoulith"]);
const HUN_MANET: Row = (PER, "Hun Manet", "KHM", &["Hun Manet"]);
const LI: Row = (PER, "Lý Khắc Cường", "CHN", &["Lý Khắc Cường"]);
const CAA: Row = (
    EntityKind::Organisation,
    "Cục Hàng không Việt Nam",
    "VNM",
    &["Cục Hàng không Việt Nam"],
);

#[test]
fn raising_relations_is_diplomatic_cooperation() {
    let got = coded(
        "Hai nhà lãnh đạo tuyên bố nâng cấp quan hệ Việt Nam - Brazil lên Đối tác chiến lược.",
        &[VNM, BRA],
    );
    assert!(
        got.contains(&ev("050", "VNM", "BRA")) || got.contains(&ev("050", "BRA", "VNM")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(c, _, _)| c == "010"), "{got:?}");
    // Negative: a border gate upgraded is no relation.
    let got = coded(
        "Bí thư đề nghị Việt Nam và Trung Quốc sớm hoàn thành việc nâng cấp cặp cửa khẩu.",
        &[VNM, CHN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "050"), "{got:?}");
}

#[test]
fn an_upgrade_in_a_past_year_is_history() {
    let text = "Năm 2013, Việt Nam và Singapore đã nâng cấp quan hệ lên Đối tác chiến lược. \
                Ngày 12/3/2025, hai nhà lãnh đạo hội đàm tại Singapore.";
    let (text, sents, ents) = test_support::input(text, &[VNM, SGP]);
    let dates = vec![date(&text, &sents, "Ngày 12/3/2025", "2025-03-12")];
    let all = Coder::embedded().code(&text, &sents, &ents, &dates);
    assert!(
        !all.events.iter().any(|e: &Event| e.code == "050"),
        "{:?}",
        all.events
    );
    // Negative: the roadmap of an upgrade, and an upgrade as a time, are none.
    let got = coded(
        "Ông nhắc lại chuyến thăm Hà Nội, khi Việt Nam và Singapore lần đầu thảo luận về lộ trình nâng cấp quan hệ.",
        &[VNM, SGP],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "050"), "{got:?}");
}

#[test]
fn a_leader_going_to_a_place_visits_it() {
    let got = coded(
        "Chủ tịch Trung Quốc Tập Cận Bình đến Moskva bắt đầu chuyến thăm cấp nhà nước.",
        &[CHN, RUS, XI, MOSCOW],
    );
    assert!(got.contains(&ev("042", "CHN", "RUS")), "{got:?}");
    let got = coded(
        "Ông Zelensky tới Hiroshima chiều 20/5.",
        &[ZELENSKY, HIROSHIMA],
    );
    assert!(got.contains(&ev("042", "UKR", "JPN")), "{got:?}");
}

#[test]
fn going_without_a_leader_right_before_is_no_visit() {
    // A body's flights, and a leader named far back, go nowhere.
    let got = coded(
        "Cùng ngày, Cục Hàng không Việt Nam yêu cầu các hãng hàng không dừng khai thác các chuyến bay đi và đến Vũ Hán.",
        &[CAA, WUHAN],
    );
    assert!(
        !got.iter()
            .any(|(c, _, _)| c.starts_with("04") || c == "036"),
        "{got:?}"
    );
    let got = coded(
        "Chủ tịch Tập Cận Bình đề nghị các doanh nghiệp đưa hàng đến Nhật Bản.",
        &[XI, JPN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
}

#[test]
fn co_chairs_meet_each_other_not_the_guests() {
    let got = coded(
        "Hội nghị diễn ra theo hình thức trực tuyến chiều 24/8, do Thủ tướng Lào Thongloun Sisoulith và Thủ tướng Trung Quốc Lý Khắc Cường đồng chủ trì, với sự tham dự của lãnh đạo Campuchia, Myanmar, Thái Lan và Việt Nam.",
        &[LAO, CHN, KHM, MMR, THA, VNM, THONGLOUN, LI],
    );
    assert!(
        got.contains(&ev("046", "LAO", "CHN")) || got.contains(&ev("046", "CHN", "LAO")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(_, _, t)| t == "KHM" || t == "MMR"),
        "{got:?}"
    );
    // Negative: two sides signing with others did not sign with each other.
    let got = coded(
        "Nga và Ukraine đã ký riêng rẽ với Thổ Nhĩ Kỳ các văn kiện cho phép nối lại hoạt động xuất khẩu ngũ cốc.",
        &[RUS, UKR, TUR],
    );
    assert!(
        !got.iter()
            .any(|(_, s, t)| (s, t) == (&"RUS".to_string(), &"UKR".to_string())),
        "{got:?}"
    );
}

#[test]
fn names_and_opinions_are_no_acts() {
    let got = coded(
        "Thủ tướng Hun Manet cảm ơn Việt Nam đã giúp đỡ nhân dân Campuchia thoát khỏi chế độ diệt chủng Pol Pot.",
        &[VNM, KHM, HUN_MANET],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "202"), "{got:?}");
    assert!(got.contains(&ev("051", "KHM", "VNM")), "{got:?}");
    let got = coded(
        "Thủ tướng Việt Nam cho rằng ASEAN cần hỗ trợ Myanmar trên tinh thần tôn trọng nguyên tắc không can thiệp.",
        &[VNM, MMR],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
    let got = coded(
        "Tuy nhiên, hai bên chưa ký hiệp định; các nhóm đàm phán của Việt Nam và Mỹ sẽ tiếp tục làm việc.",
        &[VNM, USA],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
    // Negative: talks held are still talks.
    let got = coded("Việt Nam và Mỹ đã đàm phán tại Hà Nội.", &[VNM, USA]);
    assert!(got.iter().any(|(c, _, _)| c == "046"), "{got:?}");
}

#[test]
fn calling_a_country_a_central_partner_is_praise() {
    let got = coded(
        "Tổng thống Hàn Quốc khẳng định Việt Nam là đối tác trọng tâm.",
        &[KOR, VNM],
    );
    assert!(got.contains(&ev("051", "KOR", "VNM")), "{got:?}");
}

#[test]
fn relief_goes_where_the_lead_names_the_country_after_the_disaster() {
    let text = "Nhiều quốc gia đã công bố các khoản hỗ trợ khẩn cấp giúp người dân khắc phục hậu quả của bão số 3. \
                Việt Nam đã nhận được điện thăm hỏi của lãnh đạo nhiều nước. \
                Chính phủ Mỹ cung cấp 1 triệu USD viện trợ nhân đạo khẩn cấp cho các khu vực bị ảnh hưởng.";
    let got = coded(text, &[VNM, USA]);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "USA" && t == "VNM"),
        "{got:?}"
    );
    // Negative: with no disaster told in the lead, aid names no recipient.
    let text = "Nhiều quốc gia đã công bố kế hoạch hợp tác. \
                Việt Nam đã nhận được điện của lãnh đạo nhiều nước. \
                Chính phủ Mỹ cung cấp 1 triệu USD viện trợ nhân đạo khẩn cấp cho các khu vực bị ảnh hưởng.";
    let got = coded(text, &[VNM, USA]);
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "USA" && t == "VNM"),
        "{got:?}"
    );
}

const NER: Row = (LOC, "Niger", "NER", &["Niger"]);
const FRA: Row = (LOC, "Pháp", "FRA", &["Pháp"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const MODI: Row = (PER, "Narendra Modi", "IND", &["Modi"]);
const MEX: Row = (LOC, "Mexico", "MEX", &["Mexico"]);
const CUB: Row = (LOC, "Cuba", "CUB", &["Cuba"]);
const BMU: Row = (LOC, "Bermuda", "BMU", &["Hamilton"]);

#[test]
fn days_of_fighting_are_a_span_not_the_outbreak() {
    let got = coded(
        "Thái Lan và Campuchia đã đồng ý ngừng bắn, sau 5 ngày giao tranh dọc biên giới.",
        &[THA, KHM],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: the fighting told as the news is force.
    let got = coded(
        "Giao tranh giữa quân đội Thái Lan và Campuchia bùng phát sáng 24/7.",
        &[THA, KHM],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
}

#[test]
fn talks_described_before_between_are_between_the_named() {
    let got = coded(
        "Vòng đàm phán trực tiếp mới giữa phái đoàn Nga và Ukraine diễn ra tại Istanbul.",
        &[RUS, UKR, TUR],
    );
    assert!(
        got.contains(&ev("046", "RUS", "UKR")) || got.contains(&ev("046", "UKR", "RUS")),
        "{got:?}"
    );
    let got = coded(
        "Thủ tướng Modi và Chủ tịch Tập Cận Bình đã có cuộc trao đổi ngắn.",
        &[MODI, XI],
    );
    assert!(
        got.contains(&ev("040", "IND", "CHN")) || got.contains(&ev("040", "CHN", "IND")),
        "{got:?}"
    );
    // Negative: a name before "giữa" is no describing word.
    let got = coded(
        "Ấn Độ đàm phán với Nga giữa lúc căng thẳng với Trung Quốc gia tăng.",
        &[IND, RUS, CHN],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "CHN" || t == "CHN"),
        "{got:?}"
    );
}

#[test]
fn stopping_all_aid_reduces_it() {
    let got = coded(
        "Ngày 29-7, Pháp đã tuyên bố đình chỉ toàn bộ viện trợ phát triển cho Niger.",
        &[FRA, NER],
    );
    assert!(got.contains(&ev("162", "FRA", "NER")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn a_proposal_to_meet_is_an_intent_to_meet() {
    let got = coded(
        "Tổng thống Mỹ đề xuất Mỹ và Nga gặp nhau ở một nước thứ ba tại châu Âu.",
        &[USA, RUS],
    );
    assert!(
        got.contains(&ev("036", "USA", "RUS")) || got.contains(&ev("036", "RUS", "USA")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(c, _, _)| c == "040"), "{got:?}");
}

#[test]
fn an_appeal_to_a_and_b_goes_to_each() {
    let got = coded(
        "Cùng ngày, Bộ Ngoại giao Mexico kêu gọi Mỹ và Cuba tìm điểm chung và giải quyết bất đồng.",
        &[MEX, USA, CUB],
    );
    assert!(got.contains(&ev("020", "MEX", "USA")), "{got:?}");
    assert!(got.contains(&ev("020", "MEX", "CUB")), "{got:?}");
    // Negative: a list far after the appeal names no one appealed to.
    let got = coded(
        "Tài liệu cho thấy Việt Nam đề nghị mua 3 tàu tuần duyên lớp Hamilton, nhưng Mỹ quyết định cung cấp 1 chiếc.",
        &[VNM, BMU, USA],
    );
    assert!(!got.contains(&ev("020", "VNM", "USA")), "{got:?}");
}

const BLINKEN: Row = (PER, "Antony Blinken", "USA", &["Antony Blinken"]);

#[test]
fn a_visit_judged_by_a_third_side_is_not_his() {
    let got = coded(
        "Tại Oasinhtơn, Ngoại trưởng Mỹ Antony Blinken hôm 20/3 nhận định chuyến thăm cho thấy Trung Quốc không cảm thấy có trách nhiệm.",
        &[BLINKEN, CHN],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "042"), "{got:?}");
    // Negative: a visit told as the news is one.
    let got = coded(
        "Ngoại trưởng Mỹ Antony Blinken bắt đầu chuyến thăm Trung Quốc.",
        &[BLINKEN, CHN],
    );
    assert!(got.contains(&ev("042", "USA", "CHN")), "{got:?}");
}

#[test]
fn a_meeting_set_as_the_scene_takes_no_day_told_after_it() {
    let text = "Ngày 1/8, Thủ tướng Việt Nam đã hội đàm với Thủ tướng Ấn Độ Narendra Modi. \
                Tại hội đàm, Thủ tướng Việt Nam chia buồn với Ấn Độ về vụ lở đất hôm 30/7.";
    let (text, sents, ents) = test_support::input(text, &[VNM, IND, MODI]);
    let dates = vec![
        date(&text, &sents, "Ngày 1/8", "2024-08-01"),
        date(&text, &sents, "hôm 30/7", "2024-07-30"),
    ];
    let all = Coder::embedded().code(&text, &sents, &ents, &dates);
    let talks: Vec<&Event> = all
        .events
        .iter()
        .filter(|e| e.code.starts_with("04"))
        .collect();
    assert_eq!(talks.len(), 1, "{:?}", all.events);
    assert_eq!(
        talks[0].date.as_deref(),
        Some("2024-08-01"),
        "{:?}",
        all.events
    );
}

#[test]
fn agreements_reached_during_a_past_visit_name_no_visit() {
    let got = coded(
        "Thủ tướng Việt Nam đề nghị hai bên triển khai hiệu quả các nhận thức chung quan trọng đạt được trong chuyến thăm Trung Quốc của Tổng Bí thư Việt Nam hồi tháng 8 vừa qua.",
        &[VNM, CHN],
    );
    assert!(
        !got.iter().any(|(c, _, _)| c == "036" || c == "042"),
        "{got:?}"
    );
    // Negative: a visit told as the news stays one.
    let got = coded(
        "Tổng Bí thư Việt Nam bắt đầu chuyến thăm Trung Quốc.",
        &[VNM, CHN],
    );
    assert!(got.contains(&ev("042", "VNM", "CHN")), "{got:?}");
}

#[test]
fn requirements_as_things_and_persevering_opinions_are_no_acts() {
    let got = coded(
        "Năm 2022, Việt Nam và Trung Quốc từng ký nghị định thư về yêu cầu kiểm dịch đối với sầu riêng tươi.",
        &[VNM, CHN],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("10")), "{got:?}");
    let got = coded(
        "Về Myanmar, Thủ tướng Việt Nam cho rằng ASEAN cần kiên trì hỗ trợ Myanmar tìm kiếm giải pháp lâu dài.",
        &[VNM, MMR],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
    // Negative: a demand made is still one.
    let got = coded(
        "Việt Nam yêu cầu Trung Quốc rút tàu khỏi vùng biển.",
        &[VNM, CHN],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("10")), "{got:?}");
}
