//! Session ev15: a statement calling an act war threatens or accuses, not
//! merely states; a joint statement "ban hành" (issued) is adopted by both
//! sides (057); aid stopped on its way ("chặn hàng cứu trợ") is no aid.

mod common;
#[path = "../src/test_support.rs"]
mod test_support;

use common::coded;
use thoisu_core::EntityKind;

use EntityKind::{Location as LOC, Person as PER};

#[test]
fn calling_an_attack_an_act_of_war_accuses_its_doer() {
    let got = coded(
        "Tổng thống Armenia Vahagn Khachaturyan tuyên bố đây là một hành động chiến tranh từ phía Azerbaijan.",
        &[
            (PER, "Vahagn Khachaturyan", "ARM", &["Vahagn Khachaturyan"]),
            (LOC, "Armenia", "ARM", &["Armenia"]),
            (LOC, "Azerbaijan", "AZE", &["Azerbaijan"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("11") && s == "ARM" && t == "AZE"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(c, ..)| c == "010"), "{got:?}");
}

#[test]
fn a_joint_statement_issued_is_adopted_by_both_sides() {
    let got = coded(
        "Thủ tướng Ý Giorgia Meloni hội đàm với Thủ tướng Albania Edi Rama. Hai bên cũng đã ban hành một tuyên bố chung về hợp tác năng lượng.",
        &[
            (PER, "Giorgia Meloni", "ITA", &["Giorgia Meloni"]),
            (PER, "Edi Rama", "ALB", &["Edi Rama"]),
            (LOC, "Ý", "ITA", &["Ý"]),
            (LOC, "Albania", "ALB", &["Albania"]),
        ],
    );
    assert!(
        got.iter().any(|(c, s, t)| c == "057"
            && [s.as_str(), t.as_str()].contains(&"ITA")
            && [s.as_str(), t.as_str()].contains(&"ALB")),
        "{got:?}"
    );
}

#[test]
fn aid_stopped_on_its_way_is_no_aid() {
    let got = coded(
        "Quân đội Myanmar đã chặn hàng cứu trợ của Thái Lan tại cửa khẩu.",
        &[
            (LOC, "Myanmar", "MMR", &["Myanmar"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("07")), "{got:?}");
    // Aid delivered is still aid.
    let got = coded(
        "Thái Lan đã chuyển hàng cứu trợ tới Myanmar.",
        &[
            (LOC, "Myanmar", "MMR", &["Myanmar"]),
            (LOC, "Thái Lan", "THA", &["Thái Lan"]),
        ],
    );
    assert!(
        got.iter()
            .any(|(c, s, t)| c.starts_with("07") && s == "THA" && t == "MMR"),
        "{got:?}"
    );
}

#[test]
fn tiep_that_receives_no_visitor_is_no_hosting() {
    for text in [
        "Tiếp đó, Tổng thống Chile Gabriel Boric sẽ tới Peru.",
        "Nga bị cáo buộc tiếp tay cho Belarus.",
        "Washington đang di dời khí tài để tiếp lửa cho cuộc chiến chống lại Iran.",
    ] {
        let got = coded(
            text,
            &[
                (PER, "Gabriel Boric", "CHL", &["Gabriel Boric"]),
                (LOC, "Chile", "CHL", &["Chile"]),
                (LOC, "Peru", "PER", &["Peru"]),
                (LOC, "Nga", "RUS", &["Nga"]),
                (LOC, "Belarus", "BLR", &["Belarus"]),
                (LOC, "Washington", "USA", &["Washington"]),
                (LOC, "Iran", "IRN", &["Iran"]),
            ],
        );
        assert!(!got.iter().any(|(c, ..)| c == "043"), "{text}: {got:?}");
    }
}

#[test]
fn years_counted_before_establishing_relations_tell_an_anniversary() {
    let spec = [
        (PER, "Ulf Kristersson", "SWE", &["Ulf Kristersson"][..]),
        (LOC, "Thụy Điển", "SWE", &["Thụy Điển"][..]),
        (LOC, "Chile", "CHL", &["Chile"][..]),
    ];
    let got = coded(
        "Thủ tướng Ulf Kristersson vui mừng nhận thấy sau 60 thiết lập quan hệ ngoại giao Chile là đối tác hàng đầu của Thụy Điển.",
        &spec,
    );
    assert!(!got.iter().any(|(c, ..)| c == "054"), "{got:?}");
    // Relations set up now are still coded.
    let got = coded(
        "Thụy Điển và Chile đã chính thức thiết lập quan hệ ngoại giao.",
        &spec,
    );
    assert!(got.iter().any(|(c, ..)| c == "054"), "{got:?}");
}

#[test]
fn the_mood_of_talks_is_no_talks() {
    let got = coded(
        "Các hành động của Canada đã phá vỡ bầu không khí đàm phán song phương với Mexico.",
        &[
            (LOC, "Canada", "CAN", &["Canada"]),
            (LOC, "Mexico", "MEX", &["Mexico"]),
        ],
    );
    assert!(!got.iter().any(|(c, ..)| c.starts_with("04")), "{got:?}");
    let got = coded(
        "Canada và Mexico đã đàm phán song phương về thuế quan.",
        &[
            (LOC, "Canada", "CAN", &["Canada"]),
            (LOC, "Mexico", "MEX", &["Mexico"]),
        ],
    );
    assert!(got.iter().any(|(c, ..)| c.starts_with("04")), "{got:?}");
}
