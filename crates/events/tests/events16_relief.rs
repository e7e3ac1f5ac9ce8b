//! Session ev16: relief after a disaster abroad. Rescue teams sent are
//! relief (073); aid told with a giver and no recipient goes to the country
//! the article's lead says a disaster struck (`disasters.tsv`); givers
//! listed "A, B và C" give together, not to each other; a country opening
//! the sentence gives the aid its later clause tells; where aid is sent
//! ("sang Myanmar hỗ trợ") is no giver; and one country's aid to another,
//! told in general and in kind, is one event.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use common::countries::{CHN, KOR, RUS, USA, VNM};
use common::Row;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG};

const MMR: Row = (LOC, "Myanmar", "MMR", &["Myanmar"]);
const YANGON: Row = (LOC, "Yangon", "MMR", &["Yangon"]);
const YUNNAN: Row = (LOC, "Vân Nam", "CHN", &["Vân Nam"]);
const BEIJING: Row = (LOC, "Bắc Kinh", "CHN", &["Bắc Kinh"]);
const IND: Row = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const MYS: Row = (LOC, "Malaysia", "MYS", &["Malaysia"]);
const SGP: Row = (LOC, "Singapore", "SGP", &["Singapore"]);
const SYR: Row = (LOC, "Syria", "SYR", &["Syria"]);
const TUR: Row = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"]);

const MYANMAR_LEAD: &str = "Chính quyền quân sự Myanmar cho biết số người thiệt mạng do trận động đất mạnh 7,7 độ đã lên tới 1.644 người. ";

fn aid(got: &[(String, String, String)], source: &str, target: &str) -> bool {
    got.iter()
        .any(|(c, s, t)| c.starts_with("07") && s == source && t == target)
}

#[test]
fn a_rescue_team_from_a_province_abroad_is_relief_from_its_country() {
    let got = coded(
        "Đội cứu hộ 37 người từ tỉnh Vân Nam đã tới Yangon từ sáng 29-3, sau đó di chuyển tới Mandalay.",
        &[YUNNAN, YANGON],
    );
    assert!(aid(&got, "CHN", "MMR"), "{got:?}");
    // The rescue team of a country at home is no relief between two.
    let got = coded(
        "Đội cứu hộ của Myanmar đã tới Yangon từ sáng 29-3.",
        &[MMR, YANGON],
    );
    assert!(got.iter().all(|(c, ..)| !c.starts_with("07")), "{got:?}");
}

#[test]
fn aid_without_a_recipient_goes_where_the_lead_says_a_disaster_struck() {
    let text = format!(
        "{MYANMAR_LEAD}Bắc Kinh cũng tuyên bố viện trợ khẩn cấp 100 triệu nhân dân tệ, bao gồm lều bạt, chăn màn và thiết bị y tế."
    );
    let got = coded(&text, &[MMR, BEIJING]);
    assert!(aid(&got, "CHN", "MMR"), "{got:?}");
    // With no disaster in the lead, aid without a recipient names none.
    let got = coded(
        "Thủ tướng Myanmar tiếp các nhà đầu tư nước ngoài tại Naypyidaw. Bắc Kinh cũng tuyên bố viện trợ 100 triệu nhân dân tệ.",
        &[MMR, BEIJING],
    );
    assert!(!aid(&got, "CHN", "MMR"), "{got:?}");
    // The struck country's own aid is no aid to itself, nor to anyone.
    let text =
        format!("{MYANMAR_LEAD}Myanmar đã hỗ trợ khẩn cấp 1 triệu USD cho các vùng bị ảnh hưởng.");
    let got = coded(&text, &[MMR]);
    assert!(got.iter().all(|(c, ..)| !c.starts_with("07")), "{got:?}");
}

#[test]
fn givers_listed_with_and_give_together_to_the_struck_country() {
    let text = format!(
        "{MYANMAR_LEAD}Malaysia, Singapore và Hàn Quốc cũng đã gửi đội tìm kiếm cứu nạn và hàng viện trợ."
    );
    let got = coded(&text, &[MMR, MYS, SGP, KOR]);
    for giver in ["MYS", "SGP", "KOR"] {
        assert!(aid(&got, giver, "MMR"), "{giver}: {got:?}");
    }
    assert!(!aid(&got, "MYS", "KOR"), "{got:?}");
    assert!(!aid(&got, "MYS", "SGP"), "{got:?}");
}

#[test]
fn a_country_opening_the_sentence_gives_the_aid_of_its_later_clause() {
    let got = coded(
        "Ấn Độ triển khai chiến dịch mang tên \"Brahma\", điều máy bay vận tải quân sự chở khoảng 15 tấn hàng cứu trợ tới Yangon cùng ngày.",
        &[IND, YANGON],
    );
    assert!(aid(&got, "IND", "MMR"), "{got:?}");
    // A city opening the sentence is where, and no place gives aid there.
    let got = coded(
        "Tại Yangon, máy bay chở hàng cứu trợ đã hạ cánh.",
        &[YANGON],
    );
    assert!(got.iter().all(|(c, ..)| !c.starts_with("07")), "{got:?}");
}

