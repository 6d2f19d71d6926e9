/* LeadDesk chat widget: <script src="https://HOST/widget.js" data-chat="KEY" async></script>
 * Options: data-lang="ru|en|es" (ru by default), data-position="left|right".
 * What visitors and operators write goes into the page as text only (textContent), never
 * as HTML. The DOM lives under <leaddesk-chat id="leaddesk-chat">'s open shadow root; the
 * elements tests reach carry data-ld attributes. */
(function () {
  "use strict";
  if (document.getElementById("leaddesk-chat")) return;
  var me = document.currentScript, all = document.querySelectorAll("script[data-chat]");
  if (!me || !me.getAttribute("data-chat")) me = all[all.length - 1];
  if (!me) return;
  function opt(n) { return me.getAttribute("data-" + n) || ""; }
  var KEY = opt("chat"), BASE = new URL(me.src, location.href).origin + "/chat/" + encodeURIComponent(KEY),
    STORE = "leaddesk-chat-" + KEY, SIDE = /left/.test(opt("position")) ? "left" : "right";
  var T = {
    ru: ["Напишите нам", "Здравствуйте! Чем можем помочь?", "Ваше сообщение…", "Отправить",
      "Сейчас никого нет на месте. Оставьте сообщение — мы ответим.", "Имя", "Телефон", "Эл. почта",
      "Сообщение", "Оставить контакты", "Сохранить", "Спасибо, контакты сохранены.",
      "Спасибо! Мы получили ваше сообщение и свяжемся с вами.", "Нет связи, пробуем снова…",
      "Сообщение слишком длинное (не более 4000 символов).", "Напишите сообщение и оставьте телефон или почту.",
      "Слишком часто, подождём немного…", "Не удалось отправить.", "Вы", "Оператор", "отправляется…", "Закрыть",
      "Оставьте телефон или почту."],
    en: ["Write to us", "Hello! How can we help?", "Your message…", "Send",
      "Nobody is available right now. Leave a message and we will get back to you.", "Name", "Phone", "Email",
      "Message", "Leave your contacts", "Save", "Thank you, your contacts are saved.",
      "Thank you! We got your message and will contact you.", "No connection, trying again…",
      "The message is too long (4000 characters at most).", "Write a message and leave a phone number or an email.",
      "Too many requests, waiting a little…", "Could not send.", "You", "Operator", "sending…", "Close",
      "Leave a phone number or an email."],
    es: ["Escríbenos", "¡Hola! ¿En qué podemos ayudarte?", "Tu mensaje…", "Enviar",
      "Ahora no hay nadie disponible. Deja un mensaje y te responderemos.", "Nombre", "Teléfono", "Correo",
      "Mensaje", "Dejar tus datos", "Guardar", "Gracias, tus datos están guardados.",
      "¡Gracias! Recibimos tu mensaje y te contactaremos.", "Sin conexión, reintentando…",
      "El mensaje es demasiado largo (máximo 4000 caracteres).", "Escribe un mensaje y deja un teléfono o un correo.",
      "Demasiadas solicitudes, esperamos un poco…", "No se pudo enviar.", "Tú", "Operador", "enviando…", "Cerrar",
      "Deja un teléfono o un correo."]
  };
  var LANG = T[opt("lang")] ? opt("lang") : "ru", S = {};
  ("title greeting placeholder send offline name phone email message leave save saved thanks net " +
   "tooLong need slow failed you op sending close reach").split(" ").forEach(function (k, i) { S[k] = T[LANG][i]; });

  function el(tag, a, kids) {
    var e = document.createElement(tag);
    for (var k in a) {
      if (k === "text") e.textContent = a[k];
      else e.setAttribute(k === "ld" ? "data-ld" : k === "cls" ? "class" : k, a[k]);
    }
    (kids || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }
  function field(ld, label, type) {
    var i = el(type ? "input" : "textarea", {ld: ld, name: ld.split("-")[1], cls: "in"});
    if (type) i.type = type;
    i.row = el("label", {cls: "fld"}, [el("span", {text: label}), i]);
    return i;
  }
  function store(v) {
    try {
      if (v === undefined) return localStorage.getItem(STORE);
      if (v) localStorage.setItem(STORE, v); else localStorage.removeItem(STORE);
    } catch (e) { return null; }
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function pause(n) { return Math.min(30000, 1000 * Math.pow(2, n)); }  // 1 s, 2 s ... 30 s
  // An HTTP answer as {status, body, retry}; a failure to reach the service is status 0.
  function call(method, path, data, ms) {
    var ctl = new AbortController(), timer = setTimeout(function () { ctl.abort(); }, ms || 15000);
    var o = {method: method, signal: ctl.signal, credentials: "omit"};
    if (data) { o.headers = {"Content-Type": "application/json"}; o.body = JSON.stringify(data); }
    return fetch(BASE + path, o).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (b) {
        return {status: r.status, body: b || {}, retry: +r.headers.get("Retry-After") || 0};
      });
    }, function () { return {status: 0, body: {}}; }).finally(function () { clearTimeout(timer); });
  }

  var C = "#1e9e6a", CSS = ":host{all:initial}*{box-sizing:border-box;font:14px/1.4 system-ui,sans-serif;color:#1d2329}" +
    ".box{position:fixed;bottom:20px;" + SIDE + ":20px;z-index:2147483000;display:flex;flex-direction:column;align-items:flex-end}" +
    ".btn{width:56px;height:56px;border-radius:50%;border:0;background:" + C + ";cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px #0004;position:relative}" +
    ".badge{position:absolute;top:-2px;right:-2px;min-width:18px;border-radius:9px;background:#d33;color:#fff;font-size:11px}" +
    ".panel{width:340px;max-width:calc(100vw - 40px);height:480px;max-height:calc(100vh - 100px);margin-bottom:12px;background:#fff;" +
    "border-radius:12px;box-shadow:0 8px 30px #0004;display:flex;flex-direction:column;overflow:hidden}" +
    ".head{background:" + C + ";padding:10px 14px;display:flex;justify-content:space-between}.head *{color:#fff;font-weight:600}" +
    ".x{background:none;border:0;font-size:20px;cursor:pointer}.body{flex:1;overflow-y:auto;padding:10px 12px;background:#f5f7f8}" +
    ".note{color:#555;margin:0 0 8px}.msg{margin:6px 0;max-width:85%;width:fit-content;padding:7px 10px;border-radius:10px;background:#fff}" +
    ".msg[data-from=visitor]{margin-left:auto;background:#dff3ea}.msg[data-state=pending]{opacity:.6}" +
    ".txt{white-space:pre-wrap;overflow-wrap:anywhere}.meta{font-size:11px;color:#777}" +
    ".err{background:#fde8e8;color:#a11;padding:6px 12px}.err:empty{display:none}" +
    ".foot{display:flex;gap:6px;padding:8px;border-top:1px solid #e3e6e8}.foot .in{height:52px}" +
    ".in{width:100%;border:1px solid #c9cfd3;border-radius:6px;padding:6px 8px;resize:none;background:#fff}" +
    ".go{border:0;border-radius:6px;background:" + C + ";color:#fff;padding:6px 12px;cursor:pointer}.go:disabled{opacity:.5}" +
    ".link{background:none;border:0;color:#1e7e56;text-decoration:underline;cursor:pointer;padding:4px 0}" +
    ".form{display:flex;flex-direction:column;gap:6px}.fld span{font-size:12px;color:#555}.fld textarea{height:80px}" +
    ".bad{border-color:#d33}.done{color:#1e7e56;font-weight:600}[hidden]{display:none!important}";

  var host = el("leaddesk-chat", {id: "leaddesk-chat", lang: LANG});
  var root = host.attachShadow ? host.attachShadow({mode: "open"}) : host;
  function button(ld, text, cls, type) { return el("button", {type: type || "button", cls: cls || "go", ld: ld, text: text}); }
  var badge = el("span", {cls: "badge", hidden: ""}), openBtn = button("open", "", "btn"),
    titleEl = el("span", {ld: "title", text: S.title}), closeBtn = button("close", "×", "x"),
    greetEl = el("p", {cls: "note", ld: "greeting", text: S.greeting}),
    offNote = el("p", {cls: "note", ld: "offline-note", hidden: "", text: S.offline}),
    list = el("div", {ld: "messages", "aria-live": "polite"}), errEl = el("div", {cls: "err", ld: "error", role: "alert"});
  var icon = document.createElementNS("http://www.w3.org/2000/svg", "svg"), path = document.createElementNS(icon.namespaceURI, "path");
  icon.setAttribute("viewBox", "0 0 24 24"); icon.setAttribute("width", "28"); icon.setAttribute("height", "28");
  path.setAttribute("fill", "#fff");
  path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
  icon.appendChild(path);
  openBtn.appendChild(icon); openBtn.appendChild(badge);
  openBtn.setAttribute("aria-label", openBtn.title = S.title);
  closeBtn.setAttribute("aria-label", closeBtn.title = S.close);
  // "Leave your contacts" in a live chat, and the form offered when nobody is on duty.
  var cName = field("contact-name", S.name, "text"), cPhone = field("contact-phone", S.phone, "tel"),
    cEmail = field("contact-email", S.email, "email"), cSend = button("contact-send", S.save, 0, "submit"),
    cForm = el("form", {cls: "form", ld: "contact-form", hidden: ""}, [cName.row, cPhone.row, cEmail.row, cSend]),
    cDone = el("p", {cls: "done", ld: "contact-done", hidden: "", text: S.saved}),
    cOpen = el("button", {type: "button", cls: "link", ld: "contact-open", hidden: "", text: S.leave});
  var oName = field("offline-name", S.name, "text"), oPhone = field("offline-phone", S.phone, "tel"),
    oEmail = field("offline-email", S.email, "email"), oText = field("offline-text", S.message),
    oSend = button("offline-send", S.send, 0, "submit"),
    oForm = el("form", {cls: "form", ld: "offline-form", hidden: ""}, [oName.row, oPhone.row, oEmail.row, oText.row, oSend]),
    oDone = el("p", {cls: "done", ld: "offline-done", hidden: "", role: "status", text: S.thanks});
  var input = el("textarea", {cls: "in", ld: "input", rows: "2", placeholder: S.placeholder, "aria-label": S.placeholder}),
    sendBtn = button("send", S.send), foot = el("div", {cls: "foot"}, [input, sendBtn]),
    body = el("div", {cls: "body"}, [greetEl, offNote, oForm, oDone, list, cOpen, cForm, cDone]),
    panel = el("div", {cls: "panel", ld: "panel", role: "dialog", "aria-label": S.title, hidden: ""},
      [el("div", {cls: "head"}, [titleEl, closeBtn]), body, errEl, foot]);
  root.appendChild(el("style", {text: CSS}));
  root.appendChild(el("div", {cls: "box"}, [panel, openBtn]));
  (document.body || document.documentElement).appendChild(host);

  var visitor = store(), lastId = 0, shown = {}, queue = [], sending = 0, polling = 0, online = true,
    unread = 0, errors = {};
  function setError(kind, text) {
    if (text) errors[kind] = text; else delete errors[kind];
    var k = Object.keys(errors);
    errEl.textContent = k.length ? errors[k[k.length - 1]] : "";
  }
  function down() { body.scrollTop = body.scrollHeight; }
  function render(m, node) {
    node = node || el("div", {cls: "msg", ld: "message"}, [el("div", {cls: "txt", ld: "text"}), el("div", {cls: "meta"})]);
    node.setAttribute("data-from", m.from);
    node.setAttribute("data-state", m.id ? "sent" : "pending");
    if (m.id) node.setAttribute("data-id", m.id);
    node.firstChild.textContent = m.text;
    var d = new Date(m.at);
    node.lastChild.textContent = (m.author || (m.from === "visitor" ? S.you : S.op)) + " · " +
      (!m.id ? S.sending : isNaN(d) ? "" : d.toLocaleTimeString(LANG, {hour: "2-digit", minute: "2-digit"}));
    if (!node.parentNode) list.appendChild(node);
    down();
    return node;
  }
  // A message of the conversation from the service: shown once, however it came.
  function arrived(m) {
    if (shown[m.id]) return;
    var own = m.from === "visitor" && queue.filter(function (q) { return q.flying && !q.id && q.text === m.text; })[0];
    if (own) own.id = m.id;
    shown[m.id] = render(m, own && own.node);
    if (m.from === "operator" && panel.hidden) { badge.textContent = ++unread; badge.hidden = false; }
  }
  function mode() {
    var offForm = !online && !visitor && !list.firstChild;
    offNote.hidden = online;
    greetEl.hidden = !online;
    oForm.hidden = !offForm || !oDone.hidden;
    foot.hidden = list.hidden = offForm || !oDone.hidden;
    cOpen.hidden = !visitor || !cDone.hidden || !cForm.hidden;
  }
  function status() {
    return call("GET", "/status").then(function (r) {
      if (r.status !== 200) return;
      online = r.body.online !== false;
      if (r.body.title) titleEl.textContent = r.body.title;
      if (r.body.greeting) greetEl.textContent = r.body.greeting;
      if (r.body.offline_text) offNote.textContent = r.body.offline_text;
      mode();
    });
  }
  // A conversation the service no longer knows (a cleared database): the next message starts anew.
  function gone(r) {
    if (r.status !== 404 || r.body.error !== "unknown_visitor" || !visitor) return false;
    store(visitor = null);
    lastId = 0;
    return true;
  }
  // Long polling: every message after the last one seen; growing pauses while unreachable.
  async function poll() {
    if (polling || !visitor) return;
    polling = 1;
    for (var fails = 0, began; visitor;) {
      began = Date.now();
      var r = await call("GET", "/messages?visitor=" + encodeURIComponent(visitor) + "&after=" + lastId + "&wait=25", 0, 35000);
      var got = r.body.messages || [];
      if (r.status === 200) {
        fails = 0; setError("poll");
        got.forEach(function (m) { arrived(m); lastId = Math.max(lastId, m.id); });
        if (typeof r.body.online === "boolean" && r.body.online !== online) { online = r.body.online; mode(); }
        if (!got.length && Date.now() - began < 1000) await sleep(1000);  // a service that did not wait
      } else if (gone(r)) {
        break;
      } else if (r.status === 400 || r.status === 403 || r.status === 404) {
        setError("poll", S.failed); break;
      } else {
        setError("poll", r.status === 429 ? S.slow : S.net);
        await sleep(r.retry ? r.retry * 1000 : pause(fails++));
      }
    }
    polling = 0;
  }
  // Sends the queue in order; a message stays queued (and shown) until the service has it.
  async function flush() {
    if (sending) return;
    sending = 1;
    for (var fails = 0; queue.length;) {
      var q = queue[0];
      q.flying = true;
      var r = await call("POST", "/messages", {visitor: visitor, text: q.text, page: location.href, referrer: document.referrer});
      var m = r.body.message;
      if (r.status === 201 && r.body.visitor) {
        fails = 0; setError("send"); queue.shift();
        if (!visitor) store(visitor = r.body.visitor);
        if (m && m.id && shown[m.id] !== q.node) {
          if (shown[m.id]) q.node.remove(); else { q.id = m.id; shown[m.id] = render(m, q.node); }
        }
        mode(); poll();
      } else if (gone(r)) {
        q.flying = false;  // sent again as the first message of a new conversation
      } else if (!r.status || r.status >= 500 || r.status === 429) {
        setError("send", r.status === 429 ? S.slow : S.net);
        await sleep(r.retry ? r.retry * 1000 : pause(fails++));
      } else {  // refused for good: the text goes back into the input
        queue.shift(); q.node.remove();
        if (!input.value) input.value = q.text;
        setError("send", r.status === 413 ? S.tooLong : S.failed);
      }
    }
    sending = 0;
  }
  function send() {
    var text = input.value;
    if (!text.trim()) return;
    if (Array.from(text).length > 4000) return setError("send", S.tooLong);
    setError("send");
    input.value = "";
    queue.push({text: text, node: render({from: "visitor", text: text})});
    flush();
  }
  function submit(form, path, fields, check, need, payload, done) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var v = {visitor: visitor}, go = form.querySelector("button");
      for (var k in fields) v[k] = k === "text" ? fields[k].value : fields[k].value.trim();
      var bad = check(v);
      function mark(list) { for (var k in fields) fields[k].classList.toggle("bad", list.indexOf(k) >= 0); }
      mark(bad);
      if (bad.length) return setError(path, need);
      go.disabled = true;
      call("POST", "/" + path, Object.assign(v, payload)).then(function (r) {
        go.disabled = false;
        if (r.status === 200 || r.status === 201) { setError(path); form.hidden = true; done.hidden = false; return mode(); }
        mark(r.body.fields || []);
        setError(path, !r.status ? S.net : r.status === 429 ? S.slow : r.status === 422 ? need :
          r.status === 413 ? S.tooLong : S.failed);
      });
    });
  }
  submit(oForm, "offline", {name: oName, phone: oPhone, email: oEmail, text: oText}, function (v) {
    return (v.text.trim() ? [] : ["text"]).concat(v.phone || v.email ? [] : ["phone", "email"]);
  }, S.need, {page: location.href, referrer: document.referrer}, oDone);
  submit(cForm, "contact", {name: cName, phone: cPhone, email: cEmail}, function (v) {
    return v.phone || v.email ? [] : ["phone", "email"];
  }, S.reach, {}, cDone);
  cOpen.addEventListener("click", function () { cOpen.hidden = true; cForm.hidden = false; cName.focus(); down(); });
  sendBtn.addEventListener("click", function () { send(); input.focus(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); send(); }
  });
  openBtn.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    if (panel.hidden) return;
    unread = 0; badge.hidden = true;
    status(); down();
    (foot.hidden ? oName : input).focus();
  });
  closeBtn.addEventListener("click", function () { panel.hidden = true; openBtn.focus(); });
  status(); mode(); poll();
})();
