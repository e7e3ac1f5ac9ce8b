//! Store tests on hand-built documents (real Vietnamese news phrasing).

use super::*;
use thoisu_core::{
    AgreementKind, DocActor, DocAgreement, DocEntity, EntityKind, Party, Place, Provenance,
};

fn actor(name: &str, country: &str, code: &str) -> DocActor {
    DocActor {
        name: name.into(),
        country: Some(country.into()),
        actor: Some(code.into()),
    }
}

fn event(code: &str, source: DocActor, target: DocActor, date: Option<&str>) -> DocEvent {
    DocEvent {
        code: code.into(),
        label: "label".into(),
        source: Some(source),
        target: Some(target),
        date: date.map(Into::into),
        location: Some(Place {
            name: "Hà Nội".into(),
            country: Some("VNM".into()),
        }),
        goldstein: 1.9,
        quad_class: 1,
        sentence: "câu".into(),
        rule: "test.rule".into(),
        provenance: Provenance {
            start: 0,
            end: 4,
            sentence_start: 0,
            sentence_end: 10,
        },
        plover_type: "CONSULT".into(),
        plover_mode: None,
        mentions: Vec::new(),
    }
}

/// A small document; the id derives from the body like the real content hash.
fn doc(title: &str, published: Option<&str>, body: &str, events: Vec<DocEvent>) -> Document {
    Document {
        id: format!("{:016x}", fxhash(body)),
        input_id: None,
        title: Some(title.into()),
        published: published.map(Into::into),
        outlet: Some("Báo Thử Nghiệm".into()),
        authors: vec!["Nguyễn Văn An".into()],
        section: Some("Thế giới".into()),
        lead: None,
        body: body.into(),
        captions: vec!["Ảnh minh hoạ".into()],
        related: vec![],
        url: Some("https://example.vn/a".into()),
        anchor_date: published.map(Into::into),
        entities: vec![DocEntity {
            kind: EntityKind::Person,
            name: "Phạm Minh Chính".into(),
            mentions: vec!["Thủ tướng Phạm Minh Chính".into()],
            country: Some("VNM".into()),
            id: Some("vn.pham_minh_chinh".into()),
            roles: vec!["Thủ tướng".into()],
            actor: Some("VNMGOV".into()),
            spans: vec![Provenance::default()],
        }],
        dates: vec![],
        events,
        agreements: vec![DocAgreement {
            kind: AgreementKind::Mou,
            title: "Bản ghi nhớ hợp tác giáo dục".into(),
            parties: vec![Party {
                name: "Bộ Giáo dục và Đào tạo".into(),
                country: Some("VNM".into()),
            }],
            date: published.map(Into::into),
            location: Some("Hà Nội".into()),
            sentence: "Hai bên ký bản ghi nhớ.".into(),
            provenance: Provenance::default(),
        }],
    }
}

fn fxhash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Three articles: Japan, Laos (no event date: falls back to published) and
/// the DPRK.
fn sample() -> Vec<Document> {
    vec![
        doc(
            "Thủ tướng tiếp Đại sứ Nhật Bản",
            Some("2024-06-19"),
            "Chiều 18/6, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.\n\nHai bên nhất trí thúc đẩy hợp tác.",
            vec![event(
                "042",
                actor("Phạm Minh Chính", "VNM", "VNMGOV"),
                actor("Ito Naoki", "JPN", "JPNGOV"),
                Some("2024-06-18"),
            )],
        ),
        doc(
            "Việt Nam và Lào ký kết hợp tác",
            Some("2024-07-02T08:30:00+07:00"),
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Lào.",
            vec![event(
                "036",
                actor("Bùi Thanh Sơn", "VNM", "VNMGOV"),
                actor("Bộ Ngoại giao Lào", "LAO", "LAOGOV"),
                None,
            )],
        ),
        doc(
            "Đoàn đại biểu Triều Tiên thăm Việt Nam",
            Some("2025-10-11"),
            "Đoàn đại biểu Đảng Lao động Triều Tiên do đồng chí Kim Song Nam dẫn đầu đã tới Hà Nội.",
            vec![event(
                "043",
                actor("Đảng Lao động Triều Tiên", "PRK", "PRKPTY"),
                actor("Việt Nam", "VNM", "VNM"),
                Some("2025-10-10"),
            )],
        ),
    ]
}

fn filled() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let report = store
        .insert(&sample(), &["a.txt", "b.txt", "c.txt"])
        .unwrap();
    assert_eq!(report.inserted, 3);
    store
}

fn event_names(store: &Store, filter: EventFilter) -> Vec<String> {
    store
        .events(&filter)
        .unwrap()
        .into_iter()
        .map(|e| e.event.source.unwrap().name)
        .collect()
}

#[test]
fn inserting_twice_stores_once() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = sample();
    let first = store.insert(&docs, &[]).unwrap();
    assert_eq!(
        first,
        InsertReport {
            inserted: 3,
            duplicates: 0,
            events: 3,
            entities: 3,
            agreements: 3
        }
    );
    let again = store.insert(&docs, &[]).unwrap();
    assert_eq!(again.inserted, 0);
    assert_eq!(again.duplicates, 3);
    assert_eq!(again.events, 0);
    // A duplicate inside one batch is skipped too.
    let mut store2 = Store::open_in_memory().unwrap();
    let twice = [docs[0].clone(), docs[0].clone()];
    let r = store2.insert(&twice, &[]).unwrap();
    assert_eq!((r.inserted, r.duplicates), (1, 1));
    assert_eq!(
        store.counts().unwrap(),
        Counts {
            articles: 3,
            stories: 3,
            entities: 3,
            events: 3,
            agreements: 3
        }
    );
    assert_eq!(store.search("Nhật Bản", 10).unwrap().len(), 1);
    // Tidying up keeps everything findable.
    store.optimize().unwrap();
    assert_eq!(store.search("nhat ban", 10).unwrap().len(), 1);
    assert_eq!(store.counts().unwrap().articles, 3);
}

