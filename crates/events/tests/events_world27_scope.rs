//! Session 17 (brief evw27): world news without Vietnam. Force halted
//! (`world_cues.tsv` kind `halt`, now for hostile acts too); an appeal to
//! countries at large (`outward`); two names joined as one subject
//! (`cosub`, `cojoin`, `cosubcode`); a hostile act of the one accused
//! right before it (`claim`); an accusation denied (`world_deeds.tsv` kind
//! `denied`); a ceasefire agreed (0871) and a planned meeting called off
//! (125) in `verbs.tsv`. Sentences written after dev set 53 and the bench.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const IND: (EntityKind, &str, &str, &[&str]) = (LOC, "Ấn Độ", "IND", &["Ấn Độ", "New Delhi"]);
const PAK: (EntityKind, &str, &str, &[&str]) = (LOC, "Pakistan", "PAK", &["Pakistan", "Islamabad"]);

#[test]
fn force_halted_is_no_force() {
    let got = coded(
        "Hai bên thống nhất dừng mọi hoạt động nổ súng và tấn công trên bộ, trên không và trên biển từ 17h. Ấn Độ và Pakistan đã đồng ý ngừng bắn.",
        &[IND, PAK],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: force used goes on ("tiếp tục", not a halt word).
    let got = coded(
        "Ấn Độ tiếp tục nổ súng và tấn công các vị trí của Pakistan.",
        &[IND, PAK],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: "không ngừng" is no halt.
    let got = coded("Ấn Độ không ngừng tấn công Pakistan.", &[IND, PAK]);
    assert!(got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
}

#[test]
fn a_ceasefire_agreed_is_declared() {
    let got = coded(
        "Ấn Độ và Pakistan nhất trí ngừng bắn toàn diện từ chiều nay.",
        &[IND, PAK],
    );
    assert!(got.iter().any(|(c, _, _)| c == "0871"), "{got:?}");
    // Negative: a ceasefire pledged stays an intent.
    let got = coded("Ấn Độ và Pakistan cam kết ngừng bắn.", &[IND, PAK]);
    assert!(!got.iter().any(|(c, _, _)| c == "0871"), "{got:?}");
}

#[test]
fn an_appeal_to_countries_at_large_has_no_country_target() {
    let biden = (PER, "Joe Biden", "USA", &["Joe Biden"][..]);
    let ukr = (LOC, "Ukraine", "UKR", &["Ukraine"][..]);
    let got = coded(
        "Tổng thống Mỹ Joe Biden, trong lần dự G20 cuối cùng trên cương vị tổng thống, kêu gọi các nước tiếp tục ủng hộ Ukraine.",
        &[biden, ukr],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("02")), "{got:?}");
    let got = coded(
        "Nhà lãnh đạo Ukraine kêu gọi phương Tây áp đặt thêm trừng phạt nếu Nga tiếp tục bác bỏ ngừng bắn.",
        &[ukr, (LOC, "Nga", "RUS", &["Nga"])],
    );
    assert!(!got.contains(&ev("020", "UKR", "RUS")), "{got:?}");
    // Negative: a country asked by name.
    let got = coded(
        "Tổng thống Mỹ Joe Biden kêu gọi Ukraine đàm phán.",
        &[biden, ukr],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "USA" && t == "UKR"),
        "{got:?}"
    );
}

#[test]
fn two_names_joined_as_one_subject_are_no_pair() {
    let text = "Mỹ và Hàn Quốc từ lâu cáo buộc Triều Tiên cung cấp đạn pháo cho Nga, điều cả Mátxcơva và Bình Nhưỡng đều phủ nhận.";
    let sides = [
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"][..]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên", "Bình Nhưỡng"][..]),
        (LOC, "Nga", "RUS", &["Nga", "Mátxcơva"][..]),
    ];
    let got = coded(text, &sides);
    assert!(
        !got.iter()
            .any(|(_, s, t)| (s == "RUS" && t == "PRK") || (s == "PRK" && t == "RUS")),
        "{got:?}"
    );
    // Negative: "nhau" turns the act on each other.
    let got = coded(
        "Cả Nga và Ukraine đều cáo buộc nhau vi phạm thỏa thuận.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
    // Negative: one subject, one object.
    let got = coded(
        "Mátxcơva phủ nhận cáo buộc của Mỹ.",
        &[
            (LOC, "Nga", "RUS", &["Mátxcơva"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "016" && s == "RUS" && t == "USA"),
        "{got:?}"
    );
}

#[test]
fn force_told_as_what_the_accused_did_is_a_claim() {
    let got = coded(
        "Sáng sớm nay, Pakistan mở chiến dịch quân sự nhằm vào nhiều căn cứ của Ấn Độ, sau khi cáo buộc New Delhi phóng tên lửa vào ba căn cứ không quân của mình.",
        &[IND, PAK],
    );
    assert!(got.contains(&ev("190", "PAK", "IND")), "{got:?}");
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("19") && s == "IND"),
        "{got:?}"
    );
    // Negative: the doer named as the subject, no accusation before it.
    let got = coded(
        "Sau khi Pakistan cáo buộc, New Delhi phóng tên lửa vào ba căn cứ không quân của Pakistan.",
        &[IND, PAK],
    );
    assert!(
        got.iter()
            .any(|(c, s, _)| c.starts_with("19") && s == "IND"),
        "{got:?}"
    );
}

