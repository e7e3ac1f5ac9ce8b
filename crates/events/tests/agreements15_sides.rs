//! Who signed, and how many documents: one side signing with each of
//! several lenders ("giữa A với B và C"), a person signing between two
//! countries for his own, a title naming its two countries ("thỏa thuận
//! ngừng bắn A - B") before observers named in its sentence, a plan to
//! reach a document ("kế hoạch thúc đẩy thỏa thuận …"), papers handed over
//! told before their hand-over ("Các văn kiện … được trao gồm:"), a joint
//! statement issued ("Hai bên ban hành một tuyên bố chung"), and a dated
//! signing of documents counted, none named ("nhiều thỏa thuận hợp tác").
//! Sentences are written for these tests (no article text); entities are
//! given by hand as a recogniser would.

#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

mod common;

use common::{code_lines, date, party_names};
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
    (ORG, "Bộ Tài chính Kenya", "KEN", &["Bộ Tài chính Kenya"]),
    (ORG, "Quỹ Kuwait", "KWT", &["Quỹ Kuwait"]),
    (
        ORG,
        "Ngân hàng Đầu tư châu Âu",
        "igo.eib",
        &["Ngân hàng Đầu tư châu Âu"],
    ),
    (ORG, "Liên minh châu Phi", "igo.au", &["Liên minh châu Phi"]),
    (ORG, "Bộ Y tế Kenya", "KEN", &["Bộ Y tế Kenya"]),
    (ORG, "Bộ Y tế Ethiopia", "ETH", &["Bộ Y tế Ethiopia"]),
    (ORG, "Bộ Giao thông Kenya", "KEN", &["Bộ Giao thông Kenya"]),
    (
        ORG,
        "Cơ quan Phát triển Ethiopia",
        "ETH",
        &["Cơ quan Phát triển Ethiopia"],
    ),
    (PER, "Musalia Mudavadi", "KEN", &["Musalia Mudavadi"]),
    (PER, "Gedion Timothewos", "ETH", &["Gedion Timothewos"]),
    (PER, "Aden Duale", "KEN", &["Aden Duale"]),
    (PER, "Jacob Oboth", "UGA", &["Jacob Oboth"]),
    (PER, "Stergomena Tax", "TZA", &["Stergomena Tax"]),
];

fn names(coded: &Coded) -> Vec<Vec<String>> {
    party_names(coded)
}

