use thoisu_core::{DocActor, DocAgreement, DocEntity, DocEvent, Document, EntityKind};

use super::*;

fn person(name: &str) -> DocEntity {
    entity(EntityKind::Person, name)
}

fn entity(kind: EntityKind, name: &str) -> DocEntity {
    DocEntity {
        kind,
        name: name.into(),
        mentions: vec![name.into()],
        country: None,
        id: None,
        roles: vec![],
        actor: None,
        spans: vec![],
    }
}

fn event(code: &str, source: &str, target: &str, date: Option<&str>) -> DocEvent {
    let side = |c: &str| DocActor {
        name: c.into(),
        country: Some(c.into()),
        actor: None,
    };
    DocEvent {
        code: code.into(),
        label: String::new(),
        source: Some(side(source)),
        target: Some(side(target)),
        date: date.map(str::to_owned),
        location: None,
        goldstein: 0.0,
        quad_class: 1,
        sentence: String::new(),
        rule: String::new(),
        provenance: Default::default(),
        plover_type: String::new(),
        plover_mode: None,
        mentions: vec![],
    }
}

fn article(title: &str, published: Option<&str>) -> Document {
    Document {
        id: title.into(),
        title: Some(title.into()),
        published: published.map(str::to_owned),
        ..Document::default()
    }
}

/// TTXVN's and Người Lao Động's reports of the 2025 state visit to the DPRK.
fn two_reports_of_one_visit() -> (Document, Document) {
    let mut ttxvn = article(
        "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Triều Tiên Kim Jong Un",
        Some("2025-10-10T20:15:00+07:00"),
    );
    ttxvn.entities = vec![person("Tô Lâm"), person("Kim Jong Un")];
    ttxvn.events = vec![event("046", "VNM", "PRK", Some("2025-10-10"))];
    let mut nld = article("Việt Nam - Triều Tiên thúc đẩy hợp tác", Some("2025-10-11"));
    nld.entities = vec![
        person("Kim Jong Un"),
        person("Tô Lâm"),
        entity(EntityKind::Organisation, "Đảng Lao động Triều Tiên"),
    ];
    // Told the other way round, and as a meeting rather than talks.
    nld.events = vec![event("042", "PRK", "VNM", Some("2025-10-10"))];
    (ttxvn, nld)
}

#[test]
fn two_outlets_reporting_one_meeting_are_one_story() {
    let (a, b) = two_reports_of_one_visit();
    let (a, b) = (Fingerprint::of(&a), Fingerprint::of(&b));
    assert_eq!(a.happenings, vec!["2025-10-10|PRK-VNM"]);
    assert!(same_story(&a, &b));
    assert!(same_story(&b, &a));
    // The earlier report is found from the later one's lookup keys.
    assert!(b.lookup_keys().iter().any(|k| a.keys().contains(k)));
}

#[test]
fn one_happening_without_a_shared_name_or_title_is_not_enough() {
    // Two different meetings of Vietnam and China on one day: a deputy
    // minister in Hà Nội, provincial leaders at the border.
    let mut a = article(
        "Thứ trưởng Ngoại giao tiếp Đại sứ Trung Quốc",
        Some("2024-03-05"),
    );
    a.entities = vec![person("Lê Hoài Trung"), person("Hùng Ba")];
    a.events = vec![event("042", "VNM", "CHN", Some("2024-03-05"))];
    let mut b = article(
        "Lạng Sơn và Quảng Tây hội đàm về cửa khẩu",
        Some("2024-03-05"),
    );
    b.entities = vec![person("Hồ Tiến Thiệu"), person("Lam Thiên Lập")];
    b.events = vec![event("046", "VNM", "CHN", Some("2024-03-05"))];
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
}

#[test]
fn a_shared_name_alone_does_not_make_a_story() {
    // The Prime Minister on one day: a conference, then a reception.
    let mut a = article(
        "Thủ tướng chủ trì hội nghị về giải ngân đầu tư công",
        Some("2024-07-02"),
    );
    a.entities = vec![
        person("Phạm Minh Chính"),
        entity(EntityKind::Organisation, "Bộ Tài chính"),
    ];
    let mut b = article("Thủ tướng tiếp Đại sứ Nhật Bản", Some("2024-07-02"));
    b.entities = vec![person("Phạm Minh Chính"), person("Ito Naoki")];
    b.events = vec![event("042", "VNM", "JPN", Some("2024-07-02"))];
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
}

