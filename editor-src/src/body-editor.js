// The newsroom's body editor: Tiptap (ProseMirror) over the form's body textarea. The textarea
// stays the form field: every change writes the editor's HTML into it, so the form, the autosave
// and the browser's copy (editor.js) read the body there, and without JavaScript the textarea is
// the editor. The schema here is the one kiosque.content.BodySanitizer keeps (docs/newsroom.md).
import { Editor, Node, mergeAttributes } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Bold from "@tiptap/extension-bold";
import Italic from "@tiptap/extension-italic";
import Blockquote from "@tiptap/extension-blockquote";
import { TableKit } from "@tiptap/extension-table";

const SAFE_HREF = /^(https?:|mailto:|\/(?!\/)|#)/i;

// Stored as <b> and <i>, as bodies written before this editor are (both are kept by the sanitiser).
const BoldB = Bold.extend({ renderHTML: ({ HTMLAttributes }) => ["b", mergeAttributes(HTMLAttributes), 0] });
const ItalicI = Italic.extend({ renderHTML: ({ HTMLAttributes }) => ["i", mergeAttributes(HTMLAttributes), 0] });

// A quote, or a pull quote: the same blockquote with class "exergue".
const Quote = Blockquote.extend({
  addAttributes() {
    return {
      exergue: {
        default: false,
        parseHTML: (el) => el.classList.contains("exergue"),
        renderHTML: (attrs) => (attrs.exergue ? { class: "exergue" } : {})
      }
    };
  }
});

function text(el, selector) {
  const found = selector ? el.querySelector(selector) : el;
  return found ? found.textContent.trim() : "";
}

// <figure data-media="12"><img ...><figcaption>Légende <small class="credit">Photo : X</small></figcaption></figure>
const InlineImage = Node.create({
  name: "inlineImage",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return { media: { default: null }, src: { default: "" }, alt: { default: "" }, width: { default: null },
      height: { default: null }, caption: { default: "" }, credit: { default: "" } };
  },
  parseHTML() {
    return [{
      tag: "figure",
      getAttrs: (el) => {
        const img = el.querySelector("img");
        if (!img || el.classList.contains("embed")) {
          return false;
        }
        const figcaption = el.querySelector("figcaption");
        let caption = "";
        if (figcaption) {
          const copy = figcaption.cloneNode(true);
          copy.querySelectorAll("small.credit").forEach((s) => s.remove());
          caption = copy.textContent.trim();
        }
        return { media: el.getAttribute("data-media"), src: img.getAttribute("src") || "",
          alt: img.getAttribute("alt") || "", width: img.getAttribute("width"), height: img.getAttribute("height"),
          caption: caption, credit: text(el, "figcaption small.credit") };
      }
    }];
  },
  renderHTML({ node }) {
    const a = node.attrs;
    const img = ["img", { src: a.src, alt: a.alt || "", width: a.width, height: a.height }];
    const parts = [];
    if (a.caption) {
      parts.push(a.caption);
    }
    if (a.credit) {
      parts.push(["small", { class: "credit" }, a.credit]);
    }
    const figure = ["figure", a.media ? { "data-media": a.media } : {}, img];
    if (parts.length) {
      // A space between caption and credit, as the sanitiser and the reader page write it.
      figure.push(["figcaption", {}, ...(parts.length === 2 ? [parts[0] + " ", parts[1]] : parts)]);
    }
    return figure;
  }
});

// <figure class="embed" data-provider="youtube" data-id="..."><figcaption>...</figcaption></figure>:
// the provider and id only; the reader page turns it into a click-to-load placeholder.
const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return { provider: { default: "" }, id: { default: "" }, label: { default: "" }, caption: { default: "" } };
  },
  parseHTML() {
    return [{
      tag: "figure.embed",
      getAttrs: (el) => ({ provider: el.getAttribute("data-provider") || "", id: el.getAttribute("data-id") || "",
        caption: text(el, "figcaption") })
    }];
  },
  renderHTML({ node }) {
    const a = node.attrs;
    const figure = ["figure", { class: "embed", "data-provider": a.provider, "data-id": a.id }];
    if (a.caption) {
      figure.push(["figcaption", {}, a.caption]);
    }
    return figure;
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("figure");
      dom.className = "embed";
      dom.setAttribute("data-provider", node.attrs.provider);
      dom.setAttribute("data-id", node.attrs.id);
      const label = document.createElement("p");
      label.className = "embed-label";
      label.textContent = (node.attrs.label || node.attrs.provider) + " · " + node.attrs.id;
      dom.appendChild(label);
      if (node.attrs.caption) {
        const caption = document.createElement("figcaption");
        caption.textContent = node.attrs.caption;
        dom.appendChild(caption);
      }
      return { dom: dom };
    };
  }
});

