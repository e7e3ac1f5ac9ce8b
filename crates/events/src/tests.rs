//! Rule tests: real Vietnamese sentences, with the entities a recogniser
//! would give them written out by hand, so these tests pin the coder alone.

use super::*;
use crate::test_support::{entities, sentences, Spec};
use thoisu_core::DateValue;

struct Case {
    events: Vec<(String, String, String)>,
    agreements: Vec<Agreement>,
    coded: Coded,
}

fn check(text: &str, spec: &Spec, dates: &[(&str, &str)]) -> Case {
    // As the pipeline does: the coder reads normalised text ("hoà", "doạ").
    let text = &thoisu_normalise::normalise(text);
    let sents = sentences(text);
    let ents = entities(text, &sents, spec);
    let dates: Vec<DateMention> = dates
        .iter()
        .map(|(form, value)| {
            let form = &thoisu_normalise::normalise(form);
            let at = text.find(form.as_str()).expect("date text in sentence");
            let span = Span::new(at, at + form.len());
            DateMention {
                text: form.to_string(),
                // "START/END" for a range
                value: match value.split_once('/') {
                    Some((start, end)) => DateValue {
                        start: start.into(),
                        end: end.into(),
                    },
                    None => DateValue::day(*value),
                },
                span,
                sentence: sents.iter().position(|s| s.span.contains(span)).unwrap() as u32,
            }
        })
        .collect();
    let coded = Coder::embedded().code(text, &sents, &ents, &dates);
    let events = coded
        .events
        .iter()
        .map(|e| {
            (
                e.code.clone(),
                e.source
                    .as_ref()
                    .and_then(|a| a.country.clone())
                    .unwrap_or_default(),
                e.target
                    .as_ref()
                    .and_then(|a| a.country.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    Case {
        events,
        agreements: coded.agreements.clone(),
        coded,
    }
}

fn ev(code: &str, s: &str, t: &str) -> (String, String, String) {
    (code.into(), s.into(), t.into())
}

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn a_visit_goes_from_the_visitor_to_the_host() {
    let c = check(
        "Thủ tướng Phạm Minh Chính đã đến thăm Nhật Bản.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("042", "VNM", "JPN")]);
    // "đã đến thăm" (V11V4) is kept whole so that "đã đến" (an arrival)
    // does not hide "đến thăm" (V0427).
    assert_eq!(c.coded.events[0].rule, "V11V4");
    assert_eq!(c.coded.events[0].label, "Make a visit");
}

#[test]
fn a_visit_noun_opening_the_sentence_finds_its_visitor_later() {
    let c = check(
        "Trong khuôn khổ chuyến thăm chính thức tới Lào, sáng 9/1, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp bà con kiều bào.",
        &[(LOC, "Lào", "LAO", &["Lào"]), (PER, "Trần Thanh Mẫn", "VNM", &["Trần Thanh Mẫn"])],
        &[("sáng 9/1", "2025-01-09")],
    );
    assert_eq!(c.events[0], ev("042", "VNM", "LAO"));
    assert_eq!(c.coded.events[0].date.as_deref(), Some("2025-01-09"));
}

#[test]
fn words_that_contain_a_trigger_are_not_events() {
    let text = "Đại sứ quán Việt Nam sẽ tiếp tục phát huy tinh thần đoàn kết với Lào. \
                Bà con đăng ký tại Đại sứ quán Việt Nam. Ký ức về Lào còn mãi. Thư ký của Lào phát biểu.";
    let c = check(
        text,
        &[
            (
                ORG,
                "Đại sứ quán Việt Nam",
                "VNM",
                &["Đại sứ quán Việt Nam"],
            ),
            (LOC, "Lào", "LAO", &["Lào"]),
        ],
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn negated_and_planned_signings_are_not_signed() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
    ];
    let c = check(
        "Việt Nam và Campuchia không ký Hiệp định về vận tải.",
        spec,
        &[],
    );
    assert!(
        c.events.is_empty() && c.agreements.is_empty(),
        "{:?}",
        c.events
    );
    let c = check(
        "Việt Nam và Campuchia sẽ ký Bản ghi nhớ về giáo dục.",
        spec,
        &[],
    );
    assert!(
        c.events.is_empty() && c.agreements.is_empty(),
        "{:?}",
        c.events
    );
    let c = check(
        "Việt Nam và Campuchia đã ký Bản ghi nhớ về giáo dục.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("057", "VNM", "KHM")]);
    assert_eq!(c.agreements.len(), 1);
    assert_eq!(c.agreements[0].kind, thoisu_core::AgreementKind::Mou);
    assert_eq!(c.agreements[0].title, "Bản ghi nhớ về giáo dục");
}

#[test]
fn a_planned_visit_is_intent_to_meet() {
    let c = check(
        "Tổng thống Pháp Emmanuel Macron sẽ thăm Việt Nam.",
        &[
            (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("036", "FRA", "VNM")]);
}

#[test]
fn talks_with_a_counterpart() {
    let c = check(
        "Chủ tịch nước Lương Cường hội đàm với Tổng thống Hàn Quốc Lee Jae-myung.",
        &[
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
            (PER, "Lee Jae-myung", "KOR", &["Lee Jae-myung"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("046", "VNM", "KOR")]);
    assert_eq!(c.coded.events[0].goldstein, 7.0);
}

#[test]
fn both_sides_stand_for_the_two_main_countries() {
    let c = check(
        "Thủ tướng Việt Nam tiếp Thủ tướng Singapore. Hai bên nhất trí tăng cường hợp tác kinh tế.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Singapore", "SGP", &["Singapore"]),
        ],
        &[],
    );
    assert!(
        c.events.contains(&ev("043", "VNM", "SGP")),
        "{:?}",
        c.events
    );
    assert!(
        c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
}

#[test]
fn praise_opening_the_sentence_reads_the_subject_after_it() {
    let c = check(
        "Đánh giá cao các đề xuất của Thủ tướng Phạm Minh Chính, Thủ tướng Lào Sonexay Siphandone khẳng định Lào coi trọng hợp tác.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (PER, "Sonexay Siphandone", "LAO", &["Sonexay Siphandone"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("051", "LAO", "VNM")]);
}

#[test]
fn a_listing_of_signed_documents() {
    let text = "Chiều 10/10, lễ ký kết các văn kiện hợp tác đã diễn ra tại thủ đô Viêng Chăn. \
                Các văn kiện gồm: Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào; \
                Hiệp định giữa Chính phủ Việt Nam và Chính phủ Lào về vận tải đường bộ.";
    let c = check(
        text,
        &[
            (ORG, "Bộ Y tế Việt Nam", "VNM", &["Bộ Y tế Việt Nam"]),
            (ORG, "Bộ Y tế Lào", "LAO", &["Bộ Y tế Lào"]),
            (ORG, "Chính phủ Việt Nam", "VNM", &["Chính phủ Việt Nam"]),
            (ORG, "Chính phủ Lào", "LAO", &["Chính phủ Lào"]),
            (LOC, "Viêng Chăn", "LAO", &["Viêng Chăn"]),
        ],
        &[("Chiều 10/10", "2025-10-10")],
    );
    assert_eq!(c.agreements.len(), 2, "{:?}", c.agreements);
    let mou = &c.agreements[0];
    assert_eq!(mou.kind, thoisu_core::AgreementKind::Mou);
    let names: Vec<&str> = mou.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Bộ Y tế Việt Nam", "Bộ Y tế Lào"]);
    assert_eq!(mou.parties[1].country.as_deref(), Some("LAO"));
    assert_eq!(mou.date.as_deref(), Some("2025-10-10"));
    assert_eq!(mou.location.as_deref(), Some("Viêng Chăn"));
    assert_eq!(c.agreements[1].kind, thoisu_core::AgreementKind::Agreement);
    // The signing is one 057 event, dated.
    let signings: Vec<&Event> = c.coded.events.iter().filter(|e| e.code == "057").collect();
    assert_eq!(signings.len(), 1, "{:?}", c.coded.events);
    assert_eq!(signings[0].date.as_deref(), Some("2025-10-10"));
}

#[test]
fn a_listing_without_a_signing_is_not_an_agreement() {
    let text = "Hai bên thảo luận nhiều nội dung. Các văn kiện dự kiến gồm: Bản ghi nhớ giữa Bộ Y tế Việt Nam và Bộ Y tế Lào.";
    let c = check(
        text,
        &[
            (ORG, "Bộ Y tế Việt Nam", "VNM", &["Bộ Y tế Việt Nam"]),
            (ORG, "Bộ Y tế Lào", "LAO", &["Bộ Y tế Lào"]),
        ],
        &[],
    );
    assert!(c.agreements.is_empty(), "{:?}", c.agreements);
}

#[test]
fn one_happening_told_twice_is_one_event() {
    let c = check(
        "Tổng thống Indonesia Prabowo Subianto thăm Việt Nam. Chuyến thăm Việt Nam của Tổng thống Indonesia Prabowo Subianto thành công.",
        &[(PER, "Prabowo Subianto", "IDN", &["Prabowo Subianto"]), (LOC, "Việt Nam", "VNM", &["Việt Nam"])],
        &[],
    );
    assert_eq!(c.events, vec![ev("042", "IDN", "VNM")]);
}

#[test]
fn news_attribution_is_not_an_actor() {
    let c = check(
        "Theo TTXVN, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Chile.",
        &[
            (ORG, "TTXVN", "VNM", &["TTXVN"]),
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
            (LOC, "Chile", "CHL", &["Chile"]),
        ],
        &[],
    );
    assert_eq!(
        c.coded.events[0].source.as_ref().unwrap().name,
        "Lương Cường"
    );
    assert_eq!(c.events, vec![ev("046", "VNM", "CHL")]);
}

#[test]
fn odd_text_gives_nothing_and_never_panics() {
    for text in ["", "…", "ký", "🙂 thăm 🙂", "Hai bên"] {
        let c = check(text, &[], &[]);
        assert!(c.events.is_empty());
    }
}

#[test]
fn the_person_a_title_chain_names_is_the_actor() {
    let c = check(
        "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (PER, "Ishiba Shigeru", "JPN", &["Ishiba Shigeru"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("041", "VNM", "JPN")]);
    assert_eq!(
        c.coded.events[0].target.as_ref().unwrap().name,
        "Ishiba Shigeru"
    );
}

#[test]
fn a_name_right_before_the_phrase_is_its_subject() {
    // "... với Bộ trưởng Singapore Vivian Balakrishnan đang thăm Việt Nam":
    // the visitor is the Singaporean, not the sentence's first subject.
    let c = check(
        "Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan đang thăm chính thức Việt Nam.",
        &[
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (LOC, "Singapore", "SGP", &["Singapore"]),
            (PER, "Vivian Balakrishnan", "SGP", &["Vivian Balakrishnan"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
        &[],
    );
    assert!(
        c.events.contains(&ev("042", "SGP", "VNM")),
        "{:?}",
        c.events
    );
    assert!(
        c.events.contains(&ev("046", "VNM", "SGP")),
        "{:?}",
        c.events
    );
}

#[test]
fn a_relation_named_by_a_dash_is_not_a_doer() {
    // The subject is a bare title the recogniser cannot name: no event,
    // rather than one between the two sides of "Việt Nam - Lào".
    let c = check(
        "Để thúc đẩy quan hệ Việt Nam - Lào, Tổng Bí thư đề nghị cán bộ Đại sứ quán tại Lào giữ gìn đoàn kết.",
        &[(LOC, "Việt Nam", "VNM", &["Việt Nam"]), (LOC, "Lào", "LAO", &["Lào"])],
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_signing_after_dated_talks_takes_their_date() {
    let c = check(
        "Chiều 12/6, Bộ trưởng Việt Nam hội đàm với Bộ trưởng Singapore. Sau hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về đào tạo.",
        &[(LOC, "Việt Nam", "VNM", &["Việt Nam"]), (LOC, "Singapore", "SGP", &["Singapore"])],
        &[("Chiều 12/6", "2024-06-12")],
    );
    assert_eq!(c.agreements.len(), 1);
    assert_eq!(c.agreements[0].date.as_deref(), Some("2024-06-12"));
    let signing = c
        .coded
        .events
        .iter()
        .find(|e| e.code == "057")
        .expect("a 057 event");
    assert_eq!(signing.date.as_deref(), Some("2024-06-12"));
}

#[test]
fn both_leaders_are_the_two_sides_of_the_talks_just_told() {
    // The article is mostly about the United States and Russia; "hai nhà
    // lãnh đạo" still means the two who just spoke by phone.
    let c = check(
        "Mỹ trừng phạt Nga. Mỹ cáo buộc Nga. Tổng thống Nga Vladimir Putin điện đàm với Chủ tịch Trung Quốc Tập Cận Bình. \
         Hai nhà lãnh đạo nhất trí tăng cường phối hợp.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
            (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        ],
        &[],
    );
    assert!(
        c.events.contains(&ev("030", "RUS", "CHN")),
        "{:?}",
        c.events
    );
}

#[test]
fn a_pair_phrase_far_from_the_verb_does_not_choose_its_target() {
    // The request is made to the embassy's own staff; "giữa hai nước" later
    // in the sentence does not make Laos its target.
    let c = check(
        "Để thúc đẩy quan hệ Việt Nam - Lào, Thủ tướng Phạm Minh Chính đề nghị cán bộ Đại sứ quán Việt Nam tại Lào phát huy vai trò cầu nối giữa hai nước.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (ORG, "Đại sứ quán Việt Nam tại Lào", "VNM", &["Đại sứ quán Việt Nam tại Lào"]),
        ],
        &[],
    );
    assert!(
        c.events.is_empty(),
        "a domestic appeal is not recorded: {:?}",
        c.events
    );
    let c = check(
        "Thủ tướng Phạm Minh Chính đề nghị hai bên tăng cường hợp tác. Việt Nam và Lào là láng giềng.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        ],
        &[],
    );
    // Proposing that both sides cooperate is an appeal to the other side
    // (02), as the annotators of nine sets code it (session 19).
    assert!(
        c.events
            .iter()
            .any(|(code, s, t)| code.starts_with("02") && s == "VNM" && t == "LAO"),
        "{:?}",
        c.events
    );
}

#[test]
fn a_photo_credit_in_the_running_text_is_not_an_actor() {
    let c = check(
        "(Ảnh: Nhan Sáng/TTXVN) Chủ tịch nước Trần Đại Quang đã hội kiến Tổng thống Italy Sergio Mattarella.",
        &[
            (ORG, "TTXVN", "VNM", &["TTXVN"]),
            (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]),
            (PER, "Sergio Mattarella", "ITA", &["Sergio Mattarella"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("040", "VNM", "ITA")]);
    assert_eq!(
        c.coded.events[0].source.as_ref().unwrap().name,
        "Trần Đại Quang"
    );
}

#[test]
fn a_happening_told_twice_keeps_both_tellings() {
    let c = check(
        "Tổng thống Indonesia Prabowo Subianto thăm Việt Nam. Chuyến thăm Việt Nam của Tổng thống Indonesia Prabowo Subianto thành công.",
        &[(PER, "Prabowo Subianto", "IDN", &["Prabowo Subianto"]), (LOC, "Việt Nam", "VNM", &["Việt Nam"])],
        &[],
    );
    assert_eq!(c.coded.events.len(), 1);
    let e = &c.coded.events[0];
    assert_eq!(e.sentence, 0);
    assert_eq!(e.retold.len(), 1);
    assert_eq!(e.retold[0].sentence, 1);
}

#[test]
fn khong_inside_a_word_is_not_a_negation() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Hãng hàng không Nhật Bản",
            "JPN",
            &["Hãng hàng không Nhật Bản"],
        ),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let c = check(
        "Hãng hàng không Nhật Bản đã ký thỏa thuận với Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("057", "JPN", "VNM")]);
    let c = check(
        "Hãng hàng không Nhật Bản sẽ không ký thỏa thuận với Việt Nam.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    let c = check(
        "Hãng hàng không Nhật Bản chưa từng ký thỏa thuận với Việt Nam.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_planned_act_becomes_the_intent_to_do_it() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let c = check("Nhật Bản sẽ viện trợ Việt Nam 5 triệu USD.", spec, &[]);
    assert_eq!(c.events, vec![ev("033", "JPN", "VNM")]);
    let c = check("Nhật Bản sẽ ký hiệp định với Việt Nam.", spec, &[]);
    assert!(
        c.events.is_empty(),
        "a planned signing is not coded: {:?}",
        c.events
    );
}

#[test]
fn a_credit_line_is_a_loan_and_its_pledge_the_intent() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let c = check(
        "Ấn Độ đã cấp gói tín dụng 300 triệu USD cho Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("071", "IND", "VNM")]);
    // The receiver between the verb and the credit; "sẽ" before the verb.
    let c = check(
        "Ấn Độ sẽ cấp cho Việt Nam gói tín dụng 500 triệu USD để hợp tác quốc phòng.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("0331", "IND", "VNM")]);
    // Received, not given: no giver before the receiver.
    let c = check(
        "Việt Nam đã nhận gói tín dụng 500 triệu USD từ Ấn Độ.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    // A bank's credit package at home is no aid.
    let c = check(
        "Các ngân hàng đã tích cực tham gia gói tín dụng 100 nghìn tỷ đồng.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_passive_names_the_doer_after_bi() {
    let c = check(
        "Tàu cá Việt Nam bị tàu hải cảnh Trung Quốc tấn công tại Hoàng Sa.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
        &[],
    );
    assert_eq!(c.events, vec![ev("190", "CHN", "VNM")]);
}

#[test]
fn sports_reporting_is_not_coded() {
    let c = check(
        "Đội tuyển Việt Nam tấn công liên tục vào khung thành Thái Lan.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn documents_exchanged_at_a_ceremony_are_signed_agreements_of_their_kind() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
        (LOC, "Phnôm Pênh", "KHM", &["Phnôm Pênh"]),
    ];
    let c = check(
        "Sáng 5/12, tại Phnôm Pênh, hai Thủ tướng chứng kiến lễ trao văn kiện: Hiệp ước bổ sung về hoạch định biên giới giữa Việt Nam và Campuchia; \
         Tuyên bố chung Việt Nam - Campuchia; Kế hoạch hợp tác giáo dục giai đoạn 2026-2030 giữa Việt Nam và Campuchia.",
        spec,
        &[("Sáng 5/12", "2025-12-05")],
    );
    let kinds: Vec<thoisu_core::AgreementKind> = c.agreements.iter().map(|a| a.kind).collect();
    use thoisu_core::AgreementKind::{JointStatement, Plan, Treaty};
    assert_eq!(kinds, [Treaty, JointStatement, Plan], "{:?}", c.agreements);
    let treaty = &c.agreements[0];
    let parties: Vec<(&str, Option<&str>)> = treaty
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.country.as_deref()))
        .collect();
    assert_eq!(
        parties,
        [("Việt Nam", Some("VNM")), ("Campuchia", Some("KHM"))]
    );
    assert_eq!(treaty.date.as_deref(), Some("2025-12-05"));
    assert_eq!(treaty.location.as_deref(), Some("Phnôm Pênh"));
    // A signing is mutual: either order of the pair.
    let signed = |a: &str, b: &str| c.events.contains(&ev("057", a, b));
    assert!(
        signed("VNM", "KHM") || signed("KHM", "VNM"),
        "{:?}",
        c.events
    );
}

#[test]
fn a_contract_signed_in_a_sentence_is_an_agreement() {
    let c = check(
        "Tập đoàn Viettel và Tập đoàn Nokia đã ký hợp đồng cung cấp thiết bị 5G.",
        &[
            (ORG, "Tập đoàn Viettel", "VNM", &["Tập đoàn Viettel"]),
            (ORG, "Tập đoàn Nokia", "FIN", &["Tập đoàn Nokia"]),
        ],
        &[],
    );
    assert_eq!(c.agreements.len(), 1, "{:?}", c.agreements);
    assert_eq!(c.agreements[0].kind, thoisu_core::AgreementKind::Contract);
    let names: Vec<&str> = c.agreements[0]
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    // A firm is named by its own name, without the word for a firm.
    assert_eq!(names, ["Viettel", "Nokia"]);
}

/// Every event the coder finds within `scope`, as (code, source, target),
/// a side being its country or, for a body, its actor code.
fn scoped(text: &str, spec: &Spec, scope: Scope) -> Vec<(String, String, String)> {
    let text = &thoisu_normalise::normalise(text);
    let sents = sentences(text);
    let ents = entities(text, &sents, spec);
    Coder::embedded()
        .code_all(text, &sents, &ents, &[])
        .events
        .into_iter()
        .filter(|e| in_scope(e, scope))
        .map(|e| {
            (
                e.code.clone(),
                affiliation(&e.source).unwrap_or_default().to_string(),
                affiliation(&e.target).unwrap_or_default().to_string(),
            )
        })
        .collect()
}

const WITH_IGO: Scope = Scope {
    domestic: false,
    igo: true,
};

#[test]
fn an_international_body_is_an_actor_with_its_cameo_code() {
    let spec: &Spec = &[
        (ORG, "Liên minh châu Âu", "igo.eu", &["EU"]),
        (LOC, "Nga", "RUS", &["Nga"]),
    ];
    let text = "EU áp lệnh trừng phạt Nga.";
    assert_eq!(
        scoped(text, spec, WITH_IGO),
        vec![ev("163", "IGOEUREEC", "RUS")]
    );
    // By default only events between two countries are kept.
    assert!(check(text, spec, &[]).events.is_empty());
    // The body has no country; its code is the actor.
    let text = &thoisu_normalise::normalise(text);
    let sents = sentences(text);
    let coded = Coder::embedded().code_all(text, &sents, &entities(text, &sents, spec), &[]);
    let source = coded.events[0].source.as_ref().unwrap();
    assert_eq!(source.country, None);
    assert_eq!(source.code.as_deref(), Some("IGOEUREEC"));
    assert_eq!(source.name, "Liên minh châu Âu");
}

#[test]
fn a_country_can_call_on_a_body() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
    ];
    assert_eq!(
        scoped(
            "Việt Nam kêu gọi ASEAN giữ vững đoàn kết và vai trò trung tâm.",
            spec,
            WITH_IGO
        ),
        vec![ev("020", "VNM", "IGOSEAASN")]
    );
}

#[test]
fn the_head_of_a_body_acts_for_it_not_for_his_passport() {
    let spec: &Spec = &[
        (ORG, "Liên hợp quốc", "igo.un", &["LHQ"]),
        (
            PER,
            "António Guterres",
            "PRT@un.guterres",
            &["Antonio Guterres"],
        ),
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
    ];
    let text = "Tổng Thư ký LHQ Antonio Guterres đã gặp Thủ tướng Phạm Minh Chính tại New York.";
    assert_eq!(
        scoped(text, spec, WITH_IGO),
        vec![ev("040", "IGOUNO", "VNM")]
    );
    // Not Portugal meeting Vietnam.
    assert!(check(text, spec, &[]).events.is_empty());
}

#[test]
fn a_body_named_in_a_meeting_is_not_a_side() {
    let spec: &Spec = &[
        (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
        (ORG, "APEC", "igo.apec", &["APEC"]),
        (ORG, "G20", "igo.g20", &["G20"]),
    ];
    let got = scoped(
        "Thủ tướng Nguyễn Xuân Phúc đánh giá cao sự ủng hộ của các doanh nghiệp cho Năm APEC 2017. \
         Thủ tướng Nguyễn Xuân Phúc đã gặp các nhà đầu tư bên lề Hội nghị Thượng đỉnh G20.",
        spec,
        WITH_IGO,
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_body_never_displaces_a_country_as_a_side() {
    // Two countries' reading wins: the body only fills a side nobody else can.
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
    ];
    assert_eq!(
        scoped(
            "Việt Nam hoan nghênh Nhật Bản tăng cường hợp tác với ASEAN.",
            spec,
            WITH_IGO
        ),
        vec![ev("051", "VNM", "JPN")]
    );
}

#[test]
fn domestic_events_are_kept_only_when_asked_for() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (PER, "Lương Cường", "VNM", &["Lương Cường"]),
    ];
    let text = "Thủ tướng Phạm Minh Chính đã gặp Chủ tịch nước Lương Cường.";
    let domestic = Scope {
        domestic: true,
        igo: false,
    };
    assert_eq!(scoped(text, spec, domestic), vec![ev("040", "VNM", "VNM")]);
    assert!(scoped(text, spec, Scope::default()).is_empty());
    assert!(check(text, spec, &[]).events.is_empty());
}

#[test]
fn an_act_told_without_a_date_takes_the_day_the_text_last_gave() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Australia", "AUS", &["Australia"]),
        (LOC, "Lào", "LAO", &["Lào"]),
    ];
    let c = check(
        "Hôm nay (4/5), Bộ Ngoại giao tổ chức họp báo thường kỳ. Việt Nam kiên quyết phản đối việc Australia phát hành đồng xu này. \
         Trước đó, Việt Nam và Lào đã ký Bản ghi nhớ về giáo dục.",
        spec,
        &[("Hôm nay (4/5)", "2024-05-04")],
    );
    assert!(
        !c.coded.events.is_empty()
            && c.coded
                .events
                .iter()
                .all(|e| e.date.as_deref() == Some("2024-05-04")),
        "{:?}",
        c.coded.events
    );
}

#[test]
fn a_sports_article_codes_no_force_even_where_a_sentence_names_no_sport() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        (LOC, "Indonesia", "IDN", &["Indonesia"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let text = "Tuyển Việt Nam thắng Thái Lan 2-1 trong trận chung kết lượt về. \
                Ngay từ đầu, Việt Nam tấn công dồn dập nhưng Thái Lan phòng ngự chắc chắn. \
                Ở trận còn lại, Indonesia đe dọa Trung Quốc bằng những pha phản công nhanh. \
                Trung Quốc bao vây Indonesia ở phần sân nhà. \
                Việt Nam sẽ gặp Indonesia ở bán kết.";
    let c = check(text, spec, &[]);
    assert!(
        c.events.iter().all(|e| !is_contest_code(&e.0)),
        "{:?}",
        c.events
    );
    // Nor is the next fixture a meeting: "sẽ gặp Indonesia ở bán kết" is
    // play (session 7: a sample of general news had such fixtures as 040).
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_result_with_its_score_is_a_match_report() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    ];
    let c = check(
        "Nhật Bản đánh bại Hàn Quốc 3-0 sau khi tấn công liên tục.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_day_written_with_a_dash_is_no_score_and_one_match_makes_no_sports_article() {
    let spec: &Spec = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Syria", "SYR", &["Syria"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Ukraine", "UKR", &["Ukraine"]),
    ];
    let c = check(
        "Ngày 2-1, Mỹ tấn công Syria và đánh bại các nhóm vũ trang.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("190", "USA", "SYR")]);
    // A long political piece with one line on football stays political.
    let text = "Nga tấn công Ukraine bằng tên lửa. Mỹ lên án Nga. \
                Nga cáo buộc Ukraine. Mỹ hỗ trợ Ukraine. Nga đe dọa Mỹ. \
                Tối cùng ngày, đội tuyển Ukraine thắng 2-1 trong trận giao hữu.";
    let c = check(text, spec, &[]);
    assert!(
        c.events.contains(&ev("190", "RUS", "UKR")),
        "{:?}",
        c.events
    );
    assert!(
        c.events.contains(&ev("130", "RUS", "USA")),
        "{:?}",
        c.events
    );
}

#[test]
fn sports_words_keep_their_scope() {
    let st = |s: &str| SyllableText::new(s, Span::new(0, s.len()));
    let coder = Coder::embedded();
    let text = "U23 Việt Nam vào chung kết.";
    let cues = coder.sports_cues(text, &st(text));
    assert!(cues.article && !cues.sentence && !cues.scoreline);
    let text = "Việt Nam thắng Thái Lan 2 - 1.";
    assert!(coder.sports_cues(text, &st(text)).scoreline);
    // A day-month or a full date is no score; "hòa bình" is no draw.
    for text in [
        "Việt Nam thắng lớn ngày 2-1.",
        "Hiệp định hòa bình ký 27-1-1973.",
        "Hòa bình lập lại 3-2.",
    ] {
        assert!(!coder.sports_cues(text, &st(text)).scoreline, "{text}");
    }
}

#[test]
fn a_body_whose_resolutions_are_broken_is_not_the_target() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        (
            ORG,
            "Hội đồng Bảo an Liên hợp quốc",
            "igo.unsc",
            &["Hội đồng Bảo an Liên hợp quốc"],
        ),
        (ORG, "Liên hợp quốc", "igo.un", &["Liên hợp quốc"]),
    ];
    // The UN inside the Council's name goes with it.
    let got = scoped(
        "Nhật Bản phản đối hành động vi phạm nghị quyết của Hội đồng Bảo an Liên hợp quốc.",
        spec,
        WITH_IGO,
    );
    assert!(got.iter().all(|e| !e.2.starts_with("IGO")), "{got:?}");
    // Acting, the Council is a side.
    assert_eq!(
        scoped(
            "Hội đồng Bảo an Liên hợp quốc áp đặt lệnh trừng phạt Triều Tiên.",
            spec,
            WITH_IGO
        ),
        vec![ev("163", "IGOUNO", "PRK")]
    );
}

fn date_of(c: &Case, code: &str) -> Option<String> {
    c.coded
        .events
        .iter()
        .find(|e| e.code == code)
        .and_then(|e| e.date.clone())
}

#[test]
fn a_later_sentence_with_the_day_of_a_reported_call_dates_it() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let c = check(
        "Ngày 26-10, theo Đài NHK, Thủ tướng Nhật Bản có cuộc điện đàm với Tổng thống Mỹ. Cuộc điện đàm diễn ra ngày 25-10.",
        spec,
        &[("Ngày 26-10", "2025-10-26"), ("ngày 25-10", "2025-10-25")],
    );
    assert_eq!(date_of(&c, "041").as_deref(), Some("2025-10-25"));
    // Not a report: the day told with the act stays.
    let c = check(
        "Ngày 26-10, Thủ tướng Nhật Bản điện đàm với Tổng thống Mỹ. Cuộc điện đàm trước đó diễn ra ngày 25-10.",
        spec,
        &[("Ngày 26-10", "2025-10-26"), ("ngày 25-10", "2025-10-25")],
    );
    assert_eq!(date_of(&c, "041").as_deref(), Some("2025-10-26"));
}

#[test]
fn a_day_in_the_clause_of_the_act_wins_over_the_day_of_the_report() {
    let c = check(
        "Ngày 5-3, Bộ Ngoại giao Nga cho biết, Ngoại trưởng Nga đã điện đàm với Ngoại trưởng Mỹ vào hôm qua.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
        &[("Ngày 5-3", "2025-03-05"), ("hôm qua", "2025-03-04")],
    );
    assert_eq!(date_of(&c, "041").as_deref(), Some("2025-03-04"));
    // The day opening the sentence is the act's when no other is told.
    let c = check(
        "Chiều 12-6, Ngoại trưởng Nga điện đàm với Ngoại trưởng Mỹ.",
        &[(LOC, "Nga", "RUS", &["Nga"]), (LOC, "Mỹ", "USA", &["Mỹ"])],
        &[("Chiều 12-6", "2025-06-12")],
    );
    assert_eq!(date_of(&c, "041").as_deref(), Some("2025-06-12"));
}

#[test]
fn the_last_date_told_before_is_read_by_position_and_a_range_gives_its_start() {
    let mention = |sentence: u32, start: usize, value: DateValue| DateMention {
        text: String::new(),
        value,
        span: Span::new(start, start + 4),
        sentence,
    };
    // Listed out of order: the range (sentence 1) after the day (sentence 2).
    let dates = vec![
        mention(2, 40, DateValue::day("2025-08-03")),
        mention(
            1,
            10,
            DateValue {
                start: "2025-07-30".into(),
                end: "2025-08-02".into(),
            },
        ),
    ];
    assert_eq!(recent_date(&dates, 3).as_deref(), Some("2025-08-03"));
    assert_eq!(recent_date(&dates, 2).as_deref(), Some("2025-07-30"));
    assert_eq!(recent_date(&dates, 9), None);
}

#[test]
fn a_past_call_named_by_its_noun_day_and_sides_is_its_own_event() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (PER, "Hun Manet", "KHM", &["Hun Manet"]),
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (PER, "Hun Sen", "KHM", &["Hun Sen"]),
    ];
    let c = check(
        "Ngày 15-8, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Hun Manet. Hai Thủ tướng vui mừng về kết quả cuộc điện đàm rất thành công ngày 14-8 giữa Tổng Bí thư Tô Lâm với Chủ tịch Thượng viện Hun Sen.",
        spec,
        &[("Ngày 15-8", "2025-08-15"), ("ngày 14-8", "2025-08-14")],
    );
    let mut days: Vec<_> = c
        .coded
        .events
        .iter()
        .filter(|e| e.code == "041")
        .map(|e| e.date.clone().unwrap_or_default())
        .collect();
    days.sort();
    assert_eq!(days, ["2025-08-14", "2025-08-15"]);
    // Without its day the noun is the call already told.
    let c = check(
        "Ngày 15-8, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Hun Manet. Hai Thủ tướng vui mừng về kết quả cuộc điện đàm giữa Tổng Bí thư Tô Lâm với Chủ tịch Thượng viện Hun Sen.",
        spec,
        &[("Ngày 15-8", "2025-08-15")],
    );
    assert_eq!(c.coded.events.iter().filter(|e| e.code == "041").count(), 1);
}

#[test]
fn a_statement_takes_the_day_that_framed_it_not_the_days_it_talks_about() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let c = check(
        "Chiều 3/8, tại họp báo thường kỳ, người phát ngôn trả lời câu hỏi của phóng viên. \
         Cuộc tập trận kéo dài từ ngày 29/7 đến ngày 2/8 trên biển. \
         Việt Nam kiên quyết phản đối hành động của Trung Quốc.",
        spec,
        &[
            ("Chiều 3/8", "2023-08-03"),
            ("ngày 29/7", "2023-07-29"),
            ("ngày 2/8", "2023-08-02"),
        ],
    );
    let protest = c
        .coded
        .events
        .iter()
        .find(|e| e.code.starts_with("11"))
        .unwrap_or_else(|| panic!("{:?}", c.coded.events));
    assert_eq!(protest.date.as_deref(), Some("2023-08-03"));
}

/// Entities as `entities` gives them, with the gazetteer id `id` set on
/// the person named `name` (the recogniser's role kept as it read it).
fn with_person_id(text: &str, spec: &Spec, name: &str, id: &str) -> Coded {
    let text = &thoisu_normalise::normalise(text);
    let sents = sentences(text);
    let mut ents = entities(text, &sents, spec);
    for e in ents.iter_mut().filter(|e| e.name == name) {
        e.gazetteer_id = Some(id.into());
    }
    // An empty country in the spec: a body the recogniser gave none.
    for e in ents.iter_mut().filter(|e| e.country.as_deref() == Some("")) {
        e.country = None;
    }
    Coder::embedded().code(text, &sents, &ents, &[])
}

#[test]
fn a_bodys_head_named_after_the_body_acts_for_it_not_his_passport() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (ORG, "Hội đồng châu Âu", "", &["Hội đồng châu Âu"]),
        (PER, "Charles Michel", "BEL", &["Charles Michel"]),
    ];
    // The bare title "Chủ tịch" was read as a national office (GOV).
    let text = "Thủ tướng Việt Nam có cuộc gặp với Chủ tịch Hội đồng châu Âu Charles Michel.";
    let coded = with_person_id(text, spec, "Charles Michel", "eu.michel");
    assert!(
        coded
            .events
            .iter()
            .all(|e| e.target.as_ref().and_then(|a| a.country.as_deref()) != Some("BEL")),
        "{text}: {:?}",
        coded.events
    );
    // Named by his national office, he is his country's again.
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (PER, "Donald Tusk", "POL", &["Donald Tusk"]),
    ];
    let text = "Thủ tướng Việt Nam có cuộc gặp với Thủ tướng Ba Lan Donald Tusk.";
    let coded = with_person_id(text, spec, "Donald Tusk", "eu.tusk");
    assert!(
        coded
            .events
            .iter()
            .any(|e| e.target.as_ref().and_then(|a| a.country.as_deref()) == Some("POL")),
        "{text}: {:?}",
        coded.events
    );
}

#[test]
fn a_retelling_dated_in_its_own_clause_beats_the_lead_day() {
    let spec: &Spec = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    ];
    let call_date = |text: &str, dates: &[(&str, &str)]| {
        let c = check(text, spec, dates);
        c.coded
            .events
            .iter()
            .find(|e| {
                e.code == "041"
                    && [&e.source, &e.target]
                        .iter()
                        .any(|a| a.as_ref().and_then(|a| a.country.as_deref()) == Some("CHN"))
            })
            .and_then(|e| e.date.clone())
    };
    let text = "Ngày 5/3, Tổng thống Mỹ điện đàm với Tổng thống Hàn Quốc. Tổng thống Mỹ giải thích về quan hệ với Trung Quốc, bao gồm cả cuộc điện đàm với Trung Quốc mới đây. Tổng thống Mỹ cũng vừa điện đàm với Chủ tịch Trung Quốc vào hôm qua.";
    assert_eq!(
        call_date(
            text,
            &[("Ngày 5/3", "2025-03-05"), ("hôm qua", "2025-03-04")]
        )
        .as_deref(),
        Some("2025-03-04"),
        "{text}"
    );
    // A day after the report's is a plan told, not the day of the act.
    let text = "Ngày 5/3, Tổng thống Mỹ điện đàm với Tổng thống Hàn Quốc. Tổng thống Mỹ giải thích về quan hệ với Trung Quốc, bao gồm cả cuộc điện đàm với Trung Quốc mới đây. Tổng thống Mỹ cho biết cuộc điện đàm với Trung Quốc được công bố ngày 9/3.";
    assert_eq!(
        call_date(
            text,
            &[("Ngày 5/3", "2025-03-05"), ("ngày 9/3", "2025-03-09")]
        )
        .as_deref(),
        Some("2025-03-05"),
        "{text}"
    );
}

#[test]
fn both_sides_are_not_those_of_a_happening_named_by_its_relation() {
    let spec: &Spec = &[
        (LOC, "Úc", "AUS", &["Úc"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Đức", "DEU", &["Đức"]),
    ];
    let c = check(
        "Thủ tướng Úc điện đàm với Tổng thống Pháp. Tổng thống Pháp giải thích về tình hình, bao gồm cả cuộc điện đàm thượng đỉnh Pháp - Đức mới đây. Hai bên khẳng định sẽ tiếp tục hợp tác chặt chẽ.",
        spec,
        &[],
    );
    assert!(
        c.events.contains(&ev("030", "AUS", "FRA")),
        "{:?}",
        c.events
    );
    assert!(
        !c.events.contains(&ev("030", "FRA", "DEU")),
        "{:?}",
        c.events
    );
    // A meeting told as the act itself is the scene.
    let c = check(
        "Thủ tướng Úc điện đàm với Tổng thống Pháp. Sau đó, Tổng thống Pháp điện đàm với Thủ tướng Đức. Hai bên khẳng định sẽ tiếp tục hợp tác chặt chẽ.",
        spec,
        &[],
    );
    assert!(
        c.events.contains(&ev("030", "FRA", "DEU")),
        "{:?}",
        c.events
    );
}

#[test]
fn the_invited_are_no_inviter_of_each_other() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Argentina", "ARG", &["Argentina"]),
        (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
        (LOC, "Iran", "IRN", &["Iran"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    // The inviter is a body no country: nobody to code.
    let c = check(
        "Nhóm BRICS ngày 24/8 quyết định mời Argentina, Ai Cập và Iran trở thành thành viên đầy đủ.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    // An inviter named before the verb is the source.
    let c = check("Việt Nam mời Argentina tham dự hội nghị.", spec, &[]);
    assert_eq!(c.events, vec![ev("036", "VNM", "ARG")]);
}

#[test]
fn a_demand_right_after_a_protest_goes_to_the_side_met() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    // One comma between the protest and the demand: the demand goes on.
    let c = check(
        "Việt Nam đã tiếp xúc nhiều lần với phía Trung Quốc tại các kênh khác nhau, trao công hàm phản đối, kiên quyết yêu cầu chấm dứt ngay các hành vi vi phạm.",
        spec,
        &[],
    );
    assert!(
        c.events.contains(&ev("114", "VNM", "CHN")),
        "{:?}",
        c.events
    );
    assert!(
        c.events.contains(&ev("100", "VNM", "CHN")),
        "{:?}",
        c.events
    );
    // A new sentence with its own subject does not go on.
    let c = check(
        "Việt Nam đã trao công hàm phản đối Trung Quốc. Ngư dân yêu cầu chấm dứt ngay các hành vi vi phạm.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("114", "VNM", "CHN")]);
}

#[test]
fn doers_joined_by_cung_each_act() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Syria", "SYR", &["Syria"]),
    ];
    let c = check("Mỹ cùng Anh và Pháp đã không kích Syria.", spec, &[]);
    for doer in ["USA", "GBR", "FRA"] {
        assert!(c.events.contains(&ev("195", doer, "SYR")), "{:?}", c.events);
    }
    // "cùng ngày" is the same day, no list.
    let c = check("Mỹ cùng ngày không kích Syria.", spec, &[]);
    assert_eq!(c.events, vec![ev("195", "USA", "SYR")]);
}

#[test]
fn a_clause_word_ends_a_title_chain() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            PER,
            "Tamim bin Hamad Al Thani",
            "QAT",
            &["Tamim bin Hamad Al Thani"],
        ),
        (LOC, "Ả Rập Xê-út", "SAU", &["Saudi Arabia"]),
        (LOC, "Riyadh", "SAU", &["Riyadh"]),
        (LOC, "UAE", "ARE", &["UAE"]),
        (LOC, "Bahrain", "BHR", &["Bahrain"]),
    ];
    // The countries after "kể từ khi" did what the clause tells, they are
    // not places the emir went to.
    let c = check(
        "Đây là lần đầu tiên Quốc vương Tamim bin Hamad Al Thani tới Saudi Arabia kể từ khi Riyadh cùng UAE và Bahrain cắt quan hệ với Doha.",
        spec,
        &[],
    );
    assert!(
        !c.events.iter().any(|e| e.0 == "042" && e.2 != "SAU"),
        "{:?}",
        c.events
    );
}

#[test]
fn a_person_arrested_by_nationality_makes_that_country_the_target() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Công an tỉnh Quảng Ninh",
            "VNM",
            &["Công an tỉnh Quảng Ninh"],
        ),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (
            ORG,
            "Tòa án nhân dân TP Hồ Chí Minh",
            "VNM",
            &["Tòa án nhân dân TP Hồ Chí Minh"],
        ),
    ];
    let c = check(
        "Công an tỉnh Quảng Ninh đã bắt giữ 3 đối tượng quốc tịch Trung Quốc đang vận chuyển trái phép 36 bánh heroin.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("173", "VNM", "CHN")]);
    // A nationality with no arrest before it is the person's, no side.
    let c = check(
        "Bị cáo Lee Min-ho (quốc tịch Hàn Quốc) bị Tòa án nhân dân TP Hồ Chí Minh tuyên phạt 12 năm tù.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_court_sentencing_a_foreign_national_acts_on_that_country() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Tòa án nhân dân TP Hồ Chí Minh",
            "VNM",
            &["Tòa án nhân dân TP Hồ Chí Minh"],
        ),
        (LOC, "Nigeria", "NGA", &["Nigeria"]),
        (LOC, "Brazil", "BRA", &["Brazil"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    ];
    // The nationality in the bracket after the name is the sentenced
    // person's: the court acts on that country, each person of the list.
    let c = check(
        "Tòa án nhân dân TP Hồ Chí Minh tuyên phạt tử hình bị cáo John Obi (35 tuổi, quốc tịch Nigeria) về tội vận chuyển trái phép chất ma túy.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("116", "VNM", "NGA")]);
    let c = check(
        "Tòa án nhân dân TP Hồ Chí Minh tuyên phạt bị cáo John Obi (35 tuổi, quốc tịch Nigeria) và bị cáo Pedro Santos (30 tuổi, quốc tịch Brazil) 20 năm tù.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("116", "VNM", "NGA"), ev("116", "VNM", "BRA")]
    );
    // The passive keeps the sentenced person the subject: no pair.
    let c = check(
        "Bị cáo Pedro Santos (30 tuổi, quốc tịch Brazil) bị Tòa án nhân dân TP Hồ Chí Minh tuyên phạt 20 năm tù.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    // A bracket with no verb of sentence or arrest before it stays the
    // person's own nationality.
    let c = check(
        "Ông Kim Min-jun (45 tuổi, quốc tịch Hàn Quốc) cho biết Tòa án nhân dân TP Hồ Chí Minh đã xét xử vụ án.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn caught_in_the_act_acts_only_on_a_person_named_by_nationality() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Công an tỉnh Lạng Sơn",
            "VNM",
            &["Công an tỉnh Lạng Sơn"],
        ),
        (
            ORG,
            "Công an tỉnh Nghệ An",
            "VNM",
            &["Công an tỉnh Nghệ An"],
        ),
        (
            ORG,
            "Công an tỉnh Xiêng Khoảng",
            "LAO",
            &["Công an tỉnh Xiêng Khoảng"],
        ),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Lào", "LAO", &["Lào"]),
    ];
    let c = check(
        "Ngày 3/5, Công an tỉnh Lạng Sơn phối hợp với Bộ đội Biên phòng tỉnh bắt quả tang 2 đối tượng quốc tịch Trung Quốc đang vận chuyển trái phép ma túy qua biên giới.",
        spec,
        &[],
    );
    assert!(
        c.events.contains(&ev("173", "VNM", "CHN")),
        "{:?}",
        c.events
    );
    // A partner force named after the verb is no one arrested.
    let c = check(
        "Công an tỉnh Nghệ An phối hợp với Công an tỉnh Xiêng Khoảng (Lào) bắt quả tang một đối tượng vận chuyển 2 bánh heroin.",
        spec,
        &[],
    );
    assert!(!c.events.iter().any(|e| e.0 == "173"), "{:?}", c.events);
}

#[test]
fn a_truce_between_two_sides_is_a_ceasefire_once_in_effect() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
        (ORG, "ASEAN", "", &["ASEAN"]),
    ];
    let c = check(
        "Lệnh ngừng bắn giữa Thái Lan và Campuchia đã chính thức có hiệu lực từ nửa đêm qua.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("0871", "THA", "KHM")]);
    // A truce asked for or discussed has not taken effect.
    for text in [
        "ASEAN kêu gọi một lệnh ngừng bắn giữa Thái Lan và Campuchia.",
        "Các nhà ngoại giao đang thảo luận về lệnh ngừng bắn giữa Thái Lan và Campuchia.",
    ] {
        let c = check(text, spec, &[]);
        assert!(
            !c.events.iter().any(|e| e.0 == "0871"),
            "{text}: {:?}",
            c.events
        );
    }
}

#[test]
fn two_officials_joined_with_their_titles_are_one_subject() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (PER, "James Cleverly", "GBR", &["James Cleverly"]),
        (PER, "Catherine Colonna", "FRA", &["Catherine Colonna"]),
    ];
    // Each voices concern; neither at the other.
    let c = check(
        "Ngoại trưởng Anh James Cleverly và Ngoại trưởng Pháp Catherine Colonna cũng bày tỏ quan ngại về vụ việc.",
        spec,
        &[],
    );
    assert!(
        !c.events.iter().any(|e| [&e.1, &e.2]
            .iter()
            .all(|c| ["GBR", "FRA"].contains(&c.as_str()))),
        "{:?}",
        c.events
    );
    // A target named after the act is still each one's.
    let c = check(
        "Ngoại trưởng Anh James Cleverly và Ngoại trưởng Pháp Catherine Colonna đã lên án Nga.",
        spec,
        &[],
    );
    assert!(c.events.iter().any(|e| e.2 == "RUS"), "{:?}", c.events);
}

