//! Brief en27 (session 17): a Vietnamese artist named by a one-syllable
//! country and a given name, a High Commissioner before a person's name,
//! Taiwan's leaders, companies and sites abroad.
//! Sentences are written in the style of Vietnamese general, world and
//! economic news.

mod common;
use common::{has, names, run};
use thoisu_core::{Entity, EntityKind};

fn person<'e>(es: &'e [Entity], name: &str) -> Option<&'e Entity> {
    es.iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)
}

#[test]
fn an_artist_named_by_a_country_and_a_given_name_is_vietnamese() {
    let es = run("Ông Tim Cook dạo phố Hà Nội và ngồi cà phê trứng cùng ca sĩ Mỹ Linh.");
    let p = person(&es, "Mỹ Linh").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("VNM"));
    assert!(!has(&es, EntityKind::Location, "Mỹ"), "{:?}", names(&es));
    let es = run("Đêm nhạc có sự tham gia của nhạc sĩ Đức Huy và nhiều nghệ sĩ trẻ.");
    assert!(person(&es, "Đức Huy").is_some(), "{:?}", names(&es));
    assert!(!has(&es, EntityKind::Location, "Đức"), "{:?}", names(&es));
    // a foreign name after the country: an American singer
    let es = run("Ca sĩ Mỹ Ariana Grande hủy buổi diễn tại Manchester.");
    let p = person(&es, "Ariana Grande").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("USA"));
    // an office's title keeps the country: the British Prime Minister
    let es = run("Thủ tướng Anh Keir Starmer tiếp ông Zelensky tại London.");
    let p = person(&es, "Keir Starmer").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("GBR"));
}

#[test]
fn a_high_commissioner_before_a_name_is_a_title() {
    let es =
        run("Ấn Độ trục xuất 6 nhà ngoại giao Canada, trong đó có Quyền Cao ủy Stewart Wheeler.");
    assert!(person(&es, "Stewart Wheeler").is_some(), "{:?}", names(&es));
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Cao")),
        "{:?}",
        names(&es)
    );
    let es = run("Phía EU, Cao ủy Thương mại Cecilia Malmström ký hiệp định. Trước lễ ký, Thủ tướng đã tiếp Cao ủy Malmström.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Cao")),
        "{:?}",
        names(&es)
    );
    // with a country and no name after it, the mission
    let es = run("Cũng trong ngày 13-7, Cao ủy Ấn Độ tại Colombo bác bỏ thông tin này.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.contains("Ấn Độ tại Colombo")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_title_is_not_read_across_two_words_of_other_casing() {
    // "cấp cao Ủy ban": no "Cao ủy" title, the body stays whole
    let es = run("Cũng trong chiều 26/5, Đoàn đại biểu cấp cao Ủy ban Trung ương MTTQ Việt Nam đã hội đàm với đoàn Lào.");
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Organisation
            && e.name.starts_with("Uỷ ban Trung ương MTTQ")
            || e.name.starts_with("Ủy ban Trung ương MTTQ")),
        "{:?}",
        names(&es)
    );
    // an old transliteration glued by hyphens is no Vietnamese given name
    let es = run("Cuộc hội đàm giữa Tổng thống Nga Putin và người đồng cấp Mỹ Đô-nan Trăm diễn ra bên lề hội nghị.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name.starts_with("Mỹ")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn companies_and_sites_abroad() {
    let es = run("Các doanh nghiệp Ấn Độ như Tata, Reliance đã đầu tư vào Việt Nam; Luxshare và Goertek đặt nhà máy tại Bắc Giang.");
    for (n, c) in [
        ("Tata Group", "IND"),
        ("Reliance Industries", "IND"),
        ("Luxshare", "CHN"),
        ("Goertek", "CHN"),
    ] {
        let o = es
            .iter()
            .find(|e| e.kind == EntityKind::Organisation && e.name == n)
            .unwrap_or_else(|| panic!("{n}: {:?}", names(&es)));
        assert_eq!(o.country.as_deref(), Some(c));
    }
    let es = run("Cuộc trao đổi tại Phòng Bầu dục nhanh chóng trở nên căng thẳng.");
    let l = es
        .iter()
        .find(|e| e.name == "Phòng Bầu dục")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(l.kind, EntityKind::Location);
    assert_eq!(l.country.as_deref(), Some("USA"));
}

