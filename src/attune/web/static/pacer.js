// Attune breathing pacer. Driven by data attributes on [data-pacer]:
//   data-phases='[{"phase":"inhale","seconds":4},{"phase":"exhale","seconds":6}]'
//     phase: inhale | top_up | hold | exhale; seconds 0-30 in 0.1 s steps (0 is skipped)
//   data-cycles="10"   rounds before it stops by itself (empty: until stopped)
//   data-pacer-url     let ?inhale=&hold=&exhale=&rest=&top_up=&cycles= in the page address override
// Pause and Stop are always on screen while it runs. Under prefers-reduced-motion (or when the person
// ticks "Still version") nothing moves: the phase in words and a countdown in numbers.
// Timing runs here in the browser, so a slow or missing network never stutters it.
"use strict";

(function () {
  var MAX_SECONDS = 30;
  var MAX_CYCLES = 100;
  var WORDS = { inhale: "Breathe in", top_up: "A little more in", hold: "Hold gently", exhale: "Breathe out", rest: "Rest" };
  var LOWER = { inhale: "breathe in", top_up: "a little more in", hold: "hold", exhale: "breathe out", rest: "rest" };
  var FROM_URL = [["inhale", "inhale"], ["top_up", "top_up"], ["hold", "hold"], ["exhale", "exhale"], ["rest", "hold"]];

  function seconds(value) {
    var n = Math.round(parseFloat(value) * 10) / 10;
    return isFinite(n) && n >= 0 && n <= MAX_SECONDS ? n : null;
  }

  function cleanPhases(list) {
    var out = [];
    (list || []).forEach(function (p) {
      var s = seconds(p && p.seconds);
      if (s && WORDS[p.phase]) out.push({ phase: p.phase, seconds: s });
    });
    return out;
  }

  function phasesFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var asked = FROM_URL.some(function (pair) { return params.has(pair[0]); });
    if (!asked) return null;
    var list = [];
    for (var i = 0; i < FROM_URL.length; i++) {
      var raw = params.get(FROM_URL[i][0]);
      if (raw === null || raw === "") continue;
      var s = seconds(raw);
      if (s === null) return null; // the server already explained the problem and sent the default
      if (s) list.push({ phase: FROM_URL[i][1], seconds: s });
    }
    var cycles = params.get("cycles");
    return { phases: list, cycles: cycles && /^\d+$/.test(cycles) ? Math.min(MAX_CYCLES, Math.max(1, +cycles)) : null };
  }

  function label(phases, i) {
    var p = phases[i];
    return p.phase === "hold" && i > 0 && phases[i - 1].phase === "exhale" ? "rest" : p.phase;
  }

  function amount(s) { return s + (s === 1 ? " second" : " seconds"); }

  function describe(phases, cycles) {
    var parts = phases.map(function (p, i) { return LOWER[label(phases, i)] + " for " + amount(p.seconds); });
    var text = parts.join(", then ");
    text = text.charAt(0).toUpperCase() + text.slice(1) + ".";
    if (cycles) {
      var total = phases.reduce(function (sum, p) { return sum + p.seconds; }, 0) * cycles;
      var minutes = Math.round(total / 60);
      text += " " + cycles + (cycles === 1 ? " round, " : " rounds, ") +
        (minutes >= 1 ? "about " + minutes + (minutes === 1 ? " minute." : " minutes.") : Math.round(total) + " seconds.");
    }
    return text;
  }

  function Pacer(root) {
    var phases, cycles;
    try { phases = cleanPhases(JSON.parse(root.getAttribute("data-phases") || "[]")); } catch (e) { phases = []; }
    cycles = parseInt(root.getAttribute("data-cycles"), 10) || null;
    if (root.hasAttribute("data-pacer-url")) {
      var fromUrl = phasesFromUrl();
      if (fromUrl && cleanPhases(fromUrl.phases).length) {
        phases = cleanPhases(fromUrl.phases);
        cycles = fromUrl.cycles || cycles;
        root.querySelector("[data-pacer-summary]").textContent = describe(phases, cycles);
      }
    }
    if (!phases.length) return;

    var orb = root.querySelector("[data-pacer-orb]");
    var phaseText = root.querySelector("[data-pacer-phase]");
    var countText = root.querySelector("[data-pacer-count]");
    var roundText = root.querySelector("[data-pacer-round]");
    var toggle = root.querySelector("[data-pacer-toggle]");
    var stopButton = root.querySelector("[data-pacer-stop]");
    var still = root.querySelector("[data-pacer-still]");
    var state = "ready"; // ready | running | paused | done
    var index = 0, cycle = 1, phaseStart = 0, pausedAt = 0, timer = null, lastCount = null;

    root.querySelector("[data-pacer-controls]").hidden = false;
    root.querySelector("[data-pacer-options]").hidden = false;
    phaseText.textContent = "Ready when you are.";

    var reduce = window.matchMedia ? window.matchMedia("(prefers-reduced-motion: reduce)") : null;
    still.checked = !!(reduce && reduce.matches);
    function applyStill() { root.classList.toggle("is-still", still.checked); }
    still.addEventListener("change", applyStill);
    applyStill();

    function setOrb(phase, duration) {
      if (!orb) return;
      orb.style.transitionDuration = duration + "s";
      orb.classList.toggle("is-full", phase === "inhale" || phase === "hold");
      orb.classList.toggle("is-topped", phase === "top_up");
      if (phase === "hold" && index > 0 && phases[index - 1].phase === "exhale") orb.classList.remove("is-full");
      if (phase === "hold" && index > 0 && phases[index - 1].phase === "top_up") orb.classList.add("is-topped");
    }

    function freezeOrb() {
      if (!orb) return;
      var now = window.getComputedStyle(orb).transform;
      orb.style.transitionDuration = "0s";
      orb.style.transform = now;
    }

    function releaseOrb() { if (orb) orb.style.transform = ""; }

    function showRound() {
      roundText.textContent = cycles ? "Round " + cycle + " of " + cycles : "Round " + cycle;
    }

    function enterPhase(at, remaining) {
      var p = phases[index];
      phaseStart = at - (p.seconds - remaining) * 1000;
      phaseText.textContent = WORDS[label(phases, index)];
      releaseOrb();
      setOrb(p.phase, remaining);
      lastCount = null;
      showRound();
    }

    function tick() {
      var now = performance.now();
      var p = phases[index];
      var elapsed = (now - phaseStart) / 1000;
      while (elapsed >= p.seconds) {
        var carry = elapsed - p.seconds;
        index += 1;
        if (index >= phases.length) {
          index = 0;
          cycle += 1;
          if (cycles && cycle > cycles) return finish();
        }
        p = phases[index];
        enterPhase(now - carry * 1000, Math.max(0, p.seconds - carry));
        elapsed = carry;
      }
      var left = Math.max(1, Math.ceil(p.seconds - elapsed - 1e-6));
      if (left !== lastCount) { countText.textContent = String(left); lastCount = left; }
    }

    function start() {
      state = "running";
      toggle.textContent = "Pause";
      if (pausedAt) {
        var p = phases[index];
        var remaining = p.seconds - (pausedAt - phaseStart) / 1000;
        enterPhase(performance.now(), Math.max(0, remaining));
        pausedAt = 0;
      } else {
        enterPhase(performance.now(), phases[0].seconds);
      }
      timer = window.setInterval(tick, 100);
      tick();
    }

    function pause() {
      state = "paused";
      pausedAt = performance.now();
      window.clearInterval(timer);
      freezeOrb();
      toggle.textContent = "Resume";
      phaseText.textContent = "Paused. Resume when you like.";
    }

    function reset(message) {
      window.clearInterval(timer);
      index = 0; cycle = 1; pausedAt = 0; lastCount = null;
      releaseOrb();
      if (orb) { orb.style.transitionDuration = "0.6s"; orb.classList.remove("is-full", "is-topped"); }
      countText.textContent = "";
      roundText.textContent = "";
      toggle.textContent = "Start";
      phaseText.textContent = message;
    }

    function finish() {
      state = "done";
      reset("Done. Take a moment to notice how you feel now.");
      toggle.textContent = "Start again";
    }

    toggle.addEventListener("click", function () {
      if (state === "running") pause();
      else start();
    });
    stopButton.addEventListener("click", function () {
      state = "ready";
      reset("Stopped. You can start again whenever you like.");
    });
    document.addEventListener("visibilitychange", function () {
      if (document.hidden && state === "running") pause();
    });
  }

  document.querySelectorAll("[data-pacer]").forEach(function (root) { Pacer(root); });
})();
