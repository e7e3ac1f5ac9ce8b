//! Session 21 (brief evw34): criticism and accusation in world news (dev
//! sets 60, 71, 75). Regret or disappointment at another country's decision
//! is disapproval of it (111), the feeling quoted or not; holding a country
//! responsible for an attack or its consequences accuses it (112), said by
//! the country named before it (`VW34*` rows of `data/events/verbs.tsv`).

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::{coded, ev};
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn disappointment_at_a_decision_criticises_its_owner() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (ORG, "Bộ Ngoại giao Nga", "RUS", &["Bộ Ngoại giao Nga"]),
        (LOC, "Matxcơva", "RUS", &["Matxcơva"]),
        (LOC, "Oasinhtơn", "USA", &["Oasinhtơn"]),
    ];
    let got = coded(
        "Bộ Ngoại giao Nga cho biết Matxcơva \"vô cùng thất vọng\" trước quyết định của Oasinhtơn.",
        spec,
    );
    assert!(got.contains(&ev("111", "RUS", "USA")), "{got:?}");
    // Disappointed at oneself: no other country, no event.
    let got = coded(
        "Bộ Ngoại giao Nga cho biết Matxcơva \"vô cùng thất vọng\" trước kết quả bầu cử trong nước.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
}

#[test]
fn regret_at_a_decision_criticises_its_owner() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (PER, "Lê Thị Thu Hằng", "VNM", &["Lê Thị Thu Hằng"]),
        (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let got = coded(
        "Người phát ngôn Lê Thị Thu Hằng cho biết Việt Nam lấy làm tiếc về quyết định của phía Mỹ.",
        spec,
    );
    assert!(got.contains(&ev("111", "VNM", "USA")), "{got:?}");
    // Regret for one's own delay names no one.
    let got = coded(
        "Người phát ngôn Lê Thị Thu Hằng cho biết Việt Nam lấy làm tiếc về sự chậm trễ của mình.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("11")), "{got:?}");
}

#[test]
fn quoted_regret_and_concern_of_three_leaders_criticises() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
        (PER, "Angela Merkel", "DEU", &["Angela Merkel"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let got = coded(
        "Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Angela Merkel bày tỏ \"lấy làm tiếc và lo ngại\" trước quyết định của Mỹ.",
        spec,
    );
    assert!(got.contains(&ev("111", "FRA", "USA")), "{got:?}");
    assert!(got.contains(&ev("111", "DEU", "USA")), "{got:?}");
}

#[test]
fn holding_a_country_responsible_accuses_it() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            PER,
            "Mohammad Javad Zarif",
            "IRN",
            &["Mohammad Javad Zarif"],
        ),
        (LOC, "Iran", "IRN", &["Iran"]),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Syria", "SYR", &["Syria"]),
    ];
    let got = coded(
        "Ngoại trưởng Iran Mohammad Javad Zarif cho rằng Mỹ phải chịu trách nhiệm về mọi hậu quả.",
        spec,
    );
    assert!(got.contains(&ev("112", "IRN", "USA")), "{got:?}");
    // Claiming an attack oneself accuses no one.
    let got = coded(
        "Theo Mỹ, quân đội Syria đã tuyên bố chịu trách nhiệm về vụ tấn công.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "112"), "{got:?}");
    // Being in charge of a task is no blame.
    let got = coded(
        "Theo thỏa thuận với Syria, Iran sẽ chịu trách nhiệm về kinh phí xây dựng.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "112"), "{got:?}");
}

#[test]
fn aid_halted_as_a_sum_is_reduced_aid() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (ORG, "Bộ Ngoại giao Mỹ", "USA", &["Bộ Ngoại giao Mỹ"]),
        (LOC, "Sudan", "SDN", &["Sudan"]),
    ];
    let got = coded(
        "Ngay trong ngày 25/10, Bộ Ngoại giao Mỹ thông báo tạm ngừng khoản viện trợ 700 triệu USD dành cho Sudan.",
        spec,
    );
    assert!(got.contains(&ev("162", "USA", "SDN")), "{got:?}");
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("07")), "{got:?}");
}

