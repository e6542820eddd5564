"use strict";
// The review page: one article at a time (a page of 1,000 articles keeps one in the DOM).
// Every piece of article text enters the page through textContent, never as markup.
(function () {
  const data = JSON.parse(document.getElementById("newsfacts-data").textContent);
  const articles = data.articles;
  const byId = (id) => document.getElementById(id);
  let current = -1;
  let segments = [];   // the current text, cut at every span boundary: {a, b, node, ids}

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function number(value) {
    return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", {maximumFractionDigits: 2});
  }

  function money(amount, currency, approximate) {
    if (amount === null || amount === undefined) return null;
    return (approximate ? "about " : "") + number(amount) + " " + (currency || "?");
  }

  function period(start, end) {
    return start || end ? (start || "?") + " .. " + (end || "?") : "period unknown";
  }

  // ------------------------------------------------------------ the list of articles

  function lowerText(article) {
    if (article.lower === undefined) article.lower = (article.doc_id + "\n" + (article.text || "")).toLowerCase();
    return article.lower;
  }

  function renderList() {
    const query = byId("search").value.trim().toLowerCase();
    const list = byId("article-list");
    list.replaceChildren();
    let shown = 0;
    articles.forEach(function (article, i) {
      if (query && !lowerText(article).includes(query)) return;
      const item = el("li", i === current ? "current" : "", article.doc_id);
      item.dataset.index = String(i);
      const record = article.record;
      if (record.error) {
        item.append(el("span", "badge error", record.error.type));
      } else {
        if (record.trade_stats.length) item.append(el("span", "badge", record.trade_stats.length + " trade"));
        if (record.meetings.length) item.append(el("span", "badge", record.meetings.length + " met"));
        const doubts = record.warnings.length + article.notes.length;
        if (doubts) item.append(el("span", "badge warn", doubts + " warning" + (doubts > 1 ? "s" : "")));
      }
      item.addEventListener("click", function () { select(i); });
      list.append(item);
      shown += 1;
    });
    byId("list-count").textContent = shown + " of " + articles.length + " articles";
  }

  // ------------------------------------------------------------ one article

  function renderHead(article) {
    const head = byId("article-head");
    const record = article.record;
    const facts = [record.published ? "published " + record.published : "no publication date",
                   record.publisher, (record.authors || []).join(", ")].filter(Boolean);
    head.replaceChildren(el("h2", "", article.doc_id), el("p", "", facts.join(" · ")));
  }

  function renderProblems(article) {
    const box = byId("problems");
    box.replaceChildren();
    const record = article.record;
    if (record.error) box.append(el("div", "problem error", "Error record: " + record.error.type + ": " + record.error.message));
    (record.warnings || []).forEach(function (w) { box.append(el("div", "problem warning", "Warning: " + w)); });
    article.notes.forEach(function (n) { box.append(el("div", "problem note", "Review: " + n)); });
  }

  function renderLegend(article) {
    const legend = byId("legend");
    legend.replaceChildren();
    data.types.forEach(function (type) {
      const n = article.mentions.filter(function (m) { return m.type === type.key; }).length;
      legend.append(el("li", "m t-" + type.key, type.label + " " + n));
    });
  }

  function renderText(article) {
    const box = byId("article-text");
    box.replaceChildren();
    segments = [];
    const text = article.text;
    if (text === null) {
      box.append(el("p", "empty", "No text for this record."));
      return;
    }
    const record = article.record;
    const cuts = new Set([0, text.length]);
    article.mentions.forEach(function (m) { cuts.add(m.start); cuts.add(m.end); });
    (record.trade_stats || []).concat(record.meetings || []).forEach(function (r) {
      cuts.add(r.evidence.start); cuts.add(r.evidence.end);
    });
    const points = Array.from(cuts).filter(function (x) { return x >= 0 && x <= text.length; })
      .sort(function (x, y) { return x - y; });
    const mentions = article.mentions;   // sorted by start
    let next = 0;
    let open = [];
    for (let p = 0; p + 1 < points.length; p += 1) {
      const a = points[p], b = points[p + 1];
      while (next < mentions.length && mentions[next].start <= a) { open.push(mentions[next]); next += 1; }
      open = open.filter(function (m) { return m.end > a; });
      const node = el("span", "seg", text.slice(a, b));
      const covering = open.filter(function (m) { return m.end >= b; });
      if (covering.length) {
        // the innermost span gives the colour; the tooltip names them all
        const inner = covering.reduce(function (x, y) { return y.end - y.start < x.end - x.start ? y : x; });
        node.classList.add("m", "t-" + inner.type);
        node.dataset.types = covering.map(function (m) { return m.type; }).join(" ");
        node.title = covering.map(function (m) { return m.label; }).join(" · ");
      }
      segments.push({a: a, b: b, node: node, ids: covering.map(function (m) { return m.id; })});
      box.append(node);
    }
  }

  function recordButton(kind, index, what, detail) {
    const button = el("button", "record");
    button.type = "button";
    button.dataset.kind = kind;
    button.dataset.index = String(index);
    button.setAttribute("aria-pressed", "false");
    button.append(el("div", "what", what), el("div", "detail", detail));
    button.addEventListener("click", function () { highlight(kind, index, button); });
    const item = el("li");
    item.append(button);
    return item;
  }

  function renderRecords(article) {
    const record = article.record;
    const trade = byId("trade-list"), meetings = byId("meeting-list"), people = byId("people-list");
    trade.replaceChildren(); meetings.replaceChildren(); people.replaceChildren();
    (record.trade_stats || []).forEach(function (s, i) {
      const flow = s.metric === "turnover" ? (s.reporter || "?") + " – " + (s.partner || "world")
        : (s.reporter || "?") + (s.metric === "exports" ? " → " : " ← ") + (s.partner || "world");
      const figure = [money(s.amount, s.currency, s.approximate),
                      s.change_pct === null ? null : (s.change_pct > 0 ? "+" : "") + s.change_pct + "%"].filter(Boolean).join(", ");
      const detail = [period(s.period_start, s.period_end), s.status, s.commodity].filter(Boolean).join(" · ");
      trade.append(recordButton("trade_stats", i, s.metric + " " + flow + ": " + (figure || "?"), detail));
    });
    (record.meetings || []).forEach(function (m, i) {
      const who = m.participants.map(function (p) {
        return (p.name || p.title || "an official") + (p.country ? " (" + p.country + ")" : "");
      }).join(", ");
      const detail = [m.date ? m.date + (m.date_source === "published" ? " (publication date)" : "") : "undated",
                      m.status, m.location, m.countries.join(", ")].filter(Boolean).join(" · ");
      meetings.append(recordButton("meetings", i, m.kind + (who ? ": " + who : ""), detail));
    });
    (record.people || []).forEach(function (p) {
      const about = [(p.titles || [])[0], p.country, p.organization].filter(Boolean).join(", ");
      people.append(el("li", "", p.name + (about ? " — " + about : "")));
    });
    [[trade, "No trade statistics."], [meetings, "No meetings."], [people, "No people."]].forEach(function (pair) {
      if (!pair[0].children.length) pair[0].append(el("li", "empty", pair[1]));
    });
  }

  // marks the record's evidence and the spans it was built from
  function highlight(kind, index, button) {
    document.querySelectorAll(".record.selected").forEach(function (b) {
      b.classList.remove("selected"); b.setAttribute("aria-pressed", "false");
    });
    button.classList.add("selected");
    button.setAttribute("aria-pressed", "true");
    const article = articles[current];
    const evidence = article.record[kind][index].evidence;
    const linked = new Set(article.links[kind][index] || []);
    let first = null;
    segments.forEach(function (s) {
      const inside = s.a >= evidence.start && s.b <= evidence.end && s.b > s.a;
      s.node.classList.toggle("evidence", inside);
      s.node.classList.toggle("linked", s.ids.some(function (id) { return linked.has(id); }));
      if (inside && first === null) first = s.node;
    });
    if (first !== null) first.scrollIntoView({block: "center"});
  }

  function select(i) {
    current = i;
    const article = articles[i];
    document.querySelectorAll("#article-list li.current").forEach(function (li) { li.classList.remove("current"); });
    const item = document.querySelector('#article-list li[data-index="' + i + '"]');
    if (item) item.classList.add("current");
    renderHead(article);
    renderProblems(article);
    renderLegend(article);
    renderText(article);
    renderRecords(article);
    byId("article-pane").scrollTop = 0;
    history.replaceState(null, "", "#" + encodeURIComponent(article.doc_id));
  }

  byId("search").addEventListener("input", renderList);
  renderList();
  if (articles.length) {
    const wanted = decodeURIComponent(location.hash.slice(1));
    const found = articles.findIndex(function (a) { return a.doc_id === wanted; });
    select(found >= 0 ? found : 0);
  } else {
    byId("article-text").append(el("p", "empty", "No articles."));
  }
})();
