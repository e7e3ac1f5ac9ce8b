//! Issue 3 (brief en19): names of sites and of bodies read from their head
//! that a careless reading bounds wrongly. Sentences are from the Vietnamese
//! press (Dân Trí 2017, Người Lao Động 2017, Thanh Niên 2017, Báo Bình
//! Dương 2017, Lao Động 2017), as the bench corpus holds them.

mod common;
use common::{has, names, run};
use thoisu_core::EntityKind;

fn places(text: &str) -> Vec<String> {
    run(text)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Location)
        .flat_map(|e| e.mentions.into_iter().map(|m| m.text))
        .collect()
}

#[test]
fn a_headline_run_into_its_sentence_ends_the_sites_name() {
    // a page that lost the line break after a heading: the head again, or a
    // capitalised function word, opens the sentence
    let ps =
        places("Du khách nên đi giày thể thao. Chùa Ba Vàng Chùa Ba Vàng chỉ cách Yên Tử vài km.");
    assert!(ps.iter().any(|p| p == "Chùa Ba Vàng"), "{ps:?}");
    assert!(!ps.iter().any(|p| p.contains("Vàng Chùa")), "{ps:?}");
    let ps = places("Các bạn nên chuẩn bị sẵn ít tiền lẻ. Chùa Bái Đính Sau 3 tiếng lênh đênh trên thuyền, hành trình tiếp tục.");
    assert!(ps.iter().any(|p| p == "Chùa Bái Đính"), "{ps:?}");
    assert!(!ps.iter().any(|p| p.contains("Sau")), "{ps:?}");
    // a capitalised word of the name goes on, and a function word may end it
    let ps = places("Đền Tranh hay còn gọi là đền Quan Lớn Tuần Tranh nằm ở gần bến đò.");
    assert!(ps.iter().any(|p| p == "đền Quan Lớn Tuần Tranh"), "{ps:?}");
    let ps =
        places("Ông đứng trên sân khấu ở khách sạn Đệ Nhất, ông thầy trẻ nhiều lần ngắt quãng.");
    assert!(ps.iter().any(|p| p == "khách sạn Đệ Nhất"), "{ps:?}");
}

#[test]
fn a_sites_name_takes_no_syllable_of_the_sentence() {
    let ps = places("Chùa Bái Đính hiện là chùa nắm giữ nhiều kỉ lục nhất Việt Nam.");
    assert!(ps.iter().any(|p| p == "Chùa Bái Đính"), "{ps:?}");
    assert!(!ps.iter().any(|p| p.contains("hiện")), "{ps:?}");
    // ... but a word of the lexicon the name ends with stays
    let ps = places("Xe điên đâm đám đông tại Quảng trường Thời đại, Mỹ. Lễ đón diễn ra tại Cung Độc lập ở thủ đô Minsk.");
    assert!(ps.iter().any(|p| p == "Quảng trường Thời đại"), "{ps:?}");
    assert!(ps.iter().any(|p| p == "Cung Độc lập"), "{ps:?}");
}

