//! Signed documents listed at a ceremony and the names of their parties,
//! through the public API: listings without a colon and the sentence that
//! goes on with one, items two bodies hand over, "với" and glued
//! separators, commas inside a ministry's name, bodies written for both
//! sides named as the article writes them, "thay mặt" bodies, and which
//! bodies take their country's name. Sentences are written for these tests
//! (no article text); entities are given by hand as a recogniser would.

// Shared with the other rule tests; its ". " splitter is not used here
// (listings need one sentence a line).
mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::code_lines;
use test_support::{by_country, parties, Spec};
use thoisu_core::{Agreement, AgreementKind, EntityKind};
use thoisu_events::Coded;
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn want(parties: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    parties
        .iter()
        .map(|(n, c)| (normalise(n), c.map(str::to_string)))
        .collect()
}

fn has_party(a: &Agreement, name: &str, country: &str) -> bool {
    a.parties
        .iter()
        .any(|p| p.name == normalise(name) && p.country.as_deref() == Some(country))
}

fn kinds(coded: &Coded) -> Vec<AgreementKind> {
    coded.agreements.iter().map(|a| a.kind).collect()
}

const MANILA: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Philippines", "PHL", &["Philippines"]),
];

#[test]
fn a_listing_without_a_colon_and_the_sentence_going_on_with_it_are_all_signed() {
    let text = "Hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác giữa hai nước.\n\
        Các văn kiện được ký kết bao gồm Bản ghi nhớ về hợp tác y tế giữa Bộ Y tế Việt Nam với Bộ Y tế và Phúc lợi Philippines; Bản ghi nhớ về du lịch giữa Tổng cục Du lịch Việt Nam với Bộ Du lịch Philippines.\n\
        Bên cạnh đó, còn có Ý định thư về hợp tác hải quân giữa Hải quân Việt Nam và Philippines; và Kế hoạch hợp tác văn hóa giữa Chính phủ Việt Nam và Chính phủ Philippines.\n\
        Bản ghi nhớ về hợp tác y tế có hiệu lực trong ba năm.";
    let coded = code_lines(text, MANILA);
    use AgreementKind::{LetterOfIntent, Mou, Plan};
    // The last sentence talks about a document already listed.
    assert_eq!(
        kinds(&coded),
        [Mou, Mou, LetterOfIntent, Plan],
        "{:?}",
        coded.agreements
    );
    let list = &coded.agreements;
    assert_eq!(
        parties(&list[0]),
        want(&[
            ("Bộ Y tế Việt Nam", Some("VNM")),
            ("Bộ Y tế và Phúc lợi Philippines", Some("PHL")),
        ])
    );
    assert_eq!(
        parties(&list[1]),
        want(&[
            ("Tổng cục Du lịch Việt Nam", Some("VNM")),
            ("Bộ Du lịch Philippines", Some("PHL")),
        ])
    );
    assert_eq!(
        parties(&list[2]),
        want(&[
            ("Hải quân Việt Nam", Some("VNM")),
            ("Philippines", Some("PHL")),
        ])
    );
    assert!(
        has_party(&list[3], "Chính phủ Philippines", "PHL"),
        "{list:?}"
    );
    // The last item's "và" is no part of its title.
    assert!(list[3].title.starts_with("Kế hoạch"), "{}", list[3].title);
}

#[test]
fn examples_after_a_comma_and_documents_still_to_be_signed_are_no_listing() {
    let text = "Hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác.\n\
        Hai nước đã đạt nhiều kết quả, gồm Hiệp định về hợp tác biên giới giữa Việt Nam và Philippines.";
    let coded = code_lines(text, MANILA);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    let text = "Hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác.\n\
        Các văn kiện gồm Hiệp định về hợp tác biên giới giữa Việt Nam và Philippines dự kiến được ký vào tuần tới.";
    let coded = code_lines(text, MANILA);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

const ASTANA: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Kazakhstan", "KAZ", &["Kazakhstan"]),
];

