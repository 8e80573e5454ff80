//! Fuzzes the policy dataset parser (`policies.json`) and the whole-dataset validation.
#![no_main]
use drug_policy_map::model::{parse_policies, validate::validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(p) = parse_policies(text) {
        let ids: Vec<_> = p.countries.iter().map(|c| c.id).collect();
        let _ = validate(&p, &ids, &ids, 2026);
        let _ = drug_policy_map::model::export::to_csv(&p);
    }
});
