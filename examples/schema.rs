//! Writes the JSON Schemas of the hand-edited data files into `data/schema/` (or the folder given),
//! generated from the parser's types: `cargo run --example schema --features schema`.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data/schema".to_string());
    std::fs::create_dir_all(&dir).expect("create the schema folder");
    for (name, schema) in drug_policy_map::model::json_schemas() {
        let text = serde_json::to_string_pretty(&schema).expect("serialise") + "\n";
        std::fs::write(format!("{dir}/{name}"), text).expect("write a schema");
    }
}