#[test]
fn documents_two_bodies_hand_over_have_those_bodies_as_parties() {
    let text = "Sau hội đàm, hai Tổng thống chứng kiến Lễ trao các văn kiện hợp tác giữa Việt Nam và Kazakhstan.\n\
        Các văn kiện gồm có Bộ Nông nghiệp Việt Nam và Bộ Nông nghiệp Kazakhstan trao đổi Bản ghi nhớ về hợp tác thú y; Bộ Tài chính Việt Nam và Bộ Tài chính Kazakhstan trao đổi Bản ghi nhớ về hợp tác giữa hai bộ; Bộ Xây dựng Việt Nam và Bộ Công nghiệp Kazakhstan trao đổi Bản ghi nhớ về hợp tác giữa hai bộ.";
    let coded = code_lines(text, ASTANA);
    let list = &coded.agreements;
    // Two documents of one title in one listing stay two.
    assert_eq!(list.len(), 3, "{list:?}");
    assert_eq!(
        parties(&list[0]),
        want(&[
            ("Bộ Nông nghiệp Việt Nam", Some("VNM")),
            ("Bộ Nông nghiệp Kazakhstan", Some("KAZ")),
        ])
    );
    // "giữa hai bộ" adds no party of its own.
    assert_eq!(
        parties(&list[2]),
        want(&[
            ("Bộ Xây dựng Việt Nam", Some("VNM")),
            ("Bộ Công nghiệp Kazakhstan", Some("KAZ")),
        ])
    );
    let signings = by_country(&coded.events)
        .into_iter()
        .filter(|(c, ..)| c == "057")
        .count();
    assert!(signings >= 1, "{:?}", coded.events);
}

#[test]
fn views_exchanged_about_a_document_hand_nothing_over() {
    let text = "Sau hội đàm, hai Tổng thống chứng kiến Lễ trao các văn kiện hợp tác giữa Việt Nam và Kazakhstan.\n\
        Các văn kiện gồm có Bộ Nông nghiệp Việt Nam và Bộ Nông nghiệp Kazakhstan trao đổi ý kiến về Bản ghi nhớ về hợp tác thú y; hai bộ trưởng trao đổi về Bản ghi nhớ về hợp tác tài chính.";
    let coded = code_lines(text, ASTANA);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

const OTAGO: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "New Zealand", "NZL", &["New Zealand"]),
    (LOC, "Mông Cổ", "MNG", &["Mông Cổ"]),
    (
        ORG,
        "Đại học Quốc gia TP.HCM",
        "VNM",
        &["Đại học Quốc gia TP.HCM"],
    ),
    (ORG, "Đại học Otago", "NZL", &["Đại học Otago"]),
];

#[test]
fn parties_joined_by_voi_or_by_a_glued_and_are_split() {
    let coded = code_lines(
        "Hai bên đã ký Thỏa thuận hợp tác giữa Đại học Quốc gia TP.HCMvới Đại học Otago.",
        OTAGO,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Đại học Quốc gia TP.HCM", Some("VNM")),
            ("Đại học Otago", Some("NZL")),
        ])
    );
    // "và" inside a ministry's name, a comma inside the other's.
    let coded = code_lines(
        "Hai Bộ trưởng đã ký Ý định thư giữa Bộ Khoa học và Công nghệ Việt Nam với Bộ Giáo dục, Văn hóa và Thể thao Mông Cổ về hợp tác nghiên cứu.",
        OTAGO,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Bộ Khoa học và Công nghệ Việt Nam", Some("VNM")),
            ("Bộ Giáo dục, Văn hóa và Thể thao Mông Cổ", Some("MNG")),
        ])
    );
}

#[test]
fn a_comma_before_other_words_ends_the_list_of_parties() {
    let coded = code_lines(
        "Hai Bộ trưởng đã ký Ý định thư giữa Bộ Công an Việt Nam với Bộ Nội vụ Mông Cổ, Thủ tướng hai nước chứng kiến và Tổng thống phát biểu.",
        OTAGO,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(a.title.ends_with("Mông Cổ"), "{}", a.title);
    assert_eq!(
        parties(a),
        want(&[
            ("Bộ Công an Việt Nam", Some("VNM")),
            ("Bộ Nội vụ Mông Cổ", Some("MNG")),
        ])
    );
}

const PHNOM_PENH: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Campuchia", "KHM", &["Campuchia"]),
    (LOC, "Lào", "LAO", &["Lào"]),
    (PER, "Lê Hoài Trung", "VNM", &["Lê Hoài Trung"]),
    (PER, "Suos Yara", "KHM", &["Suos Yara"]),
];

