//! Signed documents and the events around them, through the public API:
//! parties written for both sides ("hai Bộ Quốc phòng", "chính phủ hai
//! nước"), bodies with their state's style, listings a paragraph an item
//! (with a page's hard wraps), counted and nested document words, documents
//! signed long ago, joint committee sessions, thanks and restarted joint
//! exercises. Sentences are written for these tests (no article text);
//! entities are given by hand as a recogniser would.

// Shared with the other rule tests; its ". " splitter is not used here
// (listings need one sentence a line).
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use test_support::{by_country, entities, line_sentences, Spec};
use thoisu_core::{Agreement, AgreementKind, DateMention, DateValue, EntityKind, Span};
use thoisu_events::{Coded, Coder};
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

/// Codes the text; `dates` are (form, first day, last day).
fn code(text: &str, spec: &Spec, dates: &[(&str, &str, &str)]) -> Coded {
    let text = &normalise(text);
    let sents = line_sentences(text);
    let ents = entities(text, &sents, spec);
    let dates: Vec<DateMention> = dates
        .iter()
        .map(|(form, start, end)| {
            let form = normalise(form);
            let at = text.find(form.as_str()).expect("date in text");
            let span = Span::new(at, at + form.len());
            DateMention {
                text: form.clone(),
                value: DateValue {
                    start: start.to_string(),
                    end: end.to_string(),
                },
                span,
                sentence: sents.iter().position(|s| s.span.contains(span)).unwrap() as u32,
            }
        })
        .collect();
    Coder::embedded().code(text, &sents, &ents, &dates)
}

fn parties(a: &Agreement) -> Vec<(&str, Option<&str>)> {
    a.parties
        .iter()
        .map(|p| (p.name.as_str(), p.country.as_deref()))
        .collect()
}

/// Expected parties, normalised as the coder's text is ("Ủy" → "Uỷ").
fn want(parties: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    parties
        .iter()
        .map(|(n, c)| (normalise(n), c.map(str::to_string)))
        .collect()
}

fn got(a: &Agreement) -> Vec<(String, Option<String>)> {
    a.parties
        .iter()
        .map(|p| (p.name.clone(), p.country.clone()))
        .collect()
}

fn has_party(a: &Agreement, name: &str, country: &str) -> bool {
    a.parties
        .iter()
        .any(|p| p.name == normalise(name) && p.country.as_deref() == Some(country))
}

fn codes(coded: &Coded) -> Vec<(String, String, String)> {
    by_country(&coded.events)
}

const EAST: &Spec = &[
    (LOC, "Campuchia", "KHM", &["Campuchia"]),
    (LOC, "Indonesia", "IDN", &["Indonesia"]),
    (LOC, "Ba Lan", "POL", &["Ba Lan"]),
    (LOC, "Hungary", "HUN", &["Hungary"]),
    (PER, "Tea Seiha", "KHM", &["Tea Seiha"]),
    (PER, "Sjafrie Sjamsoeddin", "IDN", &["Sjafrie Sjamsoeddin"]),
    (PER, "Donald Tusk", "POL", &["Donald Tusk"]),
];

#[test]
fn two_ministries_of_one_name_are_the_ones_the_signers_head() {
    let coded = code(
        "Bộ trưởng Bộ Quốc phòng Campuchia Tea Seiha và Bộ trưởng Bộ Quốc phòng Indonesia Sjafrie Sjamsoeddin đã ký Nghị định thư hợp tác đào tạo giữa hai Bộ Quốc phòng.",
        EAST,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        [
            ("Bộ Quốc phòng Campuchia", Some("KHM")),
            ("Bộ Quốc phòng Indonesia", Some("IDN")),
        ]
    );
}

