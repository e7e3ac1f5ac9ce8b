//! Entity recognition for Vietnamese news: people, organisations and places,
//! read from the normalised article text with a gazetteer compiled in from
//! `data/gazetteer/` and general rules for titles, organisation names and
//! Vietnamese personal names.
//!
//! ```
//! use thoisu_recognise::Recogniser;
//! let text = "Thứ trưởng Bộ Ngoại giao Triều Tiên Im Chon In đã đến Hà Nội.";
//! let entities = Recogniser::embedded().recognise(text, &[]);
//! assert!(entities.iter().any(|e| e.name == "Im Chon In" && e.country.as_deref() == Some("PRK")));
//! ```

mod assemble;
pub mod gazetteer;
mod recognise;
pub mod text;

pub use gazetteer::{
    Entry, EntryKind, Gazetteer, GazetteerError, Office, OrgHead, PlaceHead, Sources, StopPhrase,
    Tenure, Title, TitleKind,
};
pub use recognise::Recogniser;
