//! Pattern tests through the public API: one real-style Vietnamese sentence
//! per CAMEO root (01–20) and, for the risky triggers, the false friends
//! that must not be coded (sports "tấn công", "không ký", "sẽ ký", "ký ức",
//! "đăng ký", "phản đối" as a noun, passive "bị ..."). Entities are written
//! out by hand, as a recogniser would give them, so these pin the coder and
//! the rule files alone.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::ev;
use test_support::{entities, sentences, Spec};
use thoisu_core::EntityKind;
use thoisu_events::{in_scope, Coder, Scope};
use thoisu_normalise::normalise;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

/// The (code, source country, target country) of every event coded. The
/// text is normalised first, as the pipeline does ("đe dọa" → "đe doạ").
fn events(text: &str, spec: &Spec) -> Vec<(String, String, String)> {
    let text = &normalise(text);
    let sents = sentences(text);
    let ents = entities(text, &sents, spec);
    // Bodies kept too (their side is their actor code, IGOUNO …): an
    // entity list without one gives what `code` gives.
    let scope = Scope {
        domestic: false,
        igo: true,
    };
    Coder::embedded()
        .code_all(text, &sents, &ents, &[])
        .events
        .iter()
        .filter(|e| in_scope(e, scope))
        .map(|e| {
            let country = |a: &Option<thoisu_core::Actor>| {
                a.as_ref()
                    .and_then(|a| a.country.clone().or_else(|| a.code.clone()))
                    .unwrap_or_default()
            };
            (e.code.clone(), country(&e.source), country(&e.target))
        })
        .collect()
}

/// Asserts the sentence gives exactly these events, in any order.
fn assert_events(text: &str, spec: &Spec, want: &[(&str, &str, &str)]) {
    let mut want: Vec<_> = want.iter().map(|(c, s, t)| ev(c, s, t)).collect();
    let mut got = events(text, spec);
    want.sort();
    got.sort();
    assert_eq!(got, want, "{text}");
}

/// Asserts the sentence gives no event whose code starts with `root`.
fn assert_no_root(text: &str, spec: &Spec, root: &str) {
    let got = events(text, spec);
    assert!(
        got.iter().all(|e| !e.0.starts_with(root)),
        "{text}: unexpected {root}x in {got:?}"
    );
}

const RUS: (EntityKind, &str, &str, &[&str]) = (LOC, "Nga", "RUS", &["Nga"]);
const UKR: (EntityKind, &str, &str, &[&str]) = (LOC, "Ukraine", "UKR", &["Ukraine"]);
const USA: (EntityKind, &str, &str, &[&str]) = (LOC, "Mỹ", "USA", &["Mỹ"]);
const CHN: (EntityKind, &str, &str, &[&str]) = (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]);
const VNM: (EntityKind, &str, &str, &[&str]) = (LOC, "Việt Nam", "VNM", &["Việt Nam"]);
const JPN: (EntityKind, &str, &str, &[&str]) = (LOC, "Nhật Bản", "JPN", &["Nhật Bản"]);
const KOR: (EntityKind, &str, &str, &[&str]) = (LOC, "Hàn Quốc", "KOR", &["Hàn Quốc"]);
const ISR: (EntityKind, &str, &str, &[&str]) = (LOC, "Israel", "ISR", &["Israel"]);

#[test]
fn root_01_explicit_statements_and_condolences() {
    assert_events(
        "Bộ Ngoại giao Trung Quốc ra tuyên bố liên quan đến Philippines.",
        &[
            (
                ORG,
                "Bộ Ngoại giao Trung Quốc",
                "CHN",
                &["Bộ Ngoại giao Trung Quốc"],
            ),
            (LOC, "Philippines", "PHL", &["Philippines"]),
        ],
        &[("010", "CHN", "PHL")],
    );
    assert_events(
        "Chủ tịch nước Lương Cường gửi lời chia buồn tới Tổng thống Lee Jae-myung.",
        &[
            (PER, "Lương Cường", "VNM", &["Lương Cường"]),
            (PER, "Lee Jae-myung", "KOR", &["Lee Jae-myung"]),
        ],
        &[("018", "VNM", "KOR")],
    );
    // A denial is 016, and the attack it denies is not coded.
    assert_events(
        "Nga phủ nhận tấn công Ukraine.",
        &[RUS, UKR],
        &[("016", "RUS", "UKR")],
    );
}

#[test]
fn a_joint_statement_is_a_document_not_a_statement() {
    assert_no_root(
        "Thủ tướng Việt Nam và Thủ tướng Nhật Bản thông qua Tuyên bố chung.",
        &[VNM, JPN],
        "01",
    );
}

