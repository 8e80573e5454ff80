//! The dependency rule, checked on the source: no import cycles among the files of `src/`, a pure
//! core (`model`, `geo`) that never touches Leptos or the browser, components that import only the
//! children they render, and every context type in `state.rs`. See CONTRIBUTING.md.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// A source file: its module path (`components::toolbar::share`) and its text without tests.
struct File {
    module: String,
    text: String,
}

fn files() -> Vec<File> {
    fn walk(dir: &Path, out: &mut Vec<File>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix("src").unwrap().with_extension("");
                let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                    parts.pop();
                }
                let text = fs::read_to_string(&path).unwrap();
                // Unit tests may reach anywhere in their own file.
                let text = text.split("#[cfg(test)]").next().unwrap().to_string();
                out.push(File { module: parts.join("::"), text });
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new("src"), &mut out);
    out
}

/// Every `use` statement, with its groups expanded: `use a::{b, c::{d}}` gives `a::b`, `a::c::d`.
/// `pub use` re-exports are left out: a facade passes names through and adds no dependency.
fn use_paths(text: &str) -> Vec<String> {
    fn expand(prefix: &str, body: &str, out: &mut Vec<String>) {
        let body = body.trim();
        if let Some(open) = body.find('{') {
            let head = body[..open].trim_end_matches("::");
            let inner = &body[open + 1..body.rfind('}').unwrap()];
            let (mut depth, mut start) = (0, 0);
            let mut items = Vec::new();
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(&inner[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            items.push(&inner[start..]);
            for item in items.into_iter().filter(|i| !i.trim().is_empty()) {
                expand(&join(prefix, head), item, out);
            }
        } else {
            out.push(join(prefix, body.split(" as ").next().unwrap().trim()));
        }
    }
    fn join(a: &str, b: &str) -> String {
        if a.is_empty() {
            b.to_string()
        } else if b.is_empty() {
            a.to_string()
        } else {
            format!("{a}::{b}")
        }
    }
    let mut out = Vec::new();
    for statement in text.split(';') {
        let s = statement.trim();
        let s = s.rsplit('\n').filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>();
        let s = s.into_iter().rev().collect::<Vec<_>>().join("\n");
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("use ") {
            expand("", rest, &mut out);
        }
    }
    out
}

/// Paths written inline in code, such as `crate::model::i18n::url_ignored(..)`.
fn inline_paths(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.starts_with("//") && !l.starts_with("use ")) {
        for (i, _) in line.match_indices("crate::").chain(line.match_indices("super::")) {
            if i > 0 && line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String =
                line[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            out.push(path.trim_end_matches(':').to_string());
        }
    }
    out
}

/// The module a path lands in (the longest prefix that is a file), and the name it imports.
fn resolve(
    path: &str,
    from: &str,
    children: &BTreeSet<String>,
    modules: &BTreeSet<String>,
) -> Option<(String, String)> {
    let mut segs: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = from.split("::").filter(|s| !s.is_empty()).collect();
    match segs.first().copied() {
        Some("crate") => {
            base.clear();
            segs.remove(0);
        }
        Some("super") => {
            while segs.first() == Some(&"super") {
                base.pop();
                segs.remove(0);
            }
        }
        Some(first) if children.contains(first) => {}
        _ => return None, // an external crate or a name in scope
    }
    let full: Vec<&str> = base.into_iter().chain(segs).collect();
    let name = full.last().map(|s| s.to_string()).unwrap_or_default();
    (0..=full.len()).rev().map(|n| full[..n].join("::")).find(|m| modules.contains(m)).map(|m| (m, name))
}

/// Each file's imports: the module it imports from, and the name.
type Edges = BTreeMap<String, BTreeSet<(String, String)>>;

fn graph() -> (Vec<File>, Edges) {
    let files = files();
    let modules: BTreeSet<String> = files.iter().map(|f| f.module.clone()).collect();
    let mut edges = Edges::new();
    for f in &files {
        let children: BTreeSet<String> = f
            .text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("mod ").or_else(|| l.trim().strip_prefix("pub mod ")))
            .map(|l| l.trim_end_matches(';').to_string())
            .collect();
        let entry = edges.entry(f.module.clone()).or_default();
        for path in use_paths(&f.text).into_iter().chain(inline_paths(&f.text)) {
            if let Some((target, name)) = resolve(&path, &f.module, &children, &modules) {
                if target != f.module {
                    entry.insert((target, name));
                }
            }
        }
    }
    (files, edges)
}

#[test]
fn no_import_cycles_among_the_files_of_src() {
    let (_, edges) = graph();
    // Depth-first search; a grey node met again closes a cycle.
    fn visit<'a>(
        node: &'a str,
        edges: &'a Edges,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        state.insert(node, 1);
        stack.push(node);
        for (next, _) in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let start = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle: Vec<String> = stack[start..].iter().map(|s| s.to_string()).collect();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node, 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node.as_str()) {
            if let Some(cycle) = visit(node, &edges, &mut state, &mut Vec::new()) {
                panic!("import cycle: {}", cycle.join(" -> "));
            }
        }
    }
}

