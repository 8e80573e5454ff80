//! Entry point: installs the panic hook, mounts the app and retires the static page. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(drug_policy_map::App);
    // The app is in place, with the page's map moved into it: the rest of the static page goes in
    // the same task, so no frame shows both.
    drug_policy_map::data::retire_static_page();
}
