//! Session 19: parties of signed documents named with their country when
//! their body is a national congress written with its state's style
//! ("Đại hội … nước Cộng hòa …"). Sentences are written for these tests (no
//! article text); entities are given by hand as a recogniser would.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, want};
use test_support::{parties, Spec};
use thoisu_core::EntityKind;
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const CONGRESS: &Spec = &[
    (
        LOC,
        "Việt Nam",
        "VNM",
        &["Cộng hòa xã hội chủ nghĩa Việt Nam", "Việt Nam"],
    ),
    (
        LOC,
        "Triều Tiên",
        "PRK",
        &["Cộng hòa Dân chủ Nhân dân Triều Tiên"],
    ),
    (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    (ORG, "Quốc hội Việt Nam", "VNM", &["Quốc hội Việt Nam"]),
    (
        ORG,
        "Đại hội đại biểu nhân dân toàn quốc Trung Quốc",
        "CHN",
        &["Đại hội đại biểu nhân dân toàn quốc Trung Quốc"],
    ),
];

#[test]
fn a_congress_written_with_its_states_style_is_named_with_its_country() {
    let text = "Sau hội đàm, hai Chủ tịch đã chứng kiến lễ ký Thỏa thuận hợp tác giữa Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam và Đại hội Nhân dân Tối cao nước Cộng hòa Dân chủ Nhân dân Triều Tiên.";
    let coded = code_lines(text, CONGRESS);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Quốc hội Việt Nam", "VNM"),
            ("Đại hội Nhân dân Tối cao Triều Tiên", "PRK"),
        ])
    );
    // Named with its country already, it is named as written.
    let text = "Quốc hội Việt Nam và Đại hội đại biểu nhân dân toàn quốc Trung Quốc đã ký Thỏa thuận hợp tác giai đoạn 2024-2029.";
    let coded = code_lines(text, CONGRESS);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Quốc hội Việt Nam", "VNM"),
            ("Đại hội đại biểu nhân dân toàn quốc Trung Quốc", "CHN"),
        ])
    );
}

const MINISTRIES: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Lào", "LAO", &["Lào"]),
    (ORG, "Bộ Công an Việt Nam", "VNM", &["Bộ Công an Việt Nam"]),
    (ORG, "Bộ An ninh Lào", "LAO", &["Bộ An ninh Lào"]),
];

/// The lead names the document by its title without parties, the body
/// names it again with its parties between its kind and its topic: one
/// document, with the bodies that signed it.
#[test]
fn a_lead_title_without_parties_retold_with_them_is_one_document() {
    let text = "Việt Nam và Lào đã ký Bản ghi nhớ về hợp tác phòng, chống mua bán người và tội phạm xuyên quốc gia.\n\
                Sau hội đàm, hai Bộ trưởng ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ An ninh Lào về hợp tác phòng, chống mua bán người.";
    let coded = code_lines(text, MINISTRIES);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let names: Vec<String> = parties(&coded.agreements[0])
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(
        names.contains(&normalise("Bộ Công an Việt Nam"))
            && names.contains(&normalise("Bộ An ninh Lào")),
        "{names:?}"
    );
    // About something else, it is another document.
    let text = "Việt Nam và Lào đã ký Bản ghi nhớ về hợp tác đào tạo cán bộ cấp cao giai đoạn 2025-2030.\n\
                Sau hội đàm, hai Bộ trưởng ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ An ninh Lào về hợp tác phòng, chống mua bán người.";
    let coded = code_lines(text, MINISTRIES);
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
}

const UNION: &Spec = &[
    (PER, "Charles Michel", "BEL@eu.michel", &["Charles Michel"]),
    (
        PER,
        "Ursula von der Leyen",
        "DEU@eu.von_der_leyen",
        &["Ursula von der Leyen"],
    ),
    (
        PER,
        "Roberta Metsola",
        "MLT@eu.metsola",
        &["Roberta Metsola"],
    ),
    (
        PER,
        "Volodymyr Zelensky",
        "UKR@ua.zelensky",
        &["Volodymyr Zelensky"],
    ),
    (LOC, "Ukraine", "UKR", &["Ukraine"]),
];

/// The heads of one union's institutions speaking together are one side:
/// no document of two sides, and no signing between their passports'
/// countries; with a leader of another state it is one.
#[test]
fn the_heads_of_one_unions_institutions_are_one_side() {
    let text = "Chủ tịch Hội đồng châu Âu Charles Michel, Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Chủ tịch Nghị viện châu Âu Roberta Metsola đã ký tuyên bố chung về tình hình an ninh khu vực.";
    let coded = code_lines(text, UNION);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    assert!(
        !coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
    let text = "Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Tổng thống Ukraine Volodymyr Zelensky đã ký tuyên bố chung về hợp tác năng lượng.";
    let coded = code_lines(text, UNION);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}

const GAS: &Spec = &[
    (LOC, "Nga", "RUS", &["Nga"]),
    (LOC, "Ukraine", "UKR", &["Ukraine"]),
];

/// A signing whose title runs on to say it did not take place ("… đã bị
/// hoãn lại") signs nothing: no document and no 057 between the sides.
#[test]
fn a_signing_put_off_is_no_document_and_no_057() {
    let text = "Kế hoạch ký thỏa thuận vận chuyển khí đốt giữa Nga và Ukraine đã bị hoãn lại vì bất đồng về giá.";
    let coded = code_lines(text, GAS);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    assert!(
        !coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
    let text =
        "Nga và Ukraine đã ký thỏa thuận vận chuyển khí đốt giữa hai nước sau nhiều vòng đàm phán.";
    let coded = code_lines(text, GAS);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert!(
        coded.events.iter().any(|e| e.code == "057"),
        "{:?}",
        coded.events
    );
}
