// Renders /api/openapi.json for people: endpoints by tag, parameters with editable examples and a
// "try it" link. Self-contained (no CDN). Descriptions are CommonMark as OpenAPI says; the subset
// they use (paragraphs, "- " lists, `code`, **strong**, *emphasis*, [links](url)) is built as DOM
// nodes — the spec's text is only ever set as text, never parsed as HTML.
(function () {
  'use strict';
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  var INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  /** Inline Markdown of one paragraph or list item, appended to parent. */
  function inline(parent, text) {
    var last = 0, m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(text))) {
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[1] != null) parent.appendChild(el('code', m[1]));
      else if (m[2] != null) parent.appendChild(el('strong', m[2]));
      else if (m[3] != null) parent.appendChild(el('em', m[3]));
      else {
        var a = el('a', m[4]);
        // only web and same-site links; anything else stays text
        if (/^(https?:\/\/|\/)/.test(m[5])) a.href = m[5]; else a = document.createTextNode(m[0]);
        parent.appendChild(a);
      }
      last = INLINE.lastIndex;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }
  /** A Markdown description as paragraphs and lists (cls on each paragraph). */
  function markdown(text, cls) {
    var frag = document.createDocumentFragment();
    String(text || '').split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split('\n');
      if (lines.every(function (l) { return /^\s*[-*] /.test(l); })) {
        var ul = el('ul', null, cls);
        lines.forEach(function (l) { ul.appendChild(inline(el('li'), l.replace(/^\s*[-*] /, ''))); });
        frag.appendChild(ul);
      } else if (block.trim()) {
        frag.appendChild(inline(el('p', null, cls), lines.join(' ')));
      }
    });
    return frag;
  }
  function resolve(spec, n) {
    while (n && n.$ref) n = n.$ref.slice(2).split('/').reduce(function (o, k) { return o[k]; }, spec);
    return n;
  }
  function encodePath(name, v) {
    return name === 'id' ? v.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(v).replace(/%2C/g, ',').replace(/%21/g, '!').replace(/%7E/g, '~');
  }
  function render(spec) {
    var lead = document.getElementById('lead');
    lead.textContent = '';
    inline(lead, spec.info.description + ' ');
    var raw = el('a', 'OpenAPI ' + spec.openapi + ' (JSON)');
    raw.href = '/api/openapi.json';
    lead.appendChild(raw);
    var main = document.getElementById('ops');
    (spec.tags || []).forEach(function (tag) {
      main.appendChild(el('h2', tag.name));
      main.appendChild(markdown(tag.description, 'lead'));
      Object.keys(spec.paths).forEach(function (path) {
        var item = spec.paths[path];
        Object.keys(item).forEach(function (method) {
          var op = item[method];
          if ((op.tags || [])[0] !== tag.name) return;
          main.appendChild(operation(spec, path, method, op));
        });
      });
    });
  }
  function operation(spec, path, method, op) {
    var s = el('section', null, 'op');
    s.id = op.operationId || path;
    var h = el('h3');
    h.appendChild(el('span', method.toUpperCase(), 'method'));
    h.appendChild(el('span', path, 'path'));
    s.appendChild(h);
    s.appendChild(markdown(op.summary));
    if (op.description) s.appendChild(markdown(op.description));
    var inputs = [];
    var params = (op.parameters || []).map(function (p) { return resolve(spec, p); });
    if (params.length) {
      var t = el('table');
      var head = el('tr');
      ['name', 'in', 'description', 'value'].forEach(function (c) { head.appendChild(el('th', c)); });
      t.appendChild(head);
      params.forEach(function (p) {
        var tr = el('tr');
        tr.appendChild(el('td', p.name + (p.required ? ' *' : ''), 'path'));
        tr.appendChild(el('td', p.in));
        tr.appendChild(inline(el('td'), p.description || ''));
        var td = el('td'), input = el('input');
        input.value = p.example == null ? '' : String(p.example);
        input.setAttribute('aria-label', p.name);
        input.addEventListener('input', update);
        td.appendChild(input);
        tr.appendChild(td);
        t.appendChild(tr);
        inputs.push([p, input]);
      });
      s.appendChild(t);
    }
    var codes = Object.keys(op.responses).map(function (c) { return c + ' ' + resolve(spec, op.responses[c]).description; });
    s.appendChild(inline(el('p', null, 'resp'), 'Responses: ' + codes.join(' · ')));
    var a = el('a', '', 'try');
    a.target = '_blank';
    a.rel = 'noopener';
    var p = el('p');
    p.appendChild(document.createTextNode('Try it: '));
    p.appendChild(a);
    s.appendChild(p);
    function update() {
      var url = path, q = new URLSearchParams();
      inputs.forEach(function (pi) {
        var v = pi[1].value;
        if (pi[0].in === 'path') url = url.replace('{' + pi[0].name + '}', encodePath(pi[0].name, v));
        else if (v !== '') q.append(pi[0].name, v);
      });
      var qs = q.toString();
      a.href = url + (qs ? '?' + qs : '');
      a.textContent = a.getAttribute('href');
    }
    update();
    return s;
  }
  fetch('/api/openapi.json', { credentials: 'omit' })
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(render, function (e) { document.getElementById('lead').textContent = 'Could not load the API description: ' + e.message; });
})();
