//! End-to-end tests of the reader: every format, the seed articles, bad input.

use std::io::Write;

use super::*;

const SEED_002: &str = include_str!("../../../examples/002_332a4e5c575f5142.txt");
const SEED_000: &str = include_str!("../../../examples/000_ed4e38236c78ea28.txt");

fn one(results: Vec<Result<Article, ReadError>>) -> Article {
    assert_eq!(results.len(), 1, "{results:?}");
    results.into_iter().next().unwrap().unwrap()
}

fn one_err(results: Vec<Result<Article, ReadError>>) -> ReadError {
    assert_eq!(results.len(), 1, "{results:?}");
    results.into_iter().next().unwrap().unwrap_err()
}

#[test]
fn seed_002_metadata_and_clean_body() {
    let a = one(read_bytes(
        SEED_002.as_bytes(),
        "examples/002_332a4e5c575f5142.txt",
        None,
    ));
    assert_eq!(a.origin, "examples/002_332a4e5c575f5142.txt");
    assert_eq!(
        a.title.as_deref(),
        Some("Tổng Bí thư Tô Lâm kết thúc tốt đẹp chuyến thăm Triều Tiên")
    );
    assert_eq!(a.published.as_deref(), Some("2025-10-11"));
    assert_eq!(a.outlet.as_deref(), Some("Người Lao Động"));
    assert_eq!(a.section.as_deref(), Some("Thời sự Chính trị"));
    assert_eq!(a.authors, vec!["Dương Ngọc"]);
    for banned in [
        "HOTLINE",
        "Ảnh 1",
        "Tin liên quan",
        "Lý Cường",
        "trao tặng Tổng Bí thư, Chủ tịch Quốc vụ CHDCND Triều Tiên Kim Jong Un cuốn sách ảnh",
    ] {
        assert!(!a.body.contains(banned), "body contains {banned:?}");
    }
    assert!(a
        .body
        .contains("Các văn kiện hợp tác gồm: Thỏa thuận hợp tác giữa Bộ Ngoại giao Việt Nam"));
    assert!(a.body.starts_with(a.lead.as_deref().unwrap()));
    assert!(a.captions.iter().any(|c| c.contains("cuốn sách ảnh")));
    assert!(a.related.iter().any(|r| r.ends_with("Dmitry Medvedev")));
}

#[test]
fn seed_000_no_date_captions_out_of_body() {
    let a = one(read_bytes(SEED_000.as_bytes(), "000.txt", None));
    assert_eq!(a.published, None);
    assert_eq!(a.title, None);
    assert_eq!(a.captions.len(), 3, "{:?}", a.captions);
    assert!(!a.body.contains("Thống Nhất - TTXVN"));
    for caption in &a.captions {
        assert!(
            !a.body.contains(caption.as_str()),
            "caption in body: {caption}"
        );
        assert!(!caption.contains("Ảnh:"));
    }
    assert!(a
        .body
        .contains("Tại đây, Đại sứ Việt Nam tại Triều Tiên Lê Bá Vinh đã báo cáo với Tổng Bí thư"));
}

#[test]
fn read_path_reads_files_and_names_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bai.txt");
    std::fs::write(&path, SEED_002).unwrap();
    let a = one(read_path(&path));
    assert_eq!(a.origin, path.display().to_string());
    assert_eq!(a.outlet.as_deref(), Some("Người Lao Động"));

    let missing = dir.path().join("khong-co.txt");
    let e = one_err(read_path(&missing));
    assert_eq!(e.origin, missing.display().to_string());
    assert_eq!(e.reason, "no such file or directory");
    assert_eq!(
        e.to_string(),
        format!("{}: no such file or directory", missing.display())
    );
}

#[test]
fn oversize_text_is_refused_with_its_size() {
    let big = "Quốc hội họp phiên bế mạc. ".repeat(50 * (1 << 20) / 30);
    let e = one_err(read_bytes(big.as_bytes(), "dump.txt", None));
    let mb = big.len() as f64 / (1 << 20) as f64;
    assert_eq!(
        e.reason,
        format!("file is {mb:.1} MB; one article may be at most 8 MB (split it or use JSON Lines)")
    );
    // read_path refuses before reading, from the file's size.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dump.txt");
    std::fs::write(&path, &big).unwrap();
    assert!(one_err(read_path(&path)).reason.starts_with("file is "));
}

