//! Issue 3 (brief en16): foreign people named after their nationality or a
//! title the gazetteer lacked, and bodies and places the press names often.
//! Sentences are from world news in the Vietnamese press (Thanh Niên 2018,
//! Dân trí 2024, Chính phủ 2024, Người Lao Động 2022, VietnamPlus 2023).

mod common;
use common::{has, names, run};
use thoisu_core::EntityKind;

fn person<'e>(es: &'e [thoisu_core::Entity], name: &str) -> Option<&'e thoisu_core::Entity> {
    es.iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)
}

#[test]
fn foreign_names_after_a_nationality_are_its_people() {
    let es = run("Hai thợ lặn người Anh John Volanthen và Richard Stanton là những người đầu tiên tìm thấy các em.");
    for n in ["John Volanthen", "Richard Stanton"] {
        let p = person(&es, n).unwrap_or_else(|| panic!("{n}: {:?}", names(&es)));
        assert_eq!(p.country.as_deref(), Some("GBR"));
    }
    let es = run("Người tiền nhiệm của ông Kim là HLV người Pháp Philippe Troussier đã chấm dứt hợp đồng với VFF hôm 26/3.");
    let p = person(&es, "Philippe Troussier").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("FRA"));
    // one of the list with a country of their own is not the list's
    let es = run("Trận đấu giữa tay vợt người Romania Sorana Cirstea và Bethanie Mattek-Sands của Mỹ đã phải dừng lại.");
    assert_eq!(
        person(&es, "Sorana Cirstea").and_then(|p| p.country.as_deref()),
        Some("ROU"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter()
            .any(|e| e.name.contains("Mattek") && e.country.as_deref() == Some("ROU")),
        "{:?}",
        names(&es)
    );
    // a Vietnamese-looking name, one word, or no "người" before the country: no such person
    for text in [
        "Cộng đồng người Mỹ gốc Việt ở California đón Tết.",
        "Chị là người Anh Tuấn gặp ở Hà Nội.",
        "Du khách người Nga Vladimir cho biết anh rất thích Nha Trang.",
        "Công ty Nhật Bản Toyota Motor công bố kết quả kinh doanh.",
    ] {
        let es = run(text);
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Person
                && e.country.is_some()
                && e.name != "Vladimir"),
            "{text}: {:?}",
            names(&es)
        );
    }
}

#[test]
fn governors_general_premiers_princesses_and_billionaires() {
    let es = run("Thủ tướng Phạm Minh Chính đã hội kiến Toàn quyền Australia David Hurley và gặp Chủ tịch Thượng viện Australia Sue Lines.");
    assert!(person(&es, "David Hurley").is_some(), "{:?}", names(&es));
    let es = run("Ngày mai 8/3, Thủ tướng sẽ tới bang New South Wales, gặp Thủ hiến bang Chris Minns và dự Diễn đàn doanh nghiệp.");
    assert!(person(&es, "Chris Minns").is_some(), "{:?}", names(&es));
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Location && e.name.contains("Minns")),
        "{:?}",
        names(&es)
    );
    // a state's hyphenated transliteration, an armed group, a currency: no person
    for (text, not) in [
        ("Bà Ma-lu Đờ-ray-ờ, Chủ tịch Hội đồng Liên bang Đức, kiêm Thủ hiến bang Rai-lan Phan-xờ, đón Thủ tướng.", "Rai-lan Phan-xờ"),
        ("Đối tượng Isnilon Hapilon, thủ lĩnh nhóm phiến quân Abu Sayyaf, đồng thời là phần tử phụ trách IS tại Philippines.", "Abu Sayyaf"),
    ] {
        let es = run(text);
        assert!(person(&es, not).is_none(), "{text}: {:?}", names(&es));
    }
    let es = run("Mời quý độc giả xem video Việt Nam có 2 tỷ phú USD tầm thế giới.");
    assert!(!es.iter().any(|e| e.name == "USD"), "{:?}", names(&es));
    let es = run("Hồi tháng 9 năm nay, Hoàng Thái tử Akishino và Công nương Kiko đã thăm chính thức Việt Nam.");
    assert!(person(&es, "Kiko").is_some(), "{:?}", names(&es));
    let es = run("Tỷ phú Elon Musk gửi một tàu ngầm mini tới Thái Lan nhưng không được dùng.");
    assert!(person(&es, "Elon Musk").is_some(), "{:?}", names(&es));
}

