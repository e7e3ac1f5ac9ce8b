//! Entities on real news, round 2 (issue 3): organisation names that run on
//! through field words and a court's seat, title prefixes, and the spurious
//! names the first round produced, on sentences written for these tests in
//! the shape the press uses.

mod common;

use common::{names, run};
use thoisu_core::{Entity, EntityKind};
use thoisu_recognise::Recogniser;

fn has(es: &[Entity], kind: EntityKind, name: &str) -> bool {
    es.iter().any(|e| e.kind == kind && e.name == name)
}

fn mentioned(es: &[Entity], kind: EntityKind, written: &str) -> bool {
    es.iter()
        .any(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == written))
}

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn field_words_of_defence_and_research_bodies() {
    let es = run("Đoàn đã làm việc với Viện Chiến lược quốc phòng và Viện Lịch sử quân sự.");
    assert!(
        has(&es, ORG, "Viện Chiến lược quốc phòng"),
        "{:?}",
        names(&es)
    );
    assert!(has(&es, ORG, "Viện Lịch sử quân sự"), "{:?}", names(&es));
    let es = run("Ông đến thăm Học viện Chính trị quốc phòng, sau đó về Hà Nội.");
    assert!(
        has(&es, ORG, "Học viện Chính trị quốc phòng"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_field_goes_on_with_ve_and_another_field() {
    let es = run("Đại diện Viện Quan hệ quốc tế về quốc phòng, Cục Đối ngoại cùng dự.");
    assert!(
        has(&es, ORG, "Viện Quan hệ quốc tế về quốc phòng"),
        "{:?}",
        names(&es)
    );
    // "về" with no field word after it is the predicate's, not the name's
    let es = run("Viện Quan hệ quốc tế về Hà Nội dự hội thảo.");
    assert!(
        !mentioned(&es, ORG, "Viện Quan hệ quốc tế về Hà Nội"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn superior_courts_are_named_by_their_seat() {
    let es = run("Vụ án được xét xử phúc thẩm tại TAND Cấp cao tại Hà Nội vào tháng 5.");
    assert!(has(&es, ORG, "TAND Cấp cao tại Hà Nội"), "{:?}", names(&es));
    let es = run("Ông từng công tác tại Viện kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh.");
    let written = "Viện kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh";
    assert!(mentioned(&es, ORG, written), "{:?}", names(&es));
    // a court of a province is seated where it is named; "tại" after it is the event's place
    let es = run("TAND tỉnh Nghệ An tại Vinh đã tuyên án.");
    assert!(
        !mentioned(&es, ORG, "TAND tỉnh Nghệ An tại Vinh"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn deputy_and_acting_prefixes_are_titles_not_names() {
    let es = run("Bị cáo là cựu thư ký Phó Chánh án TAND Tối cao, bị phạt 5 năm tù.");
    assert!(!mentioned(&es, PER, "Phó"), "{:?}", names(&es));
    let es = run("Quyền Bộ trưởng Quốc phòng Hàn Quốc Kim Seon-ho đã phát biểu.");
    assert!(!mentioned(&es, PER, "Quyền"), "{:?}", names(&es));
    assert!(has(&es, PER, "Kim Seon-ho"), "{:?}", names(&es));
    // the surname Phó still opens a name when no title follows
    let es = run("Ông Phó Đức Phương là nhạc sĩ nổi tiếng.");
    assert!(has(&es, PER, "Phó Đức Phương"), "{:?}", names(&es));
}

#[test]
fn places_are_still_places_after_a_court() {
    let es = run("TAND Cấp cao tại Đà Nẵng mở phiên tòa.");
    assert!(has(&es, LOC, "Đà Nẵng"), "{:?}", names(&es));
}

#[test]
fn a_pair_of_countries_after_a_title_is_no_name_and_no_holder() {
    let es = run("Hai bên đánh giá cao kết quả của Hội đàm Thủ tướng Việt-Lào năm nay.");
    assert!(!es.iter().any(|e| e.kind == PER), "{:?}", names(&es));
    // a name after the title is still read
    let es = run("Thủ tướng Lào Sonexay Siphandone thăm Hà Nội.");
    assert!(has(&es, PER, "Sonexay Siphandone"), "{:?}", names(&es));
}

#[test]
fn a_credit_glued_to_a_caption_is_not_part_of_the_name() {
    let es = run("Chủ tịch nước tiếp Đại sứ Chile Juan Pablo Lira TTXViệt Nam");
    assert!(has(&es, PER, "Juan Pablo Lira"), "{:?}", names(&es));
    assert!(
        !names(&es).iter().any(|(_, n)| n.contains("TTX")),
        "{:?}",
        names(&es)
    );
    // "McCain" and "DeSantis" have one capital before the lower case: names still
    let es = run("Thượng nghị sĩ Mỹ John McCain gặp Thống đốc Ron DeSantis.");
    assert!(has(&es, PER, "John McCain"), "{:?}", names(&es));
    assert!(has(&es, PER, "Ron DeSantis"), "{:?}", names(&es));
}

#[test]
fn a_slip_of_one_letter_joins_the_gazetteer_person() {
    let es = run("Thủ tướng Nhật Bản đã điện đàm với Tổng thống Mỹ Donald Trum. Ông Donald Trump cho biết sẽ thăm Tokyo.");
    let trump: Vec<&Entity> = es
        .iter()
        .filter(|e| e.kind == PER && e.name.starts_with("Donald"))
        .collect();
    assert_eq!(trump.len(), 1, "{:?}", names(&es));
    assert_eq!(trump[0].mentions.len(), 2, "{:?}", trump[0].mentions);
    // another name sharing a word is another person
    let es = run("Ông Donald Tusk gặp Tổng thống Mỹ Donald Trump tại Brussels.");
    assert!(has(&es, PER, "Donald Tusk"), "{:?}", names(&es));
}

#[test]
fn a_title_a_body_answers_to_is_no_holder() {
    let es = Recogniser::embedded().recognise_on(
        "Ủy ban Cải cách hành chính trực thuộc Thủ tướng Nhật Bản đã họp.",
        &[],
        Some("2025-12-01"),
    );
    assert!(!es.iter().any(|e| e.kind == PER), "{:?}", names(&es));
    // "của" after a word that is no body: the holder the article names
    let es = run("Thủ tướng Nhật Bản Ishiba Shigeru thăm Việt Nam. \
         Bài phát biểu của Thủ tướng Nhật Bản được hoan nghênh.");
    let p = es
        .iter()
        .find(|e| e.name == "Ishiba Shigeru")
        .expect("person");
    assert_eq!(p.mentions.len(), 2, "{:?}", p.mentions);
}

#[test]
fn a_code_of_conduct_is_no_ministry() {
    let es = run("ASEAN và Trung Quốc thúc đẩy đàm phán Bộ Quy tắc Ứng xử ở Biển Đông.");
    assert!(
        !names(&es)
            .iter()
            .any(|(k, n)| *k == ORG && n.starts_with("Bộ")),
        "{:?}",
        names(&es)
    );
    let es = run("Bộ Tài chính Nhật Bản công bố số liệu mới.");
    assert!(
        mentioned(&es, ORG, "Bộ Tài chính Nhật Bản"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_capitalised_group_after_chairman_is_the_body() {
    let es = run("Ông Trần Văn Nam, Phó Chủ tịch Tập đoàn Viettel, cho biết.");
    assert!(mentioned(&es, ORG, "Tập đoàn Viettel"), "{:?}", names(&es));
    assert!(!has(&es, PER, "Viettel"), "{:?}", names(&es));
    // written in lower case, "chủ tịch tập đoàn" is still one title
    let es = run("Theo chủ tịch tập đoàn Vingroup Phạm Nhật Vượng, dự án sẽ sớm hoàn thành.");
    assert!(has(&es, PER, "Phạm Nhật Vượng"), "{:?}", names(&es));
}

#[test]
fn venues_and_areas_are_named_without_their_head() {
    let es = run("Trận chung kết diễn ra trên sân Bukit Jalil tối qua.");
    assert!(has(&es, LOC, "Bukit Jalil"), "{:?}", names(&es));
    let es = run("Lũ lụt nghiêm trọng ở khu vực Saint-Louis'Ouest, miền nam Haiti.");
    assert!(has(&es, LOC, "Saint-Louis'Ouest"), "{:?}", names(&es));
    // no name after the head, or a word cut in two: nothing
    let es = run("Cổ động viên đã rời sân và khu vực quanh đó.");
    assert!(!es.iter().any(|e| e.kind == LOC), "{:?}", names(&es));
    let es = run("Nhiệt độ khu vực Nam bộ thấp nhất 24 độ C.");
    assert!(!es.iter().any(|e| e.kind == LOC), "{:?}", names(&es));
}

#[test]
fn a_square_keeps_its_head_and_a_lower_case_syllable_ending_it() {
    let es = run("Hàng nghìn người tụ tập tại Quảng trường Hòa bình ở thủ đô.");
    assert!(has(&es, LOC, "Quảng trường Hòa bình"), "{:?}", names(&es));
    let es = run("Người biểu tình kéo về quảng trường Tahrir ở Cairo.");
    assert!(has(&es, LOC, "quảng trường Tahrir"), "{:?}", names(&es));
}

#[test]
fn a_lower_case_field_after_va_stays_in_the_title() {
    let es = run("Bộ trưởng Hành chính và an toàn Nhật Bản Suzuki Kenji phát biểu.");
    assert!(has(&es, PER, "Suzuki Kenji"), "{:?}", names(&es));
    let es = run("Bộ trưởng Nông nghiệp và phát triển nông thôn Lê Minh Hoan phát biểu.");
    assert!(has(&es, PER, "Lê Minh Hoan"), "{:?}", names(&es));
    // "thôn" ending "nông thôn" opens no place
    assert!(!es.iter().any(|e| e.kind == LOC), "{:?}", names(&es));
    // a village is still a village
    let es = run("Người dân thôn Đông Anh đã ra đồng.");
    assert!(has(&es, LOC, "Đông Anh"), "{:?}", names(&es));
}

#[test]
fn a_classifier_noun_before_a_foreign_name_makes_a_body() {
    let es = run("Bà Jane Doe, đồng sáng lập tổ chức MoveOn, nhận xét.");
    assert!(has(&es, ORG, "MoveOn"), "{:?}", names(&es));
    let es = run("Trong bài viết, tờ Straits Times cho biết đội tuyển đã thất vọng.");
    assert!(has(&es, ORG, "Straits Times"), "{:?}", names(&es));
    // a Vietnamese name, or a lone acronym, after the noun is no foreign body
    let es = run("Lực lượng PCCC và nhóm Nguyễn Văn An đã có mặt.");
    assert!(!has(&es, ORG, "PCCC"), "{:?}", names(&es));
    assert!(!has(&es, ORG, "Nguyễn Văn An"), "{:?}", names(&es));
}

#[test]
fn military_units_are_named_by_their_number() {
    let es = run("Đoàn đã làm việc với Cục Đối ngoại, Đoàn 871 và Sư đoàn 324.");
    assert!(has(&es, ORG, "Đoàn 871"), "{:?}", names(&es));
    assert!(has(&es, ORG, "Sư đoàn 324"), "{:?}", names(&es));
    // a number that counts people is no unit's
    let es = run("Đoàn 20 người đã đến Hà Nội.");
    assert!(!mentioned(&es, ORG, "Đoàn 20"), "{:?}", names(&es));
    // a body's capitalised name still follows the head
    let es = run("Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động phong trào.");
    assert!(
        !es.iter()
            .any(|e| e.kind == ORG && e.name.starts_with("Đoàn 1")),
        "{:?}",
        names(&es)
    );
    assert!(
        es.iter()
            .any(|e| e.kind == ORG && e.name.starts_with("Đoàn Thanh niên")),
        "{:?}",
        names(&es)
    );
}