#[test]
fn empty_and_binary_files() {
    assert_eq!(
        one_err(read_bytes(b"", "trong.txt", None)).reason,
        "empty file"
    );
    assert_eq!(
        one_err(read_bytes(b"  \n\r\n\t", "trong.txt", None)).reason,
        "empty file"
    );
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
    let e = one_err(read_bytes(png, "anh.dat", None));
    assert_eq!(e.reason, "binary file, not text");
    assert_eq!(e.origin, "anh.dat");
}

#[test]
fn windows_1258_and_utf16_text() {
    let text = "Thủ tướng tiếp Đại sứ Hàn Quốc\n\nChiều 5-3, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc tại Việt Nam.\n\nHai bên nhất trí thúc đẩy hợp tác.";
    let bytes = decode::encode_windows_1258(text);
    let a = one(read_bytes(&bytes, "cp1258.txt", None));
    assert_eq!(a.title.as_deref(), Some("Thủ tướng tiếp Đại sứ Hàn Quốc"));
    assert!(a
        .body
        .contains("Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hàn Quốc"));

    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let b = one(read_bytes(&utf16, "utf16.txt", None));
    assert_eq!(b.body, a.body);
}

#[test]
fn html_by_extension_and_by_sniffing() {
    let html = "<!DOCTYPE html><html><head><title>Hà Nội đón mưa lớn - VnExpress</title>\
        <meta property=\"og:url\" content=\"https://vnexpress.net/ha-noi-mua-lon-123.html\"></head>\
        <body><article><h1>Hà Nội đón mưa lớn</h1><p>Chiều 20-9, nhiều tuyến phố tại Hà Nội ngập sâu sau trận mưa lớn kéo dài hơn hai giờ.</p>\
        <p>Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa còn kéo dài đến đêm nay.</p></article></body></html>";
    for (origin, format) in [
        ("bai.html", None),
        ("stdin", None),
        ("x", Some(Format::Html)),
    ] {
        let a = one(read_bytes(html.as_bytes(), origin, format));
        assert_eq!(a.title.as_deref(), Some("Hà Nội đón mưa lớn"), "{origin}");
        assert_eq!(a.outlet.as_deref(), Some("VnExpress"));
        assert_eq!(a.published, None);
        assert!(a.body.contains("nhiều tuyến phố tại Hà Nội ngập sâu"));
    }
    let e = one_err(read_bytes(
        b"<html><body><nav>Menu</nav></body></html>",
        "rong.html",
        None,
    ));
    assert_eq!(e.reason, "no article text found in HTML");
}

