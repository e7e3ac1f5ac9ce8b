//! Signings read on the freshest development sets (heldout36–39) (issue 4,
//! session 14, ag24). Sentences are those of the sets' articles, some
//! shortened; each rule has a sentence it must not fire on. Entities are
//! given by hand as a recogniser would give them.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, show};
use test_support::Spec;
use thoisu_core::{Agreement, AgreementKind, EntityKind};

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn parties(a: &Agreement) -> Vec<&str> {
    a.parties.iter().map(|p| p.name.as_str()).collect()
}

const JAPAN_PHILIPPINES: &Spec = &[
    (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
    (LOC, "Philippines", "PHL", &["Philippines"]),
    (LOC, "châu Á", "", &["châu Á"]),
];

#[test]
fn a_ranked_document_after_la_is_one_told_already() {
    // heldout38/017: "Đây là hiệp định đầu tiên loại này mà Nhật Bản ký
    // với một quốc gia châu Á" characterises the RAA told before.
    let text = "Ngày 8/7, Nhật Bản và Philippines đã ký Hiệp định Tiếp cận qua lại (RAA).\nĐây là hiệp định đầu tiên loại này mà Nhật Bản ký với một quốc gia châu Á.";
    let coded = code_lines(text, JAPAN_PHILIPPINES);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(parties(&coded.agreements[0]), ["Nhật Bản", "Philippines"]);
    // Not ranked: a document after "là" that is the news itself.
    let text = "Văn kiện quan trọng nhất được ký hôm qua là Hiệp định Tiếp cận qua lại giữa Nhật Bản và Philippines.";
    let coded = code_lines(text, JAPAN_PHILIPPINES);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const UAE: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "UAE", "ARE", &["UAE"]),
    (ORG, "Bộ Công Thương", "VNM", &["Bộ Công Thương"]),
    (PER, "Nguyễn Hồng Diên", "VNM", &["Nguyễn Hồng Diên"]),
    (
        PER,
        "Thani bin Ahmed Al Zeyoudi",
        "ARE",
        &["Thani bin Ahmed Al Zeyoudi"],
    ),
];

#[test]
fn a_bare_document_word_signed_by_people_retells_the_document_before() {
    // heldout36/011: "Hiệp định được ký bởi Bộ trưởng …" after the CEPA:
    // the title is the document word alone, one document.
    let text = "Chiều 28-10, hai bên đã ký Hiệp định Đối tác kinh tế toàn diện Việt Nam - UAE (CEPA).\nHiệp định được ký bởi Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Quốc vụ khanh phụ trách Ngoại thương UAE Thani bin Ahmed Al Zeyoudi.";
    let coded = code_lines(text, UAE);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert!(
        coded.agreements[0].title.contains("CEPA"),
        "{}",
        show(&coded)
    );
}

const SUMMIT: &Spec = &[
    (LOC, "Mỹ", "USA", &["Mỹ"]),
    (LOC, "Thái Lan", "THA", &["Thái Lan"]),
];

#[test]
fn a_document_after_a_denied_signing_verb_is_not_signed() {
    // heldout38/018: "…, song hai bên chưa ký thỏa thuận thương mại".
    let text = "Mỹ và Thái Lan ký Bản ghi nhớ về khoáng sản quan trọng, song hai bên chưa ký thỏa thuận thương mại mà mới công bố khuôn khổ đàm phán.";
    let coded = code_lines(text, SUMMIT);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(coded.agreements[0].kind, AgreementKind::Mou);
    // Both signed: each document stands.
    let text = "Mỹ và Thái Lan ký Bản ghi nhớ về khoáng sản quan trọng, đồng thời hai bên đã ký thỏa thuận thương mại.";
    let coded = code_lines(text, SUMMIT);
    assert_eq!(coded.agreements.len(), 2, "{}", show(&coded));
}

const JEDDAH: &Spec = &[
    (
        ORG,
        "Bộ Ngoại giao Saudi Arabia",
        "SAU",
        &["Bộ Ngoại giao Saudi Arabia"],
    ),
    (ORG, "Bộ Ngoại giao Mỹ", "USA", &["Bộ Ngoại giao Mỹ"]),
    (LOC, "Mỹ", "USA", &["Mỹ"]),
    (LOC, "Pháp", "FRA", &["Pháp"]),
    (LOC, "Đức", "DEU", &["Đức"]),
    (LOC, "Anh", "GBR", &["Anh"]),
];

