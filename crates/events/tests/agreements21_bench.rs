//! Signings read on the unlabelled bench corpus (news of 2017, issue 4,
//! session 21). Sentences are those of bench articles, some shortened; each
//! rule has a sentence it must not fire on. Entities are given by hand as a
//! recogniser would give them.

mod common;
#[allow(dead_code)]
#[path = "../src/test_support.rs"]
mod test_support;

use common::{code_lines, show};
use test_support::Spec;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Organisation as ORG, Person as PER};

const RIYADH: &Spec = &[
    (LOC, "Mỹ", "USA", &["Mỹ"]),
    (LOC, "Ả Rập Xê-út", "SAU", &["Saudi Arabia"]),
    (PER, "Donald Trump", "USA", &["Trump"]),
];

#[test]
fn a_signing_ceremony_still_to_come_signs_nothing() {
    // bench news2017 #2265 (Trump's visit to Riyadh, 5/2017): the programme
    // of the visit, told before it.
    let text = "Sau tiệc mời của hoàng gia, Trump và Nhà vua theo kế hoạch sẽ có các cuộc trao đổi riêng và tham gia một buổi lễ ký kết nhiều hiệp định Mỹ-Saudi Arabia, bao gồm thỏa thuận Saudi Arabia mua vũ khí của Mỹ trị giá 100 tỷ USD.";
    let coded = code_lines(text, RIYADH);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // Told as done, the same ceremony signed the document listed.
    let text = "Sau tiệc mời của hoàng gia, Trump và Nhà vua đã có các cuộc trao đổi riêng và tham gia một buổi lễ ký kết nhiều hiệp định Mỹ-Saudi Arabia, bao gồm thỏa thuận Saudi Arabia mua vũ khí của Mỹ trị giá 100 tỷ USD.";
    let coded = code_lines(text, RIYADH);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
    // "sẽ" left behind by a done act ("sẽ … nhưng đã dự lễ ký") plans nothing.
    let text = "Trump sẽ rời Riyadh vào ngày mai nhưng hôm nay đã dự lễ ký kết nhiều hiệp định Mỹ-Saudi Arabia, bao gồm thỏa thuận Saudi Arabia mua vũ khí của Mỹ trị giá 100 tỷ USD.";
    let coded = code_lines(text, RIYADH);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}

const BRUSSELS: &Spec = &[
    (LOC, "Trung Quốc", "CHN", &["Trung Quốc"]),
    (LOC, "Paris", "FRA", &["Paris"]),
    (ORG, "Liên minh châu Âu", "igo.eu", &["EU"]),
];

#[test]
fn a_signing_dated_by_a_year_right_after_its_verb_is_remembered() {
    // bench news2017 #3132 (EU–China summit, 6/2017): the Paris Agreement
    // told with its year, then "this agreement".
    let text = "EU và Trung Quốc khẳng định sự ủng hộ đối với Hiệp định Paris ký năm 2015 về chống biến đổi khí hậu và tăng cường hợp tác để thực thi hiệp định này.";
    let coded = code_lines(text, BRUSSELS);
    assert!(coded.agreements.is_empty(), "{}", show(&coded));
    // A year further on, past the document, dates no signing verb.
    let text = "EU và Trung Quốc đã ký Hiệp định về hợp tác khí hậu giai đoạn 2017 - 2020.";
    let coded = code_lines(text, BRUSSELS);
    assert_eq!(coded.agreements.len(), 1, "{}", show(&coded));
}
