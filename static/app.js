/* Storyloom — small progressive enhancements. Vanilla JS, no build step.
   Every page works without this file; it only adds picture and clip polling,
   a delete confirmation, double-submit protection, hiding the video model
   picker while video mode is off (where the stylesheet's :has() cannot),
   the prompt's idea chips and times in the reader's own time zone. */
(function () {
  "use strict";

  // Tell the stylesheet the script runs (pictures then fade in once loaded).
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  var FAST_DELAY_MS = 1000;       // poll every second at first…
  var SLOW_DELAY_MS = 3000;       // …then every 3 s
  var FAST_TRIES = 20;            // number of fast polls before backing off
  var GIVE_UP_AFTER_MS = 5 * 60 * 1000;
  var REQUEST_TIMEOUT_MS = 15000;

  var FAILED_TEXT = "The picture could not be painted this time.";
  var BROKEN_TEXT = "The picture could not be loaded. Try reloading the page.";
  var TIMEOUT_TEXT = "The picture is taking longer than usual. Try reloading the page in a little while.";
  var DELETE_QUESTION = "Delete this story and all its pictures?";
  var CHOICE_BUSY_TEXT = "Writing the next scene…";
  var DETAILS_LABEL = "Details";
  var START_BUSY_TEXT = "Writing your story…";
  var EMPTY_DESCRIPTION_TEXT = "Write what the picture should show first.";

  /* ---------- Losing the server ---------- */

  // After this many failed status polls in a row the page says so (calmly) and polls less often.
  var MISSES_BEFORE_NOTE = 3;
  var MAX_BACKOFF_MS = 15000;
  var SERVER_LOST_TEXT = "Can't reach the story server right now — still trying.";
  var watchersLost = 0;

  function updateServerNote() {
    var note = document.getElementById("server-note");
    if (watchersLost <= 0) {
      if (note) note.parentNode.removeChild(note);
      return;
    }
    if (note) return;
    note = document.createElement("p");
    note.id = "server-note";
    note.className = "server-note";
    note.setAttribute("role", "status");
    note.textContent = SERVER_LOST_TEXT;
    var slot = document.getElementById("scene-media") || document.querySelector("main") || document.body;
    slot.appendChild(note);
  }

  // One poller's link to the server: counts failed polls in a row and stretches the delay while they last.
  function connection() {
    var misses = 0;
    return {
      ok: function () {
        if (misses >= MISSES_BEFORE_NOTE) {
          watchersLost -= 1;
          updateServerNote();
        }
        misses = 0;
      },
      miss: function () {
        misses += 1;
        if (misses === MISSES_BEFORE_NOTE) {
          watchersLost += 1;
          updateServerNote();
        }
      },
      delay: function (base) {
        return misses === 0 ? base : Math.min(base * Math.pow(2, misses), Math.max(base, MAX_BACKOFF_MS));
      }
    };
  }

  /* ---------- Scene pictures ---------- */

  function setStatus(figure, status) {
    figure.setAttribute("data-status", status);
    var keep = [];
    for (var i = 0; i < figure.classList.length; i++) {
      var name = figure.classList[i];
      if (name.indexOf("status-") !== 0) keep.push(name);
    }
    keep.push("status-" + status);
    figure.className = keep.join(" ");
  }

  // The provider's own words behind a "Details" toggle. Text only, never HTML.
  function detailsToggle(detail) {
    var details = document.createElement("details");
    details.className = "error-details";
    var summary = document.createElement("summary");
    summary.textContent = DETAILS_LABEL;
    var words = document.createElement("span");
    words.className = "error-detail";
    words.dir = "auto";
    words.textContent = detail;
    details.appendChild(summary);
    details.appendChild(words);
    return details;
  }

  // The failure caption: the short sentence, and the provider's own words
  // (when given) behind a details toggle. Text only, never HTML.
  function showCaption(figure, text, detail) {
    clearNotice(figure);
    var caption = figure.querySelector("figcaption.image-error");
    if (!caption) {
      caption = document.createElement("figcaption");
      caption.className = "image-error";
      caption.dir = "auto";
      figure.appendChild(caption);
    }
    caption.textContent = text;
    if (detail) caption.appendChild(detailsToggle(detail));
    caption.setAttribute("role", "status");
  }

  // While a retryable failure waits: the busy sentence, not a failure.
  function showNotice(figure, text) {
    var notice = figure.querySelector("figcaption.image-notice");
    if (!text) {
      clearNotice(figure);
      return;
    }
    if (!notice) {
      notice = document.createElement("figcaption");
      notice.className = "image-notice";
      notice.dir = "auto";
      notice.setAttribute("role", "status");
      figure.appendChild(notice);
    }
    if (notice.textContent !== text) notice.textContent = text;
  }

  function clearNotice(figure) {
    var notice = figure.querySelector("figcaption.image-notice");
    if (notice) notice.parentNode.removeChild(notice);
  }

  // "Painted by … (… declined this scene)", under the picture's retry form.
  function showPaintedNote(figure, text) {
    if (!text) return;
    var note = document.getElementById("painted-note");
    if (!note) {
      note = document.createElement("p");
      note.className = "painted-note";
      note.id = "painted-note";
      note.dir = "auto";
      var after = figure.nextElementSibling && figure.nextElementSibling.id === "image-retry" ? figure.nextElementSibling : figure;
      after.parentNode.insertBefore(note, after.nextSibling);
    }
    note.textContent = text;
  }

  // "Paint it again" and "Change the picture's description": only under a finished
  // picture. A page drawn while it was painted has an empty description: the picture's words fill it.
  function showRepaint(show) {
    var block = document.getElementById("image-repaint");
    if (!block) return;
    if (!show) {
      block.setAttribute("hidden", "");
      return;
    }
    var words = block.querySelector("textarea[name=prompt]");
    var img = document.querySelector("#scene-image img");
    if (words && !words.value && img && img.alt) words.defaultValue = img.alt;
    block.removeAttribute("hidden");
  }

  function findImage(figure) {
    var img = figure.querySelector("img");
    if (!img) {
      img = document.createElement("img");
      img.alt = "";
      var caption = figure.querySelector("figcaption");
      figure.insertBefore(img, caption);
    }
    return img;
  }

  // Fade the picture in once it has really loaded. Handles images that the
  // browser already has (cached: `complete` is true and no load event comes).
  function revealWhenLoaded(figure, img) {
    var settled = false;

    function onLoad() {
      if (settled) return;
      settled = true;
      setStatus(figure, "complete");
      figure.classList.add("loaded");
      showRepaint(true);
    }

    function onError() {
      if (settled) return;
      settled = true;
      // The clip took the picture's place meanwhile: nothing is missing.
      if (figure.classList.contains("has-clip")) return;
      setStatus(figure, "complete");
      figure.classList.add("image-broken");
      showCaption(figure, BROKEN_TEXT);
      showRepaint(true);
    }

    if (!img.getAttribute("src")) return;
    if (img.complete) {
      if (img.naturalWidth > 0) onLoad();
      else onError();
      return;
    }
    img.addEventListener("load", onLoad);
    img.addEventListener("error", onError);
  }

  function fetchStatus(url) {
    var options = { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" };
    var timer = null;
    if (typeof AbortController === "function") {
      var controller = new AbortController();
      options.signal = controller.signal;
      timer = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    }
    return fetch(url, options)
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        if (timer) clearTimeout(timer);
        return data;
      }, function (err) {
        if (timer) clearTimeout(timer);
        throw err;
      });
  }

  function watchPicture(figure) {
    var url = figure.getAttribute("data-status-url");
    if (!url) return;

    var tries = 0;
    var startedAt = Date.now();
    var link = connection();

    function scheduleNext() {
      if (Date.now() - startedAt >= GIVE_UP_AFTER_MS) {
        figure.classList.add("timed-out");
        showCaption(figure, TIMEOUT_TEXT);
        return;
      }
      setTimeout(poll, link.delay(tries < FAST_TRIES ? FAST_DELAY_MS : SLOW_DELAY_MS));
    }

    function handle(data) {
      var status = data && data.status;
      if (status === "complete" && data.url) {
        // A repaint that could not be made says the picture from before is back.
        showNotice(figure, data.notice);
        showPaintedNote(figure, data.painted_note);
        if (figure.querySelector("video.clip")) {
          // The clip came first and holds the picture as its poster: the picture is not shown a second time.
          setStatus(figure, "complete");
          figure.classList.add("loaded");
          return true;
        }
        var img = findImage(figure);
        // The painter's own words for what it drew, once it is done.
        if (data.alt) img.setAttribute("alt", data.alt);
        if (img.getAttribute("src") !== data.url) {
          // A repainted picture: its old thumbnail must not be picked from the old srcset.
          if (data.srcset) img.setAttribute("srcset", data.srcset); else img.removeAttribute("srcset");
          img.setAttribute("src", data.url);
        }
        revealWhenLoaded(figure, img);
        return true;
      }
      if (status === "failed") {
        setStatus(figure, "failed");
        showRepaint(false);
        showCaption(figure, data.error || FAILED_TEXT, data.detail);
        return true;
      }
      if (status === "pending" || status === "generating") {
        showRepaint(false);
        if (figure.getAttribute("data-status") !== status) setStatus(figure, status);
        showNotice(figure, data.notice);
      }
      return false;
    }

    function poll() {
      tries += 1;
      fetchStatus(url).then(function (data) {
        link.ok();
        if (!handle(data)) scheduleNext();
      }, function () {
        // Network hiccup or server busy: keep trying (less often) until we give up.
        link.miss();
        scheduleNext();
      });
    }

    scheduleNext();
  }

  function initPictures() {
    var figures = document.querySelectorAll("figure[data-status]");
    for (var i = 0; i < figures.length; i++) {
      var figure = figures[i];
      var status = figure.getAttribute("data-status");
      if (figure.querySelector("video.clip")) {
        // The finished clip is in the picture's place already.
        figure.classList.add("loaded");
      } else if (status === "complete") {
        revealWhenLoaded(figure, findImage(figure));
      } else if (status !== "failed" && figure.getAttribute("data-status-url")) {
        watchPicture(figure);
      }
    }
  }

  /* ---------- Scene clips (video mode) ---------- */

  var CLIP_DELAY_MS = 2000;
  var CLIP_GIVE_UP_AFTER_MS = 20 * 60 * 1000;
  var CLIP_MAKING_TEXT = "Making the moving picture…";
  var CLIP_FAILED_TEXT = "The video could not be made this time.";
  var CLIP_TIMEOUT_TEXT = "The video is taking longer than usual. Try reloading the page in a little while.";

  // Replace whatever the section shows (progress or error) with `node` (or nothing), keeping the retry form.
  function showInClip(section, node) {
    var children = section.children;
    for (var i = children.length - 1; i >= 0; i--) {
      if (children[i].id !== "video-retry") section.removeChild(children[i]);
    }
    if (node) section.insertBefore(node, section.firstChild);
  }

  function clipProgress(section, notice, percent) {
    var line = section.querySelector(".video-progress");
    if (!line) {
      line = document.createElement("p");
      line.className = "video-progress";
      line.setAttribute("role", "status");
      var spinner = document.createElement("span");
      spinner.className = "spinner";
      spinner.setAttribute("aria-hidden", "true");
      var words = document.createElement("span");
      words.className = "video-progress-text";
      line.appendChild(spinner);
      line.appendChild(document.createTextNode(" "));
      line.appendChild(words);
      showInClip(section, line);
    }
    line.querySelector(".video-progress-text").textContent = notice || CLIP_MAKING_TEXT;
    var pct = line.querySelector(".video-percent");
    if (typeof percent === "number") {
      if (!pct) {
        pct = document.createElement("span");
        pct.className = "video-percent";
        line.appendChild(document.createTextNode(" "));
        line.appendChild(pct);
      }
      pct.textContent = percent + "%";
    } else if (pct) {
      pct.parentNode.removeChild(pct);
    }
  }

  function clipError(section, text, detail) {
    var line = document.createElement("p");
    line.className = "video-error";
    line.dir = "auto";
    line.textContent = text;
    if (detail) line.appendChild(detailsToggle(detail));
    showInClip(section, line);
  }

  function clipPlayer(section, url, poster) {
    var video = document.createElement("video");
    video.className = "clip";
    video.controls = true;
    video.setAttribute("playsinline", "");
    video.preload = "metadata";
    var figure = document.getElementById("scene-image");
    var picture = figure && figure.querySelector("img");
    if (poster) video.poster = poster;
    else if (picture && picture.getAttribute("src")) video.poster = picture.getAttribute("src");
    if (picture && picture.alt) video.setAttribute("aria-label", picture.alt);
    video.src = url;
    if (!figure) {
      showInClip(section, video);
      return;
    }
    // The clip takes the picture's place in the same frame; its poster is that picture.
    var old = figure.querySelector("video.clip");
    if (old) figure.removeChild(old);
    if (picture) figure.replaceChild(video, picture);
    else figure.insertBefore(video, figure.querySelector("figcaption"));
    figure.classList.add("has-clip");
    figure.classList.add("loaded");
    showInClip(section, null);
  }

  function watchClip(section) {
    var url = section.getAttribute("data-status-url");
    var startedAt = Date.now();
    var link = connection();

    function handle(data) {
      var status = data && data.status;
      if (status === "complete" && data.url) {
        setStatus(section, "complete");
        clipPlayer(section, data.url, data.poster);
        return true;
      }
      if (status === "failed") {
        setStatus(section, "failed");
        clipError(section, data.error || CLIP_FAILED_TEXT, data.detail);
        return true;
      }
      if (status === "none") return true;
      if (status === "pending" || status === "generating") {
        if (section.getAttribute("data-status") !== status) setStatus(section, status);
        clipProgress(section, data.notice, data.progress);
      }
      return false;
    }

    function next() {
      if (Date.now() - startedAt >= CLIP_GIVE_UP_AFTER_MS) {
        clipProgress(section, CLIP_TIMEOUT_TEXT, null);
        return;
      }
      setTimeout(poll, link.delay(CLIP_DELAY_MS));
    }

    function poll() {
      fetchStatus(url).then(function (data) {
        link.ok();
        if (!handle(data)) next();
      }, function () {
        // Server unreachable or busy: keep trying, less often, and say so after a few misses.
        link.miss();
        next();
      });
    }

    next();
  }

  function initClips() {
    var sections = document.querySelectorAll("section.scene-video[data-status]");
    for (var i = 0; i < sections.length; i++) {
      var status = sections[i].getAttribute("data-status");
      if (status === "pending" || status === "generating") watchClip(sections[i]);
    }
  }

  /* ---------- Start form: the video model picker only while video mode is on ---------- */

  function syncVideoPicker() {
    var box = document.getElementById("video-mode");
    var field = box && box.closest ? box.closest(".video-field") : null;
    if (field) field.classList.toggle("video-off", !box.checked);
  }

  function initVideoPicker() {
    var box = document.getElementById("video-mode");
    if (!box) return;
    box.addEventListener("change", syncVideoPicker);
    syncVideoPicker();
  }

  /* ---------- Forms ---------- */

  var submitting = false;
  // The buttons that write the next scene (disabled together while one does).
  var STORY_BUTTONS = ".choice-button, #typed-button, .tree-untaken";

  function disableLater(fn) {
    // Let the browser start the submission before we touch the buttons.
    setTimeout(fn, 0);
  }

  function onSubmit(event) {
    var form = event.target;
    if (!form || form.nodeName !== "FORM") return;

    // A form that deletes asks first: its own question (`data-confirm`) or the story's.
    var question = form.getAttribute("data-confirm") || (form.classList.contains("delete-form") ? DELETE_QUESTION : null);
    if (question) {
      if (!window.confirm(question)) event.preventDefault();
      return;
    }

    // A choice, the family's own, or an untaken one on the story map: one story call at a time.
    // A picture description of only spaces: said beside the field (the server refuses it too).
    if (form.classList.contains("repaint-describe-form")) {
      var words = form.querySelector("textarea");
      if (words && !words.value.trim()) {
        event.preventDefault();
        if (!form.querySelector(".form-error")) {
          var say = document.createElement("p");
          say.className = "form-error";
          say.setAttribute("role", "alert");
          say.textContent = EMPTY_DESCRIPTION_TEXT;
          form.insertBefore(say, words);
        }
        words.focus();
        return;
      }
    }

    if (form.classList.contains("choice") || form.id === "typed-choice" || form.classList.contains("tree-choose")) {
      if (submitting) { event.preventDefault(); return; }
      submitting = true;
      var clicked = event.submitter || form.querySelector("button");
      disableLater(function () {
        var buttons = document.querySelectorAll(STORY_BUTTONS);
        for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
        if (clicked) {
          clicked.classList.add("is-busy");
          clicked.setAttribute("aria-busy", "true");
          var note = document.createElement("span");
          note.className = "busy-note";
          note.textContent = CHOICE_BUSY_TEXT;
          clicked.appendChild(note);
        }
      });
      return;
    }

    if (form.id === "start-form") {
      if (submitting) { event.preventDefault(); return; }
      submitting = true;
      var button = document.getElementById("start-button");
      if (button) {
        disableLater(function () {
          if (!button.hasAttribute("data-label")) button.setAttribute("data-label", button.textContent);
          button.disabled = true;
          button.classList.add("is-busy");
          button.setAttribute("aria-busy", "true");
          button.textContent = START_BUSY_TEXT;
        });
      }
    }
  }

  // Coming back with the browser's Back button can restore the page from the
  // back/forward cache with buttons still disabled: make them usable again.
  function onPageShow(event) {
    syncVideoPicker();
    if (!event.persisted) return;
    // A scene or map restored from the cache may show a choice as unexplored
    // that was taken since: ask the server for the page as it is now.
    if (document.querySelector(".scene-page, .tree-page")) {
      window.location.reload();
      return;
    }
    submitting = false;
    var busy = document.querySelectorAll(STORY_BUTTONS + ", #start-button");
    for (var i = 0; i < busy.length; i++) {
      var button = busy[i];
      button.disabled = false;
      button.classList.remove("is-busy");
      button.removeAttribute("aria-busy");
      var note = button.querySelector(".busy-note");
      if (note) note.parentNode.removeChild(note);
      var label = button.getAttribute("data-label");
      if (label !== null) button.textContent = label;
    }
  }

  document.addEventListener("submit", onSubmit);
  window.addEventListener("pageshow", onPageShow);

  /* ---------- Ideas and times ---------- */

  // "Need an idea?": a tap puts the idea in the prompt field.
  function initIdeas() {
    var prompt = document.getElementById("prompt");
    var ideas = document.querySelectorAll(".idea-chip");
    for (var i = 0; i < ideas.length; i++) {
      ideas[i].addEventListener("click", function (event) {
        if (!prompt) return;
        prompt.value = event.currentTarget.getAttribute("data-idea") || "";
        prompt.focus();
      });
    }
  }

  // Times are written in UTC by the server; show them in the reader's own time and words.
  function initTimes() {
    var times = document.querySelectorAll("time.local-time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var at = new Date(times[i].getAttribute("datetime"));
      if (isNaN(at.getTime())) continue;
      times[i].textContent = at.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" }) +
        ", " + at.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" });
    }
  }

  // A bedtime story's note that it is time to finish: shown once the story
  // is old enough (the server says how long from now, so clocks need not agree).
  function initWindDown() {
    var note = document.getElementById("wind-down");
    if (!note) return;
    var wait = parseInt(note.getAttribute("data-wind-down-in"), 10);
    var show = function () { note.hidden = false; };
    if (!(wait > 0)) show();
    else setTimeout(show, Math.min(wait, 2147483647));
  }

  function init() {
    initPictures();
    initWindDown();
    initClips();
    initVideoPicker();
    initIdeas();
    initTimes();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
