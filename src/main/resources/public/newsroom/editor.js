// The article editor: autosave, the browser's copy, the leave-page warning, presence and the
// topic type-ahead; the body's rich text is body-editor.js. Without JavaScript the form still
// works: the body is a plain textarea.
// Whatever this script lets through, the server sanitises again before storing.
"use strict";

(function () {
  const form = document.getElementById("editor");
  if (!form) {
    return;
  }
  const textarea = form.querySelector("textarea[name=body]");
  const status = document.getElementById("autosave-status");
  let dirty = false;

  // ---- Rich text ----------------------------------------------------------------------------
  // The body is edited by body-editor.js (Tiptap, built from editor-src/), which writes its HTML
  // into the textarea on every change: everything below reads the body from the textarea.

  form.addEventListener("input", function () { dirty = true; });

  // ---- Never lose work ----------------------------------------------------------------------
  // Three nets under what is typed: a warning before leaving with unsaved changes, a copy in this
  // browser (localStorage, per article and version) offered back after a crash, an expired session
  // or a failed network, and the autosave to the server below.
  let unsaved = false;
  let submitting = false;
  const copyPrefix = form.dataset.copy;
  const FIELDS = ["title", "summary", "body", "section", "topics", "bylines", "sourceName", "sourceUrl", "slug",
    "leadMedia",
    // Article fields (issue 13, branch fields)
    "kicker", "seoTitle", "seoDescription", "socialTitle", "socialImage", "correction"];

  function fields() {
    const values = {};
    FIELDS.forEach(function (name) {
      const field = form.elements.namedItem(name);
      if (field) {
        values[name] = field.value;
      }
    });
    return values;
  }

  function sameFields(a, b) {
    return FIELDS.every(function (name) { return (a[name] || "") === (b[name] || ""); });
  }

  function copyKey() {
    return copyPrefix + "v" + form.querySelector("input[name=version]").value;
  }

  function storedCopies() {
    const found = [];
    try {
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        if (key && key.indexOf(copyPrefix) === 0) {
          found.push({ key: key, copy: JSON.parse(window.localStorage.getItem(key)) });
        }
      }
    } catch (e) {
      // Storage refused (private mode, quota): the other nets still hold.
    }
    return found;
  }

  function forget(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* nothing to forget */ }
  }

  let copyTimer = null;
  function keepCopy() {
    unsaved = true;
    window.clearTimeout(copyTimer);
    copyTimer = window.setTimeout(function () {
      const key = copyKey();
      try {
        storedCopies().forEach(function (c) { if (c.key !== key) { forget(c.key); } });
        window.localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: fields() }));
      } catch (e) {
        // Quota exceeded by a huge paste: the server's answer will say so; nothing else to do here.
      }
    }, 400);
  }

  if (copyPrefix && !form.querySelector("fieldset[disabled]")) {
    form.addEventListener("input", keepCopy);
    form.addEventListener("change", keepCopy);
    // A save that came back saved: its copy is no longer needed. A refused one keeps it.
    const sent = window.sessionStorage.getItem("kiosque-sent");
    if (sent && document.querySelector(".notice") && !document.querySelector(".error")) {
      forget(sent);
    }
    window.sessionStorage.removeItem("kiosque-sent");
    const now = fields();
    let newest = null;
    storedCopies().forEach(function (c) {
      if (!c.copy || !c.copy.fields || sameFields(c.copy.fields, now)) {
        forget(c.key);
      } else if (!newest || c.copy.at > newest.copy.at) {
        newest = c;
      }
    });
    const offer = document.getElementById("copy-offer");
    if (newest && offer) {
      const text = document.createElement("span");
      text.textContent = form.dataset.copyOffer.replace("{0}", new Date(newest.copy.at).toLocaleString("fr-FR"));
      const restore = document.createElement("button");
      restore.type = "button";
      restore.id = "copy-restore";
      restore.textContent = form.dataset.copyRestore;
      const dismiss = document.createElement("button");
      dismiss.type = "button";
      dismiss.className = "secondary";
      dismiss.textContent = form.dataset.copyDismiss;
      restore.addEventListener("click", function () {
        FIELDS.forEach(function (name) {
          const field = form.elements.namedItem(name);
          if (field && newest.copy.fields[name] !== undefined) {
            field.value = newest.copy.fields[name];
          }
        });
        if (textarea) {
          textarea.dispatchEvent(new Event("kiosque:body-set"));
        }
        offer.hidden = true;
        dirty = true;
        keepCopy();
      });
      dismiss.addEventListener("click", function () {
        forget(newest.key);
        offer.hidden = true;
      });
      offer.append(text, " ", restore, " ", dismiss);
      offer.hidden = false;
    }
  }

  form.addEventListener("submit", function () {
    submitting = true;
    if (copyPrefix) {
      window.sessionStorage.setItem("kiosque-sent", copyKey());
    }
  });
  window.addEventListener("beforeunload", function (e) {
    if (unsaved && !submitting) {
      e.preventDefault();
      e.returnValue = "";
    }
  });

  // ---- Who else is editing (the soft lock's heartbeat) ---------------------------------------
  const presenceUrl = form.dataset.presence;
  const presence = document.getElementById("presence");
  if (presenceUrl && !form.querySelector("fieldset[disabled]")) {
    const token = form.querySelector("input[name=_csrf]").value;
    window.setInterval(function () {
      fetch(presenceUrl, {
        method: "POST", headers: { "X-CSRF-Token": token }, body: new URLSearchParams(), credentials: "same-origin"
      }).then(function (r) { return r.json(); }).then(function (json) {
        if (presence) {
          presence.textContent = json.others;
          presence.hidden = !json.others;
        }
      }).catch(function () { /* the next beat tries again; the mark expires by itself */ });
    }, 30000);
    window.addEventListener("pagehide", function () {
      if (navigator.sendBeacon) {
        navigator.sendBeacon(presenceUrl, new URLSearchParams({ _csrf: token, state: "leave" }));
      }
    });
  }

  // ---- Autosave -----------------------------------------------------------------------------
  const autosaveUrl = form.dataset.autosave;
  if (autosaveUrl) {
    window.setInterval(function () {
      if (!dirty) {
        return;
      }
      dirty = false;
      // Multipart like the form itself: a long text is not held to the url-encoded limit.
      const body = new FormData(form);
      fetch(autosaveUrl, {
        method: "POST",
        headers: { "X-CSRF-Token": form.querySelector("input[name=_csrf]").value },
        body: body,
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (result) {
        if (result.ok) {
          const before = copyKey();
          form.querySelectorAll("input[name=version]").forEach(function (input) { input.value = result.json.version; });
          document.querySelectorAll("form input[name=version]").forEach(function (input) { input.value = result.json.version; });
          status.textContent = form.dataset.saved.replace("{0}", result.json.savedAt);
          if (!dirty) {
            unsaved = false;
            forget(before);
          }
        } else {
          status.textContent = form.dataset.failed + " " + result.json.error;
        }
      }).catch(function () {
        // No answer, or the login page instead of JSON (expired session): the copy in this
        // browser holds the text until the next try or the next visit.
        dirty = true;
        status.textContent = form.dataset.offline;
      });
    }, 15000);
  }

  // ---- Topic type-ahead ---------------------------------------------------------------------
  const topics = form.querySelector("input[name=topics]");
  const list = document.getElementById("topic-suggestions");
  let timer = null;
  if (topics && list) {
    topics.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, 150);
    });
  }

  function currentTerm() {
    const parts = topics.value.split(",");
    return parts[parts.length - 1].trim();
  }

  function suggest() {
    const term = currentTerm();
    if (term.length < 2) {
      list.hidden = true;
      return;
    }
    fetch(form.dataset.topics + "?q=" + encodeURIComponent(term), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (names) {
        list.innerHTML = "";
        names.forEach(function (name) {
          const item = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = name;
          button.addEventListener("click", function () {
            const parts = topics.value.split(",");
            parts[parts.length - 1] = " " + name;
            topics.value = parts.map(function (p) { return p.trim(); }).filter(Boolean).join(", ") + ", ";
            list.hidden = true;
            topics.focus();
            dirty = true;
          });
          item.appendChild(button);
          list.appendChild(item);
        });
        list.hidden = names.length === 0;
      });
  }

  // ---- Topic suggestions from the text ------------------------------------------------------
  // The server reads the draft as typed (title and body) and proposes the site's topics carried by
  // similar articles or named in the text, and names that are no topic yet; a click adds one.
  const suggestButton = document.getElementById("suggest-topics");
  const proposals = document.getElementById("topic-proposals");
  if (suggestButton && proposals && topics) {
    suggestButton.hidden = false;
    suggestButton.addEventListener("click", function () {
      const body = new URLSearchParams();
      body.set("_csrf", form.querySelector("input[name=_csrf]").value);
      body.set("title", form.querySelector("input[name=title]").value);
      body.set("body", textarea.value);
      fetch(form.dataset.suggest, {
        method: "POST",
        headers: { "X-CSRF-Token": form.querySelector("input[name=_csrf]").value },
        body: body,
        credentials: "same-origin"
      }).then(function (r) { return r.json(); }).then(function (json) {
        proposals.innerHTML = "";
        const chosen = topics.value.split(",").map(function (p) { return p.trim().toLowerCase(); });
        const offer = function (name, title, isNew) {
          if (chosen.indexOf(name.toLowerCase()) >= 0) {
            return;
          }
          const item = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.className = "secondary";
          button.textContent = isNew ? name + " (" + form.dataset.suggestNew + ")" : name;
          button.title = title;
          button.addEventListener("click", function () {
            const parts = topics.value.split(",").map(function (p) { return p.trim(); }).filter(Boolean);
            parts.push(name);
            topics.value = parts.join(", ");
            item.remove();
            dirty = true;
          });
          item.appendChild(button);
          proposals.appendChild(item);
        };
        json.existing.forEach(function (t) { offer(t.name, t.reason, false); });
        json.candidates.forEach(function (t) { offer(t.name, "", true); });
        if (!proposals.children.length) {
          const none = document.createElement("li");
          none.className = "meta";
          none.textContent = form.dataset.suggestNone;
          proposals.appendChild(none);
        }
      });
    });
  }
})();