#[test]
fn a_body_cut_at_an_abbreviated_unit_is_not_listed() {
    let es = run("Bà tố cáo Chi cục trưởng Chi cục THA DS Q.10 có dấu hiệu vi phạm. Nga chiếm đoạt tiền tại trụ sở Chi cục Thuế H.Nhơn Trạch.");
    let orgs: Vec<_> = names(&es)
        .into_iter()
        .filter(|(k, _)| *k == EntityKind::Organisation)
        .collect();
    assert!(
        !orgs
            .iter()
            .any(|(_, n)| *n == "Chi cục THA DS Q" || *n == "Chi cục Thuế H"),
        "{orgs:?}"
    );
    // a full stop that lost its space after a body's acronym cuts nothing
    let es = run("Công ty không công bố thông tin theo yêu cầu của UBCKNN/Sở GDCK.Như vậy, trường hợp này bị xử phạt.");
    assert!(
        has(&es, EntityKind::Organisation, "Sở GDCK"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_body_cut_before_its_lower_case_fields_is_not_listed() {
    let es = run("Trước đây, Chi cục Quản lý chất lượng nông - lâm - thủy sản lấy 3 mẫu măng để kiểm tra. Công an vừa phối hợp với Chi cục An toàn vệ sinh thực phẩm kiểm tra đột xuất cơ sở. Ông Cường, Phó chi cục trưởng Chi cục Khai thác và bảo vệ nguồn lợi thủy sản, cho biết.");
    for cut in ["Chi cục Quản lý", "Chi cục An toàn", "Chi cục Khai thác"] {
        assert!(
            !has(&es, EntityKind::Organisation, cut),
            "{cut}: {:?}",
            names(&es)
        );
    }
    // a field that ends where a verb follows is the body's whole name
    let es = run("Chi cục Kiểm lâm kiểm tra khu rừng. Tập đoàn quyết định liên doanh với Công ty Guang Lian xây dựng nhà máy thép.");
    assert!(
        has(&es, EntityKind::Organisation, "Chi cục Kiểm lâm"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Organisation, "Công ty Guang Lian"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_tie_to_the_governing_office_ends_a_lower_case_field() {
    let es = run("Ủy ban Cải cách hành chính trực thuộc Bộ Nội vụ đã họp.");
    assert!(
        has(&es, EntityKind::Organisation, "Ủy ban Cải cách hành chính"),
        "{:?}",
        names(&es)
    );
    // a verb after the field ends nothing: the field is the sentence's
    let es = run("Chi cục An toàn vệ sinh thực phẩm kiểm tra đột xuất cơ sở.");
    assert!(
        !has(
            &es,
            EntityKind::Organisation,
            "Chi cục An toàn vệ sinh thực phẩm kiểm tra"
        ),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_foreign_clubs_name_goes_on_with_its_sponsor() {
    let es = run("Trên cương vị huấn luyện viên trưởng câu lạc bộ Jeonbuk Hyundai Motors, ông giành chức vô địch K-League 1 năm 2021. Tiền đạo này từng khoác áo CLB Shanghai SIPG.");
    for club in ["câu lạc bộ Jeonbuk Hyundai Motors", "CLB Shanghai SIPG"] {
        assert!(
            has(&es, EntityKind::Organisation, club),
            "{club}: {:?}",
            names(&es)
        );
    }
    // the sponsor is a word of the club's name, no company of the article
    assert!(
        !has(&es, EntityKind::Organisation, "Hyundai Motors"),
        "{:?}",
        names(&es)
    );
    // a head that is no club's does not run on into a person's name
    let es = run("Gia đình sinh viên Đại học Virginia Otto Warmbier đã lên tiếng.");
    assert!(
        !names(&es).iter().any(|(_, n)| n.contains("Virginia Otto")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn clubs_in_lower_case_name_one_body_only_with_a_name() {
    let es = run("Ngoài hai câu lạc bộ Premier League, những đội bóng từ Đức cũng theo dõi. Cô tham gia câu lạc bộ sách của trường.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organisation),
        "{:?}",
        names(&es)
    );
    let es = run("Xuân Trường bận thi đấu cho câu lạc bộ Gangwon – Hàn Quốc.");
    assert!(
        has(&es, EntityKind::Organisation, "câu lạc bộ Gangwon"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_numbered_ship_or_rig_named_after_a_place_is_no_place() {
    let es = run("Yêu cầu tàu Hải Dương 8 của Trung Quốc rút khỏi vùng biển Việt Nam. Nhóm tàu khảo sát Hải Dương 8 đã vi phạm. Năm 2014, Trung Quốc hạ đặt giàn khoan Hải Dương 981 trong vùng biển.");
    assert!(
        !has(&es, EntityKind::Location, "Hải Dương"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Location, "Trung Quốc"),
        "{:?}",
        names(&es)
    );
    // nor when the ship's name goes on before its number
    let es = run("Việt Nam yêu cầu rút toàn bộ nhóm tàu khảo sát Hải Dương Địa chất 8 khỏi vùng biển Việt Nam. Tàu Hải Dương Địa Chất 8 thuộc Cục Địa chất Trung Quốc.");
    assert!(
        !has(&es, EntityKind::Location, "Hải Dương"),
        "{:?}",
        names(&es)
    );
    // without a number the place after a ship is the place it is in or from
    let es = run("Tàu hải cảnh Trung Quốc áp sát tàu chiến Mỹ gần đảo Hải Nam. Đoàn công tác tỉnh Hải Dương thăm tàu 8 ngày.");
    for place in ["Trung Quốc", "Hải Dương"] {
        assert!(
            has(&es, EntityKind::Location, place),
            "{place}: {:?}",
            names(&es)
        );
    }
}