#[test]
fn a_sexual_assault_or_a_clash_avoided_is_no_force() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Syria", "SYR", &["Syria"]),
        (LOC, "Na Uy", "NOR", &["Na Uy"]),
    ];
    for text in [
        "Nga và Mỹ duy trì kênh liên lạc nhằm tránh đụng độ trên không phận Syria.",
        "Một du khách Na Uy tố cáo bị tấn công tình dục tại khách sạn ở Nha Trang.",
    ] {
        let c = check(text, spec, &[]);
        assert!(
            !c.events.iter().any(|e| e.0.starts_with("19")),
            "{text}: {:?}",
            c.events
        );
    }
    // A clash that happened is one.
    let c = check(
        "Lực lượng Nga và Mỹ đã đụng độ trên không phận Syria.",
        spec,
        &[],
    );
    assert!(c.events.iter().any(|e| e.0 == "190"), "{:?}", c.events);
}

#[test]
fn the_country_visited_is_no_target_of_a_criticism_told_there() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
    ];
    let c = check(
        "Ngoại trưởng Mỹ tiếp tục chỉ trích các hãng tin trong nước trong chuyến công du Nhật Bản.",
        spec,
        &[],
    );
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("11")),
        "{:?}",
        c.events
    );
    // A target of its own is kept.
    let c = check(
        "Trong chuyến công du Nhật Bản, Ngoại trưởng Mỹ chỉ trích Triều Tiên.",
        spec,
        &[],
    );
    assert!(
        c.events.contains(&ev("111", "USA", "PRK")),
        "{:?}",
        c.events
    );
}