#[test]
fn world_bodies_airlines_and_places_of_the_news() {
    let es = run("Chủ tịch Liên đoàn Bóng đá thế giới (FIFA) Gianni Infantino trước đó đã gửi thư mời đội bóng.");
    let f = es
        .iter()
        .find(|e| e.name == "FIFA")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(f.kind, EntityKind::Organisation);
    assert!(
        person(&es, "Gianni Infantino").is_some(),
        "{:?}",
        names(&es)
    );
    let es = run("Ông Gotabaya Rajapaksa đáp chuyến bay của hãng hàng không Saudia, hạ cánh xuống sân bay Changi. Ông Kim tới Singapore trên chuyên cơ của Air China.");
    for n in ["Saudia", "Air China"] {
        assert!(
            has(&es, EntityKind::Organisation, n),
            "{n}: {:?}",
            names(&es)
        );
    }
    let es = run("Ông Wickremesinghe ban bố lệnh giới nghiêm tại thủ đô Colombo. Phần lớn nạn nhân ở các tỉnh Aleppo, Idlib, Hama và Latakia. Phương Tây và Ki-ép sẵn sàng đàm phán.");
    for (n, c) in [
        ("Colombo", "LKA"),
        ("Hama", "SYR"),
        ("Latakia", "SYR"),
        ("Kiev", "UKR"),
    ] {
        let l = es
            .iter()
            .find(|e| e.kind == EntityKind::Location && e.name == n)
            .unwrap_or_else(|| panic!("{n}: {:?}", names(&es)));
        assert_eq!(l.country.as_deref(), Some(c));
    }
    let es = run("Các em được đưa ra khỏi hang Tham Luang ở tỉnh Chiang Rai. Nga chưa bị loại khỏi hệ thống thanh toán liên ngân hàng SWIFT.");
    assert!(
        es.iter().any(|e| e.name == "Tham Luang"),
        "{:?}",
        names(&es)
    );
    assert!(es.iter().any(|e| e.name == "SWIFT"), "{:?}", names(&es));
    // "Hamas" and "Hamada" are other words
    let es = run("Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu nói về phong trào Hamas.");
    assert!(!es.iter().any(|e| e.name == "Hama"), "{:?}", names(&es));
}

#[test]
fn a_delegation_named_by_its_country_or_province_is_no_person() {
    let es = run("Đoàn Việt Nam do Bộ trưởng Bùi Thanh Sơn dẫn đầu.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name.starts_with("Đoàn")),
        "{:?}",
        names(&es)
    );
    assert!(es.iter().any(|e| e.name == "Việt Nam"), "{:?}", names(&es));
    let es = run("Đoàn Đồng Nai giành huy chương vàng.");
    assert!(
        has(&es, EntityKind::Location, "Đồng Nai"),
        "{:?}",
        names(&es)
    );
    // the surname before a given name is still a name
    let es = run("Đoàn Văn Hậu ghi bàn ở phút cuối.");
    assert!(person(&es, "Đoàn Văn Hậu").is_some(), "{:?}", names(&es));
}

