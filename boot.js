// Starts the app. A separate file rather than Trunk's inline loader, so the page runs under a
// strict Content-Security-Policy (script-src 'self'). Trunk fills in the hashed file names.
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

// Offline support: cache the app and its data after the first visit.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js").catch(() => {});
}