#[test]
fn bodies_written_for_both_sides_are_named_as_the_article_names_them() {
    let text = "Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam từng đón đoàn Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào.\n\
        Năm nay, Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam đón đoàn Ban Đối ngoại Trung ương Đảng Nhân dân Campuchia.\n\
        Kết thúc hội đàm, đồng chí Lê Hoài Trung và đồng chí Suos Yara đã ký thỏa thuận hợp tác giữa hai Ban Đối ngoại Trung ương của hai Đảng giai đoạn 2025-2030.";
    let coded = code_lines(text, PHNOM_PENH);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(
        has_party(a, "Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam", "VNM"),
        "{a:?}"
    );
    assert!(
        has_party(a, "Ban Đối ngoại Trung ương Đảng Nhân dân Campuchia", "KHM"),
        "{a:?}"
    );
    // The third country's body is not the signer's.
    assert!(
        a.parties
            .iter()
            .all(|p| p.country.as_deref() != Some("LAO")),
        "{a:?}"
    );
}

#[test]
fn bodies_the_article_never_names_in_full_leave_their_signers_as_parties() {
    let text = "Kết thúc hội đàm, đồng chí Lê Hoài Trung và đồng chí Suos Yara đã ký thỏa thuận hợp tác giữa hai Ban Đối ngoại Trung ương của hai Đảng.";
    let coded = code_lines(text, PHNOM_PENH);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(has_party(a, "Lê Hoài Trung", "VNM"), "{a:?}");
    assert!(has_party(a, "Suos Yara", "KHM"), "{a:?}");
    assert!(
        has_party(a, "Ban Đối ngoại Trung ương Campuchia", "KHM"),
        "{a:?}"
    );
}

#[test]
fn a_country_is_named_as_the_article_writes_it() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Các Tiểu vương quốc Ả Rập Thống nhất", "ARE", &["UAE"]),
    ];
    let coded = code_lines(
        "Ngày 3/4, Bộ trưởng Ngoại giao Việt Nam và Bộ trưởng Ngoại giao UAE đã ký Bản ghi nhớ về tham vấn chính trị giữa hai Bộ Ngoại giao.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert!(has_party(a, "Bộ Ngoại giao UAE", "ARE"), "{a:?}");
    assert!(has_party(a, "Bộ Ngoại giao Việt Nam", "VNM"), "{a:?}");
}

const DUBLIN: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Ireland", "IRL", &["Ireland"]),
    (PER, "Hoàng Minh Sơn", "VNM", &["Hoàng Minh Sơn"]),
    (PER, "Patrick Murphy", "IRL", &["Patrick Murphy"]),
];

#[test]
fn the_bodies_signers_stand_for_are_the_parties_of_a_plan_between_two_countries() {
    let coded = code_lines(
        "Thay mặt Bộ Giáo dục Việt Nam và Cơ quan Giáo dục Ireland, Thứ trưởng Hoàng Minh Sơn và ông Patrick Murphy đã ký kết kế hoạch hợp tác giữa hai nước giai đoạn 2025-2027.",
        DUBLIN,
    );
    assert_eq!(
        kinds(&coded),
        [AgreementKind::Plan],
        "{:?}",
        coded.agreements
    );
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Bộ Giáo dục Việt Nam", Some("VNM")),
            ("Cơ quan Giáo dục Ireland", Some("IRL")),
        ])
    );
    // A title naming two countries keeps them.
    let coded = code_lines(
        "Thay mặt Chính phủ, Thứ trưởng Hoàng Minh Sơn đã ký Hiệp định giữa Việt Nam và Ireland về miễn thị thực.",
        DUBLIN,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Việt Nam", Some("VNM")), ("Ireland", Some("IRL"))])
    );
}

#[test]
fn only_a_body_named_alike_in_every_country_takes_its_country_s_name() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Cuba", "CUB", &["Cuba"]),
    ];
    let coded = code_lines(
        "Hai bên đã ký Bản ghi nhớ hợp tác giữa Trường Đại học Tôn Đức Thắng nước Cộng hòa xã hội chủ nghĩa Việt Nam và Bộ Giáo dục đại học nước Cộng hòa Cuba.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Trường Đại học Tôn Đức Thắng", Some("VNM")),
            ("Bộ Giáo dục đại học Cuba", Some("CUB")),
        ])
    );
}