#[test]
fn a_body_of_both_countries_is_named_for_each_country_of_the_visit() {
    let coded = code(
        "Thủ tướng Ba Lan Donald Tusk thăm chính thức Hungary. Hai nhà lãnh đạo đã chứng kiến lễ ký biên bản ghi nhớ về hợp tác năng lượng giữa chính phủ hai nước.",
        EAST,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(has_party(a, "Chính phủ Ba Lan", "POL"), "{a:?}");
    assert!(has_party(a, "Chính phủ Hungary", "HUN"), "{a:?}");
    // No party is left called "chính phủ hai nước".
    assert!(
        a.parties.iter().all(|p| !p.name.contains("hai nước")),
        "{a:?}"
    );
}

#[test]
fn a_both_sides_party_with_no_countries_told_names_no_document() {
    // One party "Văn phòng" for two sides no country tells apart: no
    // record of two signers can be given.
    let coded = code(
        "Hai bên đã ký Bản ghi nhớ hợp tác giữa hai Văn phòng.",
        &[],
        &[],
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn parties_with_bracketed_countries_are_all_kept_and_the_title_runs_on() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (LOC, "Khánh Hòa", "VNM", &["Khánh Hòa"]),
    ];
    let coded = code(
        "Ngày 5/3, hai bên đã ký kết Bản ghi nhớ hợp tác hữu nghị giữa tỉnh Khánh Hòa (Việt Nam) và tỉnh Gangwon (Hàn Quốc).",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(a.title.ends_with("(Hàn Quốc)"), "{}", a.title);
    assert_eq!(
        got(a),
        want(&[
            ("tỉnh Khánh Hòa", Some("VNM")),
            ("tỉnh Gangwon", Some("KOR"))
        ])
    );
}

#[test]
fn a_listing_a_paragraph_an_item_names_bodies_with_their_states() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Chile", "CHL", &["Chile"]),
        (LOC, "Đà Nẵng", "VNM", &["Thành phố Đà Nẵng"]),
        (ORG, "Bộ Nội vụ", "VNM", &["Bộ Nội vụ"]),
    ];
    let text = "Hai Tổng thống đã chứng kiến lễ trao các văn kiện hợp tác.\n\
        Các văn kiện được ký kết dịp này bao gồm: Hiệp định hợp tác thương mại giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Chile.\n\
        Biên bản ghi nhớ về hợp tác giáo dục giữa Ủy ban nhân dân Thành phố Đà Nẵng, nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Giáo dục, nước Cộng hòa Chile.\n\
        Biên bản ghi nhớ về hợp tác văn thư giữa Cục Văn thư, Bộ Nội vụ, nước Cộng hòa xã hội chủ nghĩa Việt Nam và Cục Văn thư, nước Cộng hòa Chile.\n\
        Biên bản ghi nhớ về việc lập liên doanh giữa Công ty\n\
        Cổ phần Sao Mai, Viện Nông nghiệp Xanh và Tập đoàn\n\
        AgroSur.\n\
        Bản ghi nhớ có hiệu lực trong 5 năm.";
    let coded = code(text, spec, &[]);
    let list = &coded.agreements;
    let kinds: Vec<AgreementKind> = list.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            AgreementKind::Agreement,
            AgreementKind::Mou,
            AgreementKind::Mou,
            AgreementKind::Mou
        ],
        "{list:?}"
    );
    // A state in full style is its country; a body named with it alone
    // takes the country's name.
    assert_eq!(
        parties(&list[0]),
        [("Chính phủ Việt Nam", Some("VNM")), ("Chile", Some("CHL"))]
    );
    // ", nước …" after a body names its country: no party of its own.
    assert_eq!(
        got(&list[1]),
        want(&[
            ("Ủy ban nhân dân Thành phố Đà Nẵng", Some("VNM")),
            ("Bộ Giáo dục", Some("CHL"))
        ])
    );
    // A department and its ministry before the state are one party.
    assert_eq!(
        parties(&list[2]),
        [
            ("Cục Văn thư, Bộ Nội vụ", Some("VNM")),
            ("Cục Văn thư", Some("CHL"))
        ]
    );
    // Lines the page wrapped inside names are glued back.
    let names: Vec<&str> = list[3].parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Công ty Cổ phần Sao Mai",
            "Viện Nông nghiệp Xanh",
            // (a foreign firm by its own name)
            "AgroSur"
        ]
    );
}

#[test]
fn documents_counted_or_inside_a_title_are_no_documents_of_their_own() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let coded = code(
        "Thủ tướng Ba Lan và Thủ tướng Hungary đã chứng kiến lễ ký kết một số biên bản ghi nhớ hợp tác, đáng chú ý là biên bản ghi nhớ về thương mại ngũ cốc.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert!(coded.agreements[0].title.contains("ngũ cốc"));
    let coded = code(
        "Ba Lan và Hungary đã ký Bản ghi nhớ về kế hoạch hợp tác giữa hai Bộ giai đoạn 2026-2027.",
        spec,
        &[],
    );
    let kinds: Vec<AgreementKind> = coded.agreements.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [AgreementKind::Mou], "{:?}", coded.agreements);
    // Two documents joined by "và" are two.
    let coded = code(
        "Ba Lan và Hungary đã ký Bản ghi nhớ về năng lượng và Kế hoạch hợp tác văn hóa năm 2026.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
}