// <aside class="lire-aussi"><a href="/2021/01/14/slug-12">Titre</a></aside>
const ReadAlso = Node.create({
  name: "readAlso",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return { href: { default: "" }, title: { default: "" } };
  },
  parseHTML() {
    return [{
      tag: "aside.lire-aussi",
      getAttrs: (el) => {
        const a = el.querySelector("a[href]");
        return a ? { href: a.getAttribute("href"), title: a.textContent.trim() } : false;
      }
    }];
  },
  renderHTML({ node }) {
    return ["aside", { class: "lire-aussi" }, ["a", { href: node.attrs.href }, node.attrs.title]];
  }
});

// Word pastes a list as paragraphs styled "mso-list" with the bullet or number as text: make them
// the list they show before the schema reads them (the server's BodyConversions does the same).
function wordLists(html) {
  if (!/mso-list/i.test(html)) {
    return html;
  }
  const doc = new DOMParser().parseFromString(html, "text/html");
  let list = null;
  doc.body.querySelectorAll("p").forEach((p) => {
    const item = /mso-list\s*:\s*l\d/i.test(p.getAttribute("style") || "") || /^MsoListParagraph/.test(p.className);
    if (!item) {
      list = null;
      return;
    }
    let ordered = false;
    p.querySelectorAll("span").forEach((span) => {
      if (/mso-list\s*:\s*ignore/i.test(span.getAttribute("style") || "")) {
        ordered = ordered || /^\s*[0-9a-zA-Z]{1,3}[.)]\s*$/.test(span.textContent.replace(/\u00a0/g, " "));
        span.remove();
      }
    });
    const tag = ordered ? "OL" : "UL";
    if (!list || p.previousElementSibling !== list || list.tagName !== tag) {
      list = doc.createElement(tag);
      p.before(list);
    }
    const li = doc.createElement("li");
    li.append(...p.childNodes);
    p.remove();
    list.appendChild(li);
  });
  return doc.body.innerHTML;
}

function button(toolbar, command, label, action, isActive) {
  const b = document.createElement("button");
  b.type = "button";
  b.dataset.command = command;
  b.textContent = label;
  b.title = label;
  // Keep the selection in the text while clicking the toolbar.
  b.addEventListener("mousedown", (e) => e.preventDefault());
  b.addEventListener("click", action);
  toolbar.appendChild(b);
  return { element: b, isActive: isActive };
}

// A small dialog built from the page's own elements (no inline handlers: the content policy).
function dialog(title, fields, submitLabel, cancelLabel, onSubmit) {
  const box = document.createElement("dialog");
  box.className = "body-dialog";
  const form = document.createElement("form");
  form.method = "dialog";
  const heading = document.createElement("h2");
  heading.textContent = title;
  form.appendChild(heading);
  const inputs = {};
  fields.forEach((f) => {
    const label = document.createElement("label");
    label.textContent = f.label;
    const input = document.createElement("input");
    input.name = f.name;
    input.type = f.type || "text";
    if (f.required) {
      input.required = true;
    }
    label.appendChild(input);
    form.appendChild(label);
    inputs[f.name] = input;
  });
  const results = document.createElement("ul");
  results.className = "dialog-results";
  form.appendChild(results);
  const actions = document.createElement("p");
  const ok = document.createElement("button");
  ok.type = "submit";
  ok.value = "ok";
  ok.textContent = submitLabel;
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "secondary";
  cancel.textContent = cancelLabel;
  cancel.addEventListener("click", () => box.close());
  actions.append(ok, " ", cancel);
  form.appendChild(actions);
  box.appendChild(form);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const values = {};
    Object.keys(inputs).forEach((k) => { values[k] = inputs[k].value.trim(); });
    if (onSubmit(values, box) !== false) {
      box.close();
    }
  });
  box.addEventListener("close", () => box.remove());
  document.body.appendChild(box);
  box.showModal();
  return { box: box, inputs: inputs, results: results };
}