#[test]
fn taiwans_leaders_in_sino_vietnamese_names_are_taiwans() {
    let es = run("Lãnh đạo Đài Loan Lại Thanh Đức phát biểu tại Đài Bắc. Ông Lại Thanh Đức nói hòn đảo sẽ tăng chi tiêu quốc phòng.");
    let p = person(&es, "Lại Thanh Đức").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("TWN"));
    let es = run("Bà Thái Anh Văn quá cảnh Mỹ trong chuyến công du Trung Mỹ.");
    let p = person(&es, "Thái Anh Văn").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("TWN"));
    // a Vietnamese namesake's other names stay Vietnamese
    let es = run("Ông Lại Văn Đức, Chủ tịch UBND xã, cho biết.");
    assert!(
        es.iter().all(|e| e.country.as_deref() != Some("TWN")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_company_described_before_its_name_is_that_company() {
    let es = run("Hai bên trao Lộ trình hợp tác giữa Bộ Khoa học và Công nghệ và Tập đoàn Năng lượng nguyên tử quốc gia Nga Rosatom. Rosatom sẽ hỗ trợ đào tạo.");
    let orgs: Vec<_> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation && e.name.contains("Rosatom"))
        .collect();
    assert_eq!(orgs.len(), 1, "{:?}", names(&es));
    assert_eq!(orgs[0].country.as_deref(), Some("RUS"));
    // a company of another country named at the end stays apart
    let es = run("Tập đoàn Dầu khí Việt Nam ký thỏa thuận với Zarubezhneft; Tập đoàn Zarubezhneft của Nga cam kết mở rộng thăm dò.");
    assert!(
        !es.iter()
            .any(|e| e.name.starts_with("Tập đoàn Dầu khí") && e.country.as_deref() == Some("RUS")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_subsidiary_named_with_its_parents_name_stays_apart() {
    let es = run(
        "Công ty chứng khoán FPT vừa công bố kết quả kinh doanh; FPT cũng mở rộng sang Nhật Bản.",
    );
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name == "Công ty chứng khoán FPT"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn radio_free_europe_in_the_order_some_outlets_write_it() {
    let es = run("Nhà báo Alsu Kurmasheva của Đài Tự do Châu Âu/Đài Tiếng nói Tự do (RFE/RL) được trả tự do.");
    assert!(
        has(&es, EntityKind::Organisation, "Đài châu Âu Tự do/Đài Tự do"),
        "{:?}",
        names(&es)
    );
    assert!(
        !has(&es, EntityKind::Location, "châu Âu"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn guest_houses_and_memorials_are_sites() {
    let es = run("Sau đó, hai nhà lãnh đạo hội đàm tại Nhà khách Kumsusan ở Bình Nhưỡng.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location && e.name == "Nhà khách Kumsusan"),
        "{:?}",
        names(&es)
    );
    let es = run(
        "Thủ tướng đặt vòng hoa tại Khu tưởng niệm Raj Ghat rồi hội đàm tại Nhà khách Hyderabad.",
    );
    for n in ["Khu tưởng niệm Raj Ghat", "Nhà khách Hyderabad"] {
        assert!(
            es.iter()
                .any(|e| e.kind == EntityKind::Location && e.name == n),
            "{n}: {:?}",
            names(&es)
        );
    }
    // the building, not the city
    assert!(
        !has(&es, EntityKind::Location, "Hyderabad"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn parties_counties_and_urban_areas_after_their_heads() {
    let es = run("Ông Ben-Gvir, lãnh đạo đảng cực hữu Otzma Yehudit, tuyên bố rút khỏi chính phủ; đảng đối lập CNRP bị giải thể.");
    for n in ["Otzma Yehudit", "CNRP"] {
        assert!(
            has(&es, EntityKind::Organisation, n),
            "{n}: {:?}",
            names(&es)
        );
    }
    // a Vietnamese word after the head is no party
    let es = run("Cử tri ủng hộ đảng cầm quyền trong cuộc bầu cử.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organisation),
        "{:?}",
        names(&es)
    );
    let es = run("Nhà máy đặt tại hạt Chatham, bang North Carolina.");
    assert!(
        has(&es, EntityKind::Location, "Chatham"),
        "{:?}",
        names(&es)
    );
    let es = run("Thành phố đẩy nhanh tiến độ Khu đô thị Nam Trung Yên.");
    assert!(
        has(&es, EntityKind::Location, "Khu đô thị Nam Trung Yên"),
        "{:?}",
        names(&es)
    );
    // "hạt" of a seed is no county
    let es = run("Giá hạt điều xuất khẩu tăng mạnh trong quý I.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Location),
        "{:?}",
        names(&es)
    );
}

#[test]
fn the_left_party_keeps_its_name() {
    let es = run(
        "Ông Schulz có thể lập chính phủ gồm đảng Dân chủ Xã hội Đức, đảng Cánh tả và đảng Xanh.",
    );
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.contains("Cánh tả")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_bare_home_body_in_news_of_another_country_is_that_countrys() {
    let es = run("Mỹ đình chỉ quan hệ đối tác chiến lược với Gruzia. Hàng chục nghìn người biểu tình trước tòa nhà Quốc hội Gruzia ở Tbilisi. Bà Zourabichvili tuyên bố sẽ không rời nhiệm sở vì cho rằng Quốc hội mới được bầu là không hợp pháp.");
    let na: Vec<_> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Quốc hội"))
        .collect();
    assert_eq!(na.len(), 1, "{:?}", names(&es));
    assert_eq!(na[0].country.as_deref(), Some("GEO"));
    assert_eq!(na[0].mentions.len(), 2);
    // with Vietnam named, the bare body stays Vietnam's
    let es = run("Chủ tịch Quốc hội Lào tiếp đoàn Việt Nam. Quốc hội sẽ xem xét dự luật.");
    assert!(
        es.iter().any(|e| e.kind == EntityKind::Organisation
            && e.name == "Quốc hội"
            && e.country.as_deref() == Some("VNM")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_brand_beside_its_local_firm_stays_the_parent() {
    let es = run("Toyota Việt Nam tăng giá bán. Trong khi đó, Toyota công bố lợi nhuận quý kỷ lục tại Nhật Bản.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name == "Toyota"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_treaty_named_after_a_city_names_no_place() {
    let es = run("Là thành viên của Quy chế Rome, Nam Phi có nghĩa vụ thực thi lệnh bắt; Mỹ rút khỏi Thỏa thuận Paris về khí hậu.");
    for n in ["Roma", "Paris"] {
        assert!(!has(&es, EntityKind::Location, n), "{n}: {:?}", names(&es));
    }
    // the city itself stays
    let es = run("Hội nghị diễn ra tại Paris, thủ đô nước Pháp.");
    assert!(has(&es, EntityKind::Location, "Paris"), "{:?}", names(&es));
}

#[test]
fn a_ship_class_named_after_a_place_is_no_place() {
    let es = run("Lực lượng Tuần duyên Hoa Kỳ đã chuyển giao tàu tuần tra lớp Hamilton cho Cảnh sát biển Việt Nam.");
    assert!(
        !has(&es, EntityKind::Location, "Hamilton"),
        "{:?}",
        names(&es)
    );
    let es = run("Tàu ngầm hạt nhân lớp Ohio của Mỹ cập cảng Busan.");
    assert!(!has(&es, EntityKind::Location, "Ohio"), "{:?}", names(&es));
    // A place named on its own stays a place.
    let es = run("Ông Biden phát biểu tại bang Ohio.");
    assert!(has(&es, EntityKind::Location, "Ohio"), "{:?}", names(&es));
}

#[test]
fn air_defence_goes_on_inside_a_name() {
    // "phòng không" (air defence) holds "không", which alone ends a name.
    let es = run("Quân chủng Phòng không - Không quân phối hợp thực hiện dự án.");
    assert!(
        es.iter()
            .any(|e| e.name.starts_with("Quân chủng Phòng không")),
        "{:?}",
        names(&es)
    );
    assert!(
        !has(&es, EntityKind::Organisation, "Quân chủng Phòng"),
        "{:?}",
        names(&es)
    );
}
