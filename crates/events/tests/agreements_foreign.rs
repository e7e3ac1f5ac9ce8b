//! Documents signed between two foreign countries, in the wordings world
//! news uses: told before their signing ("… đã được ký kết giữa A và B",
//! "… được ký bởi X và Y"), "kí" spelled the older way, "A ký … với B", a
//! joint statement about a quoted peace deal, and what is no signing of the
//! news ("sẽ được ký", "sẵn sàng ký", a document cited with its year).
//! Sentences are written for these tests (no article text); entities are
//! given by hand as a recogniser would.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, want};
use test_support::{parties, Spec};
use thoisu_core::{AgreementKind, EntityKind};
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Person as PER};

const ANDES: &Spec = &[
    (LOC, "Chile", "CHL", &["Chile"]),
    (LOC, "Peru", "PER", &["Peru"]),
    (LOC, "Argentina", "ARG", &["Argentina"]),
    (LOC, "Bolivia", "BOL", &["Bolivia"]),
    (LOC, "Santiago", "CHL", &["Santiago"]),
    (
        PER,
        "Javier González-Olaechea",
        "PER",
        &["Javier González-Olaechea"],
    ),
    (
        PER,
        "Alberto van Klaveren",
        "CHL",
        &["Alberto van Klaveren"],
    ),
];

#[test]
fn a_document_told_before_its_signing_names_its_parties_in_its_title() {
    let coded = code_lines(
        "Hiệp định thương mại tự do giữa Chile và Peru đã được ký kết tại Santiago.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::Agreement);
    assert_eq!(parties(a), want(&[("Chile", "CHL"), ("Peru", "PER")]));
    // The title ends before "đã được ký kết".
    assert_eq!(
        a.title,
        normalise("Hiệp định thương mại tự do giữa Chile và Peru")
    );
}

#[test]
fn a_document_told_before_its_signing_names_its_parties_after_the_verb() {
    let coded = code_lines(
        "Bản ghi nhớ về hợp tác khai thác lithium được ký giữa Argentina và Bolivia hôm 12/3.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Mou);
    // The list of parties ends before the day ("hôm 12/3").
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Argentina", "ARG"), ("Bolivia", "BOL")])
    );
    // Signed by two ministers: each stands for his side by his name, and
    // his country with him.
    let coded = code_lines(
        "Thỏa thuận khung đã được ký kết bởi Ngoại trưởng Peru Javier González-Olaechea và Ngoại trưởng Chile Alberto van Klaveren.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Javier González-Olaechea", "PER"),
            ("Alberto van Klaveren", "CHL"),
            ("Peru", "PER"),
            ("Chile", "CHL")
        ])
    );
}

#[test]
fn a_document_planned_denied_needed_or_cited_from_the_past_is_no_signing() {
    for text in [
        "Hiệp ước về biên giới biển sẽ được ký giữa Chile và Peru.",
        "Hiệp ước về biên giới biển chưa được ký giữa Chile và Peru.",
        "Hiệp ước về biên giới biển cần được ký giữa Chile và Peru.",
        "Hiệp ước về biên giới biển được ký giữa Chile và Peru năm 1929.",
        "Đây là thỏa thuận được ký giữa Argentina và Bolivia hồi tháng 5/2019.",
        "Tổng thống Chile cho biết Chile sẵn sàng ký hiệp định thương mại với Peru.",
        "Chile sẽ kí thỏa thuận năng lượng với Argentina.",
        "Nhiều thỏa thuận về thương mại giữa Chile với Peru và Bolivia đã được ký trong chuyến thăm.",
        "Doanh nghiệp Chile sẽ hưởng lợi từ Hiệp định thương mại Chile - Peru ngay khi Hiệp định được ký kết.",
    ] {
        let coded = code_lines(text, ANDES);
        assert!(
            coded.agreements.is_empty(),
            "{text}: {:?}",
            coded.agreements
        );
    }
}

