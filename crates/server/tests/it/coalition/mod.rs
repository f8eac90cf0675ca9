//! Coalition tests, by subject: the reciprocity licences a commons may carry
//! (`licences`). The determination engine's table of cases is in the model's unit tests
//! (`src/coalition/model/tests.rs`).

mod licences;