#[test]
fn root_02_appeals_with_sub_codes() {
    assert_events(
        "Ngoại trưởng Vương Nghị kêu gọi Thái Lan kiềm chế.",
        &[
            (PER, "Vương Nghị", "CHN", &["Vương Nghị"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
        &[("020", "CHN", "THA")],
    );
    assert_events(
        "Ukraine kêu gọi viện trợ nhân đạo từ Nhật Bản.",
        &[UKR, JPN],
        &[("0233", "UKR", "JPN")],
    );
}

#[test]
fn root_03_intents_with_sub_codes() {
    assert_events(
        "Việt Nam và Lào nhất trí hợp tác quốc phòng.",
        &[VNM, (LOC, "Lào", "LAO", &["Lào"])],
        &[("0312", "VNM", "LAO")],
    );
    assert_events(
        "Nga sẵn sàng đàm phán với Ukraine.",
        &[RUS, UKR],
        &[("036", "RUS", "UKR")],
    );
}

#[test]
fn root_04_sidelines_and_mediation() {
    assert_events(
        "Thủ tướng Phạm Minh Chính đã có cuộc gặp bên lề với Thủ tướng Narendra Modi.",
        &[
            (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
            (PER, "Narendra Modi", "IND", &["Narendra Modi"]),
        ],
        &[("044", "VNM", "IND")],
    );
    assert_events(
        "Qatar làm trung gian giữa Israel và Hamas.",
        &[(LOC, "Qatar", "QAT", &["Qatar"]), ISR],
        &[("045", "QAT", "ISR")],
    );
}

#[test]
fn root_05_recognition() {
    assert_events(
        "Tây Ban Nha công nhận nhà nước Palestine.",
        &[
            (LOC, "Tây Ban Nha", "ESP", &["Tây Ban Nha"]),
            (LOC, "Palestine", "PSE", &["Palestine"]),
        ],
        &[("054", "ESP", "PSE")],
    );
}

#[test]
fn an_anniversary_of_relations_is_not_establishing_them() {
    assert_no_root(
        "Việt Nam và Triều Tiên kỷ niệm 75 năm thiết lập quan hệ ngoại giao.",
        &[VNM, (LOC, "Triều Tiên", "PRK", &["Triều Tiên"])],
        "05",
    );
}

#[test]
fn root_05_signing_only_when_signed() {
    let spec: &Spec = &[VNM, JPN];
    assert_events(
        "Việt Nam và Nhật Bản đã ký thỏa thuận hợp tác.",
        spec,
        &[("057", "VNM", "JPN")],
    );
    assert_no_root("Việt Nam và Nhật Bản chưa ký thỏa thuận.", spec, "057");
    assert_no_root("Việt Nam và Nhật Bản không ký hiệp định.", spec, "057");
    assert_no_root("Việt Nam và Nhật Bản sẽ ký hiệp định.", spec, "057");
    assert_no_root(
        "Ký ức của cựu binh Nhật Bản về Việt Nam còn nguyên vẹn.",
        spec,
        "057",
    );
    assert_no_root(
        "Doanh nghiệp Nhật Bản đăng ký đầu tư vào Việt Nam.",
        spec,
        "057",
    );
}

#[test]
fn root_06_joint_exercises() {
    assert_events(
        "Philippines và Mỹ tập trận chung.",
        &[(LOC, "Philippines", "PHL", &["Philippines"]), USA],
        &[("062", "PHL", "USA")],
    );
}

#[test]
fn root_07_aid() {
    assert_events(
        "Hàn Quốc cứu trợ Philippines sau bão.",
        &[KOR, (LOC, "Philippines", "PHL", &["Philippines"])],
        &[("073", "KOR", "PHL")],
    );
    assert_events(
        "Nhật Bản viện trợ kinh tế cho Campuchia.",
        &[JPN, (LOC, "Campuchia", "KHM", &["Campuchia"])],
        &[("071", "JPN", "KHM")],
    );
}

#[test]
fn continuing_is_not_hosting() {
    assert_no_root(
        "Việt Nam tiếp tục hỗ trợ Lào.",
        &[VNM, (LOC, "Lào", "LAO", &["Lào"])],
        "043",
    );
}

#[test]
fn root_08_yielding() {
    assert_events(
        "Mỹ dỡ bỏ lệnh trừng phạt đối với Syria.",
        &[USA, (LOC, "Syria", "SYR", &["Syria"])],
        &[("085", "USA", "SYR")],
    );
    assert_events(
        "Nga trả tự do cho công dân Mỹ.",
        &[RUS, USA],
        &[("0841", "RUS", "USA")],
    );
}

#[test]
fn root_09_investigation() {
    assert_events(
        "Hàn Quốc điều tra tham nhũng liên quan đến công ty Nhật Bản.",
        &[KOR, JPN],
        &[("091", "KOR", "JPN")],
    );
    assert_no_root(
        "Hàn Quốc cho biết cơ quan điều tra đã làm việc với Nhật Bản.",
        &[KOR, JPN],
        "09",
    );
}

#[test]
fn root_10_demands_code_the_demand_not_the_act() {
    assert_events(
        "Trung Quốc yêu cầu Mỹ rút quân khỏi Syria.",
        &[CHN, USA, (LOC, "Syria", "SYR", &["Syria"])],
        // The act asked for names the demand: withdrawal (GDELT's 106).
        &[("106", "CHN", "USA")],
    );
    assert_events(
        "Pháp yêu cầu ngừng bắn giữa Israel và Hezbollah.",
        &[(LOC, "Pháp", "FRA", &["Pháp"]), ISR],
        &[("107", "FRA", "ISR")],
    );
}

#[test]
fn root_11_disapproval() {
    assert_events(
        "Trung Quốc lên án Mỹ.",
        &[CHN, USA],
        &[("111", "CHN", "USA")],
    );
    assert_events(
        "Iran cáo buộc Israel vi phạm luật pháp quốc tế.",
        &[(LOC, "Iran", "IRN", &["Iran"]), ISR],
        &[("112", "IRN", "ISR")],
    );
    // "phản đối" as a noun is not an act of protest.
    assert_no_root(
        "Việt Nam ghi nhận sự phản đối của Nhật Bản.",
        &[VNM, JPN],
        "11",
    );
}

#[test]
fn root_12_rejection() {
    assert_events(
        "Nga bác bỏ đề xuất của Mỹ.",
        &[RUS, USA],
        &[("120", "RUS", "USA")],
    );
    // Refusing talks is 125, and the talks are not coded.
    assert_events(
        "Ukraine từ chối đàm phán với Nga.",
        &[UKR, RUS],
        &[("125", "UKR", "RUS")],
    );
}

#[test]
fn root_13_threats() {
    let prk = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"] as &[&str]);
    assert_events(
        "Triều Tiên đe dọa tấn công Hàn Quốc.",
        &[prk, KOR],
        &[("138", "PRK", "KOR")],
    );
    assert_events(
        "Nga cảnh báo Ba Lan.",
        &[RUS, (LOC, "Ba Lan", "POL", &["Ba Lan"])],
        &[("130", "RUS", "POL")],
    );
    assert_no_root(
        "Hàn Quốc coi Triều Tiên là mối đe dọa đối với Nhật Bản.",
        &[KOR, prk, JPN],
        "13",
    );
}

#[test]
fn root_14_protest() {
    // "biểu tình phản đối" is one protest, not also a criticism (111).
    assert_events(
        "Người dân Hàn Quốc biểu tình phản đối Nhật Bản.",
        &[KOR, JPN],
        &[("141", "KOR", "JPN")],
    );
    assert_events(
        "Người lao động Hàn Quốc đình công phản đối Mỹ.",
        &[KOR, USA],
        &[("143", "KOR", "USA"), ("111", "KOR", "USA")],
    );
}

#[test]
fn root_08_lifting_bans_and_fire_at_targets_root_19() {
    assert_events(
        // An import ban on a country's goods is an embargo: lifting it
        // eases economic sanctions (085; session 21, verbs.tsv VW34L5).
        "Trung Quốc dỡ bỏ lệnh cấm nhập khẩu hải sản Nhật Bản.",
        &[CHN, JPN],
        &[("085", "CHN", "JPN")],
    );
    assert_events(
        "Iran phóng tên lửa vào Israel.",
        &[(LOC, "Iran", "IRN", &["Iran"]), ISR],
        &[("190", "IRN", "ISR")],
    );
}

#[test]
fn root_15_force_posture() {
    assert_events(
        "Trung Quốc tập trận quanh Đài Loan.",
        &[CHN, (LOC, "Đài Loan", "TWN", &["Đài Loan"])],
        &[("150", "CHN", "TWN")],
    );
    assert_events(
        "Nga điều quân tới biên giới Ukraine.",
        &[RUS, UKR],
        &[("154", "RUS", "UKR")],
    );
}

#[test]
fn root_16_reduced_relations_and_sanctions() {
    assert_events(
        "Israel cắt đứt quan hệ ngoại giao với Bolivia.",
        &[ISR, (LOC, "Bolivia", "BOL", &["Bolivia"])],
        &[("161", "ISR", "BOL")],
    );
    assert_events(
        "Mỹ áp đặt lệnh trừng phạt đối với Nga.",
        &[USA, RUS],
        &[("163", "USA", "RUS")],
    );
    assert_events(
        "Nga trục xuất nhà ngoại giao Mỹ.",
        &[RUS, USA],
        &[("161", "RUS", "USA")],
    );
    // A possibility is not a sanction.
    assert_no_root(
        "Mỹ có thể áp đặt lệnh trừng phạt đối với Nga.",
        &[USA, RUS],
        "16",
    );
}

#[test]
fn root_17_coercion() {
    assert_events(
        "Indonesia bắt giữ tàu cá Việt Nam.",
        &[(LOC, "Indonesia", "IDN", &["Indonesia"]), VNM],
        &[("171", "IDN", "VNM")],
    );
    assert_events(
        "Thái Lan trục xuất công dân Trung Quốc.",
        &[(LOC, "Thái Lan", "THA", &["Thái Lan"]), CHN],
        &[("174", "THA", "CHN")],
    );
    // Passive: the subject suffers the arrest; not coded the wrong way round.
    assert_no_root(
        "Tàu cá của Việt Nam bị bắt giữ ở vùng biển gần Indonesia.",
        &[VNM, (LOC, "Indonesia", "IDN", &["Indonesia"])],
        "17",
    );
}

#[test]
fn root_18_assault() {
    assert_events(
        "Nhóm phiến quân Taliban Pakistan đánh bom liều chết nhằm vào binh sĩ Trung Quốc.",
        &[(ORG, "Taliban Pakistan", "PAK", &["Taliban Pakistan"]), CHN],
        &[("1831", "PAK", "CHN")],
    );
}

#[test]
fn root_19_fighting() {
    assert_events(
        "Nga không kích Ukraine.",
        &[RUS, UKR],
        &[("195", "RUS", "UKR")],
    );
    assert_events(
        "Israel pháo kích Liban.",
        &[ISR, (LOC, "Liban", "LBN", &["Liban"])],
        &[("194", "ISR", "LBN")],
    );
    assert_events(
        "Thái Lan và Campuchia giao tranh.",
        &[
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
            (LOC, "Campuchia", "KHM", &["Campuchia"]),
        ],
        &[("190", "THA", "KHM")],
    );
}

#[test]
fn negated_future_and_hypothetical_attacks_are_not_coded() {
    for text in [
        "Israel không tấn công Iran.",
        "Israel sẽ tấn công Iran.",
        "Nếu Israel tấn công Iran, giá dầu sẽ tăng.",
        "Israel có khả năng tấn công Iran.",
    ] {
        assert_no_root(text, &[ISR, (LOC, "Iran", "IRN", &["Iran"])], "19");
    }
}

#[test]
fn a_football_attack_is_not_force() {
    let spec: &Spec = &[
        (ORG, "Đội tuyển Việt Nam", "VNM", &["Đội tuyển Việt Nam"]),
        (LOC, "Thái Lan", "THA", &["Thái Lan"]),
    ];
    assert_no_root(
        "Đội tuyển Việt Nam đẩy mạnh các pha tấn công vào khung thành Thái Lan.",
        spec,
        "19",
    );
    assert_no_root(
        "Hàng tấn công của Đội tuyển Việt Nam gây khó cho Thái Lan.",
        spec,
        "19",
    );
}

#[test]
fn root_20_mass_violence() {
    assert_events(
        "Quân đội Israel thảm sát người Palestine.",
        &[
            (ORG, "Quân đội Israel", "ISR", &["Quân đội Israel"]),
            (LOC, "Palestine", "PSE", &["Palestine"]),
        ],
        &[("202", "ISR", "PSE")],
    );
}

#[test]
fn odd_text_gives_no_event_and_no_panic() {
    for text in ["", "🙂 tấn công 🙂", "ký", "bị", "   .  "] {
        assert!(events(text, &[ISR]).is_empty(), "{text:?}");
    }
}

#[test]
fn denying_the_accusations_is_not_accusing() {
    assert_events(
        "Nga bác bỏ các cáo buộc của Mỹ.",
        &[RUS, USA],
        &[("016", "RUS", "USA")],
    );
}

#[test]
fn passive_acts_are_not_coded_the_wrong_way_round() {
    // The released, sentenced or aided subject is not the doer.
    assert_no_root(
        "Nhà báo Mỹ được trả tự do trong cuộc trao đổi tù nhân với Nga.",
        &[USA, RUS],
        "08",
    );
    assert_no_root(
        "Nhà báo Mỹ bị kết án 16 năm tù, Nga cho biết.",
        &[USA, RUS],
        "11",
    );
    assert_no_root(
        "Ukraine bị tấn công dữ dội, Nga cho biết.",
        &[UKR, RUS],
        "19",
    );
}

/// Asserts the sentence gives no event coded `code`.
fn assert_not_code(text: &str, spec: &Spec, code: &str) {
    let got = events(text, spec);
    assert!(
        got.iter().all(|e| e.0 != code),
        "{text}: unexpected {code} in {got:?}"
    );
}

const PRK: (EntityKind, &str, &str, &[&str]) = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"]);
const IRN: (EntityKind, &str, &str, &[&str]) = (LOC, "Iran", "IRN", &["Iran"]);
const IND: (EntityKind, &str, &str, &[&str]) = (LOC, "Ấn Độ", "IND", &["Ấn Độ"]);
const UN: (EntityKind, &str, &str, &[&str]) = (ORG, "Liên hợp quốc", "igo.un", &["Liên hợp quốc"]);
const EU: (EntityKind, &str, &str, &[&str]) = (ORG, "Liên minh châu Âu", "igo.eu", &["EU"]);
const IAEA: (EntityKind, &str, &str, &[&str]) = (ORG, "IAEA", "igo.iaea", &["IAEA"]);

#[test]
fn intent_to_cooperate_materially_names_the_field() {
    assert_events(
        "Việt Nam và Nhật Bản nhất trí thúc đẩy hợp tác kinh tế.",
        &[VNM, JPN],
        &[("0311", "VNM", "JPN")],
    );
    assert_not_code(
        "Hợp tác kinh tế giữa Việt Nam và Nhật Bản tăng trưởng mạnh.",
        &[VNM, JPN],
        "0311",
    );
    assert_events(
        "Việt Nam và Ấn Độ nhất trí đẩy mạnh hợp tác quốc phòng.",
        &[VNM, IND],
        &[("0312", "VNM", "IND")],
    );
    assert_not_code(
        "Hội thảo về hợp tác quốc phòng Việt Nam - Ấn Độ diễn ra tại Hà Nội.",
        &[VNM, IND],
        "0312",
    );
    assert_events(
        "Việt Nam và Lào nhất trí tương trợ tư pháp trong các vụ án hình sự.",
        &[VNM, (LOC, "Lào", "LAO", &["Lào"])],
        &[("0313", "VNM", "LAO")],
    );
    assert_not_code(
        "Hiệp định tương trợ tư pháp giữa Việt Nam và Lào có hiệu lực.",
        &[VNM, (LOC, "Lào", "LAO", &["Lào"])],
        "0313",
    );
    assert_events(
        "Mỹ và Nhật Bản nhất trí chia sẻ thông tin tình báo về tên lửa.",
        &[USA, JPN],
        &[("0314", "USA", "JPN")],
    );
    assert_not_code(
        "Mỹ từ chối chia sẻ thông tin tình báo với Nhật Bản.",
        &[USA, JPN],
        "0314",
    );
    // A planned act is the intent to do it, in the same field.
    assert_events(
        "Nhật Bản sẽ hợp tác kinh tế với Việt Nam.",
        &[JPN, VNM],
        &[("0311", "JPN", "VNM")],
    );
}

#[test]
fn intent_to_give_aid_names_the_kind() {
    assert_events(
        "Nhật Bản cam kết hỗ trợ tài chính cho Việt Nam.",
        &[JPN, VNM],
        &[("0331", "JPN", "VNM")],
    );
    assert_not_code(
        "Nhật Bản hỗ trợ tài chính cho Việt Nam.",
        &[JPN, VNM],
        "0331",
    );
    assert_events(
        "Mỹ cam kết cung cấp vũ khí cho Ukraine.",
        &[USA, UKR],
        &[("0332", "USA", "UKR")],
    );
    assert_no_root("Mỹ không cung cấp vũ khí cho Ukraine.", &[USA, UKR], "03");
    assert_events(
        "Nhật Bản sẵn sàng hỗ trợ nhân đạo cho Việt Nam khắc phục hậu quả bão.",
        &[JPN, VNM],
        &[("0333", "JPN", "VNM")],
    );
    assert_not_code(
        "Hàng hỗ trợ nhân đạo của Nhật Bản đã đến Việt Nam.",
        &[JPN, VNM],
        "0333",
    );
    assert_events(
        "Việt Nam cam kết đóng góp lực lượng gìn giữ hòa bình cho Liên hợp quốc.",
        &[VNM, UN],
        &[("0334", "VNM", "IGOUNO")],
    );
    assert_no_root(
        "Lực lượng gìn giữ hòa bình của Liên hợp quốc rút khỏi Mali.",
        &[UN, (LOC, "Mali", "MLI", &["Mali"])],
        "03",
    );
}

#[test]
fn intent_to_reform_and_to_yield() {
    assert_events(
        "Thái Lan cam kết điều chỉnh chính sách thị thực đối với Việt Nam.",
        &[(LOC, "Thái Lan", "THA", &["Thái Lan"]), VNM],
        &[("0342", "THA", "VNM")],
    );
    assert_not_code(
        "Chính sách thị thực của Thái Lan đối với Việt Nam được điều chỉnh.",
        &[(LOC, "Thái Lan", "THA", &["Thái Lan"]), VNM],
        "0342",
    );
    assert_events(
        "Myanmar cam kết tôn trọng nhân quyền với Liên hợp quốc.",
        &[(LOC, "Myanmar", "MMR", &["Myanmar"]), UN],
        &[("0343", "MMR", "IGOUNO")],
    );
    assert_events(
        "Trung Quốc cam kết nới lỏng hạn chế đối với hàng nông sản Việt Nam.",
        &[CHN, VNM],
        &[("0351", "CHN", "VNM")],
    );
    assert_not_code(
        "Trung Quốc nới lỏng hạn chế đối với hàng nông sản Việt Nam.",
        &[CHN, VNM],
        "0351",
    );
    assert_events(
        "Triều Tiên đồng ý trả tự do cho công dân Mỹ.",
        &[PRK, USA],
        &[("0353", "PRK", "USA")],
    );
    assert_events(
        "Triều Tiên sẽ trả tự do cho công dân Mỹ.",
        &[PRK, USA],
        &[("0353", "PRK", "USA")],
    );
    assert_events(
        "Triều Tiên đã trả tự do cho công dân Mỹ.",
        &[PRK, USA],
        &[("0841", "PRK", "USA")],
    );
    assert_events(
        "Mỹ sẵn sàng dỡ bỏ lệnh trừng phạt đối với Iran.",
        &[USA, IRN],
        &[("0354", "USA", "IRN")],
    );
    assert_events(
        "Mỹ không dỡ bỏ lệnh trừng phạt đối với Iran.",
        &[USA, IRN],
        &[],
    );
    assert_events(
        "Iran đồng ý cho phép thanh sát viên của IAEA vào các cơ sở hạt nhân.",
        &[IRN, IAEA],
        &[("0355", "IRN", "IGOUNOIAE")],
    );
    assert_not_code("IAEA cử thanh sát viên tới Iran.", &[IRN, IAEA], "0355");
    assert_events(
        "Nga và Ukraine nhất trí ngừng bắn trong dịp lễ.",
        &[RUS, UKR],
        &[("0871", "RUS", "UKR")],
    );
    assert_not_code(
        "Nga cáo buộc Ukraine vi phạm lệnh ngừng bắn.",
        &[RUS, UKR],
        "0871",
    );
}

#[test]
fn intent_to_settle_and_to_mediate() {
    assert_events(
        "Việt Nam và Trung Quốc nhất trí giải quyết bất đồng bằng biện pháp hòa bình.",
        &[VNM, CHN],
        &[("037", "VNM", "CHN")],
    );
    assert_not_code(
        "Tranh chấp giữa Việt Nam và Trung Quốc chưa được giải quyết.",
        &[VNM, CHN],
        "037",
    );
    let egypt = (LOC, "Ai Cập", "EGY", &["Ai Cập"][..]);
    assert_events(
        "Israel chấp nhận vai trò trung gian của Ai Cập.",
        &[ISR, egypt],
        &[("038", "ISR", "EGY")],
    );
    assert_not_code(
        "Israel bác bỏ vai trò trung gian của Ai Cập.",
        &[ISR, egypt],
        "038",
    );
    let turkey = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"][..]);
    assert_events(
        "Thổ Nhĩ Kỳ sẵn sàng đóng vai trò trung gian giữa Nga và Ukraine.",
        &[turkey, RUS, UKR],
        &[("039", "TUR", "RUS")],
    );
    assert_not_code(
        "Vai trò trung gian của Thổ Nhĩ Kỳ giữa Nga và Ukraine bị nghi ngờ.",
        &[turkey, RUS, UKR],
        "039",
    );
}

#[test]
fn a_demand_is_named_by_what_it_asks_for() {
    let venezuela = (PER, "Nicolás Maduro", "VEN", &["Maduro"][..]);
    assert_events(
        "Mỹ yêu cầu Tổng thống Maduro từ chức.",
        &[USA, venezuela],
        &[("1041", "USA", "VEN")],
    );
    // A resignation alone is no event between two sides.
    assert_events("Tổng thống Maduro từ chức.", &[USA, venezuela], &[]);
    assert_events(
        "Nga, Iran và Thổ Nhĩ Kỳ đã đồng ý thành lập 4 khu vực giảm leo thang ở Syria.",
        &[RUS, IRN, (LOC, "Syria", "SYR", &["Syria"])],
        &[],
    );
    assert_events(
        "Mỹ yêu cầu thay đổi chính sách tỷ giá của Trung Quốc.",
        &[USA, CHN],
        &[("1042", "USA", "CHN")],
    );
    assert_not_code(
        "Trung Quốc thay đổi chính sách tỷ giá, Mỹ hoan nghênh.",
        &[USA, CHN],
        "1042",
    );
    assert_events(
        "Mỹ yêu cầu bảo đảm quyền tự do của người dân Hong Kong.",
        &[USA, (LOC, "Hong Kong", "HKG", &["Hong Kong"])],
        &[("1043", "USA", "HKG")],
    );
    assert_events(
        "IMF yêu cầu cải cách thể chế đối với Sri Lanka.",
        &[
            (ORG, "IMF", "igo.imf", &["IMF"]),
            (LOC, "Sri Lanka", "LKA", &["Sri Lanka"]),
        ],
        &[("1044", "IGOBUSIMF", "LKA")],
    );
    assert_events(
        // Asked to ease an embargo (1054; session 21: the ban is economic).
        "Việt Nam yêu cầu Trung Quốc dỡ bỏ lệnh cấm nhập khẩu thủy sản.",
        &[VNM, CHN],
        &[("1054", "VNM", "CHN")],
    );
    assert_events(
        "Mỹ yêu cầu Triều Tiên trả tự do cho sinh viên Otto Warmbier.",
        &[USA, PRK],
        &[("1053", "USA", "PRK")],
    );
    assert_not_code(
        "Triều Tiên trả tự do cho sinh viên Mỹ.",
        &[USA, PRK],
        "1053",
    );
    assert_events(
        "Nga yêu cầu EU dỡ bỏ lệnh trừng phạt.",
        &[RUS, EU],
        &[("1054", "RUS", "IGOEUREEC")],
    );
    assert_events(
        "IAEA yêu cầu Iran cho phép thanh sát viên tiếp cận các cơ sở hạt nhân.",
        &[IRN, IAEA],
        &[("1055", "IGOUNOIAE", "IRN")],
    );
    assert_events(
        "Mỹ yêu cầu Nga giảm leo thang ở biên giới Ukraine.",
        &[USA, RUS, UKR],
        &[("1056", "USA", "RUS")],
    );
    // An appeal is named the same way.
    assert_events(
        "Trung Quốc kêu gọi Nga giảm leo thang.",
        &[CHN, RUS],
        &[("0256", "CHN", "RUS")],
    );
    // Negated or only reported, the act names no demand.
    assert_not_code(
        "Nga không giảm leo thang ở biên giới Ukraine.",
        &[USA, RUS, UKR],
        "1056",
    );
}

#[test]
fn a_message_of_sympathy_after_a_disaster_is_an_empathetic_comment() {
    let spec: &Spec = &[
        (PER, "Lý Khắc Cường", "CHN", &["Lý Khắc Cường"]),
        (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
    ];
    assert_events(
        "Thủ tướng Quốc vụ viện Trung Quốc Lý Khắc Cường đã gửi Điện thăm hỏi đến Thủ tướng Nguyễn Xuân Phúc về thiệt hại do bão gây ra.",
        spec,
        &[("018", "CHN", "VNM")],
    );
    // Greetings passed on to a leader are courtesy, not sympathy.
    assert_no_root(
        "Thủ tướng Nguyễn Xuân Phúc chuyển lời thăm hỏi tới Thủ tướng Lý Khắc Cường.",
        spec,
        "01",
    );
}

#[test]
fn loans_between_states_and_lenders_are_economic_aid() {
    let adb = (ORG, "ADB", "igo.adb", &["ADB"][..]);
    assert_events(
        "ADB phê duyệt khoản vay 100 triệu USD cho Việt Nam.",
        &[adb, VNM],
        &[("071", "IGOSEADEVADB", "VNM")],
    );
    assert_events(
        "Nhật Bản cấp khoản vay ODA cho Việt Nam xây dựng tuyến metro.",
        &[JPN, VNM],
        &[("071", "JPN", "VNM")],
    );
    // Asked for or planned, the loan names the appeal or the intent.
    assert_events(
        "Việt Nam đề nghị Nhật Bản cấp khoản vay ưu đãi.",
        &[VNM, JPN],
        &[("0231", "VNM", "JPN")],
    );
    assert_events(
        "Nhật Bản sẽ cấp khoản vay cho Việt Nam.",
        &[JPN, VNM],
        &[("0331", "JPN", "VNM")],
    );
    // Loans talked of as a figure are no act.
    assert_events(
        "Các khoản vay ODA của Nhật Bản dành cho Việt Nam đã giảm mạnh trong năm qua.",
        &[JPN, VNM],
        &[],
    );
}

#[test]
fn intent_told_in_two_parts() {
    // Words between the agreeing verb and the cooperative one.
    assert_events(
        "Thủ tướng Việt Nam và Thủ tướng Hàn Quốc thống nhất tăng cường trao đổi đoàn các cấp.",
        &[VNM, KOR],
        &[("030", "VNM", "KOR")],
    );
    assert_events(
        "Nhật Bản và Hàn Quốc nhất trí sẽ tích cực phối hợp mở rộng hợp tác quốc phòng.",
        &[JPN, KOR],
        &[("0312", "JPN", "KOR")],
    );
    // A reunification, a comma, a reported clause: no intent.
    assert_no_root(
        "Việt Nam kỷ niệm ngày thống nhất đất nước, Trung Quốc xây dựng cầu.",
        &[VNM, CHN],
        "03",
    );
    assert_no_root(
        "Mỹ khẳng định rằng Trung Quốc đang tăng cường quân sự.",
        &[USA, CHN],
        "03",
    );
    assert_no_root(
        "Nhật Bản chưa thống nhất việc mở rộng hợp tác với Trung Quốc.",
        &[JPN, CHN],
        "03",
    );
}

#[test]
fn one_meeting_per_listed_partner() {
    let spec: &Spec = &[
        (PER, "Phạm Minh Chính", "VNM", &["Phạm Minh Chính"]),
        KOR,
        (PER, "Lee Jae Myung", "KOR", &["Lee Jae Myung"]),
        (LOC, "Indonesia", "IDN", &["Indonesia"]),
        (PER, "Prabowo Subianto", "IDN", &["Prabowo Subianto"]),
        (LOC, "Úc", "AUS", &["Úc"]),
        (PER, "Anthony Albanese", "AUS", &["Anthony Albanese"]),
    ];
    assert_events(
        "Ngày 27-10, Thủ tướng Phạm Minh Chính có các cuộc gặp với Tổng thống Hàn Quốc Lee Jae Myung, Tổng thống Indonesia Prabowo Subianto và Thủ tướng Úc Anthony Albanese.",
        spec,
        &[("040", "VNM", "KOR"), ("040", "VNM", "IDN"), ("040", "VNM", "AUS")],
    );
    assert_events(
        "Bộ trưởng Ngoại giao Việt Nam điện đàm với Ngoại trưởng Nhật Bản và Ngoại trưởng Hàn Quốc.",
        &[VNM, JPN, KOR],
        &[("041", "VNM", "JPN"), ("041", "VNM", "KOR")],
    );
    // A list that is no object of the meeting: after a full clause, or a place.
    assert_events(
        "Thủ tướng Phạm Minh Chính gặp Tổng thống Hàn Quốc Lee Jae Myung; Indonesia và Úc cũng tham dự.",
        spec,
        &[("040", "VNM", "KOR")],
    );
    // "Tại cuộc gặp" alone names a meeting already told.
    assert_no_root(
        "Tại cuộc gặp, Tổng thống Hàn Quốc Lee Jae Myung đánh giá cao Indonesia.",
        spec,
        "04",
    );
}

#[test]
fn a_visit_is_to_the_country_where_it_takes_place() {
    assert_events(
        "Thủ tướng Việt Nam bắt đầu chuyến công tác và làm việc tại Trung Quốc.",
        &[VNM, CHN],
        &[("042", "VNM", "CHN")],
    );
    // A trip at home visits no one.
    assert_events(
        "Thủ tướng Việt Nam có chuyến công tác tại Hà Nội.",
        &[VNM, (LOC, "Hà Nội", "VNM", &["Hà Nội"])],
        &[],
    );
}

#[test]
fn a_country_in_a_region_phrase_is_no_doer_and_a_far_and_joins_no_pair() {
    let spec: &Spec = &[
        VNM,
        CHN,
        (PER, "Lý Khắc Cường", "CHN", &["Lý Khắc Cường"]),
        (PER, "Nguyễn Xuân Phúc", "VNM", &["Nguyễn Xuân Phúc"]),
    ];
    assert_events(
        "Được tin một số tỉnh miền trung Việt Nam xảy ra lũ lụt, gây thiệt hại về người và tài sản, Thủ tướng Trung Quốc Lý Khắc Cường đã gửi điện thăm hỏi đến Thủ tướng Nguyễn Xuân Phúc.",
        spec,
        &[("018", "CHN", "VNM")],
    );
    // A country after a region word may still be what an act is done to.
    assert_events(
        "Trung Quốc tấn công miền bắc Việt Nam.",
        spec,
        &[("190", "CHN", "VNM")],
    );
}

#[test]
fn a_reporters_question_is_no_appeal() {
    let spec: &Spec = &[VNM, CHN, (ORG, "Bộ Ngoại giao", "VNM", &["Bộ Ngoại giao"])];
    assert_no_root(
        "Phóng viên đề nghị Bộ Ngoại giao cho biết phản ứng của Việt Nam trước việc Trung Quốc tập trận.",
        spec,
        "02",
    );
    // An appeal to do something stays one.
    assert_events(
        "Việt Nam đề nghị Trung Quốc tôn trọng luật pháp quốc tế.",
        spec,
        &[("020", "VNM", "CHN")],
    );
}

#[test]
fn the_one_who_invited_is_no_doer() {
    assert_events(
        "Nhận lời mời của Tổng thống Cộng hòa Belarus Alexander Lukashenko, Chủ tịch nước Trần Đại Quang rời Hà Nội, lên đường thăm chính thức Belarus.",
        &[
            (LOC, "Hà Nội", "VNM", &["Hà Nội"]),
            (LOC, "Belarus", "BLR", &["Belarus"]),
            (PER, "Alexander Lukashenko", "BLR", &["Alexander Lukashenko"]),
            (PER, "Trần Đại Quang", "VNM", &["Trần Đại Quang"]),
        ],
        // The invitation accepted frames the visit told: no 036 beside it.
        &[("042", "VNM", "BLR")],
    );
}

#[test]
fn a_reception_during_a_visit_is_a_meeting_of_its_own() {
    let spec: &Spec = &[
        VNM,
        USA,
        (PER, "Võ Văn Thưởng", "VNM", &["Võ Văn Thưởng"]),
        (PER, "Joe Biden", "USA", &["Joe Biden"]),
    ];
    assert_events(
        "Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Mỹ Joe Biden nhân chuyến thăm cấp Nhà nước của Tổng thống tới Việt Nam.",
        spec,
        &[("040", "VNM", "USA"), ("042", "USA", "VNM")],
    );
    // Alone, receiving a visitor is hosting the visit.
    assert_events(
        "Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Mỹ Joe Biden.",
        spec,
        &[("043", "VNM", "USA")],
    );
}

#[test]
fn each_listed_doer_before_the_verb_gives_its_event() {
    let spec: &Spec = &[
        VNM,
        CHN,
        (LOC, "Singapore", "SGP", &["Singapore"]),
        (PER, "Vương Nghị", "CHN", &["Vương Nghị"]),
        (PER, "Vivian Balakrishnan", "SGP", &["Vivian Balakrishnan"]),
        (PER, "Phạm Bình Minh", "VNM", &["Phạm Bình Minh"]),
    ];
    assert_events(
        "Cùng ngày, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, Bộ trưởng Ngoại giao Singapore Vivian Balakrishnan đã gửi Điện, Thư thăm hỏi tới Bộ trưởng Ngoại giao Phạm Bình Minh.",
        spec,
        &[("018", "CHN", "VNM"), ("018", "SGP", "VNM")],
    );
    // A name far before the verb is no co-doer. ("vừa gặp": a meeting
    // just held; "từng gặp" would be history, not coded.)
    assert_events(
        "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, người vừa gặp Bộ trưởng Ngoại giao Singapore, đã gửi điện thăm hỏi tới Bộ trưởng Ngoại giao Phạm Bình Minh.",
        spec,
        &[("040", "CHN", "SGP"), ("018", "CHN", "VNM")],
    );
}

#[test]
fn a_list_of_doers_holding_the_target_gives_no_more_events() {
    let spec: &Spec = &[
        (LOC, "Saudi Arabia", "SAU", &["Saudi Arabia"]),
        (LOC, "Bahrain", "BHR", &["Bahrain"]),
        (LOC, "Ai Cập", "EGY", &["Ai Cập"]),
        (LOC, "Qatar", "QAT", &["Qatar"]),
    ];
    let got = events(
        "Saudi Arabia, Bahrain và Ai Cập tuyên bố cắt đứt quan hệ ngoại giao với Qatar.",
        spec,
    );
    assert!(!got.iter().any(|e| e.1 == "BHR" && e.2 == "EGY"), "{got:?}");
}

#[test]
fn two_acts_joined_by_and_are_each_coded() {
    assert_events(
        "Thủ tướng Việt Nam đánh giá cao vai trò của Nhật Bản và mong muốn đẩy mạnh hợp tác với Nhật Bản.",
        &[VNM, JPN],
        &[("051", "VNM", "JPN"), ("030", "VNM", "JPN")],
    );
}

#[test]
fn an_act_told_as_background_is_not_coded() {
    assert_no_root(
        "Trong quá khứ, Nhật Bản đã hỗ trợ Việt Nam vượt qua đại dịch.",
        &[VNM, JPN],
        "07",
    );
    assert_no_root(
        "Nhật Bản đã từng hỗ trợ Việt Nam vượt qua đại dịch.",
        &[VNM, JPN],
        "07",
    );
    assert_events(
        "Nhật Bản hỗ trợ Việt Nam 5 triệu USD.",
        &[VNM, JPN],
        &[("070", "JPN", "VNM")],
    );
}

#[test]
fn a_list_ends_where_a_new_clause_begins() {
    let spec: &Spec = &[
        (LOC, "Venezuela", "VEN", &["Venezuela"]),
        USA,
        (LOC, "Bồ Đào Nha", "PRT", &["Bồ Đào Nha"]),
        (LOC, "Uruguay", "URY", &["Uruguay"]),
    ];
    let got = events("Venezuela gặp Mỹ, Bồ Đào Nha gặp Uruguay.", spec);
    assert!(!got.iter().any(|e| e.1 == "VEN" && e.2 == "PRT"), "{got:?}");
}

#[test]
fn the_purpose_of_a_meeting_is_no_meeting_to_come() {
    let text = "Tổng thống Mỹ vừa điện đàm với Chủ tịch Trung Quốc, để trao đổi về nhiều vấn đề.";
    assert_events(text, &[USA, CHN], &[("041", "USA", "CHN")]);
    let text = "Tổng thống Mỹ điện đàm với Chủ tịch Trung Quốc nhằm thảo luận về thương mại.";
    assert_no_root(text, &[USA, CHN], "03");
    // A meeting planned in its own words still is intent to meet.
    let text =
        "Tổng thống Mỹ điện đàm với Chủ tịch Trung Quốc, hai bên nhất trí sẽ gặp nhau vào tháng 4.";
    let got = events(text, &[USA, CHN]);
    assert!(got.iter().any(|e| e.0 == "036"), "{text}: {got:?}");
}

#[test]
fn a_date_between_subject_and_verb_keeps_the_subject() {
    let irn = (LOC, "Iran", "IRN", &["Iran"][..]);
    let text =
        "Chính quyền Mỹ ngày 7/8 áp đặt các biện pháp trừng phạt đối với 18 thực thể của Iran.";
    assert_events(text, &[USA, irn], &[("163", "USA", "IRN")]);
    let text = "Thổ Nhĩ Kỳ ngày 11-5 đã lên án Israel.";
    let tur = (LOC, "Thổ Nhĩ Kỳ", "TUR", &["Thổ Nhĩ Kỳ"][..]);
    let got = events(text, &[tur, ISR]);
    assert!(
        got.iter().any(|e| e.1 == "TUR" && e.2 == "ISR"),
        "{text}: {got:?}"
    );
    // A comma after the date still ends the clause: the subject is later.
    let text = "Ngày 7/8, Iran lên án Mỹ.";
    assert_events(text, &[USA, irn], &[("111", "IRN", "USA")]);
}

#[test]
fn a_second_verb_after_a_coordinator_has_the_first_ones_doer() {
    let irn = (LOC, "Iran", "IRN", &["Iran"][..]);
    let teheran = (LOC, "Tehran", "IRN", &["Tehran"][..]);
    let text = "Mỹ áp đặt lệnh trừng phạt lên hai công ty dầu khí lớn nhất của Iran, đồng thời cáo buộc Tehran hỗ trợ khủng bố.";
    let got = events(text, &[USA, irn, teheran]);
    assert!(got.contains(&ev("163", "USA", "IRN")), "{text}: {got:?}");
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("11") && e.1 == "USA" && e.2 == "IRN"),
        "{text}: {got:?}"
    );
    // A hypothetical first verb makes the joined one hypothetical too.
    let text = "Triều Tiên có thể gắn vũ khí hóa học lên máy bay và tấn công Hàn Quốc.";
    let prk = (LOC, "Triều Tiên", "PRK", &["Triều Tiên"][..]);
    assert_no_root(text, &[prk, KOR], "19");
    // A verb with a subject of its own keeps it.
    let text = "Mỹ trừng phạt Iran, đồng thời Trung Quốc lên án Mỹ.";
    let got = events(text, &[USA, irn, CHN]);
    assert!(got.contains(&ev("111", "CHN", "USA")), "{text}: {got:?}");
}

#[test]
fn a_verb_right_after_the_last_acts_comma_has_its_doer_when_it_is_the_subject() {
    let moscow = (LOC, "Moscow", "RUS", &["Moscow"][..]);
    let text = "Mỹ tung lệnh trừng phạt mạnh lên hai tập đoàn dầu khí của Nga là Alfa và Beta, cáo buộc Moscow thiếu cam kết hòa bình.";
    let got = events(text, &[USA, RUS, moscow]);
    assert!(got.contains(&ev("163", "USA", "RUS")), "{text}: {got:?}");
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("11") && e.1 == "USA" && e.2 == "RUS"),
        "{text}: {got:?}"
    );
    // The doer of an embedded act is not the sentence's subject.
    let sgp = (LOC, "Singapore", "SGP", &["Singapore"][..]);
    let lao = (LOC, "Lào", "LAO", &["Lào"][..]);
    let tha = (LOC, "Thái Lan", "THA", &["Thái Lan"][..]);
    let binh = (PER, "Nguyễn Văn Bình", "VNM", &["Nguyễn Văn Bình"][..]);
    let text = "Ông Nguyễn Văn Bình hoan nghênh Đoàn Singapore thăm chính thức Lào, đánh giá cao Thái Lan.";
    let got = events(text, &[binh, sgp, lao, tha]);
    assert!(got.contains(&ev("051", "VNM", "THA")), "{text}: {got:?}");
    assert!(!got.contains(&ev("051", "SGP", "THA")), "{text}: {got:?}");
}

#[test]
fn a_protest_with_nothing_after_it_answers_the_other_country_just_named() {
    let phl = (LOC, "Philippines", "PHL", &["Philippines"][..]);
    let text = "Ngày 9-1, Trung Quốc khai trương một trung tâm thương mại trên đảo thuộc chủ quyền của Philippines. Mọi hoạt động của nước ngoài tại khu vực này là phi pháp, Philippines kiên quyết phản đối.";
    let got = events(text, &[CHN, phl]);
    assert!(got.contains(&ev("111", "PHL", "CHN")), "{text}: {got:?}");
    let qat = (LOC, "Qatar", "QAT", &["Qatar"][..]);
    let sau = (LOC, "Saudi Arabia", "SAU", &["Saudi Arabia"][..]);
    let text = "Saudi Arabia cáo buộc Qatar ủng hộ khủng bố, trong khi Qatar kiên quyết bác bỏ.";
    let got = events(text, &[sau, qat]);
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("12") && e.1 == "QAT" && e.2 == "SAU"),
        "{text}: {got:?}"
    );
    // An object of its own, even no country, is what is protested.
    let text = "Trung Quốc khai trương một trung tâm thương mại. Philippines kiên quyết phản đối chủ nghĩa cực đoan.";
    assert_no_root(text, &[CHN, phl], "11");
    // A passive doer is no protester.
    let text = "Trung Quốc gửi đề nghị. Mọi thủ tục đều bị Philippines từ chối.";
    assert_no_root(text, &[CHN, phl], "12");
}

