//! placeholder: see ARCHITECTURE.md
