// Service worker: after one visit the whole map works offline (classrooms without wifi).
// Pages and data: network first, so a new deployment is picked up as soon as there is a network;
// the cache answers only when the network does not. Hashed build files never change, so they are
// served from the cache first. Each build has its own cache, named and listed at build time by
// scripts/sw-manifest.mjs (a Trunk post_build hook); activating a new build deletes the old caches.
const CACHE = "drug-policy-map-dev";
const PRECACHE = ["./"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

// Trunk writes the hash as hex without leading zeros, so it can be shorter than 16 digits.
const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css)$/;

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const key = event.request.mode === "navigate" ? "./" : event.request;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(key).then((hit) => hit ?? fetchAndStore(event.request, key)));
  } else {
    event.respondWith(fetchAndStore(event.request, key).catch(() => caches.match(key, { ignoreSearch: true })));
  }
});

async function fetchAndStore(request, key) {
  const response = await fetch(request);
  // Only the current build's cache is written to; an old worker still running never adds to it.
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}