#[test]
fn an_intent_about_a_relation_is_between_its_two_sides() {
    let lao = (LOC, "Lào", "LAO", &["Lào"][..]);
    let tha = (LOC, "Thái Lan", "THA", &["Thái Lan"][..]);
    let minister = (PER, "Somsak Vong", "LAO", &["Somsak Vong"][..]);
    let text = "Chính phủ Lào luôn đánh giá cao mối quan hệ Lào – Thái Lan và mong muốn đẩy mạnh mối quan hệ hợp tác này, Bộ trưởng Somsak Vong nhấn mạnh.";
    let got = events(text, &[lao, tha, minister]);
    assert!(
        got.contains(&ev("030", "LAO", "THA")) || got.contains(&ev("030", "THA", "LAO")),
        "{text}: {got:?}"
    );
    // The pair just told, for "quan hệ" with no country named.
    let text = "Thủ tướng Lào hội đàm với Thủ tướng Thái Lan. Thủ tướng Lào mong muốn đẩy mạnh quan hệ hợp tác trong thời gian tới.";
    let got = events(text, &[lao, tha]);
    assert!(
        got.contains(&ev("030", "LAO", "THA")) || got.contains(&ev("030", "THA", "LAO")),
        "{text}: {got:?}"
    );
    // No relation, no other side: a domestic aim.
    let text = "Thủ tướng Lào hội đàm với Thủ tướng Thái Lan. Chính phủ Lào mong muốn đẩy mạnh phát triển kinh tế, Bộ trưởng Somsak Vong nhấn mạnh.";
    let got = events(text, &[lao, tha, minister]);
    assert!(
        !got.iter().any(|e| e.0.starts_with("03")),
        "{text}: {got:?}"
    );
}

