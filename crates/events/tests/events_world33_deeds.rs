//! Session 20 (brief evw33): judgments of a deed from world news (dev set
//! 71). A verb of calling judges an act whose doer is named after "của"
//! ("cho rằng hành động của Mỹ là "bước đi phiêu lưu""); what it calls the
//! deed may be terrorism or excess (`calls` rows of
//! `data/events/world_deeds.tsv`); a judgment the coder read aimed at its
//! own judge ("lên án vụ không kích và vi phạm chủ quyền của Iraq") is aimed
//! at the deed's doer.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn calling_an_act_of_a_named_country_reckless_criticises_it() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (ORG, "Bộ Ngoại giao Nga", "RUS", &["Bộ Ngoại giao Nga"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let got = coded(
        "Bộ Ngoại giao Nga cho rằng hành động của Mỹ là \"bước đi phiêu lưu\" sẽ làm gia tăng căng thẳng tại khu vực.",
        spec,
    );
    assert!(got.contains(&ev("111", "RUS", "USA")), "{got:?}");
    // Calling the act nothing judged: no event.
    let got = coded(
        "Bộ Ngoại giao Nga cho rằng hành động của Mỹ là một bước đi đã được tính trước.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
}

#[test]
fn calling_an_attack_terrorism_accuses_the_attacker() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Iraq", "IRQ", &["Iraq"]),
        (LOC, "Iran", "IRN", &["Iran"]),
        (
            PER,
            "Mohammad Javad Zarif",
            "IRN",
            &["Mohammad Javad Zarif"],
        ),
    ];
    let got = coded(
        "Mỹ đã không kích sân bay quốc tế ở thủ đô của Iraq. Ngoại trưởng Iran Mohammad Javad Zarif gọi vụ tấn công là \"hành động khủng bố quốc tế\".",
        spec,
    );
    assert!(got.contains(&ev("112", "IRN", "USA")), "{got:?}");
    // No attack told before: the noun names no one to aim at.
    let got = coded(
        "Ngoại trưởng Iran Mohammad Javad Zarif gọi vụ tấn công là \"hành động khủng bố quốc tế\".",
        spec,
    );
    assert!(!got.iter().any(|(_, _, t)| t == "USA"), "{got:?}");
}

#[test]
fn a_judge_read_aiming_at_itself_aims_at_the_doer() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Iraq", "IRQ", &["Iraq"]),
        (PER, "Adel Abdul Mahdi", "IRQ", &["Adel Abdul Mahdi"]),
    ];
    let got = coded(
        "Ngày 3/1/2020, Mỹ đã không kích gần sân bay quốc tế Baghdad. Thủ tướng tạm quyền Iraq Adel Abdul Mahdi lên án vụ không kích và vi phạm trắng trợn chủ quyền của Iraq.",
        spec,
    );
    assert!(got.contains(&ev("111", "IRQ", "USA")), "{got:?}");
    // No strike told before: nothing to aim at.
    let got = coded(
        "Thủ tướng tạm quyền Iraq Adel Abdul Mahdi lên án vụ không kích và vi phạm trắng trợn chủ quyền của Iraq.",
        spec,
    );
    assert!(!got.iter().any(|(_, _, t)| t == "USA"), "{got:?}");
}

#[test]
fn a_joint_statement_aimed_at_a_third_country_is_no_signing_among_its_authors() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Anh", "GBR", &["Anh"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Pháp", "FRA", &["Pháp"]),
        (LOC, "Đức", "DEU", &["Đức"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Syria", "SYR", &["Syria"]),
    ];
    let got = coded(
        "Ngày 15-3, lãnh đạo Anh, Mỹ, Pháp và Đức đã ra tuyên bố chung cho rằng \"không có lời giải thích khả dĩ nào khác\" ngoài việc Nga chịu trách nhiệm về vụ tấn công.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("057")), "{got:?}");
    // A statement between its authors, about a topic, is theirs.
    let got = coded(
        "Bên lề hội nghị, Mỹ và Nga đã ra tuyên bố chung về Syria, trong đó khẳng định không có giải pháp quân sự cho cuộc xung đột.",
        spec,
    );
    assert!(got.contains(&ev("057", "USA", "RUS")), "{got:?}");
}

#[test]
fn a_joint_statement_condemning_a_deed_is_no_signing_among_its_authors() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let got = coded(
        "Hàn Quốc, Mỹ và Nhật Bản ra tuyên bố chung lên án mạnh mẽ vụ phóng.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("057")), "{got:?}");
    let got = coded(
        "Sau hai ngày đàm phán tại Geneva, Mỹ và Trung Quốc ra tuyên bố chung, cùng giảm mạnh mức thuế đối ứng áp lên hàng hóa của nhau.",
        spec,
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("057")), "{got:?}");
}
