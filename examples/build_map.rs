//! Writes the first-view data files from the committed sources, so the browser neither projects
//! shapes nor parses the full dataset before the map is usable:
//! - `shapes.txt`: the shapes of `countries.geojson` projected once with Equal Earth into the map's viewBox;
//! - `statuses.txt`: every country's status per theme from `policies.json`, without the details;
//! - `detail/`: finer outlines (Natural Earth 1:10m, `data/shapes/countries-10m.geojson`) projected with
//!   the same fit, in tiles of neighbouring countries, fetched only when the map is zoomed in.
//!
//! - `index.html`: the map as static SVG, with the header and legend, between the `static-map`
//!   markers, so every country is painted before the app starts (see `src/prerender.rs`).
//!
//! `cargo run --example build_map [OUT_DIR [INDEX_HTML]]` (defaults `assets/data`, `index.html`;
//! the page is always read from `index.html`). `scripts/test.sh` checks that
//! the committed files are up to date.

use drug_policy_map::model::i18n::since_year;
use drug_policy_map::model::{parse_countries, parse_policies, statuses_text, Theme};
use drug_policy_map::prerender::{splice, static_page};
use drug_policy_map::world::{detail_index_text, detail_tile_text, World};
use std::path::PathBuf;

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "assets/data".to_string()));
    let geometries = parse_countries(&read("assets/data/countries.geojson")).unwrap_or_else(|e| panic!("{e}"));
    let world = World::build(&geometries);
    let policies = parse_policies(&read("assets/data/policies.json")).unwrap_or_else(|e| panic!("{e}"));
    assert!(policies.issues.is_empty(), "policies.json has faults; fix them first: {:?}", policies.issues);
    for (name, text) in [("shapes.txt", world.to_text()), ("statuses.txt", statuses_text(&policies))] {
        let path = out.join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }
    // The default view: today, in the default theme.
    let theme = Theme::DEFAULT;
    let column = world.shown_column(Some(&policies), theme, None);
    let since: Vec<_> =
        world.shapes.iter().map(|s| policies.country(s.id).and_then(|c| c.theme(theme)).and_then(since_year)).collect();
    let page = splice(&read("index.html"), &static_page(&world, &column, &since, theme))
        .expect("index.html lacks the static-map markers");
    let index_out = std::env::args().nth(2).unwrap_or_else(|| "index.html".to_string());
    std::fs::write(&index_out, page).unwrap_or_else(|e| panic!("write {index_out}: {e}"));
    // Tiles of at most about 30 KB brotli: path text compresses about 2.5 times.
    let detailed = parse_countries(&read("data/shapes/countries-10m.geojson")).unwrap_or_else(|e| panic!("{e}"));
    let tiles = world.detail_tiles(&detailed, 72_000);
    let dir = out.join("detail");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    std::fs::write(dir.join("index.txt"), detail_index_text(&tiles)).expect("write detail/index.txt");
    for t in &tiles {
        std::fs::write(dir.join(&t.file), detail_tile_text(t)).unwrap_or_else(|e| panic!("write {}: {e}", t.file));
    }
    eprintln!("{}: detail/ ({} tiles)", out.display(), tiles.len());
    eprintln!(
        "{}: shapes.txt ({} shapes), statuses.txt ({} countries)",
        out.display(),
        world.shapes.len(),
        policies.countries.len()
    );
}