#[test]
fn a_stay_or_visit_told_with_where_it_took_place_goes_there() {
    let nzl = (LOC, "New Zealand", "NZL", &["New Zealand"][..]);
    let mil = (
        ORG,
        "Bộ Quốc phòng Chile",
        "CHL",
        &["Bộ Quốc phòng Chile"][..],
    );
    let chl = (LOC, "Chile", "CHL", &["Chile"][..]);
    let text = "Trong thời gian làm việc tại New Zealand, đoàn đại biểu Bộ Quốc phòng Chile cũng làm việc với Cục Đối ngoại.";
    let got = events(text, &[nzl, mil, chl]);
    assert!(got.contains(&ev("042", "CHL", "NZL")), "{text}: {got:?}");
    let text = "Trong khuôn khổ chuyến thăm chính thức làm việc tại New Zealand, chiều 9/7, Thủ tướng Chile đã có các cuộc gặp.";
    let got = events(text, &[nzl, chl]);
    assert!(got.contains(&ev("042", "CHL", "NZL")), "{text}: {got:?}");
    // Working hours at home are no visit.
    let text = "Trong thời gian làm việc tại trụ sở, cán bộ Bộ Quốc phòng Chile không được dùng điện thoại.";
    assert_no_root(text, &[mil, chl], "04");
}