#[test]
fn ki_is_the_older_spelling_of_ky() {
    let coded = code_lines(
        "Chile và Argentina đã kí thỏa thuận hợp tác năng lượng.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Chile", "CHL"), ("Argentina", "ARG")])
    );
    // "thư kí" is a secretary, no signing.
    let coded = code_lines(
        "Ông là thư kí của ủy ban thỏa thuận thương mại Chile.",
        ANDES,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn the_country_after_with_is_the_other_party() {
    let coded = code_lines(
        "Hôm 19/4, chính quyền Bolivia cho biết họ đã ký một hiệp ước an ninh với Peru trong động thái gây lo ngại cho Chile.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::Treaty);
    let countries: Vec<Option<String>> = a.parties.iter().map(|p| p.country.clone()).collect();
    assert!(countries.contains(&Some("BOL".into())), "{a:?}");
    assert!(countries.contains(&Some("PER".into())), "{a:?}");
    assert!(!countries.contains(&Some("CHL".into())), "{a:?}");
}

#[test]
fn a_joint_statement_on_a_quoted_deal_is_signed_by_every_leader() {
    let spec: &Spec = &[
        (LOC, "Kenya", "KEN", &["Kenya"]),
        (LOC, "Tanzania", "TZA", &["Tanzania"]),
        (LOC, "Uganda", "UGA", &["Uganda"]),
        (PER, "William Ruto", "KEN", &["William Ruto"]),
        (PER, "Samia Suluhu Hassan", "TZA", &["Samia Suluhu Hassan"]),
        (PER, "Yoweri Museveni", "UGA", &["Yoweri Museveni"]),
    ];
    let coded = code_lines(
        "Tại đây, Tổng thống Kenya William Ruto, Tổng thống Tanzania Samia Suluhu Hassan và Tổng thống Uganda Yoweri Museveni đã ký tuyên bố chung về \"hiệp định hòa bình giữa Kenya và Tanzania\".",
        spec,
    );
    // The quoted deal is what the statement is about, no document of its own.
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::JointStatement);
    let mut countries: Vec<String> = a.parties.iter().filter_map(|p| p.country.clone()).collect();
    countries.sort();
    countries.dedup();
    assert_eq!(countries, ["KEN", "TZA", "UGA"], "{a:?}");
    // No quote mark is left on a party's name.
    assert!(a.parties.iter().all(|p| !p.name.contains('"')), "{a:?}");
}

#[test]
fn a_document_with_one_party_at_most_is_no_record() {
    let coded = code_lines(
        "Buổi lễ ký kết hợp đồng chỉ diễn ra trong hơn 10 phút.",
        ANDES,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_signer_is_named_as_the_sentence_writes_him() {
    let spec: &Spec = &[
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (PER, "Yoon Suk-yeol", "KOR", &["Yoon Suk-yeol"]),
        (PER, "Kishida Fumio", "JPN", &["Fumio Kishida"]),
    ];
    let coded = code_lines(
        "Tổng thống Hàn Quốc Yoon Suk-yeol và Thủ tướng Nhật Bản Fumio Kishida đã đặt bút ký tuyên bố chung.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[
            ("Yoon Suk-yeol", "KOR"),
            ("Fumio Kishida", "JPN"),
            ("Hàn Quốc", "KOR"),
            ("Nhật Bản", "JPN")
        ])
    );
    // "sẽ đặt bút ký": planned.
    let coded = code_lines(
        "Tổng thống Hàn Quốc Yoon Suk-yeol và Thủ tướng Nhật Bản Fumio Kishida sẽ đặt bút ký tuyên bố chung.",
        spec,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_pair_of_countries_in_the_title_or_an_official_signing_is_read_before_the_verb() {
    let coded = code_lines(
        "Thỏa thuận khoáng sản Chile - Bolivia được ký hôm 30/4.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        parties(&coded.agreements[0]),
        want(&[("Chile", "CHL"), ("Bolivia", "BOL")])
    );
    let coded = code_lines(
        "Hôm 30/4, hiệp định hàng không giữa Peru và Bolivia đã chính thức được ký kết.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(
        coded.agreements[0].title,
        normalise("hiệp định hàng không giữa Peru và Bolivia")
    );
}

#[test]
fn a_quoted_title_ends_with_its_quote() {
    let coded = code_lines(
        "Peru và Bolivia đã ký “Hiệp ước về quan hệ đối tác chiến lược toàn diện” vào ngày 19/6.",
        ANDES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::Treaty);
    assert_eq!(
        a.title,
        normalise("Hiệp ước về quan hệ đối tác chiến lược toàn diện")
    );
    assert_eq!(parties(a), want(&[("Peru", "PER"), ("Bolivia", "BOL")]));
}

#[test]
fn a_document_named_before_who_signed_it_with_whom() {
    let spec: &Spec = &[
        (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (
            EntityKind::Organisation,
            "Dassault",
            "FRA#BUS",
            &["Dassault"],
        ),
    ];
    let coded = code_lines(
        "Điều này khiến Washington mất hợp đồng trị giá 9 tỷ USD (tương đương 8 tỷ EUR) mà Ấn Độ ký kết với công ty Dassault của Pháp để mua 36 máy bay.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let a = &coded.agreements[0];
    assert_eq!(a.kind, AgreementKind::Contract);
    assert_eq!(a.title, normalise("hợp đồng trị giá 9 tỷ USD"));
    assert_eq!(parties(a), want(&[("Ấn Độ", "IND"), ("Dassault", "FRA")]));
    // Signed by one side named only, or planned: no record.
    for text in [
        "NAFTA là thỏa thuận thương mại tồi tệ nhất mà Mỹ từng ký kết.",
        "Thỏa thuận mà Ấn Độ sẽ ký với Pháp gây lo ngại.",
        "Các bản hợp đồng mà Ấn Độ ký với Pháp đều bị kiểm tra.",
    ] {
        let coded = code_lines(text, spec);
        assert!(
            coded.agreements.is_empty(),
            "{text}: {:?}",
            coded.agreements
        );
    }
}