#[test]
fn an_act_instead_of_another_or_not_ruled_out_is_not_done() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Canada", "CAN", &["Canada"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
    ];
    for text in [
        "Giới doanh nghiệp cho rằng Mỹ nên giữ hiệp định hiện hành thay vì đàm phán lại với Canada.",
        "Không loại trừ Trung Quốc sẽ tăng cường đối đầu quân sự với Nhật Bản trong thời gian tới.",
    ] {
        let c = check(text, spec, &[]);
        assert!(c.events.is_empty(), "{text}: {:?}", c.events);
    }
    // Talks held are still talks.
    let c = check("Mỹ đã đàm phán lại với Canada.", spec, &[]);
    assert!(!c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn custody_and_prosecution_act_only_on_a_person_named_by_nationality() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Công an tỉnh Nghệ An",
            "VNM",
            &["Công an tỉnh Nghệ An"],
        ),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    ];
    // "Yên Mỹ" read as the United States in an address is no one held.
    let c = check(
        "Công an tỉnh Nghệ An đang tạm giữ đối tượng Nguyễn Văn Tùng (SN 1985, trú tại xã Lý Thường Kiệt, Yên Mỹ).",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    let c = check(
        "Công an tỉnh Nghệ An đã khởi tố, tạm giam 2 đối tượng quốc tịch Hàn Quốc về hành vi lừa đảo.",
        spec,
        &[],
    );
    assert!(
        c.events.iter().any(|e| e.1 == "VNM" && e.2 == "KOR"),
        "{:?}",
        c.events
    );
}

