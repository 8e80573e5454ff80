// The page's own first answers, before the app has started. Loaded `async` in <head>, so it listens
// from the first parse; once the app has adopted the map, nothing here matches any more.
// - A click on a country on the page's map opens the panel's first lines at once (the template the
//   build writes, `#first-panel`), and is kept in `<html data-pending-country>` so the app opens the
//   full panel when it starts (`actions::answer_early_click`).
// - A click on one of the page's controls is kept in `<html data-pending-control>`; boot.js clicks
//   the app's own control when it is there.
// - Either asks boot.js for the app (which it also fetches on any other sign of use).
// - A country under the pointer is highlighted as the app highlights it.
const root = document.documentElement;
const shell = () => document.getElementById("static-shell");

// Asks boot.js for the app, whether or not it has run yet.
function wantApp() {
  if (root.hasAttribute("data-app-wanted")) return;
  root.setAttribute("data-app-wanted", "");
  document.dispatchEvent(new Event("app-wanted"));
}

function closePanel() {
  shell()?.querySelector(".first-panel")?.remove();
  shell()?.classList.remove("panel-open");
  root.removeAttribute("data-pending-country");
}

function openPanel(shape) {
  const template = document.getElementById("first-panel");
  const stage = shell()?.querySelector(".stage");
  if (!template || !stage) return;
  // A small country's marker stands for its shape, which carries the years.
  const path = stage.querySelector(`path[data-iso3="${shape.getAttribute("data-iso3")}"]`) ?? shape;
  const status = path.getAttribute("data-status");
  const [since, reported] = [path.getAttribute("data-since"), path.getAttribute("data-reported")];
  const when = since ? template.dataset.sinceText.replace("{y}", since) : reported ? template.dataset.reportedText.replace("{y}", reported) : "";
  const panel = template.content.firstElementChild.cloneNode(true);
  panel.querySelector("h2").textContent = shape.getAttribute("data-name");
  panel.querySelector("[data-theme-section]").setAttribute("data-status", status);
  panel.querySelector(".status-chip").setAttribute("data-status", status);
  panel.querySelector(".status-line strong").textContent = template.getAttribute(`data-label-${status}`) ?? "";
  panel.querySelector(".status-line span:last-child").textContent = when;
  panel.querySelector(".close").addEventListener("click", closePanel);
  stage.querySelector(".first-panel")?.remove();
  stage.append(panel);
  shell().classList.add("panel-open");
  panel.querySelector("h2").focus({ preventScroll: true });
}

// What identifies one of the page's controls in the app's markup, which mirrors it (see
// src/prerender.rs): its class and distinguishing attribute, or, for the toolbar's plain buttons,
// its text.
function controlKey(button) {
  const cls = button.classList[0];
  for (const attr of ["data-theme", "lang", "data-status"]) {
    if (cls && button.hasAttribute(attr)) return { selector: `button.${cls}[${attr}="${button.getAttribute(attr)}"]` };
  }
  if (cls) return { selector: `button.${cls}` };
  const group = button.closest("[class]");
  return group && { selector: `.${group.classList[0]} button`, text: button.textContent.trim() };
}

document.addEventListener(
  "click",
  (event) => {
    const target = event.target;
    if (!target.closest?.("#static-shell") || target.closest(".first-panel")) return;
    wantApp();
    const shape = target.closest("#static-map [data-iso3]");
    if (shape) {
      root.setAttribute("data-pending-country", shape.getAttribute("data-iso3"));
      openPanel(shape);
      return;
    }
    const button = target.closest("button");
    const key = button && controlKey(button);
    if (key) root.setAttribute("data-pending-control", JSON.stringify(key));
  },
  true,
);

// Hover shows as the app shows it (`.hovered`, whose binding the app takes over with the shapes).
document.addEventListener(
  "pointerover",
  (event) => {
    const shape = event.target.closest?.("#static-map path.country");
    const was = document.querySelector("#static-map path.hovered");
    if (was !== shape) was?.classList.remove("hovered");
    shape?.classList.add("hovered");
  },
  true,
);

document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && shell()?.querySelector(".first-panel")) closePanel();
});
