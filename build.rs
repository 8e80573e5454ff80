//! Generates `Text`, the keys of the interface strings, from the English file
//! `assets/i18n/en.json`, so a key used in Rust and missing from the file does not compile.
//! For a split build (feature `split`, on wasm32) it also keeps the linker's relocations.

use std::fmt::Write;

fn main() {
    // The wasm splitter (scripts/wasm-split.mjs) reads the relocations to cut the module at its
    // #[lazy] functions. Only there: an unsplit build would ship them (megabytes wasm-opt keeps).
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32")
    {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
    let path = "assets/i18n/en.json";
    println!("cargo::rerun-if-changed={path}");
    let json = std::fs::read_to_string(path).expect("assets/i18n/en.json");
    // The keys of the "text" object: a flat object of "key": "string" lines, as written by hand or
    // by any JSON formatter. A small scan keeps the build free of a JSON dependency.
    let start = json.find("\"text\": {").expect("en.json has a \"text\": { … } object");
    let body = &json[start..];
    let open = body.find('{').expect("\"text\": {");
    let close = body[open..].find('}').expect("the \"text\" object ends") + open;
    let mut keys: Vec<String> = body[open + 1..close]
        .split("\",")
        .filter_map(|entry| entry.trim().strip_prefix('"').and_then(|e| e.split('"').next()).map(str::to_string))
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    let mut out = String::from("/// One interface string; its text is `text.<key>` in `assets/i18n/<lang>.json`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Text {\n");
    let variant = |k: &str| -> String { k.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect() };
    for k in &keys {
        writeln!(out, "    {},", variant(k)).unwrap();
    }
    out.push_str(
        "}\n\nimpl Text {\n    /// Every interface string, for the tests.\n    pub const ALL: &'static [Text] = &[\n",
    );
    for k in &keys {
        writeln!(out, "        Text::{},", variant(k)).unwrap();
    }
    out.push_str("    ];\n\n    /// The string's key in the language files.\n    pub fn key(self) -> &'static str {\n        match self {\n");
    for k in &keys {
        writeln!(out, "            Text::{} => \"text.{k}\",", variant(k)).unwrap();
    }
    out.push_str("        }\n    }\n}\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("text_keys.rs");
    std::fs::write(dest, out).unwrap();
}