#[test]
fn a_colon_before_a_list_of_fields_leaves_the_document_signed() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
    ];
    let coded = code_lines(
        "Ba Lan và Việt Nam ký Bản ghi nhớ về hợp tác quốc phòng nhằm thúc đẩy hợp tác trong các lĩnh vực như: đào tạo, huấn luyện, quân y.",
        spec,
    );
    assert_eq!(
        kinds(&coded),
        [AgreementKind::Mou],
        "{:?}",
        coded.agreements
    );
    let a = &coded.agreements[0];
    assert!(
        has_party(a, "Ba Lan", "POL") && has_party(a, "Việt Nam", "VNM"),
        "{a:?}"
    );
}

#[test]
fn a_second_signing_in_the_sentence_ends_the_first_document_and_names_its_own() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Mông Cổ", "MNG", &["Mông Cổ"]),
        (ORG, "Văn phòng Chính phủ", "VNM", &["Văn phòng Chính phủ"]),
    ];
    let text = "Văn phòng Chính phủ Việt Nam đón đoàn Văn phòng Chính phủ Mông Cổ.\n\
        Kết thúc hội đàm, lãnh đạo hai Văn phòng Chính phủ đã ký Thỏa thuận hợp tác giai đoạn 2025-2028 và chứng kiến hai Vụ trưởng ký Kế hoạch hợp tác về lưu trữ.";
    let coded = code_lines(text, spec);
    use AgreementKind::{Agreement as Accord, Plan};
    assert_eq!(kinds(&coded), [Accord, Plan], "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.title, normalise("Thỏa thuận hợp tác giai đoạn 2025-2028"));
    assert!(has_party(a, "Văn phòng Chính phủ Việt Nam", "VNM"), "{a:?}");
    assert!(has_party(a, "Văn phòng Chính phủ Mông Cổ", "MNG"), "{a:?}");
}

const BRASILIA: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Chile", "CHL", &["Chile"]),
    (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
];

#[test]
fn documents_handed_over_are_signed_and_one_joined_by_va_ends_the_other() {
    let text = "Sáng 9/5, Chủ tịch nước và Tổng thống Chile Gabriel Boric đã chứng kiến lễ trao 4 văn kiện hợp tác, trong đó có Bản ghi nhớ về hợp tác thủy sản giữa Bộ Nông nghiệp Việt Nam và Bộ Kinh tế Chile và Hiệp định về hợp tác quốc phòng giữa Chính phủ Việt Nam và Chính phủ Chile.";
    let coded = code_lines(text, BRASILIA);
    use AgreementKind::{Agreement as Accord, Mou};
    assert_eq!(kinds(&coded), [Mou, Accord], "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Bộ Nông nghiệp Việt Nam", Some("VNM")),
            ("Bộ Kinh tế Chile", Some("CHL")),
        ])
    );
    assert!(
        by_country(&coded.events).iter().any(|(c, ..)| c == "057"),
        "{:?}",
        coded.events
    );
}

#[test]
fn clauses_each_handing_a_document_over_name_their_bodies() {
    let text = "Cũng trong dịp này, đại diện Bộ Tư pháp hai nước đã trao Bản ghi nhớ về hợp tác pháp luật; Bộ Văn hóa, Thể thao và Du lịch Việt Nam và Bộ Văn hóa Chile trao Chương trình hợp tác văn hóa giai đoạn 2025-2028.";
    let coded = code_lines(text, BRASILIA);
    use AgreementKind::{Mou, Plan};
    assert_eq!(kinds(&coded), [Mou, Plan], "{:?}", coded.agreements);
    // "Bộ Tư pháp hai nước": the body of each side.
    let mut justice = parties(&coded.agreements[0]);
    justice.sort();
    assert_eq!(
        justice,
        want(&[
            ("Bộ Tư pháp Chile", Some("CHL")),
            ("Bộ Tư pháp Việt Nam", Some("VNM")),
        ])
    );
    assert_eq!(
        parties(&coded.agreements[1]),
        want(&[
            ("Bộ Văn hóa, Thể thao và Du lịch Việt Nam", Some("VNM")),
            ("Bộ Văn hóa Chile", Some("CHL")),
        ])
    );
}

