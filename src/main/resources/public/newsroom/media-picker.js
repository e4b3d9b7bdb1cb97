// The media library in the browser: the picker other scripts open to choose an image
// (window.KiosqueMediaPicker.open({onChoose: m => ...}), m = {id, src, width, height, alt,
// caption, credit}, src being the 640 px rendition), the editor's lead image chosen with it, and
// the focal point set by a click on an image's page. Without JavaScript every form still works:
// the lead image is a drop-down, the focal point two number fields.
// Its addresses and words come from its own <script> tag (data-*), the CSRF token from the page.
"use strict";

(function () {
  const script = document.currentScript;
  const config = script ? script.dataset : {};

  function text(name, fallback) {
    return config[name] || fallback;
  }

  function csrf() {
    const field = document.querySelector("input[name=_csrf]");
    return field ? field.value : "";
  }

  function element(name, attributes, children) {
    const node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") {
        node.textContent = attributes[key];
      } else {
        node.setAttribute(key, attributes[key]);
      }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  // What a caller gets: exactly this contract, whatever else the search answers.
  function chosen(item) {
    return { id: item.id, src: item.src, width: item.width, height: item.height, alt: item.alt,
      caption: item.caption, credit: item.credit };
  }

  // ---- The picker -------------------------------------------------------------------------------
  let dialog = null;
  let current = null;

  function build() {
    const close = element("button", { type: "button", "class": "secondary", text: text("close", "Fermer") });
    const search = element("input", { type: "search", name: "q", "aria-label": text("searchHint", "Rechercher"),
      placeholder: text("searchHint", "") });
    const status = element("p", { "class": "meta", "aria-live": "polite" });
    const grid = element("ul", { "class": "picker-grid" });
    const more = element("button", { type: "button", "class": "secondary", text: text("more", "Plus d’images"),
      hidden: "" });
    const error = element("p", { "class": "error", role: "alert", hidden: "" });
    const file = element("input", { type: "file", name: "file", accept: "image/jpeg,image/png,image/webp",
      required: "", id: "picker-file" });
    const alt = element("input", { name: "alt", required: "", maxlength: "500", id: "picker-alt" });
    const credit = element("input", { name: "credit", required: "", maxlength: "300", id: "picker-credit" });
    const caption = element("input", { name: "caption", maxlength: "1000", id: "picker-caption" });
    const send = element("button", { type: "submit", text: text("uploadButton", "Envoyer") });
    const upload = element("form", { "class": "stacked picker-upload" }, [
      element("label", { "for": "picker-file", text: text("file", "Fichier") }), file,
      element("label", { "for": "picker-alt", text: text("alt", "Texte alternatif") }), alt,
      element("label", { "for": "picker-credit", text: text("credit", "Crédit") }), credit,
      element("label", { "for": "picker-caption", text: text("caption", "Légende") }), caption, send]);
    const uploadBox = element("details", {}, [element("summary", { text: text("uploadLabel", "Envoyer une image") }), upload]);
    const node = element("dialog", { "class": "media-picker", "aria-labelledby": "picker-title" }, [
      element("div", { "class": "picker-head" }, [
        element("h2", { id: "picker-title", text: text("title", "Choisir une image") }), close]),
      search, status, error, grid, more, uploadBox]);
    document.body.appendChild(node);

    let page = 1;
    let timer = null;
    let asked = 0;

    function load(reset) {
      page = reset ? 1 : page + 1;
      const ask = ++asked;
      const address = config.search + "?q=" + encodeURIComponent(search.value) + "&page=" + page;
      fetch(address, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (found) {
          if (ask !== asked) {
            return; // a newer search is on its way
          }
          if (reset) {
            grid.replaceChildren();
          }
          found.items.forEach(function (item) { grid.appendChild(card(item)); });
          status.textContent = found.total === 0 ? text("none", "Aucune image.") : "";
          more.hidden = !found.more;
        })
        .catch(function () { status.textContent = text("failed", "La médiathèque n’a pas répondu."); });
    }

    function card(item) {
      const image = element("img", { src: item.thumbnail, alt: "", loading: "lazy", width: "160" });
      const button = element("button", { type: "button", "class": "picker-item", "data-id": String(item.id) }, [
        image, element("span", { text: item.alt || item.name, title: item.alt || item.name })]);
      button.addEventListener("click", function () { choose(item); });
      return element("li", {}, [button]);
    }

    function choose(item) {
      const callback = current && current.onChoose;
      node.close();
      if (callback) {
        callback(chosen(item));
      }
    }

    search.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { load(true); }, 250);
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        load(true);
      }
    });
    more.addEventListener("click", function () { load(false); });
    close.addEventListener("click", function () { node.close(); });
    upload.addEventListener("submit", function (event) {
      event.preventDefault();
      error.hidden = true;
      const picked = file.files && file.files[0];
      if (picked && config.maxBytes && picked.size > Number(config.maxBytes)) {
        error.textContent = text("tooLarge", "");
        error.hidden = false;
        return;
      }
      send.disabled = true;
      const body = new FormData(upload);
      body.append("_csrf", csrf());
      fetch(config.upload, { method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf(), Accept: "application/json" } })
        .then(function (response) {
          if (response.status === 413) {
            return { ok: false, answer: { error: text("tooLarge", "") } };
          }
          return response.json().catch(function () { return { error: text("failed", "") }; })
            .then(function (answer) { return { ok: response.ok, answer: answer }; });
        })
        .then(function (result) {
          send.disabled = false;
          if (!result.ok) {
            error.textContent = result.answer.error || text("failed", "");
            error.hidden = false;
            return;
          }
          upload.reset();
          choose(result.answer);
        })
        .catch(function () {
          send.disabled = false;
          error.textContent = text("failed", "La médiathèque n’a pas répondu.");
          error.hidden = false;
        });
    });
    return { node: node, search: search, load: load, error: error };
  }

  window.KiosqueMediaPicker = {
    /** Opens the picker; options.onChoose(m) is called with the chosen or uploaded image. */
    open: function (options) {
      if (!config.search) {
        throw new Error("media-picker.js: no data-search address on its script tag");
      }
      if (!dialog) {
        dialog = build();
      }
      current = options || {};
      dialog.error.hidden = true;
      if (!dialog.node.open) {
        dialog.node.showModal();
      }
      dialog.search.focus();
      dialog.load(true);
    }
  };

  // ---- The editor's lead image ------------------------------------------------------------------
  // The drop-down (the fallback) becomes a hidden field, a thumbnail and two buttons.
  document.querySelectorAll("[data-lead-picker]").forEach(function (area) {
    const select = area.querySelector("select[name=leadMedia]");
    const chosenArea = area.querySelector("[data-lead-chosen]");
    if (!select || !chosenArea) {
      return;
    }
    const hidden = element("input", { type: "hidden", name: "leadMedia", value: select.value });
    select.removeAttribute("name");
    select.hidden = true;
    select.disabled = true;
    area.appendChild(hidden);
    const preview = chosenArea.querySelector("img");
    const empty = chosenArea.querySelector("[data-lead-empty]");
    const remove = chosenArea.querySelector("[data-lead-remove]");
    const label = area.querySelector("label[for=leadMedia]");
    if (label) {
      label.removeAttribute("for");
    }

    function show(id, src, alt) {
      hidden.value = id;
      preview.hidden = !id;
      if (id) {
        preview.src = src;
        preview.alt = alt || "";
      } else {
        preview.removeAttribute("src");
      }
      empty.hidden = !!id;
      remove.hidden = !id;
    }

    function changed() {
      hidden.dispatchEvent(new Event("input", { bubbles: true }));
      hidden.dispatchEvent(new Event("change", { bubbles: true }));
    }

    show(select.value, preview.getAttribute("src"), preview.getAttribute("alt"));
    chosenArea.hidden = false;
    chosenArea.querySelector("[data-lead-choose]").addEventListener("click", function () {
      window.KiosqueMediaPicker.open({ onChoose: function (m) {
        show(String(m.id), m.src, m.alt);
        changed();
      } });
    });
    remove.addEventListener("click", function () {
      show("", "", "");
      changed();
    });
  });

  // ---- An image's page: the focal point set by a click, a deletion confirmed ----------------
  const focus = document.getElementById("media-focus");
  const focalX = document.getElementById("focalX");
  const focalY = document.getElementById("focalY");
  if (focus && focalX && focalY) {
    const mark = document.getElementById("media-focus-mark");
    const image = document.getElementById("media-focus-image");
    focus.classList.add("clickable");
    focus.title = focus.dataset.label || "";

    function place() {
      const x = parseFloat(focalX.value.replace(",", "."));
      const y = parseFloat(focalY.value.replace(",", "."));
      const valid = x >= 0 && x <= 1 && y >= 0 && y <= 1;
      mark.hidden = !valid;
      if (valid) {
        mark.style.left = (x * 100) + "%";
        mark.style.top = (y * 100) + "%";
      }
    }

    image.addEventListener("click", function (event) {
      const box = image.getBoundingClientRect();
      const x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
      const y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
      focalX.value = x.toFixed(3);
      focalY.value = y.toFixed(3);
      place();
    });
    focalX.addEventListener("input", place);
    focalY.addEventListener("input", place);
    place();
  }

  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
})();
