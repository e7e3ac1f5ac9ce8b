//! Session ev19: precision on the bench corpus. Signings told with a year
//! long before the news are history; a contract in a crime told by a court
//! is no signing; a pledge after praise ("A đánh giá cao …; khẳng định B sẽ
//! … hỗ trợ") is the pledger's.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::countries::{CHN, VNM};
use common::{coded, ev, Row};
use thoisu_core::EntityKind;

use EntityKind::Location as LOC;
use EntityKind::Person as PER;

const LAO: Row = (LOC, "Lào", "LAO", &["Lào"]);
const TDQ: Row = (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]);
const UONG: Row = (PER, "Uông Dương", "CHN", &["Uông Dương"]);

#[test]
fn a_pledge_after_praise_is_the_pledgers() {
    let got = coded(
        "Chủ tịch nước Trần Đại Quang phát biểu tại tọa đàm Phát biểu khai mạc, Phó Thủ tướng Trung Quốc Uông Dương đánh giá cao tiềm năng và kết quả hợp tác kinh tế, thương mại giữa hai nước thời gian qua; khẳng định Trung Quốc sẽ tiếp tục khuyến khích các doanh nghiệp mở rộng đầu tư tại Việt Nam và hỗ trợ mạnh mẽ để doanh nghiệp Việt Nam đầu tư sang thị trường Trung Quốc.",
        &[VNM, CHN, UONG, TDQ],
    );
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("03") && s == "VNM"),
        "{got:?}"
    );
}

/// The events of a text whose dates are given as (form, value).
fn coded_dated(
    text: &str,
    spec: &test_support::Spec,
    days: &[(&str, &str)],
) -> Vec<(String, String, String)> {
    let (text, sents, ents) = test_support::input(text, spec);
    let dates: Vec<_> = days
        .iter()
        .map(|(form, value)| common::date(&text, &sents, form, value))
        .collect();
    test_support::by_country(
        &thoisu_events::Coder::embedded()
            .code(&text, &sents, &ents, &dates)
            .events,
    )
}

const TREATY_1977: &str = "Ngày 3/7, Chủ tịch Quốc hội Lào tới Hà Nội. Ngày 18/7/1977, Việt Nam và Lào đã ký Hiệp ước Hữu nghị và Hợp tác, khẳng định tình đoàn kết đặc biệt.";

