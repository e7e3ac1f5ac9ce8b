//! Parties of signed documents whose title names none, through the public
//! API: the bodies before the signing verb named in full (not cut to the
//! place their name ends with), a minister's title standing for his
//! ministry, provinces handing over their agreement, witnesses and visitors
//! left out; a list of parties that stops before "với 5 nội dung"; one
//! document told twice kept once; "biên bản thỏa thuận" an agreement.
//! Sentences are written for these tests (no article text); entities are
//! given by hand as a recogniser would.

// Shared with the other rule tests; its ". " splitter is not used here.
mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, want};
use test_support::{parties, Spec};
use thoisu_core::{AgreementKind, EntityKind};
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const POLICE: &Spec = &[
    (
        ORG,
        "Công an tỉnh Quảng Ninh",
        "VNM",
        &["Công an tỉnh Quảng Ninh"],
    ),
    (LOC, "Quảng Tây", "CHN", &["tỉnh Quảng Tây"]),
    (LOC, "Kazan", "RUS", &["Kazan"]),
    (LOC, "Cần Thơ", "VNM", &["Cần Thơ"]),
];

#[test]
fn a_body_named_before_the_verb_is_named_in_full_not_cut_to_its_place() {
    let text = "Tại buổi hội đàm, Công an tỉnh Quảng Ninh và Sở Cảnh sát Chính phủ nhân dân tỉnh Quảng Tây đã ký kết Bản ghi nhớ hợp tác phòng, chống tội phạm.";
    let coded = code_lines(text, POLICE);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Công an tỉnh Quảng Ninh", "VNM"),
            ("Sở Cảnh sát Chính phủ nhân dân tỉnh Quảng Tây", "CHN"),
        ])
    );
    // A head word with a place after it opens a name too; a lower-case
    // word after a head word ("Công an đã …") opens none.
    let spec: &Spec = &[
        (LOC, "Lào Cai", "VNM", &["tỉnh Lào Cai"]),
        (LOC, "Vân Nam", "CHN", &["tỉnh Vân Nam"]),
    ];
    let text = "Ngày 2/6, UBND tỉnh Lào Cai và Sở Thương mại tỉnh Vân Nam đã ký Biên bản ghi nhớ về hợp tác thương mại biên giới.";
    let coded = code_lines(text, spec);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("UBND tỉnh Lào Cai", "VNM"),
            ("Sở Thương mại tỉnh Vân Nam", "CHN")
        ])
    );
    // "ĐH" opens a university's name as "Đại học" does.
    let text =
        "Trường ĐH Cần Thơ và ĐH Tổng hợp Kazan đã ký Biên bản ghi nhớ về trao đổi sinh viên.";
    let coded = code_lines(text, POLICE);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Trường ĐH Cần Thơ", "VNM"), ("ĐH Tổng hợp Kazan", "RUS")])
    );
}

#[test]
fn a_name_runs_to_its_place_not_into_an_unknown_name_after_it() {
    // The rector's name is not recognised: the university's ends at Kazan.
    let text = "Ngày 3/4, Hiệu trưởng Trường ĐH Cần Thơ Trần Văn Bình và Hiệu trưởng ĐH Tổng hợp Kazan Ilya Gorbunov đã ký Biên bản ghi nhớ về trao đổi sinh viên.";
    let spec: &Spec = &[
        (LOC, "Cần Thơ", "VNM", &["Cần Thơ"]),
        (LOC, "Kazan", "RUS", &["Kazan"]),
        (PER, "Trần Văn Bình", "VNM", &["Trần Văn Bình"]),
    ];
    let coded = code_lines(text, spec);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Trường ĐH Cần Thơ", "VNM"), ("ĐH Tổng hợp Kazan", "RUS")])
    );
    // With no place to end at, a name read on into an unknown person is
    // not made a party (a document left with one party is no record).
    let text = "Hiệu trưởng ĐH Tổng hợp Volga Ilya Gorbunov và ông Trần Văn Bình đã ký Biên bản ghi nhớ về trao đổi sinh viên.";
    let coded = code_lines(text, spec);
    let names: Vec<String> = coded
        .agreements
        .iter()
        .flat_map(|a| &a.parties)
        .map(|p| p.name.clone())
        .collect();
    assert!(!names.iter().any(|n| n.contains("Gorbunov")), "{names:?}");
}

const VISIT: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Hungary", "HUN", &["Hungary"]),
    (LOC, "Budapest", "HUN", &["Budapest"]),
    (ORG, "Chính phủ", "VNM", &["Chính phủ"]),
    (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
    (PER, "Đào Hồng Lan", "VNM", &["Đào Hồng Lan"]),
];

#[test]
fn a_ministers_title_names_his_ministry_and_the_visit_before_is_no_party() {
    let text = "Nhân chuyến thăm chính thức Hungary của Thủ tướng Chính phủ Phạm Minh Chính, ngày 18/1, tại Budapest, Bộ trưởng Y tế Việt Nam Đào Hồng Lan và ngài Péter Takács, Bộ trưởng Y tế Hungary đã ký kết Bản ghi nhớ về hợp tác y tế.";
    let coded = code_lines(text, VISIT);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Bộ Y tế Việt Nam", "VNM"), ("Bộ Y tế Hungary", "HUN")])
    );
    // "Bộ trưởng Bộ …": the ministry is named, the title adds no "Bộ".
    let text = "Bộ trưởng Bộ Công Thương Việt Nam Đào Hồng Lan và Bộ trưởng Bộ Ngoại thương Hungary Péter Szijjártó đã ký Bản ghi nhớ về thương mại.";
    let coded = code_lines(text, VISIT);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Bộ Công Thương Việt Nam", "VNM"),
            ("Bộ Ngoại thương Hungary", "HUN"),
        ])
    );
}

