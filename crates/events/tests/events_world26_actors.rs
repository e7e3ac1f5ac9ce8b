//! Session 16 (brief evw26): world news without Vietnam, actors. A body
//! named bare that only a default gave Vietnam, in an article that never
//! names Vietnam (`actor_scope::unanchored_home`); a city in a
//! capitalised declaration's title and a place a war is named after
//! (`actor_scope.tsv` kinds `captitle`, `war`); a hostile deed told as what
//! the one judged does (`world_cues.tsv` kind `judged`); a demand to the
//! doer's own ministries (`inward`); aid halted after "viện trợ"
//! (`backing`). Sentences from dev sets 26, 30, 38 and 47 and the bench.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn a_body_named_bare_in_an_article_without_vietnam_is_no_vietnamese_side() {
    // Set 47: Seoul's martial law; "Quốc hội" is Korea's.
    let text = "Mỹ, Nhật Bản và Triều Tiên theo dõi sát tình hình. Tối qua (3/12), ông Yoon ban bố thiết quân luật khẩn cấp, cáo buộc phe đối lập kiểm soát Quốc hội là \"thế lực chống nhà nước\". Khoảng 4h30 sáng nay, Tổng thống Hàn Quốc Yoon Suk Yeol cho biết ông chấp nhận yêu cầu của Quốc hội và đã cho rút quân đội khỏi tòa nhà Quốc hội.";
    let got = coded(
        text,
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk Yeol", "Yoon"]),
            (ORG, "Quốc hội", "VNM", &["Quốc hội"]),
        ],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "VNM" || t == "VNM"),
        "{got:?}"
    );
}

#[test]
fn a_body_named_bare_is_vietnamese_where_the_article_names_vietnam() {
    let text = "Việt Nam, Mỹ, Nhật Bản và Hàn Quốc hội đàm. Tổng thống Hàn Quốc Yoon Suk Yeol hoan nghênh quyết định của Quốc hội.";
    let got = coded(
        text,
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk Yeol"]),
            (ORG, "Quốc hội", "VNM", &["Quốc hội"]),
        ],
    );
    assert!(got.contains(&ev("051", "KOR", "VNM")), "{got:?}");
}