// ---- Article fields (issue 13, branch fields) -----------------------------------------------
// Live character counters for the SEO fields (advice, never a refusal) and the body's word count
// and reading time, counted as the server counts (kiosque.content.ReadingTime): runs between
// spaces that hold a letter or a digit, 230 words a minute, rounded up.
(function () {
  const form = document.getElementById("editor");
  if (!form) {
    return;
  }
  form.querySelectorAll("[data-advice]").forEach(function (field) {
    const count = document.querySelector("#" + field.id + "-count .count");
    if (!count) {
      return;
    }
    function update() {
      count.textContent = count.dataset.format.replace("{0}", field.value.length).replace("{1}", field.dataset.advice);
      count.classList.toggle("over", field.value.length > Number(field.dataset.advice));
    }
    field.addEventListener("input", update);
  });

  const reading = document.getElementById("reading-time");
  if (!reading) {
    return;
  }
  function bodyText() {
    const editable = form.querySelector("[contenteditable=true]");
    if (editable) {
      return editable.innerText;
    }
    const body = form.elements.namedItem("body");
    if (!body) {
      return "";
    }
    // A parsed document runs no script and loads no image, whatever the text holds.
    return new DOMParser().parseFromString(body.value, "text/html").body.textContent;
  }
  let timer = null;
  function count() {
    const words = bodyText().split(/[ \t\n\v\f\r]+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); }).length;
    const minutes = Math.ceil(words / 230);
    reading.textContent = reading.dataset.format.replace("{0}", words).replace("{1}", minutes);
  }
  form.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(count, 300);
  });
})();