#[test]
fn json_object_fields_override_the_content() {
    let doc = serde_json::json!({
        "id": "a1",
        "url": "https://nld.com.vn/bai-viet.htm",
        "published": "2025-10-11",
        "title": "Tiêu đề do nguồn cấp",
        "authors": ["Dương Ngọc", "Hoàng Anh"],
        "text": SEED_000,
    });
    let a = one(read_bytes(doc.to_string().as_bytes(), "bai.json", None));
    assert_eq!(a.origin, "bai.json");
    assert_eq!(a.title.as_deref(), Some("Tiêu đề do nguồn cấp"));
    assert_eq!(a.published.as_deref(), Some("2025-10-11"));
    assert_eq!(
        a.outlet.as_deref(),
        Some("Người Lao Động"),
        "from the url's domain"
    );
    assert_eq!(a.authors, vec!["Dương Ngọc", "Hoàng Anh"]);
    assert_eq!(a.url.as_deref(), Some("https://nld.com.vn/bai-viet.htm"));
    assert_eq!(a.captions.len(), 3);
    assert_eq!(a.input_id.as_deref(), Some("a1"), "the object's own id");

    let html = serde_json::json!({"html": "<html><body><article><p>Bộ Ngoại giao tổ chức họp báo thường kỳ chiều 9-10 tại Hà Nội.</p></article></body></html>", "outlet": "Báo Thế giới và Việt Nam"});
    let b = one(read_bytes(html.to_string().as_bytes(), "b.json", None));
    assert_eq!(b.input_id, None, "no id, none invented");
    assert_eq!(b.outlet.as_deref(), Some("Báo Thế giới và Việt Nam"));
    assert!(b.body.contains("họp báo thường kỳ"));

    let e = one_err(read_bytes(br#"{"url": "https://x.vn"}"#, "c.json", None));
    assert_eq!(e.origin, "c.json");
    assert!(
        e.reason.contains("neither \"text\" nor \"html\""),
        "{}",
        e.reason
    );
    let e = one_err(read_bytes(b"{\"text\": ", "d.json", None));
    assert!(e.reason.starts_with("invalid JSON"), "{}", e.reason);
}

#[test]
fn jsonl_streams_and_reports_the_broken_line() {
    let good = serde_json::json!({"text": "Hà Nội triển khai quy hoạch mới\n\nThành phố công bố quy hoạch chung."}).to_string();
    let with_id =
        serde_json::json!({"id": 7, "text": "Đà Nẵng đón khách quốc tế trở lại sau mùa mưa bão."})
            .to_string();
    let input = format!("{good}\n\n{{\"text\": \"thiếu ngoặc\"\n{with_id}\n{{\"url\": \"https://tuoitre.vn/x.htm\"}}\n");
    let results: Vec<_> = read_jsonl(input.as_bytes(), "tin.jsonl").collect();
    assert_eq!(results.len(), 4, "{results:?}");
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.origin, "tin.jsonl:1");
    assert_eq!(
        first.title.as_deref(),
        Some("Hà Nội triển khai quy hoạch mới")
    );
    let broken = results[1].as_ref().unwrap_err();
    assert_eq!(broken.origin, "tin.jsonl:3");
    assert!(
        broken.reason.starts_with("invalid JSON"),
        "{}",
        broken.reason
    );
    assert_eq!(results[2].as_ref().unwrap().origin, "tin.jsonl:4:7");
    assert_eq!(results[2].as_ref().unwrap().input_id.as_deref(), Some("7"));
    assert_eq!(first.input_id, None);
    let no_text = results[3].as_ref().unwrap_err();
    assert_eq!(no_text.origin, "tin.jsonl:5");

    // Through read_path and read_bytes too, with the format known from the name or sniffed.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tin.jsonl");
    std::fs::write(&path, &input).unwrap();
    assert_eq!(read_path(&path).iter().filter(|r| r.is_ok()).count(), 2);
    assert_eq!(read_bytes(input.as_bytes(), "-", None).len(), 4);
}

#[test]
fn empty_jsonl_is_one_error() {
    for input in ["", "\n\n  \n"] {
        let results: Vec<_> = read_jsonl(input.as_bytes(), "rong.jsonl").collect();
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].as_ref().unwrap_err().reason, "empty file");
    }
}

#[test]
fn jsonl_line_over_the_limit_is_one_error() {
    let huge = format!("{{\"text\": \"{}\"}}", "a".repeat(MAX_ARTICLE_BYTES + 10));
    let ok = serde_json::json!({"text": "Cần Thơ khánh thành cầu mới."}).to_string();
    let input = format!("{huge}\n{ok}\n");
    let results: Vec<_> = read_jsonl(input.as_bytes(), "big.jsonl").collect();
    assert_eq!(results.len(), 2);
    let e = results[0].as_ref().unwrap_err();
    assert_eq!(e.origin, "big.jsonl:1");
    assert!(e.reason.starts_with("line is 8.0 MB"), "{}", e.reason);
    assert!(results[1].is_ok());
}

