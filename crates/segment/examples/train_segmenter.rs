//! Trains the gap classifier of the word segmenter and writes its model file.
//!
//! ```text
//! cargo run --release -p thoisu-segment --example train_segmenter -- --out data/segment/model.bin
//! ```
//!
//! Reads UD Vietnamese-VTB train and the VLSP sample of RDRsegmenter
//! (Train_gold.txt) from the shared data directory (`--shared`, default
//! /work/shared/data), prints the F1 on UD-VTB dev after every epoch (dev
//! is for tuning only; test is never read), and writes the model of the
//! last epoch. Options: `--epochs N`, `--bits B` (table size 2^B),
//! `--folds K` (jackknife folds of UD train), `--no-vlsp`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use thoisu_segment::training::{self, Examples, GoldSentence, Perceptron};

const EPOCHS: usize = 10;
const BITS: u32 = 20;
const FOLDS: usize = 5;
const PRIOR: i32 = 0;

fn main() -> Result<(), String> {
    let mut shared = PathBuf::from("/work/shared/data");
    let mut out: Option<PathBuf> = None;
    let (mut epochs, mut bits, mut folds, mut vlsp) = (EPOCHS, BITS, FOLDS, true);
    let mut cross_validate = false;
    let mut prior = PRIOR;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--shared" => shared = PathBuf::from(value()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--epochs" => epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--bits" => bits = value()?.parse().map_err(|e| format!("--bits: {e}"))?,
            "--folds" => folds = value()?.parse().map_err(|e| format!("--folds: {e}"))?,
            "--no-vlsp" => vlsp = false,
            "--cv" => cross_validate = true,
            "--prior" => prior = value()?.parse().map_err(|e| format!("--prior: {e}"))?,
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    let ud = shared.join("ud_vietnamese_vtb");
    let train = read_conllu(&ud.join("vi_vtb-ud-train.conllu"))?;
    let dev = read_conllu(&ud.join("vi_vtb-ud-dev.conllu"))?;
    let sample = if vlsp {
        read_vlsp(&shared.join("rdrsegmenter/Train_gold.txt"))?
    } else {
        Vec::new()
    };
    let lexicon = training::lexicon();
    let full = training::lexicon_segmenter(lexicon);
    let baseline = training::score(&full, &dev);
    eprintln!(
        "lexicon programme alone: dev F1 {:.4} (P {:.4} R {:.4})",
        baseline.f1, baseline.precision, baseline.recall
    );

    if cross_validate {
        return cv(&train, &sample, folds.max(2), bits, epochs, prior);
    }
    let clock = Instant::now();
    let mut examples = Examples::new(bits);
    for fold in 0..folds.max(1) {
        let (held_out, _): (Vec<_>, Vec<_>) = train
            .iter()
            .enumerate()
            .partition(|(k, _)| folds <= 1 || k % folds == fold);
        let held_out: Vec<GoldSentence> = held_out.into_iter().map(|(_, s)| s.clone()).collect();
        let segmenter = if folds <= 1 {
            training::lexicon_segmenter(lexicon)
        } else {
            training::lexicon_segmenter(&training::fold_lexicon(lexicon, &held_out))
        };
        let s = training::score(&segmenter, &held_out);
        eprintln!(
            "fold {fold}: lexicon programme F1 {:.4} on its held-out part",
            s.f1
        );
        examples.add(&segmenter, &held_out);
    }
    eprintln!(
        "VLSP sample: lexicon programme F1 {:.4}",
        training::score(&full, &sample).f1
    );
    examples.add(&full, &sample);
    eprintln!(
        "{} gaps ({} UD train sentences, {} VLSP sample sentences) in {:.1}s",
        examples.len(),
        train.len(),
        sample.len(),
        clock.elapsed().as_secs_f64()
    );

    let mut perceptron = Perceptron::new(bits);
    perceptron.trust_programme(prior);
    let mut scorer = training::lexicon_segmenter(lexicon);
    let mut model = Vec::new();
    for epoch in 1..=epochs {
        let mistakes = perceptron.epoch(&examples);
        model = perceptron.model_bytes();
        training::set_model(&mut scorer, &model)?;
        let s = training::score(&scorer, &dev);
        eprintln!(
            "epoch {epoch}: {mistakes} mistakes; dev F1 {:.4} (P {:.4} R {:.4})",
            s.f1, s.precision, s.recall
        );
    }
    if std::env::var_os("SELFCHECK").is_some() {
        eprintln!(
            "train F1 with the model: {:.4}",
            training::score(&scorer, &train).f1
        );
        eprintln!(
            "sample F1 with the model: {:.4}",
            training::score(&scorer, &sample).f1
        );
    }
    if let Some(out) = out {
        std::fs::write(&out, &model).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!("wrote {} ({} bytes)", out.display(), model.len());
    }
    Ok(())
}

/// Cross-validation on UD train: for each fold, a model trained on the
/// other folds (and the VLSP sample) against the lexicon programme, both
/// with the lexicon less the fold's contribution. Prints F1 per epoch,
/// summed over folds.
fn cv(
    train: &[GoldSentence],
    sample: &[GoldSentence],
    folds: usize,
    bits: u32,
    epochs: usize,
    prior: i32,
) -> Result<(), String> {
    let lexicon = training::lexicon();
    let parts: Vec<Vec<GoldSentence>> = (0..folds)
        .map(|f| {
            train
                .iter()
                .enumerate()
                .filter(|(k, _)| k % folds == f)
                .map(|(_, s)| s.clone())
                .collect()
        })
        .collect();
    let segmenters: Vec<_> = parts
        .iter()
        .map(|p| training::lexicon_segmenter(&training::fold_lexicon(lexicon, p)))
        .collect();
    let full = training::lexicon_segmenter(lexicon);
    let mut programme = 0.0;
    let mut model = vec![0.0; epochs];
    for f in 0..folds {
        let mut examples = Examples::new(bits);
        for g in (0..folds).filter(|&g| g != f) {
            examples.add(&segmenters[g], &parts[g]);
        }
        examples.add(&full, sample);
        let mut scorer = training::lexicon_segmenter(&training::fold_lexicon(lexicon, &parts[f]));
        programme += training::score(&scorer, &parts[f]).f1 / folds as f64;
        let mut perceptron = Perceptron::new(bits);
        perceptron.trust_programme(prior);
        for score in model.iter_mut() {
            perceptron.epoch(&examples);
            training::set_model(&mut scorer, &perceptron.model_bytes())?;
            *score += training::score(&scorer, &parts[f]).f1 / folds as f64;
        }
    }
    eprintln!("cv: lexicon programme F1 {programme:.4}");
    for (e, s) in model.iter().enumerate() {
        eprintln!("cv: epoch {}: model F1 {s:.4}", e + 1);
    }
    Ok(())
}

/// Sentences of a CoNLL-U file (multi-word token lines skipped).
fn read_conllu(path: &Path) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut words = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            if !words.is_empty() {
                out.push(std::mem::take(&mut words));
            }
        } else if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() > 1 && !cols[0].contains(['-', '.']) {
                words.push(cols[1].split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    if !words.is_empty() {
        out.push(words);
    }
    Ok(out)
}

/// Sentences of a VLSP-style file (one a line, a word's syllables joined by '_').
fn read_vlsp(path: &Path) -> Result<Vec<GoldSentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(|l| {
            l.split_whitespace()
                .map(|w| w.replace('_', " "))
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect())
}