#[test]
fn a_sanctions_blow_is_coded_only_when_dealt() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Moskva", "RUS", &["Moskva"]),
        (ORG, "SWIFT", "BEL", &["SWIFT"]),
    ];
    let c = check("Mỹ tung đòn trừng phạt mới nhằm vào Nga.", spec, &[]);
    assert_eq!(c.events, vec![ev("163", "USA", "RUS")]);
    // The noun after "đánh dấu" names no new act of the body before it.
    let c = check(
        "Mỹ và Anh đã nhất trí loại một số ngân hàng Nga khỏi hệ thống thanh toán SWIFT, đánh dấu đòn trừng phạt tài chính mạnh nhất đối với Moskva.",
        spec,
        &[],
    );
    assert!(
        !c.events.iter().any(|e| e.0 == "163" && e.1 == "BEL"),
        "{:?}",
        c.events
    );
}

#[test]
fn force_carried_out_by_a_listed_doer_is_each_doers() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Syria", "SYR", &["Syria"]),
    ];
    let c = check(
        "Mỹ cùng Anh và Pháp đã tiến hành các cuộc không kích nhằm vào Syria.",
        spec,
        &[],
    );
    for doer in ["USA", "GBR", "FRA"] {
        assert!(c.events.contains(&ev("195", doer, "SYR")), "{:?}", c.events);
    }
    // A list far from the verb, another clause between, does no strike.
    let c = check(
        "Mỹ cùng Anh và Pháp, theo các nguồn tin chưa được xác nhận từ giới chức quân sự, có thể đã tiến hành các cuộc không kích nhằm vào Syria.",
        spec,
        &[],
    );
    assert!(
        !c.events.contains(&ev("195", "GBR", "SYR")),
        "{:?}",
        c.events
    );
}