#[test]
fn a_signing_in_a_year_long_before_the_news_is_history() {
    let got = coded_dated(
        TREATY_1977,
        &[VNM, LAO],
        &[("Ngày 3/7", "2017-07-03"), ("Ngày 18/7/1977", "1977-07-18")],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_signing_dated_this_year_is_news() {
    let text = "Ngày 3/7, Chủ tịch Quốc hội Lào tới Hà Nội. Ngày 4/7/2017, Việt Nam và Lào đã ký Hiệp định hợp tác giáo dục.";
    let got = coded_dated(
        text,
        &[VNM, LAO],
        &[("Ngày 3/7", "2017-07-03"), ("Ngày 4/7/2017", "2017-07-04")],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

const THANH_DO: Row = (
    EntityKind::Organisation,
    "Công ty TNHH Thép Thành Đô",
    "CHN#BUS",
    &["Công ty TNHH Thép Thành Đô"],
);
const HIEN: Row = (PER, "Lê Quý Hiển", "VNM", &["Lê Quý Hiển"]);

#[test]
fn a_contract_in_a_crime_is_no_signing() {
    let got = coded(
        "Cáo trạng nêu rõ: Lê Quý Hiển đã câu kết với Nguyễn Tô Hiệu dùng thủ đoạn gian dối sử dụng chứng thư bảo lãnh thanh toán cho Công ty cổ phần Nhật Nam ký hợp đồng mua bán thép với Công ty TNHH Thép Thành Đô, để chiếm đoạt hơn 15 tỷ đồng.",
        &[HIEN, THANH_DO],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_contract_signed_with_a_foreign_company_is_still_one() {
    let got = coded(
        "Lê Quý Hiển đã ký hợp đồng mua bán thép với Công ty TNHH Thép Thành Đô.",
        &[HIEN, THANH_DO],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

#[test]
fn a_country_after_a_verb_of_saying_still_needs_its_clause() {
    // The person opening the clause is still the doer.
    let got = coded(
        "Phó Thủ tướng Trung Quốc Uông Dương khẳng định sẽ hỗ trợ Việt Nam phát triển hạ tầng.",
        &[VNM, CHN, UONG],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("03") && s == "CHN" && t == "VNM"),
        "{got:?}"
    );
}

#[test]
fn thanks_for_help_given_is_praise_not_aid() {
    // Real sentence (dev set): Laos thanks Vietnam for help in its ASEAN year.
    let got = coded(
        "Đồng chí Thongloun Sisoulith bày tỏ cảm ơn Việt Nam đã hỗ trợ Lào hoàn thành tốt vai trò Chủ tịch ASEAN năm 2024.",
        &[VNM, LAO],
    );
    assert!(got.contains(&ev("051", "LAO", "VNM")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
    // Remembering the help given: praise too.
    let got = coded(
        "Quốc vương khẳng định Campuchia luôn ghi nhớ sự giúp đỡ của Việt Nam, mong muốn quan hệ hai nước ngày càng phát triển.",
        &[VNM, (LOC, "Campuchia", "KHM", &["Campuchia"])],
    );
    assert!(got.contains(&ev("051", "KHM", "VNM")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn aid_received_now_is_still_aid() {
    let got = coded(
        "Bộ Y tế Lào tiếp nhận lô hàng viện trợ khẩn cấp của Việt Nam.",
        &[VNM, LAO],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "VNM" && t == "LAO"),
        "{got:?}"
    );
}

#[test]
fn a_country_said_in_an_earlier_clause_is_no_doer_of_a_request() {
    let got = coded(
        "Chủ tịch nước Trần Đại Quang khẳng định Việt Nam coi trọng quan hệ hợp tác toàn diện với Chile, đề nghị hai nước tiếp tục tạo thuận lợi cho doanh nghiệp hai bên tiếp cận thị trường, thiết lập quan hệ hợp tác và hỗ trợ nhau thâm nhập thị trường Đông Nam Á và Mỹ Latinh.",
        &[VNM, TDQ, (LOC, "Chile", "CHL", &["Chile"])],
    );
    assert!(
        !got.iter()
            .any(|(c, _, _)| c.starts_with("03") || c.starts_with("07")),
        "{got:?}"
    );
}

const USA: Row = (LOC, "Mỹ", "USA", &["Mỹ"]);
const RUS: Row = (LOC, "Nga", "RUS", &["Nga"]);

#[test]
fn heavyweight_is_no_signing() {
    let got = coded(
        "Nga và Mỹ là hai đối thủ nặng ký trong cuộc đua vũ trang.",
        &[RUS, USA],
    );
    assert!(!got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
    // A signing after the word is still one.
    let got = coded(
        "Nga và Mỹ, hai đối thủ nặng ký, đã ký thỏa thuận cắt giảm vũ khí.",
        &[RUS, USA],
    );
    assert!(got.iter().any(|(c, _, _)| c == "057"), "{got:?}");
}

const PHL: Row = (LOC, "Philippines", "PHL", &["Philippines"]);

#[test]
fn aid_only_considered_is_not_given() {
    let got = coded(
        "Đại sứ Philippines tại Nga cho biết Nga đang cân nhắc cung cấp vũ khí và chia sẻ thông tin tình báo cho Philippines.",
        &[RUS, PHL],
    );
    assert!(
        !got.iter()
            .any(|(c, _, _)| c.starts_with("06") || c.starts_with("07")),
        "{got:?}"
    );
    // Given: coded.
    let got = coded("Nga cung cấp vũ khí cho Philippines.", &[RUS, PHL]);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}
