/*
 * Agendum search page. Asks `agendum serve`'s /api/search when it answers, and otherwise
 * searches the static index in _search/static/ (see StaticIndexFormat.java), fetching only
 * the chunks for the query's terms. Both paths render the same results. No dependencies,
 * no innerHTML: every string goes into the page as text.
 */
(function () {
  'use strict';

  // ---- English analysis: must give the same terms as Lucene's EnglishAnalyzer ----------

  var STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into',
    'is', 'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these',
    'they', 'this', 'to', 'was', 'will', 'with']);

  // Word characters joined by the joiners Unicode's word-break rules keep inside a word:
  // apostrophes and full stops between letters, full stops and commas between digits.
  var TOKEN = /[\p{L}\p{N}\p{M}_]+(?:(?:['\u2019.:\u00b7][\p{L}\p{M}]+)|(?:[.,;'\u2019][\p{N}]+)|(?:[.'\u2019][\p{L}\p{N}\p{M}]+))*/gu;

  function porter(w) {
    // Martin Porter's 1980 algorithm, as Lucene's PorterStemmer applies it (lower case input).
    if (w.length <= 2) return w;
    var b = w.split(''), k = b.length - 1, j = 0;
    function cons(i) {
      var c = b[i];
      if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
      if (c === 'y') return i === 0 ? true : !cons(i - 1);
      return true;
    }
    function m() {
      var n = 0, i = 0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++; n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() { for (var i = 0; i <= j; i++) if (!cons(i)) return true; return false; }
    function doubleC(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var c = b[i];
      return !(c === 'w' || c === 'x' || c === 'y');
    }
    function ends(s) {
      var l = s.length, o = k - l + 1;
      if (o < 0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== s.charAt(i)) return false;
      j = k - l;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) b[j + 1 + i] = s.charAt(i);
      k = j + s.length;
    }
    function r(s) { if (m() > 0) setTo(s); }
    function step1() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setTo('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) { if (m() > 0) k--; }
      else if ((ends('ed') || ends('ing')) && vowelInStem()) {
        k = j;
        if (ends('at')) setTo('ate');
        else if (ends('bl')) setTo('ble');
        else if (ends('iz')) setTo('ize');
        else if (doubleC(k)) { var ch = b[k--]; if (ch === 'l' || ch === 's' || ch === 'z') k++; }
        else if (m() === 1 && cvc(k)) setTo('e');
      }
    }
    function step2() { if (ends('y') && vowelInStem()) b[k] = 'i'; }
    function firstOf(pairs, fn) {
      for (var i = 0; i < pairs.length; i += 2) if (ends(pairs[i])) { fn(pairs[i + 1]); return; }
    }
    var STEP3 = {
      a: ['ational', 'ate', 'tional', 'tion'], c: ['enci', 'ence', 'anci', 'ance'], e: ['izer', 'ize'],
      l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
      o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'], s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
      t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'], g: ['logi', 'log']
    };
    var STEP4 = { e: ['icate', 'ic', 'ative', '', 'alize', 'al'], i: ['iciti', 'ic'], l: ['ical', 'ic', 'ful', ''], s: ['ness', ''] };
    var STEP5 = {
      a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
      s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
    };
    function step3() { if (k === 0) return; var p = STEP3[b[k - 1]]; if (p) firstOf(p, r); }
    function step4() { var p = STEP4[b[k]]; if (p) firstOf(p, r); }
    function step5() {
      if (k === 0) return;
      var c = b[k - 1], hit = false;
      if (c === 'o') {
        hit = (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) || ends('ou');
      } else {
        var list = STEP5[c] || [];
        for (var i = 0; i < list.length && !hit; i++) hit = ends(list[i]);
      }
      if (hit && m() > 1) k = j;
    }
    function step6() {
      j = k;
      if (b[k] === 'e') { var a = m(); if (a > 1 || (a === 1 && !cvc(k - 1))) k--; }
      if (b[k] === 'l' && doubleC(k) && m() > 1) k--;
    }
    step1(); step2(); step3(); step4(); step5(); step6();
    return b.slice(0, k + 1).join('');
  }

  function possessive(t) {
    var n = t.length;
    if (n >= 2 && (t[n - 1] === 's' || t[n - 1] === 'S') && (t[n - 2] === "'" || t[n - 2] === '\u2019' || t[n - 2] === '\uff07')) {
      return t.slice(0, n - 2);
    }
    return t;
  }

  function tokens(text) { return (text.match(TOKEN) || []); }

  /** The terms Lucene's English analysis makes of text. */
  function analyze(text) {
    var out = [];
    tokens(text).forEach(function (t) {
      var w = possessive(t).toLowerCase();
      if (w && !STOP.has(w)) out.push(porter(w));
    });
    return out;
  }

  // ---- The query syntax (the same as the server's UserQueryParser) --------------------

  function parseQuery(raw) {
    var q = { must: [], not: [], committee: null, type: null, from: null, to: null, error: null };
    if (raw.length > 200) { q.error = 'The search is too long: at most 200 characters.'; return q; }
    var re = /(-?)"([^"]*)"?|(\S+)/g, m;
    while ((m = re.exec(raw)) !== null) {
      if (m[2] !== undefined) {
        if (m[2].trim()) (m[1] ? q.not : q.must).push({ kind: 'phrase', text: m[2].trim() });
        continue;
      }
      var tok = m[3], neg = tok.length > 1 && tok[0] === '-';
      if (neg) tok = tok.slice(1);
      var colon = tok.indexOf(':');
      if (!neg && colon > 0) {
        var key = tok.slice(0, colon).toLowerCase(), val = tok.slice(colon + 1);
        if (key === 'committee') { q.committee = val.toLowerCase(); continue; }
        if (key === 'type') { q.type = val.toLowerCase(); continue; }
        if (key === 'from') { q.from = val; continue; }
        if (key === 'to') { q.to = val; continue; }
        if (key === 'year' && /^\d{4}$/.test(val)) { q.from = val + '-01-01'; q.to = val + '-12-31'; continue; }
      }
      if (tok[0] === '*' || tok[0] === '?') { q.error = 'A word cannot start with * or ?.'; return q; }
      if (/\*$/.test(tok) && tok.length > 3) { (neg ? q.not : q.must).push({ kind: 'prefix', text: tok.slice(0, -1).toLowerCase() }); continue; }
      (neg ? q.not : q.must).push({ kind: 'word', text: tok.replace(/\?$/, '') });
    }
    if (q.must.length + q.not.length > 12) q.error = 'Too many words: at most 12.';
    return q;
  }

  // ---- Fetching, counting bytes (the budget is measured from this) --------------------

  var cache = new Map();
  var stats = { bytes: 0, requests: 0 };
  window.agendumSearchStats = stats;
  window.agendumAnalyze = analyze;

  function fetchBytes(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + url);
        return r.arrayBuffer();
      }).then(function (buf) { stats.bytes += buf.byteLength; stats.requests++; return new Uint8Array(buf); }));
    }
    return cache.get(url);
  }
  function fetchJson(url) {
    return fetchBytes(url).then(function (b) { return JSON.parse(new TextDecoder().decode(b)); });
  }

  // ---- The static index -----------------------------------------------------------------

  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.varint = function () {
    var v = 0, shift = 0, c;
    do { c = this.b[this.i++]; v += (c & 0x7f) * Math.pow(2, shift); shift += 7; } while (c & 0x80);
    return v;
  };

  function StaticIndex(base) { this.base = base; }
  StaticIndex.prototype.meta = function () {
    var self = this;
    if (!this._meta) {
      this._meta = fetchJson(this.base + 'meta.json').then(function (meta) {
        self.chunks = meta.chunks;
        return meta;
      });
    }
    return this._meta;
  };
  StaticIndex.prototype.docs = function () {
    if (!this._docs) {
      var self = this;
      this._docs = Promise.all([this.meta(), fetchBytes(this.base + 'docs.bin')]).then(function (a) {
        var meta = a[0], r = new Reader(a[1]), n = meta.docs;
        r.i = 4;
        var committee = new Int32Array(n), day = new Int32Array(n), type = new Uint8Array(n);
        var runs = r.varint(), d = 0;
        for (var x = 0; x < runs; x++) {
          var len = r.varint(), c = r.varint() - 1, dy = r.varint() - 1;
          for (var y = 0; y < len; y++, d++) { committee[d] = c; day[d] = dy; }
        }
        for (var t = 0; t < n; t++) type[t] = (r.b[r.i + (t >> 1)] >> ((t & 1) * 4)) & 15;
        self.table = { committee: committee, day: day, type: type, bundle: meta.bundle };
        return self.table;
      });
    }
    return this._docs;
  };
  StaticIndex.prototype.chunkFor = function (term) {
    var lo = 0, hi = this.chunks.length - 1, ans = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (this.chunks[mid] <= term) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
  /** Postings of every term for which accept(term) holds in the chunk where `term` would be. */
  StaticIndex.prototype.postings = function (term, accept) {
    var n = this.chunkFor(term);
    if (n < 0) return Promise.resolve([]);
    return fetchBytes(this.base + 't/' + n + '.bin').then(function (bytes) {
      var r = new Reader(bytes), dec = new TextDecoder(), out = [];
      while (r.i < bytes.length) {
        var len = r.varint(), t = dec.decode(bytes.subarray(r.i, r.i + len));
        r.i += len;
        var df = r.varint();
        if (accept(t)) {
          var docs = new Int32Array(df), imp = new Uint8Array(df), d = 0;
          for (var k = 0; k < df; k++) { d += r.varint(); docs[k] = d; imp[k] = r.b[r.i++]; }
          out.push({ term: t, docs: docs, impacts: imp });
        } else {
          for (var s = 0; s < df; s++) { r.varint(); r.i++; }
        }
      }
      return out;
    });
  };

  function dayOf(iso) {
    if (!iso) return null;
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return NaN;
    return Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000);
  }

  /** Scores of a part: one map doc → weight; a part with several terms needs all of them. */
  function partScores(index, meta, part) {
    var terms;
    if (part.kind === 'prefix') {
      var pre = porter(part.text);
      return index.postings(pre, function (t) { return t.indexOf(pre) === 0; }).then(function (lists) {
        var m = new Map();
        lists.slice(0, 64).forEach(function (l) { addList(m, l, meta.docs); });
        return m;
      });
    }
    terms = analyze(part.text);
    if (!terms.length) return Promise.resolve(null); // stop words only: no constraint
    return Promise.all(terms.map(function (t) {
      return index.postings(t, function (x) { return x === t; });
    })).then(function (lists) {
      var result = null;
      lists.forEach(function (found) {
        var m = new Map();
        if (found.length) addList(m, found[0], meta.docs);
        if (result === null) { result = m; return; }
        var next = new Map();
        m.forEach(function (w, d) { if (result.has(d)) next.set(d, result.get(d) + w); });
        result = next;
      });
      return result;
    });
  }
  function addList(m, l, n) {
    var idf = Math.log(1 + (n - l.docs.length + 0.5) / (l.docs.length + 0.5));
    for (var i = 0; i < l.docs.length; i++) m.set(l.docs[i], (m.get(l.docs[i]) || 0) + idf * l.impacts[i]);
  }

  function staticSearch(index, req) {
    var q = parseQuery(req.q);
    if (q.error) return Promise.reject(new UserError(q.error));
    return Promise.all([index.meta(), index.docs()]).then(function (a) {
      var meta = a[0], table = a[1];
      var committee = req.committee || q.committee, type = req.type || q.type;
      var from = dayOf(req.from || q.from), to = dayOf(req.to || q.to);
      if (Number.isNaN(from) || Number.isNaN(to)) throw new UserError('Dates are written YYYY-MM-DD.');
      var cIdx = committee ? meta.committees.findIndex(function (c) { return c[0] === committee; }) : -1;
      var tIdx = type ? meta.types.indexOf(type) : -1;
      if (type && tIdx < 0) throw new UserError('Unknown type ' + type + '.');
      return Promise.all(q.must.map(function (p) { return partScores(index, meta, p); }).concat(
        q.not.map(function (p) { return partScores(index, meta, p); }))).then(function (maps) {
        var pos = maps.slice(0, q.must.length).filter(function (x) { return x !== null; });
        var neg = maps.slice(q.must.length).filter(function (x) { return x !== null; });
        var hasText = pos.length > 0;
        if (!hasText && !committee && !type && from === null && to === null && !neg.length) {
          return { total: 0, hits: [], facets: emptyFacets(), meta: meta, q: q };
        }
        var scores = new Map();
        if (hasText) {
          pos.sort(function (x, y) { return x.size - y.size; });
          pos[0].forEach(function (w, d) {
            var s = w;
            for (var i = 1; i < pos.length; i++) { var v = pos[i].get(d); if (v === undefined) return; s += v; }
            scores.set(d, s);
          });
        } else {
          for (var d = 0; d < meta.docs; d++) scores.set(d, 0);
        }
        var matched = [];
        scores.forEach(function (s, d) {
          if (neg.some(function (n) { return n.has(d); })) return;
          if (committee && table.committee[d] !== cIdx) return;
          if (type && table.type[d] !== tIdx) return;
          if (from !== null && (table.day[d] < 0 || table.day[d] < from)) return;
          if (to !== null && (table.day[d] < 0 || table.day[d] > to)) return;
          matched.push(d);
        });
        matched.sort(hasText ? function (x, y) { return scores.get(y) - scores.get(x) || y - x; }
          : function (x, y) { return y - x; });
        return { total: matched.length, docs: matched, facets: facets(matched, table, meta), meta: meta, q: q };
      });
    }).then(function (res) {
      var start = (req.page - 1) * 10, ids = (res.docs || []).slice(start, start + 10);
      // fragments come table.bundle documents to a file: document d is item d % k of file d / k
      var k = index.table.bundle, files = {};
      ids.forEach(function (d) {
        var b = Math.floor(d / k);
        if (!files[b]) files[b] = fetchJson(index.base + 'd/' + b + '.json');
      });
      return Promise.all(ids.map(function (d) {
        return files[Math.floor(d / k)].then(function (bundle) { return bundle[d % k]; });
      })).then(function (frags) {
        var words = highlightWords(res.q);
        return {
          total: res.total, page: req.page, facets: res.facets,
          results: frags.map(function (f) {
            return { url: f.p, path: f.p, title: f.t, type: f.y, committeeName: f.c, date: f.d, snippet: snippet(f.x, words) };
          })
        };
      });
    });
  }

  function emptyFacets() { return { committee: [], type: [], year: [] }; }
  function facets(docs, table, meta) {
    var c = new Map(), t = new Map(), y = new Map();
    docs.forEach(function (d) {
      if (table.committee[d] >= 0) c.set(table.committee[d], (c.get(table.committee[d]) || 0) + 1);
      t.set(table.type[d], (t.get(table.type[d]) || 0) + 1);
      if (table.day[d] >= 0) {
        var yr = String(new Date(table.day[d] * 86400000).getUTCFullYear());
        y.set(yr, (y.get(yr) || 0) + 1);
      }
    });
    function list(map, label, value) {
      var out = [];
      map.forEach(function (n, k) { out.push({ value: value(k), label: label(k), count: n }); });
      return out;
    }
    var byCount = function (a, b) { return b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0); };
    return {
      committee: list(c, function (k) { return meta.committees[k][1]; }, function (k) { return meta.committees[k][0]; }).sort(byCount),
      type: list(t, function (k) { return meta.types[k]; }, function (k) { return meta.types[k]; }).sort(byCount),
      year: list(y, String, String).sort(function (a, b) { return a.value < b.value ? 1 : -1; })
    };
  }

  function highlightWords(q) {
    var stems = new Set();
    q.must.forEach(function (p) { analyze(p.text).forEach(function (t) { stems.add(t); }); });
    return stems;
  }

  /** A window of the excerpt around the first matched word, as [text, marked?] pieces. */
  function snippet(text, stems) {
    if (!text) return [];
    var first = -1, spans = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var w = possessive(m[0]).toLowerCase();
      if (!STOP.has(w) && stems.has(porter(w))) {
        spans.push([m.index, m.index + m[0].length]);
        if (first < 0) first = m.index;
      }
    }
    var start = Math.max(0, first < 0 ? 0 : first - 60), end = Math.min(text.length, start + 200);
    var pieces = [], at = start;
    if (start > 0) pieces.push(['… ', false]);
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      pieces.push([text.slice(at, s[0]), false], [text.slice(s[0], s[1]), true]);
      at = s[1];
    });
    pieces.push([text.slice(at, end), false]);
    if (end < text.length) pieces.push([' …', false]);
    return pieces;
  }

  /** The server's snippet is escaped HTML with <mark>; read it back into pieces, never as HTML. */
  function serverSnippet(html) {
    var pieces = [], re = /<mark>([\s\S]*?)<\/mark>/g, at = 0, m;
    var txt = document.createElement('textarea');
    function unescape(s) { txt.innerHTML = s.replace(/</g, '&lt;'); return txt.value; }
    while ((m = re.exec(html)) !== null) {
      pieces.push([unescape(html.slice(at, m.index)), false], [unescape(m[1]), true]);
      at = m.index + m[0].length;
    }
    pieces.push([unescape(html.slice(at)), false]);
    return pieces;
  }

  function UserError(message) { this.message = message; }

  // ---- The server --------------------------------------------------------------------------

  function apiSearch(root, req) {
    var url = root + 'api/search?' + params(req).toString();
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      var json = (r.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (r.status === 400 && json) return r.json().then(function (e) { throw new UserError(e.error); });
      if (!r.ok || !json) throw new Error('no search service');
      return r.json();
    }).then(function (res) {
      res.results.forEach(function (h) { h.snippet = serverSnippet(h.snippet || ''); });
      return res;
    });
  }

  // ---- The page --------------------------------------------------------------------------

  function params(req) {
    var p = new URLSearchParams();
    ['q', 'committee', 'type', 'from', 'to'].forEach(function (k) { if (req[k]) p.set(k, req[k]); });
    if (req.page > 1) p.set('page', String(req.page));
    return p;
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.append(c); });
    return e;
  }

  function link(req, change, text) {
    var next = Object.assign({}, req, change);
    return el('a', { href: '?' + params(next).toString() }, [text]);
  }

  function render(container, status, req, res, mode) {
    container.replaceChildren();
    var shown = res.results.length;
    status.textContent = res.total === 0 ? 'No results' + (req.q ? ' for “' + req.q + '”' : '') + '.'
      : res.total + (res.total === 1 ? ' result' : ' results') + (req.q ? ' for “' + req.q + '”' : '')
        + (res.total > shown ? ', showing ' + ((req.page - 1) * 10 + 1) + '–' + ((req.page - 1) * 10 + shown) : '') + '.';
    var wrap = el('div', { class: 'results', 'data-source': mode });
    var f = res.facets || {};
    var groups = [['committee', 'Committee'], ['type', 'Type'], ['year', 'Year']];
    var nav = el('nav', { class: 'facets', 'aria-label': 'Filter results' });
    groups.forEach(function (g) {
      var values = f[g[0]] || [];
      if (!values.length) return;
      var list = el('ul');
      values.forEach(function (v) {
        var change = g[0] === 'year' ? { from: v.value + '-01-01', to: v.value + '-12-31', page: 1 } : {};
        if (g[0] !== 'year') change[g[0]] = v.value;
        change.page = 1;
        list.append(el('li', {}, [link(req, change, v.label + ' (' + v.count + ')')]));
      });
      nav.append(el('h2', {}, [g[1]]), list);
    });
    var active = ['committee', 'type', 'from', 'to'].filter(function (k) { return req[k]; });
    if (active.length) {
      var clear = {};
      active.forEach(function (k) { clear[k] = ''; });
      clear.page = 1;
      nav.append(el('p', {}, [link(req, clear, 'Remove filters')]));
    }
    wrap.append(nav);
    var ol = el('ol', { class: 'hits', start: String((req.page - 1) * 10 + 1) });
    res.results.forEach(function (h) {
      var href = container.dataset.root + h.path;
      var meta = [h.type, h.committeeName || h.committee, h.date].filter(Boolean).join(' · ');
      var p = el('p', { class: 'snippet' });
      (h.snippet || []).forEach(function (piece) { p.append(piece[1] ? el('mark', {}, [piece[0]]) : piece[0]); });
      ol.append(el('li', {}, [el('h3', {}, [el('a', { href: href }, [h.title])]), el('p', { class: 'meta' }, [meta]), p]));
    });
    wrap.append(ol);
    var pages = Math.ceil(res.total / 10);
    if (pages > 1) {
      var pager = el('nav', { class: 'pager', 'aria-label': 'Result pages' });
      if (req.page > 1) pager.append(link(req, { page: req.page - 1 }, 'Previous page'), ' ');
      pager.append('Page ' + req.page + ' of ' + pages);
      if (req.page < pages) pager.append(' ', link(req, { page: req.page + 1 }, 'Next page'));
      wrap.append(pager);
    }
    container.append(wrap);
  }

  function readRequest(search) {
    var url = new URLSearchParams(search);
    return { q: url.get('q') || '', committee: url.get('committee') || '', type: url.get('type') || '',
      from: url.get('from') || '', to: url.get('to') || '',
      page: Math.max(1, Math.min(100, parseInt(url.get('page'), 10) || 1)) };
  }

  function start() {
    var container = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var form = document.getElementById('search-form');
    if (!container || !status || !form) return;
    var root = container.dataset.root;
    var index = new StaticIndex(root + '_search/static/');

    function run(req) {
      ['q', 'committee', 'type', 'from', 'to'].forEach(function (k) { if (form.elements[k]) form.elements[k].value = req[k]; });
      document.documentElement.removeAttribute('data-search-done');
      if (!req.q && !req.committee && !req.type && !req.from && !req.to) {
        container.replaceChildren();
        status.textContent = '';
        document.documentElement.setAttribute('data-search-done', 'true');
        return;
      }
      status.textContent = 'Searching…';
      container.setAttribute('aria-busy', 'true');
      apiSearch(root, req).then(function (res) { return [res, 'api']; }, function (e) {
        if (e instanceof UserError) throw e;
        return staticSearch(index, req).then(function (res) { return [res, 'static']; });
      }).then(function (pair) {
        render(container, status, req, pair[0], pair[1]);
      }).catch(function (e) {
        container.replaceChildren();
        status.textContent = e instanceof UserError ? e.message : 'Search is not available right now.';
      }).then(function () {
        container.removeAttribute('aria-busy');
        document.documentElement.setAttribute('data-search-done', 'true');
      });
    }

    // Searching from the form stays on the page; the address still records the search, so
    // it can be bookmarked, shared and gone back to.
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var req = { page: 1 };
      ['q', 'committee', 'type', 'from', 'to'].forEach(function (k) { req[k] = form.elements[k] ? form.elements[k].value.trim() : ''; });
      history.pushState(null, '', '?' + params(req).toString());
      run(req);
    });
    window.addEventListener('popstate', function () { run(readRequest(location.search)); });

    var server = container.querySelector('[data-source="server"]');
    var first = readRequest(location.search);
    if (server) { // the server already answered this address
      ['q', 'committee', 'type', 'from', 'to'].forEach(function (k) { if (form.elements[k]) form.elements[k].value = first[k]; });
      document.documentElement.setAttribute('data-search-done', 'true');
      return;
    }
    run(first);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
