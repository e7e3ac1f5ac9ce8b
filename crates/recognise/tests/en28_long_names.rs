//! Brief en28 (session 18): long agency names whose lower-case fields hold
//! a word that can also be a verb ("điều tra", "liên lạc"), fields joined
//! by a spaced dash whose second field is itself a head ("Phòng không -
//! Không quân"), a field word of three syllables opened by the capitalised
//! one ("Xuất nhập khẩu"), and the Party's commissions written "T.Ư".
//! Sentences are written in the style of Vietnamese security, defence and
//! economic news.

mod common;
use common::{has, names, run};
use thoisu_core::{Entity, EntityKind};

/// Is there an organisation one of whose mentions is written exactly so?
fn org_written(es: &[Entity], text: &str) -> bool {
    es.iter()
        .any(|e| e.kind == EntityKind::Organisation && e.mentions.iter().any(|m| m.text == text))
}

#[test]
fn investigative_police_names_run_to_their_remit() {
    let es = run("Ngày 14/11, Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Quảng Ninh bắt quả tang 3 đối tượng.");
    assert!(
        org_written(
            &es,
            "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Quảng Ninh"
        ),
        "{:?}",
        names(&es)
    );
    let es = run("Cục Cảnh sát điều tra tội phạm về trật tự xã hội (Bộ Công an) cho biết đã bắt giữ nghi phạm.");
    assert!(
        org_written(&es, "Cục Cảnh sát điều tra tội phạm về trật tự xã hội"),
        "{:?}",
        names(&es)
    );
    // "điều tra" right after a body that is not "Cảnh sát" is the verb
    let es = run("Bộ Công an điều tra vụ việc và xử lý nghiêm các đối tượng.");
    assert!(
        has(&es, EntityKind::Organisation, "Bộ Công an"),
        "{:?}",
        names(&es)
    );
    assert!(!org_written(&es, "Bộ Công an điều tra"), "{:?}", names(&es));
}

