//! Trains the gap classifier of the word segmenter and writes its model file.
//!
//! ```text
//! cargo run --release -p thoisu-segment --example train_segmenter -- --with-dev --out data/segment/model.bin
//! ```
//!
//! Reads UD Vietnamese-VTB train and dev from the shared data directory
//! (`--shared`, default /work/shared/data; test is never read), prints the
//! F1 on dev after every epoch, and writes the model of the last epoch.
//! Without `--with-dev` the model learns from train alone and dev's counts
//! are taken back out of the lexicon (which scripts/build_lexicon.py builds
//! from both), so the dev F1 is a fair score for tuning; with it, train and
//! dev are pooled (the shipped model; its dev F1 is then no test). The
//! defaults are the settings the committed model was trained with; the
//! same data gives the same file.
//!
//! Options (defaults: logistic regression 0.05:0.001, 2 epochs, no
//! structured passes, guide 0.5, 2^20 weights, 5 folds):
//! `--structured P:STEP` (P passes of structured perceptron updates through
//! the lexicon programme after the logistic epochs, the model the average
//! over its batches; 4:0.01 raised cross-validation by 0.0003 but split
//! news words the treebank lacks, "hàng không", so it is not shipped),
//! `--epochs N`, `--bits B` (table size 2^B),
//! `--folds K` (jackknife folds), `--logistic RATE:L2`, or
//! `--perceptron` (averaged perceptron instead), `--bag N` (the mean of N
//! logistic models, each over its own order of the examples; with
//! `--bootstrap`, each over its own bootstrap resample; `--seed S` starts
//! the orders elsewhere: variance reduction, flat in cross-validation), `--prior P` (start by
//! trusting the lexicon programme's decision by P), `--guide G[,G…]` (weight
//! of the gap scores in the programme's costs; several values are compared
//! under `--cv`), `--stacked` (the classifier decides each gap itself, with
//! the programme's decision as a feature, instead of guiding it), `--vlsp`
//! (also train on RDRsegmenter's VLSP sample, whose conventions differ from
//! UD-VTB's: "người_dân", "khu công_nghiệp"; it lowers cross-validated F1),
//! `--with-dev` (train on UD dev too), `--lexicon FILE` (another lexicon
//! text instead of the embedded one, to try a lexicon; counting the VLSP
//! sample's words into it lowered cross-validated F1 by 0.0015), `--cv` (cross-validate on UD train,
//! or on train and dev pooled with `--with-dev`, against the lexicon
//! programme instead of writing a model), `--features F` (feature sets
//! beyond the base ones, as flags: 2 phonology, 4 lexicon priors, 8
//! half-lexical, 16 lower-case headwords and unknown words, 64 word
//! identity: each lexicon word at the gap by name, with the syllables just
//! outside it, flat in cross-validation; 128 syntactic classes: the part
//! of speech each syllable has alone in the treebank, taken fold by fold
//! under `--cv`, CV +0.0002–0.0004 but UD-VTB test flat, docs/segmenter.md;
//! default none, as shipped), `--classes-out FILE` (write the classes of
//! train, and dev with `--with-dev`, as data/segment/syllable_classes.txt,
//! which a model with flag 128 reads), `--unknown M` (extra cost of unknown lower-case words
//! when scoring a model trained with flag 16, default 0.5; `inf` for
//! none), `--errors` (print dev's wrongly segmented stretches), `--dump
//! FILE` (write dev as the model segments it, one sentence a line; with
//! `--cv`, every sentence as the model of its fold segments it, for error
//! analysis and for learning corrections on jackknifed output).

use std::path::{Path, PathBuf};
use std::time::Instant;

use thoisu_segment::training::{self, Examples, GoldSentence, Perceptron};
use thoisu_segment::Segmenter;

const EPOCHS: usize = 2;
/// AdaGrad rate and L2 weight of the logistic regression.
const LOGISTIC: (f32, f32) = (0.05, 0.001);
/// Cost units per unit of score when the gap scores guide the lexicon
/// programme.
const GUIDE: f32 = 0.5;
const BITS: u32 = 20;
const FOLDS: usize = 5;
/// Structured passes through the lexicon programme after the logistic
/// epochs, and their step (see `Logistic::structured_epoch`): none.
const STRUCTURED: (usize, f32) = (0, 0.0);

#[derive(Clone, Copy, PartialEq)]
enum Method {
    Logistic,
    Perceptron,
}

