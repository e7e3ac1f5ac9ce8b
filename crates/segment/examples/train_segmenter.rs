//! Trains the gap classifier of the word segmenter and writes its model file.
//!
//! ```text
//! cargo run --release -p thoisu-segment --example train_segmenter -- --out data/segment/model.bin
//! ```
//!
//! Reads UD Vietnamese-VTB train from the shared data directory
//! (`--shared`, default /work/shared/data), prints the F1 on UD-VTB dev
//! after every epoch (dev is for tuning only; test is never read), and
//! writes the model of the last epoch. The defaults are the settings the
//! committed model was trained with; the same data gives the same file.
//!
//! Options (defaults: logistic regression 0.05:0.001, 2 epochs, guide 0.5,
//! 2^20 weights, 5 folds): `--epochs N`, `--bits B` (table size 2^B),
//! `--folds K` (jackknife folds of UD train), `--logistic RATE:L2`, or
//! `--perceptron` (averaged perceptron instead), `--prior P` (start by
//! trusting the lexicon programme's decision by P), `--guide G[,G…]` (weight
//! of the gap scores in the programme's costs; several values are compared
//! under `--cv`), `--stacked` (the classifier decides each gap itself, with
//! the programme's decision as a feature, instead of guiding it), `--vlsp`
//! (also train on RDRsegmenter's VLSP sample, whose conventions differ from
//! UD-VTB's: "người_dân", "khu công_nghiệp"), `--with-dev` (also train on UD
//! dev), `--cv` (cross-validate on UD train against the lexicon programme
//! instead of writing a model).

use std::path::{Path, PathBuf};
use std::time::Instant;

use thoisu_segment::training::{self, Examples, GoldSentence, Perceptron};

const EPOCHS: usize = 2;
/// AdaGrad rate and L2 weight of the logistic regression.
const LOGISTIC: (f32, f32) = (0.05, 0.001);
/// Cost units per unit of log-odds when the gap scores guide the lexicon
/// programme.
const GUIDE: f32 = 0.5;
const BITS: u32 = 20;
const FOLDS: usize = 5;
const PRIOR: i32 = 0;

