//! Long organisation names and names read after titles, on sentences written
//! for these tests in the shape the press uses (issue 3): names that run on
//! through lower-case field words, comma lists of fields, common words inside
//! names, continents, and the people and bodies inside title chains.

mod common;

use common::{names, run};
use thoisu_core::{Entity, EntityKind};

/// The entity of `kind` one of whose mentions is written `written`.
fn mentioned<'e>(es: &'e [Entity], kind: EntityKind, written: &str) -> &'e Entity {
    es.iter()
        .find(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == written))
        .unwrap_or_else(|| panic!("no {kind:?} written {written:?} in {:?}", names(es)))
}

fn no_mention(es: &[Entity], kind: EntityKind, written: &str) {
    assert!(
        !es.iter()
            .any(|e| e.kind == kind && e.mentions.iter().any(|m| m.text == written)),
        "unexpected {kind:?} {written:?} in {:?}",
        names(es)
    );
}

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

#[test]
fn lower_case_field_words_stay_inside_the_name() {
    let es = run("Sáng 5/10, Cục Quản lý tài nguyên nước và Phòng chống thiên tai (Bộ Nông nghiệp và Môi trường) cho biết mực nước đang lên.");
    mentioned(
        &es,
        ORG,
        "Cục Quản lý tài nguyên nước và Phòng chống thiên tai",
    );
    let es = run("Báo cáo của Ủy ban Tự do tôn giáo quốc tế Canada bị phản đối.");
    let org = mentioned(&es, ORG, "Ủy ban Tự do tôn giáo quốc tế Canada");
    assert_eq!(org.country.as_deref(), Some("CAN"));
    let es = run("Bộ Nông nghiệp và phát triển nông thôn (NN&PTNT) vừa công bố số liệu.");
    let org = mentioned(&es, ORG, "Bộ Nông nghiệp và phát triển nông thôn");
    assert_eq!(org.mentions.len(), 2, "the acronym is one more mention");
}

#[test]
fn lower_case_words_after_a_name_are_not_part_of_it() {
    // a verb, then an object: the sentence goes on, the name does not
    let es = run("Sở Văn hóa khuyến cáo người dân không đốt pháo.");
    mentioned(&es, ORG, "Sở Văn hóa");
    let es = run("Cục Hàng hải quản lý thị trường vận tải biển.");
    mentioned(&es, ORG, "Cục Hàng hải");
    // a field word with nothing after it that a name could end on
    let es = run("Sở Du lịch thông tin với báo chí.");
    mentioned(&es, ORG, "Sở Du lịch");
}

#[test]
fn comma_lists_of_fields_and_their_country() {
    let es = run("Lễ ký giữa Bộ Thương mại Việt Nam và Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản diễn ra hôm qua.");
    let org = mentioned(&es, ORG, "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản");
    assert_eq!(org.country.as_deref(), Some("JPN"));
    let es = run("Đại diện Bộ Giáo dục, Khoa học và Công nghệ Hàn Quốc phát biểu.");
    mentioned(&es, ORG, "Bộ Giáo dục, Khoa học và Công nghệ Hàn Quốc");
}

#[test]
fn a_comma_between_bodies_is_a_list_not_one_name() {
    let es = run("Cục Thuế, Bộ Ngoại giao và Bộ Quốc phòng đã họp.");
    mentioned(&es, ORG, "Cục Thuế");
    assert!(!es.iter().any(|e| e.name.contains(',')), "{:?}", names(&es));
    // people after a comma are people, not fields of the name
    let es = run("Có mặt tại Sở Tư pháp, Nguyễn Văn An và Trần Thị Bình.");
    mentioned(&es, ORG, "Sở Tư pháp");
    mentioned(&es, PER, "Nguyễn Văn An");
}

#[test]
fn capitalised_common_words_inside_names() {
    let es = run("Biên bản ghi nhớ giữa Kiểm toán Nhà nước và Ủy ban Giám sát Nhà nước Lào.");
    mentioned(&es, ORG, "Ủy ban Giám sát Nhà nước Lào");
    let es = run("Ngân hàng Nhân dân Lào công bố lãi suất.");
    mentioned(&es, ORG, "Ngân hàng Nhân dân Lào");
    // a head and the word after it that spell a document are no body
    let es = run("Theo Bộ Luật Hình sự, hành vi này bị phạt tù.");
    assert!(!es.iter().any(|e| e.kind == ORG), "{:?}", names(&es));
    // sentence words written with a capital end the name
    let es = run("Trung tâm Tin Theo Reuters, giá dầu tăng.");
    no_mention(&es, ORG, "Trung tâm Tin Theo Reuters");
}