#[test]
fn article_round_trips() {
    let store = filled();
    let docs = sample();
    let back = store.article(&docs[1].id).unwrap().unwrap();
    assert_eq!(back, docs[1]);
    assert!(store.article("khong-co").unwrap().is_none());
    let mut all = Vec::new();
    let n = store.for_each_document(|d| {
        all.push(d);
        Ok::<_, StoreError>(())
    });
    assert_eq!(n.unwrap(), 3);
    assert_eq!(all, docs);
}

#[test]
fn filter_by_actor_name_or_code_without_diacritics() {
    let store = filled();
    let by = |a: &str| {
        event_names(
            &store,
            EventFilter {
                actor: Some(a.into()),
                ..Default::default()
            },
        )
    };
    assert_eq!(by("dang lao dong"), ["Đảng Lao động Triều Tiên"]);
    assert_eq!(by("Triều Tiên"), ["Đảng Lao động Triều Tiên"]);
    assert_eq!(by("ito naoki"), ["Phạm Minh Chính"]); // target side
    assert_eq!(by("laogov"), ["Bùi Thanh Sơn"]);
    assert_eq!(by("VNMGOV").len(), 2);
    assert!(by("Hàn Quốc").is_empty());
    assert_eq!(by("   ").len(), 3); // blank = no filter
}

#[test]
fn filter_by_country_either_side() {
    let store = filled();
    let by = |c: &str| {
        event_names(
            &store,
            EventFilter {
                countries: vec![c.into()],
                ..Default::default()
            },
        )
    };
    assert_eq!(by("JPN"), ["Phạm Minh Chính"]);
    assert_eq!(by("prk"), ["Đảng Lao động Triều Tiên"]);
    assert_eq!(by("VNM").len(), 3);
    assert!(by("KOR").is_empty());
}

#[test]
fn two_countries_give_the_events_between_them_either_way() {
    let store = filled();
    let between = |a: &str, b: &str| {
        event_names(
            &store,
            EventFilter {
                countries: vec![a.into(), b.into()],
                ..Default::default()
            },
        )
    };
    // The DPRK party's visit is PRK → VNM; asked either way round.
    assert_eq!(between("VNM", "PRK"), ["Đảng Lao động Triều Tiên"]);
    assert_eq!(between("prk", "vnm"), ["Đảng Lao động Triều Tiên"]);
    assert!(between("JPN", "PRK").is_empty());
    let err = store
        .events(&EventFilter {
            countries: vec!["VNM".into(), "PRK".into(), "JPN".into()],
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidFilter(_)), "{err}");
}

/// Two ministries' memorandums and a treaty, in two articles.
fn signings() -> Vec<Document> {
    let party = |name: &str, country: &str| Party {
        name: name.into(),
        country: Some(country.into()),
    };
    let document = |kind, title: &str, parties, date: Option<&str>| DocAgreement {
        kind,
        title: title.into(),
        parties,
        date: date.map(Into::into),
        location: Some("Hà Nội".into()),
        sentence: "Hai bên đã ký kết văn kiện.".into(),
        provenance: Provenance::default(),
    };
    let mut first = doc(
        "Việt Nam và Hàn Quốc ký nhiều văn kiện hợp tác",
        Some("2024-07-01"),
        "Bộ Công Thương và Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc ký bản ghi nhớ.",
        vec![],
    );
    first.agreements = vec![
        document(
            AgreementKind::Mou,
            "Bản ghi nhớ về hợp tác chuỗi cung ứng khoáng sản chiến lược",
            vec![
                party("Bộ Công Thương", "VNM"),
                party("Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc", "KOR"),
            ],
            Some("2024-06-30"),
        ),
        document(
            AgreementKind::Agreement,
            "Hiệp định hợp tác kỹ thuật",
            vec![party("Việt Nam", "VNM"), party("Hàn Quốc", "KOR")],
            None,
        ),
    ];
    let mut second = doc(
        "Ký Hiệp ước tương trợ tư pháp",
        Some("2025-10-11"),
        "Bộ Công an và Bộ An ninh Quốc gia Triều Tiên ký hiệp ước.",
        vec![],
    );
    second.agreements = vec![document(
        AgreementKind::Treaty,
        "Hiệp ước tương trợ tư pháp về hình sự",
        vec![party("Bộ Công an", "VNM"), party("Triều Tiên", "PRK")],
        Some("2025-10-10"),
    )];
    vec![first, second]
}

fn titles(store: &Store, filter: AgreementFilter) -> Vec<String> {
    store
        .agreements(&filter)
        .unwrap()
        .into_iter()
        .map(|g| g.agreement.title)
        .collect()
}

