//! Precision of signings on real news (issue 4, session 15, ag25), from the
//! judged bench sample /work/notes/audit/ag24_agreements40_seed2441_judged.md:
//! partners counted, not named; a teller who confirms a signing; a title
//! running on into what the signing means. Each rule has a sentence it must
//! not fire on.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, show};
use test_support::Spec;
use thoisu_core::{Agreement, EntityKind};

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

fn parties(a: &Agreement) -> Vec<&str> {
    a.parties.iter().map(|p| p.name.as_str()).collect()
}

const BELARUS: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Belarus", "BLR", &["Belarus"]),
    (LOC, "Minsk", "BLR", &["Minsk"]),
    (ORG, "Công ty Sông Đà", "VNM", &["Công ty Sông Đà"]),
    (ORG, "Công ty Belbud", "BLR", &["Công ty Belbud"]),
];

#[test]
fn a_contract_with_companies_counted_is_no_signing_of_the_news() {
    // Bench 4646: "Một số doanh nghiệp Việt Nam đã ký hợp đồng với các
    // công ty xây dựng của Belarus …".
    let text = "Một số doanh nghiệp Việt Nam đã ký hợp đồng với các công ty xây dựng của Belarus đưa lao động Việt Nam sang làm việc tại các công trình xây dựng tại thủ đô Minsk.";
    let coded = code_lines(text, BELARUS);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // A company named: its contract is signed.
    let text = "Ngày 3/4, Công ty Sông Đà đã ký hợp đồng với Công ty Belbud của Belarus đưa lao động Việt Nam sang làm việc tại thủ đô Minsk.";
    let coded = code_lines(text, BELARUS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const LOAN: &Spec = &[
    (PER, "Lê Kim Thành", "VNM", &["Lê Kim Thành"]),
    (
        ORG,
        "Ngân hàng Xuất nhập khẩu Trung Quốc",
        "CHN",
        &["Ngân hàng Xuất nhập khẩu Trung Quốc", "China Eximbank"],
    ),
    (ORG, "Bộ Tài chính", "VNM", &["Bộ Tài chính"]),
];

#[test]
fn who_confirms_a_signing_does_not_sign_it() {
    // Bench 1672: "… Lê Kim Thành xác nhận, phía Ngân hàng Xuất nhập khẩu
    // Trung Quốc (China Eximbank) đã ký kết thỏa thuận cho vay …".
    let text = "Sáng 12/5, Tổng Giám đốc Ban quản lý dự án Đường sắt Lê Kim Thành xác nhận, Ngân hàng Xuất nhập khẩu Trung Quốc đã ký kết thỏa thuận cho vay thêm 250 triệu USD với Bộ Tài chính.";
    let coded = code_lines(text, LOAN);
    for a in &coded.agreements {
        assert!(!parties(a).contains(&"Lê Kim Thành"), "{}", show(&coded));
    }
    // Signing himself, he is a party.
    let text = "Sáng 12/5, Tổng Giám đốc Ban quản lý dự án Đường sắt Lê Kim Thành và Ngân hàng Xuất nhập khẩu Trung Quốc đã ký kết thỏa thuận cho vay thêm 250 triệu USD.";
    let coded = code_lines(text, LOAN);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert!(
        parties(&coded.agreements[0]).contains(&"Lê Kim Thành"),
        "{}",
        show(&coded)
    );
}

const BANKS: &Spec = &[
    (ORG, "ABBANK", "VNM", &["ABBANK"]),
    (ORG, "ADB", "", &["ADB"]),
];

#[test]
fn a_title_ends_before_what_the_signing_marks() {
    // Bench 2543: "… chương trình hợp tác TFP đánh dấu bước phát triển
    // tích cực …".
    let text = "Ngày 24/5, ABBANK và ADB đã ký chương trình hợp tác TFP đánh dấu bước phát triển tích cực giữa hai bên.";
    let coded = code_lines(text, BANKS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(coded.agreements[0].title, "chương trình hợp tác TFP");
    // "đánh dấu" inside no title: the title runs on.
    let text = "Ngày 24/5, ABBANK và ADB đã ký chương trình hợp tác tài trợ thương mại.";
    let coded = code_lines(text, BANKS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    assert_eq!(
        coded.agreements[0].title,
        "chương trình hợp tác tài trợ thương mại"
    );
}

const LABOUR: &Spec = &[
    (LOC, "Việt Nam", "VNM", &["Việt Nam"]),
    (LOC, "Thái Lan", "THA", &["Thái Lan"]),
    (LOC, "Úc", "AUS", &["Úc"]),
];

#[test]
fn examples_of_a_signing_dated_a_year_before_are_background() {
    // Bench 304: "… các hiệp định và thỏa thuận về hợp tác LĐ đã ký với
    // các nước trong năm 2016, như …; thỏa thuận phái cử … giữa Việt Nam
    // và Thái Lan" in news of 2017.
    let text = "Ngày 5/1/2017, Bộ tổ chức hội nghị.\n\
                Song song đó, tập trung triển khai thực hiện các hiệp định và thỏa thuận về hợp tác lao động đã ký với các nước trong năm 2016, như thỏa thuận về chương trình lao động kết hợp kỳ nghỉ tại Úc; thỏa thuận phái cử và tiếp nhận lao động giữa Việt Nam và Thái Lan.";
    let (t, sents, ents) = test_support::input_lines(text, LABOUR);
    let dates = vec![
        common::date_range(&t, &sents, "Ngày 5/1/2017", "2017-01-05", "2017-01-05"),
        common::date_range(&t, &sents, "năm 2016", "2016-01-01", "2016-12-31"),
    ];
    let coded = thoisu_events::Coder::embedded().code(&t, &sents, &ents, &dates);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // Signed in the news's year, the examples are its documents.
    let text = "Ngày 5/1/2017, Bộ tổ chức hội nghị.\n\
                Hôm qua, hai bên đã ký với nhau trong năm 2017 nhiều văn kiện, như thỏa thuận phái cử và tiếp nhận lao động giữa Việt Nam và Thái Lan.";
    let (t, sents, ents) = test_support::input_lines(text, LABOUR);
    let dates = vec![
        common::date_range(&t, &sents, "Ngày 5/1/2017", "2017-01-05", "2017-01-05"),
        common::date_range(&t, &sents, "năm 2017", "2017-01-01", "2017-12-31"),
    ];
    let coded = thoisu_events::Coder::embedded().code(&t, &sents, &ents, &dates);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}
