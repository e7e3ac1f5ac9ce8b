//! Precision audit: realistic news sentences of many kinds (economy,
//! courts, disasters, sport, culture, crime, weather, deals between
//! companies) that must give no event, and sentences that must give exactly
//! one. The entities are those the recogniser gives each sentence, written
//! out by hand, so these pin the coder and its rule files.

#[path = "../src/test_support.rs"]
mod test_support;

use test_support::{entities, sentences, Spec};
use thoisu_core::EntityKind;
use thoisu_events::Coder;
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

/// (code, source, target) of every event the default coder keeps; a side
/// is its country, or a body's actor code.
fn events(text: &str, spec: &Spec) -> Vec<(String, String, String)> {
    let text = &normalise(text);
    let sents = sentences(text);
    let ents = entities(text, &sents, spec);
    let side = |a: &Option<thoisu_core::Actor>| {
        a.as_ref()
            .and_then(|a| a.country.clone().or_else(|| a.code.clone()))
            .unwrap_or_default()
    };
    Coder::embedded()
        .code(text, &sents, &ents, &[])
        .events
        .iter()
        .map(|e| (e.code.clone(), side(&e.source), side(&e.target)))
        .collect()
}

type Case<'a> = (&'a str, &'a Spec<'a>);

const NO_EVENT: [Case; 20] = [
    (
        "Giá vàng trong nước hôm nay tăng mạnh theo đà tăng của giá vàng thế giới, trong khi đồng USD suy yếu so với đồng yen Nhật Bản.",
        &[
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    ),
    (
        "Xuất khẩu gạo của Việt Nam sang Philippines trong 10 tháng đạt 3,2 triệu tấn, tăng 15% so với cùng kỳ năm trước.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Philippines", "PHL", &["Philippines"]),
        ],
    ),
    (
        "Tòa án nhân dân TP Hồ Chí Minh tuyên phạt bị cáo Nguyễn Văn A 12 năm tù về tội lừa đảo chiếm đoạt tài sản của nhiều người Hàn Quốc.",
        &[
            (ORG, "Toà án nhân dân TP Hồ Chí Minh", "VNM", &["Tòa án nhân dân TP Hồ Chí Minh"]),
            (LOC, "TP Hồ Chí Minh", "VNM", &["TP Hồ Chí Minh"]),
            (PER, "Nguyễn Văn A", "VNM", &["Nguyễn Văn A"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    ),
    (
        "Bão số 3 đổ bộ vào Quảng Ninh, làm hàng nghìn ngôi nhà bị tốc mái, trong khi Trung Quốc cũng hứng chịu mưa lớn.",
        &[
            (LOC, "Quảng Ninh", "VNM", &["Quảng Ninh"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    ),
    (
        "Cơ quan Khí tượng Nhật Bản cảnh báo động đất mạnh 7,1 độ có thể gây sóng thần dọc bờ biển phía nam.",
        &[
            (ORG, "Cơ quan Khí tượng Nhật Bản", "JPN", &["Cơ quan Khí tượng Nhật Bản"]),
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
        ],
    ),
    (
        "Tuyển Việt Nam thắng Thái Lan 3-2 ở chung kết, Nguyễn Xuân Son tiếp tục tấn công không ngừng nghỉ.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (PER, "Nguyễn Xuân Son", "VNM", &["Nguyễn Xuân Son"]),
        ],
    ),
    (
        "Bộ phim của đạo diễn Hàn Quốc Bong Joon-ho giành giải Cành cọ vàng tại Liên hoan phim Cannes ở Pháp.",
        &[
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (PER, "Bong Joon-ho", "KOR", &["Bong Joon-ho"]),
            (LOC, "Pháp", "FRA", &["Pháp"]),
        ],
    ),
    (
        "Công an tỉnh Lạng Sơn bắt giữ hai đối tượng vận chuyển 5 kg ma túy từ Lào về Việt Nam.",
        &[
            (ORG, "Công an tỉnh Lạng Sơn", "VNM", &["Công an tỉnh Lạng Sơn"]),
            (LOC, "Lạng Sơn", "VNM", &["tỉnh Lạng Sơn"]),
            (LOC, "Lào", "LAO", &["Lào"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    ),
    (
        "Tập đoàn Samsung của Hàn Quốc công bố lợi nhuận quý III giảm 30% do nhu cầu chip nhớ yếu.",
        &[
            (ORG, "Samsung", "KOR#BUS", &["Tập đoàn Samsung"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    ),
    (
        "Vietjet ký hợp đồng mua 20 máy bay Boeing 737 MAX trị giá 2,5 tỷ USD với Boeing tại triển lãm hàng không Farnborough.",
        &[
            (ORG, "Vietjet", "VNM#BUS", &["Vietjet"]),
            (ORG, "Boeing", "USA#BUS", &["Boeing"]),
        ],
    ),
    (
        "Nhiệt độ tại Hà Nội có thể lên tới 40 độ C trong những ngày tới, cao hơn cả Bangkok của Thái Lan.",
        &[
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (LOC, "Bangkok", "THA", &["Bangkok"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    ),
    (
        "Giá xăng dầu tại Mỹ tăng cao nhất kể từ năm 2022 sau khi OPEC+ cắt giảm sản lượng.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (ORG, "OPEC", "igo.opec", &["OPEC"]),
        ],
    ),
    (
        "Ca sĩ Mỹ Taylor Swift sẽ biểu diễn tại Singapore trong tháng 3, thu hút hàng chục nghìn khán giả Việt Nam.",
        &[
            (LOC, "Mỹ", "USA", &["Mỹ"]),
            (PER, "Taylor Swift", "USA", &["Taylor Swift"]),
            (LOC, "Singapore", "SGP", &["Singapore"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
        ],
    ),
    (
        "Theo Reuters, chứng khoán châu Á giảm điểm phiên sáng nay khi nhà đầu tư lo ngại Mỹ tăng lãi suất.",
        &[
            (ORG, "Reuters", "GBR", &["Reuters"]),
            (LOC, "Mỹ", "USA", &["Mỹ"]),
        ],
    ),
    (
        "Người dân Nhật Bản đổ xô đi ngắm hoa anh đào, trong khi du khách Việt Nam cũng tới Tokyo ngày càng đông.",
        &[
            (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Tokyo", "JPN", &["Tokyo"]),
        ],
    ),
    (
        "Một tàu cá của ngư dân Quảng Ngãi bị chìm do sóng lớn, 5 thuyền viên được tàu Trung Quốc cứu vớt.",
        &[
            (LOC, "Quảng Ngãi", "VNM", &["Quảng Ngãi"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    ),
    (
        "Ông Trần Văn B, Giám đốc Công ty XYZ, bị khởi tố về tội trốn thuế khi nhập khẩu hàng hóa từ Trung Quốc.",
        &[
            (PER, "Trần Văn B", "VNM#BUS", &["Trần Văn B"]),
            (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
        ],
    ),
    (
        "Đội tuyển bóng chuyền nữ Việt Nam đánh bại Thái Lan để giành huy chương vàng SEA Games.",
        &[
            (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    ),
    (
        "Tập đoàn Vingroup và Tập đoàn LG của Hàn Quốc hợp tác sản xuất pin xe điện tại Hải Phòng.",
        &[
            (ORG, "Vingroup", "VNM#BUS", &["Tập đoàn Vingroup"]),
            (ORG, "LG", "KOR#BUS", &["Tập đoàn LG"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
            (LOC, "Hải Phòng", "VNM", &["Hải Phòng"]),
        ],
    ),
    (
        "Sân bay Nội Bài đón hơn 100.000 lượt khách mỗi ngày dịp Tết, nhiều chuyến bay đi Hàn Quốc kín chỗ.",
        &[
            (LOC, "Sân bay Nội Bài", "VNM", &["Sân bay Nội Bài"]),
            (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
        ],
    ),
];

const ONE_EVENT: [(Case, (&str, &str, &str)); 10] = [
    (
        (
            "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru tại Tokyo.",
            &[
                (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
                (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]),
                (PER, "Ishiba Shigeru", "JPN", &["Ishiba Shigeru"]),
                (LOC, "Tokyo", "JPN", &["Tokyo"]),
            ],
        ),
        ("046", "VNM", "JPN"),
    ),
    (
        (
            "Bộ Ngoại giao Trung Quốc lên án Mỹ về việc bán vũ khí cho Đài Loan.",
            &[
                (
                    ORG,
                    "Bộ Ngoại giao Trung Quốc",
                    "CHN",
                    &["Bộ Ngoại giao Trung Quốc"],
                ),
                (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
                (LOC, "Mỹ", "USA", &["Mỹ"]),
                (LOC, "Đài Loan", "TWN", &["Đài Loan"]),
            ],
        ),
        ("111", "CHN", "USA"),
    ),
    (
        (
            "Tổng thống Nga Vladimir Putin điện đàm với Tổng thống Pháp Emmanuel Macron.",
            &[
                (LOC, "Nga", "RUS", &["Nga"]),
                (PER, "Vladimir Putin", "RUS", &["Vladimir Putin"]),
                (LOC, "Pháp", "FRA", &["Pháp"]),
                (PER, "Emmanuel Macron", "FRA", &["Emmanuel Macron"]),
            ],
        ),
        ("041", "RUS", "FRA"),
    ),
    (
        (
            "Chủ tịch nước Lương Cường tiếp Đại sứ Hàn Quốc tại Việt Nam.",
            &[
                (PER, "Lương Cường", "VNM", &["Lương Cường"]),
                (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]),
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
            ],
        ),
        ("043", "VNM", "KOR"),
    ),
    (
        (
            "Mỹ áp đặt lệnh trừng phạt mới đối với Iran.",
            &[(LOC, "Mỹ", "USA", &["Mỹ"]), (LOC, "Iran", "IRN", &["Iran"])],
        ),
        ("163", "USA", "IRN"),
    ),
    (
        (
            "Việt Nam và Lào ký Bản ghi nhớ hợp tác về giáo dục.",
            &[
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
                (LOC, "Lào", "LAO", &["Lào"]),
            ],
        ),
        ("057", "VNM", "LAO"),
    ),
    (
        (
            "Bộ trưởng Quốc phòng Việt Nam Phan Văn Giang thăm chính thức Ấn Độ.",
            &[
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
                (PER, "Phan Văn Giang", "VNM", &["Phan Văn Giang"]),
                (LOC, "Ấn Độ", "IND", &["Ấn Độ"]),
            ],
        ),
        ("042", "VNM", "IND"),
    ),
    (
        (
            "Ukraine cáo buộc Nga tấn công cơ sở hạ tầng năng lượng.",
            &[
                (LOC, "Ukraine", "UKR", &["Ukraine"]),
                (LOC, "Nga", "RUS", &["Nga"]),
            ],
        ),
        ("112", "UKR", "RUS"),
    ),
    (
        (
            "Israel không kích Syria, khiến hàng chục người thiệt mạng.",
            &[
                (LOC, "Israel", "ISR", &["Israel"]),
                (LOC, "Syria", "SYR", &["Syria"]),
            ],
        ),
        ("195", "ISR", "SYR"),
    ),
    (
        (
            "Thủ tướng Australia Anthony Albanese đánh giá cao vai trò của Việt Nam trong ASEAN.",
            &[
                (LOC, "Australia", "AUS", &["Australia"]),
                (PER, "Anthony Albanese", "AUS", &["Anthony Albanese"]),
                (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
                (ORG, "ASEAN", "igo.asean", &["ASEAN"]),
            ],
        ),
        ("051", "AUS", "VNM"),
    ),
];

#[test]
fn news_of_other_kinds_gives_no_event() {
    for (text, spec) in NO_EVENT {
        let got = events(text, spec);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_sentence_of_one_happening_gives_exactly_that_event() {
    for ((text, spec), (code, source, target)) in ONE_EVENT {
        let want = vec![(code.to_string(), source.to_string(), target.to_string())];
        assert_eq!(events(text, spec), want, "{text}");
    }
}

const LAO: (EntityKind, &str, &str, &[&str]) = (LOC, "Lào", "LAO", &["Lào"]);
const VNM: (EntityKind, &str, &str, &[&str]) = (LOC, "Việt Nam", "VNM", &["Việt Nam"]);
const RUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Nga", "RUS", &["Nga"]);
const USA: (EntityKind, &str, &str, &[&str]) = (LOC, "Mỹ", "USA", &["Mỹ"]);
const CHN: (EntityKind, &str, &str, &[&str]) = (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]);
const JPN: (EntityKind, &str, &str, &[&str]) = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);

fn one(code: &str, source: &str, target: &str) -> Vec<(String, String, String)> {
    vec![(code.into(), source.into(), target.into())]
}

#[test]
fn effort_to_act_later_is_intent_not_the_act() {
    let spec: &Spec = &[VNM, LAO];
    for text in [
        "Việt Nam và Lào sẽ nỗ lực hỗ trợ lẫn nhau trong phát triển kinh tế.",
        "Việt Nam và Lào sẽ tiếp tục cố gắng hỗ trợ nhau vượt qua khó khăn.",
        "Việt Nam và Lào sẽ tiếp tục hỗ trợ nhau trong đào tạo cán bộ.",
    ] {
        assert_eq!(events(text, spec), one("033", "VNM", "LAO"), "{text}");
    }
    // Aid actually given stays aid, effort or not.
    for text in [
        "Việt Nam hỗ trợ Lào 500 tấn gạo để khắc phục hậu quả lũ lụt.",
        "Việt Nam đã nỗ lực hỗ trợ Lào 500 tấn gạo trong đợt lũ vừa qua.",
    ] {
        assert_eq!(events(text, spec), one("070", "VNM", "LAO"), "{text}");
    }
    let ukr = (LOC, "Ukraine", "UKR", &["Ukraine"][..]);
    let text = "Quân đội Nga tiếp tục nỗ lực tấn công các vị trí của Ukraine.";
    let got = events(text, &[RUS, ukr]);
    assert!(got.iter().any(|e| e.0.starts_with("19")), "{text}: {got:?}");
}

#[test]
fn a_warning_about_a_hazard_is_no_threat() {
    let idn = (LOC, "Indonesia", "IDN", &["Indonesia"][..]);
    for text in [
        "Indonesia ra cảnh báo về hoạt động của núi lửa Agung gần Mỹ.",
        "Mỹ cảnh báo Indonesia về nguy cơ sóng thần sau trận động đất.",
        "Trung Quốc cảnh báo mưa lớn và lũ quét ở nhiều tỉnh giáp Việt Nam.",
    ] {
        let got = events(text, &[idn, USA, CHN, VNM]);
        assert!(
            got.iter().all(|e| !e.0.starts_with("13")),
            "{text}: {got:?}"
        );
    }
    // A warning to another state is still one.
    let text = "Nga cảnh báo Mỹ về hậu quả nghiêm trọng của việc triển khai tên lửa.";
    assert_eq!(
        events(text, &[RUS, USA]),
        one("130", "RUS", "USA"),
        "{text}"
    );
}

#[test]
fn a_persons_nationality_is_no_state_actor() {
    let aus = (LOC, "Australia", "AUS", &["Australia"][..]);
    let kor = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"][..]);
    // Session 18 (brief evw28): an arrest of a person named by "quốc
    // tịch" is done to that country (set 55's gold: "bắt quả tang 3 đối
    // tượng quốc tịch Trung Quốc", VNM → CHN 173).
    for (text, spec, to) in [
        (
            "Công an Việt Nam bắt giữ bị cáo Nguyễn Văn Bình (quốc tịch Australia) vì lừa đảo.",
            &[VNM, aus][..],
            "AUS",
        ),
        (
            "Công an Việt Nam bắt giữ một người mang quốc tịch Hàn Quốc vì vận chuyển ma túy.",
            &[VNM, kor][..],
            "KOR",
        ),
    ] {
        let got = events(text, spec);
        assert!(
            got.iter()
                .any(|e| e.0 == "173" && e.1 == "VNM" && e.2 == to),
            "{text}: {got:?}"
        );
    }
    // A nationality with no arrest before it, a Vietnamese abroad, a
    // passport: the person's, no state.
    for (text, spec) in [
        (
            "Bị cáo Nguyễn Văn Bình (quốc tịch Australia) bị tuyên phạt 12 năm tù vì lừa đảo.",
            &[VNM, aus][..],
        ),
        (
            "Công an Việt Nam bắt giữ một Việt kiều Mỹ vì vận chuyển ma túy.",
            &[VNM, USA][..],
        ),
        (
            "Công an Việt Nam bắt giữ một người đàn ông mang hộ chiếu Hàn Quốc vì lừa đảo.",
            &[VNM, kor][..],
        ),
    ] {
        let got = events(text, spec);
        assert!(
            got.iter().all(|e| e.2 == "VNM" || e.2.is_empty()),
            "{text}: {got:?}"
        );
    }
    // A country named as a state still is one.
    let text = "Công an Việt Nam bắt giữ hai công dân Australia vì vận chuyển ma túy.";
    let got = events(text, &[VNM, aus]);
    assert!(got.iter().any(|e| e.2 == "AUS"), "{text}: {got:?}");
}

#[test]
fn sanctions_lists_concern_and_concrete_steps() {
    for (text, spec, want) in [
        (
            "Mỹ mở rộng danh sách trừng phạt đối với Nga.",
            &[USA, RUS][..],
            ("163", "USA", "RUS"),
        ),
        (
            "Mỹ gia hạn lệnh trừng phạt đối với Nga thêm 6 tháng.",
            &[USA, RUS][..],
            ("163", "USA", "RUS"),
        ),
        (
            "Bộ Thương mại Mỹ đưa 12 công ty Trung Quốc vào danh sách thực thể.",
            &[USA, CHN][..],
            ("163", "USA", "CHN"),
        ),
        (
            "Mỹ bổ sung 20 công ty Trung Quốc vào danh sách trừng phạt.",
            &[USA, CHN][..],
            ("163", "USA", "CHN"),
        ),
        (
            "Việt Nam bày tỏ quan ngại sâu sắc trước việc Trung Quốc triển khai tàu khảo sát.",
            &[VNM, CHN][..],
            ("110", "VNM", "CHN"),
        ),
        (
            "Việt Nam hết sức quan ngại về việc Trung Quốc triển khai tàu khảo sát.",
            &[VNM, CHN][..],
            ("110", "VNM", "CHN"),
        ),
        (
            // Concern at no one's act is a pessimistic comment.
            "Việt Nam bày tỏ quan ngại sâu sắc với Trung Quốc về tình hình an ninh hàng hải.",
            &[VNM, CHN][..],
            ("012", "VNM", "CHN"),
        ),
        (
            "Việt Nam và Lào nhất trí cụ thể hóa nhận thức chung của lãnh đạo cấp cao hai nước.",
            &[VNM, LAO][..],
            ("030", "VNM", "LAO"),
        ),
    ] {
        assert_eq!(events(text, spec), one(want.0, want.1, want.2), "{text}");
    }
    // The list as a noun is no act.
    let text = "Danh sách trừng phạt của Mỹ đối với Nga hiện có hơn 500 cá nhân.";
    assert_eq!(events(text, &[USA, RUS]), vec![], "{text}");
}

#[test]
fn the_reporter_of_words_is_not_the_actor() {
    let fra = (LOC, "Pháp", "FRA", &["Pháp"][..]);
    let barrot = (PER, "Jean-Noel Barrot", "FRA", &["Jean-Noel Barrot"][..]);
    let spec: &Spec = &[fra, barrot, USA, RUS];
    let text = "Theo lời của ông Barrot, khối này đã áp đặt lệnh trừng phạt mới đối với Nga.";
    let spec_short: &Spec = &[(PER, "Barrot", "FRA", &["Barrot"]), RUS];
    assert_eq!(events(text, spec_short), vec![], "{text}");
    let text = "Dẫn lời ông Barrot, khối này đã áp đặt lệnh trừng phạt mới đối với Nga.";
    assert_eq!(events(text, spec_short), vec![], "{text}");
    let text = "Theo lời của Ngoại trưởng Pháp Jean-Noel Barrot, Mỹ đã áp đặt lệnh trừng phạt mới đối với Nga.";
    assert_eq!(events(text, spec), one("163", "USA", "RUS"), "{text}");
    // "Theo lời mời của X": X hosts the visit.
    let jpn = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"][..]);
    let text =
        "Theo lời mời của Thủ tướng Nhật Bản, Thủ tướng Việt Nam đã thăm chính thức Nhật Bản.";
    assert_eq!(
        events(text, &[jpn, VNM]),
        one("042", "VNM", "JPN"),
        "{text}"
    );
}

#[test]
fn a_verb_inside_a_name_is_no_act() {
    let tha = (LOC, "Thái Lan", "THA", &["Thái Lan"][..]);
    // "Tấn Công" is a given name, "Hợp tác" part of a body's name.
    let text = "Nhân chuyến thăm Việt Nam của Thủ tướng Thái Lan, ông Lê Tấn Công và ông Somchai Wong đã dự lễ khai mạc.";
    let spec: &Spec = &[
        VNM,
        tha,
        (PER, "Lê Tấn Công", "VNM", &["Lê Tấn Công"]),
        (PER, "Somchai Wong", "THA", &["Somchai Wong"]),
    ];
    let got = events(text, spec);
    assert!(
        got.iter().all(|e| !e.0.starts_with("19")),
        "{text}: {got:?}"
    );
    let text = "Trung Quốc chủ trì hội nghị của Tổ chức Hợp tác Thượng Hải với Lào.";
    let sco = (
        ORG,
        "Tổ chức Hợp tác Thượng Hải",
        "CHN",
        &["Tổ chức Hợp tác Thượng Hải"][..],
    );
    let got = events(text, &[CHN, sco, LAO]);
    assert!(
        got.iter().all(|e| !e.0.starts_with("03")),
        "{text}: {got:?}"
    );
    // The same verb outside a name is still the act.
    let text = "Nga tấn công Ukraine bằng tên lửa.";
    let got = events(text, &[RUS, (LOC, "Ukraine", "UKR", &["Ukraine"])]);
    assert!(got.iter().any(|e| e.0.starts_with("19")), "{text}: {got:?}");
}

#[test]
fn verbs_listed_on_after_a_pledge_are_pledged() {
    let khm = (LOC, "Campuchia", "KHM", &["Campuchia"][..]);
    let text = "Việt Nam và Lào sẽ nỗ lực hỗ trợ lẫn nhau trong đào tạo; nỗ lực hỗ trợ trao đổi các đoàn doanh nghiệp cũng như hỗ trợ các chuyến thăm của doanh nhân.";
    let got = events(text, &[VNM, LAO]);
    assert!(
        !got.is_empty() && got.iter().all(|e| e.0.starts_with("03")),
        "{text}: {got:?}"
    );
    // Aid given stays aid, however many times it is listed.
    let text = "Việt Nam đã hỗ trợ Lào 500 tấn gạo, cũng như hỗ trợ Campuchia 300 tấn gạo.";
    let got = events(text, &[VNM, LAO, khm]);
    assert!(
        got.contains(&("070".into(), "VNM".into(), "LAO".into())),
        "{text}: {got:?}"
    );
    assert!(
        got.iter().all(|e| !e.0.starts_with("03")),
        "{text}: {got:?}"
    );
    // A new subject after the comma makes its own clause: not pledged.
    let text = "Nhật Bản sẽ hỗ trợ Lào, còn Trung Quốc đã viện trợ Campuchia 100 triệu USD.";
    let got = events(text, &[JPN, LAO, CHN, khm]);
    assert!(
        got.iter().any(|e| e.0.starts_with("07") && e.1 == "CHN"),
        "{text}: {got:?}"
    );
}

#[test]
fn every_country_listed_as_a_sanctions_target_is_sanctioned() {
    let blr = (LOC, "Belarus", "BLR", &["Belarus"][..]);
    let text = "Nhật Bản áp đặt các biện pháp trừng phạt đối với 52 tổ chức của Nga, cùng 3 tổ chức của Belarus.";
    let got = events(text, &[JPN, RUS, blr]);
    assert!(
        got.contains(&("163".into(), "JPN".into(), "RUS".into())),
        "{text}: {got:?}"
    );
    assert!(
        got.contains(&("163".into(), "JPN".into(), "BLR".into())),
        "{text}: {got:?}"
    );
    // A body of another country inside the list is no country listed.
    let text = "Mỹ trừng phạt các công ty của Nga, Cục Tình báo và Bộ Quốc phòng Nga.";
    let spy = (ORG, "Cục Tình báo", "VNM", &["Cục Tình báo"][..]);
    let got = events(text, &[USA, RUS, spy]);
    assert_eq!(got, one("163", "USA", "RUS"), "{text}");
    // A new clause after the list is not a target.
    let text = "Mỹ trừng phạt 5 công ty của Nga, Trung Quốc phản đối.";
    let got = events(text, &[USA, RUS, CHN]);
    assert!(
        !got.contains(&("163".into(), "USA".into(), "CHN".into())),
        "{text}: {got:?}"
    );
}

#[test]
fn a_suspicion_of_threatening_is_no_threat() {
    let text =
        "Ba người Nhật Bản bị bắt giữ tại Trung Quốc và bị tình nghi đe dọa an ninh quốc gia.";
    let got = events(text, &[JPN, CHN]);
    assert!(
        got.iter().all(|e| !e.0.starts_with("13")),
        "{text}: {got:?}"
    );
    let text = "Nhật Bản đe dọa Trung Quốc sẽ đáp trả.";
    let got = events(text, &[JPN, CHN]);
    assert!(got.iter().any(|e| e.0.starts_with("13")), "{text}: {got:?}");
}
