//! The dataset as CSV: one row per country, every theme's status and year, with sources.

use super::{Policies, Theme};

fn cell(s: &str) -> String {
    // Formula-looking cells are prefixed so spreadsheets do not execute them (OWASP's list: a
    // leading tab or carriage return can also start a formula).
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Where the exported image puts the legend and the source line, below a 1000×500 map that starts
/// at y = 45: the image grows with the legend, so its last row never runs into the source line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportLayout {
    /// Baseline of the first legend row.
    pub legend_top: f64,
    pub row_height: f64,
    pub columns: usize,
    /// Baseline of the source line.
    pub source_y: f64,
    pub height: f64,
}

pub fn export_layout(legend_entries: usize) -> ExportLayout {
    let (legend_top, row_height, columns) = (572.0, 22.0, 3);
    let rows = legend_entries.div_ceil(columns).max(1);
    let last_row = legend_top + (rows - 1) as f64 * row_height;
    let source_y = last_row + 28.0;
    ExportLayout { legend_top, row_height, columns, source_y, height: source_y + 14.0 }
}

/// CSV with a header row and one row per country in the dataset.
pub fn to_csv(p: &Policies) -> String {
    let mut header = vec!["iso3".to_string(), "name".into(), "reviewed".into()];
    for t in Theme::ALL {
        header.push(t.code().into());
        header.push(format!("{}_since", t.code()));
    }
    header.push("sources".into());
    let mut out = header.join(",");
    out.push_str("\r\n");
    for c in &p.countries {
        let mut row = vec![cell(c.id.as_str()), cell(&c.name), cell(&c.reviewed)];
        let mut urls: Vec<&str> = Vec::new();
        for t in Theme::ALL {
            let entry = c.theme(t);
            row.push(entry.map_or(String::new(), |e| e.status.code().to_string()));
            row.push(entry.and_then(|e| e.since).map_or(String::new(), |y| y.to_string()));
            for id in entry.map(|e| e.sources.as_slice()).unwrap_or_default() {
                if let Some(s) = p.sources.get(id) {
                    if !urls.contains(&s.url.as_str()) {
                        urls.push(&s.url);
                    }
                }
            }
        }
        row.push(cell(&urls.join(" ")));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_policies;

    #[test]
    fn one_row_per_country_with_a_header() {
        let p = parse_policies(include_str!("../../tests/fixtures/policies_small.json")).unwrap();
        let csv = to_csv(&p);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + p.countries.len());
        assert!(lines[0].starts_with("iso3,name,reviewed,death_penalty,death_penalty_since,decriminalisation"));
        assert!(lines[1].starts_with("PRT,Portugal,2026-11-23,,,de_jure_all,2001,"));
        assert!(lines[1].ends_with("https://example.org/law https://example.org/hri"));
    }

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("\t=1+1"), "'\t=1+1");
        assert_eq!(cell("\r=1+1"), "\"'\r=1+1\"");
        assert_eq!(cell("1+1"), "1+1");
    }

    #[test]
    fn the_legend_never_runs_into_the_source_line() {
        for n in 0..=20 {
            let l = export_layout(n);
            let last_row = l.legend_top + (n.max(1).div_ceil(l.columns) - 1) as f64 * l.row_height;
            // 14 px text: the source line's top (baseline - 12) is below the last row's baseline + descent.
            assert!(l.source_y - 12.0 >= last_row + 6.0, "{n} entries: {l:?}");
            assert!(l.height >= l.source_y + 4.0, "{n} entries: the source line is inside the image");
        }
    }
}