const PROVINCES: &Spec = &[
    (LOC, "Nghệ An", "VNM", &["tỉnh Nghệ An"]),
    (LOC, "Xiengkhouang", "LAO", &["Xiengkhouang"]),
    (LOC, "Lào", "LAO", &["Lào"]),
    (PER, "Lương Cường", "VNM", &["Lương Cường"]),
    (PER, "Sonexay Siphandone", "LAO", &["Sonexay Siphandone"]),
];

#[test]
fn provinces_handing_over_their_agreement_are_its_parties_not_the_witnesses() {
    let text = "Ngày 5/9, dưới sự chứng kiến của Chủ tịch nước Lương Cường và Thủ tướng Lào Sonexay Siphandone, lãnh đạo tỉnh Nghệ An và Xiengkhouang đã trao Thỏa thuận hợp tác giai đoạn 2026-2030.";
    let coded = code_lines(text, PROVINCES);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::Agreement);
    assert_eq!(
        parties(a),
        want(&[("tỉnh Nghệ An", "VNM"), ("Xiengkhouang", "LAO")])
    );
    assert!(
        coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
    // Handed over later: not signed yet.
    let text =
        "Lãnh đạo tỉnh Nghệ An và Xiengkhouang sẽ trao Thỏa thuận hợp tác giai đoạn 2026-2030.";
    let coded = code_lines(text, PROVINCES);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

const SCHOOLS: &Spec = &[
    (ORG, "Đại học Huế", "VNM", &["Đại học Huế", "ĐH Huế"]),
    (LOC, "Kazan", "RUS", &["Kazan"]),
    (LOC, "Nga", "RUS", &["Nga"]),
    (PER, "Lê Văn Hòa", "VNM", &["Lê Văn Hòa"]),
];

#[test]
fn a_count_after_with_is_no_party_and_one_document_told_twice_is_one() {
    let text = "Ngày 12/3, tại Nga, Giám đốc ĐH Huế Lê Văn Hòa và Hiệu trưởng ĐH Tổng hợp Kazan đã ký văn bản ghi nhớ giai đoạn 2025 - 2030 giữa hai bên với 5 nội dung hợp tác.\n\
        ĐH Huế và ĐH Tổng hợp Kazan đã ký kết Biên bản ghi nhớ giai đoạn 2025 - 2030 với 5 nội dung hợp tác.";
    let coded = code_lines(text, SCHOOLS);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let names: Vec<String> = coded.agreements[0]
        .parties
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert!(!names.iter().any(|n| n.contains("nội dung")), "{names:?}");
    assert!(names.contains(&normalise("ĐH Tổng hợp Kazan")), "{names:?}");
}

const MINISTRIES: &Spec = &[
    (ORG, "Bộ Y tế Việt Nam", "VNM", &["Bộ Y tế Việt Nam"]),
    (ORG, "Bộ Y tế Lào", "LAO", &["Bộ Y tế Lào"]),
    (ORG, "Bộ Công an Việt Nam", "VNM", &["Bộ Công an Việt Nam"]),
    (ORG, "Bộ An ninh Lào", "LAO", &["Bộ An ninh Lào"]),
];

#[test]
fn documents_alike_told_apart_by_their_bodies_or_topics_stay_two() {
    // Other bodies in the next sentence: another document.
    let text = "Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Bản ghi nhớ hợp tác.\n\
        Bộ Công an Việt Nam và Bộ An ninh Lào đã ký Bản ghi nhớ hợp tác.";
    let coded = code_lines(text, MINISTRIES);
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    // The same bodies, other topics: two documents.
    let text = "Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Bản ghi nhớ về y tế dự phòng.\n\
        Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Bản ghi nhớ về đào tạo nhân lực.";
    let coded = code_lines(text, MINISTRIES);
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    // The same bodies and title, told again in a caption: one.
    let text = "Bộ Y tế Việt Nam và Bộ Y tế Lào đã ký Bản ghi nhớ hợp tác giai đoạn 2025-2030.\n\
        Lãnh đạo Bộ Y tế Việt Nam và Bộ Y tế Lào ký Bản ghi nhớ hợp tác giai đoạn 2025-2030";
    let coded = code_lines(text, MINISTRIES);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}

#[test]
fn an_agreement_minute_is_an_agreement_a_bare_minute_is_not() {
    let spec: &Spec = &[
        (ORG, "Tập đoàn Hòa Phát", "VNM", &["Tập đoàn Hòa Phát"]),
        (
            ORG,
            "Công ty Tata Projects",
            "IND",
            &["Công ty Tata Projects"],
        ),
    ];
    let text = "Tập đoàn Hòa Phát đã ký biên bản thỏa thuận giữa Tập đoàn Hòa Phát và Công ty Tata Projects về xây dựng nhà máy.";
    let coded = code_lines(text, spec);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Agreement);
    let text = "Tập đoàn Hòa Phát đã ký biên bản giữa Tập đoàn Hòa Phát và Công ty Tata Projects về xây dựng nhà máy.";
    let coded = code_lines(text, spec);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Other);
}