/// A WARC file with a warcinfo record, an HTML response, a non-HTML response
/// and a request, written by hand.
fn sample_warc() -> Vec<u8> {
    fn record(kind: &str, uri: Option<&str>, content_type: &str, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        write!(out, "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: 2025-10-12T03:00:00Z\r\n", kind.len()).unwrap();
        if let Some(u) = uri {
            write!(out, "WARC-Target-URI: {u}\r\n").unwrap();
        }
        write!(
            out,
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            payload.len()
        )
        .unwrap();
        out.extend_from_slice(payload);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }
    let page = "<html><head><meta property=\"og:title\" content=\"Việt Nam - Lào ký hiệp định hợp tác\"></head><body><article>\
        <p>(TTXVN) - Ngày 12-10, tại Viêng Chăn, Bộ trưởng Bộ Ngoại giao hai nước đã ký hiệp định hợp tác giai đoạn 2026-2030.</p>\
        <p>Hiệp định mở ra giai đoạn hợp tác mới giữa hai nước láng giềng.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
    let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
    let mut warc = record(
        "warcinfo",
        None,
        "application/warc-fields",
        b"software: thoisu-test\r\n",
    );
    warc.extend(record(
        "request",
        Some("https://vnanet.vn/a.html"),
        "application/http; msgtype=request",
        b"GET /a.html HTTP/1.1\r\n\r\n",
    ));
    warc.extend(record(
        "response",
        Some("https://vnanet.vn/a.html"),
        "application/http; msgtype=response",
        http.as_bytes(),
    ));
    warc.extend(record(
        "response",
        Some("https://vnanet.vn/a.png"),
        "application/http; msgtype=response",
        image,
    ));
    let saved = "<html><body><article><p>Sáng 13-10, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 9.</p></article></body></html>";
    warc.extend(record(
        "resource",
        Some("https://baochinhphu.vn/b.htm"),
        "text/html",
        saved.as_bytes(),
    ));
    warc
}

#[test]
fn warc_response_records_become_articles() {
    let warc = sample_warc();
    let mut got = read_bytes(&warc, "crawl.warc", None);
    assert_eq!(got.len(), 2, "{got:?}");
    let saved = got.pop().unwrap().unwrap();
    assert_eq!(saved.outlet.as_deref(), Some("Báo Chính phủ"));
    assert!(saved.body.contains("phiên họp Chính phủ thường kỳ"));
    let a = one(got);
    assert_eq!(a.origin, "https://vnanet.vn/a.html");
    assert_eq!(a.url.as_deref(), Some("https://vnanet.vn/a.html"));
    assert_eq!(
        a.title.as_deref(),
        Some("Việt Nam - Lào ký hiệp định hợp tác")
    );
    assert_eq!(
        a.published, None,
        "WARC-Date is the crawl date, not the article's"
    );
    assert_eq!(a.outlet.as_deref(), Some("TTXVN"));
    assert!(
        a.body.starts_with("Ngày 12-10, tại Viêng Chăn"),
        "{}",
        a.body
    );
    assert!(
        a.body.contains("2026-2030.\n\nHiệp định"),
        "paragraphs kept apart: {}",
        a.body
    );

    // Gzipped, one gzip member per record as crawlers write it, sniffed without a name.
    let mut gz = Vec::new();
    for chunk in warc.chunks(300) {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(chunk).unwrap();
        gz.extend(enc.finish().unwrap());
    }
    assert_eq!(read_bytes(&gz, "-", None)[0].as_ref().unwrap().body, a.body);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    std::fs::write(&path, &gz).unwrap();
    assert_eq!(read_path(&path)[0].as_ref().unwrap().title, a.title);
}

#[test]
fn empty_warc_is_one_error() {
    assert_eq!(
        one_err(read_bytes(b"", "rong.warc", None)).reason,
        "empty file"
    );
}

#[test]
fn broken_warc_reports_once_and_stops() {
    let mut warc = sample_warc();
    warc.extend_from_slice(b"WARC/1.0\r\nthis is not a header\r\n\r\n");
    let results = read_bytes(&warc, "crawl.warc", None);
    assert!(results[0].is_ok());
    assert!(results.len() <= 3, "{results:?}");
    assert!(results.last().unwrap().is_err());
}

#[test]
fn walk_sorts_recurses_and_skips_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/sub")).unwrap();
    std::fs::create_dir_all(root.join(".git")).unwrap();
    for f in [
        "b/sub/3.txt",
        "b/2.html",
        "a.txt",
        ".an.txt",
        ".git/x.txt",
        "b/anh.jpg",
    ] {
        std::fs::write(root.join(f), "Hà Nội").unwrap();
    }
    let missing = root.join("khong-co");
    let got: Vec<_> = walk(&[root.to_path_buf(), missing.clone()]).collect();
    let files: Vec<_> = got
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|p| p.strip_prefix(root).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        files,
        vec![
            PathBuf::from("a.txt"),
            PathBuf::from("b/2.html"),
            PathBuf::from("b/sub/3.txt")
        ]
    );
    let errors: Vec<_> = got.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].origin, missing.display().to_string());
}

