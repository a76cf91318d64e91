// Attune: progressive enhancement only; every page works without script.
"use strict";

(function () {
  // Offline: the help page, /learn and the pacer keep working once seen (see /sw.js).
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* offline copy is a bonus */ });
    });
  }

  // The valence–energy grid is a radio group laid out 2 × 2: arrow keys move up, down, left and right
  // (native radios only move back and forth in document order).
  var POSITIONS = { high_unpleasant: [0, 0], high_pleasant: [0, 1], low_unpleasant: [1, 0], low_pleasant: [1, 1] };
  var MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  function squareAt(grid, row, col) {
    for (var key in POSITIONS) {
      if (POSITIONS[key][0] === row && POSITIONS[key][1] === col) {
        return grid.querySelector('input[name="quadrant"][value="' + key + '"]');
      }
    }
    return null;
  }

  function choose(radio) {
    radio.focus();
    if (!radio.checked) {
      radio.checked = true;
      radio.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  document.querySelectorAll("[data-ve-grid]").forEach(function (grid) {
    grid.addEventListener("keydown", function (event) {
      var radio = event.target;
      var move = MOVES[event.key];
      if (!move || !radio.matches || !radio.matches('input[name="quadrant"]')) return;
      var at = POSITIONS[radio.value];
      var row = Math.min(1, Math.max(0, at[0] + move[0]));
      var col = Math.min(1, Math.max(0, at[1] + move[1]));
      var next = squareAt(grid, row, col);
      event.preventDefault();
      if (next) choose(next);
    });
  });

  // Words from a square (or body region) that is no longer chosen are hidden, so they are unticked too.
  document.querySelectorAll("form.checkin").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var region = event.target.id && event.target.id.indexOf("r-") === 0 ? event.target.value : null;
      if (region && !event.target.checked) {
        form.querySelectorAll('[data-region="' + region + '"] input:checked').forEach(function (box) { box.checked = false; });
      }
      if (event.target.name !== "quadrant") return;
      form.querySelectorAll(".word-group").forEach(function (group) {
        if (group.getAttribute("data-quadrant") === event.target.value) return;
        group.querySelectorAll('input[name="words"]:checked').forEach(function (box) { box.checked = false; });
      });
    });
  });

  // Reminders: preselect the device's time zone the first time.
  document.querySelectorAll("select[data-tz-auto='1']").forEach(function (select) {
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && select.querySelector('option[value="' + zone + '"]')) select.value = zone;
    } catch (e) { /* keep UTC */ }
  });

  // Web push, where the browser allows it and the server has a push key.
  function keyBytes(base64url) {
    var padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    var raw = atob(padded);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  document.querySelectorAll("[data-push-setup]").forEach(function (box) {
    var key = box.getAttribute("data-vapid-key");
    if (!key || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
    box.hidden = false;
    var status = box.querySelector("[data-push-status]");
    box.querySelector("[data-push-enable]").addEventListener("click", function () {
      status.textContent = "Asking your browser…";
      Notification.requestPermission().then(function (permission) {
        if (permission !== "granted") throw new Error("Notifications are not allowed for this site. The calendar file works instead.");
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
      }).then(function (subscription) {
        return fetch("/settings/reminders/push", {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": box.getAttribute("data-csrf") },
          body: JSON.stringify(subscription)
        });
      }).then(function (response) {
        if (!response.ok) throw new Error("This device could not be set up. The calendar file works instead.");
        status.textContent = "This device is set up for reminders.";
      }).catch(function (error) {
        status.textContent = error.message || "This device could not be set up. The calendar file works instead.";
      });
    });
  });
})();
