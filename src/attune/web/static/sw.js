// Attune service worker: keeps the pages a person may need with no network — Get help now (/help),
// /learn, the breathing pacer (/pacer and any /practice/… page once opened) — and the app shell.
// Everything else goes to the network; with no network, a short page points to what still works.
// Nothing a person wrote is ever cached: only the pages listed here, which hold no personal text.
// The server replaces __VERSION__ with a hash of the static files and the practice list, so a new
// release replaces the cache, and __PRACTICE_PAGES__ with the practice pages (/practices, /practice/<slug>).
"use strict";

var CACHE = "attune-offline-__VERSION__";
var PAGES = ["/help", "/learn", "/pacer", "/offline"].concat(/* practice pages */ __PRACTICE_PAGES__);
var ASSETS = ["/static/app.css", "/static/app.js", "/static/pacer.js", "/static/icons/icon.svg",
  "/static/icons/icon-192.png", "/manifest.webmanifest"];
var KEEP = /^\/(help|learn|pacer|offline|practices)$|^\/practice\/[a-z0-9-]+$/;

// Cached copies are fetched without the cookie, so they are the signed-out versions of these pages.
function store(cache, path) {
  return fetch(path, { credentials: "omit", cache: "no-store", redirect: "error" }).then(function (response) {
    if (response.ok) return cache.put(path, response);
  }).catch(function () { /* try again on the next visit */ });
}

function refresh() {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(PAGES.concat(ASSETS).map(function (path) { return store(cache, path); }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(refresh().then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("attune-") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function fromCache(path) {
  return caches.open(CACHE).then(function (cache) { return cache.match(path); });
}

function offlinePage() {
  return fromCache("/offline").then(function (page) {
    return page || new Response("You're offline. If you might be in danger, please call your local emergency number.",
      { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  });
}

// Pages kept for offline: the network first (fresh crisis lines), the kept copy when it fails.
function keptPage(request, path) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected && response.type === "basic") {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(path, copy); });
    }
    return response;
  }).catch(function () {
    return fromCache(path).then(function (page) { return page || offlinePage(); });
  });
}

// Static files: the kept copy at once, refreshed in the background.
function asset(request, path) {
  return fromCache(path).then(function (kept) {
    var fresh = fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { return cache.put(path, copy); });
      }
      return response;
    });
    return kept || fresh;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/signout") {
    // Replace any signed-in copies with signed-out ones.
    event.waitUntil(caches.delete(CACHE).then(refresh));
    return;
  }
  if (request.method !== "GET") return;
  if (ASSETS.indexOf(url.pathname) !== -1) {
    event.respondWith(asset(request, url.pathname));
  } else if (request.mode === "navigate" && KEEP.test(url.pathname)) {
    event.respondWith(keptPage(request, url.pathname));
  } else if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(offlinePage));
  }
});

// Reminders by web push (when the server has a push key and the person allowed notifications).
// Gentle by default: one notification at a time, replaced rather than stacked, no sound asked for.
self.addEventListener("push", function (event) {
  var data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  var practice = data.kind === "practice";
  var title = data.title || (practice ? "A few minutes to practise" : "A gentle moment to check in");
  var body = data.body || (practice ? "If you have a moment. Skipping is fine too."
    : "If now is a good time, how are you? If not, let this one pass.");
  event.waitUntil(self.registration.showNotification(title, {
    body: body, icon: "/static/icons/icon-192.png", badge: "/static/icons/icon-192.png", tag: "attune-reminder",
    renotify: false, silent: true, data: { url: data.url || (practice ? "/pacer" : "/checkin") }
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var url = (event.notification.data && event.notification.data.url) || "/checkin";
  if (url.charAt(0) !== "/") url = "/checkin";  // only ever open Attune's own pages
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if ("focus" in windows[i]) return windows[i].navigate(url).then(function (w) { return w && w.focus(); });
    }
    return self.clients.openWindow(url);
  }));
});