#[test]
fn formats_from_names_and_content() {
    assert_eq!(Format::from_name("a/b/crawl.warc.gz"), Some(Format::Warc));
    assert_eq!(Format::from_name("tin.JSONL"), Some(Format::JsonLines));
    assert_eq!(Format::from_name("bai.htm"), Some(Format::Html));
    assert_eq!(Format::from_name("README"), None);
    assert_eq!(Format::sniff_text("  <!DOCTYPE html><html>"), Format::Html);
    assert_eq!(
        Format::sniff_text("{\"text\": \"a\"}\n{\"text\": \"b\"}"),
        Format::JsonLines
    );
    assert_eq!(Format::sniff_text("{\"text\": \"a\"}"), Format::Json);
    assert_eq!(
        Format::sniff_text("{\n  \"text\": \"a\",\n  \"meta\":\n  {\"id\": 1}\n}"),
        Format::Json
    );
    assert_eq!(
        Format::sniff_text("<Tin nóng> Hà Nội mưa lớn"),
        Format::Text
    );
}

#[test]
fn text_that_only_looks_like_json_is_text() {
    let text = "[Infographic] Giá vàng hôm nay\n\nGiá vàng miếng SJC tăng 500.000 đồng mỗi lượng.";
    let a = one(read_bytes(text.as_bytes(), "-", None));
    assert_eq!(a.title.as_deref(), Some("[Infographic] Giá vàng hôm nay"));
    // A name that says JSON is taken at its word.
    assert!(one_err(read_bytes(text.as_bytes(), "x.json", None))
        .reason
        .starts_with("invalid JSON"));
}

#[test]
fn odd_input_never_panics() {
    let inputs: [&[u8]; 8] = [
        b"(",
        "😀".as_bytes(),
        b"{}",
        b"[1, 2]",
        b"<",
        b"WARC/1.0\r\n",
        b"\x1f\x8b\x08\0garbage",
        "<p>Đà Nẵng".as_bytes(),
    ];
    for bytes in inputs {
        let _ = read_bytes(bytes, "odd", None);
        let _ = read_bytes(bytes, "odd.html", None);
        let _ = read_bytes(bytes, "odd.jsonl", None);
    }
}