#[test]
fn we_inside_a_quotation_is_its_speaker() {
    let hang = (PER, "Lê Thị Thu Hằng", "VNM", &["Lê Thị Thu Hằng"][..]);
    let text = "Người phát ngôn Lê Thị Thu Hằng nhấn mạnh: “Chúng tôi đề nghị Chính phủ Hàn Quốc có biện pháp ngăn chặn”.";
    let got = events(text, &[hang, KOR]);
    assert!(got.contains(&ev("020", "VNM", "KOR")), "{text}: {got:?}");
    // Outside a quotation "chúng tôi" is nobody the text names.
    let text = "Người phát ngôn Lê Thị Thu Hằng đã phát biểu. Chúng tôi đề nghị Chính phủ Hàn Quốc có biện pháp ngăn chặn.";
    let got = events(text, &[hang, KOR]);
    assert!(!got.contains(&ev("020", "VNM", "KOR")), "{text}: {got:?}");
    // Unbalanced or bare marks and clipped words never panic.
    for text in [
        "“húng tôi",
        "\"Chúng tôi\" \"",
        "”chúng tôi“ “",
        "Ông A nói: “chúng tôi",
    ] {
        assert!(events(text, &[hang, KOR]).is_empty(), "{text}");
    }
}

#[test]
fn an_appeal_going_on_after_its_subjects_first_clause_is_made_of_the_country_it_named() {
    let hang = (PER, "Lê Thị Thu Hằng", "VNM", &["Lê Thị Thu Hằng"][..]);
    let nzl = (LOC, "New Zealand", "NZL", &["New Zealand"][..]);
    // A quotation inside the quotation ("cờ vàng") does not end it.
    let text = "Người phát ngôn Lê Thị Thu Hằng nhấn mạnh: “Chúng tôi lấy làm tiếc về các vật phẩm có hình ảnh “cờ vàng” này. Chúng tôi đã trao đổi với phía New Zealand về việc này, đề nghị có hình thức dừng lưu hành các vật phẩm này”.";
    let got = events(text, &[hang, nzl]);
    assert!(
        got.iter()
            .any(|e| e.0.starts_with("02") && e.1 == "VNM" && e.2 == "NZL"),
        "{text}: {got:?}"
    );
    // A second clause break: the appeal is not the first clause's going on.
    let text = "Ông Lê Thị Thu Hằng đã gặp đại diện New Zealand, sau đó về nước, đề nghị có hình thức xử lý.";
    let got = events(text, &[hang, nzl]);
    assert!(
        !got.iter().any(|e| e.0.starts_with("02") && e.2 == "NZL"),
        "{text}: {got:?}"
    );
}

#[test]
fn force_at_sea_on_boats_and_fishermen() {
    let spec: &Spec = &[CHN, VNM];
    assert_events(
        "Ngày 6/3, lực lượng hải cảnh Trung Quốc đã đâm chìm tàu cá của ngư dân Việt Nam.",
        spec,
        &[("1712", "CHN", "VNM")],
    );
    assert_events(
        "Lực lượng thực thi pháp luật Trung Quốc đã đánh đập các ngư dân Việt Nam.",
        spec,
        &[("182", "CHN", "VNM")],
    );
    // A ship of a country acting: its owner is the doer.
    assert_events(
        "Ngày 6/3, tàu hải cảnh số hiệu 4301 của Trung Quốc đã đâm chìm tàu cá của ngư dân Việt Nam.",
        spec,
        &[("1712", "CHN", "VNM")],
    );
    // Not an act of force: the owner is no doer.
    assert_no_root(
        "Đại diện của Trung Quốc đã gặp ngư dân Việt Nam.",
        spec,
        "17",
    );
    // Not done: no force.
    assert_no_root(
        "Trung Quốc không đâm chìm tàu cá nào của Việt Nam.",
        spec,
        "17",
    );
}
