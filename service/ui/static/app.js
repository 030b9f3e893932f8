/* Handoff web app: small enhancements over server-rendered pages (everything works without them, but
   slower): live countdowns, queue refresh and keys, the live policy check, confirm dialogs, shortcuts. */
(() => {
  "use strict";
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const csrf = ($('meta[name="csrf-token"]') || {}).content || "";

  function signInAgain() {
    location.href = "/ui/login?next=" + encodeURIComponent(location.pathname + location.search);
  }

  async function postJSON(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    if (response.status === 401) { signInAgain(); throw new Error("signed out"); }
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.json();
  }

  const typing = (e) => {
    const t = e.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  };

  /* ---- Sign-in: a link from chat or mail arrives without the (SameSite=Strict) cookie; if this browser
     is in fact signed in, go straight on. ---- */
  const loginNext = $('.login input[name="next"]');
  if (loginNext) {
    fetch("/ui/api/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((r) => r.json())
      .then((me) => { if (me.signed_in) location.replace(loginNext.value || "/ui/queue"); })
      .catch(() => {});
  }

  /* ---- Countdowns to due_at ---- */
  function duration(seconds) {
    const s = Math.abs(seconds);
    if (s < 60) return Math.floor(s) + "s";
    const m = Math.floor(s / 60);
    if (m < 60) return m + "m";
    const h = Math.floor(m / 60);
    if (h < 48) return h + "h " + String(m % 60).padStart(2, "0") + "m";
    return Math.floor(h / 24) + "d " + (h % 24) + "h";
  }
  function tick() {
    const now = Date.now();
    for (const el of $$("[data-due]")) {
      const left = (Date.parse(el.dataset.due) - now) / 1000;
      const text = left < 0 ? "overdue " + duration(left) : duration(left) + " left";
      if (el.textContent !== text) el.textContent = text;
      el.classList.toggle("overdue", left < 0);
      el.classList.toggle("soon", left >= 0 && left < 900);
    }
  }
  tick();
  setInterval(tick, 1000);

  /* ---- Filters apply on change when picked with a pointer; from the keyboard, arrowing through a list
     must not reload the page at every step (WCAG "on input"), so Apply does it. ---- */
  let pointer = false;
  document.addEventListener("pointerdown", () => { pointer = true; }, true);
  document.addEventListener("keydown", () => { pointer = false; }, true);
  document.addEventListener("change", (e) => {
    const el = e.target;
    if (pointer && el.matches && el.matches("[data-autosubmit]") && el.form) {
      el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
    }
  });

  /* ---- Help ---- */
  const help = $("#help");
  const openHelp = () => help && !help.open && help.showModal();
  for (const b of $$("[data-open-help]")) b.addEventListener("click", openHelp);

  const shortcuts = {};
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && typing(e) && e.target.tagName === "TEXTAREA") { e.target.blur(); return; }
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && shortcuts["ctrl+enter"]) {
      e.preventDefault(); shortcuts["ctrl+enter"](); return;
    }
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey || $("dialog[open]")) return;
    if (e.key === "?") { e.preventDefault(); openHelp(); return; }
    const action = shortcuts[e.key];
    if (action) { e.preventDefault(); action(); }
  });
  const click = (sel) => () => { const el = $(sel); if (el && !el.disabled) el.click(); };
  shortcuts.n = click("#next-button");

  /* ---- Queue: live refresh, row keys ---- */
  const live = $("#queue-live");
  if (live) {
    let selected = null;
    const rows = () => $$("tr.row", live);
    const select = (row) => {
      for (const r of rows()) r.classList.remove("selected");
      selected = row ? row.dataset.item : null;
      if (row) { row.classList.add("selected"); row.scrollIntoView({ block: "nearest" }); }
    };
    const move = (step) => () => {
      const list = rows();
      if (!list.length) return;
      const i = list.findIndex((r) => r.dataset.item === selected);
      select(list[Math.max(0, Math.min(list.length - 1, i < 0 ? 0 : i + step))]);
    };
    const open = () => {
      const row = rows().find((r) => r.dataset.item === selected);
      if (row) $("a.rowlink", row).click();
    };
    shortcuts.j = move(1);
    shortcuts.k = move(-1);
    shortcuts.o = open;
    shortcuts.Enter = open;
    shortcuts["/"] = () => { const f = $("#f-store"); if (f) f.focus(); };
    live.addEventListener("click", (e) => {
      const row = e.target.closest("tr.row");
      if (row && !e.target.closest("a, button")) $("a.rowlink", row).click();
    });
    const refresh = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(live.dataset.liveUrl, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (response.redirected) { signInAgain(); return; }
        if (!response.ok) return;
        live.innerHTML = await response.text();
        tick();
        if (selected) select(rows().find((r) => r.dataset.item === selected) || null);
      } catch (err) { /* offline for a moment: the next round tries again */ }
    };
    setInterval(refresh, 20000);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });
  }

  /* ---- An editor with a live policy check drawn under the text ---- */
  function codePointToIndex(text, cp) {
    return Array.from(text).slice(0, cp).join("").length; // the server counts code points, JS UTF-16 units
  }

  function drawHighlights(layer, text, segments) {
    layer.textContent = "";
    for (const seg of segments || [{ text, v: [] }]) {
      if (seg.v && seg.v.length) {
        const mark = document.createElement("mark");
        mark.className = "sev-" + seg.severity;
        mark.dataset.v = seg.v.join(" ");
        mark.textContent = seg.text;
        layer.appendChild(mark);
      } else {
        layer.appendChild(document.createTextNode(seg.text));
      }
    }
    // A final newline needs something after it, or the layer is a line shorter than the textarea.
    if (text.endsWith("\n")) layer.appendChild(document.createTextNode(" "));
  }

  function drawPolicy(box, result, textarea) {
    box.textContent = "";
    const head = document.createElement("p");
    const vs = result.violations || [];
    if (!vs.length) {
      head.className = "policy-head ok";
      head.textContent = "No policy problems found.";
      box.appendChild(head);
      return;
    }
    head.className = "policy-head " + (result.blocked ? "bad" : "warn");
    const verb = box.dataset.verb || "sent";
    head.textContent = result.blocked
      ? "Cannot be " + verb + " as written: " + vs.length + " problem" + (vs.length > 1 ? "s" : "") + "."
      : verb === "sent" ? "Needs your confirmation before sending." : "Cannot be " + verb + ": it promises compensation.";
    box.appendChild(head);
    const list = document.createElement("ul");
    list.className = "violations";
    for (const v of vs) {
      const li = document.createElement("li");
      li.className = "sev-" + v.severity;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "linkish";
      button.dataset.select = v.start + ":" + v.end;
      const strong = document.createElement("strong");
      strong.textContent = v.label;
      const quote = document.createElement("q");
      quote.textContent = v.text;
      button.append(strong, " ", quote);
      const explain = document.createElement("span");
      explain.className = "explain";
      explain.textContent = v.explanation;
      li.append(button, explain);
      list.appendChild(li);
    }
    box.appendChild(list);
  }

  function setupEditor(textarea, check, onResult) {
    const layer = $("#highlights");
    const backdrop = layer.parentElement;
    const box = $("#policy");
    const state = { text: textarea.value, result: null, pending: null };
    const sync = () => { backdrop.scrollTop = textarea.scrollTop; };
    textarea.addEventListener("scroll", sync);
    let timer = null;
    let seq = 0;
    const run = () => {
      const mine = ++seq;
      const text = textarea.value;
      state.pending = check(text).then((result) => {
        if (mine !== seq) return state.pending;
        state.text = text;
        state.result = result;
        if (textarea.value === text) drawHighlights(layer, text, result.segments);
        drawPolicy(box, result, textarea);
        box.dataset.checked = "1";
        if (onResult) onResult(result);
        sync();
        return result;
      }).catch(() => null);
      return state.pending;
    };
    textarea.addEventListener("input", () => {
      // Keep the layer aligned at once; the marks come back when the check answers.
      drawHighlights(layer, textarea.value, null);
      box.dataset.checked = "";
      clearTimeout(timer);
      timer = setTimeout(run, 250);
      sync();
    });
    box.addEventListener("click", (e) => {
      const b = e.target.closest("[data-select]");
      if (!b) return;
      const [start, end] = b.dataset.select.split(":").map(Number);
      const text = textarea.value;
      textarea.focus();
      textarea.setSelectionRange(codePointToIndex(text, start), codePointToIndex(text, end));
    });
    state.checkNow = () => (textarea.value === state.text && state.result ? Promise.resolve(state.result) : run());
    state.run = run;
    window.addEventListener("resize", sync);
    return state;
  }

  /* ---- The message view ---- */
  const sendForm = $("#send-form");
  if (sendForm) {
    const draft = $("#draft");
    const itemId = sendForm.dataset.item;
    const original = draft.dataset.original || "";
    const approve = $("#approve-button");
    const editedNote = $("#edited-note");
    const canApprove = approve && !approve.disabled;
    const edited = () => {
      const changed = draft.value.trim() !== original.trim();
      if (approve && canApprove) approve.disabled = changed;
      if (editedNote) editedNote.hidden = !changed || !canApprove;
    };
    draft.addEventListener("input", edited);
    edited();
    const editor = setupEditor(draft, (text) => postJSON(draft.dataset.checkUrl, { text, item_id: itemId }));
    if (draft.value.trim() && !draft.readOnly) editor.run();

    const dialog = $("#confirm-dialog");
    const confirmField = $("#confirm-field");
    let confirmed = false;
    sendForm.addEventListener("submit", async (e) => {
      if (confirmed || !confirmField) return;
      e.preventDefault();
      const result = await editor.checkNow();
      if (result && result.blocked) { $("#policy").scrollIntoView({ block: "center" }); draft.focus(); return; }
      if (result && result.needs_confirm && dialog) {
        const list = $("#confirm-list");
        list.textContent = "";
        for (const v of result.violations) {
          const li = document.createElement("li");
          li.className = "sev-confirm";
          li.textContent = "“" + v.text + "”: " + v.explanation;
          list.appendChild(li);
        }
        dialog.returnValue = "";
        dialog.showModal();
        return;
      }
      confirmed = true;
      sendForm.submit();
    });
    if (dialog) {
      dialog.addEventListener("close", () => {
        if (dialog.returnValue === "send") {
          confirmField.value = "1";
          confirmed = true;
          sendForm.submit();
        } else {
          draft.focus();
        }
      });
    }
    const send = $("#send-button");
    shortcuts["ctrl+enter"] = () => { if (send && !send.disabled) sendForm.requestSubmit(send); };
    shortcuts.a = click("#approve-button");
    shortcuts.e = () => { draft.focus(); };
    shortcuts.r = () => {
      const r = $("#reject");
      if (r && !r.hidden) { r.open = true; $("#reject-reason").focus(); }
    };
    shortcuts.l = () => { const s = $("#label-intent"); if (s && !s.disabled) { s.focus(); s.scrollIntoView({ block: "center" }); } };
    shortcuts.u = click("#back-link");
    document.addEventListener("click", (e) => {
      const r = $("#reject");
      if (r && r.open && !e.target.closest("#reject")) r.open = false;
    });
    // Keep the claim while the reviewer is at it (the lease is ten minutes; renew well before), also from
    // another tab for a while; a page left open and untouched lets the conversation go back to the queue.
    if (!draft.readOnly) {
      let lastActive = Date.now();
      for (const type of ["keydown", "pointerdown", "input", "focus"]) {
        window.addEventListener(type, () => { lastActive = Date.now(); }, true);
      }
      setInterval(() => {
        if (Date.now() - lastActive < 30 * 60000) {
          postJSON("/ui/api/items/" + itemId + "/lease", {}).catch(() => {});
        }
      }, 120000);
    }
  }

  /* ---- The template editor ---- */
  const templateText = $("#t-text");
  if (templateText) {
    const form = $("#template-form");
    const preview = $("#preview");
    const sample = $("#sample");
    const payload = (text) => ({
      text,
      kind: form.elements.kind.value,
      intent: form.elements.intent ? form.elements.intent.value : null,
      language: form.elements.language.value,
      when_status: $$('input[name="when_status"]:checked', form).map((c) => c.value),
      sample: sample.value,
    });
    const showPreview = (result) => {
      preview.textContent = "";
      if (result.errors && result.errors.length) {
        const ul = document.createElement("ul");
        ul.className = "violations";
        for (const err of result.errors) {
          const li = document.createElement("li");
          li.className = "sev-block";
          li.textContent = err;
          ul.appendChild(li);
        }
        preview.appendChild(ul);
        return;
      }
      if (result.preview) {
        const div = document.createElement("div");
        div.className = "preview-text";
        div.textContent = result.preview;
        preview.appendChild(div);
      } else {
        const p = document.createElement("p");
        p.className = "muted";
        p.textContent = result.missing && result.missing.length
          ? "This sample order cannot fill: " + result.missing.join(", ") + ". Drafts skip this template for such orders."
          : "Nothing to preview yet.";
        preview.appendChild(p);
      }
    };
    const editor = setupEditor(templateText, (text) => postJSON(templateText.dataset.previewUrl, payload(text)), showPreview);
    const rerun = () => editor.run();
    sample.addEventListener("change", rerun);
    for (const c of $$('input[name="when_status"], select[name="intent"]', form)) c.addEventListener("change", rerun);
    for (const chip of $$("[data-insert]")) {
      chip.addEventListener("click", () => {
        const start = templateText.selectionStart;
        const end = templateText.selectionEnd;
        templateText.setRangeText(chip.dataset.insert, start, end, "end");
        templateText.focus();
        templateText.dispatchEvent(new Event("input"));
      });
    }
    if (templateText.value.trim()) editor.run();
    shortcuts["ctrl+enter"] = () => form.requestSubmit();
  }

  /* ---- The dashboard refreshes itself ---- */
  if (document.body.classList.contains("page-dashboard")) {
    setInterval(async () => {
      if (document.hidden || $("dialog[open]")) return;
      try {
        const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
        if (!response.ok || response.redirected) return;
        const doc = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = doc.querySelector("main");
        if (fresh) $("main").innerHTML = fresh.innerHTML;
      } catch (err) { /* try again next minute */ }
    }, 60000);
  }
})();