#[test]
fn a_retold_report_without_events_joins_by_names_and_title() {
    let mut a = article(
        "Khởi tố nguyên Chủ tịch tỉnh Bình Thuận",
        Some("2024-05-20"),
    );
    a.entities = vec![
        person("Nguyễn Ngọc Hai"),
        entity(EntityKind::Organisation, "Bộ Công an"),
    ];
    let mut b = article(
        "Khởi tố, bắt tạm giam nguyên Chủ tịch tỉnh Bình Thuận",
        Some("2024-05-21"),
    );
    b.entities = vec![
        person("Nguyễn Ngọc Hai"),
        entity(EntityKind::Organisation, "Bộ Công an"),
    ];
    assert!(same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
    // Undated copies never link without a shared happening.
    a.published = None;
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
}

#[test]
fn articles_days_apart_are_never_one_story() {
    let (a, mut b) = two_reports_of_one_visit();
    b.published = Some("2025-10-20".into());
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
    // Two days is still within reach; the lookup keys cover them.
    b.published = Some("2025-10-12".into());
    let (a, b) = (Fingerprint::of(&a), Fingerprint::of(&b));
    assert!(same_story(&a, &b));
    assert!(b.lookup_keys().contains(&"n|2025-10-10|to lam".to_owned()));
}

#[test]
fn a_signed_document_is_a_happening() {
    let doc = |title: &str| DocAgreement {
        kind: thoisu_core::AgreementKind::Mou,
        title: title.into(),
        parties: vec![],
        date: Some("2023-09-10".into()),
        location: None,
        sentence: String::new(),
        provenance: Default::default(),
    };
    let mut a = article(
        "Việt Nam và Hoa Kỳ ký kết hợp tác bán dẫn",
        Some("2023-09-10"),
    );
    a.agreements = vec![doc("Bản ghi nhớ về hợp tác bán dẫn")];
    let mut b = article(
        "Hợp tác bán dẫn Việt - Mỹ: mở ra chương mới",
        Some("2023-09-11"),
    );
    b.agreements = vec![doc("Bản ghi nhớ về hợp tác bán dẫn")];
    let (a, b) = (Fingerprint::of(&a), Fingerprint::of(&b));
    assert_eq!(
        a.happenings,
        vec!["2023-09-10|ban ghi nho ve hop tac ban dan"]
    );
    // No shared name, but a like title.
    assert!(same_story(&a, &b));
}

#[test]
fn undated_events_and_one_country_events_are_no_happening() {
    let mut a = article("Tin vắn", None);
    a.events = vec![
        event("042", "VNM", "PRK", None),
        event("042", "VNM", "VNM", Some("2025-01-02")),
    ];
    let f = Fingerprint::of(&a);
    assert!(f.happenings.is_empty());
    assert!(f.keys().is_empty());
}

#[test]
fn fingerprints_round_trip_as_json() {
    let (a, _) = two_reports_of_one_visit();
    let f = Fingerprint::of(&a);
    let json = serde_json::to_string(&f).unwrap();
    assert_eq!(serde_json::from_str::<Fingerprint>(&json).unwrap(), f);
}

#[test]
fn an_undated_article_has_no_happening_on_the_borrowed_day() {
    // Read with `--date 2017-06-30`: an event the text leaves undated gets
    // that day, which says nothing about when it happened.
    let mut a = article("Mỹ cân nhắc điều khu trục hạm tới Hàn Quốc", None);
    a.anchor_date = Some("2017-06-30".into());
    a.events = vec![
        event("150", "USA", "KOR", Some("2017-06-30")),
        event("042", "USA", "KOR", Some("2017-02-03")),
    ];
    assert_eq!(Fingerprint::of(&a).happenings, vec!["2017-02-03|KOR-USA"]);
    // With a published day of its own, that day's events are happenings.
    a.published = Some("2017-06-30".into());
    assert_eq!(Fingerprint::of(&a).happenings.len(), 2);
}

#[test]
fn a_happening_and_a_shared_body_are_not_enough() {
    // Vietnam–China talks in Hà Nội and a National Assembly item the same
    // day: both name the Assembly, nobody else.
    let mut a = article(
        "Chủ tịch nước hội đàm với Chủ tịch Tập Cận Bình",
        Some("2017-05-12"),
    );
    a.entities = vec![
        person("Trần Đại Quang"),
        person("Tập Cận Bình"),
        entity(EntityKind::Organisation, "Quốc hội"),
    ];
    a.events = vec![event("046", "VNM", "CHN", Some("2017-05-12"))];
    let mut b = article(
        "Đường sắt Cát Linh - Hà Đông được khơi thông vốn",
        Some("2017-05-12"),
    );
    b.entities = vec![
        entity(EntityKind::Organisation, "Quốc hội"),
        entity(EntityKind::Organisation, "Bộ Giao thông Vận tải"),
    ];
    b.events = vec![event("061", "CHN", "VNM", Some("2017-05-12"))];
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
}

#[test]
fn undated_articles_need_a_like_title_beside_a_shared_person() {
    // Undated world news: Trump is in both, the happening date is the same,
    // the stories are not.
    let mut a = article("Putin: Trump chưa tiết lộ bí mật gì cho Nga", None);
    a.entities = vec![person("Donald Trump"), person("Vladimir Putin")];
    a.events = vec![event("010", "RUS", "USA", Some("2017-05-17"))];
    let mut b = article(
        "Israel tuyên bố duy trì quan hệ quân sự mạnh mẽ với Mỹ",
        None,
    );
    b.entities = vec![person("Donald Trump"), person("Avigdor Lieberman")];
    b.events = vec![event("010", "USA", "RUS", Some("2017-05-17"))];
    assert!(!same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
    // An untitled wire with the shared person and happening is judged as
    // if dated.
    let mut wire = a.clone();
    wire.title = None;
    assert!(same_story(&Fingerprint::of(&wire), &Fingerprint::of(&b)));
    // A like title with the shared person does link them.
    b.title = Some("Putin: Trump không tiết lộ bí mật nào cho Nga".into());
    assert!(same_story(&Fingerprint::of(&a), &Fingerprint::of(&b)));
}