#[test]
fn force_on_a_count_of_targets_in_a_country_is_against_it() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (LOC, "Pakistan", "PAK", &["Pakistan"]),
    ];
    let c = check(
        "Rạng sáng 7/5, Ấn Độ dùng tên lửa tập kích 9 địa điểm ở Pakistan.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("190", "IND", "PAK")]);
    // Nine people from the country met are no target of force.
    let c = check("Rạng sáng 7/5, Ấn Độ tiếp 9 nhà báo ở Pakistan.", spec, &[]);
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("19")),
        "{:?}",
        c.events
    );
}

#[test]
fn a_truce_village_and_a_warning_sign_are_nouns() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (PER, "Donald Trump", "USA", &["Donald Trump", "ông Trump"]),
        (PER, "Kim Jong-un", "PRK", &["Kim Jong-un", "ông Kim"]),
        (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
        (PER, "Leo Varadkar", "IRL", &["Leo Varadkar"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Ukraine", "UKR", &["Ukraine"]),
    ];
    let c = check(
        "Khoảng 15h45 chiều 30/6, ông Trump và ông Kim bắt tay nhau tại đường phân giới quân sự ở làng đình chiến Bàn Môn Điếm.",
        spec,
        &[],
    );
    assert!(!c.events.iter().any(|e| e.0 == "0871"), "{:?}", c.events);
    let c = check(
        "Tổng thống Pháp Emmanuel Macron gọi Brexit là \"một tín hiệu cảnh báo lịch sử\", trong khi Thủ tướng Ireland Leo Varadkar cho rằng các cuộc đàm phán sẽ khó khăn.",
        spec,
        &[],
    );
    assert!(!c.events.iter().any(|e| e.0 == "130"), "{:?}", c.events);
    // A truce agreed is still coded.
    let c = check("Nga và Ukraine đã đình chiến.", spec, &[]);
    assert!(c.events.iter().any(|e| e.0 == "0871"), "{:?}", c.events);
}

#[test]
fn an_act_done_to_each_other_goes_both_ways() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Canada", "CAN", &["Canada"]),
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
    ];
    let c = check(
        "Canada và Ấn Độ hôm 14/10 đồng loạt trục xuất 6 nhà ngoại giao của nhau, trong đó có người đứng đầu cơ quan đại diện.",
        spec,
        &[("hôm 14/10", "2024-10-14")],
    );
    assert!(
        c.events.contains(&ev("161", "CAN", "IND")),
        "{:?}",
        c.events
    );
    assert!(
        c.events.contains(&ev("161", "IND", "CAN")),
        "{:?}",
        c.events
    );
    // The other way told later, on its deadline's day, is the same
    // expulsion: it keeps the day of the first telling.
    let c = check(
        "Canada và Ấn Độ hôm 14/10 đồng loạt trục xuất 6 nhà ngoại giao của nhau. Ấn Độ thông báo trục xuất 6 nhà ngoại giao Canada và yêu cầu họ rời đi trước ngày 19/10.",
        spec,
        &[("hôm 14/10", "2024-10-14"), ("ngày 19/10", "2024-10-19")],
    );
    let back = c
        .coded
        .events
        .iter()
        .find(|e| {
            e.code == "161" && e.source.as_ref().and_then(|a| a.country.as_deref()) == Some("IND")
        })
        .expect("India's expulsion");
    assert_eq!(back.date.as_deref(), Some("2024-10-14"));
    // Without "nhau" the act goes one way.
    let c = check(
        "Canada hôm 14/10 trục xuất 6 nhà ngoại giao Ấn Độ.",
        spec,
        &[("hôm 14/10", "2024-10-14")],
    );
    assert_eq!(c.events, vec![ev("161", "CAN", "IND")]);
}

#[test]
fn a_joint_patrol_between_two_coast_guards_is_mutual() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Cảnh sát biển Việt Nam",
            "VNM",
            &["Cảnh sát biển Việt Nam"],
        ),
        (ORG, "Hải cảnh Trung Quốc", "CHN", &["Hải cảnh Trung Quốc"]),
    ];
    let c = check(
        "Đây là lần tuần tra liên hợp thứ 22 giữa Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc kể từ năm 2006.",
        spec,
        &[],
    );
    assert_eq!(c.events.len(), 1, "{:?}", c.events);
    assert_eq!(c.events[0].0, "062");
    // A patrol of one side alone is no joint act.
    let c = check(
        "Cảnh sát biển Việt Nam đã tăng cường tuần tra trên Vịnh Bắc Bộ.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
}

#[test]
fn a_short_name_in_brackets_goes_on_with_its_list() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Ả Rập Xê-út", "SAU", &["Saudi Arabia"]),
        (LOC, "UAE", "ARE", &["UAE"]),
        (LOC, "Bahrain", "BHR", &["Bahrain"]),
        (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
        (LOC, "Qatar", "QAT", &["Qatar"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Canada", "CAN", &["Canada"]),
        (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
    ];
    let c = check(
        "Ngày 5/6, Saudi Arabia, Các Tiểu vương quốc Arab thống nhất (UAE), Bahrain và Ai Cập cùng tuyên bố cắt đứt quan hệ ngoại giao với Qatar.",
        spec,
        &[],
    );
    for doer in ["SAU", "ARE", "BHR", "EGY"] {
        assert!(c.events.contains(&ev("161", doer, "QAT")), "{:?}", c.events);
    }
    // Companies each with its country in brackets are no list of countries.
    let c = check(
        "Thủ tướng Nguyễn Xuân Phúc tọa đàm với lãnh đạo các doanh nghiệp như Marsh (Mỹ), OPTrust (Canada).",
        spec,
        &[],
    );
    assert!(!c.events.iter().any(|e| e.2 == "CAN"), "{:?}", c.events);
}

#[test]
fn strengthening_words_carry_the_cue_before_them() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    // "sẽ tăng cường hợp tác": a pledge to cooperate more (031), not cooperation.
    let c = check("Nga sẽ tăng cường hợp tác kinh tế với Việt Nam.", spec, &[]);
    assert_eq!(c.events, vec![ev("0311", "RUS", "VNM")]);
    // "cần tăng cường": only what should be done.
    let c = check(
        "Nga cần tăng cường hợp tác kinh tế với Việt Nam.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    // Done: still the act.
    let c = check("Nga đã tăng cường hợp tác kinh tế với Việt Nam.", spec, &[]);
    assert_eq!(c.events, vec![ev("061", "RUS", "VNM")]);
}

#[test]
fn offering_help_is_no_appeal() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Singapore", "SGP", &["Singapore"]),
        (LOC, "Philippines", "PHL", &["Philippines"]),
    ];
    let c = check(
        "Singapore đã đề nghị giúp đỡ Philippines trong việc xử lý thông tin tình báo.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("033", "SGP", "PHL")]);
    // Asking the other side to help is an appeal.
    let c = check(
        "Philippines đã đề nghị Singapore giúp đỡ trong việc xử lý thông tin tình báo.",
        spec,
        &[],
    );
    assert!(
        !c.events.is_empty() && c.events.iter().all(|e| e.0.starts_with("02")),
        "{:?}",
        c.events
    );
}

#[test]
fn pushing_for_a_signing_signs_nothing() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Argentina", "ARG", &["Argentina"]),
    ];
    let c = check(
        "Tại cuộc gặp, Việt Nam khẳng định coi trọng quan hệ với Argentina; đề nghị hai bên tăng cường trao đổi đoàn, sớm thúc đẩy ký kết các thỏa thuận hợp tác về thương mại.",
        spec,
        &[],
    );
    assert!(!c.events.iter().any(|e| e.0 == "057"), "{:?}", c.events);
    let c = check(
        "Việt Nam và Argentina đã ký kết thỏa thuận hợp tác về thương mại.",
        spec,
        &[],
    );
    assert!(c.events.iter().any(|e| e.0 == "057"), "{:?}", c.events);
}