#[test]
fn where_aid_is_sent_is_no_giver_of_it() {
    let text = format!(
        "{MYANMAR_LEAD}Việt Nam cũng đã quyết định cử lực lượng cứu hộ, cứu nạn của Bộ Công an và Bộ Quốc phòng sang Myanmar hỗ trợ công tác tìm kiếm người mất tích."
    );
    let got = coded(&text, &[MMR, VNM]);
    assert!(aid(&got, "VNM", "MMR"), "{got:?}");
    assert!(!aid(&got, "MMR", "VNM"), "{got:?}");
}

#[test]
fn aid_told_where_it_is_given_goes_there_before_the_struck_country() {
    let text = "Số người thiệt mạng trong trận động đất tại Thổ Nhĩ Kỳ và Syria đã vượt quá 11.000 người. Nga đã điều hơn 300 quân nhân đang đóng tại Syria tham gia dỡ bỏ đổ nát, đồng thời đưa các đội cứu hộ sang.";
    let got = coded(text, &[TUR, SYR, RUS]);
    assert!(aid(&got, "RUS", "SYR"), "{got:?}");
    assert!(!aid(&got, "RUS", "TUR"), "{got:?}");
}

#[test]
fn aid_told_in_general_and_in_kind_is_one_event() {
    let text = format!(
        "{MYANMAR_LEAD}Trung Quốc đã gửi đội cứu hộ tới Myanmar. Bắc Kinh cũng tuyên bố viện trợ khẩn cấp cho Myanmar 100 triệu nhân dân tệ."
    );
    let got = coded(&text, &[MMR, CHN, BEIJING]);
    let n = got
        .iter()
        .filter(|(c, s, t)| c.starts_with("07") && s == "CHN" && t == "MMR")
        .count();
    assert_eq!(n, 1, "{got:?}");
    // Aid to two countries stays two events.
    let got = coded(
        "Mỹ viện trợ 10 triệu USD cho Myanmar. Mỹ cũng viện trợ 5 triệu USD cho Việt Nam.",
        &[MMR, VNM, USA],
    );
    assert!(
        aid(&got, "USA", "MMR") && aid(&got, "USA", "VNM"),
        "{got:?}"
    );
}

#[test]
fn an_embassy_announcing_aid_gives_it_for_its_country() {
    let text = format!(
        "{MYANMAR_LEAD}Đại sứ quán Mỹ tại Myanmar thông báo khoản hỗ trợ ban đầu 2 triệu USD thông qua các tổ chức nhân đạo."
    );
    let embassy: Row = (
        ORG,
        "Đại sứ quán Mỹ tại Myanmar",
        "USA",
        &["Đại sứ quán Mỹ tại Myanmar"],
    );
    let got = coded(&text, &[embassy, MMR]);
    assert!(aid(&got, "USA", "MMR"), "{got:?}");
}

#[test]
fn help_in_intercepting_missiles_is_aid_and_stopping_aid_is_not() {
    let israel: Row = (LOC, "Israel", "ISR", &["Israel"]);
    let gbr: Row = (LOC, "Anh", "GBR", &["Anh"]);
    let got = coded(
        "Israel cho biết khoảng 99% số UAV và tên lửa đã bị đánh chặn với sự hỗ trợ của Mỹ, Anh và Pháp.",
        &[israel, USA, gbr, (LOC, "Pháp", "FRA", &["Pháp"])],
    );
    for giver in ["USA", "GBR", "FRA"] {
        assert!(aid(&got, giver, "ISR"), "{giver}: {got:?}");
    }
    // Aid stopped is still no aid.
    let got = coded(
        "Israel đã chặn đoàn xe chở hàng viện trợ của Mỹ.",
        &[israel, USA],
    );
    assert!(got.iter().all(|(c, ..)| !c.starts_with("07")), "{got:?}");
}

#[test]
fn experts_sent_to_a_rescue_abroad_are_aid_from_each_sender() {
    let thailand: Row = (LOC, "Thái Lan", "THA", &["Thái Lan"]);
    let chiang_rai: Row = (LOC, "Chiang Rai", "THA", &["Chiang Rai"]);
    let japan: Row = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
    let laos: Row = (LOC, "Lào", "LAO", &["Lào"]);
    let text = "Sau 18 ngày mắc kẹt, 12 cầu thủ nhí đã được đưa ra khỏi hang Tham Luang ở tỉnh Chiang Rai, miền bắc Thái Lan. Trung Quốc, Nhật Bản, Myanmar, Lào cũng cử chuyên gia và thiết bị bơm nước tới hiện trường. Mỹ cử khoảng 30 quân nhân tới hỗ trợ.";
    let got = coded(text, &[thailand, chiang_rai, CHN, japan, MMR, laos, USA]);
    for giver in ["CHN", "JPN", "MMR", "LAO", "USA"] {
        assert!(aid(&got, giver, "THA"), "{giver}: {got:?}");
    }
    // Experts sent with no one to receive them and no disaster told name no
    // recipient.
    let got = coded(
        "Trung Quốc cũng cử chuyên gia tới hiện trường.",
        &[CHN, thailand],
    );
    assert!(got.is_empty(), "{got:?}");
}