fn main() -> Result<(), String> {
    let mut shared = PathBuf::from("/work/shared/data");
    let mut out: Option<PathBuf> = None;
    let (mut epochs, mut bits, mut folds, mut vlsp) = (EPOCHS, BITS, FOLDS, false);
    let mut logistic: Option<(f32, f32)> = Some(LOGISTIC);
    let mut cross_validate = false;
    let mut with_dev = false;
    let mut guides: Vec<f32> = vec![GUIDE];
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
            "--vlsp" => vlsp = true,
            "--perceptron" => logistic = None,
            "--stacked" => guides.clear(),
            "--logistic" => {
                let v = value()?;
                let (rate, l2) = v.split_once(':').ok_or("--logistic RATE:L2")?;
                let parse = |x: &str| x.parse::<f32>().map_err(|e| format!("--logistic: {e}"));
                logistic = Some((parse(rate)?, parse(l2)?));
            }
            "--with-dev" => with_dev = true,
            "--guide" => {
                guides = value()?
                    .split(',')
                    .map(|g| g.parse::<f32>().map_err(|e| format!("--guide: {e}")))
                    .collect::<Result<_, _>>()?
            }
            "--cv" => cross_validate = true,
            "--prior" => prior = value()?.parse().map_err(|e| format!("--prior: {e}"))?,
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    let ud = shared.join("ud_vietnamese_vtb");
    let train = read_conllu(&ud.join("vi_vtb-ud-train.conllu"))?;
    let dev = read_conllu(&ud.join("vi_vtb-ud-dev.conllu"))?;
    let mut sample = if vlsp {
        read_vlsp(&shared.join("rdrsegmenter/Train_gold.txt"))?
    } else {
        Vec::new()
    };
    if with_dev {
        sample.extend(dev.iter().cloned());
    }
    let lexicon = training::lexicon();
    let full = training::lexicon_segmenter(lexicon);
    let baseline = training::score(&full, &dev);
    eprintln!(
        "lexicon programme alone: dev F1 {:.4} (P {:.4} R {:.4})",
        baseline.f1, baseline.precision, baseline.recall
    );

    if cross_validate {
        return cv(
            &train,
            &sample,
            folds.max(2),
            Trainer::new(bits, prior, logistic),
            epochs,
            &guides,
        );
    }
    let clock = Instant::now();
    let stacked = guides.is_empty();
    let guide = guides.first().copied().unwrap_or(0.0);
    let mut examples = Examples::new(bits, stacked);
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
    if !sample.is_empty() {
        eprintln!(
            "extra training sentences: lexicon programme F1 {:.4}",
            training::score(&full, &sample).f1
        );
    }
    examples.add(&full, &sample);
    eprintln!(
        "{} gaps ({} UD train sentences, {} extra sentences) in {:.1}s",
        examples.len(),
        train.len(),
        sample.len(),
        clock.elapsed().as_secs_f64()
    );

    let mut trainer = Trainer::new(bits, prior, logistic);
    let mut scorer = training::lexicon_segmenter(lexicon);
    let mut model = Vec::new();
    for epoch in 1..=epochs {
        let loss = trainer.epoch(&examples);
        model = trainer.model_bytes(stacked, guide);
        training::set_model(&mut scorer, &model)?;
        let s = training::score(&scorer, &dev);
        eprintln!(
            "epoch {epoch}: training loss (perceptron: mistakes) {loss:.4}; dev F1 {:.4} (P {:.4} R {:.4})",
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
    trainer: Trainer,
    epochs: usize,
    guides: &[f32],
) -> Result<(), String> {
    let stacked = guides.is_empty();
    let guides = if stacked { &[0.0][..] } else { guides };
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
    let mut model = vec![vec![0.0; guides.len()]; epochs];
    for f in 0..folds {
        let mut examples = Examples::new(trainer.bits(), stacked);
        for g in (0..folds).filter(|&g| g != f) {
            examples.add(&segmenters[g], &parts[g]);
        }
        examples.add(&full, sample);
        let mut scorer = training::lexicon_segmenter(&training::fold_lexicon(lexicon, &parts[f]));
        programme += training::score(&scorer, &parts[f]).f1 / folds as f64;
        let mut trainer = trainer.clone();
        for scores in model.iter_mut() {
            trainer.epoch(&examples);
            for (score, &guide) in scores.iter_mut().zip(guides) {
                training::set_model(&mut scorer, &trainer.model_bytes(stacked, guide))?;
                *score += training::score(&scorer, &parts[f]).f1 / folds as f64;
            }
        }
    }
    eprintln!("cv: lexicon programme F1 {programme:.4}");
    for (e, scores) in model.iter().enumerate() {
        for (s, g) in scores.iter().zip(guides) {
            eprintln!("cv: epoch {} guide {g}: model F1 {s:.4}", e + 1);
        }
    }
    Ok(())
}

/// The averaged perceptron, or logistic regression (`--logistic`).
#[derive(Clone)]
enum Trainer {
    Perceptron(Perceptron),
    Logistic(training::Logistic),
}

impl Trainer {
    fn new(bits: u32, prior: i32, logistic: Option<(f32, f32)>) -> Self {
        match logistic {
            Some((rate, l2)) => {
                let mut l = training::Logistic::new(bits, rate, l2);
                l.trust_programme(prior as f32);
                Trainer::Logistic(l)
            }
            None => {
                let mut p = Perceptron::new(bits);
                p.trust_programme(prior);
                Trainer::Perceptron(p)
            }
        }
    }

    fn bits(&self) -> u32 {
        match self {
            Trainer::Perceptron(p) => p.bits(),
            Trainer::Logistic(l) => l.bits(),
        }
    }

    fn epoch(&mut self, examples: &Examples) -> f64 {
        match self {
            Trainer::Perceptron(p) => p.epoch(examples) as f64,
            Trainer::Logistic(l) => l.epoch(examples),
        }
    }

    fn model_bytes(&self, stacked: bool, guide: f32) -> Vec<u8> {
        match self {
            Trainer::Perceptron(p) => p.model_bytes(stacked, guide),
            Trainer::Logistic(l) => l.model_bytes(stacked, guide),
        }
    }
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