/// What to train, from the command line.
struct Settings {
    method: Method,
    logistic: (f32, f32),
    /// Empty: stacked (the classifier decides each gap).
    guides: Vec<f32>,
    prior: i32,
    bits: u32,
    epochs: usize,
    /// Feature sets (`--features`).
    sets: u32,
    /// Extra cost of unknown lower-case words (`--unknown`).
    unknown: Option<f32>,
    /// Logistic models averaged, each with its own order (`--bag`).
    bag: usize,
    /// Each member of the bag learns from a bootstrap resample (`--bootstrap`).
    bootstrap: bool,
    /// First member's seed (`--seed`; 0 is the default order).
    seed: u64,
    /// Structured passes through the programme after the logistic epochs,
    /// and their step (`--structured P:STEP`).
    structured: (usize, f32),
}

fn main() -> Result<(), String> {
    let mut shared = PathBuf::from("/work/shared/data");
    let mut out: Option<PathBuf> = None;
    let mut classes_out: Option<PathBuf> = None;
    let mut base_lexicon = training::lexicon().to_owned();
    let (mut folds, mut vlsp, mut with_dev, mut cross_validate) = (FOLDS, false, false, false);
    let mut show_errors = false;
    let mut dump: Option<PathBuf> = None;
    let mut settings = Settings {
        method: Method::Logistic,
        logistic: LOGISTIC,
        guides: vec![GUIDE],
        prior: 0,
        bits: BITS,
        epochs: EPOCHS,
        sets: training::SHIPPED_SETS,
        unknown: None,
        bag: 1,
        bootstrap: false,
        seed: 0,
        structured: STRUCTURED,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        let number = |v: String| v.parse::<f64>().map_err(|e| format!("{arg}: {e}"));
        match arg.as_str() {
            "--shared" => shared = PathBuf::from(value()?),
            "--lexicon" => {
                let path = value()?;
                base_lexicon =
                    std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "--classes-out" => classes_out = Some(PathBuf::from(value()?)),
            "--epochs" => settings.epochs = number(value()?)? as usize,
            "--bits" => settings.bits = number(value()?)? as u32,
            "--folds" => folds = number(value()?)? as usize,
            "--prior" => settings.prior = number(value()?)? as i32,
            "--vlsp" => vlsp = true,
            "--with-dev" => with_dev = true,
            "--cv" => cross_validate = true,
            "--errors" => show_errors = true,
            "--dump" => dump = Some(PathBuf::from(value()?)),
            "--features" => settings.sets = number(value()?)? as u32,
            "--unknown" => settings.unknown = Some(number(value()?)? as f32),
            "--perceptron" => settings.method = Method::Perceptron,
            "--bag" => settings.bag = (number(value()?)? as usize).max(1),
            "--bootstrap" => settings.bootstrap = true,
            "--seed" => settings.seed = number(value()?)? as u64,
            "--stacked" => settings.guides.clear(),
            "--structured" => {
                let v = value()?;
                let (passes, step) = v.split_once(':').ok_or("--structured PASSES:STEP")?;
                settings.structured = (
                    number(passes.to_owned())? as usize,
                    number(step.to_owned())? as f32,
                );
            }
            "--logistic" => {
                let v = value()?;
                let (rate, l2) = v.split_once(':').ok_or("--logistic RATE:L2")?;
                let parse = |x: &str| x.parse::<f32>().map_err(|e| format!("--logistic: {e}"));
                settings.method = Method::Logistic;
                settings.logistic = (parse(rate)?, parse(l2)?);
            }
            "--guide" => {
                settings.guides = value()?
                    .split(',')
                    .map(|g| g.parse::<f32>().map_err(|e| format!("--guide: {e}")))
                    .collect::<Result<_, _>>()?
            }
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    let ud = shared.join("ud_vietnamese_vtb");
    let mut tagged = read_conllu_tagged(&ud.join("vi_vtb-ud-train.conllu"))?;
    let dev_tagged = read_conllu_tagged(&ud.join("vi_vtb-ud-dev.conllu"))?;
    let untag = |t: &[Tagged]| -> Vec<GoldSentence> {
        t.iter()
            .map(|s| s.iter().map(|(w, _)| w.clone()).collect())
            .collect()
    };
    let mut train = untag(&tagged);
    let dev = untag(&dev_tagged);
    if with_dev {
        tagged.extend(dev_tagged.iter().cloned());
    }
    let classes = settings.sets & 128 != 0;
    // Syntactic classes from the tagged sentences but those of part
    // `skip` (none: usize::MAX).
    let tagged_but = |skip: usize, folds: usize| -> Vec<Tagged> {
        tagged
            .iter()
            .enumerate()
            .filter(|(k, _)| skip == usize::MAX || k % folds != skip)
            .map(|(_, s)| s.clone())
            .collect()
    };
    let extra = if vlsp {
        read_vlsp(&shared.join("rdrsegmenter/Train_gold.txt"))?
    } else {
        Vec::new()
    };
    // The embedded lexicon counts UD train and dev. To tune on dev, dev's
    // counts come out again; the shipped model (--with-dev) trains on
    // both, every sentence jackknifed like train's.
    let lexicon = if with_dev {
        train.extend(dev.iter().cloned());
        base_lexicon.clone()
    } else {
        training::fold_lexicon(&base_lexicon, &dev)
    };
    let lexicon = lexicon.as_str();
    let mut full = training::lexicon_segmenter(lexicon);
    if classes {
        training::set_classes(&mut full, &tagged_but(usize::MAX, 1));
    }
    let baseline = training::score(&full, &dev);
    eprintln!(
        "lexicon programme alone: dev F1 {:.4} (P {:.4} R {:.4}){}",
        baseline.f1,
        baseline.precision,
        baseline.recall,
        if with_dev {
            " (dev in the lexicon)"
        } else {
            ""
        }
    );
    let folds = folds.max(2);
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
    // The lexicon less each fold's own contribution (jackknife).
    let fold_segmenters: Vec<Segmenter> = parts
        .iter()
        .enumerate()
        .map(|(g, p)| {
            let mut s = training::lexicon_segmenter(&training::fold_lexicon(lexicon, p));
            if classes {
                training::set_classes(&mut s, &tagged_but(g, folds));
            }
            s
        })
        .collect();
    let held_out_classes: Vec<Vec<Tagged>> = if classes {
        (0..folds).map(|f| tagged_but(f, folds)).collect()
    } else {
        Vec::new()
    };
    if cross_validate {
        let folds = Folds {
            parts: &parts,
            segmenters: &fold_segmenters,
            classes: &held_out_classes,
        };
        return cv(&settings, lexicon, &folds, &full, &extra, dump.as_deref());
    }

    let clock = Instant::now();
    let stacked = settings.guides.is_empty();
    let guide = settings.guides.first().copied().unwrap_or(0.0);
    let mut examples = Examples::new(settings.bits, stacked);
    examples.sets = settings.sets;
    for (part, segmenter) in parts.iter().zip(&fold_segmenters) {
        examples.add(segmenter, part);
    }
    examples.add(&full, &extra);
    eprintln!(
        "{} gaps ({} UD sentences, {} extra sentences) in {:.1}s",
        examples.len(),
        train.len(),
        extra.len(),
        clock.elapsed().as_secs_f64()
    );
    let mut trainer = Trainer::new(&settings);
    let mut scorer = training::lexicon_segmenter(lexicon);
    if classes {
        training::set_classes(&mut scorer, &tagged_but(usize::MAX, 1));
    }
    let mut model = Vec::new();
    for epoch in 1..=settings.epochs {
        let loss = trainer.epoch(&examples);
        model = trainer.model_bytes(stacked, guide);
        training::set_model(&mut scorer, &model)?;
        if let Some(margin) = settings.unknown {
            training::set_unknown_margin(&mut scorer, margin);
        }
        let s = training::score(&scorer, &dev);
        eprintln!(
            "epoch {epoch}: training loss {loss:.4}; dev F1 {:.4} (P {:.4} R {:.4})",
            s.f1, s.precision, s.recall
        );
    }
    let (passes, step) = settings.structured;
    if passes > 0 {
        let mut all: Vec<(Segmenter, &[GoldSentence])> = parts
            .iter()
            .map(|p| {
                let lexicon = training::fold_lexicon(lexicon, p);
                (training::lexicon_segmenter(&lexicon), &p[..])
            })
            .collect();
        for pass in 1..=passes {
            let wrong = trainer.structured_epoch(&examples, &mut all, guide, step);
            model = trainer.model_bytes(stacked, guide);
            training::set_model(&mut scorer, &model)?;
            let s = training::score(&scorer, &dev);
            eprintln!(
                "structured pass {pass}: {wrong} wrong training gaps; dev F1 {:.5} (P {:.4} R {:.4})",
                s.f1, s.precision, s.recall
            );
        }
    }
    if show_errors {
        print_errors(&scorer, &dev);
    }
    if let Some(path) = dump {
        dump_dev(&scorer, &dev, &path)?;
    }
    if let Some(path) = classes_out {
        let text = training::classes_text(&training::classes_of(&tagged_but(usize::MAX, 1)));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    if let Some(out) = out {
        std::fs::write(&out, &model).map_err(|e| format!("{}: {e}", out.display()))?;
        eprintln!("wrote {} ({} bytes)", out.display(), model.len());
    }
    Ok(())
}

/// The jackknife folds: their sentences, the lexicon programme less each
/// fold's contribution, and (flag 128) the syntactic classes less each
/// fold's sentences (empty: classes off).
struct Folds<'a> {
    parts: &'a [Vec<GoldSentence>],
    segmenters: &'a [Segmenter],
    classes: &'a [Vec<Tagged>],
}

/// Cross-validation on UD train: for each fold, a model trained on the
/// other folds (and the extra sentences) against the lexicon programme,
/// both with the lexicon less the fold's contribution. Prints the mean F1
/// over folds per guide and epoch.
fn cv(
    settings: &Settings,
    lexicon: &str,
    jackknife: &Folds,
    full: &Segmenter,
    extra: &[GoldSentence],
    dump: Option<&Path>,
) -> Result<(), String> {
    let (parts, fold_segmenters, classes) =
        (jackknife.parts, jackknife.segmenters, jackknife.classes);
    let folds = parts.len();
    // Each sentence's segmentation by the last model of its fold, in the
    // pooled order (sentence k is in fold k % folds).
    let mut outputs: Vec<String> = vec![String::new(); parts.iter().map(Vec::len).sum()];
    let stacked = settings.guides.is_empty();
    let guides = if stacked {
        &[0.0][..]
    } else {
        &settings.guides[..]
    };
    let mut programme = 0.0;
    let mut model = vec![vec![0.0; settings.epochs]; guides.len()];
    let mut structured = vec![(0.0, 0usize); settings.structured.0];
    for f in 0..folds {
        let mut examples = Examples::new(settings.bits, stacked);
        examples.sets = settings.sets;
        for g in (0..folds).filter(|&g| g != f) {
            examples.add(&fold_segmenters[g], &parts[g]);
        }
        examples.add(full, extra);
        let mut scorer = training::lexicon_segmenter(&training::fold_lexicon(lexicon, &parts[f]));
        if let Some(tagged) = classes.get(f) {
            training::set_classes(&mut scorer, tagged);
        }
        programme += training::score(&scorer, &parts[f]).f1 / folds as f64;
        for (scores, &guide) in model.iter_mut().zip(guides) {
            let mut trainer = Trainer::new(settings);
            for score in scores.iter_mut() {
                trainer.epoch(&examples);
                training::set_model(&mut scorer, &trainer.model_bytes(stacked, guide))?;
                if let Some(margin) = settings.unknown {
                    training::set_unknown_margin(&mut scorer, margin);
                }
                *score += training::score(&scorer, &parts[f]).f1 / folds as f64;
            }
            let (passes, step) = settings.structured;
            if passes > 0 {
                let mut others: Vec<(Segmenter, &[GoldSentence])> = (0..folds)
                    .filter(|&g| g != f)
                    .map(|g| {
                        let lexicon = training::fold_lexicon(lexicon, &parts[g]);
                        (training::lexicon_segmenter(&lexicon), &parts[g][..])
                    })
                    .collect();
                for (total, wrong) in structured.iter_mut() {
                    *wrong += trainer.structured_epoch(&examples, &mut others, guide, step);
                    training::set_model(&mut scorer, &trainer.model_bytes(stacked, guide))?;
                    *total += training::score(&scorer, &parts[f]).f1 / folds as f64;
                }
            }
        }
        for (k, gold) in parts[f].iter().enumerate() {
            let out = &mut outputs[k * folds + f];
            out.clear();
            scorer.segment_line(&gold.join(" "), out);
        }
    }
    if let Some(path) = dump {
        let text: String = outputs.iter().flat_map(|o| [o.as_str(), "\n"]).collect();
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    eprintln!("cv: lexicon programme F1 {programme:.4}");
    for (scores, g) in model.iter().zip(guides) {
        for (e, s) in scores.iter().enumerate() {
            eprintln!("cv: guide {g} epoch {}: model F1 {s:.4}", e + 1);
        }
    }
    for (p, (s, wrong)) in structured.iter().enumerate() {
        eprintln!(
            "cv: structured pass {}: model F1 {s:.5} ({wrong} wrong training gaps)",
            p + 1
        );
    }
    Ok(())
}

/// Prints dev's words the model gets wrong, one a line: gold words, then
/// the model's, over the stretch where their boundaries differ.
fn print_errors(segmenter: &Segmenter, dev: &[GoldSentence]) {
    let mut out = String::new();
    for gold in dev {
        out.clear();
        segmenter.segment_line(&gold.join(" "), &mut out);
        let predicted: Vec<String> = out.split(' ').map(|w| w.replace('_', " ")).collect();
        let ends = |words: &[String]| -> Vec<usize> {
            let mut at = 0;
            words
                .iter()
                .map(|w| {
                    at += w.split(' ').count();
                    at
                })
                .collect()
        };
        let (g, p) = (ends(gold), ends(&predicted));
        if g.last() != p.last() {
            continue;
        }
        let (mut i, mut j, mut gs, mut ps) = (0, 0, 0, 0);
        while i < g.len() && j < p.len() {
            if g[i] == p[j] {
                if i - gs > 0 || j - ps > 0 {
                    eprintln!(
                        "ERR gold [{}] model [{}]",
                        gold[gs..=i].join("|"),
                        predicted[ps..=j].join("|")
                    );
                }
                i += 1;
                j += 1;
                gs = i;
                ps = j;
            } else if g[i] < p[j] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
}

/// Writes dev segmented by the model, one sentence a line (syllables of a
/// word joined by '_'), for error analysis against the gold file.
fn dump_dev(segmenter: &Segmenter, dev: &[GoldSentence], path: &Path) -> Result<(), String> {
    let mut text = String::new();
    for gold in dev {
        segmenter.segment_line(&gold.join(" "), &mut text);
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// One of the two learners, and the feature sets it learns.
enum Learner {
    Perceptron(Perceptron),
    Logistic(Vec<training::Logistic>),
}

struct Trainer {
    learner: Learner,
    sets: u32,
    bootstrap: bool,
}

impl Trainer {
    fn new(settings: &Settings) -> Self {
        let bits = settings.bits;
        let learner = match settings.method {
            Method::Logistic => {
                let (rate, l2) = settings.logistic;
                let bag = (0..settings.bag)
                    .map(|member| {
                        let mut l = training::Logistic::new(bits, rate, l2);
                        l.reseed(settings.seed + member as u64);
                        l.trust_programme(settings.prior as f32);
                        l
                    })
                    .collect();
                Learner::Logistic(bag)
            }
            Method::Perceptron => {
                let mut p = Perceptron::new(bits);
                p.trust_programme(settings.prior);
                Learner::Perceptron(p)
            }
        };
        Trainer {
            learner,
            sets: settings.sets,
            bootstrap: settings.bootstrap,
        }
    }

    /// One pass; the loss is the log loss or the number of mistakes.
    fn epoch(&mut self, examples: &Examples) -> f64 {
        match &mut self.learner {
            Learner::Perceptron(p) => p.epoch(examples) as f64,
            Learner::Logistic(bag) => {
                let mut loss = 0.0;
                for l in bag.iter_mut() {
                    if self.bootstrap && l.is_fresh() {
                        l.bootstrap(examples.len());
                    }
                    loss += l.epoch(examples);
                }
                loss / bag.len() as f64
            }
        }
    }

    /// A structured pass through the programme (first logistic model
    /// only); the number of wrong training gaps.
    fn structured_epoch(
        &mut self,
        examples: &Examples,
        parts: &mut [(Segmenter, &[GoldSentence])],
        guide: f32,
        step: f32,
    ) -> usize {
        match &mut self.learner {
            Learner::Logistic(bag) => bag.first_mut().map_or(0, |l| {
                l.structured_epoch(examples, parts, self.sets, guide, step)
            }),
            Learner::Perceptron(_) => 0,
        }
    }

    fn model_bytes(&self, stacked: bool, guide: f32) -> Vec<u8> {
        let model = match &self.learner {
            Learner::Perceptron(p) => p.model_bytes(stacked, guide),
            Learner::Logistic(bag) => training::Logistic::averaged_model_bytes(bag, stacked, guide),
        };
        training::with_sets(&model, self.sets)
    }
}

/// A sentence's words with their parts of speech.
type Tagged = Vec<(String, String)>;

/// Sentences of a CoNLL-U file (multi-word token lines skipped), each word
/// with its part of speech.
fn read_conllu_tagged(path: &Path) -> Result<Vec<Tagged>, String> {
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
                let word = cols[1].split_whitespace().collect::<Vec<_>>().join(" ");
                words.push((word, cols.get(3).copied().unwrap_or("X").to_owned()));
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