/// Random mixtures of the pieces the rules look for: no input may panic,
/// and every string in an article stays valid, trimmed text.
#[test]
fn random_mixtures_never_panic() {
    const PIECES: &[&str] = &[
        "<script type=\"application/ld+json\">",
        "</script>",
        "<meta property=\"og:title\" content=\"",
        "\">",
        "&quot;",
        "https://nld.com.vn/a",
        "Dương Ngọc",
        "Thứ bảy, 11/10/2025",
        "Từ khóa",
        "<div class=\"related\"><a>",
        "</a></div>",
        "(",
        ")",
        "Ảnh",
        "ảnh",
        ":",
        " - ",
        "\n",
        "\n\n",
        "date 2025-10-11 ",
        "11/10/2025",
        "(NLĐO)-",
        "TTO - ",
        "Tin liên quan",
        "Xem thêm:",
        "😀",
        "İ",
        "ẞ",
        "\u{301}",
        "\u{200B}",
        "Nguyễn Văn A",
        "Theo ",
        ".",
        "…",
        "\"",
        "<p>",
        "</p>",
        "<figure><figcaption>",
        "{",
        "}",
        "\"text\": ",
        "Hà Nội",
        " ",
        "\t",
        "\r",
        "Ảnh 1.",
        "Nguồn: ",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    // THOISU_FUZZ_ROUNDS raises the count for a longer local run.
    let rounds = std::env::var("THOISU_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1500);
    for _ in 0..rounds {
        let n = (next() % 40) as usize;
        let text: String = (0..n)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        for origin in ["x.txt", "x.html", "x.json", "x.jsonl", "x"] {
            for article in read_bytes(text.as_bytes(), origin, None)
                .into_iter()
                .flatten()
            {
                for p in article.body.split("\n\n") {
                    assert_eq!(p, p.trim(), "{text:?}");
                }
                assert!(article
                    .captions
                    .iter()
                    .chain(&article.related)
                    .all(|c| !c.is_empty()));
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn walk_survives_symlink_loops() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("a.txt"), "Huế").unwrap();
    std::os::unix::fs::symlink(root, root.join("vong")).unwrap();
    std::os::unix::fs::symlink(root, root.join("vong2")).unwrap();
    let files: Vec<_> = walk(&[root.to_path_buf()]).filter_map(Result::ok).collect();
    assert_eq!(files, vec![root.join("a.txt")]);
}

/// The line `published` was read from is kept as written, whichever shape it
/// has; a date from metadata (a JSON field) has no date line.
#[test]
fn dateline_is_kept_with_the_date_it_gave() {
    let read = |text: &str| one(read_bytes(text.as_bytes(), "a.txt", None));
    let body =
        "Bộ trưởng Ngoại giao Ấn Độ đã điện đàm với người đồng cấp Ai Cập về tình hình khu vực.";

    let a = read(&format!(
        " date 2024-06-17 Đăng nhập\nBáo Ví Dụ\n\n{body}\n"
    ));
    assert_eq!(a.published.as_deref(), Some("2024-06-17"));
    assert_eq!(a.dateline.as_deref(), Some("date 2024-06-17"));

    let a = read(&format!(
        "Thứ Hai, 09:15 14/04/2025 | Quốc tế\n\nẤn Độ và Ai Cập điện đàm về khu vực\n\n{body}\n"
    ));
    assert_eq!(a.published.as_deref(), Some("2025-04-14"));
    assert_eq!(
        a.dateline.as_deref(),
        Some("Thứ Hai, 09:15 14/04/2025 | Quốc tế")
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Ấn Độ và Ai Cập điện đàm về khu vực")
    );

    // a stamp line under the text
    let a = read(&format!(
        "{body}\n\nHai bên nhất trí tăng cường hợp tác.\n\n14/04/2025 20:39\n"
    ));
    assert_eq!(a.published.as_deref(), Some("2025-04-14"));
    assert_eq!(a.dateline.as_deref(), Some("14/04/2025 20:39"));
    assert!(!a.body.contains("20:39"));

    // no date line: none invented, and a sentence with a date is no date line
    let a = read(&format!(
        "{body}\n\nNgày 14/4/2025, hai bên ký bản ghi nhớ.\n"
    ));
    assert_eq!((a.published, a.dateline), (None, None));
    let a = one(read_bytes(
        format!(
            r#"{{"title": "T", "published": "2025-04-14", "text": "14/04/2025 20:39\n\n{body}"}}"#
        )
        .as_bytes(),
        "a.json",
        None,
    ));
    assert_eq!(a.published.as_deref(), Some("2025-04-14"));
    assert_eq!(a.dateline, None);
}

/// Page leftovers seen on real pages: a dash-credit caption without a colon,
/// a CMS image-toolbar artefact, WordPress and VCCorp comment forms, and a
/// masthead line with "&" in the outlet's name.
#[test]
fn dash_credits_toolbar_artefacts_and_comment_forms_are_not_body() {
    let text = "Đời sống & Pháp luật\n\n\
        Hai nước ký kết hiệp định hợp tác quốc phòng\n\n\
        Bộ trưởng hai nước chủ trì lễ ký - Ảnh TTXVN.\n\n\
        Sáng 5/3, Bộ trưởng Quốc phòng Indonesia đã hội đàm với người đồng cấp Philippines.\n\n\
        leftcenterrightdel\n\n\
        Hai bên nhất trí tăng cường hợp tác trong lĩnh vực an ninh hàng hải.\n\n\
        LEAVE A REPLY\n\n\
        Please enter your comment!\n\n\
        Please enter your name here\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert_eq!(a.outlet.as_deref(), Some("Đời sống & Pháp luật"));
    assert!(
        a.captions
            .iter()
            .any(|c| c == "Bộ trưởng hai nước chủ trì lễ ký"),
        "{a:?}"
    );
    assert!(a.body.starts_with("Sáng 5/3"), "{}", a.body);
    assert!(a.body.ends_with("an ninh hàng hải."), "{}", a.body);
    assert!(!a.body.contains("leftcenterrightdel"));

    let text =
        "Sáng 5/3, Bộ trưởng Quốc phòng Indonesia đã hội đàm với người đồng cấp Philippines.\n\n\
        Để tham gia thảo luận\n\nhãy kích hoạt hoặc đăng ký\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert!(a.body.ends_with("Philippines."), "{}", a.body);
    // a dash before "Ảnh" and a name that is no known photo source stays text
    let text = "Ông nói về bức tranh của họa sĩ - Ảnh đẹp nhất năm.\n\nHai bên ký kết hợp tác.\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert!(a.body.contains("Ảnh đẹp nhất năm"), "{}", a.body);
}

/// An outlet line written as the site's web address, over a headline.
#[test]
fn an_address_shaped_outlet_line_names_the_outlet() {
    let text = " date 2019-05-02\nGOV.AU\n\nÚc và Việt Nam ký thỏa thuận hợp tác\n\n\
        Ngày 1/5, hai bên đã ký thỏa thuận hợp tác về giáo dục tại Canberra.\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert_eq!(a.outlet.as_deref(), Some("GOV.AU"));
    assert_eq!(
        a.title.as_deref(),
        Some("Úc và Việt Nam ký thỏa thuận hợp tác")
    );
    // a version number or a sum on the first line is no outlet
    let text = "Bản 2.0\n\nNgày 1/5, hai bên đã ký thỏa thuận hợp tác về giáo dục tại Canberra.\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert_eq!(a.outlet, None);
}

/// Date lines as pages write them under the headline: with the writer's name
/// before the stamp, with view counters and buttons after it; a tag line in
/// title case and separator dots around the headline; a long headline kept
/// as the headline when a date line stands under it.
#[test]
fn date_lines_with_bylines_and_widgets_under_the_headline() {
    let read = |text: &str| one(read_bytes(text.as_bytes(), "a.txt", None));
    let body = "Bộ Ngoại giao Canada ngày 12-3 thông báo hỗ trợ Kenya và Somalia 10 triệu USD.\n\n\
        Khoản hỗ trợ sẽ được chuyển qua các tổ chức nhân đạo của Liên hợp quốc.\n";
    let title = "Canada hỗ trợ Kenya và Somalia 10 triệu USD";

    let a = read(&format!(
        "Báo Ví Dụ\n\n{title}\n\nMinh Châu 13/03/2024 16:22\n\n{body}"
    ));
    assert_eq!(a.title.as_deref(), Some(title));
    assert_eq!(a.published.as_deref(), Some("2024-03-13"));
    assert_eq!(a.authors, vec!["Minh Châu".to_string()]);

    let a = read(&format!(
        "Báo Ví Dụ\n\n{title}\n\n08:45 - Thứ Tư, 13/03/2024 Lượt xem: 4055 In bài viết\n\n{body}"
    ));
    assert_eq!(
        (a.title.as_deref(), a.published.as_deref()),
        (Some(title), Some("2024-03-13"))
    );

    let a = read(&format!(
        "Báo Ví Dụ\n\n.\n\n{title}\n\n.\n17:41, Thứ Tư, 13/03/2024 (GMT+7)\n\n{body}"
    ));
    assert_eq!(
        (a.title.as_deref(), a.published.as_deref()),
        (Some(title), Some("2024-03-13"))
    );

    let a = read(&format!(
        "Báo Ví Dụ\n\n{title}\n\nNhân Đạo Canada - Kenya\n17:35 - 13/03/2024\n{body}"
    ));
    assert_eq!(a.title.as_deref(), Some(title));

    let long =
        "Thủ tướng Canada tiếp Bộ trưởng Ngoại giao Kenya, Chủ tịch Ủy ban hữu nghị nghị sĩ \
        Canada - Kenya và đoàn đại biểu doanh nghiệp hai nước tại thủ đô Ottawa";
    let a = read(&format!(
        "Báo Ví Dụ\n\n{long}\n\n19:45 - 13/03/2024\n\n{body}"
    ));
    assert_eq!(a.title.as_deref(), Some(long));
    // without a date line under it, such a line is the text's first paragraph
    let a = read(&format!("{long}\n\n{body}"));
    assert_eq!(a.title, None);
    assert!(a.body.starts_with("Thủ tướng Canada"));
    // a sentence with a name and a date is no date line
    let a = read(&format!(
        "{title}\n\nMinh Châu cho biết ngày 13/03/2024 16:22 là hạn chót.\n\n{body}"
    ));
    assert_eq!(a.authors, Vec::<String>::new());
}

/// What pictures and players leave in a page's text: a picture's web name
/// without Vietnamese marks, "img", a player's clock, and a caption told by
/// its note of who stands where, with its source note.
#[test]
fn picture_names_player_clocks_and_position_captions_are_not_body() {
    let text = "Sáng 9/7, Tổng thống Chile đã hội đàm với Tổng thống Peru tại Lima, hai bên nhất trí tăng cường hợp tác.\n\n\
        tong thong chile hoi dam voi tong thong peru hinh 1\n\n\
        img\n\n\
        0:00 / 0:00\n\n\
        Tổng thống Chile (trái) và Tổng thống Peru tại lễ ký kết ở Lima, ngày 9/7. (Nguồn: Reuters)\n\n\
        Hai nhà lãnh đạo cũng thảo luận về tình hình khu vực và các vấn đề quốc tế cùng quan tâm.\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    for gone in ["hinh 1", "img", "0:00", "(trái)", "Nguồn: Reuters"] {
        assert!(!a.body.contains(gone), "{gone}: {}", a.body);
    }
    assert!(
        a.captions
            .iter()
            .any(|c| c.starts_with("Tổng thống Chile (trái) và Tổng thống Peru")),
        "{:?}",
        a.captions
    );
    assert!(a.body.contains("các vấn đề quốc tế cùng quan tâm."));
    // brackets that say something else stay text: "(trái phiếu)", "(phải trả)"
    let text = "Ngân hàng đã phát hành 500 tỷ đồng giấy tờ có giá (trái phiếu) trong quý 2.\n\n\
        Khoản nợ (phải trả) được ghi nhận trong báo cáo tài chính.\n";
    let a = one(read_bytes(text.as_bytes(), "a.txt", None));
    assert!(
        a.body.contains("(trái phiếu)") && a.body.contains("(phải trả)"),
        "{}",
        a.body
    );
}

/// A page copied without masthead, lead marker or address still shows its
/// stamp; VnExpress alone writes it "Thứ sáu, 19/7/2019, 17:12 (GMT+7)".
#[test]
fn a_stamp_only_one_outlet_writes_names_the_outlet_when_nothing_else_does() {
    let page = "Thời sự\nThứ sáu, 19/7/2019, 17:12 (GMT+7)\n\nBộ Ngoại giao yêu cầu tàu khảo sát rút khỏi vùng biển\n\n\
        Người phát ngôn Bộ Ngoại giao cho biết Việt Nam đã trao công hàm phản đối tại buổi họp báo chiều 19/7.\n\n\
        Phía Việt Nam yêu cầu chấm dứt ngay mọi hành vi vi phạm và rút toàn bộ nhóm tàu ra khỏi vùng biển.\n";
    let a = one(read_bytes(page.as_bytes(), "bai.txt", None));
    assert_eq!(a.published.as_deref(), Some("2019-07-19"));
    assert_eq!(a.outlet.as_deref(), Some("VnExpress"));
    // The same stamp with zero-padded day and month is not VnExpress's.
    let padded = page.replace("19/7/2019", "19/07/2019");
    let b = one(read_bytes(padded.as_bytes(), "bai.txt", None));
    assert_eq!(b.published.as_deref(), Some("2019-07-19"));
    assert_eq!(b.outlet, None);
    // A lead marker outranks the stamp's shape.
    let marked = page.replace("Người phát ngôn", "(NLĐO) - Người phát ngôn");
    let c = one(read_bytes(marked.as_bytes(), "bai.txt", None));
    assert_eq!(c.outlet.as_deref(), Some("Người Lao Động"));
}
