// Loaded `async` in <head>, before the page's map is parsed: keeps the last country clicked on the
// page's own map before the app has started (in `<html data-pending-country>`), so the app can
// answer it when it starts (`actions::answer_early_click`). Listening on the document, it is in
// place whatever has been parsed; once the app has adopted the shapes, their map is no longer
// `#static-map` and this does nothing.
document.addEventListener(
  "click",
  (event) => {
    const id = event.target.closest?.("#static-map [data-iso3]")?.getAttribute("data-iso3");
    if (id) document.documentElement.dataset.pendingCountry = id;
  },
  true,
);