#[test]
fn agreements_by_party_country_kind_title_and_day() {
    let mut store = Store::open_in_memory().unwrap();
    store.insert(&signings(), &[]).unwrap();
    let all = titles(&store, AgreementFilter::default());
    // Newest day first; an undated document takes its article's day.
    assert_eq!(
        all,
        [
            "Hiệp ước tương trợ tư pháp về hình sự",
            "Hiệp định hợp tác kỹ thuật",
            "Bản ghi nhớ về hợp tác chuỗi cung ứng khoáng sản chiến lược",
        ]
    );
    let party = |p: &str| {
        titles(
            &store,
            AgreementFilter {
                party: Some(p.into()),
                ..Default::default()
            },
        )
    };
    assert_eq!(
        party("bo cong thuong"),
        ["Bản ghi nhớ về hợp tác chuỗi cung ứng khoáng sản chiến lược"]
    );
    assert_eq!(
        party("BỘ CÔNG AN"),
        ["Hiệp ước tương trợ tư pháp về hình sự"]
    );
    // A match never runs from one party's name into the next one's.
    assert!(party("an ninh bo").is_empty());
    assert!(party("cong anbo").is_empty());
    let filtered = |f: AgreementFilter| titles(&store, f);
    assert_eq!(
        filtered(AgreementFilter {
            countries: vec!["kor".into()],
            kind: Some("mou".into()),
            ..Default::default()
        }),
        ["Bản ghi nhớ về hợp tác chuỗi cung ứng khoáng sản chiến lược"]
    );
    assert_eq!(
        filtered(AgreementFilter {
            countries: vec!["VNM".into(), "PRK".into()],
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        filtered(AgreementFilter {
            title: Some("hiep dinh".into()),
            ..Default::default()
        }),
        ["Hiệp định hợp tác kỹ thuật"]
    );
    assert_eq!(
        filtered(AgreementFilter {
            since: Some("2024-07".into()),
            until: Some("2024".into()),
            ..Default::default()
        }),
        ["Hiệp định hợp tác kỹ thuật"]
    );
    assert_eq!(
        filtered(AgreementFilter {
            story: Some(signings()[1].id.clone()),
            ..Default::default()
        })
        .len(),
        1
    );
    let err = store
        .agreements(&AgreementFilter {
            kind: Some("memo".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("mou"), "{err}");
}

#[test]
fn one_document_told_by_two_outlets_is_listed_once_when_distinct() {
    let mut store = Store::open_in_memory().unwrap();
    let mut docs = one_meeting_told_twice();
    // Both reports of the visit tell the signing of one memorandum.
    let mut signing = docs[1].agreements[0].clone();
    signing.date = Some("2025-10-10".into());
    docs[0].agreements = vec![signing.clone()];
    docs[2].agreements = vec![signing];
    store.insert(&docs, &[]).unwrap();
    let distinct = store
        .agreements(&AgreementFilter {
            distinct: true,
            ..Default::default()
        })
        .unwrap();
    let told_twice: Vec<(usize, usize)> = distinct
        .iter()
        .filter(|g| g.told.articles > 1)
        .map(|g| (g.told.articles, g.told.outlets))
        .collect();
    assert_eq!(told_twice, [(2, 2)]);
    let all = store.agreements(&AgreementFilter::default()).unwrap();
    assert_eq!(all.len(), distinct.len() + 1);
}

#[test]
fn agreements_stored_before_schema_3_are_found_after_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&signings(), &[]).unwrap();
        // As rows written by a build before the folded columns existed.
        store
            .conn
            .execute_batch("UPDATE agreements SET parties_folded = NULL, title_folded = NULL")
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let found = titles(
        &store,
        AgreementFilter {
            party: Some("bo cong an".into()),
            ..Default::default()
        },
    );
    assert_eq!(found, ["Hiệp ước tương trợ tư pháp về hình sự"]);
}

#[test]
fn filter_by_cameo_prefix() {
    let store = filled();
    let by = |c: &str| {
        store
            .events(&EventFilter {
                code: Some(c.into()),
                ..Default::default()
            })
            .map(|v| v.len())
    };
    assert_eq!(by("04").unwrap(), 2);
    assert_eq!(by("042").unwrap(), 1);
    assert_eq!(by("0").unwrap(), 3);
    assert_eq!(by("19").unwrap(), 0);
    assert!(matches!(by("04%"), Err(StoreError::InvalidFilter(_))));
    assert!(matches!(by("04211"), Err(StoreError::InvalidFilter(_))));
}

#[test]
fn filter_by_dates_falls_back_to_published_day() {
    let store = filled();
    let between = |since: Option<&str>, until: Option<&str>| {
        event_names(
            &store,
            EventFilter {
                since: since.map(Into::into),
                until: until.map(Into::into),
                ..Default::default()
            },
        )
    };
    // Newest first.
    assert_eq!(
        between(None, None),
        [
            "Đảng Lao động Triều Tiên",
            "Bùi Thanh Sơn",
            "Phạm Minh Chính"
        ]
    );
    // The event's own date, inclusive on both ends.
    assert_eq!(
        between(Some("2024-06-18"), Some("2024-06-18")),
        ["Phạm Minh Chính"]
    );
    // No event date: the article's published day (from RFC 3339).
    assert_eq!(
        between(Some("2024-07-02"), Some("2024-07-02")),
        ["Bùi Thanh Sơn"]
    );
    // Month and year prefixes.
    assert_eq!(between(None, Some("2024-06")), ["Phạm Minh Chính"]);
    assert_eq!(between(Some("2025"), None), ["Đảng Lao động Triều Tiên"]);
    assert_eq!(between(Some("2024"), Some("2024")).len(), 2);
    let bad = store.events(&EventFilter {
        since: Some("18/6/2024".into()),
        ..Default::default()
    });
    assert!(matches!(bad, Err(StoreError::InvalidFilter(m)) if m.contains("since")));
}

#[test]
fn filter_by_story_of_a_lone_article_and_limit_caps() {
    let store = filled();
    let docs = sample();
    let found = store
        .events(&EventFilter {
            story: Some(docs[2].id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].told.article_id, docs[2].id);
    assert_eq!(
        found[0].told.article_title.as_deref(),
        docs[2].title.as_deref()
    );
    assert_eq!(found[0].told.published.as_deref(), Some("2025-10-11"));
    assert_eq!(found[0].told.outlet.as_deref(), Some("Báo Thử Nghiệm"));
    assert_eq!(found[0].event, docs[2].events[0]);
    let limited = store
        .events(&EventFilter {
            limit: Some(2),
            countries: vec!["VNM".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(limited.len(), 2);
    let none = store
        .events(&EventFilter {
            limit: Some(0),
            ..Default::default()
        })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn search_with_and_without_diacritics() {
    let store = filled();
    for q in [
        "Triều Tiên",
        "trieu tien",
        "TRIEU TIEN",
        "dang lao dong",
        "Đảng Lao động",
    ] {
        let hits = store.search(q, 10).unwrap();
        assert_eq!(hits.len(), 1, "{q}");
        assert_eq!(
            hits[0].title.as_deref(),
            Some("Đoàn đại biểu Triều Tiên thăm Việt Nam")
        );
        assert!(
            hits[0].snippet.contains("Triều Tiên"),
            "{}",
            hits[0].snippet
        );
        assert!(hits[0].score > 0.0);
    }
    // A word only in a title is found; the snippet is then the body's start.
    let hits = store.search("ky ket", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.starts_with("Bộ trưởng"));
    // The snippet is the original text, one line.
    let hits = store.search("hop tac", 10).unwrap();
    assert!(hits.iter().all(|h| !h.snippet.contains('\n')));
    assert!(store.search("Hàn Quốc", 10).unwrap().is_empty());
}

#[test]
fn phrase_hits_rank_before_scattered_words() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = [
        // "hà" and "nội" often, but never together: the better BM25 score.
        doc(
            "Hà Giang: nội dung mới",
            None,
            "Hà Giang, Hà Tĩnh, Hà Nam bàn nội dung nội bộ; Hà Giang lo nội địa.",
            vec![],
        ),
        doc(
            "Tin thời sự",
            None,
            "Phái đoàn Hàn Quốc tới Hà Nội hôm qua.",
            vec![],
        ),
    ];
    store.insert(&docs, &[]).unwrap();
    let hits = store.search("ha noi", 10).unwrap();
    let titles: Vec<_> = hits.iter().map(|h| h.title.as_deref().unwrap()).collect();
    assert_eq!(titles, ["Tin thời sự", "Hà Giang: nội dung mới"]);
    assert!(hits[0].snippet.contains("Hà Nội"));
    assert_eq!(store.search("han quoc ha noi", 10).unwrap().len(), 1);
    assert_eq!(
        store.search("ha noi", 1).unwrap()[0].title.as_deref(),
        Some("Tin thời sự")
    );
    assert!(store.search("ha noi", 0).unwrap().is_empty());
}

#[test]
fn hostile_queries_are_not_fts_syntax() {
    let store = filled();
    for q in [
        "AND OR \" * (",
        "\"",
        "NEAR(a b)",
        "title:x",
        "-",
        "^ha",
        "a* OR b*",
        "",
        "🇻🇳 \u{0} \u{301}",
        "tiên\" OR \"x",
    ] {
        assert!(store.search(q, 5).is_ok(), "{q:?}");
    }
    assert!(store.search("tiên\" OR \"nhật", 5).unwrap().is_empty());
}

#[test]
fn failed_batch_leaves_the_store_unchanged() {
    let mut store = filled();
    let before = store.counts().unwrap();
    let good = doc(
        "Tin mới",
        Some("2024-08-01"),
        "Campuchia và Thái Lan họp bàn về biên giới.",
        vec![],
    );
    let mut bad = doc("Tin hỏng", None, "Không có mã bài.", vec![]);
    bad.id.clear(); // violates CHECK (length(id) > 0)
    let err = store.insert(&[good.clone(), bad], &[]).unwrap_err();
    assert!(matches!(&err, StoreError::Insert { article, .. } if article.is_empty()));
    assert!(err.to_string().contains(":memory:"), "{err}");
    assert_eq!(store.counts().unwrap(), before);
    assert!(store.article(&good.id).unwrap().is_none());
    assert!(store.search("campuchia", 5).unwrap().is_empty());
    // The store still works after the rollback.
    assert_eq!(store.insert(&[good], &[]).unwrap().inserted, 1);
    assert_eq!(store.search("campuchia", 5).unwrap().len(), 1);
}

#[test]
fn reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("thoisu.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&sample(), &["a", "b", "c"]).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().articles, 3);
    assert_eq!(store.search("nhat ban", 5).unwrap().len(), 1);
    assert_eq!(store.path(), path);
    let mode: String = store
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn schema_version_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("thoisu.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, Store::schema_version());
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    match Store::open(&path) {
        Err(e @ StoreError::TooNew { found: 99, .. }) => {
            assert!(e.to_string().contains("thoisu.db"), "{e}")
        }
        other => panic!("expected TooNew, got {:?}", other.err()),
    }
}

#[test]
fn other_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("bai_viet.txt");
    std::fs::write(
        &text,
        "Đây là một bài báo, không phải cơ sở dữ liệu. ".repeat(50),
    )
    .unwrap();
    let err = Store::open(&text).err().unwrap();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    assert!(err.to_string().contains("bai_viet.txt"));

    let other = dir.path().join("other.sqlite");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE ban_doc (ten TEXT)")
        .unwrap();
    let before = std::fs::read(&other).unwrap();
    let err = Store::open(&other).err().unwrap();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
    assert_eq!(std::fs::read(&other).unwrap(), before);
    assert!(!dir.path().join("other.sqlite-wal").exists());
}

#[test]
fn a_second_writer_waits_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("thoisu.db");
    drop(Store::open(&path).unwrap());
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let mut store = Store::open(&writer_path).unwrap();
        let inserted = store.insert(&sample(), &[]).unwrap().inserted;
        (inserted, started.elapsed())
    });
    std::thread::sleep(Duration::from_millis(300));
    holder.execute_batch("COMMIT").unwrap();
    let (inserted, waited) = writer.join().unwrap();
    assert_eq!(inserted, 3);
    // It really waited for the lock holder.
    assert!(waited >= Duration::from_millis(250), "{waited:?}");
}

#[test]
fn readers_do_not_wait_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("thoisu.db");
    Store::open(&path).unwrap().insert(&sample(), &[]).unwrap();
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let reader = Store::open(&path).unwrap();
    assert_eq!(reader.counts().unwrap().articles, 3);
    assert_eq!(reader.search("trieu tien", 5).unwrap().len(), 1);
    assert!(started.elapsed() < Duration::from_secs(2));
    holder.execute_batch("COMMIT").unwrap();
}

#[test]
fn non_finite_goldstein_is_stored_as_zero() {
    let mut store = Store::open_in_memory().unwrap();
    let mut d = sample().swap_remove(0);
    d.events[0].goldstein = f32::NAN;
    store.insert(&[d.clone()], &[]).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(events[0].event.goldstein, 0.0);
    assert_eq!(
        store.article(&d.id).unwrap().unwrap().events[0].goldstein,
        0.0
    );
}

#[test]
fn odd_text_is_stored_and_found() {
    let mut store = Store::open_in_memory().unwrap();
    let mut odd = doc("", None, "🇻🇳 Ünïcödé \u{0} \u{301}\u{301} İstanbul", vec![]);
    odd.title = None;
    odd.published = Some("hôm qua".into()); // not a date: no fallback day
    let mut e = event("0", actor("", "", ""), actor("🙂", "XXX", "XXX"), None);
    e.goldstein = -10.0;
    odd.events.push(e);
    store.insert(&[odd.clone()], &[]).unwrap();
    assert_eq!(store.article(&odd.id).unwrap().unwrap(), odd);
    assert_eq!(store.search("unicode", 5).unwrap().len(), 1);
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 1);
    let dated = store
        .events(&EventFilter {
            since: Some("2000".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(dated.is_empty());
}

/// Insert speed on 5,000 small documents, then on 1,000 article-sized ones
/// (about 4 KB of body, 20 entities, 10 events). Run with
/// `cargo test -p thoisu-store --release -- --ignored --nocapture insert_speed`.
#[test]
#[ignore]
fn insert_speed() {
    fn run(name: &str, base: &Document, n: usize) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("speed.db")).unwrap();
        let docs: Vec<Document> = (0..n)
            .map(|i| {
                let mut d = base.clone();
                d.id = format!("doc{i:06}");
                d.body = format!("Bài số {i}. {}", base.body);
                d
            })
            .collect();
        let start = std::time::Instant::now();
        for batch in docs.chunks(500) {
            store.insert(batch, &[]).unwrap();
        }
        assert_eq!(store.counts().unwrap().articles as usize, n);
        // Closing checkpoints the WAL into the file: part of the cost.
        drop(store);
        let secs = start.elapsed().as_secs_f64();
        let size = std::fs::metadata(dir.path().join("speed.db")).map_or(0, |m| m.len());
        println!(
            "{name}: {n} docs in {secs:.3} s = {:.0} docs/s, {} KB on disk",
            n as f64 / secs,
            size / 1024
        );
        let store = Store::open(&dir.path().join("speed.db")).unwrap();
        let start = std::time::Instant::now();
        let mut found = 0;
        for query in ["nhat ban", "Phạm Minh Chính", "hop tac", "khong co dau"] {
            for _ in 0..25 {
                found += store.search(query, 20).unwrap().len();
            }
        }
        let per_search = start.elapsed().as_secs_f64() * 1000.0 / 100.0;
        let start = std::time::Instant::now();
        let events = store
            .events(&EventFilter {
                actor: Some("pham minh".into()),
                since: Some("2024".into()),
                limit: Some(100),
                ..Default::default()
            })
            .unwrap();
        println!(
            "{name}: search {per_search:.2} ms/query ({found} hits), events filter {:.1} ms ({} events)",
            start.elapsed().as_secs_f64() * 1000.0,
            events.len()
        );
        drop(store);
        if let Ok(keep) = std::env::var("THOISU_STORE_BENCH_KEEP") {
            std::fs::copy(dir.path().join("speed.db"), format!("{keep}.{name}.db")).unwrap();
        }
    }
    let small = sample().swap_remove(0);
    run("small", &small, 5000);
    let mut article = small.clone();
    article.body = article.body.repeat(30);
    article.entities = vec![article.entities[0].clone(); 20];
    article.events = vec![article.events[0].clone(); 10];
    run("article-sized", &article, 1000);
}

/// Two outlets' reports of one meeting, and an unrelated article between them.
fn one_meeting_told_twice() -> Vec<Document> {
    let meeting = |title: &str, outlet: &str, body: &str, published: &str| {
        let mut d = doc(
            title,
            Some(published),
            body,
            vec![event(
                "046",
                actor("Tô Lâm", "VNM", "VNMPTY"),
                actor("Kim Jong Un", "PRK", "PRKGOV"),
                Some("2025-10-10"),
            )],
        );
        d.outlet = Some(outlet.into());
        d.entities[0].name = "Kim Jong Un".into();
        d.agreements.clear();
        d
    };
    vec![
        meeting(
            "Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Kim Jong Un",
            "TTXVN",
            "Chiều 10/10, Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Kim Jong Un.",
            "2025-10-10",
        ),
        doc(
            "Giá lúa tăng nhẹ",
            Some("2025-10-10"),
            "Giá lúa tại Đồng bằng sông Cửu Long tăng nhẹ.",
            vec![],
        ),
        meeting(
            "Việt Nam - Triều Tiên thúc đẩy hợp tác",
            "Người Lao Động",
            "Ngày 10/10, hai nhà lãnh đạo Tô Lâm và Kim Jong Un đã hội đàm tại Bình Nhưỡng.",
            "2025-10-11",
        ),
    ]
}

#[test]
fn reports_of_one_meeting_are_one_story() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = one_meeting_told_twice();
    store.insert(&docs, &[]).unwrap();
    assert_eq!(store.counts().unwrap().stories, 2);
    // Either article's id names the story; its id is the first article's.
    for id in [&docs[0].id, &docs[2].id] {
        let events = store
            .events(&EventFilter {
                story: Some(id.clone()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(events.len(), 2);
        assert!(events.iter().all(|e| e.told.story == docs[0].id));
    }
    let (story, articles) = store.story_articles(&docs[2].id).unwrap().unwrap();
    assert_eq!(story, docs[0].id);
    let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, [docs[0].id.as_str(), docs[2].id.as_str()]);
    assert!(store.story_articles("no-such-id").unwrap().is_none());

    let stories = store
        .stories(&StoryFilter {
            min_articles: 2,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(stories.len(), 1);
    let s = &stories[0];
    assert_eq!(s.id, docs[0].id);
    assert_eq!(s.articles, 2);
    assert_eq!(s.events, 2);
    assert_eq!(s.outlets, ["Người Lao Động", "TTXVN"]);
    assert_eq!(
        (s.first_day.as_deref(), s.last_day.as_deref()),
        (Some("2025-10-10"), Some("2025-10-11"))
    );
    assert_eq!(s.title.as_deref(), docs[0].title.as_deref());
    // All stories, lone articles included, newest last day first.
    let all = store.stories(&StoryFilter::default()).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].id, docs[0].id);
    let later = store
        .stories(&StoryFilter {
            since: Some("2025-10-11".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(later.len(), 1);
    assert!(store
        .stories(&StoryFilter {
            until: Some("2025-10-09".into()),
            ..Default::default()
        })
        .unwrap()
        .is_empty());
}

#[test]
fn distinct_events_fold_one_happening_told_by_two_outlets() {
    let mut store = Store::open_in_memory().unwrap();
    let mut docs = one_meeting_told_twice();
    // A third report from the first outlet, and a different event in it.
    let mut third = docs[2].clone();
    third.id = "third".into();
    third.body = "Báo cáo thứ ba về cuộc hội đàm.".into();
    third.outlet = Some("TTXVN".into());
    third.events.push(event(
        "057",
        actor("Việt Nam", "VNM", "VNM"),
        actor("Triều Tiên", "PRK", "PRK"),
        Some("2025-10-10"),
    ));
    docs.push(third);
    store.insert(&docs, &[]).unwrap();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 4);
    assert!(all
        .iter()
        .all(|e| (e.told.articles, e.told.outlets) == (1, 1)));
    let distinct = store
        .events(&EventFilter {
            distinct: true,
            ..Default::default()
        })
        .unwrap();
    let summary: Vec<(&str, usize, usize)> = distinct
        .iter()
        .map(|e| (e.event.code.as_str(), e.told.articles, e.told.outlets))
        .collect();
    assert_eq!(summary, [("046", 3, 2), ("057", 1, 1)]);
    // Every telling counts: three articles, once each.
    assert_eq!(distinct[0].told.tellings, 3);
    // Listed from the earliest stored article.
    assert_eq!(distinct[0].told.article_id, docs[0].id);
    // The limit counts happenings, not the rows folded into them.
    let one = store
        .events(&EventFilter {
            distinct: true,
            limit: Some(1),
            ..Default::default()
        })
        .unwrap();
    assert_eq!((one.len(), one[0].told.articles), (1, 3));
}

#[test]
fn a_story_does_not_drift_along_a_chain_and_stories_never_merge() {
    let docs = one_meeting_told_twice();
    let first = docs[0].clone();
    // Like the first report (same meeting, same names) ...
    let mut second = docs[2].clone();
    second.entities.push(DocEntity {
        name: "Choe Son Hui".into(),
        ..second.entities[0].clone()
    });
    second.events.push(event(
        "042",
        actor("Tô Lâm", "VNM", "VNMPTY"),
        actor("Choe Son Hui", "PRK", "PRKGOV"),
        Some("2025-10-11"),
    ));
    // ... and a third like the second only: the next day's meeting with
    // the foreign minister, sharing no name or happening with the first.
    let mut third = doc(
        "Tổng Bí thư Tô Lâm tiếp Ngoại trưởng Choe Son Hui",
        Some("2025-10-12"),
        "Sáng 11/10, Tổng Bí thư Tô Lâm tiếp Ngoại trưởng Choe Son Hui.",
        vec![second.events[1].clone()],
    );
    third.agreements.clear();
    third.entities[0].name = "Choe Son Hui".into();
    let mut store = Store::open_in_memory().unwrap();
    store
        .insert(&[first.clone(), second.clone(), third.clone()], &[])
        .unwrap();
    assert_eq!(store.counts().unwrap().stories, 2);
    let (story, articles) = store.story_articles(&second.id).unwrap().unwrap();
    assert_eq!((story.as_str(), articles.len()), (first.id.as_str(), 2));
    let (story, _) = store.story_articles(&third.id).unwrap().unwrap();
    assert_eq!(story, third.id);
}

#[test]
fn a_store_without_stories_gets_them_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let docs = one_meeting_told_twice();
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&docs, &[]).unwrap();
        // As a store written before stories existed would look.
        store
            .conn
            .execute_batch(
                "UPDATE articles SET story = NULL; DELETE FROM fingerprints; DELETE FROM story_keys;",
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().stories, 2);
    let (story, articles) = store.story_articles(&docs[2].id).unwrap().unwrap();
    assert_eq!((story.as_str(), articles.len()), (docs[0].id.as_str(), 2));
}

#[test]
fn copies_of_a_brief_that_names_no_one_are_one_story() {
    let body = "Theo Trung tâm Dự báo Khí tượng Thủy văn quốc gia, sáng nay áp thấp nhiệt đới trên Biển Đông đã mạnh lên, sức gió mạnh nhất vùng gần tâm cấp 7, giật cấp 9. Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển theo hướng tây tây bắc, mỗi giờ đi được khoảng 10 km và có khả năng mạnh lên thành bão. Vùng biển phía bắc Biển Đông có gió mạnh, sóng biển cao từ 3 đến 5 m, biển động rất mạnh; tàu thuyền hoạt động trong vùng nguy hiểm cần chủ động phòng tránh.";
    let edited = body
        .replace("sáng nay", "sáng 15/7")
        .replace("biển động rất mạnh", "biển động mạnh");
    let brief = |title: &str, published: &str, body: &str| {
        let mut d = doc(title, Some(published), body, vec![]);
        d.entities.clear();
        d.agreements.clear();
        d
    };
    let docs = vec![
        brief("Áp thấp nhiệt đới trên Biển Đông", "2025-07-15", body),
        brief(
            "Xuất hiện áp thấp nhiệt đới, biển động mạnh",
            "2025-07-16",
            &edited,
        ),
        // The same frame a week later is another story.
        brief(
            "Áp thấp nhiệt đới trên Biển Đông",
            "2025-07-23",
            &body.replace("sáng nay", "tối nay"),
        ),
    ];
    let mut store = Store::open_in_memory().unwrap();
    store.insert(&docs, &[]).unwrap();
    let (story, members) = store.story_articles(&docs[1].id).unwrap().unwrap();
    assert_eq!((story.as_str(), members.len()), (docs[0].id.as_str(), 2));
    let (_, alone) = store.story_articles(&docs[2].id).unwrap().unwrap();
    assert_eq!(alone.len(), 1);
}

#[test]
fn entities_are_summed_over_articles_and_found_by_any_written_form() {
    let mut docs = sample();
    docs[2].entities.push(DocEntity {
        kind: EntityKind::Person,
        name: "Kim Jong Un".into(),
        mentions: vec!["Kim Jong-un".into(), "Chủ tịch Kim Jong Un".into()],
        country: Some("PRK".into()),
        id: Some("kp.kim_jong_un".into()),
        roles: vec!["Chủ tịch Ủy ban Quốc vụ".into(), "Tổng Bí thư".into()],
        actor: Some("PRKGOV".into()),
        spans: vec![Provenance::default()],
    });
    docs[1].entities.push(DocEntity {
        kind: EntityKind::Location,
        name: "Viêng Chăn".into(),
        mentions: vec!["Vientiane".into()],
        country: Some("LAO".into()),
        id: None,
        roles: vec![],
        actor: None,
        spans: vec![Provenance::default()],
    });
    let mut store = Store::open_in_memory().unwrap();
    store.insert(&docs, &[]).unwrap();
    let all = store.entities(&EntityFilter::default()).unwrap();
    // The Prime Minister is named in all three articles: first.
    assert_eq!(all[0].name, "Phạm Minh Chính");
    assert_eq!((all[0].articles, all[0].stories), (3, 3));
    assert_eq!(all[0].first_day.as_deref(), Some("2024-06-19"));
    assert_eq!(all[0].last_day.as_deref(), Some("2025-10-11"));
    assert_eq!(all.len(), 3);
    let find = |f: EntityFilter| -> Vec<String> {
        store
            .entities(&f)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    let by_name = |n: &str| {
        find(EntityFilter {
            name: Some(n.into()),
            ..Default::default()
        })
    };
    assert_eq!(by_name("kim jong-un"), ["Kim Jong Un"]);
    assert_eq!(by_name("vientiane"), ["Viêng Chăn"]);
    assert_eq!(by_name("PHẠM MINH"), ["Phạm Minh Chính"]);
    assert!(
        by_name("un chu tich").is_empty(),
        "no match across two forms"
    );
    let kim = &store
        .entities(&EntityFilter {
            country: Some("prk".into()),
            kind: Some("per".into()),
            ..Default::default()
        })
        .unwrap()[0];
    assert_eq!(kim.roles, ["Chủ tịch Ủy ban Quốc vụ", "Tổng Bí thư"]);
    assert_eq!(kim.actor.as_deref(), Some("PRKGOV"));
    assert_eq!(
        find(EntityFilter {
            since: Some("2024-07".into()),
            until: Some("2024-12".into()),
            ..Default::default()
        }),
        ["Phạm Minh Chính", "Viêng Chăn"]
    );
    let err = store
        .entities(&EntityFilter {
            kind: Some("person".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidFilter(_)), "{err}");
}

#[test]
fn entities_stored_before_schema_5_are_found_after_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&sample(), &[]).unwrap();
        store
            .conn
            .execute_batch("UPDATE entities SET names_folded = NULL")
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let found = store
        .entities(&EntityFilter {
            name: Some("thu tuong pham".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].articles, 3);
}

#[test]
fn a_document_analysed_again_replaces_its_records_and_stories_follow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let new = one_meeting_told_twice();
    // An older build missed the second report's meeting and names.
    let mut old = new.clone();
    old[2].events.clear();
    old[2].entities.clear();
    {
        let mut store = Store::open(&path).unwrap();
        store.insert(&old, &["a", "b", "c"]).unwrap();
        assert_eq!(store.counts().unwrap().stories, 3);

        let stored = store.stored_articles(0, 10).unwrap();
        assert_eq!(stored.len(), 3);
        // The reader's fields come back as the article, with its origin.
        assert_eq!(stored[2].article.body, new[2].body);
        assert_eq!(stored[2].article.origin, "c");
        assert_eq!(stored[2].doc.as_ref(), Some(&old[2]));
        assert!(stored[2].analysis.is_none());
        // Paging by seq.
        assert_eq!(store.stored_articles(stored[1].seq, 10).unwrap().len(), 1);

        let redo: Vec<Reanalysis> = stored
            .iter()
            .zip(&new)
            .filter_map(|(s, d)| s.reanalysis(d.clone(), "{}".into()))
            .collect();
        // Every row records its options; only the third has a new document.
        assert_eq!(redo.len(), 3);
        assert_eq!(redo.iter().filter(|r| r.doc.is_some()).count(), 1);
        let report = store.replace(&redo).unwrap();
        assert_eq!((report.replaced, report.events), (1, (0, 1)));
        assert_eq!(report.entities, (0, 1));
        // A second pass finds nothing to do.
        let again = store.stored_articles(0, 10).unwrap();
        assert!(again
            .iter()
            .zip(&new)
            .all(|(s, d)| s.reanalysis(d.clone(), "{}".into()).is_none()));
        // Killed here: the stories are not filed again yet.
    }
    let mut store = Store::open(&path).unwrap();
    assert!(store.refile_stories().unwrap());
    assert!(!store.refile_stories().unwrap());

    // The same store as a fresh one written by the newer build.
    let mut fresh = Store::open_in_memory().unwrap();
    fresh.insert(&new, &["a", "b", "c"]).unwrap();
    assert_eq!(store.counts().unwrap(), fresh.counts().unwrap());
    let all = |s: &Store| {
        let mut docs = Vec::new();
        s.for_each_document::<StoreError>(|d| {
            docs.push(d);
            Ok(())
        })
        .unwrap();
        let events: Vec<(String, String)> = s
            .events(&EventFilter::default())
            .unwrap()
            .into_iter()
            .map(|e| (e.told.story, e.event.code))
            .collect();
        (docs, events)
    };
    assert_eq!(all(&store), all(&fresh));
    assert_eq!(store.counts().unwrap().stories, 2);
}

#[test]
fn options_alone_are_recorded_without_filing_stories_again() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = sample();
    store.insert(&docs, &[]).unwrap();
    let stored = store.stored_articles(0, 10).unwrap();
    let redo: Vec<Reanalysis> = stored
        .iter()
        .zip(&docs)
        .filter_map(|(s, d)| s.reanalysis(d.clone(), r#"{"igo":true}"#.into()))
        .collect();
    assert_eq!(redo.len(), 3);
    assert_eq!(store.replace(&redo).unwrap().replaced, 0);
    assert!(!store.refile_stories().unwrap());
    let stored = store.stored_articles(0, 10).unwrap();
    assert!(stored
        .iter()
        .all(|s| s.analysis.as_deref() == Some(r#"{"igo":true}"#)));
}

#[test]
fn offset_pages_through_events_documents_and_entities() {
    let store = filled();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    for offset in 0..4 {
        let page = store
            .events(&EventFilter {
                limit: Some(1),
                offset,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(
            page,
            all.get(offset).cloned().into_iter().collect::<Vec<_>>()
        );
        // Distinct events page after folding; an offset alone takes the rest.
        let rest = store
            .events(&EventFilter {
                offset,
                distinct: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(rest.len(), 3usize.saturating_sub(offset));
    }
    let docs = store.agreements(&AgreementFilter::default()).unwrap();
    let second = store
        .agreements(&AgreementFilter {
            limit: Some(1),
            offset: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(second, docs[1..2]);
    let names = store.entities(&EntityFilter::default()).unwrap();
    let skipped = store
        .entities(&EntityFilter {
            offset: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(skipped, names[1..]);
}