function mount(textarea) {
  const d = textarea.dataset;
  const wrapper = document.createElement("div");
  wrapper.className = "body-editor";
  const toolbar = document.createElement("div");
  toolbar.className = "toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", d.toolbarLabel || "");
  const area = document.createElement("div");
  wrapper.append(toolbar, area);
  textarea.parentNode.insertBefore(wrapper, textarea);

  const editor = new Editor({
    element: area,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] }, bold: false, italic: false, blockquote: false, code: false, codeBlock: false,
        strike: false, underline: false,
        link: { openOnClick: false, autolink: false, protocols: ["mailto"],
          HTMLAttributes: { target: null, rel: null, class: null },
          isAllowedUri: (url) => SAFE_HREF.test(url || "") }
      }),
      BoldB, ItalicI, Quote, TableKit.configure({ table: { resizable: false } }), InlineImage, Embed, ReadAlso
    ],
    content: textarea.value.trim() === "" ? "<p></p>" : textarea.value,
    editorProps: {
      transformPastedHTML: wordLists,
      attributes: { class: "wysiwyg", role: "textbox", "aria-multiline": "true",
        "aria-label": (document.querySelector("label[for=body]") || {}).textContent || "" },
      // A URL pasted on its own is offered to the server's embed rules; anything else pastes as usual.
      handlePaste: (view, event) => {
        const data = event.clipboardData;
        const plain = data ? data.getData("text/plain").trim() : "";
        if (!plain || !/^https?:\/\/\S+$/.test(plain) || !d.embedUrl) {
          return false;
        }
        event.preventDefault();
        fetch(d.embedUrl + "?url=" + encodeURIComponent(plain), { credentials: "same-origin" })
          .then((r) => (r.ok ? r.json() : null))
          .then((embed) => {
            if (embed && embed.provider) {
              editor.chain().focus().insertContent({ type: "embed",
                attrs: { provider: embed.provider, id: embed.id, label: embed.label } }).run();
            } else {
              editor.chain().focus().insertContent(plain).run();
            }
          })
          .catch(() => editor.chain().focus().insertContent(plain).run());
        return true;
      }
    },
    onUpdate: () => {
      textarea.value = editor.isEmpty ? "" : editor.getHTML();
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
  });

  const chain = () => editor.chain().focus();
  const buttons = [
    button(toolbar, "bold", d.toolbarBold, () => chain().toggleBold().run(), () => editor.isActive("bold")),
    button(toolbar, "italic", d.toolbarItalic, () => chain().toggleItalic().run(), () => editor.isActive("italic")),
    button(toolbar, "link", d.toolbarLink, () => {
      const url = window.prompt(d.linkPrompt, editor.getAttributes("link").href || "https://");
      if (url === null) {
        return;
      }
      if (url.trim() === "") {
        chain().unsetLink().run();
      } else if (SAFE_HREF.test(url.trim())) {
        chain().extendMarkRange("link").setLink({ href: url.trim() }).run();
      }
    }, () => editor.isActive("link")),
    button(toolbar, "h2", d.toolbarH2, () => chain().toggleHeading({ level: 2 }).run(),
      () => editor.isActive("heading", { level: 2 })),
    button(toolbar, "h3", d.toolbarH3, () => chain().toggleHeading({ level: 3 }).run(),
      () => editor.isActive("heading", { level: 3 })),
    button(toolbar, "p", d.toolbarP, () => chain().setParagraph().run(), () => editor.isActive("paragraph")),
    button(toolbar, "ul", d.toolbarUl, () => chain().toggleBulletList().run(), () => editor.isActive("bulletList")),
    button(toolbar, "ol", d.toolbarOl, () => chain().toggleOrderedList().run(), () => editor.isActive("orderedList")),
    button(toolbar, "quote", d.toolbarQuote, () => {
      if (editor.isActive("blockquote", { exergue: false })) {
        chain().lift("blockquote").run();
      } else if (editor.isActive("blockquote")) {
        chain().updateAttributes("blockquote", { exergue: false }).run();
      } else {
        chain().wrapIn("blockquote", { exergue: false }).run();
      }
    }, () => editor.isActive("blockquote", { exergue: false })),
    button(toolbar, "pullquote", d.toolbarPullquote, () => {
      if (editor.isActive("blockquote", { exergue: true })) {
        chain().lift("blockquote").run();
      } else if (editor.isActive("blockquote")) {
        chain().updateAttributes("blockquote", { exergue: true }).run();
      } else {
        chain().wrapIn("blockquote", { exergue: true }).run();
      }
    }, () => editor.isActive("blockquote", { exergue: true })),
    button(toolbar, "table", d.toolbarTable, () => {
      if (editor.isActive("table")) {
        chain().addRowAfter().run();
      } else {
        chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
      }
    }, () => editor.isActive("table")),
    button(toolbar, "table-delete", d.toolbarTableDelete, () => chain().deleteTable().run(), () => false),
    button(toolbar, "hr", d.toolbarHr, () => chain().setHorizontalRule().run(), () => false),
    button(toolbar, "image", d.toolbarImage, () => chooseImage(editor, d), () => false),
    button(toolbar, "embed", d.toolbarEmbed, () => askEmbed(editor, d), () => false),
    button(toolbar, "read-also", d.toolbarReadAlso, () => chooseArticle(editor, d), () => false),
    button(toolbar, "undo", d.toolbarUndo, () => chain().undo().run(), () => false),
    button(toolbar, "redo", d.toolbarRedo, () => chain().redo().run(), () => false)
  ];
  const tableDelete = toolbar.querySelector("button[data-command=table-delete]");
  const refresh = () => {
    buttons.forEach((b) => b.element.setAttribute("aria-pressed", String(!!b.isActive())));
    tableDelete.hidden = !editor.isActive("table"); // only where there is a table to delete
  };
  editor.on("selectionUpdate", refresh);
  editor.on("transaction", refresh);
  refresh();

  // The browser's copy restored by editor.js: the textarea got the text, the editor shows it.
  textarea.addEventListener("kiosque:body-set", () => editor.commands.setContent(textarea.value || "<p></p>"));
  textarea.hidden = true;
  return editor;
}

