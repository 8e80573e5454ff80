// Service worker: after one visit the whole map works offline (classrooms without wifi).
// Pages and data: network first, so a new deployment is picked up as soon as there is a network;
// the cache answers only when the network does not. Hashed build files never change, so they are
// served from the cache first. The install step caches everything the page needs.
const CACHE = "drug-policy-map-v2";
const DATA = ["assets/data/shapes.txt", "assets/data/statuses.txt", "assets/data/policies.json", "assets/data/names.json"];

async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./", { cache: "no-cache" });
  const html = await response.clone().text();
  await cache.put("./", response);
  const assets = [...html.matchAll(/(?:href|src|data-js|data-wasm)="\.?\/?([^"#?]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  await cache.addAll([...new Set([...assets, ...DATA])]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/;

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
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(key, response.clone());
  }
  return response;
}
