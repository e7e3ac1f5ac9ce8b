//! Documents between two foreign countries as Vietnamese outlets tell them:
//! a document in force ("Hiệp ước … giữa nước này và B chính thức có hiệu
//! lực"), one signed "do A và B … ký kết", a joint statement "của A và B"
//! announced by a third body, one document told again by its kind alone or
//! with its bodies written shorter, a second signing pair in one sentence
//! ("…, trong khi C và D ký …"), and a convention opened for signature
//! ("Lễ mở ký Công ước …"), which no side named signed. Sentences are
//! written for these tests (no article text); entities are given by hand as
//! a recogniser would.

#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

mod common;

use common::{code_lines, date, date_range, party_names};
use test_support::{input_lines, Spec};
use thoisu_core::AgreementKind;
use thoisu_events::{Coded, Coder};

use thoisu_core::EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const EAST_AFRICA: &Spec = &[
    (LOC, "Kenya", "KEN", &["Kenya"]),
    (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
    (LOC, "Tanzania", "TZA", &["Tanzania"]),
    (LOC, "Uganda", "UGA", &["Uganda"]),
    (LOC, "Nairobi", "KEN", &["Nairobi"]),
    (ORG, "Bộ Ngoại giao Kenya", "KEN", &["Bộ Ngoại giao Kenya"]),
    (
        ORG,
        "Hãng thông tấn Kenya",
        "KEN",
        &["Hãng thông tấn Kenya"],
    ),
    (
        ORG,
        "Bộ Y tế Kenya",
        "KEN",
        &["Bộ Y tế nước Cộng hòa Kenya", "Bộ Y tế Kenya"],
    ),
    (
        ORG,
        "Bộ Y tế Ethiopia",
        "ETH",
        &["Bộ Y tế Cộng hòa Ethiopia", "Bộ Y tế Ethiopia"],
    ),
    (PER, "Musalia Mudavadi", "KEN", &["Musalia Mudavadi"]),
    (PER, "Gedion Timothewos", "ETH", &["Gedion Timothewos"]),
];

fn has_parties(coded: &Coded, want: &[&str]) {
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &party_names(coded)[0];
    for w in want {
        assert!(parties.iter().any(|p| p == w), "{w}: {parties:?}");
    }
}

#[test]
fn a_treaty_in_force_between_this_country_and_another_was_signed_by_both() {
    let coded = code_lines(
        "Ngày 2/10, Bộ Ngoại giao Kenya tuyên bố, Hiệp ước hữu nghị toàn diện giữa nước \
         này và Ethiopia bắt đầu có hiệu lực.",
        EAST_AFRICA,
    );
    has_parties(&coded, &["Kenya", "Ethiopia"]);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Treaty);
    let coded = code_lines(
        "Hiệp định thương mại tự do giữa Tanzania và Uganda đã chính thức có hiệu lực.",
        EAST_AFRICA,
    );
    has_parties(&coded, &["Tanzania", "Uganda"]);
}

#[test]
fn a_document_to_come_into_force_or_in_force_long_ago_is_no_signing() {
    for text in [
        "Hiệp định thương mại tự do giữa Tanzania và Uganda sẽ có hiệu lực từ tháng sau.",
        "Khi Hiệp định giữa Kenya và Ethiopia có hiệu lực, hai nước sẽ mở thêm cửa khẩu.",
        "Hiệp định giữa Kenya và Ethiopia vẫn chưa có hiệu lực.",
        "Hiệp định giữa Kenya và Ethiopia có hiệu lực từ năm 2016.",
        "Hiệp định giữa Kenya và Ethiopia có hiệu lực cách đây 5 năm.",
        "Sau 5 năm Hiệp định giữa Kenya và Ethiopia có hiệu lực, thương mại tăng gấp đôi.",
    ] {
        let coded = code_lines(text, EAST_AFRICA);
        assert!(
            coded.agreements.is_empty(),
            "{text}: {:?}",
            coded.agreements
        );
    }
}