#[test]
fn one_letter_syllables_and_known_words() {
    let es = run("Ủy ban Y tế Quốc gia Thái Lan cảnh báo dịch sốt xuất huyết.");
    mentioned(&es, ORG, "Ủy ban Y tế Quốc gia Thái Lan");
    // a single capital letter is still no word of a name
    let es = run("Công ty A cho biết sẽ bồi thường.");
    no_mention(&es, ORG, "Công ty A cho");
}

#[test]
fn continents_inside_names() {
    let es = run("Chủ tịch Hội đồng châu Âu đến Hà Nội. Ngân hàng Đầu tư châu Âu tài trợ dự án.");
    mentioned(&es, ORG, "Hội đồng châu Âu");
    mentioned(&es, ORG, "Ngân hàng Đầu tư châu Âu");
    no_mention(&es, LOC, "châu Âu");
    // a continent on its own is a place
    let es = run("Hàng hóa được xuất sang châu Âu.");
    mentioned(&es, LOC, "châu Âu");
}

#[test]
fn a_foreign_name_goes_on_past_its_country() {
    let es = run("Hợp đồng với Công ty Royal Canada Mint và Bưu chính Canada đã bị hủy.");
    let org = mentioned(&es, ORG, "Công ty Royal Canada Mint");
    assert_eq!(org.country.as_deref(), Some("CAN"));
    // a Vietnamese name ends at its country
    let es = run("Tập đoàn Điện lực Việt Nam Hà Nội đã cắt điện.");
    no_mention(&es, ORG, "Tập đoàn Điện lực Việt Nam Hà Nội");
}

#[test]
fn a_list_of_titled_people_is_no_apposition() {
    let es = run("Ông gặp Thủ tướng Lào Sonexay Siphandone, Phó Tổng thống Philippines Sara Duterte và nhiều lãnh đạo.");
    let sara = mentioned(&es, PER, "Sara Duterte");
    assert_eq!(sara.country.as_deref(), Some("PHL"));
    assert_eq!(sara.roles, ["Phó Tổng thống"]);
    let laos = mentioned(&es, PER, "Sonexay Siphandone");
    assert!(
        !laos.roles.iter().any(|r| r == "Phó Tổng thống"),
        "{laos:?}"
    );
    // titles with no name after them are the first person's
    let es = run("Ông Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam, cho biết.");
    assert_eq!(mentioned(&es, PER, "Marc Knapper").roles, ["Đại sứ"]);
}

#[test]
fn the_chain_goes_on_after_an_acronym_in_brackets() {
    let es = run("Có mặt Tổng Giám đốc Tổ chức Thương mại Thế giới (WTO) Ngozi Okonjo-Iweala.");
    let p = mentioned(&es, PER, "Ngozi Okonjo-Iweala");
    assert_eq!(p.roles, ["Tổng Giám đốc"]);
    let wto = mentioned(&es, ORG, "WTO");
    assert!(wto.mentions.len() == 2, "{wto:?}");
    // a bracket that closes the sentence's subject ends the chain
    let es = run("Giám đốc Cục Điều tra Liên bang (FBI) cho biết.");
    mentioned(&es, ORG, "Cục Điều tra Liên bang");
    assert!(!es.iter().any(|e| e.kind == PER), "{:?}", names(&es));
}

#[test]
fn bodies_inside_titles_with_their_country_or_unit() {
    let es = run("Chủ tịch Thượng viện Thái Lan Mongkol Surasajja thăm Hà Nội.");
    assert_eq!(
        mentioned(&es, ORG, "Thượng viện Thái Lan")
            .country
            .as_deref(),
        Some("THA")
    );
    mentioned(&es, PER, "Mongkol Surasajja");
    let es = run("Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng chủ trì cuộc họp.");
    mentioned(&es, ORG, "UBND tỉnh Quảng Trị");
    mentioned(&es, PER, "Võ Văn Hưng");
    // a title with no country or unit after it names no body
    let es = run("Chủ tịch Thượng viện phát biểu khai mạc.");
    assert!(!es.iter().any(|e| e.kind == ORG), "{:?}", names(&es));
}

