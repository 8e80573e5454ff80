//! Fuzzes the link parser (the query string a hostile page can send a visitor to).
#![no_main]
use drug_policy_map::model::url_state::ViewState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (state, _ignored) = ViewState::parse(&text, 1961, 2026);
    // What a link parses to must write back and parse to the same view.
    let (again, ignored) = ViewState::parse(&state.to_query(), 1961, 2026);
    assert!(ignored.is_empty(), "{:?} writes an ignored value", state);
    assert_eq!(again, state);
});