#[test]
fn a_document_negotiated_and_signed_by_two_named_sides_is_theirs() {
    let coded = code_lines(
        "Ông Musalia Mudavadi cho biết, thỏa thuận khung hợp tác hàng hải do Kenya và \
         Tanzania đàm phán và ký kết nhằm bảo vệ tuyến hàng hải chung.",
        EAST_AFRICA,
    );
    has_parties(&coded, &["Kenya", "Tanzania"]);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Agreement);
    let coded = code_lines(
        "Ông Musalia Mudavadi cho biết, thỏa thuận hàng hải do Kenya và Tanzania sẽ ký \
         kết vào tháng tới rất quan trọng.",
        EAST_AFRICA,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_joint_statement_of_two_countries_is_theirs_not_the_announcers() {
    let coded = code_lines(
        "Hãng thông tấn Kenya đã đồng thời công bố tuyên bố chung của Kenya và Ethiopia, \
         trong đó hai nước nhất trí nối lại quan hệ.",
        EAST_AFRICA,
    );
    assert_eq!(party_names(&coded), vec![vec!["Kenya", "Ethiopia"]]);
    assert_eq!(coded.agreements[0].kind, AgreementKind::JointStatement);
}

#[test]
fn a_bare_retelling_by_the_signers_is_the_document_told_before() {
    let coded = code_lines(
        "Kenya cho biết đã ký một hiệp ước an ninh với Ethiopia.\n\
         Thỏa thuận khung đã được ký kết bởi Bộ trưởng Ngoại giao Kenya Musalia Mudavadi và \
         Bộ trưởng Ngoại giao Ethiopia Gedion Timothewos.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &party_names(&coded)[0];
    for side in [
        ["Kenya", "Musalia Mudavadi"],
        ["Ethiopia", "Gedion Timothewos"],
    ] {
        assert!(
            side.iter().any(|w| parties.iter().any(|p| p == w)),
            "{side:?}: {parties:?}"
        );
    }
}

#[test]
fn one_memorandum_told_again_with_its_bodies_written_shorter_is_one() {
    let coded = code_lines(
        "Chiều 8/10, lễ ký kết Bản ghi nhớ hợp tác giữa Bộ Y tế nước Cộng hòa Kenya và Bộ \
         Y tế Cộng hòa Ethiopia đã diễn ra tại Nairobi.\n\
         Hai bên cũng trao đổi về đào tạo bác sĩ.\n\
         Hai bên nhất trí tăng cường trao đổi chuyên gia.\n\
         Bộ trưởng nhấn mạnh, việc ký kết Bản ghi nhớ hợp tác giữa Bộ Y tế Kenya và Bộ Y tế \
         Ethiopia là một dấu mốc quan trọng.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert!(
        !party_names(&coded)[0].iter().any(|p| p.contains("dấu mốc")),
        "{:?}",
        coded.agreements
    );
}

#[test]
fn a_second_signing_pair_after_trong_khi_signed_its_own_document() {
    let coded = code_lines(
        "Kenya và Ethiopia đã ký Hiệp định vận tải đường bộ, trong khi Tanzania và Uganda \
         ký hiệp định thương mại tự do.",
        EAST_AFRICA,
    );
    assert_eq!(
        party_names(&coded),
        vec![vec!["Kenya", "Ethiopia"], vec!["Tanzania", "Uganda"]]
    );
}

#[test]
fn a_convention_opened_for_signature_is_no_document_of_the_guests() {
    let coded = code_lines(
        "Tiếp Bộ trưởng Ngoại giao Ethiopia Gedion Timothewos, Bộ trưởng Musalia Mudavadi \
         cảm ơn ngài Bộ trưởng đã tham dự Lễ mở ký Công ước Nairobi về phòng, chống tội phạm.",
        EAST_AFRICA,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn one_title_signed_by_two_pairs_is_two_documents_when_a_bloc_is_the_third_side() {
    let spec: &Spec = &[
        (LOC, "Kenya", "KEN", &["Kenya"]),
        (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
        (
            ORG,
            "Liên minh châu Phi",
            "igo.au",
            &["Liên minh châu Phi", "AU"],
        ),
    ];
    let coded = code_lines(
        "Kenya và Ethiopia đã ký kết hiệp định thương mại tự do toàn diện hôm 20/7.\n\
         Ethiopia và Liên minh châu Phi (AU) cũng đã ký kết hiệp định thương mại tự do \
         toàn diện hôm 23/7.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    assert!(
        party_names(&coded)
            .iter()
            .any(|p| p.iter().any(|n| n == "Liên minh châu Phi")),
        "{:?}",
        coded.agreements
    );
}

#[test]
fn a_deal_cited_as_signed_by_the_two_leaders_is_the_treaty_told_before() {
    let coded = code_lines(
        "Hiệp ước đối tác chiến lược giữa Kenya và Ethiopia đã được ký tại Nairobi ngày 19/6.\n\
         Hai nước đã trao đổi văn kiện phê chuẩn.\n\
         Hạ viện Kenya đã thông qua văn bản này.\n\
         Theo thỏa thuận do ông Musalia Mudavadi và Gedion Timothewos ký kết, hai nước sẽ \
         hỗ trợ lẫn nhau.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Treaty);
}

#[test]
fn who_looked_on_is_no_party_when_two_companies_signed() {
    let spec: &Spec = &[
        (LOC, "Kenya", "KEN", &["Kenya"]),
        (LOC, "Ethiopia", "ETH", &["Ethiopia"]),
        (PER, "William Ruto", "KEN", &["William Ruto"]),
        (PER, "Abiy Ahmed", "ETH", &["Abiy Ahmed"]),
        (ORG, "Safaricom", "KEN#BUS", &["Tập đoàn Safaricom"]),
        (
            ORG,
            "Ngân hàng Thương mại Ethiopia",
            "ETH#BUS",
            &["Ngân hàng Thương mại Ethiopia"],
        ),
    ];
    let coded = code_lines(
        "Dưới sự chứng kiến của Tổng thống Kenya William Ruto và Thủ tướng Ethiopia Abiy \
         Ahmed, Tập đoàn Safaricom và Ngân hàng Thương mại Ethiopia đã ký thỏa thuận hợp \
         tác thanh toán di động.",
        spec,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &party_names(&coded)[0];
    for w in ["William Ruto", "Abiy Ahmed"] {
        assert!(!parties.iter().any(|p| p == w), "{w}: {parties:?}");
    }
    assert!(
        parties.iter().any(|p| p.contains("Safaricom")),
        "{parties:?}"
    );
}

#[test]
fn a_decree_or_ratification_signed_about_a_document_signs_no_document() {
    for text in [
        "Tổng thống Kenya đã ký sắc lệnh rút khỏi Hiệp định thương mại tự do với Ethiopia.",
        "Tổng thống Kenya đã ký phê chuẩn Hiệp định hợp tác quốc phòng với Ethiopia.",
    ] {
        let coded = code_lines(text, EAST_AFRICA);
        assert!(
            coded.agreements.is_empty(),
            "{text}: {:?}",
            coded.agreements
        );
    }
}

#[test]
fn a_signing_dated_years_before_the_news_is_remembered_not_signed() {
    let text = "Ngày 5/3, Tổng thống Kenya tiếp Thủ tướng Ethiopia tại Nairobi.\n\
                Năm 1964, hai nước đã ký Hiệp ước hữu nghị và hợp tác.";
    let (text, sents, ents) = input_lines(text, EAST_AFRICA);
    let dates = [
        date(&text, &sents, "Ngày 5/3", "2025-03-05"),
        date_range(&text, &sents, "Năm 1964", "1964-01-01", "1964-12-31"),
    ];
    let coded = Coder::embedded().code(&text, &sents, &ents, &dates);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
    // The same signing told with this year's day is news.
    let text = "Ngày 5/3, Tổng thống Kenya tiếp Thủ tướng Ethiopia tại Nairobi.\n\
                Chiều 5/3, hai nước đã ký Hiệp ước hữu nghị và hợp tác.";
    let (text, sents, ents) = input_lines(text, EAST_AFRICA);
    let dates = [
        date(&text, &sents, "Ngày 5/3", "2025-03-05"),
        date(&text, &sents, "Chiều 5/3", "2025-03-05"),
    ];
    let coded = Coder::embedded().code(&text, &sents, &ents, &dates);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}