// The media library's picker (window.KiosqueMediaPicker, media-picker.js) when the page has it;
// otherwise a dialog asking for the image's address in the library.
function chooseImage(editor, d) {
  const insert = (m) => editor.chain().focus().insertContent({ type: "inlineImage", attrs: {
    media: m.id == null ? null : String(m.id), src: m.src, alt: m.alt || "", width: m.width || null,
    height: m.height || null, caption: m.caption || "", credit: m.credit || "" } }).run();
  if (window.KiosqueMediaPicker && typeof window.KiosqueMediaPicker.open === "function") {
    window.KiosqueMediaPicker.open({ onChoose: insert });
    return;
  }
  dialog(d.imageTitle, [
    { name: "src", label: d.imageSrc, required: true },
    { name: "alt", label: d.imageAlt, required: true },
    { name: "caption", label: d.imageCaption },
    { name: "credit", label: d.imageCredit }
  ], d.dialogInsert, d.dialogCancel, (v) => {
    const m = /^\/media\/(\d+)\/w\d+\.jpg$/.exec(v.src);
    if (!m) {
      window.alert(d.imageRefused);
      return false;
    }
    insert({ id: m[1], src: v.src, alt: v.alt, caption: v.caption, credit: v.credit });
  });
}

function askEmbed(editor, d) {
  dialog(d.embedTitle, [{ name: "url", label: d.embedAddress, type: "url", required: true },
    { name: "caption", label: d.imageCaption }], d.dialogInsert, d.dialogCancel, (v, box) => {
    fetch(d.embedUrl + "?url=" + encodeURIComponent(v.url), { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((embed) => {
        if (embed && embed.provider) {
          editor.chain().focus().insertContent({ type: "embed",
            attrs: { provider: embed.provider, id: embed.id, label: embed.label, caption: v.caption } }).run();
          box.close();
        } else {
          window.alert(d.embedRefused);
        }
      });
    return false;
  });
}

// "Lire aussi": a published article found by the site's search.
function chooseArticle(editor, d) {
  const view = dialog(d.readAlsoTitle, [{ name: "q", label: d.readAlsoSearch, type: "search" }],
    d.readAlsoFind, d.dialogCancel, () => { search(); return false; });
  let timer = null;
  function search() {
    const q = view.inputs.q.value.trim();
    if (q.length < 2) {
      return;
    }
    fetch(d.readAlsoUrl + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
      .then((r) => r.json())
      .then((found) => {
        view.results.innerHTML = "";
        found.forEach((item) => {
          const li = document.createElement("li");
          const b = document.createElement("button");
          b.type = "button";
          b.className = "secondary";
          b.textContent = item.title;
          b.addEventListener("click", () => {
            editor.chain().focus().insertContent({ type: "readAlso", attrs: { href: item.href, title: item.title } })
              .run();
            view.box.close();
          });
          li.appendChild(b);
          view.results.appendChild(li);
        });
      });
  }
  view.inputs.q.addEventListener("input", () => { window.clearTimeout(timer); timer = window.setTimeout(search, 200); });
}

const textarea = document.querySelector("#editor textarea[name=body]");
if (textarea && !textarea.closest("fieldset[disabled]")) {
  window.KiosqueBodyEditor = mount(textarea);
}
