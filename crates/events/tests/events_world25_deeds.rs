//! Session 15 (brief evw25): a judgment of a deed told as a noun ("lên án
//! vụ phóng", "lên án các cuộc không kích") aims at whoever did the deed
//! (`data/events/world_deeds.tsv`, `src/deeds.rs`). Sentences from the
//! dev sets' world news.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn a_pair_condemning_a_launch_condemns_its_launcher() {
    let got = coded(
        "Tổng thống Hàn Quốc Yoon Suk-yeol và Thủ tướng Nhật Bản Kishida Fumio đã hội đàm tại Tokyo chiều 16/3. Vài giờ trước khi ông Yoon lên đường, Triều Tiên đã phóng một tên lửa đạn đạo xuyên lục địa (ICBM) ra vùng biển phía Đông. Hai nhà lãnh đạo lên án vụ phóng và nhất trí tăng cường hợp tác an ninh ba bên với Mỹ.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Yoon Suk Yeol", "KOR", &["Yoon Suk-yeol", "Yoon"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (PER, "Kishida Fumio", "JPN", &["Kishida Fumio"]),
            (LOC, "Tokyo", "JPN", &["Tokyo"]),
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    );
    assert!(got.contains(&ev("111", "KOR", "PRK")), "{got:?}");
    assert!(got.contains(&ev("111", "JPN", "PRK")), "{got:?}");
}

#[test]
fn condemning_strikes_aims_at_the_striker_not_the_victim() {
    let got = coded(
        "Mỹ và Anh đã tiến hành hàng loạt cuộc không kích nhằm vào các mục tiêu của lực lượng Houthi tại Yemen. Bộ Ngoại giao Iran lên án mạnh mẽ các cuộc không kích, gọi đây là hành động \"vi phạm rõ ràng chủ quyền\" của Yemen.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Anh", "GBR", &["Anh"]),
            (ORG, "Houthi", "YEM", &["Houthi"]),
            (LOC, "Yemen", "YEM", &["Yemen"]),
            (ORG, "Bộ Ngoại giao Iran", "IRN", &["Bộ Ngoại giao Iran"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "IRN" && t == "USA"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "IRN" && t == "YEM"),
        "{got:?}"
    );
}

#[test]
fn a_launch_judged_as_a_noun_names_no_launcher() {
    // "gọi vụ phóng là …": the verb told as a noun; its subject judges, it
    // did not launch. The launcher is the one told launching before.
    let got = coded(
        "Triều Tiên phóng tên lửa đạn đạo liên lục địa (ICBM) sáng 18/11. Thủ tướng Nhật Bản Kishida Fumio gọi vụ phóng là \"hoàn toàn không thể chấp nhận\". Tại cuộc họp, bà Harris lên án vụ phóng là \"hành vi vi phạm trắng trợn\".",
        &[
            (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (PER, "Kishida Fumio", "JPN", &["Kishida Fumio"]),
            (PER, "Kamala Harris", "USA", &["Harris"]),
        ],
    );
    assert!(!got.iter().any(|(_, _, t)| t == "JPN"), "{got:?}");
    assert!(got.contains(&ev("111", "USA", "PRK")), "{got:?}");
}

#[test]
fn a_deed_no_one_is_told_doing_is_aimed_at_no_one() {
    // Only a place stands before the verb ("xuất phát từ Jordan"), and the
    // quoted claim tells no deed done.
    let got = coded(
        "Tuy nhiên, các chiến đấu cơ xuất phát từ Jordan đã không kích một số chiếc trong đoàn xe. \"Những ai tự nhận đang đánh khủng bố phải không kích vào các nhóm khủng bố\" - thông cáo của Bộ Quốc phòng Syria nêu rõ. Thượng nghị sĩ Nga Konstantin Kosachev cũng lên án vụ không kích.",
        &[
            (LOC, "Jordan", "JOR", &["Jordan"]),
            (ORG, "Bộ Quốc phòng Syria", "SYR", &["Bộ Quốc phòng Syria"]),
            (LOC, "Nga", "RUS", &["Nga"]),
            (PER, "Konstantin Kosachev", "RUS", &["Konstantin Kosachev"]),
        ],
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
}

#[test]
fn a_deed_named_with_its_doer_is_the_coders_own_reading() {
    let got = coded(
        "Bộ Ngoại giao Nga ngày 19-5 lên án vụ không kích của liên quân Mỹ nhắm vào đoàn xe của quân chính phủ Syria.",
        &[
            (ORG, "Bộ Ngoại giao Nga", "RUS", &["Bộ Ngoại giao Nga"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (LOC, "Syria", "SYR", &["Syria"]),
        ],
    );
    assert!(!got.contains(&ev("111", "RUS", "SYR")), "{got:?}");
}

#[test]
fn condemning_sanctions_aims_at_who_imposed_them() {
    // Session 18 (brief evw28): sanctions told as a noun are a deed too.
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (ORG, "Rosneft", "RUS#BUS", &["Rosneft"]),
        (ORG, "Lukoil", "RUS#BUS", &["Lukoil"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (ORG, "Điện Kremlin", "RUS", &["Điện Kremlin"]),
    ];
    let got = coded(
        "Chính quyền Mỹ hôm 22/10 áp lệnh trừng phạt Rosneft và Lukoil, hai tập đoàn dầu mỏ lớn nhất của Nga. Điện Kremlin lên án các lệnh trừng phạt này.",
        spec,
    );
    assert!(got.contains(&ev("111", "RUS", "USA")), "{got:?}");
    // No sanctions told before: the noun names no one to aim at.
    let got = coded(
        "Điện Kremlin lên án các lệnh trừng phạt trong một tuyên bố ngắn.",
        spec,
    );
    assert!(!got.iter().any(|(_, _, t)| t == "USA"), "{got:?}");
}