#[test]
fn a_document_told_twice_is_one() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let coded = code(
        "Ba Lan và Hungary đã ký biên bản ghi nhớ về hợp tác năng lượng. Theo thông báo, hai nhà lãnh đạo đã chứng kiến lễ ký biên bản ghi nhớ về hợp tác năng lượng giữa chính phủ hai nước.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}

#[test]
fn a_document_whose_bracket_says_it_was_signed_is_one_without_a_signing_now() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Philippines", "PHL", &["Philippines"]),
    ];
    let coded = code(
        "Ngày 5/8, hai Bộ trưởng đánh giá cao việc triển khai Tuyên bố chung về hợp tác biển Việt Nam – Philippines (ký năm 2019), nhất trí tăng cường trao đổi.",
        spec,
        &[
            ("Ngày 5/8", "2026-08-05", "2026-08-05"),
            ("năm 2019", "2019-01-01", "2019-12-31"),
        ],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::JointStatement);
    assert_eq!(
        parties(a),
        [("Việt Nam", Some("VNM")), ("Philippines", Some("PHL"))]
    );
    // A signing of long ago is no signing of the news.
    assert!(
        codes(&coded).iter().all(|e| e.0 != "057"),
        "{:?}",
        codes(&coded)
    );
}

#[test]
fn a_joint_statement_between_two_countries_is_one_unless_planned() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Chile", "CHL", &["Chile"]),
    ];
    let coded = code("Toàn văn Tuyên bố chung giữa Việt Nam và Chile.", spec, &[]);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let coded = code(
        "Hai bên dự kiến ra Tuyên bố chung giữa Việt Nam và Chile.",
        spec,
        &[],
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    // Cited with no second country, it is no document.
    let coded = code("Hai bên triển khai Tuyên bố chung năm 2020.", spec, &[]);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_person_is_no_party_where_the_body_he_heads_is_named() {
    let spec: &Spec = &[
        (LOC, "Lào", "LAO", &["Lào"]),
        (ORG, "Bộ Tài chính", "VNM", &["Bộ Tài chính"]),
        (PER, "Nguyễn Văn Thắng", "VNM", &["Nguyễn Văn Thắng"]),
        (ORG, "Bộ Tài chính Lào", "LAO", &["Bộ Tài chính Lào"]),
        (
            PER,
            "Santiphab Phomvihane",
            "LAO",
            &["Santiphab Phomvihane"],
        ),
    ];
    let coded = code(
        "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng và Bộ trưởng Bộ Tài chính Lào Santiphab Phomvihane đã ký Thỏa thuận hợp tác tài chính.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(has_party(a, "Bộ Tài chính", "VNM"), "{a:?}");
    assert!(has_party(a, "Bộ Tài chính Lào", "LAO"), "{a:?}");
    assert!(a.parties.iter().all(|p| !p.name.contains("Thắng")), "{a:?}");
}

#[test]
fn a_signing_witnessed_long_before_the_article_is_not_coded() {
    let spec: &Spec = &[
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (PER, "Hun Manet", "KHM", &["Hun Manet"]),
        (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
    ];
    let coded = code(
        "Ngày 10/3, Thủ tướng Hun Manet gửi lời cảm ơn tới Tổng thống Emmanuel Macron vì đã chứng kiến lễ ký kết Hiệp định hòa bình vào cuối năm 2025.",
        spec,
        &[
            ("Ngày 10/3", "2026-03-10", "2026-03-10"),
            ("cuối năm 2025", "2025-09-01", "2025-12-31"),
        ],
    );
    let got = codes(&coded);
    assert!(got.iter().all(|e| e.0 != "057"), "{got:?}");
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    // The thanks are news, on the article's day, not on the old stretch.
    let thanks = coded.events.iter().find(|e| e.code == "051").expect("051");
    assert_eq!(thanks.date.as_deref(), Some("2026-03-10"));
}

#[test]
fn a_document_retold_with_its_day_dates_the_signing() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
        (
            ORG,
            "Bộ Năng lượng Ba Lan",
            "POL",
            &["Bộ Năng lượng Ba Lan"],
        ),
        (
            ORG,
            "Bộ Năng lượng Hungary",
            "HUN",
            &["Bộ Năng lượng Hungary"],
        ),
    ];
    let coded = code(
        "Bộ Năng lượng Ba Lan và Bộ Năng lượng Hungary đã ký Bản ghi nhớ về hợp tác hạt nhân. Bản ghi nhớ được ký kết trong Phiên họp lần thứ 5 Ủy ban hỗn hợp, ngày 20/11 tại Budapest.",
        spec,
        &[("ngày 20/11", "2025-11-20", "2025-11-20")],
    );
    let signing = coded.events.iter().find(|e| e.code == "057").expect("057");
    assert_eq!(signing.date.as_deref(), Some("2025-11-20"));
    assert_eq!(coded.agreements[0].date.as_deref(), Some("2025-11-20"));
}

#[test]
fn a_joint_committee_session_is_a_meeting_of_the_two_countries() {
    let spec: &Spec = &[
        (LOC, "Lào", "LAO", &["Lào"]),
        (LOC, "Campuchia", "KHM", &["Campuchia"]),
        (PER, "Saleumxay Kommasith", "LAO", &["Saleumxay Kommasith"]),
        (PER, "Prak Sokhonn", "KHM", &["Prak Sokhonn"]),
    ];
    let coded = code(
        "Bộ trưởng Ngoại giao Lào Saleumxay Kommasith và Bộ trưởng Ngoại giao Campuchia Prak Sokhonn đồng chủ trì kỳ họp lần thứ 9 Ủy ban hỗn hợp Lào - Campuchia.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("04") && [&e.1, &e.2].contains(&&"KHM".to_string())),
        "{got:?}"
    );
}

#[test]
fn gratitude_is_praise() {
    let spec: &Spec = &[
        (LOC, "Lào", "LAO", &["Lào"]),
        (PER, "Hun Sen", "KHM", &["Hun Sen"]),
    ];
    let coded = code(
        "Thủ tướng Hun Sen nhắc lại sự cảm kích của ông đối với nhân dân Lào.",
        spec,
        &[],
    );
    assert_eq!(codes(&coded), [("051".into(), "KHM".into(), "LAO".into())]);
}

#[test]
fn restarting_a_bilateral_exercise_is_cooperation_but_an_exercise_is_force() {
    let spec: &Spec = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Philippines", "PHL", &["Philippines"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Đài Loan", "TWN", &["Đài Loan"]),
    ];
    let coded = code(
        "Mỹ và Philippines đã nhất trí tái khởi động cuộc tập trận phòng thủ song phương.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "062"), "{got:?}");
    assert!(got.iter().all(|e| !e.0.starts_with("15")), "{got:?}");
    let coded = code("Trung Quốc tập trận quanh Đài Loan.", spec, &[]);
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "150"), "{got:?}");
}