#[test]
fn a_person_after_an_unnamed_unit_is_a_person() {
    let es = run("Chủ tịch UBND thành phố Lê Văn Bình cho biết sẽ kiểm tra.");
    let p = mentioned(&es, PER, "Lê Văn Bình");
    assert_eq!(p.country.as_deref(), Some("VNM"));
    mentioned(&es, ORG, "UBND thành phố");
    assert!(!es.iter().any(|e| e.kind == LOC), "{:?}", names(&es));
    // but a city named after a person is a place
    let es = run("Chủ tịch UBND thành phố Hồ Chí Minh Phan Văn Mãi phát biểu.");
    mentioned(&es, PER, "Phan Văn Mãi");
    assert!(es.iter().any(|e| e.kind == LOC), "{:?}", names(&es));
}

#[test]
fn courts_procuracies_and_broadcasters() {
    let es = run("Sáng 2/3, TAND tỉnh Hà Tĩnh mở phiên tòa; VKSND tỉnh Hà Tĩnh giữ quyền công tố. Đài NHK đưa tin.");
    mentioned(&es, ORG, "TAND tỉnh Hà Tĩnh");
    mentioned(&es, ORG, "VKSND tỉnh Hà Tĩnh");
    mentioned(&es, ORG, "Đài NHK");
    let es = run("Đoàn khách từ Đài Loan đến thăm đài tưởng niệm.");
    mentioned(&es, LOC, "Đài Loan");
    assert!(!es.iter().any(|e| e.kind == ORG), "{:?}", names(&es));
}

#[test]
fn a_parent_body_named_at_the_end_of_a_known_body() {
    let es = run("Ông là Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khóa XIII.");
    mentioned(&es, ORG, "Đảng Cộng sản Việt Nam");
    // the short form of the same body is not a second one
    let es = run("Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 10.");
    assert_eq!(
        es.iter().filter(|e| e.kind == ORG).count(),
        1,
        "{:?}",
        names(&es)
    );
}

#[test]
fn hyphenated_transliterations_are_whole_names_and_resolve() {
    // more than six syllables, still one name
    let es = run("Bộ trưởng Ngoại giao In-đô-nê-xi-a Rét-nô Mác-xu-đi đã gửi điện.");
    mentioned(&es, PER, "Rét-nô Mác-xu-đi");
    // a gazetteer person written the old way is that person
    let es = run("Tổng thống Pu-tin phát biểu tại hội nghị.");
    assert_eq!(
        mentioned(&es, PER, "Pu-tin").gazetteer_id.as_deref(),
        Some("ru.putin")
    );
    // people.tsv lists the old hyphenated spelling: it finds the minister
    let es = run("Ngoại trưởng Xin-ga-po Vi-vi-an Ba-la-cri-xnan gửi điện.");
    assert_eq!(
        mentioned(&es, PER, "Vi-vi-an Ba-la-cri-xnan")
            .gazetteer_id
            .as_deref(),
        Some("sg.balakrishnan")
    );
}

#[test]
fn a_full_name_after_an_unknown_foreign_place_is_the_person() {
    let es = run("Thống đốc Gangwonnam Kim Min Ho cảm ơn đoàn.");
    mentioned(&es, PER, "Kim Min Ho");
    no_mention(&es, PER, "Gangwonnam Kim Min Ho");
    let es = run("Tổng giám đốc Kocobank Trần Văn Nam phát biểu.");
    mentioned(&es, PER, "Trần Văn Nam");
    // a Vietnamese given name before a surname stays part of the name
    let es = run("Đại sứ Lê Bá Vinh đến thăm.");
    mentioned(&es, PER, "Lê Bá Vinh");
}

#[test]
fn merged_provincial_media_and_field_words_that_are_verbs() {
    let es = run("Như Báo và Phát thanh, truyền hình Hà Tĩnh đã đưa tin, lũ đang lên.");
    mentioned(&es, ORG, "Báo và Phát thanh, truyền hình Hà Tĩnh");
    // "thông tin" after a name is the verb "to report"
    let es = run("Báo Thanh Niên thông tin.");
    no_mention(&es, ORG, "Báo Thanh Niên thông tin");
    // but it is a word of the name after "Công nghệ"
    let es = run("Lễ ký với Bộ Công nghiệp và Công nghệ thông tin Lào.");
    mentioned(&es, ORG, "Bộ Công nghiệp và Công nghệ thông tin Lào");
}