#[test]
fn a_social_network_is_no_side() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (ORG, "Twitter", "USA", &["Twitter"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Qatar", "QAT", &["Qatar"]),
    ];
    let c = check(
        "Ông Peduto phản pháo Tổng thống trên mạng xã hội Twitter rằng thành phố này ủng hộ Pháp.",
        spec,
        &[],
    );
    assert!(c.events.is_empty(), "{:?}", c.events);
    // The one who writes on it still acts.
    let c = check(
        "Nhà lãnh đạo Mỹ đã dùng tài khoản Twitter chỉ trích Qatar.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("111", "USA", "QAT")]);
    assert_eq!(
        c.coded.events[0].source.as_ref().map(|a| a.name.as_str()),
        Some("Mỹ")
    );
}
#[test]
fn an_anniversary_span_does_not_date_the_act_beside_it() {
    let spec: &Spec = &[
        (PER, "Võ Văn Thưởng", "VNM", &["Võ Văn Thưởng"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
    ];
    let dated = |text: &str, dates: &[(&str, &str)]| -> Vec<(String, Option<String>)> {
        check(text, spec, dates)
            .coded
            .events
            .iter()
            .map(|e| (e.code.clone(), e.date.clone()))
            .collect()
    };
    // The visit's own days, not the years of the relations.
    let got = dated(
        "Chủ tịch nước Võ Văn Thưởng đang thăm chính thức Nhật Bản từ ngày 27 đến 30-11, đúng dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9/1973 - 21/9/2023).",
        &[
            ("từ ngày 27 đến 30-11", "2023-11-27/2023-11-30"),
            ("21/9/1973 - 21/9/2023", "1973-09-21/2023-09-21"),
            ("21/9/1973", "1973-09-21"),
            ("21/9/2023", "2023-09-21"),
        ],
    );
    assert_eq!(
        got,
        vec![("042".to_string(), Some("2023-11-27".to_string()))]
    );
    // With no other day named, the span's last day (the anniversary) may
    // date it, never its first.
    let got = dated(
        "Chủ tịch nước Võ Văn Thưởng thăm chính thức Nhật Bản đúng dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (21/9/1973 - 21/9/2023).",
        &[
            ("21/9/1973 - 21/9/2023", "1973-09-21/2023-09-21"),
            ("21/9/1973", "1973-09-21"),
            ("21/9/2023", "2023-09-21"),
        ],
    );
    assert_eq!(
        got,
        vec![("042".to_string(), Some("2023-09-21".to_string()))]
    );
}

#[test]
fn praise_told_as_what_one_calls_the_other() {
    let spec: &Spec = &[
        (PER, "Donald Trump", "USA", &["Donald Trump"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
    ];
    // A quote may open the predicate after "là".
    let c = check(
        "Tổng thống Mỹ Donald Trump đánh giá Việt Nam là \"một trong những nơi phát triển nhanh nhất thế giới\".",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("051", "USA", "VNM")],
        "{:?}",
        c.coded.events
    );
    let c = check(
        "Trung Quốc coi Việt Nam là hướng ưu tiên trong ngoại giao láng giềng.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("051", "CHN", "VNM")],
        "{:?}",
        c.coded.events
    );
    // A passive names no one who praises: the countries before are a place.
    let c = check(
        "Với vị trí nằm giữa Trung Quốc và Ấn Độ, Việt Nam được coi là điểm đến hấp dẫn hàng đầu về thu hút đầu tư.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![], "{:?}", c.coded.events);
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_man_named_before() {
    let spec: &Spec = &[
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        (PER, "Keir Starmer", "GBR", &["Keir Starmer"]),
        (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
    ];
    // "ông" after "Chiều 18/11," is the Chinese President: one meeting
    // with each leader listed.
    let c = check(
        "Chủ tịch Trung Quốc Tập Cận Bình có nhiều cuộc gặp song phương bên lề hội nghị. Chiều 18/11, ông gặp Thủ tướng Anh Keir Starmer và Tổng thống Pháp Emmanuel Macron.",
        spec,
        &[("18/11", "2024-11-18")],
    );
    assert_eq!(
        c.events,
        vec![ev("040", "CHN", "GBR"), ev("040", "CHN", "FRA")],
        "{:?}",
        c.coded.events
    );
    // "ông Keir Starmer" names its man: the sentence before gives no doer.
    let c = check(
        "Chủ tịch Trung Quốc Tập Cận Bình có nhiều cuộc gặp song phương bên lề hội nghị. Chiều 18/11, ông Keir Starmer gặp Tổng thống Pháp Emmanuel Macron.",
        spec,
        &[("18/11", "2024-11-18")],
    );
    assert_eq!(
        c.events,
        vec![ev("040", "GBR", "FRA")],
        "{:?}",
        c.coded.events
    );
}

#[test]
fn a_day_after_since_does_not_date_the_act() {
    let spec: &Spec = &[
        (PER, "Volodymyr Zelensky", "UKR", &["Zelensky"]),
        (PER, "Narendra Modi", "IND", &["Narendra Modi"]),
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
    ];
    // The meeting is of the day told before, not of the day the war began.
    let c = check(
        "Tổng thống Zelensky đến Hiroshima chiều 20.5. Ông gặp Thủ tướng Ấn Độ Narendra Modi, cuộc gặp trực tiếp đầu tiên giữa hai nhà lãnh đạo kể từ khi Nga mở chiến dịch quân sự ngày 24.2.2022.",
        spec,
        &[("chiều 20.5", "2023-05-20"), ("ngày 24.2.2022", "2022-02-24")],
    );
    let dated: Vec<_> = c
        .coded
        .events
        .iter()
        .map(|e| (e.code.as_str(), e.date.as_deref()))
        .collect();
    assert!(dated.contains(&("040", Some("2023-05-20"))), "{dated:?}");
    // A day told in the act's clause without "since" still dates it.
    let c = check(
        "Tổng thống Zelensky đến Hiroshima chiều 20.5. Ông gặp Thủ tướng Ấn Độ Narendra Modi hôm 21.5.",
        spec,
        &[("chiều 20.5", "2023-05-20"), ("hôm 21.5", "2023-05-21")],
    );
    let dated: Vec<_> = c
        .coded
        .events
        .iter()
        .map(|e| (e.code.as_str(), e.date.as_deref()))
        .collect();
    assert!(dated.contains(&("040", Some("2023-05-21"))), "{dated:?}");
}

#[test]
fn a_call_on_another_leader_is_a_second_meeting_when_the_talks_name_a_country() {
    let spec: &Spec = &[
        (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]),
        (PER, "Võ Văn Thưởng", "VNM", &["Võ Văn Thưởng"]),
        (ORG, "Tỉnh ủy Quảng Ninh", "VNM", &["Tỉnh ủy Quảng Ninh"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
    ];
    // The talks' Chinese side is the country, the call's a person: the
    // Vietnamese sides are two people, so two meetings.
    let c = check(
        "Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Trung Quốc. Chiều cùng ngày, Chủ tịch Tập Cận Bình hội kiến Chủ tịch nước Võ Văn Thưởng.",
        spec,
        &[("12/12", "2023-12-12")],
    );
    let meetings: Vec<_> = c.events.iter().filter(|e| e.0.starts_with("04")).collect();
    assert_eq!(
        meetings,
        vec![&ev("046", "VNM", "CHN"), &ev("040", "CHN", "VNM")],
        "{:?}",
        c.coded.events
    );
    // A body and its leader on the same side tell one meeting.
    let c = check(
        "Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Trung Quốc. Chiều cùng ngày, Chủ tịch Tập Cận Bình hội kiến Tỉnh ủy Quảng Ninh.",
        spec,
        &[("12/12", "2023-12-12")],
    );
    let meetings: Vec<_> = c.events.iter().filter(|e| e.0.starts_with("04")).collect();
    assert_eq!(
        meetings,
        vec![&ev("046", "VNM", "CHN")],
        "{:?}",
        c.coded.events
    );
}
#[test]
fn a_call_on_another_leader_the_same_day_is_a_second_meeting() {
    let spec: &Spec = &[
        (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]),
        (PER, "Võ Văn Thưởng", "VNM", &["Võ Văn Thưởng"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
    ];
    let c = check(
        "Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng chủ trì lễ đón chính thức và hội đàm với Chủ tịch Trung Quốc Tập Cận Bình thăm cấp Nhà nước Việt Nam. Chiều cùng ngày, Chủ tịch Tập Cận Bình hội kiến Chủ tịch nước Võ Văn Thưởng.",
        spec,
        &[("12/12", "2023-12-12")],
    );
    // The welcome is the talks' ceremony: the talks (046), and the call on
    // the President (040) a second happening.
    let meetings: Vec<_> = c
        .events
        .iter()
        .filter(|e| e.0.starts_with("04") && e.0 != "042")
        .collect();
    assert_eq!(
        meetings,
        vec![&ev("046", "VNM", "CHN"), &ev("040", "CHN", "VNM")],
        "{:?}",
        c.coded.events
    );
    // The talks retold by the same two people are one meeting.
    let c = check(
        "Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Chủ tịch Trung Quốc Tập Cận Bình. Tại cuộc gặp, Chủ tịch Tập Cận Bình đã gặp Tổng Bí thư Nguyễn Phú Trọng.",
        spec,
        &[("12/12", "2023-12-12")],
    );
    assert_eq!(
        c.events,
        vec![ev("046", "VNM", "CHN")],
        "{:?}",
        c.coded.events
    );
    // "A hội kiến B và hội đàm với C": the talks do not swallow the call
    // on another leader in their sentence.
    let c = check(
        "Chiều 23/5, Tổng thống Tập Cận Bình hội kiến Chủ tịch nước Võ Văn Thưởng và hội đàm với Tổng Bí thư Nguyễn Phú Trọng.",
        spec,
        &[("23/5", "2023-05-23")],
    );
    assert_eq!(
        c.events,
        vec![ev("040", "CHN", "VNM")],
        "{:?}",
        c.coded.events
    );
}

#[test]
fn both_sides_are_the_home_country_and_the_partner_the_opening_clause_meets() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (
            PER,
            "Anthony Albanese",
            "AUS",
            &["Anthony Albanese", "Albanese"],
        ),
        (PER, "Yoon Suk-yeol", "KOR", &["Yoon Suk-yeol"]),
        (LOC, "Úc", "AUS", &["Úc"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    ];
    let c = check(
        "Chiều 10/10, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Úc Anthony Albanese và Tổng thống Hàn Quốc Yoon Suk-yeol. Với Thủ tướng Albanese, hai bên nhất trí sớm triển khai Chương trình hành động giai đoạn 2024-2027.",
        spec,
        &[("10/10", "2024-10-10")],
    );
    let intents: Vec<_> = c.events.iter().filter(|e| e.0.starts_with("03")).collect();
    assert_eq!(intents, vec![&ev("030", "VNM", "AUS")], "{:?}", c.events);
    // With no partner in an opening clause, "hai bên" are the last pair
    // met.
    let c = check(
        "Chiều 10/10, Thủ tướng Phạm Minh Chính đã gặp Thủ tướng Úc Anthony Albanese và Tổng thống Hàn Quốc Yoon Suk-yeol. Hai bên nhất trí sớm triển khai Chương trình hành động giai đoạn 2024-2027.",
        spec,
        &[("10/10", "2024-10-10")],
    );
    let intents: Vec<_> = c.events.iter().filter(|e| e.0.starts_with("03")).collect();
    assert_eq!(intents, vec![&ev("030", "VNM", "KOR")], "{:?}", c.events);
}

#[test]
fn asking_a_foreign_firm_to_invest_is_an_intent_to_cooperate_economically() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (ORG, "Samsung", "KOR#BUS", &["Samsung"]),
    ];
    let c = check(
        "Thủ tướng Phạm Minh Chính đề nghị các tập đoàn Hàn Quốc tiếp tục mở rộng đầu tư vào công nghiệp bán dẫn.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("031", "VNM", "KOR")],
        "{:?}",
        c.coded.events
    );
    let c = check(
        "Thủ tướng Phạm Minh Chính đề nghị Samsung sớm sản xuất sản phẩm bán dẫn tại Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("031", "VNM", "KOR")],
        "{:?}",
        c.coded.events
    );
    // Asked of the state, it stays an appeal.
    let c = check(
        "Thủ tướng Phạm Minh Chính đề nghị Hàn Quốc tạo điều kiện cho lao động Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("020", "VNM", "KOR")],
        "{:?}",
        c.coded.events
    );
}

#[test]
fn a_pledge_to_facilitate_or_to_open_a_market_is_an_intent_to_cooperate() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Slovakia", "SVK", &["Slovakia"]),
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let c = check(
        "Chính phủ Việt Nam cam kết tạo điều kiện cho các doanh nghiệp Slovakia đầu tư kinh doanh tại Việt Nam.",
        spec,
        &[],
    );
    assert!(
        c.events
            .iter()
            .any(|e| e.0.starts_with("03") && e.2 == "SVK"),
        "{:?}",
        c.events
    );
    let c = check(
        "Thủ tướng Modi khẳng định Ấn Độ sẵn sàng mở cửa thị trường cho trái cây Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(
        c.events,
        vec![ev("0311", "IND", "VNM")],
        "{:?}",
        c.coded.events
    );
    // Reunification makes way for nothing between states.
    let c = check(
        "Binh sĩ Mỹ đồn trú ở Hàn Quốc và việc hai miền thống nhất sẽ tạo điều kiện để họ hiện diện ngay sát biên giới Trung Quốc.",
        spec,
        &[],
    );
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
}

#[test]
fn an_intent_naming_no_one_is_aimed_at_vietnam_by_the_guest_it_met() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
        (LOC, "Australia", "AUS", &["Australia"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Nga", "RUS", &["Nga"]),
    ];
    let text = "Bộ trưởng Ngoại giao Việt Nam đã tiếp Đại sứ Hungary tại Hà Nội. Ông cho biết Hungary sẵn sàng mở rộng hợp tác giữa các trường đại học.";
    let c = check(text, spec, &[]);
    assert!(
        c.events
            .iter()
            .any(|e| e.0.starts_with("03") && e.1 == "HUN" && e.2 == "VNM"),
        "{:?}",
        c.events
    );
    // Aid pledged to the doer's own people is no intent toward the host.
    let text = "Bộ trưởng Ngoại giao Việt Nam đã tiếp Đại sứ Australia tại Hà Nội. Bà cho biết Australia sẽ tiếp tục hỗ trợ gia đình các nạn nhân.";
    let c = check(text, spec, &[]);
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
    // No meeting told: Vietnam is only the setting.
    let text = "Giá vàng tại Việt Nam giảm mạnh sau tín hiệu từ Mỹ. Ông cho biết Mỹ quyết tâm thúc đẩy hợp tác với các doanh nghiệp.";
    let c = check(text, spec, &[]);
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
    // Outside Vietnam's news the one aimed at is left unread.
    let text = "Tổng thống Mỹ đã hội đàm với Tổng thống Nga tại Moskva. Ông cho biết Nga sẵn sàng mở rộng hợp tác giữa các trường đại học.";
    let c = check(text, spec, &[]);
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
}

#[test]
fn an_act_told_right_after_a_scene_at_the_talks_has_the_talks_day() {
    let spec: &Spec = &[
        (PER, "Nguyễn Phú Trọng", "VNM", &["Nguyễn Phú Trọng"]),
        (PER, "Tập Cận Bình", "CHN", &["Tập Cận Bình"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let text = "Chiều 12/12, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Chủ tịch Tập Cận Bình. Hai bên cũng ra Tuyên bố chung Việt Nam - Trung Quốc, được công bố sáng 13/12. Tại hội đàm, Tổng Bí thư Nguyễn Phú Trọng đề nghị Trung Quốc mở cửa thị trường cho nông sản. Ông Tập Cận Bình khẳng định Trung Quốc sẵn sàng nhập khẩu nhiều hơn hàng hóa của Việt Nam.";
    let c = check(
        text,
        spec,
        &[("12/12", "2023-12-12"), ("13/12", "2023-12-13")],
    );
    let intent = c
        .coded
        .events
        .iter()
        .find(|e| e.code.starts_with("03"))
        .expect("intent coded");
    assert_eq!(
        intent.date.as_deref(),
        Some("2023-12-12"),
        "{:?}",
        c.coded.events
    );
    // Naming a day of its own, it keeps it.
    let c = check(
        &text.replace(". Ông Tập", ". Sáng 14/12, ông Tập"),
        spec,
        &[
            ("12/12", "2023-12-12"),
            ("13/12", "2023-12-13"),
            ("14/12", "2023-12-14"),
        ],
    );
    let intent = c
        .coded
        .events
        .iter()
        .find(|e| e.code.starts_with("03"))
        .expect("intent coded");
    assert_eq!(
        intent.date.as_deref(),
        Some("2023-12-14"),
        "{:?}",
        c.coded.events
    );
}

#[test]
fn both_sides_are_the_pair_met_just_before_though_a_body_is_named_more() {
    let spec: &Spec = &[
        (PER, "Trần Thanh Mẫn", "VNM", &["Trần Thanh Mẫn"]),
        (PER, "Khuon Sudary", "KHM", &["Khuon Sudary"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
        (ORG, "AIPA", "igo.aipa", &["AIPA"]),
        (
            ORG,
            "IPU",
            "igo.ipu",
            &["Liên minh Nghị viện thế giới", "IPU"],
        ),
    ];
    let c = check(
        "Chiều 18/9, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp Chủ tịch Quốc hội Campuchia Khuon Sudary. Hai bên nhất trí tăng cường trao đổi kinh nghiệm lập pháp, phối hợp chặt chẽ tại các diễn đàn nghị viện đa phương như AIPA và Liên minh Nghị viện thế giới (IPU).",
        spec,
        &[("18/9", "2024-09-18")],
    );
    assert!(
        c.events.contains(&ev("030", "VNM", "KHM")),
        "{:?}",
        c.events
    );
    // Not a pair told further back: "hai bên" after a sentence of the
    // body's own is the body's meeting, no pair of two countries.
    let c = check(
        "Chiều 18/9, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp Chủ tịch Quốc hội Campuchia Khuon Sudary. Đại hội đồng AIPA thông qua nghị quyết về IPU và AIPA. Hai bên nhất trí tăng cường trao đổi kinh nghiệm lập pháp tại AIPA và IPU.",
        spec,
        &[("18/9", "2024-09-18")],
    );
    assert!(
        !c.events.iter().any(|e| e.0.starts_with("03")),
        "{:?}",
        c.events
    );
}

#[test]
fn the_day_opening_the_sentence_beats_the_visits_range() {
    let c = check(
        "Sáng 29/7, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Quốc phòng chủ trì lễ đón và hội đàm với Bộ trưởng Quốc phòng Hoa Kỳ Lloyd Austin nhân dịp ông thăm chính thức Việt Nam từ ngày 28 đến 30/7.",
        &[
            (PER, "Phan Văn Giang", "VNM", &["Phan Văn Giang"]),
            (PER, "Lloyd Austin", "USA", &["Lloyd Austin"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
        &[
            ("Sáng 29/7", "2021-07-29"),
            ("từ ngày 28 đến 30/7", "2021-07-28/2021-07-30"),
        ],
    );
    let talks = c
        .coded
        .events
        .iter()
        .find(|e| e.code == "046")
        .expect("the talks");
    assert_eq!(talks.date.as_deref(), Some("2021-07-29"));
}

/// A visit's stretch told in passing holds the news' own day: what the
/// next sentence tells happened on that day, not on the visit's first.
#[test]
fn a_visit_stretch_told_in_passing_dates_what_follows_by_the_news_day() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let text = |visit: &str| {
        format!(
            "Diễn đàn doanh nghiệp diễn ra sáng 23/6 tại Hà Nội. Diễn đàn nằm trong chuyến thăm \
             cấp Nhà nước của Tổng thống Hàn Quốc tới Việt Nam {visit}. Thủ tướng Phạm Minh Chính \
             đề nghị doanh nghiệp Hàn Quốc tăng đầu tư vào công nghiệp bán dẫn."
        )
    };
    let c = check(
        &text("từ ngày 22-24/6"),
        spec,
        &[
            ("sáng 23/6", "2023-06-23"),
            ("từ ngày 22-24/6", "2023-06-22/2023-06-24"),
        ],
    );
    assert_eq!(date_of(&c, "031").as_deref(), Some("2023-06-23"));
    // A stretch that ended before the news' day is when the act was.
    let c = check(
        &text("từ ngày 20-22/6"),
        spec,
        &[
            ("sáng 23/6", "2023-06-23"),
            ("từ ngày 20-22/6", "2023-06-20/2023-06-22"),
        ],
    );
    assert_eq!(date_of(&c, "031").as_deref(), Some("2023-06-20"));
}

/// A bare day a month and more before the news' day, told inside a
/// sentence, is history in passing; a day or two before is not.
#[test]
fn a_bare_day_of_history_in_passing_dates_nothing_after_it() {
    let spec: &Spec = &[
        (PER, "Donald Trump", "USA", &["Trump"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let text = |day: &str| {
        format!(
            "Hợp đồng được ký tại Hà Nội chiều 27/2. Hãng mới chưa bay thương mại được hai tháng, \
             chuyến bay đầu tiên cất cánh {day}. Ông Trump cảm ơn Việt Nam đã đăng cai hội nghị."
        )
    };
    let c = check(
        &text("ngày 16/1"),
        spec,
        &[("chiều 27/2", "2019-02-27"), ("ngày 16/1", "2019-01-16")],
    );
    assert_eq!(date_of(&c, "051").as_deref(), Some("2019-02-27"));
    let c = check(
        &text("ngày 25/2"),
        spec,
        &[("chiều 27/2", "2019-02-27"), ("ngày 25/2", "2019-02-25")],
    );
    assert_eq!(date_of(&c, "051").as_deref(), Some("2019-02-25"));
}

/// A province handing an investment certificate to a foreign company's
/// local arm cooperates economically with the parent's country (061); a
/// certificate to a firm of the country's own is no event between two.
#[test]
fn an_investment_certificate_to_a_foreign_parents_arm_is_cooperation_with_its_country() {
    let text = "Chiều 8/12, Ban Quản lý Khu kinh tế Hải Phòng trao giấy chứng nhận đăng ký đầu \
                tư điều chỉnh cho Công ty TNHH LG Display Việt Nam Hải Phòng. Tập đoàn LG Display \
                đã đầu tư vào Hải Phòng từ năm 2016.";
    let spec: &Spec = &[
        (
            ORG,
            "Ban Quản lý Khu kinh tế Hải Phòng",
            "VNM#GOV",
            &["Ban Quản lý Khu kinh tế Hải Phòng"],
        ),
        (
            ORG,
            "LG Display Việt Nam Hải Phòng",
            "VNM#BUS",
            &["Công ty TNHH LG Display Việt Nam Hải Phòng"],
        ),
        (ORG, "LG Display", "KOR#BUS", &["Tập đoàn LG Display"]),
    ];
    let c = check(text, spec, &[("Chiều 8/12", "2023-12-08")]);
    let e = c
        .coded
        .events
        .iter()
        .find(|e| e.code == "061")
        .expect("061");
    assert_eq!(
        e.source.as_ref().and_then(|a| a.country.as_deref()),
        Some("VNM")
    );
    assert_eq!(
        e.target.as_ref().and_then(|a| a.country.as_deref()),
        Some("KOR")
    );
    // A Vietnamese steel maker's plant: both sides are Vietnam's.
    let text = "Chiều 8/12, Ban Quản lý Khu kinh tế Hải Phòng trao giấy chứng nhận đăng ký đầu \
                tư cho Công ty TNHH Thép Hòa Phát Hải Phòng.";
    let spec: &Spec = &[
        (
            ORG,
            "Ban Quản lý Khu kinh tế Hải Phòng",
            "VNM#GOV",
            &["Ban Quản lý Khu kinh tế Hải Phòng"],
        ),
        (
            ORG,
            "Thép Hòa Phát Hải Phòng",
            "VNM#BUS",
            &["Công ty TNHH Thép Hòa Phát Hải Phòng"],
        ),
        (ORG, "Hòa Phát", "VNM#BUS", &["Tập đoàn Hòa Phát"]),
    ];
    let c = check(text, spec, &[("Chiều 8/12", "2023-12-08")]);
    assert!(
        c.coded.events.iter().all(|e| e.code != "061"),
        "{:?}",
        c.coded.events
    );
}

/// An act chained after a comma behind a plan, with no subject of its own,
/// is planned too ("sẽ đến Sydney, gặp …": 036, no meeting held); one told
/// as done is a meeting, and an appeal after a wish is made.
#[test]
fn an_act_chained_after_a_plan_by_a_comma_is_planned_too() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (PER, "Chris Minns", "AUS", &["Chris Minns"]),
    ];
    let c = check(
        "Ngày mai, Thủ tướng Phạm Minh Chính sẽ đến Sydney, gặp Thủ hiến bang New South \
         Wales Chris Minns.",
        spec,
        &[("Ngày mai", "2024-03-08")],
    );
    assert!(
        c.coded.events.iter().all(|e| !e.code.starts_with("04")),
        "{:?}",
        c.coded.events
    );
    let c = check(
        "Chiều 8/3, Thủ tướng Phạm Minh Chính đã đến Sydney, gặp Thủ hiến bang New South \
         Wales Chris Minns.",
        spec,
        &[("Chiều 8/3", "2024-03-08")],
    );
    assert!(
        c.coded.events.iter().any(|e| e.code == "040"),
        "{:?}",
        c.coded.events
    );
    let c = check(
        "Chủ tịch nước Trần Đại Quang bày tỏ mong muốn thúc đẩy hợp tác, đề nghị các cơ quan \
         chức năng Nga tạo điều kiện cho cộng đồng Việt Nam.",
        &[
            (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
        &[],
    );
    assert!(
        c.coded.events.iter().any(|e| e.code.starts_with("02")),
        "{:?}",
        c.coded.events
    );
}

/// What the subject agrees to do together, with no partner named after it,
/// it agrees with the person its opening phrase meets; a country named in
/// an opening phrase that meets no one is no partner.
#[test]
fn an_agreement_with_no_partner_named_is_with_the_one_the_opening_phrase_meets() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        (PER, "Anwar Ibrahim", "MYS", &["Anwar Ibrahim"]),
        (LOC, "Malaysia", "MYS", &["Malaysia"]),
    ];
    let c = check(
        "Với Thủ tướng Malaysia Anwar Ibrahim, Thủ tướng Phạm Minh Chính nhất trí phối hợp chặt \
         chẽ để chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 47.",
        spec,
        &[],
    );
    let e = c
        .coded
        .events
        .iter()
        .find(|e| e.code.starts_with("03"))
        .expect("03");
    let mut pair = [&e.source, &e.target].map(|a| a.as_ref().and_then(|a| a.country.clone()));
    pair.sort();
    assert_eq!(pair, [Some("MYS".to_string()), Some("VNM".to_string())]);
    let c = check(
        "Với vai trò nước chủ nhà Malaysia, Thủ tướng Phạm Minh Chính nhất trí phối hợp chặt chẽ \
         để chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 47.",
        spec,
        &[],
    );
    assert!(c.coded.events.is_empty(), "{:?}", c.coded.events);
}

/// A sentence opened by the programme tells a planned meeting (036), not
/// one held; without it the meeting is told as held.
#[test]
fn a_meeting_told_after_the_programme_opener_is_planned() {
    let spec: &Spec = &[
        (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
    ];
    let c = check(
        "Theo chương trình, chiều nay, Tổng thống Nga Vladimir Putin hội kiến Thủ tướng Phạm \
         Minh Chính.",
        spec,
        &[("chiều nay", "2024-06-20")],
    );
    let codes: Vec<&str> = c.coded.events.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["036"]);
    let c = check(
        "Chiều nay, Tổng thống Nga Vladimir Putin hội kiến Thủ tướng Phạm Minh Chính.",
        spec,
        &[("Chiều nay", "2024-06-20")],
    );
    assert!(
        c.coded.events.iter().any(|e| e.code == "040"),
        "{:?}",
        c.coded.events
    );
}

#[test]
fn two_leaders_who_sign_are_those_of_the_talks_not_of_a_thanks_between() {
    let spec: &Spec = &[
        (PER, "Donald Trump", "USA", &["Donald Trump", "Trump"]),
        (PER, "Kim Jong-un", "PRK", &["Kim Jong-un"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
    ];
    let pairs = |text: &str| -> Vec<(String, String)> {
        let c = check(text, spec, &[]);
        c.coded
            .events
            .iter()
            .filter(|e| e.code == "057")
            .map(|e| {
                let mut p = [
                    e.source
                        .as_ref()
                        .and_then(|a| a.country.clone())
                        .unwrap_or_default(),
                    e.target
                        .as_ref()
                        .and_then(|a| a.country.clone())
                        .unwrap_or_default(),
                ];
                p.sort();
                (p[0].clone(), p[1].clone())
            })
            .collect()
    };
    // The guest's thanks to the host is his own act: the two leaders who
    // signed are those of the talks told before it.
    let signed = pairs(
        "Tổng thống Donald Trump hội đàm với Chủ tịch Triều Tiên Kim Jong-un tại Hà Nội. Trước khi lên đường, ông Trump gửi lời cảm ơn Việt Nam vì sự đón tiếp nồng hậu. Hai nhà lãnh đạo đã ký tuyên bố chung.",
    );
    assert_eq!(signed, vec![("PRK".into(), "USA".into())], "{signed:?}");
    // An encounter told just before still gives the pair.
    let signed = pairs(
        "Tổng thống Donald Trump hội đàm với Chủ tịch Triều Tiên Kim Jong-un tại Hà Nội. Tổng thống Donald Trump hội đàm với lãnh đạo Việt Nam. Hai nhà lãnh đạo đã ký tuyên bố chung.",
    );
    assert_eq!(signed, vec![("USA".into(), "VNM".into())], "{signed:?}");
}

#[test]
fn visits_halted_are_no_visits() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let visits = |text: &str| -> usize {
        let c = check(text, spec, &[]);
        c.coded
            .events
            .iter()
            .filter(|e| e.code.starts_with("04"))
            .count()
    };
    assert_eq!(
        visits("Nhật Bản đã tạm ngừng mọi hoạt động trao đổi văn hóa và thể thao cùng các chuyến thăm cấp cao tới Trung Quốc."),
        0
    );
    // A visit told without a halt is still one.
    assert_eq!(
        visits("Phái đoàn Nhật Bản có chuyến thăm cấp cao tới Trung Quốc."),
        1
    );
}

/// A joint statement told undated in the lead and again after the talks on
/// the day the text names is one signing once the lead takes the article's
/// day (whichever side each telling names first); a signing between other
/// sides, or on another day, stays.
#[test]
fn an_undated_signing_landing_on_the_day_of_the_same_signing_is_told_again() {
    let spec: &Spec = &[
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (
            PER,
            "Prabowo Subianto",
            "IDN",
            &["Prabowo Subianto", "Prabowo"],
        ),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Indonesia", "IDN", &["Indonesia"]),
        (LOC, "Singapore", "SGP", &["Singapore"]),
    ];
    let text = "Tổng Bí thư Tô Lâm và Tổng thống Indonesia Prabowo Subianto đã ra Tuyên bố chung về việc nâng cấp quan hệ. \
                Chiều 10/3, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Prabowo. \
                Sau hội đàm, Indonesia và Việt Nam ra Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện.";
    let mut events = check(text, spec, &[("Chiều 10/3", "2025-03-10")])
        .coded
        .events;
    let signings = |events: &[Event]| events.iter().filter(|e| e.code == "057").count();
    assert_eq!(signings(&events), 2, "{events:?}");
    date_undated(&mut events, "2025-03-10");
    assert_eq!(signings(&events), 1, "{events:?}");
    let kept = events.iter().find(|e| e.code == "057").unwrap();
    assert_eq!(kept.sentence, 2, "{kept:?}");
    assert!(kept.retold.iter().any(|m| m.sentence == 0), "{kept:?}");
    // Reported the next day, the lead's signing falls on another day: two.
    let mut events = check(text, spec, &[("Chiều 10/3", "2025-03-10")])
        .coded
        .events;
    date_undated(&mut events, "2025-03-11");
    assert_eq!(signings(&events), 2, "{events:?}");
    // Another pair's signing on that day stays its own.
    let other = "Tổng Bí thư Tô Lâm và Thủ tướng Singapore đã ra Tuyên bố chung về việc nâng cấp quan hệ. \
                 Chiều 10/3, Tổng Bí thư Tô Lâm hội đàm với Tổng thống Prabowo. \
                 Sau hội đàm, Indonesia và Việt Nam ra Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện.";
    let mut events = check(other, spec, &[("Chiều 10/3", "2025-03-10")])
        .coded
        .events;
    assert_eq!(signings(&events), 2, "{events:?}");
    date_undated(&mut events, "2025-03-10");
    assert_eq!(signings(&events), 2, "{events:?}");
}

/// Two sides agreeing to charge their bodies with a joint task state an
/// intent to cooperate (verbs.tsv V03G1/V03G2); one government charging its
/// own ministries states none toward the other country.
#[test]
fn agreeing_to_charge_bodies_with_a_joint_task_is_an_intent() {
    let spec: &Spec = &[
        (PER, "Tô Lâm", "VNM", &["Tô Lâm"]),
        (PER, "Donald Trump", "USA", &["Donald Trump"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let c = check(
        "Tổng Bí thư Tô Lâm và Tổng thống Donald Trump nhất trí giao các cơ quan chức năng hai nước tiếp tục trao đổi để hoàn tất thỏa thuận thương mại.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("030", "VNM", "USA")]);
    assert_eq!(c.coded.events[0].rule, "V03G1");
    let c = check(
        "Chính phủ Việt Nam giao các bộ, ngành nghiên cứu mức thuế đối ứng của Mỹ.",
        spec,
        &[],
    );
    assert!(
        c.events.iter().all(|(code, ..)| !code.starts_with("03")),
        "{:?}",
        c.events
    );
}

/// "sẵn sàng chia sẻ kinh nghiệm" and "nhất trí xử lý" told of two sides
/// are intents (intent.tsv); the same verbs told as done are not.
#[test]
fn sharing_experience_and_handling_cases_are_intended_acts() {
    let spec: &Spec = &[
        (LOC, "Đan Mạch", "DNK", &["Đan Mạch"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Malaysia", "MYS", &["Malaysia"]),
    ];
    let c = check(
        "Đan Mạch sẵn sàng chia sẻ kinh nghiệm chuyển đổi năng lượng xanh với Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("030", "DNK", "VNM")]);
    let c = check(
        "Hai nhà lãnh đạo Việt Nam và Malaysia nhất trí xử lý các vụ việc liên quan đến ngư dân theo tinh thần nhân đạo.",
        spec,
        &[],
    );
    assert_eq!(c.events.len(), 1, "{:?}", c.events);
    assert_eq!(c.events[0].0, "030");
    for done in [
        "Các chuyên gia Đan Mạch đã chia sẻ kinh nghiệm tại hội thảo ở Việt Nam.",
        "Lực lượng chức năng Malaysia đã xử lý 3 tàu cá Việt Nam.",
    ] {
        let c = check(done, spec, &[]);
        assert!(
            c.events.iter().all(|(code, ..)| !code.starts_with("03")),
            "{done}: {:?}",
            c.events
        );
    }
}

/// One side's admiration for the other's achievements is praise of it
/// (verbs.tsv V34I1-V34I3, V34I9); a side making an impression on another,
/// or a team playing impressively against one, praises no one.
#[test]
fn admiration_for_the_other_sides_achievements_is_praise() {
    let spec: &Spec = &[
        (PER, "Kim Jong Un", "PRK", &["Kim Jong Un"]),
        (PER, "Olivier Brochet", "FRA", &["Olivier Brochet"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Lâm Đồng", "VNM", &["Lâm Đồng"]),
        (ORG, "U23 Malaysia", "MYS", &["U23 Malaysia"]),
        (PER, "Công Phượng", "VNM", &["Công Phượng"]),
    ];
    for (text, want) in [
        (
            "Chủ tịch Kim Jong Un cho biết ông đặc biệt ấn tượng với thành tựu phát triển kinh tế - xã hội của Việt Nam.",
            ev("051", "PRK", "VNM"),
        ),
        (
            "Đại sứ Olivier Brochet bày tỏ ấn tượng trước tầm nhìn phát triển của tỉnh Lâm Đồng.",
            ev("051", "FRA", "VNM"),
        ),
        (
            "Thủ tướng Thái Lan khẳng định Thái Lan coi trọng vai trò của Việt Nam trong ASEAN.",
            ev("051", "THA", "VNM"),
        ),
    ] {
        assert_eq!(check(text, spec, &[]).events, vec![want], "{text}");
    }
    for text in [
        "Lễ hội văn hóa Việt Nam gây ấn tượng với bạn bè Nhật Bản.",
        "Công Phượng đã chơi ấn tượng trước U23 Malaysia.",
    ] {
        assert!(check(text, spec, &[]).events.is_empty(), "{text}");
    }
}

/// A ceremony's guests listed after "có" (attendance_openers.txt): the
/// first Vietnamese guest meets the first guest of each other country
/// (043); a firm's executive meets no country, a ceremony abroad whose list
/// names no Vietnamese guest is left alone, and a festival's crowd is no
/// guest list (attendance_not.txt).
#[test]
fn a_ceremonys_guests_of_two_countries_meet() {
    let spec: &Spec = &[
        (PER, "Võ Văn Minh", "VNM", &["Võ Văn Minh"]),
        (PER, "Nicolai Prytz", "DNK", &["Nicolai Prytz"]),
        (
            PER,
            "Niels B. Christiansen",
            "DNK#BUS",
            &["Niels B. Christiansen"],
        ),
        (PER, "Felipe VI", "ESP", &["Felipe VI"]),
        (
            PER,
            "Marcelo Rebelo de Sousa",
            "PRT",
            &["Marcelo Rebelo de Sousa"],
        ),
        (
            ORG,
            "Tổng lãnh sự quán Nhật Bản",
            "JPN",
            &["Tổng lãnh sự quán Nhật Bản"],
        ),
    ];
    let c = check(
        "Dự lễ khánh thành có Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh, Đại sứ Đan Mạch tại Việt Nam Nicolai Prytz.",
        spec,
        &[],
    );
    assert_eq!(c.events, vec![ev("043", "VNM", "DNK")]);
    assert_eq!(c.coded.events[0].rule, "L043");
    for text in [
        "Dự lễ khánh thành có Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh và Giám đốc điều hành Tập đoàn LEGO Niels B. Christiansen.",
        "Tham dự lễ nhậm chức có Quốc vương Tây Ban Nha Felipe VI, Tổng thống Bồ Đào Nha Marcelo Rebelo de Sousa.",
        "Dự lễ hội có ông Võ Văn Minh và đại diện Tổng lãnh sự quán Nhật Bản.",
        "Ông Võ Văn Minh cho biết lễ khánh thành có sự tham gia của Tổng lãnh sự quán Nhật Bản.",
    ] {
        assert!(check(text, spec, &[]).events.is_empty(), "{text}");
    }
}
