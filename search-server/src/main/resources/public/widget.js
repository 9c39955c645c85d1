/*! Muragat search widget. Put on any page:
 *   <script src="https://MURAGAT/widget.js" data-filter="fond=1" data-lang="kk" data-size="5"
 *           data-link="https://site/doc?id={id}&page={page}" data-target="#search"></script>
 * It renders a search box and results inside a Shadow DOM (styles isolated both ways), asks
 * Muragat's API without credentials and never parses server text as HTML. No dependencies. */
(function () {
  'use strict';
  var T = {
    kk: { ph: 'Мұрағаттан іздеу…', go: 'Іздеу', label: 'Іздеу сұрауы', found: 'Табылған құжаттар: {n}', none: 'Ештеңе табылмады',
      fail: 'Іздеу орындалмады',
      origin: 'Бұл сайтқа ({origin}) Muragat іздеуін қолдануға рұқсат жоқ. Muragat әкімшісі сайтты --cors-origins тізіміне қосуы керек.',
      offline: 'Muragat серверіне қосылу мүмкін болмады. Кейінірек қайталап көріңіз.', busy: 'Ізделуде…', page: '{n}-бет', prev: '← Алдыңғы', next: 'Келесі →', dym: 'Мүмкін, сіз іздегеніңіз:', by: 'Muragat арқылы іздеу' },
    ru: { ph: 'Поиск по архиву…', go: 'Найти', label: 'Поисковый запрос', found: 'Найдено документов: {n}', none: 'Ничего не найдено',
      fail: 'Не удалось выполнить поиск',
      origin: 'Этому сайту ({origin}) не разрешено пользоваться поиском Muragat. Администратор Muragat должен добавить сайт в --cors-origins.',
      offline: 'Сервер Muragat недоступен. Попробуйте позже.', busy: 'Ищем…', page: 'с. {n}', prev: '← Назад', next: 'Далее →', dym: 'Возможно, вы искали:', by: 'Поиск Muragat' },
    en: { ph: 'Search the archive…', go: 'Search', label: 'Search query', found: 'Documents found: {n}', none: 'Nothing found',
      fail: 'The search failed',
      origin: 'This site ({origin}) is not allowed to use Muragat search. The Muragat administrator must add it to --cors-origins.',
      offline: 'The Muragat server cannot be reached. Try again later.', busy: 'Searching…', page: 'p. {n}', prev: '← Previous', next: 'Next →', dym: 'Did you mean:', by: 'Search by Muragat' }
  };
  var CSS =
    ':host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;position:static!important;' +
    'font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif!important;color:#1d232b!important;' +
    'background:#fff!important;border:1px solid #cfd6de!important;border-radius:8px!important;padding:12px!important;' +
    'max-width:100%!important;box-sizing:border-box!important;text-align:left!important}' +
    '*{box-sizing:border-box;font:inherit;color:inherit;letter-spacing:normal;text-transform:none}' +
    'form{display:flex;gap:6px;margin:0}' +
    'input{flex:1;min-width:0;padding:7px 10px;border:1px solid #8a96a3;border-radius:6px;background:#fff;color:#1d232b}' +
    'button{padding:7px 14px;border:1px solid #1f5f99;border-radius:6px;background:#1f5f99;color:#fff;cursor:pointer}' +
    'button[disabled]{opacity:.5;cursor:default}.pager button,.dym button{background:#fff;color:#1f5f99;padding:3px 10px}' +
    '.status{margin:8px 0 4px;font-size:13px;color:#56616d}.status:empty{display:none}.status.error{color:#a4262c}' +
    'ol{list-style:none;margin:0;padding:0}.hit{margin:0;padding:9px 0;border-top:1px solid #e4e8ec}' +
    'a{color:#1f5f99;text-decoration:underline}.title{font-weight:600;font-size:16px}' +
    '.cite{font-size:13px;color:#56616d}ul{list-style:none;margin:4px 0 0;padding:0}' +
    '.snippet{margin:3px 0;font-size:14px}.snippet a{margin-right:6px;white-space:nowrap}' +
    'mark{background:#ffe27a;color:#1d232b;padding:0 1px;border-radius:2px}' +
    '.pager{display:flex;gap:6px;justify-content:space-between;margin-top:6px}.pager:empty{display:none}' +
    '.by{margin-top:8px;font-size:11px;color:#7a8590;text-align:right}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function fmt(s, n) { return s.replace('{n}', String(n)); }
  var ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  function decode(s) {
    return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,5});/gi, function (m, e) {
      if (e[0] === '#') {
        var c = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return c > 0 && c <= 0x10ffff ? String.fromCodePoint(c) : m;
      }
      return ENT[e.toLowerCase()] || m;
    });
  }
  /** Snippets hold only <mark>…</mark> around escaped text: rebuilt as text nodes and marks. */
  function snippet(parent, s) {
    var open = false;
    String(s || '').split(/(<mark>|<\/mark>)/).forEach(function (p) {
      if (p === '<mark>') open = true;
      else if (p === '</mark>') open = false;
      else if (p) {
        var t = document.createTextNode(decode(p));
        if (open) { var m = el('mark'); m.appendChild(t); parent.appendChild(m); } else parent.appendChild(t);
      }
    });
  }
  function safeUrl(u, fallback) {
    try {
      var url = new URL(u, location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : fallback;
    } catch (e) { return fallback; }
  }
  function filters(spec) {
    var out = [];
    String(spec || '').split(/[&;]/).forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i > 0) out.push(['f.' + pair.slice(0, i).trim(), pair.slice(i + 1).trim()]);
    });
    return out;
  }

  function mount(host, o) {
    var server = String(o.server || '').replace(/\/+$/, '');
    var lang = T[o.lang] ? o.lang : 'ru';
    var t = T[lang];
    var size = Math.min(50, Math.max(1, parseInt(o.size, 10) || 10));
    var defLink = server + '/?doc={id}&page={page}&q={q}' + (lang === 'ru' ? '' : '&lang=' + lang);
    var link = o.link || defLink;
    var root = host.attachShadow({ mode: 'open' });
    if (root.adoptedStyleSheets && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', null, CSS));
    }
    var wrap = el('div', 'muragat');
    wrap.setAttribute('lang', lang);
    var form = el('form');
    form.setAttribute('role', 'search');
    var id = 'mq' + Math.random().toString(36).slice(2, 8);
    var label = el('label', 'vh', t.label);
    label.htmlFor = id;
    var input = el('input');
    input.type = 'search';
    input.id = id;
    input.name = 'q';
    input.placeholder = t.ph;
    input.maxLength = 500;
    input.autocomplete = 'off';
    var go = el('button', null, t.go);
    go.type = 'submit';
    form.appendChild(label); form.appendChild(input); form.appendChild(go);
    var status = el('div', 'status');
    status.setAttribute('aria-live', 'polite');
    var list = el('ol', 'hits');
    var pager = el('nav', 'pager');
    var by = el('div', 'by');
    var home = el('a', null, t.by);
    home.href = safeUrl(server + '/', '#');
    home.target = '_blank';
    home.rel = 'noopener noreferrer';
    by.appendChild(home);
    [form, status, list, pager, by].forEach(function (x) { wrap.appendChild(x); });
    root.appendChild(wrap);

    var state = { q: '', from: 0 }, seq = 0;
    function href(hit, page) {
      var v = { id: hit.id, page: page || 1, q: state.q, lang: lang, server: server };
      // no matching page (a title match): Muragat's viewer opens on the first page the reader may
      // see, which need not be page 1 (pages can be closed by their access level); a site's own
      // link template still gets page 1
      var tpl = page == null && !o.link ? link.replace('&page={page}', '') : link;
      var u = tpl.replace(/\{(id|page|q|lang|server)\}/g, function (m, k) { return k === 'server' ? server : encodeURIComponent(v[k]); });
      return safeUrl(u, safeUrl(defLink.replace('{id}', encodeURIComponent(hit.id)).replace('{page}', v.page).replace('{q}', encodeURIComponent(state.q)), '#'));
    }
    function a(text, url, cls) {
      var x = el('a', cls, text);
      x.href = url; x.target = '_blank'; x.rel = 'noopener noreferrer';
      return x;
    }
    function run() {
      var my = ++seq;
      var p = new URLSearchParams({ q: state.q, from: String(state.from), size: String(size), facets: 'false' });
      filters(o.filter).forEach(function (f) { p.append(f[0], f[1]); });
      status.textContent = t.busy;
      status.className = 'status';
      go.disabled = true;
      fetch(server + '/api/search?' + p, { credentials: 'omit', mode: 'cors', headers: { Accept: 'application/json' } })
        .then(function (r) {
          return r.json().catch(function () { return {}; }).then(function (b) {
            if (!r.ok) throw new Error(b.error || String(r.status));
            return b;
          });
        })
        .then(function (res) { if (my === seq) show(res); }, function (e) {
          if (my !== seq) return;
          list.textContent = ''; pager.textContent = '';
          if (e instanceof TypeError) return unreadable(my); // the browser gave no answer to read
          status.textContent = t.fail + (e && e.message ? ': ' + e.message : '');
        })
        .then(function () { if (my === seq) go.disabled = false; });
    }
    /* The browser's own text ("Failed to fetch") says nothing and is in its language: tell a server
     * that answers but not to this page (its origin is not allowed) from one that cannot be reached,
     * by asking again in a way that needs no permission to succeed (its answer cannot be read). */
    function unreadable(my) {
      return fetch(server + '/api/health', { credentials: 'omit', mode: 'no-cors', cache: 'no-store' })
        .then(function () { return t.origin.replace('{origin}', location.origin); }, function () { return t.offline; })
        .then(function (text) { if (my === seq) { status.textContent = text; status.className = 'status error'; } });
    }
    function show(res) {
      list.textContent = ''; pager.textContent = '';
      var hits = res.hits || [];
      status.textContent = res.total ? fmt(t.found, res.total) : t.none;
      if (!res.total && res.did_you_mean) {
        var d = el('div', 'dym', t.dym + ' ');
        var b = el('button', null, res.did_you_mean);
        b.type = 'button';
        b.addEventListener('click', function () { input.value = res.did_you_mean; submit(); });
        d.appendChild(b);
        status.appendChild(d);
      }
      hits.forEach(function (h) {
        var li = el('li', 'hit');
        li.setAttribute('data-id', h.id);
        li.appendChild(a(h.title || h.id, href(h, h.pages && h.pages[0] ? h.pages[0].number : null), 'title'));
        if (h.citation) li.appendChild(el('div', 'cite', h.citation));
        var ul = el('ul');
        (h.pages || []).slice(0, 3).forEach(function (pg) {
          var s = el('li', 'snippet');
          s.setAttribute('data-page', String(pg.number));
          s.appendChild(a(fmt(t.page, pg.number), href(h, pg.number)));
          snippet(s, pg.snippet);
          ul.appendChild(s);
        });
        if (ul.firstChild) li.appendChild(ul);
        list.appendChild(li);
      });
      if (res.total > size) {
        var prev = el('button', 'prev', t.prev), next = el('button', 'next', t.next);
        prev.type = next.type = 'button';
        prev.disabled = state.from === 0;
        next.disabled = state.from + size >= Math.min(res.total, 10000);
        prev.addEventListener('click', function () { state.from = Math.max(0, state.from - size); run(); });
        next.addEventListener('click', function () { state.from += size; run(); });
        pager.appendChild(prev); pager.appendChild(next);
      }
    }
    function submit() {
      state.q = input.value.trim();
      state.from = 0;
      if (state.q) run();
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
    if (o.q) { input.value = o.q; submit(); }
    return { search: function (q) { input.value = q; submit(); } };
  }

  function fromScript(s) {
    var d = s.dataset, o;
    if ('fromQuery' in d) {
      var p = new URLSearchParams(location.search);
      o = { filter: p.get('filter'), lang: p.get('lang'), size: p.get('size'), link: p.get('link'), q: p.get('q') };
    } else {
      o = { filter: d.filter, lang: d.lang, size: d.size, link: d.link, q: d.q };
    }
    o.server = d.muragatServer || new URL(s.src, location.href).origin;
    if (!o.lang) o.lang = (document.documentElement.lang || '').slice(0, 2);
    var host = d.target ? document.querySelector(d.target) : null;
    if (!host) {
      host = document.createElement('muragat-search');
      s.parentNode.insertBefore(host, s.nextSibling);
    }
    return mount(host, o);
  }

  window.MuragatWidget = window.MuragatWidget || { mount: mount };
  var me = document.currentScript;
  if (me) {
    if (document.readyState === 'loading' && me.dataset.target) {
      document.addEventListener('DOMContentLoaded', function () { fromScript(me); });
    } else {
      fromScript(me);
    }
  }
})();
