// sosdesk — page mobile des professionnels. Pas de framework : HTML, CSS et ce fichier.
// Ce qui est saisi part dans une file (localStorage) envoyée dans l'ordre ; un envoi raté reste
// dans la file et repart seul (toutes les 15 s, au retour du réseau, à la réouverture de la page).
"use strict";
(function () {
  var SESSION = "sosdesk.field.session", QUEUE = "sosdesk.field.queue", CACHE = "sosdesk.field.week";
  var LABELS = { present: "Présent", absent_excused: "Excusé", absent_unexcused: "Absent / annulé tard" };
  var TZ = "Europe/Paris";
  var week = null, notes = {}, sending = false, retryTimer = null, siteDay = {};
  var $ = function (id) { return document.getElementById(id); };

  function store(key, value) {
    try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(value)); }
    catch (e) { /* stockage plein : l'envoi direct reste possible */ }
  }
  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
  }
  function uid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var a = new Uint8Array(16); crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function el(tag, attrs, text) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) { if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]); }
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function params() { return new URLSearchParams(location.search); }
  function today() {
    var pinned = params().get("day");
    if (pinned) return pinned;
    var p = new Intl.DateTimeFormat("fr-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
    return p.format(new Date());
  }
  function dayKey(iso) {
    return new Intl.DateTimeFormat("fr-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" })
      .format(new Date(iso));
  }
  function hhmm(date) {
    return new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, hour: "2-digit", minute: "2-digit" }).format(date);
  }
  function dayTitle(key) {
    var d = new Date(key + "T12:00:00Z");
    return new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, weekday: "long", day: "numeric", month: "long" }).format(d);
  }

  function api(method, path, body, contentType) {
    var headers = {};
    var session = load(SESSION, null);
    if (session) headers.Authorization = "Bearer " + session.session;
    var init = { method: method, headers: headers, cache: "no-store" };
    if (body !== undefined) {
      if (contentType) { headers["Content-Type"] = contentType; init.body = body; }
      else { headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    }
    return fetch(path, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        if (!r.ok) { var e = new Error(data.detail || ("erreur " + r.status)); e.status = r.status; throw e; }
        return data;
      });
    });
  }

  // ---- connexion -------------------------------------------------------------------------
  function showSignin(message) {
    $("signin").hidden = false; $("days").hidden = true; $("signout").hidden = true;
    $("signin-error").textContent = message || "";
  }
  function signin(code) {
    $("signin-error").textContent = "";
    return api("POST", "/v1/field/signin", { code: code }).then(function (out) {
      store(SESSION, out);
      var p = params(); p.delete("c");
      var q = p.toString();
      history.replaceState(null, "", location.pathname + (q ? "?" + q : ""));
      start();
    }).catch(function (e) {
      showSignin(e.status ? e.message : "Pas de réseau : réessayez quand le téléphone est connecté.");
    });
  }
  $("signin-form").addEventListener("submit", function (ev) { ev.preventDefault(); signin($("code").value); });
  $("signout").addEventListener("click", function () {
    api("POST", "/v1/field/signout").catch(function () {});
    store(SESSION, null); store(CACHE, null); store(QUEUE, null); week = null;
    showSignin("Vous êtes déconnecté(e).");
  });

  // ---- semaine ---------------------------------------------------------------------------
  function fetchWeek() {
    return api("GET", "/v1/field/week?from=" + encodeURIComponent(today()) + "&days=7").then(function (out) {
      week = out; store(CACHE, out); applyQueue(); render();
    }).catch(function (e) {
      if (e.status === 401) { store(SESSION, null); showSignin(e.message); return; }
      week = load(CACHE, null);
      if (week) { applyQueue(); render(); }
      showQueue("Hors connexion : planning enregistré sur ce téléphone.");
    });
  }
  function meeting(id) {
    var list = (week && week.meetings) || [];
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i];
    return null;
  }
  // Ce qui attend dans la file est montré comme déjà saisi.
  function applyQueue() {
    load(QUEUE, []).forEach(function (item) { optimistic(item); });
  }
  function optimistic(item) {
    var m = meeting(item.meeting_id);
    if (!m) return;
    if (item.kind === "attendance") {
      m.beneficiaries.forEach(function (b) { if (b.id === item.beneficiary_id) b.attendance = item.value; });
    } else if (item.kind === "self_present") { m.me_present = true; }
    else if (item.kind === "proof") { m.proof_pending = true; }
  }

  function render() {
    var root = $("days");
    root.textContent = "";
    $("signin").hidden = true; root.hidden = false; $("signout").hidden = false;
    var byDay = {};
    week.meetings.forEach(function (m) { (byDay[dayKey(m.start)] = byDay[dayKey(m.start)] || []).push(m); });
    var first = week.from;
    var keys = [];
    for (var i = 0; i < week.days; i++) {
      var d = new Date(first + "T12:00:00Z"); d.setUTCDate(d.getUTCDate() + i);
      keys.push(d.toISOString().slice(0, 10));
    }
    keys.forEach(function (key, i) {
      var list = byDay[key] || [];
      if (i > 0 && !list.length) return;
      var title = dayTitle(key);
      root.appendChild(el("h2", {}, i === 0 ? "Aujourd'hui — " + title : title.charAt(0).toUpperCase() + title.slice(1)));
      if (!list.length) root.appendChild(el("p", { "class": "empty" }, "Aucun rendez-vous."));
      list.forEach(function (m) { root.appendChild(card(m)); });
    });
    if (week.meetings.length === 0) root.appendChild(el("p", { "class": "empty" }, "Rien de prévu cette semaine."));
  }

  function card(m) {
    var start = new Date(m.start), end = new Date(start.getTime() + m.minutes * 60000);
    var c = el("article", { "class": "card" + (m.status === "cancelled" ? " cancelled" : ""), "data-meeting": m.id });
    c.appendChild(el("div", { "class": "when" }, hhmm(start) + " – " + hhmm(end) +
      (m.status === "cancelled" ? " · annulé" : "")));
    var what = m.type + (m.seats ? " · " + m.beneficiaries.length + "/" + m.seats + " places" : "");
    c.appendChild(el("div", { "class": "what" }, what));
    var where = el("div", { "class": "where" });
    where.appendChild(el("div", {}, m.site.name + (m.site.address ? " — " + m.site.address : "")));
    if (m.site.map) {
      var a = el("a", { href: m.site.map, target: "_blank", rel: "noopener noreferrer" }, "Itinéraire (carte)");
      where.appendChild(a);
    }
    c.appendChild(where);
    if (m.status === "cancelled") return c;
    m.beneficiaries.forEach(function (b) {
      var row = el("div", { "class": "ben", "data-beneficiary": b.id });
      row.appendChild(el("div", { "class": "name" }, b.initials));
      var choices = el("div", { "class": "choices", role: "group", "aria-label": "Présence de " + b.initials });
      Object.keys(LABELS).forEach(function (value) {
        var btn = el("button", { type: "button", "class": value, "data-value": value,
                                 "aria-pressed": String(b.attendance === value) }, LABELS[value]);
        btn.addEventListener("click", function () {
          if (b.attendance === value) return;
          enqueue({ kind: "attendance", meeting_id: m.id, beneficiary_id: b.id, value: value,
                    seen: { attendance: b.attendance, status: m.status }, base_version: m.row_version });
        });
        choices.appendChild(btn);
      });
      row.appendChild(choices);
      c.appendChild(row);
    });
    var actions = el("div", { "class": "actions" });
    var me = el("button", { type: "button", "class": "me", "aria-pressed": String(!!m.me_present) },
                m.me_present ? "Présent(e) ✓" : "Je suis présent(e)");
    me.addEventListener("click", function () {
      if (m.me_present) return;
      enqueue({ kind: "self_present", meeting_id: m.id, seen: { status: m.status }, base_version: m.row_version });
    });
    actions.appendChild(me);
    var label = el("label", { "class": "photo" }, m.proof || m.proof_pending ? "Feuille jointe ✓ (remplacer)" : "Photo de la feuille");
    var input = el("input", { type: "file", accept: "image/jpeg,image/png", capture: "environment",
                              "aria-label": "Photo de la feuille d'émargement" });
    input.addEventListener("change", function () {
      if (input.files && input.files[0]) photo(m, input.files[0]);
    });
    label.appendChild(input);
    actions.appendChild(label);
    c.appendChild(actions);
    var sameDay = week.meetings.filter(function (o) {
      return o.site.name === m.site.name && dayKey(o.start) === dayKey(m.start) && o.status !== "cancelled";
    }).length;
    if (sameDay > 1) {
      var box = el("label", { "class": "siteday" });
      var check = el("input", { type: "checkbox", "class": "siteday-check" });
      check.checked = !!siteDay[m.id];
      check.addEventListener("change", function () { siteDay[m.id] = check.checked; });
      box.appendChild(check);
      box.appendChild(document.createTextNode(" Même feuille pour les " + sameDay + " rendez-vous de la journée sur ce site"));
      c.appendChild(box);
    }
    var note = notes[m.id];
    if (note) c.appendChild(el("div", { "class": "note " + note.kind, role: "status" }, note.text));
    return c;
  }

  // Photo réduite sur le téléphone (1600 px, JPEG) : moins de données sur un réseau faible.
  function photo(m, file) {
    var url = URL.createObjectURL(file);
    var img = new Image();
    img.onload = function () {
      var scale = Math.min(1, 1600 / Math.max(img.width, img.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(img.width * scale); canvas.height = Math.round(img.height * scale);
      canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      enqueue({ kind: "proof", meeting_id: m.id, data: canvas.toDataURL("image/jpeg", 0.8),
                seen: { proof: m.proof || "" }, base_version: m.row_version, site_day: !!siteDay[m.id] });
    };
    img.onerror = function () {
      URL.revokeObjectURL(url);
      notes[m.id] = { kind: "conflict", text: "Ce fichier n'est pas une photo lisible." }; render();
    };
    img.src = url;
  }

  // ---- file d'envoi ----------------------------------------------------------------------
  function enqueue(item) {
    item.client_id = uid();
    var q = load(QUEUE, []); q.push(item); store(QUEUE, q);
    optimistic(item); notes[item.meeting_id] = { kind: "pending", text: "En attente d'envoi…" }; render(); flush();
  }
  function showQueue(text, ok) {
    var bar = $("queue");
    bar.hidden = !text; bar.textContent = text || ""; bar.className = "queue" + (ok ? " ok" : "");
  }
  function pendingText(n) {
    return n === 1 ? "1 saisie en attente d'envoi (nouvel essai automatique)."
                   : n + " saisies en attente d'envoi (nouvel essai automatique).";
  }
  function send(item) {
    if (item.kind === "proof") {
      var bytes = atob(item.data.split(",")[1]);
      var buf = new Uint8Array(bytes.length);
      for (var i = 0; i < bytes.length; i++) buf[i] = bytes.charCodeAt(i);
      var q = "meeting_id=" + encodeURIComponent(item.meeting_id) + "&client_id=" + encodeURIComponent(item.client_id) +
              "&seen=" + encodeURIComponent(item.seen.proof || "") + "&base_version=" + item.base_version +
              (item.site_day ? "&site_day=true" : "");
      return api("POST", "/v1/field/proof?" + q, new Blob([buf], { type: "image/jpeg" }), "image/jpeg");
    }
    return api("POST", "/v1/field/record", {
      client_id: item.client_id, meeting_id: item.meeting_id, kind: item.kind,
      beneficiary_id: item.beneficiary_id || null, value: item.value || null,
      seen: item.seen, base_version: item.base_version });
  }
  function outcome(item, result) {
    if (result.status === "conflict") {
      notes[item.meeting_id] = { kind: "conflict", text: "Déjà saisi autrement au bureau : votre saisie est " +
        "gardée et sera examinée par l'antenne (rien n'a été écrasé)." };
    } else if (result.status === "rejected") {
      notes[item.meeting_id] = { kind: "conflict", text: "Saisie refusée par le service (" + result.reason + ")." };
    } else {
      var text = item.kind === "proof" ? "Feuille envoyée ✓" : "Enregistré ✓";
      if (result.also && result.also.length) text += " (et pour " + result.also.length + " autre(s) rendez-vous)";
      notes[item.meeting_id] = { kind: "done", text: text };
    }
  }
  function flush() {
    if (sending) return;
    var q = load(QUEUE, []);
    if (!q.length) { if (week) showQueue("Tout est envoyé.", true); return; }
    sending = true;
    showQueue(pendingText(q.length));
    var item = q[0];
    send(item).then(function (result) {
      var rest = load(QUEUE, []).filter(function (x) { return x.client_id !== item.client_id; });
      store(QUEUE, rest); sending = false; outcome(item, result);
      if (!rest.length) fetchWeek(); else { render(); }
      flush();
    }).catch(function (e) {
      sending = false;
      if (e.status === 401) { showSignin(e.message); return; }
      if (e.status && e.status < 500 && e.status !== 408 && e.status !== 429) {
        // Refus définitif (photo illisible, rendez-vous retiré…) : on le dit et on passe à la suite.
        store(QUEUE, load(QUEUE, []).filter(function (x) { return x.client_id !== item.client_id; }));
        notes[item.meeting_id] = { kind: "conflict", text: "Non enregistré : " + e.message };
        render(); flush(); return;
      }
      showQueue(pendingText(load(QUEUE, []).length));
      clearTimeout(retryTimer); retryTimer = setTimeout(flush, 15000);
    });
  }
  window.addEventListener("online", flush);

  function start() {
    if (!load(SESSION, null)) { showSignin(""); return; }
    week = load(CACHE, null);
    if (week) { applyQueue(); render(); }
    fetchWeek().then(flush);
  }
  var code = params().get("c");
  if (code) signin(code); else start();
})();
