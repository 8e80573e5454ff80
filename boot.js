// Starts the app. A separate file rather than Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self'). Trunk fills in the hashed file names.
// If the WebAssembly cannot load or start (an old browser, a blocked or truncated file), the page
// says so and links to the data instead of staying blank.
//
// When: the page already shows the map, its legend and a country's first lines (first-view.js), so
// the app is fetched on the visitor's first sign of use (or a click first-view.js kept before this ran),
// or at once when this page cannot show what was asked for: an address with a view in it (a shared
// link, an embed), a browser asking for Spanish, French or Arabic, or a visit the service worker
// answers from its cache (nothing to download).
const tag = document.querySelector("script[data-wasm]");
const root = document.documentElement;

function showStartFailure(error) {
  const box = document.getElementById("start-failure");
  if (!box || document.querySelector(".app:not(.static-shell)")) return;
  // The page's map stays; its controls, which need the app, are hidden.
  root.classList.add("start-failed");
  const detail = box.querySelector("[data-detail]");
  if (detail) detail.textContent = String(error?.message ?? error).slice(0, 200);
  box.hidden = false;
  console.error("drug-policy-map could not start:", error);
}

// Campaign links carry tracking tags; they ask for nothing the page does not show.
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$)/;
const params = new URLSearchParams(location.search);
const wanted = params.get("lang") ?? navigator.language ?? "";
const lang = wanted.toLowerCase().split(/[-_]/)[0];
const foreign = ["es", "fr", "ar"].includes(lang);
const eager =
  [...params.keys()].some((key) => !TRACKING.test(key)) ||
  location.hash.length > 1 ||
  foreign ||
  Boolean(navigator.serviceWorker?.controller);

// After the first frame, so the start-up task never holds back the page's own map (at most a
// second: a frame whose painting is throttled, such as an embed scrolled out of view, starts anyway).
const painted = () =>
  document.visibilityState === "hidden"
    ? Promise.resolve()
    : new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, 1000);
      });

// The app's files and the statuses of every theme, with their integrity hashes, wait in a template
// until now (scripts/defer-app.mjs moves Trunk's preload links there).
function preload() {
  const links = document.getElementById("app-preloads");
  if (links) document.head.append(links.content.cloneNode(true));
  // A visitor who asked for Spanish, French or Arabic needs that language's interface strings.
  if (foreign) {
    const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", href: `assets/i18n/${lang}.json`, crossOrigin: "anonymous" });
    document.head.append(link);
  }
}

// A click on one of the page's controls before the app was there: click the app's own control once
// it is mounted (the header's controls mount a few tasks after the map).
function replayControl(frames = 120) {
  const raw = root.getAttribute("data-pending-control");
  if (!raw) return;
  let key = null;
  try {
    key = JSON.parse(raw);
  } catch {}
  const found =
    typeof key?.selector === "string" &&
    [...document.querySelectorAll(`.app:not(.static-shell) ${key.selector}`)].find((e) => !key.text || e.textContent.trim() === key.text);
  if (found) {
    root.removeAttribute("data-pending-control");
    found.click();
  } else if (key && frames > 0) requestAnimationFrame(() => replayControl(frames - 1));
  else root.removeAttribute("data-pending-control");
}

let started = false;
async function start() {
  if (started) return;
  started = true;
  root.dataset.app = "starting";
  preload();
  // The WebAssembly downloads and compiles off the main thread while the glue loads.
  const compiled = WebAssembly.compileStreaming?.(fetch(tag.dataset.wasm)).catch(() => null);
  try {
    const { default: init } = await import(tag.dataset.js);
    await painted();
    // A server that does not label the file application/wasm defeats streaming compilation: then the
    // glue fetches and compiles it itself.
    await init({ module_or_path: (await compiled) ?? tag.dataset.wasm });
  } catch (error) {
    showStartFailure(error);
    return;
  }
  replayControl();
  // Offline support: cache the app and its data once it has started.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("sw.js").catch(() => {});
  }
}

// Started by the visitor, the app waits for the frame that input produces (the page's own answer to
// a click, a highlight), so its loading never delays that answer.
// The first sign of use: a pointer or key, a touch, the wheel or focus; or a click first-view.js kept.
// The first one starts the app and takes every listener away.
const intent = new AbortController();
const startAfterFrame = () => {
  intent.abort();
  requestAnimationFrame(() => setTimeout(start, 0));
};
if (eager) start();
else if (root.hasAttribute("data-app-wanted")) startAfterFrame();
else {
  for (const type of ["app-wanted", "pointerdown", "pointermove", "keydown", "touchstart", "wheel", "focusin"]) {
    document.addEventListener(type, startAfterFrame, { capture: true, passive: true, signal: intent.signal });
  }
}
