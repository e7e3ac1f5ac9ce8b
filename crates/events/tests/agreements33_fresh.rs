//! Signings read on the freshest development sets (world news, Vietnam's
//! high-level diplomacy) (issue 4, session 20, ag33): a joint statement
//! told in the lead and again in the body, a joint statement reported for
//! what it says, and a go-between named after the parties. Sentences are
//! written for the tests; each rule has a sentence it must not fire on.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, party_names, show};
use test_support::Spec;
use thoisu_normalise::normalise;

use thoisu_core::EntityKind::{Location as LOC, Person as PER};

const SUMMIT: &Spec = &[
    (PER, "Lương Cường", "VNM", &["Chủ tịch nước Lương Cường"]),
    (
        PER,
        "Ferdinand Marcos",
        "PHL",
        &["Tổng thống Philippines Ferdinand Marcos"],
    ),
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Philippines", "PHL", &["Philippines"]),
];

#[test]
fn a_joint_statement_told_in_the_lead_and_the_body_is_one_document() {
    let text = "Chủ tịch nước Lương Cường và Tổng thống Philippines Ferdinand Marcos đã ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện.\n\
                Chiều 12/3, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Philippines Ferdinand Marcos.\n\
                Sau hội đàm, hai nhà lãnh đạo đã ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Philippines lên Đối tác chiến lược toàn diện.";
    let coded = code_lines(text, SUMMIT);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    // Two statements on two subjects stay two.
    let text = "Chủ tịch nước Lương Cường và Tổng thống Philippines Ferdinand Marcos đã ra Tuyên bố chung về việc nâng cấp quan hệ hai nước lên Đối tác chiến lược toàn diện.\n\
                Chiều 12/3, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Philippines Ferdinand Marcos.\n\
                Sau hội đàm, hai nhà lãnh đạo đã ra Tuyên bố chung về hợp tác trên biển giữa Việt Nam và Philippines.";
    let coded = code_lines(text, SUMMIT);
    assert_eq!(coded.agreements.len(), 2, "{}", show(&coded));
}

const LEADERS: &Spec = &[
    (LOC, "Pháp", "FRA", &["Pháp"]),
    (LOC, "Đức", "DEU", &["Đức"]),
    (LOC, "Italy", "ITA", &["Italy"]),
];

