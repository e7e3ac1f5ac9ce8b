//! Issue 3, brief en26: the border with China, Laos and Cambodia (development
//! set 44) — pairs of border gates ("cửa khẩu Lao Bảo - Densavanh"), a
//! province's body with its province left unnamed ("Bộ Chỉ huy Bộ đội Biên
//! phòng tỉnh"), China's provincial governments and the Lao and Cambodian
//! provinces' ("Chính phủ nhân dân tỉnh Vân Nam", "Chính quyền tỉnh
//! Savannakhet"), and Chinese border towns read as people ("Hà Khẩu").

mod common;
use common::{has, names, run};
use thoisu_core::{Entity, EntityKind};

fn mentions_of<'e>(es: &'e [Entity], kind: EntityKind, name: &str) -> Vec<&'e str> {
    es.iter()
        .find(|e| e.kind == kind && e.name == name)
        .unwrap_or_else(|| panic!("no {kind:?} {name:?} in {:?}", names(es)))
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect()
}

#[test]
fn a_pair_of_border_gates_names_both_gates() {
    // Người Lao Động, 2018: Kon Tum and Attapeu
    let es = run("Lễ ký kết diễn ra tại cặp cửa khẩu quốc tế Bờ Y - Phou Keua.");
    assert!(has(&es, EntityKind::Location, "Bờ Y"), "{:?}", names(&es));
    assert!(
        has(&es, EntityKind::Location, "Phou Keua"),
        "{:?}",
        names(&es)
    );
    assert_eq!(
        mentions_of(&es, EntityKind::Location, "Bờ Y"),
        ["cửa khẩu quốc tế Bờ Y"]
    );
    // VietnamPlus, 2022: the pair written with a hyphen
    let es = run("Hai bên tháo gỡ các điểm \"nghẽn\" tại cặp cửa khẩu Lao Bảo-Densavanh.");
    assert!(
        has(&es, EntityKind::Location, "Lao Bảo"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Densavanh"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.name.contains("Lao Bảo-Densavanh")),
        "{:?}",
        names(&es)
    );
    // Tuổi Trẻ, 2023: two pairs after one head
    let es = run("Hai bên khảo sát tại cửa khẩu Hữu Nghị - Hữu Nghị Quan và Tân Thanh - Pò Chài.");
    for gate in ["Hữu Nghị", "Hữu Nghị Quan", "Tân Thanh", "Pò Chài"] {
        assert!(
            has(&es, EntityKind::Location, gate),
            "{gate}: {:?}",
            names(&es)
        );
    }
    // Sài Gòn Giải Phóng, 2023: a main gate, a known Vietnamese town facing a Cambodian one
    let es = run("Kim ngạch qua cửa khẩu chính Dinh Bà - Bontia Chakrei và cửa khẩu quốc tế Hà Tiên - Prek Chak tăng.");
    for gate in ["Dinh Bà", "Bontia Chakrei", "Hà Tiên", "Prek Chak"] {
        assert!(
            has(&es, EntityKind::Location, gate),
            "{gate}: {:?}",
            names(&es)
        );
    }
}

#[test]
fn a_gate_without_a_pair_or_a_name_is_left_as_it_was() {
    // no name after the head: no place
    let es = run("Trong dịch COVID-19, các cửa khẩu chính vẫn duy trì thông quan hàng hóa.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Location),
        "{:?}",
        names(&es)
    );
    // a dash before a person's title is no gate facing it
    let es = run("Tại cửa khẩu Tân Thanh - Chủ tịch UBND tỉnh Hồ Tiến Thiệu kiểm tra hàng hóa.");
    assert!(
        has(&es, EntityKind::Location, "Tân Thanh"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Person, "Hồ Tiến Thiệu"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Location && e.name.starts_with("Chủ tịch")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_provinces_body_with_its_province_unnamed_is_that_provinces() {
    // VnExpress, 2023: the province named just before
    let es = run("Lễ vận hành thử có sự tham dự của đại diện UBND tỉnh Cao Bằng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cùng đại diện phía Trung Quốc.");
    let e = es
        .iter()
        .find(|e| e.name == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(e.country.as_deref(), Some("VNM"));
    assert_eq!(e.mentions[0].text, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
    assert!(
        !has(&es, EntityKind::Organisation, "Bộ đội Biên phòng"),
        "{:?}",
        names(&es)
    );
    // Nhân Dân, 2024: the province of the sentence, and the same body again later
    let es = run("Dự hội đàm, về phía Tây Ninh có đồng chí Nguyễn Thanh Ngọc, Chủ tịch UBND tỉnh; lãnh đạo Công an tỉnh và các sở, ngành liên quan. Về phía Svay Rieng có Tỉnh trưởng. Phát biểu tại hội đàm, Chủ tịch UBND tỉnh Nguyễn Thanh Ngọc đề nghị hai bên tiếp tục hợp tác.");
    assert!(
        has(&es, EntityKind::Organisation, "UBND tỉnh Tây Ninh"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Organisation, "Công an tỉnh Tây Ninh"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.name.contains("tỉnh Svay Rieng")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_unit_word_that_makes_another_word_or_names_no_province_stays_bare() {
    // "tỉnh lộ": a road, no province
    let es = run("Tỉnh Long An đầu tư; Công an tỉnh lộ 10 là tên gọi cũ.");
    assert!(
        !es.iter().any(|e| e.name == "Công an tỉnh lộ 10 Long An"),
        "{:?}",
        names(&es)
    );
    // no province named before it: left as it was
    let es = run("Lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng tỉnh dự lễ.");
    assert!(
        !es.iter()
            .any(|e| e.name.starts_with("Bộ Chỉ huy Bộ đội Biên phòng tỉnh ")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn chinas_and_laos_provincial_governments_are_bodies() {
    // Thanh Niên, 2023; Tuổi Trẻ, 2023; VietnamPlus, 2022
    let es = run("Phó Chủ tịch Chính phủ nhân dân tỉnh Vân Nam tiếp đoàn. Chính phủ nhân dân Khu tự trị Quảng Tây cử đại diện. Chính quyền tỉnh Savannakhet đã ký biên bản.");
    for (name, country) in [
        ("Chính phủ nhân dân tỉnh Vân Nam", "CHN"),
        ("Chính phủ nhân dân Khu tự trị Quảng Tây", "CHN"),
        ("Chính quyền tỉnh Savannakhet", "LAO"),
    ] {
        let e = es
            .iter()
            .find(|e| e.kind == EntityKind::Organisation && e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", names(&es)));
        assert_eq!(e.country.as_deref(), Some(country));
    }
    // a government named by its leader is no body of a unit; in running text,
    // "chính quyền tỉnh Attapeu" is the province's authorities, no name (sets 37, 41)
    let es = run("Chính quyền Tổng thống Donald Trump đã lên tiếng; theo chính quyền tỉnh Attapeu, hàng trăm người mất tích.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Chính quyền")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn chinese_border_towns_are_places_not_people() {
    // Thanh Niên, 2023
    let es = run("Hàng hóa qua Hà Khẩu tăng mạnh; đoàn cũng thăm Sùng Tả và Phòng Thành Cảng.");
    for town in ["Hà Khẩu", "Sùng Tả", "Phòng Thành Cảng"] {
        let e = es
            .iter()
            .find(|e| e.name == town)
            .unwrap_or_else(|| panic!("{town}: {:?}", names(&es)));
        assert_eq!(e.kind, EntityKind::Location);
        assert_eq!(e.country.as_deref(), Some("CHN"));
    }
    // a Vietnamese person named like no town is still a person
    let es = run("Ông Hà Văn Khẩu cho biết.");
    assert!(
        has(&es, EntityKind::Person, "Hà Văn Khẩu"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_border_post_named_by_its_gate_names_no_gate() {
    // Công an Nhân dân, 2025 (set 45): the post alone is named
    let es = run("Lực lượng Đồn Biên phòng cửa khẩu quốc tế Khánh Bình đã cứu vớt người dân.");
    assert!(
        has(
            &es,
            EntityKind::Organisation,
            "Đồn Biên phòng cửa khẩu quốc tế Khánh Bình"
        ),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Location),
        "{:?}",
        names(&es)
    );
    // the gate named on its own is a place
    let es = run("Hàng hóa qua cửa khẩu quốc tế Khánh Bình tăng.");
    assert!(
        has(&es, EntityKind::Location, "Khánh Bình"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_launch_site_is_a_place_and_a_national_space_centre_a_body() {
    // VnExpress, 2023 (set 46)
    let es = run("Vệ tinh được phóng từ Trung tâm vũ trụ Uchinoura và bãi phóng Kourou.");
    assert!(
        has(&es, EntityKind::Location, "Trung tâm vũ trụ Uchinoura"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "bãi phóng Kourou"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organisation),
        "{:?}",
        names(&es)
    );
    let es = run("Trung tâm Vũ trụ Việt Nam cho biết vệ tinh đã vào quỹ đạo.");
    assert!(
        has(&es, EntityKind::Organisation, "Trung tâm Vũ trụ Việt Nam"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn chess_is_no_king() {
    // 2017 bench: a chess set and a chess tournament
    let es = run("Bộ cờ vua Charles Hollander được bán với giá 600.000 USD; giải cờ vua World Open diễn ra tại Philadelphia.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.roles.iter().any(|r| r == "vua")),
        "{:?}",
        names(&es)
    );
    assert!(
        !has(&es, EntityKind::Person, "World Open"),
        "{:?}",
        names(&es)
    );
    // a king is still one
    let es = run("Du khách tham quan lăng vua Tự Đức ở Huế.");
    assert!(has(&es, EntityKind::Person, "Tự Đức"), "{:?}", names(&es));
}

#[test]
fn viettels_foreign_networks_and_the_arab_league_are_bodies() {
    // Znews, 2023 (set 42)
    let es = run("Viettel hiện có các mạng Halotel, Movitel, Natcom và Bitel ở nước ngoài; Tổng thư ký Liên đoàn Ả-rập cũng dự.");
    for (name, country) in [
        ("Halotel", Some("TZA")),
        ("Movitel", Some("MOZ")),
        ("Natcom", Some("HTI")),
        ("Bitel", Some("PER")),
        ("Liên đoàn Ả Rập", None),
    ] {
        let e = es
            .iter()
            .find(|e| e.kind == EntityKind::Organisation && e.name == name)
            .unwrap_or_else(|| panic!("{name}: {:?}", names(&es)));
        assert_eq!(e.country.as_deref(), country);
    }
    assert!(
        !has(&es, EntityKind::Organisation, "Liên đoàn Ả"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn chinese_border_stations_and_war_cemeteries() {
    // Quân đội Nhân dân, 2024 (set 44)
    let es = run("Bộ đội Biên phòng tỉnh Quảng Ninh phối hợp với Trạm Quản lý biên giới Đông Hưng thuộc Tổng đội Quản lý xuất nhập cảnh biên phòng Phòng Thành Cảng (Quảng Tây, Trung Quốc).");
    for body in [
        "Trạm Quản lý biên giới Đông Hưng",
        "Tổng đội Quản lý xuất nhập cảnh biên phòng Phòng Thành Cảng",
    ] {
        assert!(
            has(&es, EntityKind::Organisation, body),
            "{body}: {:?}",
            names(&es)
        );
    }
    // VietnamPlus, 2022 (set 44): a cemetery, no school named "Trường Sơn"
    let es = run("Đoàn đã dâng hương tại Nghĩa trang liệt sỹ quốc gia Trường Sơn.");
    assert!(
        has(
            &es,
            EntityKind::Location,
            "Nghĩa trang liệt sỹ quốc gia Trường Sơn"
        ),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organisation),
        "{:?}",
        names(&es)
    );
    // "Trạm" alone opens no body: a district, a market
    let es = run("Huyện Trạm Tấu có nhiều ruộng bậc thang; chợ Trạm họp phiên.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Trạm")),
        "{:?}",
        names(&es)
    );
}
