//! HTML pages laid out the way two big Vietnamese news sites lay theirs out
//! (hand-written, not copied): metadata, sapo, captions, related boxes, signatures.

use thoisu_read::{read_bytes, Format};

fn read(html: &str, origin: &str) -> thoisu_core::Article {
    let mut got = read_bytes(html.as_bytes(), origin, Some(Format::Html));
    assert_eq!(got.len(), 1);
    got.remove(0).unwrap()
}

#[test]
fn vnexpress_like_page() {
    let a = read(include_str!("pages/vnexpress_like.html"), "vne.html");
    assert_eq!(a.title.as_deref(), Some("Thủ tướng tiếp Đại sứ Hàn Quốc"));
    assert_eq!(a.outlet.as_deref(), Some("VnExpress"));
    assert_eq!(a.published.as_deref(), Some("2025-10-14T15:20:00+07:00"));
    assert_eq!(a.section.as_deref(), Some("Thời sự > Chính trị"));
    assert_eq!(a.authors, vec!["Viết Tuân"]);
    assert_eq!(
        a.captions,
        vec!["Thủ tướng Phạm Minh Chính tiếp Đại sứ Hàn Quốc Choi Young Sam."]
    );
    assert_eq!(
        a.related,
        vec![
            "Việt Nam - Hàn Quốc nâng cấp quan hệ",
            "Samsung mở rộng nhà máy tại Bắc Ninh"
        ]
    );
    let lead = a.lead.as_deref().unwrap();
    assert!(
        lead.ends_with("bán dẫn, trí tuệ nhân tạo."),
        "the sapo, not the shorter og:description"
    );
    assert!(a.body.starts_with(lead));
    assert!(a.body.contains("Đại sứ Choi Young Sam khẳng định"));
    for banned in [
        "Ảnh: Nhật Bắc",
        "Viết Tuân",
        "Samsung",
        "Chia sẻ",
        "Góc nhìn",
        "giấy phép",
        "Thứ ba, 14/10/2025",
    ] {
        assert!(
            !a.body.contains(banned),
            "body contains {banned:?}: {}",
            a.body
        );
    }
}

#[test]
fn dantri_like_page() {
    let a = read(include_str!("pages/dantri_like.html"), "dt.html");
    assert_eq!(
        a.title.as_deref(),
        Some("Mỹ và Trung Quốc nối lại đàm phán")
    );
    assert_eq!(a.outlet.as_deref(), Some("Dân trí"));
    assert_eq!(a.published.as_deref(), Some("2025-10-11T08:30:00+07:00"));
    assert_eq!(a.section.as_deref(), Some("Thế giới"));
    assert!(a.authors.contains(&"Minh Phương".to_string()));
    assert_eq!(
        a.lead.as_deref(),
        Some(
            "Mỹ và Trung Quốc đã nhất trí nối lại đàm phán thương mại sau nhiều tháng căng thẳng."
        )
    );
    assert_eq!(
        a.captions,
        vec!["Quan chức Mỹ và Trung Quốc tại cuộc gặp trước đó"]
    );
    assert_eq!(a.related, vec!["Trung Quốc áp thuế trả đũa hàng hóa Mỹ"]);
    assert!(!a.body.contains("(Dân trí)"));
    assert!(!a.body.contains("Ảnh: Reuters"));
    assert!(!a.body.contains("áp thuế trả đũa"));
    assert_eq!(a.body.split("\n\n").count(), 3, "{}", a.body);
}
