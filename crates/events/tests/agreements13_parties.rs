//! Who signed: bodies named before the signing verb with their short names
//! in brackets (also two bodies of one country), a short name in brackets
//! before the topic and the parties ("Bản ghi nhớ (MOU) về … giữa A và B"),
//! a document told only as signed ("Hiệp ước được ký tại …") whose parties
//! the article names elsewhere, and "hai bên" between two places below
//! their countries ("hai địa phương"). Sentences are written for these
//! tests (no article text); entities are given by hand as a recogniser
//! would.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::party_names;
use test_support::{input_lines, Spec};
use thoisu_core::{AgreementKind, Entity, EntityKind};
use thoisu_events::{Coded, Coder};
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn code(text: &str, spec: &Spec) -> Coded {
    code_with(text, spec, |_| {})
}

/// Codes the text after `adjust` has set what the spec cannot say (the
/// gazetteer's ids).
fn code_with(text: &str, spec: &Spec, adjust: impl Fn(&mut Vec<Entity>)) -> Coded {
    let (text, sents, mut ents) = input_lines(text, spec);
    adjust(&mut ents);
    Coder::embedded().code(&text, &sents, &ents, &[])
}

const ANDES: &Spec = &[
    (LOC, "Chile", "CHL", &["Chile"]),
    (LOC, "Peru", "PER", &["Peru"]),
    (LOC, "Bolivia", "BOL", &["Bolivia"]),
    (LOC, "Argentina", "ARG", &["Argentina"]),
    (LOC, "Santiago", "CHL", &["Santiago"]),
    (LOC, "Lima", "PER", &["Lima"]),
    (
        ORG,
        "Phòng Thương mại và Công nghiệp Chile-Peru",
        "CHL",
        &["Phòng Thương mại và Công nghiệp Chile-Peru"],
    ),
    (
        ORG,
        "Đại sứ quán Peru tại Chile",
        "PER",
        &["Đại sứ quán Peru tại Chile"],
    ),
    (
        ORG,
        "Trường Cao đẳng Kỹ thuật Lima",
        "PER",
        &["Trường Cao đẳng Kỹ thuật Lima", "LTC"],
    ),
    (
        ORG,
        "Trường Đại học Andes",
        "CHL",
        &["Trường Đại học Andes"],
    ),
    (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
];

#[test]
fn two_bodies_named_with_their_short_names_before_the_verb_signed_even_of_one_country() {
    let coded = code(
        "Hiệp hội Doanh nghiệp Chile-Peru (ACP) và Phòng Thương mại và Công nghiệp \
         Chile-Peru vùng Valparaíso (CCP-V) mới đây đã ký kết Bản ghi nhớ (MOU) nhằm \
         mở rộng hợp tác, với sự hỗ trợ của Đại sứ quán Peru tại Chile.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Mou);
    let parties = &party_names(&coded)[0];
    for want in [
        "Hiệp hội Doanh nghiệp Chile-Peru",
        "Phòng Thương mại và Công nghiệp Chile-Peru vùng Valparaíso",
    ] {
        assert!(parties.contains(&normalise(want)), "{parties:?}");
    }
    assert!(
        !parties.iter().any(|p| p.starts_with("Đại sứ quán")),
        "{parties:?}"
    );
}

#[test]
fn bracketed_bodies_that_will_sign_sign_nothing_yet() {
    let coded = code(
        "Hiệp hội Doanh nghiệp Chile-Peru (ACP) và Phòng Thương mại Lima (LCC) sẽ ký \
         kết Bản ghi nhớ (MOU) vào tháng tới.",
        ANDES,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_short_name_in_brackets_does_not_end_the_title_before_its_parties() {
    let coded = code(
        "Ngày 5/3, tại Trường Cao đẳng Kỹ thuật Lima (LTC) diễn ra Lễ ký kết Bản ghi nhớ \
         (MOU) về hợp tác đào tạo giữa LTC và Trường Đại học Andes, Chile.",
        ANDES,
    );
    assert_eq!(
        party_names(&coded),
        vec![vec!["LTC", "Trường Đại học Andes"]]
    );
}

#[test]
fn a_treaty_told_only_as_signed_has_the_parties_the_article_names_for_it() {
    let coded = code(
        "Tổng thống Gabriel Boric đã phê chuẩn hiệp ước hữu nghị toàn diện giữa Chile và Bolivia.\n\
         Hiệp ước được ký tại Santiago vào ngày 12/3/2024.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Treaty);
    assert_eq!(party_names(&coded), vec![vec!["Chile", "Bolivia"]]);
}

#[test]
fn a_document_told_only_as_signed_long_ago_or_by_nobody_named_is_none() {
    for text in [
        "Tổng thống Gabriel Boric nhắc lại hiệp ước hữu nghị giữa Chile và Bolivia.\n\
         Hiệp ước được ký năm 1995.",
        "Hiệp ước được ký tại Santiago vào ngày 12/3/2024.",
    ] {
        let coded = code(text, ANDES);
        assert!(
            coded.agreements.is_empty(),
            "{text}: {:?}",
            coded.agreements
        );
    }
}

#[test]
fn both_sides_of_two_provinces_are_the_provinces() {
    let spec: &Spec = &[
        (LOC, "Chile", "CHL", &["Chile"]),
        (LOC, "Peru", "PER", &["Peru"]),
        (LOC, "Arequipa", "PER", &["tỉnh Arequipa", "Arequipa"]),
        (LOC, "Valparaíso", "CHL", &["tỉnh Valparaíso", "Valparaíso"]),
    ];
    let ids = |ents: &mut Vec<Entity>| {
        for e in ents.iter_mut() {
            e.gazetteer_id = Some(match e.name.as_str() {
                "Arequipa" => "per.arequipa".to_string(),
                "Valparaíso" => "chl.valparaiso".to_string(),
                _ => e.country.clone().unwrap_or_default(),
            });
        }
    };
    let coded = code_with(
        "Đoàn đại biểu tỉnh Arequipa của Peru thăm và làm việc tại tỉnh Valparaíso, Chile.\n\
         Hai địa phương có nhiều tiềm năng hợp tác về nông nghiệp.\n\
         Lãnh đạo hai bên đã ký kết Thỏa thuận hợp tác hữu nghị.",
        spec,
        ids,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &party_names(&coded)[0];
    for want in ["tỉnh Arequipa", "tỉnh Valparaíso"] {
        assert!(parties.contains(&normalise(want)), "{parties:?}");
    }
}

#[test]
fn a_ceasefire_declaration_signed_is_a_document_and_one_declared_is_not() {
    let coded = code(
        "Các nhà lãnh đạo của Chile và Peru đã ký tuyên bố ngừng bắn tại Lima.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Agreement);
    let parties = &party_names(&coded)[0];
    for want in ["Chile", "Peru"] {
        assert!(parties.contains(&want.to_string()), "{parties:?}");
    }
    let coded = code("Chile tuyên bố ngừng bắn đơn phương từ ngày mai.", ANDES);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_document_told_first_as_signed_and_then_with_its_parties_is_one() {
    let coded = code(
        "Hiệp định được ký kết tại Lima hôm qua.\n\
         Hiệp định thương mại giữa Chile và Peru đã được ký kết sau 5 năm đàm phán.",
        ANDES,
    );
    assert_eq!(party_names(&coded), vec![vec!["Chile", "Peru"]]);
}

#[test]
fn a_year_count_after_a_passive_signing_is_read_without_harm() {
    // "5 năm đàm phán": "năm" with a word of more than one byte a letter
    // after it.
    let coded = code(
        "Hiệp định thương mại giữa Chile và Peru đã được ký kết sau 5 năm đàm phán.",
        ANDES,
    );
    assert_eq!(party_names(&coded), vec![vec!["Chile", "Peru"]]);
}

#[test]
fn a_document_initialled_by_both_sides_right_after_its_signing_is_the_same_document() {
    let coded = code(
        "Thỏa thuận hòa bình được ký kết tại Lima vào ngày 8/8.\n\
         Văn bản thỏa thuận gồm 10 điểm, được ký tắt bởi Ngoại trưởng của hai nước.\n\
         Đây là kết quả của một thỏa thuận giữa Chile và Peru.",
        ANDES,
    );
    assert_eq!(party_names(&coded), vec![vec!["Chile", "Peru"]]);
}

#[test]
fn documents_signed_apart_with_each_side_are_one_with_each() {
    let spec: &Spec = &[
        (LOC, "Chile", "CHL", &["Chile"]),
        (LOC, "Peru", "PER", &["Peru"]),
        (LOC, "Bolivia", "BOL", &["Bolivia"]),
        (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
        (PER, "Dina Boluarte", "PER", &["Dina Boluarte"]),
        (PER, "Luis Arce", "BOL", &["Luis Arce"]),
    ];
    let coded = code(
        "Tại đây, Tổng thống Chile Gabriel Boric, Tổng thống Peru Dina Boluarte và Tổng thống \
         Bolivia Luis Arce đã ký tuyên bố chung về hợp tác nguồn nước.\n\
         Hai nước láng giềng cũng nhất trí mở lại biên giới.\n\
         Bên cạnh đó, Chile đã ký các thỏa thuận riêng với từng nước nhằm mở rộng hợp tác về năng lượng.",
        spec,
    );
    let deals: Vec<Vec<String>> = coded
        .agreements
        .iter()
        .filter(|a| a.kind == AgreementKind::Agreement)
        .map(|a| a.parties.iter().map(|p| p.name.clone()).collect())
        .collect();
    assert_eq!(
        deals,
        vec![vec!["Chile", "Peru"], vec!["Chile", "Bolivia"]],
        "{:?}",
        coded.agreements
    );
    // Documents counted with no side named for each stay unnamed.
    let coded = code(
        "Chile đã ký các thỏa thuận nhằm mở rộng hợp tác về năng lượng.",
        spec,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn three_sides_listed_before_the_verb_are_all_parties_but_not_a_time_or_place() {
    let coded = code(
        "Argentina, Chile, Peru và Bolivia đã ký Bản ghi nhớ về hợp tác nguồn nước.",
        ANDES,
    );
    assert_eq!(
        party_names(&coded),
        vec![vec!["Argentina", "Chile", "Peru", "Bolivia"]]
    );
    let coded = code(
        "Tại Santiago, Peru và Bolivia đã ký Bản ghi nhớ về hợp tác nguồn nước.",
        ANDES,
    );
    assert_eq!(party_names(&coded), vec![vec!["Peru", "Bolivia"]]);
}

#[test]
fn who_looked_on_listed_with_commas_is_no_third_side() {
    let coded = code(
        "Dưới sự chứng kiến của Tổng thống Gabriel Boric, lãnh đạo Lima và Santiago đã trao \
         Thỏa thuận hợp tác giai đoạn 2026-2030.",
        ANDES,
    );
    for a in &coded.agreements {
        assert!(
            a.parties.iter().all(|p| p.name != "Gabriel Boric"),
            "{:?}",
            a.parties
        );
    }
}