#[test]
fn what_a_document_holds_is_its_content_not_an_act() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let coded = code(
        "Ba Lan và Hungary đã ký biên bản ghi nhớ về năng lượng sạch, trong đó Ba Lan hỗ trợ Hungary xây dựng lưới điện.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().all(|e| !e.0.starts_with("07")), "{got:?}");
    // Told as an act of its own, the aid is coded.
    let coded = code(
        "Ba Lan và Hungary đã ký biên bản ghi nhớ về năng lượng sạch. Ba Lan hỗ trợ Hungary xây dựng lưới điện.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "070"), "{got:?}");
}

#[test]
fn a_field_of_cooperation_named_is_no_cooperation() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let coded = code(
        "Ba Lan và Hungary nhất trí thúc đẩy các cam kết, đặc biệt là trong hợp tác kinh tế.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().all(|e| e.0 != "061"), "{got:?}");
    let coded = code("Ba Lan và Hungary hợp tác kinh tế.", spec, &[]);
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "061"), "{got:?}");
}

#[test]
fn a_listed_title_is_glued_to_its_next_line_only_where_a_name_was_cut() {
    let spec: &Spec = &[
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let text = "Hai Thủ tướng đã chứng kiến lễ trao các văn kiện hợp tác gồm:\n\
        Bản ghi nhớ về năng lượng giữa Bộ Năng lượng Ba Lan và Bộ Năng lượng Hungary\n\
        Hai bên cũng nhất trí tăng cường hợp tác.";
    let coded = code(text, spec, &[]);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(
        a.parties.iter().all(|p| !p.name.contains("Hai bên")),
        "{a:?}"
    );
    assert!(!a.title.contains("nhất trí"), "{}", a.title);
}

#[test]
fn launching_an_exercise_is_still_a_show_of_force() {
    let spec: &Spec = &[
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Đài Loan", "TWN", &["Đài Loan"]),
    ];
    let coded = code(
        "Trung Quốc khởi động cuộc tập trận quy mô lớn quanh Đài Loan.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "150"), "{got:?}");
}

#[test]
fn he_who_opens_a_sentence_is_the_person_just_named() {
    let spec: &Spec = &[
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        (PER, "John Aquilino", "USA", &["John Aquilino"]),
        (ORG, "Chính phủ Thái Lan", "THA", &["Chính phủ Thái Lan"]),
    ];
    let coded = code(
        "Tại buổi tiếp, Đô đốc John Aquilino bày tỏ vui mừng. Ông gửi lời cảm ơn Chính phủ Thái Lan đã tạo điều kiện cho tàu Mỹ.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(
        got.contains(&("051".into(), "USA".into(), "THA".into())),
        "{got:?}"
    );
    // With no person named before, "Ông" says nothing of who.
    let coded = code(
        "Thái Lan tổ chức hội nghị. Ông gửi lời cảm ơn Chính phủ Thái Lan.",
        spec,
        &[],
    );
    assert!(codes(&coded).is_empty(), "{:?}", codes(&coded));
}

#[test]
fn two_ministries_named_by_head_word_alone_are_the_ministries_not_their_ministers() {
    let coded = code(
        "Bộ trưởng Bộ Quốc phòng Campuchia Tea Seiha và Bộ trưởng Bộ Quốc phòng Indonesia Sjafrie Sjamsoeddin đã ký Bản ghi nhớ về đào tạo giữa hai Bộ.",
        EAST,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        [
            ("Bộ Quốc phòng Campuchia", Some("KHM")),
            ("Bộ Quốc phòng Indonesia", Some("IDN")),
        ]
    );
}

#[test]
fn a_signers_country_may_be_written_in_full_style() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Nga", "RUS", &["Liên bang Nga"]),
        (PER, "Trương Thanh Hoài", "VNM", &["Trương Thanh Hoài"]),
        (PER, "Alexey Gruzdev", "RUS", &["Alexey Gruzdev"]),
    ];
    let coded = code(
        "Thứ trưởng Bộ Tài chính Việt Nam Trương Thanh Hoài và Thứ trưởng Bộ Tài chính Liên bang Nga Alexey Gruzdev đã ký Bản ghi nhớ giữa Bộ Tài chính hai nước về hợp tác thuế.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        [
            ("Bộ Tài chính Việt Nam", Some("VNM")),
            ("Bộ Tài chính Liên bang Nga", Some("RUS")),
        ]
    );
}