#[test]
fn a_field_of_nouns_ends_before_va_and_a_verb() {
    let es = run(
        "Theo kế hoạch, đoàn Busan sẽ làm việc với Sở Giao thông vận tải và thăm cảng Cát Lái.",
    );
    assert!(
        has(&es, EntityKind::Organisation, "Sở Giao thông vận tải"),
        "{:?}",
        names(&es)
    );
    // "và" with another field after it goes on
    let es = run("Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn Lê Minh Hoan tiếp đoàn.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Bộ Nông nghiệp và")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn high_commissions_high_commissioners_and_associations_abroad() {
    let es = run("Cũng trong ngày 13-7, Cao ủy Ấn Độ tại Colombo bác bỏ thông tin cho rằng New Delhi đã giúp ông rời khỏi đất nước.");
    let o = es
        .iter()
        .find(|e| e.kind == EntityKind::Organisation && e.name.contains("Ấn Độ tại Colombo"))
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(o.country.as_deref(), Some("IND"));
    // a commissioner is a person's title
    let es = run("Cao ủy Nhân quyền Liên hợp quốc Volker Türk lên án vụ tấn công. Điều đó đang bị lên án, theo Cao ủy Thương mại EU Cecilia Malmstrom.");
    assert!(person(&es, "Volker Türk").is_some(), "{:?}", names(&es));
    assert!(
        person(&es, "Cecilia Malmstrom").is_some(),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Organisation && e.name.starts_with("Cao")),
        "{:?}",
        names(&es)
    );
    let es = run("Tổ công tác phối hợp với Hội người Việt Nam tại Ukraine tổ chức các đoàn xe đưa bà con sơ tán.");
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Organisation
                && e.name == "Hội người Việt Nam tại Ukraine"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn clubs_competitions_and_stadiums_are_no_people() {
    let es = run("Giám đốc thể thao của AC Milan Massimiliano Mirabelli tiết lộ rằng CLB đã sẵn sàng đề nghị với thủ thành 18 tuổi. Chia sẻ với tờ Corriere dello Sport, ông Mirabelli nói cậu ấy có thể sẽ được mang băng đội trưởng.");
    let club = es
        .iter()
        .find(|e| e.name == "AC Milan")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(club.kind, EntityKind::Organisation);
    // a club has no country: a transfer is no matter between countries
    assert_eq!(club.country, None);
    assert!(
        person(&es, "Massimiliano Mirabelli").is_some(),
        "{:?}",
        names(&es)
    );
    // the club's name goes on with nothing
    let es = run("Để cạnh tranh với MU, PSG và Chelsea, đội bóng Serie A vừa gửi lời đề nghị đến Real Madrid và Ronaldo.");
    for n in ["Paris Saint-Germain", "Chelsea", "Real Madrid"] {
        assert!(
            has(&es, EntityKind::Organisation, n),
            "{n}: {:?}",
            names(&es)
        );
    }
    assert!(
        !es.iter().any(|e| e.name.contains(" và ")),
        "{:?}",
        names(&es)
    );
    // competitions are events, no names
    let es = run("Real Madrid vô địch Champions League, còn Chelsea đứng đầu Premier League và Man Utd thắng Europa League.");
    assert!(
        !es.iter().any(|e| e.name.contains("League")),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    let es = run("Trận đấu diễn ra trên sân Santiago Bernabeu tối qua.");
    assert!(
        has(&es, EntityKind::Location, "Santiago Bernabeu"),
        "{:?}",
        names(&es)
    );
    assert!(
        person(&es, "Santiago Bernabeu").is_none(),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_name_with_its_outlet_or_source_after_it_is_a_byline() {
    for text in [
        "Hai bên sẽ tiếp tục đàm phán về Brexit./. Vũ Anh Tuấn/VOV-Trung tâm Tin",
        "Đó là tinh thần không đúng đắn. Cao Nguyên Theo Đời sống Plus",
        "Judy Faulkner cho biết như vậy. Mai Thảo (Theo báo chí nước ngoài)",
    ] {
        let es = run(text);
        // (the speaker before the byline is a person: "Judy Faulkner cho biết")
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Person && e.name != "Judy Faulkner"),
            "{text}: {:?}",
            names(&es)
        );
    }
    // a name in the sentence, or one followed by a dash and a role, is a person
    let es = run("Ông Nguyễn Đức Thành - Viện trưởng VEPR cho rằng lãi suất sẽ giảm. Theo Nguyễn Văn Bình, tăng trưởng sẽ cao.");
    for n in ["Nguyễn Đức Thành", "Nguyễn Văn Bình"] {
        assert!(person(&es, n).is_some(), "{n}: {:?}", names(&es));
    }
}

#[test]
fn abbreviated_heads_age_groups_and_the_islamic_state() {
    let es = run("Đây là ca ghép tim đầu tiên mà BV Chợ Rẫy thực hiện thành công. Cty Vedan bị phạt vì xả thải.");
    assert!(
        has(&es, EntityKind::Organisation, "Bệnh viện Chợ Rẫy"),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Organisation, "Cty Vedan"),
        "{:?}",
        names(&es)
    );
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    // an age group before a country is its team, no person
    let es = run("Cầu thủ U23 Malaysia ghi bàn ở phút cuối.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    assert!(es.iter().any(|e| e.name == "Malaysia"), "{:?}", names(&es));
    // the Islamic State, and a name with "al-" glued to its last word
    let es = run("Nga đang xác minh thông tin đã tiêu diệt thủ lĩnh nhóm IS Abu Bakr al-Baghdadi. Lực lượng Nhà nước Hồi giáo tự xưng (IS) rút khỏi Mosul.");
    let is = es
        .iter()
        .find(|e| e.name == "IS")
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(is.kind, EntityKind::Organisation);
    assert!(
        person(&es, "Abu Bakr al-Baghdadi").is_some(),
        "{:?}",
        names(&es)
    );
    assert!(person(&es, "IS").is_none(), "{:?}", names(&es));
}

#[test]
fn countries_written_in_english_and_titles_of_shows() {
    let es = run("Tổng thống Cộng hòa Marshall Islands Hilda Heine thăm Đài Loan. Solomon Islands nhận viện trợ.");
    let m = es
        .iter()
        .find(|e| e.kind == EntityKind::Location && e.country.as_deref() == Some("MHL"))
        .unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert!(m.mentions.iter().any(|x| x.text == "Marshall Islands"));
    assert!(
        es.iter()
            .any(|e| e.kind == EntityKind::Location && e.country.as_deref() == Some("SLB")),
        "{:?}",
        names(&es)
    );
    let p = person(&es, "Hilda Heine").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert_eq!(p.country.as_deref(), Some("MHL"));
    // a one-word English name is mostly a brand's, no country: "Japan Times"
    let es = run("Theo tờ báo Japan Times, cuộc gặp diễn ra tối qua.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Location && e.country.as_deref() == Some("JPN")),
        "{:?}",
        names(&es)
    );
    // shows are no people; outlets after their cue stay outlets
    let es = run("Thí sinh The Voice giành chiến thắng. Tờ The Times đưa tin.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Person),
        "{:?}",
        names(&es)
    );
    assert!(
        has(&es, EntityKind::Organisation, "The Times"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn bodies_sites_and_regions_of_the_regional_news() {
    let es = run("Ứng viên của đảng Quyền lực Quốc dân (PPP) Yoon Suk-yeol đã giành chiến thắng. Tổng Bí thư cũng đến thăm Ban Thư ký ASEAN. Hai nước phối hợp tại Diễn đàn Hợp tác Đông Á - Mỹ Latinh (FEALAC).");
    for n in ["Đảng Quyền lực Quốc dân", "Ban Thư ký ASEAN", "FEALAC"] {
        assert!(
            has(&es, EntityKind::Organisation, n),
            "{n}: {:?}",
            names(&es)
        );
    }
    // "PPP" alone is a public-private partnership
    let es = run("Dự án PPP được triển khai tại Đồng Nai.");
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organisation),
        "{:?}",
        names(&es)
    );
    let es = run("Đội tuyển thua Indonesia 0-3 trên sân Mỹ Đình. Tổng Bí thư đã đến sân bay quốc tế Soekarno-Hatta. Tên lửa rơi xuống căn cứ không quân Nevatim ở miền Nam Israel.");
    for n in ["Sân vận động Mỹ Đình", "Soekarno-Hatta", "Nevatim"] {
        assert!(has(&es, EntityKind::Location, n), "{n}: {:?}", names(&es));
    }
    // East Asia is a region, and in a bank's name the bank's
    let es = run("Tại Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á, các bộ trưởng thông qua văn kiện. Khách hàng mất tiền trong tài khoản ở Ngân hàng TMCP Đông Á.");
    assert!(person(&es, "Đông Á").is_none(), "{:?}", names(&es));
    assert!(
        has(&es, EntityKind::Organisation, "DongA Bank"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn lower_case_words_of_a_field_and_lists_of_foreign_names() {
    let es = run("Bộ trưởng An ninh quốc gia Itamar Ben-Gvir đã từ chức để phản đối thỏa thuận.");
    assert!(person(&es, "Itamar Ben-Gvir").is_some(), "{:?}", names(&es));
    let es = run("Chiều cùng ngày, Hamas đã trao 3 nữ con tin Romi Gonen, Emily Damari và Doron Steinbrecher cho Ủy ban Chữ thập đỏ quốc tế.");
    for n in ["Romi Gonen", "Emily Damari", "Doron Steinbrecher"] {
        assert!(person(&es, n).is_some(), "{n}: {:?}", names(&es));
    }
    // an initial ends no listed name: "George H.W" is no person
    let es = run("Cựu cố vấn dưới hai thời tổng thống Mỹ Ronald Reagan và George H.W. Bush cho rằng Triều Tiên chưa đủ năng lực.");
    assert!(person(&es, "George H.W").is_none(), "{:?}", names(&es));
    // a Vietnamese name after a foreign one is read as before
    let es = run("Tổng thống Donald Trump và Nguyễn Văn An dự lễ.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name.contains("Trump và")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn company_words_end_no_persons_name_and_club_short_forms() {
    for text in [
        "Bà Nguyễn Thị Lan, BS Heidelberg Solar GmbH, nói về dự án.",
        "Nhà sản xuất Live Media và Blue Production cho ra mắt bộ phim.",
        "Ông chủ nhà sản xuất Tata Motors cho biết như vậy.",
        "Họ làm việc trong tháng lễ Ramadan.",
    ] {
        let es = run(text);
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Person && e.name != "Nguyễn Thị Lan"),
            "{text}: {:?}",
            names(&es)
        );
    }
    let es = run("Thủ môn Bayern Manuel Neuer và các cầu thủ Barca, West Brom đều có mặt.");
    for n in ["Bayern Munich", "FC Barcelona", "West Bromwich Albion"] {
        assert!(
            has(&es, EntityKind::Organisation, n),
            "{n}: {:?}",
            names(&es)
        );
    }
    // a family name that is also a company word stays a person's
    let es = run("Đại sứ Mỹ tại Liên hợp quốc Samantha Power phát biểu.");
    assert!(person(&es, "Samantha Power").is_some(), "{:?}", names(&es));
}

#[test]
fn a_remit_between_title_and_name() {
    let es = run("Ủy viên châu Âu phụ trách quản lý khủng hoảng Janez Lenarcic cho biết chính phủ Syria đã đề nghị hỗ trợ.");
    assert!(person(&es, "Janez Lenarcic").is_some(), "{:?}", names(&es));
    let es = run("Phó Thủ tướng phụ trách kinh tế Nguyễn Văn Bình phát biểu tại hội nghị.");
    let p = person(&es, "Nguyễn Văn Bình").unwrap_or_else(|| panic!("{:?}", names(&es)));
    assert!(!p.roles.is_empty(), "{:?}", p.roles);
    // a remit with no name after it names no one
    let es = run("Phó Thủ tướng phụ trách kinh tế cho biết tăng trưởng sẽ cao.");
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person && e.name != "Phó Thủ tướng"),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_beauty_contest_in_the_title_is_no_name() {
    let es = run("Hoa hậu Hoàn vũ Việt Nam Phạm Hương dự lễ. Cuộc thi Hoa hậu Trái Đất năm nay có nhiều thí sinh.");
    assert!(person(&es, "Phạm Hương").is_some(), "{:?}", names(&es));
    assert!(
        !es.iter()
            .any(|e| e.kind == EntityKind::Person
                && (e.name == "Trái Đất" || e.name.contains("Hoàn"))),
        "{:?}",
        names(&es)
    );
}