#[test]
fn a_joint_statement_followed_by_what_it_says_is_a_statement_reported() {
    // heldout34/017: "lãnh đạo Mỹ, Pháp, Đức và Anh đã ra tuyên bố chung
    // lên án vụ tấn công": no document signed between them.
    let text = "Trước đó, ngày 15/3, lãnh đạo Mỹ, Pháp, Đức và Anh đã ra tuyên bố chung lên án vụ tấn công.";
    let coded = code_lines(text, JEDDAH);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // Past the day it was issued and a quote (bench, 2017).
    let text = "Sau đó, Mỹ, Pháp và Đức đưa ra tuyên bố chung ngày 10.7 \"khẳng định thất bại của các bên\".";
    let coded = code_lines(text, JEDDAH);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // A joint statement about the relations is a document.
    let text = "Hôm qua, lãnh đạo Mỹ và Pháp đã ra tuyên bố chung về quan hệ đối tác chiến lược.";
    let coded = code_lines(text, JEDDAH);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const CAUCASUS: &Spec = &[
    (LOC, "Armenia", "ARM", &["Armenia"]),
    (LOC, "Azerbaijan", "AZE", &["Azerbaijan"]),
    (PER, "Jeyhun Bayramov", "AZE", &["Jeyhun Bayramov"]),
    (PER, "Ararat Mirzoyan", "ARM", &["Ararat Mirzoyan"]),
];

#[test]
fn an_initialled_document_is_not_signed() {
    // heldout34/016: "đã ký tắt văn bản hiệp định hòa bình" (initialled).
    let text = "Ngoại trưởng Azerbaijan Jeyhun Bayramov và Ngoại trưởng Armenia Ararat Mirzoyan đã ký tắt văn bản hiệp định hòa bình giữa hai nước.";
    let coded = code_lines(text, CAUCASUS);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    let text = "Ngoại trưởng Azerbaijan Jeyhun Bayramov và Ngoại trưởng Armenia Ararat Mirzoyan đã ký hiệp định hòa bình giữa hai nước.";
    let coded = code_lines(text, CAUCASUS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const KOREA: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    (
        ORG,
        "Bộ Tài chính Việt Nam",
        "VNM",
        &["Bộ Tài chính Việt Nam"],
    ),
    (
        ORG,
        "Bộ Kinh tế và Tài chính Hàn Quốc",
        "KOR",
        &["Bộ Kinh tế và Tài chính Hàn Quốc"],
    ),
    (
        ORG,
        "Đài Tiếng nói Việt Nam",
        "VNM",
        &["Đài Tiếng nói Việt Nam"],
    ),
    (
        ORG,
        "KBS",
        "KOR",
        &["Tổng công ty Phát thanh Truyền hình Hàn Quốc"],
    ),
];

#[test]
fn a_joint_statement_issued_before_a_listing_is_a_document_too() {
    // heldout36/014: "hai nhà lãnh đạo ra Tuyên bố chung về … và chứng
    // kiến lễ trao các văn kiện hợp tác, gồm: A; B".
    let text = "Sau hội đàm, hai nhà lãnh đạo ra Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc và chứng kiến lễ trao các văn kiện hợp tác, gồm: Bản ghi nhớ giữa Bộ Tài chính Việt Nam và Bộ Kinh tế và Tài chính Hàn Quốc về Quỹ Hợp tác phát triển kinh tế; Thỏa thuận hợp tác giữa Đài Tiếng nói Việt Nam và Tổng công ty Phát thanh Truyền hình Hàn Quốc.";
    let coded = code_lines(text, KOREA);
    assert_eq!(coded.agreements.len(), 3, "{}", show(&coded));
    let statement = coded
        .agreements
        .iter()
        .find(|a| a.kind == AgreementKind::JointStatement)
        .expect("the joint statement");
    assert_eq!(parties(statement), ["Việt Nam", "Hàn Quốc"]);
    // A joint statement only looked on, no verb issuing it: the listing alone.
    let text = "Sau hội đàm, hai nhà lãnh đạo nhắc lại Tuyên bố chung năm 2022 và chứng kiến lễ trao các văn kiện hợp tác, gồm: Bản ghi nhớ giữa Bộ Tài chính Việt Nam và Bộ Kinh tế và Tài chính Hàn Quốc về Quỹ Hợp tác phát triển kinh tế; Thỏa thuận hợp tác giữa Đài Tiếng nói Việt Nam và Tổng công ty Phát thanh Truyền hình Hàn Quốc.";
    let coded = code_lines(text, KOREA);
    assert!(
        coded
            .agreements
            .iter()
            .all(|a| a.kind != AgreementKind::JointStatement),
        "{}",
        show(&coded)
    );
}

const SINGAPORE: &Spec = &[
    (LOC, "Mỹ", "USA", &["Mỹ"]),
    (LOC, "Triều Tiên", "PRK", &["Triều Tiên", "Triều"]),
    (PER, "Donald Trump", "USA", &["Donald Trump"]),
    (PER, "Kim Jong Un", "PRK", &["Kim Jong-un"]),
];

#[test]
fn a_country_written_clipped_is_named_in_full() {
    // heldout39/002: "Mỹ - Triều ký văn kiện chung".
    let text = "Mỹ - Triều ký văn kiện chung\nHôm qua, Tổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký một tuyên bố chung.";
    let coded = code_lines(text, SINGAPORE);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert!(
        parties(&coded.agreements[0]).contains(&"Triều Tiên"),
        "{}",
        show(&coded)
    );
    assert!(!parties(&coded.agreements[0]).contains(&"Triều"));
}

const KUALA_LUMPUR: &Spec = &[
    (LOC, "Mỹ", "USA", &["Mỹ"]),
    (LOC, "Campuchia", "KHM", &["Campuchia"]),
    (LOC, "Malaysia", "MYS", &["Malaysia"]),
    (LOC, "Thái Lan", "THA", &["Thái Lan"]),
];

#[test]
fn one_signer_with_a_list_of_countries_signs_one_document_with_each() {
    // heldout38/018: "Mỹ ký Hiệp định thương mại đối ứng với Campuchia và
    // Malaysia": two documents, Mỹ a party of each.
    let text = "Cũng trong ngày, Mỹ ký Hiệp định thương mại đối ứng với Campuchia và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    assert_eq!(coded.agreements.len(), 2, "{}", show(&coded));
    assert_eq!(parties(&coded.agreements[0]), ["Mỹ", "Campuchia"]);
    assert_eq!(parties(&coded.agreements[1]), ["Mỹ", "Malaysia"]);
    // Two signers before the document: one document, no split.
    let text = "Cũng trong ngày, Mỹ và Thái Lan ký Hiệp định thương mại với Campuchia và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    assert!(coded.agreements.len() <= 1, "{}", show(&coded));
}

#[test]
fn a_document_of_three_sides_signed_with_a_list_is_one_document() {
    // "ba bên" in the title: the signer and both partners sign one document.
    let text = "Cũng trong ngày, Mỹ ký bản ghi nhớ ba bên với Campuchia và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(
        parties(&coded.agreements[0]),
        ["Mỹ", "Campuchia", "Malaysia"]
    );
    // Without it, one document with each partner.
    let text = "Cũng trong ngày, Mỹ ký bản ghi nhớ về năng lượng với Campuchia và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    assert_eq!(coded.agreements.len(), 2, "{}", show(&coded));
}

#[test]
fn a_clause_going_on_after_dong_thoi_keeps_the_signer_before_it() {
    // ", đồng thời ký …": the signer of the clause before signs with each.
    let text = "Bên lề hội nghị, Mỹ đã ký Hiệp định thương mại với Malaysia và Campuchia, đồng thời ký các bản ghi nhớ về hợp tác khoáng sản với Thái Lan và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    let pairs: Vec<Vec<&str>> = coded.agreements.iter().map(parties).collect();
    assert!(pairs.contains(&vec!["Mỹ", "Thái Lan"]), "{}", show(&coded));
    assert!(pairs.contains(&vec!["Mỹ", "Malaysia"]), "{}", show(&coded));
    // Another clause with no such word: its signer is not carried over.
    let text = "Bên lề hội nghị, Mỹ đã ký Hiệp định thương mại với Campuchia, sau đó ký các bản ghi nhớ về hợp tác khoáng sản với Thái Lan và Malaysia.";
    let coded = code_lines(text, KUALA_LUMPUR);
    let pairs: Vec<Vec<&str>> = coded.agreements.iter().map(parties).collect();
    assert!(!pairs.contains(&vec!["Mỹ", "Thái Lan"]), "{}", show(&coded));
}

const PANMUNJOM: &Spec = &[
    (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
    (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
    (PER, "Moon Jae-in", "KOR", &["Moon Jae-in"]),
    (PER, "Kim Jong Un", "PRK", &["Kim Jong-un"]),
];

#[test]
fn a_declaration_known_by_its_own_name_is_a_joint_statement() {
    // heldout38/009: "… đã ký Tuyên bố Bàn Môn Điếm vì hòa bình …".
    let text = "Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã ký Tuyên bố Bàn Môn Điếm vì hòa bình, thịnh vượng và thống nhất bán đảo Triều Tiên.";
    let coded = code_lines(text, PANMUNJOM);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(coded.agreements[0].kind, AgreementKind::JointStatement);
    // Only cited, not signed in the news: no record.
    let text = "Tổng thống Hàn Quốc Moon Jae-in nhắc lại Tuyên bố Bàn Môn Điếm năm 2018.";
    let coded = code_lines(text, PANMUNJOM);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
}

const EMBASSY: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Mỹ", "USA", &["Hoa Kỳ"]),
    (
        ORG,
        "Đại sứ quán Hoa Kỳ tại Hà Nội",
        "USA",
        &["Đại sứ quán Hoa Kỳ tại Hà Nội"],
    ),
    (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
    (PER, "Kamala Harris", "USA", &["Kamala Harris"]),
];

#[test]
fn a_body_owning_what_the_title_is_about_stands_for_its_country() {
    // heldout37/005: "… Thỏa thuận về việc thuê khu đất xây dựng … trụ sở
    // mới của Đại sứ quán Hoa Kỳ tại Hà Nội": the side is the United States.
    let text = "Việt Nam hoan nghênh chuyến thăm.\nSau hội kiến, Thủ tướng Phạm Minh Chính và Phó Tổng thống Kamala Harris đã chứng kiến lễ ký Thỏa thuận về việc thuê khu đất xây dựng khuôn viên trụ sở mới của Đại sứ quán Hoa Kỳ tại Hà Nội.";
    let coded = code_lines(text, EMBASSY);
    assert!(
        coded
            .agreements
            .iter()
            .all(|a| !parties(a).contains(&"Đại sứ quán Hoa Kỳ tại Hà Nội")),
        "{}",
        show(&coded)
    );
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert!(
        parties(&coded.agreements[0]).contains(&"Mỹ"),
        "{}",
        show(&coded)
    );
    // A body that signs, named before the document, stays a party.
    let text = "Việt Nam hoan nghênh chuyến thăm.
Đại sứ quán Hoa Kỳ tại Hà Nội và Việt Nam đã ký Thỏa thuận về việc thuê khu đất xây dựng trụ sở mới.";
    let coded = code_lines(text, EMBASSY);
    assert!(
        coded
            .agreements
            .iter()
            .any(|a| parties(a).contains(&"Đại sứ quán Hoa Kỳ tại Hà Nội")),
        "{}",
        show(&coded)
    );
}

const VIFTA: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Israel", "ISR", &["Israel"]),
    (ORG, "Bộ Công Thương", "VNM", &["Bộ Công Thương"]),
    (
        ORG,
        "Bộ Kinh tế và Công nghiệp Israel",
        "ISR",
        &["Bộ Kinh tế và Công nghiệp Israel"],
    ),
];

#[test]
fn a_title_told_again_without_its_short_name_and_with_where_it_was_signed_is_one_document() {
    // heldout33/001: "Hiệp định Thương mại tự do Việt Nam - Israel (VIFTA)
    // được ký chiều nay", then "… đã ký Hiệp định Thương mại tự do Việt Nam
    // - Israel tại trụ sở Bộ Công Thương".
    let text = "Hiệp định Thương mại tự do Việt Nam - Israel (VIFTA) được ký chiều nay tại Hà Nội.\nChiều 25/7, Bộ Công Thương và Bộ Kinh tế và Công nghiệp Israel đã ký Hiệp định Thương mại tự do Việt Nam - Israel tại trụ sở Bộ Công Thương.";
    let coded = code_lines(text, VIFTA);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    // Another topic after the same words: two documents.
    let text = "Hiệp định Thương mại tự do Việt Nam - Israel về nông sản (VIFTA) được ký chiều nay.\nChiều 25/7, Bộ Công Thương và Bộ Kinh tế và Công nghiệp Israel đã ký Hiệp định Thương mại tự do Việt Nam - Israel về thủy sản.";
    let coded = code_lines(text, VIFTA);
    assert_eq!(coded.agreements.len(), 2, "{}", show(&coded));
}
