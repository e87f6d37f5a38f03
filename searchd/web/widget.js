// vnsearch search widget: a search box with results as you type, facets, sorting and pages, for any
// page that adds two lines:
//
//   <div id="tim-kiem"></div>
//   <script src="https://SEARCHD-HOST/widget.js" data-target="#tim-kiem"></script>
//
// Optional attributes: data-api (searchd's base URL; default: where this script came from),
// data-per-page (default 10). The portal's searchd must allow the page's origin (--cors-origin).
//
// No framework and no build step. The widget lives in a shadow root, so its CSS (widget.css, from the
// same searchd) and the host page's CSS do not reach each other. Its state (q, org, date, sort, page)
// lives in the host page's URL, so a results page can be bookmarked, shared and reloaded.
//
// Safety: every text from the index goes in through textContent. The only HTML inserted is the API's
// title_html and snippet (escaped text with <mark>), and only after checking it holds nothing but
// text and bare <mark> elements; article links are followed only when they are http(s).
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var scriptUrl = new URL(script.src, document.baseURI);
  var api = (script.getAttribute("data-api") || scriptUrl.origin).replace(/\/+$/, "");
  var perPage = Math.min(100, Math.max(1, parseInt(script.getAttribute("data-per-page") || "10", 10) || 10));
  var DEBOUNCE_MS = 150;
  var ORG_FACET_SIZE = 8;
  var MAX_PAGE = 10000;  // searchd's limit on page

  var TEXT = {
    label: "Tìm kiếm bài viết",
    placeholder: "Nhập từ khóa, ví dụ: đại hội đảng",
    submit: "Tìm",
    searching: "Đang tìm…",
    results: function (n) { return n.toLocaleString("vi-VN") + " kết quả"; },
    // total_exact false: the total is searchd's estimate.
    about: function (n) { return "khoảng " + n.toLocaleString("vi-VN") + " kết quả"; },
    none: function (q) { return "Không tìm thấy bài viết nào cho “" + q + "”."; },
    failed: "Không kết nối được máy chủ tìm kiếm. Vui lòng thử lại.",
    didYouMean: "Có phải bạn muốn tìm: ",
    dateFacet: "Thời gian",
    orgFacet: "Cơ quan, tổ chức",
    filters: "Đang lọc:",
    removeFilter: "Bỏ lọc ",
    clearFilters: "Xóa bộ lọc",
    sort: "Sắp xếp",
    sorts: [["relevance", "Liên quan nhất"], ["date_desc", "Mới nhất"], ["date_asc", "Cũ nhất"]],
    pages: "Phân trang",
    previous: "‹ Trước",
    next: "Sau ›",
    page: function (n) { return "Trang " + n; },
    month: function (m) { return "Tháng " + parseInt(m, 10); },
    untitled: "(Bài viết không có tiêu đề)",
    hint: "Dùng phím ↑ ↓ để chọn kết quả, Esc để quay lại ô tìm kiếm."
  };

  // ---- state <-> host page URL -------------------------------------------------------------------

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var sort = params.get("sort");
    var page = parseInt(params.get("page") || "1", 10);
    return {
      q: params.get("q") || "",
      orgs: params.getAll("org").filter(Boolean),
      date: /^\d{4}(-\d{2}){0,2}$/.test(params.get("date") || "") ? params.get("date") : "",
      sort: TEXT.sorts.some(function (s) { return s[0] === sort; }) ? sort : "relevance",
      page: page >= 1 && page <= MAX_PAGE ? page : 1
    };
  }

  // Writes the state into the URL, keeping the host page's own parameters.
  function writeState(state, push) {
    var params = new URLSearchParams(window.location.search);
    ["q", "org", "date", "sort", "page"].forEach(function (name) { params.delete(name); });
    if (state.q) params.set("q", state.q);
    state.orgs.forEach(function (org) { params.append("org", org); });
    if (state.date) params.set("date", state.date);
    if (state.sort !== "relevance") params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    var search = params.toString();
    var url = window.location.pathname + (search ? "?" + search : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    (push ? history.pushState : history.replaceState).call(history, history.state, "", url);
  }

  // ---- the API request -----------------------------------------------------------------------------

  function lastDay(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }

  // A date bucket ("2020", "2020-10", "2020-10-08") -> its first and last day, and the finer interval.
  function dateRange(bucket) {
    var parts = bucket.split("-");
    if (parts.length === 1) return { from: bucket + "-01-01", to: bucket + "-12-31", interval: "month" };
    if (parts.length === 2) {
      var last = lastDay(parseInt(parts[0], 10), parseInt(parts[1], 10));
      return { from: bucket + "-01", to: bucket + "-" + String(last).padStart(2, "0"), interval: "day" };
    }
    return { from: bucket, to: bucket, interval: "day" };
  }

  function searchUrl(state) {
    var params = new URLSearchParams();
    params.set("q", state.q);
    // The last word may still be being typed; a trailing space says it is finished.
    params.set("prefix", "1");
    params.set("page", String(state.page));
    params.set("per_page", String(perPage));
    params.set("sort", state.sort);
    params.set("facets", "date,org");
    params.set("facet_size", String(Math.max(ORG_FACET_SIZE, 12)));
    state.orgs.forEach(function (org) { params.append("org", org); });
    if (state.date) {
      var range = dateRange(state.date);
      params.set("date_from", range.from);
      params.set("date_to", range.to);
      params.set("date_interval", range.interval);
    } else {
      params.set("date_interval", "year");
    }
    return api + "/search?" + params.toString();
  }

  // ---- DOM helpers ---------------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Inserts the API's marked HTML (escaped text and <mark>) when it is exactly that; else plain text.
  function setMarked(node, html, fallback) {
    var template = document.createElement("template");
    template.innerHTML = typeof html === "string" ? html : "";
    var elements = template.content.querySelectorAll("*");
    for (var i = 0; i < elements.length; i++) {
      if (elements[i].tagName !== "MARK" || elements[i].attributes.length !== 0) {
        node.textContent = fallback;
        return;
      }
    }
    node.replaceChildren(template.content);
  }

  function articleHref(hit) {
    try {
      var url = new URL(hit.url || "", window.location.href);
      if (hit.url && (url.protocol === "https:" || url.protocol === "http:")) return url.href;
    } catch (ignored) { /* not a URL: link to the stored article instead */ }
    return api + "/articles/" + encodeURIComponent(hit.id);
  }

  function displayDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
  }

  function bucketLabel(bucket) {
    var parts = bucket.split("-");
    if (parts.length === 2) return TEXT.month(parts[1]) + "/" + parts[0];
    if (parts.length === 3) return displayDate(bucket);
    return bucket;
  }

  // ---- the widget ----------------------------------------------------------------------------------

  function Widget(host) {
    this.state = readState();
    this.controller = null;
    this.timer = 0;
    this.sequence = 0;
    this.build(host);
    var self = this;
    window.addEventListener("popstate", function () {
      self.state = readState();
      self.input.value = self.state.q;
      self.search();
    });
    this.input.value = this.state.q;
    if (this.state.q || this.state.orgs.length || this.state.date) this.search();
  }

  Widget.prototype.build = function (host) {
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    // Hidden until widget.css arrives, so the page never shows it unstyled (shown anyway if it fails).
    var guard = el("style", "", ":host{display:block}.vns{visibility:hidden}");
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = api + "/widget.css";
    link.addEventListener("error", function () { guard.textContent = ":host{display:block}"; });
    var box = el("div", "vns");
    box.lang = "vi";
    root.replaceChildren(guard, link, box);

    var form = el("form", "vns-form");
    form.setAttribute("role", "search");
    var label = el("label", "vns-visually-hidden", TEXT.label);
    var inputId = "vns-q";
    label.htmlFor = inputId;
    var input = el("input", "vns-input");
    input.id = inputId;
    input.type = "search";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.placeholder = TEXT.placeholder;
    input.setAttribute("aria-describedby", "vns-hint");
    input.setAttribute("aria-controls", "vns-hits");
    var button = el("button", "vns-submit", TEXT.submit);
    button.type = "submit";
    form.append(label, input, button);
    var hint = el("p", "vns-visually-hidden", TEXT.hint);
    hint.id = "vns-hint";

    this.status = el("p", "vns-status");
    this.status.setAttribute("role", "status");
    this.suggestion = el("p", "vns-suggestion");
    this.filters = el("div", "vns-filters");
    this.facets = el("aside", "vns-facets");
    this.facets.setAttribute("aria-label", TEXT.dateFacet + ", " + TEXT.orgFacet);
    var main = el("div", "vns-main");
    this.toolbar = el("div", "vns-toolbar");
    var sortLabel = el("label", "vns-sort", TEXT.sort + " ");
    this.sort = el("select", "vns-sort-select");
    var self = this;
    TEXT.sorts.forEach(function (s) {
      var option = el("option", "", s[1]);
      option.value = s[0];
      self.sort.append(option);
    });
    sortLabel.append(this.sort);
    this.toolbar.append(sortLabel);
    this.hits = el("ol", "vns-hits");
    this.hits.id = "vns-hits";
    this.pages = el("nav", "vns-pages");
    this.pages.setAttribute("aria-label", TEXT.pages);
    main.append(this.toolbar, this.hits, this.pages);
    var body = el("div", "vns-body");
    body.append(this.facets, main);
    box.append(form, hint, this.status, this.suggestion, this.filters, body);
    this.box = box;
    this.input = input;

    input.addEventListener("input", function () {
      self.state.q = input.value;
      self.state.page = 1;
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.commit(false); }, DEBOUNCE_MS);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(self.timer);
      self.state.q = input.value;
      self.state.page = 1;
      self.commit(true);
    });
    this.sort.addEventListener("change", function () {
      self.state.sort = self.sort.value;
      self.state.page = 1;
      self.commit(true);
    });
    box.addEventListener("keydown", function (event) { self.onKey(event); });
  };

  // Arrows move between the search box and the result links; Escape returns to the box, then clears it.
  Widget.prototype.onKey = function (event) {
    var root = this.box.getRootNode();
    var links = Array.prototype.slice.call(this.hits.querySelectorAll("a.vns-title"));
    var stops = [this.input].concat(links);
    var index = stops.indexOf(root.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (index < 0 || links.length === 0) return;
      event.preventDefault();
      var next = index + (event.key === "ArrowDown" ? 1 : -1);
      stops[Math.max(0, Math.min(stops.length - 1, next))].focus();
    } else if (event.key === "Escape") {
      if (root.activeElement !== this.input) {
        event.preventDefault();
        this.input.focus();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
        this.state.q = "";
        this.state.page = 1;
        this.commit(true);
      }
    }
  };

  // The state changed: into the URL (a new history entry when push), then search.
  Widget.prototype.commit = function (push) {
    writeState(this.state, push);
    this.search();
  };

  Widget.prototype.search = function () {
    var state = this.state;
    this.sort.value = state.sort;
    if (!state.q.trim() && !state.orgs.length && !state.date) {
      if (this.controller) this.controller.abort();
      this.clear();
      return;
    }
    if (this.controller) this.controller.abort();
    var controller = new AbortController();
    this.controller = controller;
    var sequence = ++this.sequence;
    var self = this;
    this.box.setAttribute("aria-busy", "true");
    fetch(searchUrl(state), { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
          return body;
        });
      })
      .then(function (body) {
        if (sequence !== self.sequence) return;
        self.box.removeAttribute("aria-busy");
        self.render(body);
      })
      .catch(function (error) {
        if (error.name === "AbortError" || sequence !== self.sequence) return;
        self.box.removeAttribute("aria-busy");
        self.clear();
        self.status.textContent = TEXT.failed;
        self.status.classList.add("vns-error");
      });
  };

  Widget.prototype.clear = function () {
    this.status.textContent = "";
    this.status.classList.remove("vns-error");
    this.suggestion.replaceChildren();
    this.filters.replaceChildren();
    this.facets.replaceChildren();
    this.hits.replaceChildren();
    this.pages.replaceChildren();
    this.box.classList.remove("vns-has-results");
  };

  Widget.prototype.render = function (body) {
    this.clear();
    var state = this.state;
    this.box.classList.add("vns-has-results");
    var counted = body.total_exact === false ? TEXT.about : TEXT.results;
    this.status.textContent = body.total > 0 ? counted(body.total) : TEXT.none(state.q.trim());
    this.renderSuggestion(body.suggestion);
    this.renderFilters();
    this.renderFacets(body.facets || {}, body.facets_exact === false);
    var self = this;
    (body.hits || []).forEach(function (hit) { self.hits.append(self.hitItem(hit)); });
    this.renderPages(body.total);
  };

  Widget.prototype.hitItem = function (hit) {
    var item = el("li", "vns-hit");
    var link = el("a", "vns-title");
    link.href = articleHref(hit);
    if (hit.title) {
      setMarked(link, hit.title_html, hit.title);
    } else {
      link.textContent = TEXT.untitled;  // an empty link would be invisible and unreachable
      link.classList.add("vns-untitled");
    }
    var meta = el("p", "vns-meta");
    var date = displayDate(hit.date);
    if (date) {
      var time = el("time", "", date);
      time.dateTime = hit.date;
      meta.append(time);
    }
    if (hit.source) {
      if (date) meta.append(el("span", "vns-dot", " · "));
      meta.append(el("span", "vns-source", hit.source));
    }
    var snippet = el("p", "vns-snippet");
    setMarked(snippet, hit.snippet, "");
    item.append(link);
    if (meta.childNodes.length) item.append(meta);
    item.append(snippet);
    return item;
  };

  Widget.prototype.renderSuggestion = function (suggestion) {
    if (!suggestion) return;
    var self = this;
    var link = el("a", "vns-suggestion-link", suggestion);
    var params = new URLSearchParams(window.location.search);
    params.set("q", suggestion);
    params.delete("page");
    link.href = "?" + params.toString();
    link.addEventListener("click", function (event) {
      event.preventDefault();
      self.input.value = suggestion;
      self.state.q = suggestion;
      self.state.page = 1;
      self.commit(true);
    });
    this.suggestion.append(TEXT.didYouMean, link);
  };

  // The active filters as buttons that remove them.
  Widget.prototype.renderFilters = function () {
    var state = this.state;
    if (!state.orgs.length && !state.date) return;
    var self = this;
    this.filters.append(el("span", "vns-filters-label", TEXT.filters));
    var chip = function (text, remove) {
      var button = el("button", "vns-chip", text + " ×");
      button.type = "button";
      button.setAttribute("aria-label", TEXT.removeFilter + text);
      button.addEventListener("click", function () {
        remove();
        state.page = 1;
        self.commit(true);
      });
      self.filters.append(button);
    };
    if (state.date) chip(bucketLabel(state.date), function () { state.date = ""; });
    state.orgs.forEach(function (org) {
      chip(org, function () { state.orgs = state.orgs.filter(function (o) { return o !== org; }); });
    });
    var clearAll = el("button", "vns-clear", TEXT.clearFilters);
    clearAll.type = "button";
    clearAll.addEventListener("click", function () {
      state.orgs = [];
      state.date = "";
      state.page = 1;
      self.commit(true);
    });
    this.filters.append(clearAll);
  };

  // estimated: facets_exact false (counted over a sample or scaled up): counts shown as "~N".
  Widget.prototype.renderFacets = function (facets, estimated) {
    var state = this.state;
    var self = this;
    var group = function (title, className, values, isActive, choose, label) {
      if (!values || !values.length) return;
      var section = el("section", "vns-facet " + className);
      section.append(el("h3", "vns-facet-title", title));
      var list = el("ul", "vns-facet-list");
      values.forEach(function (value) {
        var item = el("li");
        var button = el("button", "vns-facet-value");
        button.type = "button";
        var active = isActive(value.value);
        button.setAttribute("aria-pressed", active ? "true" : "false");
        button.append(el("span", "vns-facet-name", label(value.value)),
                      el("span", "vns-count", (estimated ? "~" : "") + value.count.toLocaleString("vi-VN")));
        button.addEventListener("click", function () {
          choose(value.value, active);
          state.page = 1;
          self.commit(true);
        });
        item.append(button);
        list.append(item);
      });
      section.append(list);
      self.facets.append(section);
    };
    // Newest period first: the reader of news looks for recent ones.
    var dates = (facets.date || []).slice().reverse();
    group(TEXT.dateFacet, "vns-facet-date", dates,
          function (bucket) { return bucket === state.date; },
          function (bucket, active) { state.date = active ? "" : bucket; },
          bucketLabel);
    group(TEXT.orgFacet, "vns-facet-org", (facets.org || []).slice(0, ORG_FACET_SIZE),
          function (org) { return state.orgs.indexOf(org) >= 0; },
          function (org, active) {
            state.orgs = active ? state.orgs.filter(function (o) { return o !== org; }) : state.orgs.concat([org]);
          },
          function (org) { return org; });
  };

  Widget.prototype.renderPages = function (total) {
    var state = this.state;
    var last = Math.min(MAX_PAGE, Math.ceil(total / perPage));
    if (last <= 1) return;
    var self = this;
    var go = function (page, text, className, current) {
      var button = el("button", "vns-page " + (className || ""), text);
      button.type = "button";
      if (current) {
        button.setAttribute("aria-current", "page");
        button.disabled = true;
      }
      if (className !== "vns-page-step") button.setAttribute("aria-label", TEXT.page(page));
      button.addEventListener("click", function () {
        state.page = page;
        self.commit(true);
        self.input.scrollIntoView({ block: "nearest" });
      });
      self.pages.append(button);
    };
    if (state.page > 1) go(state.page - 1, TEXT.previous, "vns-page-step");
    var first = Math.max(1, Math.min(state.page - 2, last - 4));
    var end = Math.min(last, first + 4);
    for (var page = first; page <= end; page++) go(page, String(page), "", page === state.page);
    if (state.page < last) go(state.page + 1, TEXT.next, "vns-page-step");
  };

  function start() {
    var selector = script.getAttribute("data-target") || "#tim-kiem";
    var host = document.querySelector(selector);
    if (!host) {
      console.error("vnsearch widget: no element matches data-target=\"" + selector + "\"");
      return;
    }
    host.vnsearch = new Widget(host);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
