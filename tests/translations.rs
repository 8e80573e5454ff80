//! The panel translations in `data/translations/`: every key names an English text, and every
//! current translation keeps each number, year and organisation name of its English. Failures name
//! the file, the key and what is missing. `cargo test --test translations -- --nocapture` prints
//! how many texts each language has current, stale and missing.

use drug_policy_map::model::translations::{
    event_key, fact_key, fingerprint, global_key, note_key, numbers, summary_key,
};
use drug_policy_map::model::{parse_policies, Theme};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Names that stay exactly as in the English (docs/glossary.md).
const KEPT_NAMES: [&str; 11] = [
    "Harm Reduction International",
    "HRI",
    "Amnesty International",
    "Human Rights Watch",
    "HRW",
    "UNODC",
    "EUDA",
    "EMCDDA",
    "IDPC",
    "Talking Drugs",
    "Release",
];

#[derive(Deserialize)]
struct File {
    language: String,
    texts: BTreeMap<String, Entry>,
}

#[derive(Deserialize)]
struct Entry {
    of: String,
    text: String,
}

/// Every English panel text by key, built with the app's own key functions.
fn english() -> BTreeMap<String, String> {
    let p = parse_policies(include_str!("../assets/data/policies.json")).unwrap();
    let mut out = BTreeMap::new();
    for c in &p.countries {
        if let Some(n) = &c.note {
            out.insert(note_key(c.id), n.clone());
        }
        for t in Theme::ALL {
            let Some(e) = c.theme(t) else { continue };
            out.insert(summary_key(c.id, t), e.summary.clone());
            for (i, ev) in e.history.iter().enumerate() {
                out.insert(event_key(c.id, t, i), ev.note.clone());
            }
        }
        for (i, f) in c.facts.iter().enumerate() {
            out.insert(fact_key(c.id, i), f.text.clone());
        }
    }
    for (i, f) in p.global_facts.iter().enumerate() {
        out.insert(global_key(i), f.text.clone());
    }
    out
}

fn files() -> Vec<(String, File)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("data/translations").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let file: File = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("data/translations/{name}: {e}"));
        out.push((name, file));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_key_names_an_english_text() {
    let english = english();
    for (name, file) in files() {
        assert_eq!(format!("{}.json", file.language), name, "data/translations/{name}: language");
        for key in file.texts.keys() {
            assert!(english.contains_key(key), "data/translations/{name}: {key}: no English text has this key");
        }
    }
}

#[test]
fn translations_keep_every_number_and_name() {
    let english = english();
    let mut faults = Vec::new();
    for (name, file) in files() {
        for (key, t) in &file.texts {
            let Some(en) = english.get(key) else { continue };
            if fingerprint(en) != t.of {
                continue; // stale: the panel shows the English
            }
            // Every number of the English, as often; a translation may repeat one (a law's name
            // glossed in brackets) but never bring a number the English does not have.
            let (want, got) = (numbers(en), numbers(&t.text));
            let mut missing = want.clone();
            for n in &got {
                if let Some(i) = missing.iter().position(|m| m == n) {
                    missing.remove(i);
                }
            }
            let foreign: Vec<&String> = got.iter().filter(|n| !want.contains(n)).collect();
            if !missing.is_empty() || !foreign.is_empty() {
                faults.push(format!(
                    "data/translations/{name}: {key}: numbers {want:?} in the English, {got:?} in the translation"
                ));
            }
            for kept in KEPT_NAMES {
                let word = |s: &str| {
                    s.match_indices(kept).any(|(i, _)| {
                        // Latin-letter boundaries: Arabic joins "و" (and) to the next word.
                        let before = s[..i].chars().last().is_none_or(|c| !c.is_ascii_alphanumeric());
                        let after = s[i + kept.len()..].chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
                        before && after
                    })
                };
                // "Release" is also an English word: only the organisation's name counts.
                if kept == "Release" && !en.contains("Release (") && !en.contains("Release/") {
                    continue;
                }
                if word(en) && !word(&t.text) {
                    faults.push(format!("data/translations/{name}: {key}: '{kept}' must stay as in the English"));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{} fault(s):\n{}", faults.len(), faults.join("\n"));
}

#[test]
fn coverage_per_language() {
    let english = english();
    for (name, file) in files() {
        let (mut current, mut stale) = (0, 0);
        for (key, en) in &english {
            match file.texts.get(key) {
                Some(t) if t.of == fingerprint(en) => current += 1,
                Some(_) => stale += 1,
                None => {}
            }
        }
        println!(
            "{name}: {current} of {} panel texts current, {stale} stale, {} missing",
            english.len(),
            english.len() - current - stale
        );
    }
}