#[test]
fn missiles_aimed_at_a_country_are_force() {
    let got = coded(
        "Iran đáp trả bằng hàng trăm tên lửa đạn đạo nhắm vào các thành phố của Israel.",
        &[
            (LOC, "Iran", "IRN", &["Iran"]),
            (LOC, "Israel", "ISR", &["Israel"]),
        ],
    );
    assert!(got.contains(&ev("190", "IRN", "ISR")), "{got:?}");
}

#[test]
fn a_planned_meeting_called_off_is_a_refusal_to_meet() {
    let got = coded(
        "Ông Trump cho biết đã hủy kế hoạch gặp người đồng cấp Nga tại Budapest vì cảm thấy cuộc gặp không phù hợp.",
        &[
            (PER, "Donald Trump", "USA", &["Trump"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Budapest", "HUN", &["Budapest"]),
        ],
    );
    assert!(got.contains(&ev("125", "USA", "RUS")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("04")), "{got:?}");
}

#[test]
fn an_accusation_denied_is_a_denial() {
    let text = "Bộ trưởng Quốc phòng Israel Israel Katz cáo buộc Iran phóng tên lửa vào lãnh thổ nước này. Iran bác bỏ cáo buộc.";
    let got = coded(
        text,
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (PER, "Israel Katz", "ISR", &["Israel Katz"]),
            (LOC, "Iran", "IRN", &["Iran"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c == "016" && s == "IRN" && t == "ISR"),
        "{got:?}"
    );
}

#[test]
fn an_attack_judged_as_a_noun_is_aimed_at_the_last_attack_by_any_verb() {
    let text = "Để trả đũa, tối 23/6, Iran phóng tên lửa vào căn cứ không quân Al Udeid của Mỹ ở Qatar. Qatar lên án vụ tấn công là \"vi phạm trắng trợn\" chủ quyền của nước này.";
    let got = coded(
        text,
        &[
            (LOC, "Iran", "IRN", &["Iran"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Qatar", "QAT", &["Qatar"]),
        ],
    );
    assert!(got.contains(&ev("111", "QAT", "IRN")), "{got:?}");
    // Negative: no attack told before, no one to aim at.
    let got = coded(
        "Qatar lên án vụ tấn công là \"vi phạm trắng trợn\" chủ quyền của nước này.",
        &[(LOC, "Qatar", "QAT", &["Qatar"])],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
}

#[test]
fn force_the_accused_did_a_few_words_after_the_accusation_is_a_claim() {
    let sides = [
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"][..]),
        (PER, "Kim Jong-un", "PRK", &["Kim Jong-un"][..]),
    ];
    let got = coded(
        "Triều Tiên cáo buộc tình báo hai nước Mỹ - Hàn Quốc đang có âm mưu sát hại nhà lãnh đạo Kim Jong-un.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("18")), "{got:?}");
    // Negative: no accusation, the plot is told.
    let got = coded(
        "Tình báo hai nước Mỹ - Hàn Quốc có âm mưu sát hại nhà lãnh đạo Kim Jong-un.",
        &sides,
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("18")), "{got:?}");
}

#[test]
fn force_told_as_a_bare_noun_names_no_doer() {
    let got = coded(
        "Đây là vụ tấn công hiếm thấy trong cuộc nội chiến kéo dài tại Syria, nơi mà Iran đang hậu thuẫn Tổng thống Bashar al-Assad.",
        &[
            (LOC, "Syria", "SYR", &["Syria"]),
            (LOC, "Iran", "IRN", &["Iran"]),
            (PER, "Bashar al-Assad", "SYR", &["Bashar al-Assad"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: a verb carries the noun out.
    let got = coded(
        "Mỹ đã tiến hành 38 cuộc không kích ở Yemen trong năm 2016.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Yemen", "YEM", &["Yemen"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("19") && s == "USA" && t == "YEM"),
        "{got:?}"
    );
    // Negative: the verb itself.
    let got = coded(
        "Quân đội Israel tiếp tục không kích nhiều khu vực ở Gaza.",
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (LOC, "Gaza", "PSE", &["Gaza"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("19") && s == "ISR" && t == "PSE"),
        "{got:?}"
    );
}

#[test]
fn a_test_told_as_a_noun_is_no_show_of_force_by_the_reader() {
    let sides = [
        (PER, "Donald Trump", "USA", &["Trump"][..]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên", "Bình Nhưỡng"][..]),
    ];
    let got = coded(
        "Ông Trump đăng bình luận trên Twitter không lâu sau khi nhận được báo cáo về vụ thử tên lửa của Bình Nhưỡng.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("15")), "{got:?}");
    // Negative: the test told by its verb.
    let got = coded(
        "Triều Tiên sáng nay phóng thử tên lửa về phía Nhật Bản.",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, _)| c.starts_with("15") && s == "PRK"),
        "{got:?}"
    );
}

#[test]
fn a_warning_about_a_risk_threatens_no_one() {
    let sides = [
        (PER, "Chris Murphy", "USA", &["Chris Murphy"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Nga", "RUS", &["Nga"][..]),
        (LOC, "Iran", "IRN", &["Iran"][..]),
    ];
    let got = coded(
        "Thượng nghị sĩ Chris Murphy đã lên tiếng cảnh báo về một cuộc chiến có thể xảy ra giữa Mỹ, Nga và Iran.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("13")), "{got:?}");
    // Negative: a warning to a country.
    let got = coded("Nga cảnh báo Mỹ không sử dụng vũ lực.", &sides);
    assert!(got.contains(&ev("130", "RUS", "USA")), "{got:?}");
}

#[test]
fn names_listed_as_one_subject_right_before_the_act_are_no_pair() {
    let sides = [
        (LOC, "Pháp", "FRA", &["Paris", "Pháp"][..]),
        (LOC, "Đức", "DEU", &["Berlin", "Đức"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"][..]),
        (LOC, "Anh", "GBR", &["Anh"][..]),
    ];
    let got = coded(
        "Ngay lập tức, Paris và Berlin đã lên án mạnh mẽ việc thông qua dự luật này.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
    let got = coded(
        "Mỹ, Pháp và Anh mới đây kêu gọi áp đặt các lệnh trừng phạt mới.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("02")), "{got:?}");
    // Negative: the one judged named after the act.
    let got = coded("Paris và Berlin đã lên án Mỹ.", &sides);
    assert!(got.contains(&ev("111", "FRA", "USA")), "{got:?}");
    // Negative: a passive's doer and its subject ("Nhật Bản bị Mỹ chỉ trích").
    let got = coded("Nhật Bản bị Mỹ chỉ trích nặng nề.", &sides);
    assert!(got.contains(&ev("111", "USA", "JPN")), "{got:?}");
}

#[test]
fn a_claim_rejected_through_a_relative_is_denied() {
    let got = coded(
        "New Delhi cho rằng Islamabad đứng sau nhóm tay súng, điều Pakistan nhiều lần bác bỏ.",
        &[IND, PAK],
    );
    assert!(got.contains(&ev("016", "PAK", "IND")), "{got:?}");
    // Negative: a proposal rejected outright stays a rejection.
    let got = coded("Pakistan bác bỏ đề xuất của Ấn Độ.", &[IND, PAK]);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("12") && s == "PAK" && t == "IND"),
        "{got:?}"
    );
}

#[test]
fn a_deal_to_exchange_prisoners_is_a_release_to_come() {
    let sides = [
        (LOC, "Nga", "RUS", &["Nga"][..]),
        (LOC, "Ukraine", "UKR", &["Ukraine"][..]),
    ];
    let got = coded(
        "Nga và Ukraine đạt được thỏa thuận trao đổi tù binh quy mô lớn.",
        &sides,
    );
    assert!(got.iter().any(|(c, _, _)| c == "0353"), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
    // Negative: the release made.
    let got = coded("Nga trả tự do 5 tù binh Ukraine.", &sides);
    assert!(got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
}

#[test]
fn the_one_asked_in_a_passive_is_no_asker() {
    let sides = [
        (LOC, "Ukraine", "UKR", &["Ukraine"][..]),
        (ORG, "Nhà Trắng", "USA", &["Nhà Trắng"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
    ];
    let got = coded(
        "Ngay sau đó, phái đoàn Ukraine được đề nghị rời Nhà Trắng.",
        &sides,
    );
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("02") && s == "UKR"),
        "{got:?}"
    );
    // Negative: the asker named as the subject.
    let got = coded("Mỹ đề nghị Ukraine rút khỏi thỏa thuận.", &sides);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "USA" && t == "UKR"),
        "{got:?}"
    );
}

#[test]
fn sanctions_regretted_are_no_sanctions_of_the_one_regretting() {
    let sides = [
        (PER, "Sergei Ryabkov", "RUS", &["Ryabkov"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Iran", "IRN", &["Iran"][..]),
    ];
    let got = coded(
        "Ông Ryabkov cũng lấy làm tiếc về việc Mỹ áp đặt các biện pháp trừng phạt mới nhằm vào Iran.",
        &sides,
    );
    assert!(
        !got.iter()
            .any(|(c, s, _)| c.starts_with("16") && s == "RUS"),
        "{got:?}"
    );
    // Negative: the judge's own deed, named again after its verb.
    let got = coded(
        "Iran cảnh báo Mỹ rằng các vụ tấn công tên lửa của Iran nhằm vào miền Đông Syria có thể lặp lại.",
        &[
            (LOC, "Iran", "IRN", &["Iran"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Syria", "SYR", &["Syria"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, _)| c.starts_with("13") && s == "IRN"),
        "{got:?}"
    );
}

#[test]
fn a_threat_from_a_country_told_as_a_noun_is_no_threat_made() {
    let got = coded(
        "Chuyên gia Nga nhận định Mỹ không thể đối phó với đe dọa từ tên lửa đạn đạo của Triều Tiên.",
        &[
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("13")), "{got:?}");
}

#[test]
fn an_accusation_told_as_a_topic_is_no_accusation() {
    let sides = [
        (PER, "Jeff Sessions", "USA", &["Sessions"][..]),
        (LOC, "Nga", "RUS", &["Nga", "Moscow"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (PER, "Donald Trump", "USA", &["Trump"][..]),
    ];
    let got = coded(
        "Ông Sessions tự loại mình khỏi cuộc điều tra của FBI về cáo buộc Nga can thiệp vào bầu cử Mỹ.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("112")), "{got:?}");
    let got = coded(
        "Ông Trump đặt ra những câu hỏi chi tiết về cáo buộc Moscow can thiệp vào cuộc bầu cử.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("112")), "{got:?}");
    // Negative: an accusation made.
    let got = coded("Mỹ cáo buộc Nga can thiệp vào bầu cử.", &sides);
    assert!(got.contains(&ev("112", "USA", "RUS")), "{got:?}");
}

#[test]
fn a_demand_to_a_body_of_the_askers_own_country_is_no_demand_abroad() {
    let sides = [
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (ORG, "Lầu Năm Góc", "USA", &["Lầu Năm Góc"][..]),
        (LOC, "Nga", "RUS", &["Nga"][..]),
    ];
    let got = coded(
        "Các nhà lập pháp Mỹ đang yêu cầu Lầu Năm Góc phát triển vũ khí có khả năng đánh chặn tên lửa siêu thanh do Nga chế tạo.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("10")), "{got:?}");
    // Negative: the other country asked.
    let got = coded("Mỹ yêu cầu Nga rút quân khỏi Ukraine.", &sides);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("10") && s == "USA" && t == "RUS"),
        "{got:?}"
    );
}

#[test]
fn a_warning_about_measures_threatens_no_one() {
    let sides = [
        (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"][..]),
        (LOC, "Nga", "RUS", &["Nga"][..]),
        (ORG, "Thượng viện Mỹ", "USA", &["Thượng viện Mỹ"][..]),
    ];
    let got = coded(
        "Tổng thống Nga Vladimir Putin cảnh báo các lệnh trừng phạt Nga mới được Thượng viện Mỹ thông qua sẽ làm phức tạp thêm quan hệ.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("13")), "{got:?}");
}

#[test]
fn a_weapon_named_for_attack_is_no_attack() {
    let sides = [
        (LOC, "Philippines", "PHL", &["Philippines"][..]),
        (LOC, "Mỹ", "USA", &["Mỹ"][..]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"][..]),
    ];
    let got = coded(
        "Trang bị vũ khí quân đội Philippines chủ yếu có nguồn gốc từ phương Tây như súng trường tấn công M16 của Mỹ.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    let got = coded(
        "Mỹ triển khai cùng lúc ba đội tàu tấn công đến Tây Thái Bình Dương giữa lúc Triều Tiên thử tên lửa.",
        &sides,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("19")), "{got:?}");
    // Negative: an attack made.
    let got = coded("Mỹ tấn công các mục tiêu của Triều Tiên.", &sides);
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("19") && s == "USA" && t == "PRK"),
        "{got:?}"
    );
}