#[test]
fn an_activity_that_completes_a_word_is_a_noun_field() {
    let es = run("Thủ tướng dự lễ khánh thành công viên phần mềm tại Học viện Kỹ thuật Thông tin liên lạc ở Nha Trang.");
    assert!(
        org_written(&es, "Học viện Kỹ thuật Thông tin liên lạc"),
        "{:?}",
        names(&es)
    );
    // alone after a name, "liên lạc" is the verb "to contact"
    let es = run("Đại sứ quán Việt Nam tại Nhật Bản liên lạc với nhà chức trách sở tại.");
    assert!(
        !es.iter().any(|e| e.name.contains("liên lạc")),
        "{:?}",
        names(&es)
    );
    // "cơ bản" opens a field only when the field runs up to a country
    let es = run("Ký bản ghi nhớ với Bộ Công nghiệp cơ bản New Zealand về hợp tác nông nghiệp.");
    assert!(
        org_written(&es, "Bộ Công nghiệp cơ bản New Zealand"),
        "{:?}",
        names(&es)
    );
    let es = run("Ban Chỉ đạo cơ bản hoàn thành các nhiệm vụ được giao.");
    assert!(
        !es.iter().any(|e| e.name.contains("cơ bản")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn lower_case_fields_of_heritage_and_demining_bodies() {
    let es =
        run("Nhà vua thăm Trung tâm Bảo tồn di tích Cố đô Huế và tiếp xúc các nhà nghiên cứu.");
    assert!(
        org_written(&es, "Trung tâm Bảo tồn di tích Cố đô Huế"),
        "{:?}",
        names(&es)
    );
    let es = run("Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) phối hợp với KOICA triển khai dự án.");
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Organisation
            && e.mentions
                .iter()
                .any(|m| m.text.starts_with("Trung tâm Hành động bom mìn quốc gia"))),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_head_after_a_spaced_dash_is_the_second_field() {
    for s in [
        "Ông thông báo Ấn Độ sẽ tặng Học viện Phòng không - Không quân hai hệ thống mô phỏng.",
        "Dự lễ có đại diện tỉnh Đồng Nai, Quân chủng Phòng không - Không quân và Bộ Tư lệnh Hóa học.",
    ] {
        let es = run(s);
        assert!(
            es.iter().any(|e| e.kind == EntityKind::Organisation
                && e.mentions.iter().any(|m| m.text.ends_with("Phòng không - Không quân"))),
            "{s}: {:?}",
            names(&es)
        );
    }
    // a head that goes on with a place or a name is a body of its own
    let es = run("Phòng Cảnh sát hình sự - Công an TP Hà Nội đã bắt giữ đối tượng.");
    assert!(
        !es.iter().any(|e| e.name.contains("hình sự - Công an")),
        "{:?}",
        names(&es)
    );
    let es = run("Cơ quan Cảnh sát điều tra - Công an quận Ngô Quyền đã khởi tố vụ án.");
    assert!(
        !es.iter().any(|e| e.name.contains("điều tra - Công an")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_three_syllable_field_opened_by_its_capital_is_read_whole() {
    let es = run("Ông Trần Thanh Hải, Phó Cục trưởng Cục Xuất nhập khẩu, cho biết xuất khẩu sang Canada tăng mạnh.");
    assert!(org_written(&es, "Cục Xuất nhập khẩu"), "{:?}", names(&es));
    assert!(!org_written(&es, "Cục Xuất nhập"), "{:?}", names(&es));
}

#[test]
fn party_commissions_written_with_the_short_central() {
    let es = run(
        "Theo thông tin từ Ban Đối ngoại T.Ư, cuộc điện đàm diễn ra trong không khí thẳng thắn.",
    );
    assert!(
        has(&es, EntityKind::Organisation, "Ban Đối ngoại Trung ương"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_units_number_before_a_verb_or_its_province_ends_its_name() {
    let es = run("Đoàn công tác gồm gần 100 cán bộ, chiến sĩ, do Bộ Tư lệnh Vùng Cảnh sát biển 2 cử tham gia.");
    assert!(
        org_written(&es, "Bộ Tư lệnh Vùng Cảnh sát biển 2"),
        "{:?}",
        names(&es)
    );
    let es = run("Bệnh viện Quân y 175 đã tiếp nhận 12 bệnh nhân.");
    assert!(org_written(&es, "Bệnh viện Quân y 175"), "{:?}", names(&es));
    let es = run("Sáng 26/6, Ban Chỉ đạo 515 tỉnh Tây Ninh tổ chức lễ tiếp nhận hài cốt.");
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Organisation
            && e.mentions
                .iter()
                .any(|m| m.text.starts_with("Ban Chỉ đạo 515"))),
        "{:?}",
        names(&es)
    );
    // a number before what it counts, or before a range word, is no word of the name
    let es = run("Bộ Tư lệnh Vùng 4 có 20 tàu.");
    assert!(
        !es.iter().any(|e| e.name.contains("20")),
        "{:?}",
        names(&es)
    );
    let es = run("Quân đội đã đóng quân tại Trường THPT Abu Mohammad 3 tới 4 tháng.");
    assert!(
        !es.iter().any(|e| e.name.ends_with(" 3")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_lower_case_field_ends_at_an_ellipsis() {
    let es = run("Các trường top trên như ĐH Ngoại thương, ĐH Kinh tế quốc dân... cơ bản điểm chuẩn sẽ không tăng nhiều.");
    assert!(org_written(&es, "ĐH Kinh tế quốc dân"), "{:?}", names(&es));
}

#[test]
fn a_holder_named_after_the_topic_of_a_title() {
    let es = run("Phía Mỹ sẽ do Đặc phái viên về Triều Tiên Stephen Biegun dẫn đầu.");
    assert!(
        has(&es, EntityKind::Person, "Stephen Biegun"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Triều Tiên"),
        "{:?}",
        names(&es)
    );
    let es = run("Thỏa thuận được ký bởi Đặc phái viên Mỹ về hòa giải Afghanistan Zalmay Khalilzad và đại diện Taliban.");
    let p = es
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == "Zalmay Khalilzad")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("USA"));
    assert!(
        has(&es, EntityKind::Location, "Afghanistan"),
        "{:?}",
        names(&es)
    );
    // talk about a topic, with no holder's name after it, makes no person
    let es = run("Bộ trưởng Ngoại giao nói về Triều Tiên rằng hai bên cần đối thoại.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name != "Bộ trưởng Ngoại giao"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Triều Tiên"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn features_of_the_east_sea_are_places() {
    let es = run("Tàu bị đâm chìm tại khu vực bãi Đá Lồi, 5 ngư dân rơi xuống biển.");
    let p = es
        .iter()
        .find(|e| e.kind == EntityKind::Location && e.name == "Đá Lồi")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("VNM"));
    let es = run(
        "Người phát ngôn khẳng định Đá Ba Đầu thuộc cụm Sinh Tồn, quần đảo Trường Sa của Việt Nam.",
    );
    assert!(
        has(&es, EntityKind::Location, "Đá Ba Đầu"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Sinh Tồn"),
        "{:?}",
        names(&es)
    );
    // the island; "huyện Lý Sơn" stays the district
    let es = run("Tàu cá về đến cảng Bến Đình trên đảo Lý Sơn an toàn.");
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Location
            && e.mentions.iter().any(|m| m.text == "đảo Lý Sơn")
            && e.country.as_deref() == Some("VNM")),
        "{:?}",
        names(&es)
    );
    // a common word is no reef: "sinh tồn" (survival) in lower case
    let es = run("Ngư dân cần kỹ năng sinh tồn trên biển.");
    assert!(
        !has(&es, EntityKind::Location, "Sinh Tồn"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn un_peacekeeping_missions_by_name_and_acronym() {
    let es = run("Bộ Quốc phòng tổ chức lễ xuất quân tham gia Phái bộ gìn giữ hòa bình Liên Hợp Quốc tại Nam Sudan (UNMISS).");
    let m = es
        .iter()
        .find(|e| e.kind == EntityKind::Organisation && e.name == "UNMISS")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(m.mentions.len(), 2, "{:?}", m.mentions);
    // a mission named by its country alone keeps the country a place
    let es = run("Nhiều sĩ quan làm nhiệm vụ tại Phái bộ Cộng hòa Trung Phi (MINUSCA).");
    assert!(
        has(&es, EntityKind::Organisation, "MINUSCA"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Cộng hòa Trung Phi"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn from_a_place_at_a_sentences_start_is_no_person() {
    let es = run("Đoàn tàu dừng ở ga Đồng Đăng. Từ Đồng Đăng, đoàn xe hộ tống chạy theo quốc lộ 1 về Hà Nội.");
    assert!(
        has(&es, EntityKind::Location, "Đồng Đăng"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    let es = run("Từ Đà Nẵng, đoàn công tác bay ra Hà Nội.");
    assert!(
        has(&es, EntityKind::Location, "Đà Nẵng"),
        "{:?}",
        names(&es)
    );
    // the surname before a given name stays a person
    let es = run("Từ Hiểu Đông phát biểu tại hội nghị.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name == "Từ Hiểu Đông"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn temples_and_pagodas_named_with_a_capital_head_are_places() {
    let es = run(
        "Sáng nay, tại Đền Thượng, Khu Di tích lịch sử Đền Hùng, lễ dâng hương đã được tổ chức.",
    );
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location
                && e.mentions.iter().any(|m| m.text == "Đền Thượng")),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    let es = run("Đoàn khách Nhật Bản tham quan Chùa Cầu và phố cổ Hội An.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location
                && e.mentions.iter().any(|m| m.text == "Chùa Cầu")),
        "{:?}",
        names(&es)
    );
}