#[test]
fn the_pure_core_never_touches_leptos_or_the_browser() {
    let (files, edges) = graph();
    for f in files.iter().filter(|f| f.module.starts_with("model") || f.module.starts_with("geo")) {
        for banned in ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            assert!(!f.text.contains(&format!("{banned}::")), "src/{}: uses {banned}", f.module.replace("::", "/"));
        }
        for (target, _) in &edges[&f.module] {
            assert!(
                target.starts_with("model") || target.starts_with("geo"),
                "src/{}: imports {target}; the pure core imports only model and geo",
                f.module.replace("::", "/")
            );
        }
    }
}

#[test]
fn components_import_only_the_children_they_render() {
    let (files, edges) = graph();
    let components: BTreeSet<&str> =
        files.iter().filter(|f| f.text.contains("#[component]")).map(|f| f.module.as_str()).collect();
    for f in files.iter().filter(|f| f.module.starts_with("components")) {
        for (target, name) in &edges[&f.module] {
            if components.contains(target.as_str()) {
                assert!(
                    f.text.contains(&format!("<{name}")),
                    "src/{}: imports {name} from {target} without rendering it; shared types belong in state, \
                     data or actions",
                    f.module.replace("::", "/")
                );
            }
        }
    }
    // Nothing outside the components imports them, except the entry points.
    for f in files.iter().filter(|f| !f.module.starts_with("components") && !f.module.is_empty()) {
        for (target, _) in &edges[&f.module] {
            assert!(!target.starts_with("components"), "src/{}: imports {target}", f.module.replace("::", "/"));
        }
    }
}

#[test]
fn every_context_type_lives_in_state() {
    let (files, _) = graph();
    let state = &files.iter().find(|f| f.module == "state").unwrap().text;
    for f in &files {
        for marker in ["expect_context::<", "use_context::<"] {
            for (i, _) in f.text.match_indices(marker) {
                let ty: String = f.text[i + marker.len()..].chars().take_while(|c| c.is_alphanumeric()).collect();
                assert!(
                    state.contains(&format!("pub struct {ty}")),
                    "src/{}: context type {ty} is not defined in src/state.rs",
                    f.module.replace("::", "/")
                );
            }
        }
    }
}

#[test]
fn the_rule_itself_finds_a_cycle_and_a_sibling_import() {
    let paths = use_paths("use super::{app::LoadedPolicies, dialog::Dialog};\nuse crate::model::{self as m, Theme};");
    assert_eq!(
        paths,
        ["super::app::LoadedPolicies", "super::dialog::Dialog", "crate::model::self", "crate::model::Theme"]
    );
    let modules: BTreeSet<String> = ["components::app", "components::dialog", "model"].map(String::from).into();
    let r = resolve("super::app::LoadedPolicies", "components::legend", &BTreeSet::new(), &modules);
    assert_eq!(r, Some(("components::app".into(), "LoadedPolicies".into())));
    assert_eq!(inline_paths("    let x = crate::model::Theme::ALL;"), ["crate::model::Theme::ALL"]);
}