#[test]
fn a_city_in_a_capitalised_declaration_is_no_doer() {
    // Set 47: the summit's declaration named after its city.
    let text = "Tuyên bố Kazan dài hàng chục trang kêu gọi cải tổ các thể chế tài chính quốc tế và kêu gọi Ukraine đàm phán.";
    let got = coded(
        text,
        &[
            (LOC, "Kazan", "RUS@rus.kazan", &["Kazan"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_city_after_the_verb_tuyen_bo_is_still_a_side() {
    let text = "Ông Peskov tuyên bố Moskva kêu gọi Ukraine đàm phán.";
    let got = coded(
        text,
        &[
            (PER, "Dmitry Peskov", "RUS", &["Peskov"]),
            (LOC, "Moskva", "RUS@rus.moscow", &["Moskva"]),
            (LOC, "Ukraine", "UKR", &["Ukraine"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "RUS" && t == "UKR"),
        "{got:?}"
    );
}

#[test]
fn the_place_a_war_is_named_after_is_no_side() {
    // Set 26: "Hai bên" is the pair told before, not Triều Tiên and Mỹ.
    let text = "Tổng thống Hàn Quốc Moon Jae-in và nhà lãnh đạo Triều Tiên Kim Jong-un đã hội đàm. Hai bên nhất trí trong năm nay sẽ tuyên bố chấm dứt Chiến tranh Triều Tiên, chuyển hiệp định đình chiến thành hiệp định hòa bình thông qua các cuộc đàm phán ba bên, gồm hai miền và Mỹ.";
    let got = coded(
        text,
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Moon Jae-in", "KOR", &["Moon Jae-in"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (PER, "Kim Jong-un", "PRK", &["Kim Jong-un"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(
        !got.iter().any(|(_, s, t)| s == "USA" || t == "USA"),
        "{got:?}"
    );
}

#[test]
fn a_hostile_deed_told_as_what_the_one_criticised_does_is_no_act_of_the_critic() {
    // Set 47.
    let text = "Tổng thống Putin cũng chỉ trích Mỹ và các đồng minh phương Tây duy trì chính sách trừng phạt và gây sức ép đối với Bình Nhưỡng.";
    let got = coded(
        text,
        &[
            (PER, "Vladimir Putin", "RUS", &["Putin"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Bình Nhưỡng", "PRK", &["Bình Nhưỡng"]),
        ],
    );
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("16") && s == "RUS" && t == "PRK"),
        "{got:?}"
    );
}

#[test]
fn a_critic_going_on_to_his_own_sanctions_keeps_them() {
    let text = "Anh lên án Nga và trừng phạt Moskva.";
    let got = coded(
        text,
        &[
            (LOC, "Anh", "GBR", &["Anh"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (LOC, "Moskva", "RUS@rus.moscow", &["Moskva"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("16") && s == "GBR" && t == "RUS"),
        "{got:?}"
    );
}

#[test]
fn a_demand_to_the_doers_own_ministries_is_no_demand_to_the_country_named() {
    // Set 47.
    let text = "Tại Hà Nội, tối 3/4, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về ứng phó với chính sách thuế quan mới của Mỹ, yêu cầu các bộ, ngành bình tĩnh, chủ động, tích cực.";
    let got = coded(
        text,
        &[
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("10")), "{got:?}");
}

#[test]
fn a_demand_to_another_countrys_agencies_is_kept() {
    let text =
        "Công an tỉnh An Giang đề nghị các cơ quan chức năng Campuchia hỗ trợ truy bắt đối tượng.";
    let got = coded(
        text,
        &[
            (
                ORG,
                "Công an tỉnh An Giang",
                "VNM",
                &["Công an tỉnh An Giang"],
            ),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("02") && s == "VNM" && t == "KHM"),
        "{got:?}"
    );
}

#[test]
fn aid_listed_after_aid_halted_is_halted() {
    // Sets 30 and 47.
    let text = "Trước đó, ngày 29/7, Pháp đã đình chỉ toàn bộ viện trợ phát triển và hỗ trợ ngân sách cho Niger.";
    let got = coded(
        text,
        &[
            (LOC, "Pháp", "FRA", &["Pháp"]),
            (LOC, "Niger", "NER", &["Niger"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
    assert!(got.contains(&ev("162", "FRA", "NER")), "{got:?}");
}

#[test]
fn the_pair_of_an_article_on_a_bodys_deal_is_no_pair_with_its_chair() {
    // Sets 29, 32, 40 and 43: the EU's trade deal with Vietnam, signed for
    // the EU by Romania's minister.
    let text = "Việt Nam và Liên minh châu Âu (EU) đã ký Hiệp định Thương mại tự do. Bộ trưởng Romania Stefan-Radu Oprea ký thay mặt EU. Đây là hiệp định đầu tiên EU ký với Việt Nam. Tháng 12/2015, hai bên tuyên bố kết thúc đàm phán.";
    let got = coded(
        text,
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (
                ORG,
                "Liên minh châu Âu",
                "igo.eu",
                &["Liên minh châu Âu", "EU"],
            ),
            (LOC, "Romania", "ROU", &["Romania"]),
            (PER, "Stefan-Radu Oprea", "ROU", &["Stefan-Radu Oprea"]),
        ],
    );
    assert!(
        !got.iter()
            .any(|(c, _, t)| c.starts_with("04") && t == "ROU"),
        "{got:?}"
    );
}

#[test]
fn the_pair_of_two_countries_named_more_than_a_body_stays() {
    let text = "Việt Nam và Israel ký hiệp định thương mại tự do, hướng tới ASEAN. Việt Nam và Israel là đối tác quan trọng. Tháng 12/2015, hai bên tuyên bố kết thúc đàm phán.";
    let got = coded(
        text,
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Israel", "ISR", &["Israel"]),
            (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("04") && s == "VNM" && t == "ISR"),
        "{got:?}"
    );
}

#[test]
fn a_denial_of_an_accusation_told_as_a_noun_is_aimed_at_the_accuser() {
    // Set 47.
    let text = "Ngày 16/1/2025, Văn phòng Thủ tướng Israel Benjamin Netanyahu cáo buộc Hamas rút lại một phần các điều khoản. Phía Hamas bác bỏ cáo buộc này.";
    let got = coded(
        text,
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (PER, "Benjamin Netanyahu", "ISR", &["Benjamin Netanyahu"]),
            (ORG, "Hamas", "PSE", &["Hamas"]),
        ],
    );
    // A denial (016) since session 17: the later sets' gold codes every
    // accusation denied so.
    assert!(got.contains(&ev("016", "PSE", "ISR")), "{got:?}");
}

#[test]
fn a_denial_after_an_accusation_of_the_accused_by_a_passive_is_not_aimed() {
    // "bị cáo buộc": the name before is the accused, no accuser.
    let text = "Thủ tướng Israel Benjamin Netanyahu bị cáo buộc nhận hối lộ. Phía Hamas bác bỏ cáo buộc này.";
    let got = coded(
        text,
        &[
            (LOC, "Israel", "ISR", &["Israel"]),
            (PER, "Benjamin Netanyahu", "ISR", &["Benjamin Netanyahu"]),
            (ORG, "Hamas", "PSE", &["Hamas"]),
        ],
    );
    assert!(
        !got.iter()
            .any(|(c, _, _)| c.starts_with("12") || c == "016"),
        "{got:?}"
    );
}

#[test]
fn two_countries_backing_rival_factions_back_no_one_of_them() {
    // Bench sample (2017).
    let text = "Hiện nay Iran với đa số theo Hồi giáo Shiite và Saudi Arabia với đa số người theo Hồi giáo Sunni đang mâu thuẫn và bất đồng sâu sắc do hai quốc gia này đang ủng hộ hai phe đối địch trong cuộc chiến Syria, Yemen và những nơi khác.";
    let got = coded(
        text,
        &[
            (LOC, "Iran", "IRN", &["Iran"]),
            (LOC, "Ả Rập Xê-út", "SAU", &["Saudi Arabia"]),
            (LOC, "Syria", "SYR", &["Syria"]),
            (LOC, "Yemen", "YEM", &["Yemen"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("05")), "{got:?}");
}

/// Set 51: a meeting on the sidelines of an ASEAN meeting, in an article
/// that names ASEAN more often than Laos: the sentence names the partner,
/// so "hai bên" is the pair.
#[test]
fn a_partner_the_sentence_names_stays_the_pair_at_a_summit() {
    let text = "Hội nghị Bộ trưởng Ngoại giao ASEAN khai mạc tại Viêng Chăn. Các Bộ trưởng ASEAN thảo luận về hợp tác khu vực. ASEAN nhất trí tăng cường đoàn kết. Các nước ASEAN cam kết hòa bình. Bên lề hội nghị, Bộ trưởng Bùi Thanh Sơn đã gặp Bộ trưởng Ngoại giao Lào Saleumxay Kommasith; hai bên nhất trí thúc đẩy hợp tác.";
    let got = coded(
        text,
        &[
            (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
            (LOC, "Viêng Chăn", "LAO", &["Viêng Chăn"]),
            (PER, "Bùi Thanh Sơn", "VNM", &["Bùi Thanh Sơn"]),
            (PER, "Saleumxay Kommasith", "LAO", &["Saleumxay Kommasith"]),
            (LOC, "Lào", "LAO", &["Lào"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("03") && s == "VNM" && t == "LAO"),
        "{got:?}"
    );
}