#[test]
fn documents_to_be_handed_over_are_not_signed() {
    let coded = code_lines(
        "Hai bên sẽ trao Bản ghi nhớ về hợp tác thủy sản giữa Bộ Nông nghiệp Việt Nam và Bộ Kinh tế Chile.",
        BRASILIA,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    let coded = code_lines(
        "Tổng thống Gabriel Boric trao đổi về Bản ghi nhớ về hợp tác thủy sản giữa Bộ Nông nghiệp Việt Nam và Bộ Kinh tế Chile.",
        BRASILIA,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_lead_in_word_deep_in_an_item_and_a_quote_after_a_colon_name_no_document() {
    let text = "Hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác.\n\
        Chương trình bao gồm các hoạt động xúc tiến thương mại thiết thực, có kế hoạch triển khai ngay từ đầu năm tại Philippines.";
    let coded = code_lines(text, MANILA);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    // The document signed is the one before the colon; the plan in the
    // quote after it is talked about.
    let text = "Việt Nam và Philippines đã ký Bản ghi nhớ về hợp tác hàng hải, ông Nam cho biết: “chúng tôi vẫn có Kế hoạch hợp tác nghề cá giữa hai nước”.";
    let coded = code_lines(text, MANILA);
    assert_eq!(
        kinds(&coded),
        [AgreementKind::Mou],
        "{:?}",
        coded.agreements
    );
}

#[test]
fn paragraphs_opened_by_their_verb_are_listed_once_and_an_announced_plan_is_not() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Malaysia", "MYS", &["Malaysia"]),
    ];
    let text = "Sau hội đàm, hai Thủ tướng đã chứng kiến lễ trao các văn kiện hợp tác giữa hai nước, gồm:\n\
        - Trao đổi Bản ghi nhớ về hợp tác giáo dục giữa Bộ Giáo dục Việt Nam và Bộ Giáo dục Malaysia.\n\
        - Ký Hiệp định về hợp tác hàng hải giữa Chính phủ Việt Nam và Chính phủ Malaysia.\n\
        - Công bố Kế hoạch hành động giai đoạn 2025-2028.";
    let coded = code_lines(text, spec);
    use AgreementKind::{Agreement as Accord, Mou};
    assert_eq!(kinds(&coded), [Mou, Accord], "{:?}", coded.agreements);
    let accord = &coded.agreements[1];
    assert!(accord.title.starts_with("Hiệp định"), "{}", accord.title);
    assert!(has_party(accord, "Chính phủ Malaysia", "MYS"), "{accord:?}");
}

#[test]
fn a_signing_only_aimed_at_gives_no_document_and_one_after_talks_does() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Uzbekistan", "UZB", &["Uzbekistan"]),
    ];
    for aimed in [
        "Hai nước hướng tới ký kết Hiệp định về miễn thị thực giữa Việt Nam và Uzbekistan.",
        "Hai bên nhất trí thúc đẩy việc ký Bản ghi nhớ về hợp tác y tế giữa Việt Nam và Uzbekistan.",
    ] {
        let coded = code_lines(aimed, spec);
        assert!(coded.agreements.is_empty(), "{aimed}: {:?}", coded.agreements);
    }
    let coded = code_lines(
        "Hai bên đã hoàn tất đàm phán và ký Hiệp định về miễn thị thực giữa Việt Nam và Uzbekistan.",
        spec,
    );
    assert_eq!(
        kinds(&coded),
        [AgreementKind::Agreement],
        "{:?}",
        coded.agreements
    );
}

#[test]
fn a_verb_after_the_bodies_ends_the_list_of_parties() {
    let spec: &Spec = &[
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Oman", "OMN", &["Oman"]),
    ];
    let coded = code_lines(
        "Hai Bộ trưởng nhấn mạnh việc ký Bản ghi nhớ về tham vấn chính trị giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Oman sẽ góp phần tăng cường hợp tác giữa hai nước nói chung.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Bộ Ngoại giao Việt Nam", Some("VNM")),
            ("Bộ Ngoại giao Oman", Some("OMN")),
        ])
    );
}

#[test]
fn registering_a_contract_is_no_signing() {
    let spec: &Spec = &[(LOC, "Việt Nam", "VNM", &["Việt Nam"])];
    let coded = code_lines(
        "Doanh nghiệp phải đăng ký hợp đồng chuyển giao công nghệ tại Sở Khoa học và Công nghệ.",
        spec,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}