#[test]
fn a_joint_statement_holding_that_something_is_so_is_no_document() {
    let text = "Ngày 20/5, lãnh đạo Pháp, Đức và Italy đã ra tuyên bố chung cho rằng \"không thể chấp nhận\" vụ tấn công bằng chất độc.";
    let coded = code_lines(text, LEADERS);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // Signed, it is one.
    let text = "Ngày 20/5, lãnh đạo Pháp, Đức và Italy đã ký tuyên bố chung về hợp tác quốc phòng.";
    let coded = code_lines(text, LEADERS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const CEASEFIRE: &Spec = &[
    (LOC, "Armenia", "ARM", &["Armenia"]),
    (LOC, "Azerbaijan", "AZE", &["Azerbaijan"]),
    (LOC, "Nga", "RUS", &["Nga"]),
];

#[test]
fn a_go_between_named_after_the_parties_is_no_party() {
    let text = "Ngày 10/11, đại diện hai bên đã ký Thỏa thuận ngừng bắn giữa Armenia và Azerbaijan do Nga làm trung gian.";
    let coded = code_lines(text, CEASEFIRE);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    let parties = &party_names(&coded)[0];
    assert!(parties.contains(&normalise("Azerbaijan")), "{parties:?}");
    assert!(
        !parties.iter().any(|p| p.contains("trung gian")),
        "{parties:?}"
    );
    // A "do" with no go-between after it ends nothing.
    let text = "Ngày 10/11, đại diện hai bên đã ký Thỏa thuận hợp tác giữa Đảng Tự do Armenia và Đảng Cộng hòa Azerbaijan.";
    let coded = code_lines(text, CEASEFIRE);
    let names = party_names(&coded);
    assert!(
        names.iter().flatten().any(|p| p.contains("Tự do")),
        "{names:?} {}",
        show(&coded)
    );
}

const VISIT: &Spec = &[
    (
        PER,
        "Phạm Minh Chính",
        "VNM",
        &["Thủ tướng Phạm Minh Chính"],
    ),
    (PER, "Hun Manet", "KHM", &["Thủ tướng Campuchia Hun Manet"]),
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Campuchia", "KHM", &["Campuchia"]),
    (LOC, "Lào", "LAO", &["Lào"]),
];

#[test]
fn both_countries_of_a_listed_item_are_those_of_the_document_listed_with_it() {
    let text = "Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet đã hội đàm tại Hà Nội.\n\
                Thủ tướng Campuchia Hun Manet cho biết Campuchia sẵn sàng phối hợp với Lào trong các dự án thủy điện.\n\
                Sau hội đàm, hai Thủ tướng chứng kiến trao Bản ghi nhớ về hợp tác lao động giữa Bộ Nội vụ Việt Nam và Bộ Lao động Campuchia, và Kế hoạch hành động giai đoạn 2025-2030 giữa Bộ Ngoại giao hai nước.";
    let coded = code_lines(text, VISIT);
    let plan = coded
        .agreements
        .iter()
        .find(|a| a.title.starts_with("Kế hoạch"))
        .unwrap_or_else(|| panic!("{}", show(&coded)));
    let countries: Vec<_> = plan
        .parties
        .iter()
        .filter_map(|p| p.country.as_deref())
        .collect();
    assert!(
        countries.contains(&"VNM") && countries.contains(&"KHM"),
        "{}",
        show(&coded)
    );
    assert!(!countries.contains(&"LAO"), "{}", show(&coded));
    // Alone in its sentence, the plan is still the two sides'.
    let text = "Thủ tướng Phạm Minh Chính và Thủ tướng Campuchia Hun Manet đã hội đàm tại Hà Nội.\n\
                Sau hội đàm, hai Thủ tướng chứng kiến trao Kế hoạch hành động giai đoạn 2025-2030 giữa Bộ Ngoại giao hai nước.";
    let coded = code_lines(text, VISIT);
    let countries: Vec<_> = coded
        .agreements
        .iter()
        .flat_map(|a| a.parties.iter().filter_map(|p| p.country.as_deref()))
        .collect();
    assert!(
        countries.contains(&"VNM") && countries.contains(&"KHM"),
        "{}",
        show(&coded)
    );
}

const SCIENCE: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Chile", "CHL", &["Chile"]),
];

#[test]
fn one_body_with_its_and_named_for_both_sides_is_not_cut() {
    let text = "Chiều 11/11, tại Santiago, Việt Nam và Chile đã ký Bản ghi nhớ hợp tác giữa Bộ Khoa học và Công nghệ hai nước.";
    let coded = code_lines(text, SCIENCE);
    let names = party_names(&coded);
    assert_eq!(names.len(), 1, "{}", show(&coded));
    assert!(
        names[0]
            .iter()
            .all(|p| p.starts_with("Bộ Khoa học và Công nghệ")),
        "{names:?}"
    );
    // Two bodies each with its country are two parties.
    let text = "Chiều 11/11, tại Santiago, hai bên đã ký Bản ghi nhớ hợp tác giữa Bộ Khoa học và Công nghệ Việt Nam và Bộ Khoa học Chile.";
    let coded = code_lines(text, SCIENCE);
    let names = party_names(&coded);
    assert!(
        names.iter().flatten().any(|p| p == "Bộ Khoa học Chile"),
        "{names:?}"
    );
}

const ACCORD: &Spec = &[
    (LOC, "Jordan", "JOR", &["Jordan"]),
    (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
];

#[test]
fn a_title_naming_its_subjects_goes_on_past_its_comma() {
    let text = "Ngày 15/9, hai Ngoại trưởng đã ký Hiệp định Thương mại, Đầu tư và Hợp tác kinh tế giữa Jordan và Ai Cập.";
    let coded = code_lines(text, ACCORD);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert!(
        coded.agreements[0].title.ends_with("giữa Jordan và Ai Cập"),
        "{}",
        show(&coded)
    );
    // A comma before a clause of its own still ends the title.
    let text =
        "Ngày 15/9, Jordan và Ai Cập đã ký Hiệp định Thương mại, sau đó hai bên họp báo chung.";
    let coded = code_lines(text, ACCORD);
    assert!(
        coded
            .agreements
            .iter()
            .all(|a| !a.title.contains("họp báo")),
        "{}",
        show(&coded)
    );
}