#[test]
fn odd_text_around_documents_never_panics() {
    let spec: &Spec = &[(LOC, "Lào", "LAO", &["Lào"])];
    for text in [
        "",
        "bao gồm:",
        "Hai bên đã ký các văn kiện bao gồm:\n\n\n",
        "Hai bên đã ký Bản ghi nhớ giữa hai",
        "Hai bên đã ký Bản ghi nhớ giữa hai Ⅱ 🎉 và (ký",
        "Hai bên đã ký Hiệp định (ký năm",
        "Tuyên bố chung giữa 🇱🇦 và Lào, trong đó",
        "Hai bên đã ký Bản ghi nhớ giữa Bộ A, nước \nHai bên đã ký Thỏa thuận giữa , nước Lào và",
        "Ông ký. Ông ký Thỏa thuận giữa hai Bộ",
        "Hai bên đã ký kết Bản ghi nhớ 31/03/2025 06:23 giữa Lào 1/1 và",
    ] {
        let coded = code(text, spec, &[]);
        for a in &coded.agreements {
            assert!(a.span.end <= normalise(text).len(), "{text:?}: {a:?}");
        }
    }
}

#[test]
fn countries_named_apart_in_a_title_are_no_pair_of_parties() {
    let spec: &Spec = &[
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Nga", "RUS", &["Nga"]),
    ];
    let coded = code(
        "Ấn Độ còn ký một thỏa thuận với Việt Nam để huấn luyện phi công lái máy bay do Nga sản xuất.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(a.parties.iter().all(|p| p.name != "Nga"), "{a:?}");
}

#[test]
fn a_bracket_ends_a_title_unless_a_party_list_goes_on_after_it() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
    ];
    let coded = code(
        "Việt Nam và Nhật Bản đã ký Hiệp định vay cho dự án cầu Đầm Vạc (Vĩnh Phúc) với tổng trị giá 21 triệu USD.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert!(
        coded.agreements[0].title.ends_with("(Vĩnh Phúc)"),
        "{}",
        coded.agreements[0].title
    );
}

