//! The stylesheet against the enums: every status the map can show has its colour, its legend
//! swatch, and its filter and preview rules, so a new status cannot ship unstyled.

use drug_policy_map::model::{Shown, Status, Theme};
use std::collections::BTreeSet;

fn css() -> String {
    std::fs::read_to_string("styles/app.css").unwrap()
}

fn every_shown() -> BTreeSet<&'static str> {
    Theme::ALL.into_iter().flat_map(Shown::legend).map(Shown::code).collect()
}

#[test]
fn every_status_has_a_filter_and_a_preview_rule() {
    let css = css();
    for code in every_shown() {
        for mode in ["filter", "preview"] {
            let rule = format!(r#".map[data-{mode}="{code}"] :is(.country, .marker):not([data-status="{code}"])"#);
            assert!(css.contains(&rule), "styles/app.css: no legend {mode} rule for status {code}: add `{rule}`");
        }
    }
}

#[test]
fn the_filter_and_preview_rules_name_only_real_statuses() {
    let css = css();
    let known = every_shown();
    for mode in ["filter", "preview"] {
        let marker = format!(r#".map[data-{mode}=""#);
        for (i, _) in css.match_indices(&marker) {
            let code: String = css[i + marker.len()..].chars().take_while(|c| *c != '"').collect();
            assert!(known.contains(code.as_str()), "styles/app.css: {mode} rule for unknown status {code}");
        }
    }
}

#[test]
fn every_theme_status_has_its_colour() {
    let css = css();
    for theme in Theme::ALL {
        for &status in theme.statuses().iter().filter(|s| **s != Status::NotConfirmed) {
            let (t, s) = (theme.code(), status.code());
            let rule = format!(r#":is([data-theme="{t}"], [data-theme-section="{t}"]) [data-status="{s}"]"#);
            assert!(css.contains(&rule), "styles/app.css: no colour for {t} / {s}: add `{rule} {{ --c: … }}`");
        }
    }
}

#[test]
fn the_reasons_for_no_status_have_a_fill_on_the_map_and_in_the_legend() {
    let css = css();
    let reasons = [Shown::UnknownForYear, Shown::NoData, Shown::NotApplicable, Shown::Status(Status::NotConfirmed)];
    for code in reasons.map(Shown::code) {
        for selector in [format!(r#".country[data-status="{code}"]"#), format!(r#".swatch rect[data-status="{code}"]"#)]
        {
            assert!(css.contains(&selector), "styles/app.css: no rule for `{selector}`");
        }
    }
}
