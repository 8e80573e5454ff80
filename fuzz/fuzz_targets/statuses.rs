//! Fuzzes the first-view statuses parser (`statuses.txt`) and the timeline over what it accepts.
#![no_main]
use drug_policy_map::model::{parse_statuses, Theme};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(p) = parse_statuses(text) else { return };
    for c in &p.countries {
        for theme in Theme::ALL {
            for year in [1961, 2000, 2026] {
                let _ = p.shown(c.id, theme, Some(year));
            }
        }
    }
});