#[test]
fn documents_counted_with_their_topic_are_named() {
    let spec: &Spec = &[
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let coded = code(
        "Nga và Trung Quốc đã ký kết các bản ghi nhớ về hợp tác trong lĩnh vực không gian.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}

#[test]
fn a_person_who_signs_with_a_body_is_a_party() {
    let spec: &Spec = &[
        (ORG, "Petrolimex", "VNM", &["Petrolimex"]),
        (PER, "Lê Văn Tám", "VNM", &["Lê Văn Tám"]),
    ];
    let coded = code(
        "Petrolimex đã ký thỏa thuận với ông Lê Văn Tám về việc bồi hoàn.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let names: Vec<&str> = coded.agreements[0]
        .parties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Petrolimex", "Lê Văn Tám"]);
}

#[test]
fn a_title_before_an_unknown_name_is_no_pronoun() {
    let spec: &Spec = &[
        (LOC, "Qatar", "QAT", &["Qatar"]),
        (PER, "Mahathir Mohamad", "MYS", &["Mahathir Mohamad"]),
    ];
    let coded = code(
        "Thủ tướng Mahathir Mohamad phát biểu tại hội nghị. Ông Gargash cảnh báo Qatar về hậu quả.",
        spec,
        &[],
    );
    assert!(codes(&coded).is_empty(), "{:?}", codes(&coded));
}

#[test]
fn a_bare_title_is_not_the_start_of_every_document() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let coded = code(
        "Nhật Bản và Việt Nam đã ký hơn 10 thỏa thuận, trong đó có một thỏa thuận trị giá 350 triệu USD về tàu tuần tra.",
        spec,
        &[],
    );
    let titles: Vec<&str> = coded.agreements.iter().map(|a| a.title.as_str()).collect();
    assert!(titles.iter().any(|t| t.contains("350")), "{titles:?}");
}

#[test]
fn issuing_a_joint_statement_is_signing_it() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Chile", "CHL", &["Chile"]),
        (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
        (PER, "Lương Cường", "VNM", &["Lương Cường"]),
    ];
    let coded = code(
        "Chủ tịch nước Lương Cường và Tổng thống Gabriel Boric đã ra Tuyên bố chung về nâng cấp quan hệ Việt Nam - Chile.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::JointStatement);
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0 == "057"), "{got:?}");
    // To be issued, it is neither.
    let coded = code(
        "Chủ tịch nước Lương Cường và Tổng thống Gabriel Boric sẽ ra Tuyên bố chung về nâng cấp quan hệ.",
        spec,
        &[],
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    assert!(codes(&coded).iter().all(|e| e.0 != "057"));
}

#[test]
fn what_a_joint_statement_says_is_said() {
    let spec: &Spec = &[
        (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
        (LOC, "Bahrain", "BHR", &["Bahrain"]),
        (LOC, "Qatar", "QAT", &["Qatar"]),
    ];
    let coded = code(
        "Ai Cập và Bahrain đã ra tuyên bố chung, trong đó Ai Cập lên án Qatar.",
        spec,
        &[],
    );
    let got = codes(&coded);
    assert!(got.iter().any(|e| e.0.starts_with("11")), "{got:?}");
}

#[test]
fn a_document_whose_parties_name_one_country_gains_the_other_side_of_its_signing() {
    let spec: &Spec = &[
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
    ];
    let coded = code(
        "Trong chuyến thăm Nhật Bản của Thủ tướng Phạm Minh Chính, hai bên đã ký Bản ghi nhớ về hợp tác lao động.",
        spec,
        &[],
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let countries: Vec<Option<&str>> = coded.agreements[0]
        .parties
        .iter()
        .map(|p| p.country.as_deref())
        .collect();
    assert!(countries.contains(&Some("VNM")), "{countries:?}");
    assert!(countries.contains(&Some("JPN")), "{countries:?}");
}

#[test]
fn money_given_is_aid_not_endorsement() {
    let spec: &Spec = &[
        (LOC, "Séc", "CZE", &["Séc"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    ];
    let coded = code(
        "Chính phủ Séc ủng hộ số tiền 3 tỷ đồng cho nhân dân Việt Nam.",
        spec,
        &[],
    );
    assert_eq!(codes(&coded), [("070".into(), "CZE".into(), "VNM".into())]);
    let coded = code("Séc ủng hộ lập trường của Việt Nam.", spec, &[]);
    assert_eq!(codes(&coded), [("051".into(), "CZE".into(), "VNM".into())]);
}