#[test]
fn a_lower_case_field_right_after_the_head_needs_a_name_after_it() {
    let es = run("Tên lửa nhắm vào Văn phòng thiết kế Yuzhnoye tại Dnipro.");
    mentioned(&es, ORG, "Văn phòng thiết kế Yuzhnoye");
    let es = run("Cục thuế Đà Nẵng vừa công bố danh sách.");
    mentioned(&es, ORG, "Cục thuế Đà Nẵng");
    // a kind of body and a country is no name ("a Japanese trading company")
    let es = run("Công ty thương mại Nhật Bản mở rộng đầu tư.");
    assert!(!es.iter().any(|e| e.kind == ORG), "{:?}", names(&es));
    // nothing named after the field: the head alone, which names nobody
    let es = run("Văn phòng thiết kế đã đóng cửa.");
    assert!(!es.iter().any(|e| e.kind == ORG), "{:?}", names(&es));
    let es = run("Công ty Royal Canada Mint và Bưu chính Canada phát hành tem.");
    mentioned(&es, ORG, "Bưu chính Canada");
}

#[test]
fn every_prefix_of_odd_text_is_read_without_panic() {
    let text = "Chủ tịch UBND thành phố Nguyễn Văn An, Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) \
                Vi-vi-an Ba-la-cri-xnan và Bộ Công nghiệp, Thương mại và Năng lượng Hàn Quốc; \
                Cục Quản lý đê điều và Phòng chống thiên tai (🙂) Y tế, Báo và Phát thanh, truyền hình";
    let cuts = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    for end in cuts {
        let es = run(&text[..end]);
        for e in &es {
            assert!(!e.name.is_empty());
        }
    }
}

#[test]
fn names_after_fields_and_institutions_named_after_people() {
    // a full name after a lower-case field is a person
    let es = run(
        "Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông quốc gia Khuất Việt Hùng cho biết.",
    );
    mentioned(&es, ORG, "Ủy ban An toàn giao thông quốc gia");
    mentioned(&es, PER, "Khuất Việt Hùng");
    // a university named after a person is the university
    let es = run("Sinh viên Trường Đại học Tôn Đức Thắng nhập học.");
    mentioned(&es, ORG, "Trường Đại học Tôn Đức Thắng");
    assert!(!es.iter().any(|e| e.kind == PER), "{:?}", names(&es));
    // a name never ends with "và"
    let es = run("Bộ Giáo dục và Đào tạo và Sở giáo dục Hà Nội đã họp.");
    assert!(
        !es.iter().any(|e| e.name.ends_with(" và")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn vietnamese_words_after_a_body_in_a_chain_are_its_name() {
    let es = run("Hiệu trưởng Trường THPT Việt Đức cho rằng đề thi vừa sức.");
    mentioned(&es, ORG, "Trường THPT Việt Đức");
    assert!(!es.iter().any(|e| e.kind == PER), "{:?}", names(&es));
    // a run longer than one name ends with the person's name
    let es = run("Giám đốc Công ty Vận tải Hoàng Long Nguyễn Văn An cho biết.");
    mentioned(&es, ORG, "Công ty Vận tải Hoàng Long");
    mentioned(&es, PER, "Nguyễn Văn An");
    // one name after the body is the person
    let es = run("Giám đốc Sở Y tế Hoàng Lê Minh cho biết.");
    mentioned(&es, PER, "Hoàng Lê Minh");
    // foreign names after a body are people
    let es = run("Giám đốc CIA Mike Pompeo cho biết.");
    mentioned(&es, PER, "Mike Pompeo");
}

#[test]
fn the_formal_name_of_a_country_goes_with_its_body() {
    let es = run("Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Belarus.");
    let by = mentioned(&es, ORG, "Chính phủ nước Cộng hòa Belarus");
    assert_eq!(by.country.as_deref(), Some("BLR"));
    // a known body keeps its usual name, the long form is its mention
    let es = run("Bản ghi nhớ với Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam.");
    let org = mentioned(&es, ORG, "Bộ Y tế nước Cộng hòa xã hội chủ nghĩa Việt Nam");
    assert_eq!(org.name, "Bộ Y tế");
    // "nước" not followed by a country is no part of the name
    let es = run("Bộ Y tế nước này cho biết.");
    mentioned(&es, ORG, "Bộ Y tế");
}
