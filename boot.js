// Starts the app. A separate file rather than Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self'). Trunk fills in the hashed file names.
// If the WebAssembly cannot load or start (an old browser, a blocked or truncated file), the page
// says so and links to the data instead of staying blank.
const tag = document.querySelector("script[data-wasm]");

// A click on the page's map before the app starts is kept by early.js (loaded earlier, async).

function showStartFailure(error) {
  const box = document.getElementById("start-failure");
  if (!box || document.querySelector(".app:not(.static-shell)")) return;
  // The page's map stays; its controls, which need the app, are hidden.
  document.documentElement.classList.add("start-failed");
  const detail = box.querySelector("[data-detail]");
  if (detail) detail.textContent = String(error?.message ?? error).slice(0, 200);
  box.hidden = false;
  console.error("drug-policy-map could not start:", error);
}

// A visitor who asked for Spanish, French or Arabic (in the link, else in the browser) needs that
// language's interface strings: start fetching them now, in parallel with the app.
const wanted = new URLSearchParams(location.search).get("lang") ?? navigator.language ?? "";
const lang = wanted.toLowerCase().split(/[-_]/)[0];
if (["es", "fr", "ar"].includes(lang)) {
  const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", href: `assets/i18n/${lang}.json`, crossOrigin: "anonymous" });
  document.head.append(link);
}

// The WebAssembly downloads and compiles (off the main thread) while the page paints its own map;
// the app's start-up task runs after that first frame, so it never holds the map back (and the
// page's own text stays the largest paint). A hidden page starts at once; a frame whose painting is
// throttled (an embed scrolled out of view) starts after a second anyway.
const compiled = WebAssembly.compileStreaming?.(fetch(tag.dataset.wasm)).catch(() => null);
const painted =
  document.visibilityState === "hidden"
    ? Promise.resolve()
    : new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, 1000);
      });

try {
  const { default: init } = await import(tag.dataset.js);
  await painted;
  // A server that does not label the file application/wasm defeats streaming compilation: then the
  // glue fetches and compiles it itself.
  await init({ module_or_path: (await compiled) ?? tag.dataset.wasm });
} catch (error) {
  showStartFailure(error);
}

// Offline support: cache the app and its data after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(() => {});
}