#[test]
fn embassies_posted_in_a_list_of_countries_are_no_sides() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Đại sứ quán Việt Nam",
            "VNM",
            &["Đại sứ quán Việt Nam"],
        ),
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Romania", "ROU", &["Romania"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
        (LOC, "Ukraine", "UKR", &["Ukraine"]),
    ];
    let got = coded(
        "Các Đại sứ quán Việt Nam tại Ba Lan, Romania, Hungary đã hỗ trợ hơn 4.000 người Việt sơ tán khỏi Ukraine.",
        spec,
    );
    assert!(
        !got.iter()
            .any(|(_, s, _)| ["POL", "ROU", "HUN"].contains(&s.as_str())),
        "{got:?}"
    );
    // A place opening the sentence: the list after its comma acts.
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Romania", "ROU", &["Romania"]),
        (LOC, "Hungary", "HUN", &["Hungary"]),
    ];
    let got = coded(
        "Tại Hà Nội, Ba Lan, Romania và Hungary đã ký hiệp định hợp tác.",
        spec,
    );
    assert!(got.iter().any(|(c, _, _)| c.starts_with("05")), "{got:?}");
}

#[test]
fn an_export_ban_to_a_country_is_an_embargo_on_it() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (
            ORG,
            "Bộ Thương mại Trung Quốc",
            "CHN",
            &["Bộ Thương mại Trung Quốc"],
        ),
        (LOC, "Mỹ", "USA", &["Mỹ"]),
    ];
    let got = coded(
        "Bộ Thương mại Trung Quốc ngày 3/12 thông báo cấm xuất khẩu các khoáng sản gali, gecmani và antimon sang Mỹ.",
        spec,
    );
    assert!(got.contains(&ev("163", "CHN", "USA")), "{got:?}");
    // A ban among measures weighed, the country named far after it.
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (PER, "Donald Trump", "USA", &["Trump"]),
        (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]),
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    ];
    let got = coded(
        "Tổng thống Trump đang nghiên cứu các biện pháp mạnh tay hơn bao gồm việc áp đặt lệnh cấm nhập khẩu dầu mỏ, cấm hoạt động hàng không, vận tải biển và yêu cầu các ngân hàng Trung Quốc ngừng giao dịch.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "163"), "{got:?}");
}

#[test]
fn lifting_an_import_ban_eases_it_but_a_demand_to_lift_is_none() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        (PER, "Kishida Fumio", "JPN", &["Kishida"]),
    ];
    let got = coded(
        "Trung Quốc đã dỡ bỏ lệnh cấm nhập khẩu thủy sản của Nhật Bản.",
        spec,
    );
    assert!(got.contains(&ev("085", "CHN", "JPN")), "{got:?}");
    let got = coded(
        "Thủ tướng Kishida đề nghị Trung Quốc dỡ bỏ lệnh cấm nhập khẩu thủy sản.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c == "085"), "{got:?}");
}

#[test]
fn countries_listed_as_releasers_release_none_of_each_other() {
    let spec: &[(EntityKind, &str, &str, &[&str])] = &[
        (LOC, "Mỹ", "USA", &["Mỹ"]),
        (LOC, "Ba Lan", "POL", &["Ba Lan"]),
        (LOC, "Slovenia", "SVN", &["Slovenia"]),
        (LOC, "Na Uy", "NOR", &["Na Uy"]),
        (LOC, "Nga", "RUS", &["Nga"]),
        (LOC, "Ukraine", "UKR", &["Ukraine"]),
    ];
    let got = coded(
        "Mỹ, Ba Lan, Slovenia và Na Uy trả tự do cho 7 người khác.",
        spec,
    );
    assert!(!got.iter().any(|(c, _, _)| c.starts_with("08")), "{got:?}");
    // An exchange joins its two sides: kept.
    let got = coded(
        "Nga và Ukraine đã trao đổi tù binh lần thứ ba trong tháng.",
        spec,
    );
    assert!(got.iter().any(|(c, _, _)| c == "0841"), "{got:?}");
}