#[test]
fn one_side_signing_with_each_of_several_lenders_signs_one_document_each() {
    let coded = code_lines(
        "Bộ trưởng Tài chính Kenya đã ký các hiệp định vay giữa Kenya với Quỹ Kuwait và Ngân hàng Đầu tư châu Âu cho các dự án thủy lợi.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    let parties = names(&coded);
    assert_eq!(parties[0][..2], ["Kenya", "Quỹ Kuwait"]);
    assert_eq!(parties[1][..2], ["Kenya", "Ngân hàng Đầu tư châu Âu"]);
    // One lender, one document; its purpose is no part of its name.
    let coded = code_lines(
        "Bộ trưởng Tài chính Kenya đã ký hiệp định vay giữa Kenya với Quỹ Kuwait cho dự án thủy lợi.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(names(&coded)[0][..2], ["Kenya", "Quỹ Kuwait"]);
}

#[test]
fn a_person_signing_between_two_countries_brings_his_country() {
    let coded = code_lines(
        "Ngoại trưởng Kenya Musalia Mudavadi và Ngoại trưởng Ethiopia Gedion Timothewos đã ký Hiệp định miễn thị thực.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    for want in ["Musalia Mudavadi", "Gedion Timothewos", "Kenya", "Ethiopia"] {
        assert!(parties.iter().any(|p| p == want), "{want}: {parties:?}");
    }
}

#[test]
fn a_title_naming_two_countries_names_its_sides_not_the_observers() {
    let coded = code_lines(
        "Sáng 3/2, Bộ trưởng Quốc phòng Kenya Aden Duale và người đồng cấp Uganda Jacob Oboth đã ký kết thỏa thuận ngừng bắn tại cửa khẩu biên giới.\n\
         Đoàn quan sát của Liên minh châu Phi do tướng Tanzania Stergomena Tax dẫn đầu cũng có mặt tại lễ ký kết thỏa thuận ngừng bắn Kenya - Uganda.",
        EAST_AFRICA,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    assert!(parties.iter().any(|p| p == "Kenya"), "{parties:?}");
    assert!(parties.iter().any(|p| p == "Uganda"), "{parties:?}");
    assert!(
        !parties
            .iter()
            .any(|p| p == "Liên minh châu Phi" || p == "Stergomena Tax" || p == "Tanzania"),
        "{parties:?}"
    );
}

#[test]
fn a_plan_to_reach_a_document_is_no_plan_signed() {
    let coded = code_lines(
        "Kenya và Ethiopia đã ký thỏa thuận hợp tác quốc phòng, trong khi Kenya có kế hoạch thúc đẩy thỏa thuận tương tự với Tanzania.",
        EAST_AFRICA,
    );
    assert!(
        coded
            .agreements
            .iter()
            .all(|a| a.kind != AgreementKind::Plan),
        "{:?}",
        coded.agreements
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
}

#[test]
fn papers_told_before_their_hand_over_list_the_documents_after_them() {
    let text = "Thủ tướng Kenya đang có chuyến thăm chính thức Ethiopia.\n\
                Đây là chuyến thăm đầu tiên sau nhiều năm.\n\
                Các văn kiện hợp tác được trao trước sự chứng kiến của hai Thủ tướng gồm:\n\
                1. Bản ghi nhớ giữa Bộ Y tế Kenya và Bộ Y tế Ethiopia về phòng chống dịch bệnh;\n\
                2. Biên bản làm việc giữa Bộ Giao thông Kenya và Cơ quan Phát triển Ethiopia về khảo sát tuyến đường sắt;";
    let coded = code_lines(text, EAST_AFRICA);
    let kinds: Vec<AgreementKind> = coded.agreements.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [AgreementKind::Mou, AgreementKind::Other],
        "{:?}",
        coded.agreements
    );
    // Papers still to be handed over are no signing.
    let coded = code_lines(&text.replace("được trao", "sẽ được trao"), EAST_AFRICA);
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_joint_statement_issued_by_both_sides_is_theirs() {
    let text = "Ngày 5/3, Thủ tướng Kenya hội đàm với Thủ tướng Ethiopia tại Nairobi.\n\
                Hai bên cũng đã ban hành một tuyên bố chung về hợp tác an ninh.";
    let coded = code_lines(text, EAST_AFRICA);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::JointStatement);
    let parties = &names(&coded)[0];
    assert!(parties.iter().any(|p| p == "Kenya"), "{parties:?}");
    assert!(parties.iter().any(|p| p == "Ethiopia"), "{parties:?}");
    // Issuing is for a joint statement only: a plan issued is no signing.
    let coded = code_lines(
        "Ngày 5/3, Bộ Y tế Kenya ban hành Kế hoạch phòng chống dịch bệnh.",
        EAST_AFRICA,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}

#[test]
fn a_dated_signing_of_documents_counted_is_one_document_where_none_is_named() {
    let text = "Tổng thống Kenya và Thủ tướng Ethiopia ngày 5/3 đã chứng kiến hai bên ký kết nhiều thỏa thuận hợp tác.";
    let (text, sents, ents) = input_lines(text, EAST_AFRICA);
    let dates = [date(&text, &sents, "ngày 5/3", "2025-03-05")];
    let coded = Coder::embedded().code(&text, &sents, &ents, &dates);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    assert!(parties.iter().any(|p| p == "Kenya"), "{parties:?}");
    assert!(parties.iter().any(|p| p == "Ethiopia"), "{parties:?}");
    // Undated, the documents counted are background.
    let coded = code_lines(
        "Hai nước đã ký kết nhiều thỏa thuận hợp tác giữa Kenya và Ethiopia.",
        EAST_AFRICA,
    );
    assert!(
        coded
            .agreements
            .iter()
            .all(|a| !a.title.starts_with("nhiều")),
        "{:?}",
        coded.agreements
    );
    // Where the article names its documents, the count stands for them.
    let text = "Tổng thống Kenya và Thủ tướng Ethiopia ngày 5/3 đã chứng kiến hai bên ký kết nhiều thỏa thuận hợp tác.\n\
                Bộ Y tế Kenya và Bộ Y tế Ethiopia đã ký Bản ghi nhớ về phòng chống dịch bệnh.";
    let (text, sents, ents) = input_lines(text, EAST_AFRICA);
    let dates = [date(&text, &sents, "ngày 5/3", "2025-03-05")];
    let coded = Coder::embedded().code(&text, &sents, &ents, &dates);
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    assert_eq!(coded.agreements[0].kind, AgreementKind::Mou);
}

const PROVINCES: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
    (LOC, "Gunma", "JPN", &["Gunma"]),
    (LOC, "Bắc Ninh", "VNM", &["Bắc Ninh"]),
];

#[test]
fn a_province_named_as_such_signs_with_a_province() {
    let coded = code_lines(
        "Ngày 5/3, tỉnh Gunma đã ký kết Bản ghi nhớ hợp tác với tỉnh Bắc Ninh.",
        PROVINCES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    assert!(parties.iter().any(|p| p == "Gunma"), "{parties:?}");
    assert!(parties.iter().any(|p| p == "Bắc Ninh"), "{parties:?}");
    // Where it was signed is no side.
    let coded = code_lines(
        "Ngày 5/3, tại tỉnh Bắc Ninh, Nhật Bản đã ký kết Bản ghi nhớ hợp tác với Việt Nam.",
        PROVINCES,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    assert!(!parties.iter().any(|p| p == "Bắc Ninh"), "{parties:?}");
}

const TWIN_TOWNS: &Spec = &[
    (ORG, "UBND tỉnh Bắc Ninh", "VNM", &["UBND tỉnh Bắc Ninh"]),
    // The recogniser ran the council's name on into its chairman's.
    (
        ORG,
        "Hội đồng thành phố Plovdiv Ivan Petrov",
        "BGR",
        &[
            "Hội đồng thành phố Plovdiv Ivan Petrov",
            "Hội đồng thành phố Plovdiv",
        ],
    ),
];

#[test]
fn a_body_after_with_is_a_party_and_a_retelling_by_kind_and_day_is_one_document() {
    let coded = code_lines(
        "UBND tỉnh Bắc Ninh đã ký kết Biên bản ghi nhớ về hợp tác hữu nghị với Hội đồng thành phố Plovdiv.\n\
         Phó Chủ tịch UBND tỉnh Bắc Ninh và Chủ tịch Hội đồng thành phố Plovdiv Ivan Petrov ký kết Bản ghi nhớ ngày 27/11/2025.",
        TWIN_TOWNS,
    );
    assert_eq!(coded.agreements.len(), 1, "{:?}", coded.agreements);
    let parties = &names(&coded)[0];
    assert!(
        parties
            .iter()
            .any(|p| p.starts_with("Hội đồng thành phố Plovdiv")),
        "{parties:?}"
    );
}

const LENDERS: &Spec = &[
    (LOC, "Philippines", "PHL", &["Philippines"]),
    (ORG, "Ngân hàng Thế giới", "igo.wb", &["Ngân hàng Thế giới"]),
    (
        ORG,
        "Ngân hàng Phát triển châu Á",
        "igo.adb",
        &["Ngân hàng Phát triển châu Á"],
    ),
    (
        ORG,
        "Chính phủ Philippines",
        "PHL",
        &["Chính phủ Philippines"],
    ),
    (ORG, "Tập đoàn Sunpower", "USA#BUS", &["Tập đoàn Sunpower"]),
    // Known by its short name only.
    (ORG, "Excelsior", "USA#BUS", &["Excelsior"]),
];

#[test]
fn several_signers_of_documents_counted_with_one_partner_sign_one_each() {
    let coded = code_lines(
        "Ngân hàng Thế giới và Ngân hàng Phát triển châu Á đã ký các hiệp định tài trợ với Chính phủ Philippines cho dự án đường sắt.",
        LENDERS,
    );
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    let parties = names(&coded);
    assert_eq!(
        parties[0][..2],
        ["Ngân hàng Thế giới", "Chính phủ Philippines"]
    );
    assert_eq!(
        parties[1][..2],
        ["Ngân hàng Phát triển châu Á", "Chính phủ Philippines"]
    );
    // A name the recogniser cut short is named as written.
    let coded = code_lines(
        "Tập đoàn Sunpower và Excelsior Power Systems đã ký các hợp đồng với Chính phủ Philippines.",
        LENDERS,
    );
    assert_eq!(coded.agreements.len(), 2, "{:?}", coded.agreements);
    assert_eq!(names(&coded)[1][0], "Excelsior Power Systems");
    // One signer, documents counted and not named: no record.
    let coded = code_lines(
        "Tập đoàn Sunpower đã ký các hợp đồng với Chính phủ Philippines.",
        LENDERS,
    );
    assert!(coded.agreements.is_empty(), "{:?}", coded.agreements);
}
