/*
 * WCAG 1.4.3 contrast for elements axe-core could not judge because a later, transparent
 * table row's box reaches over them (a heading spanning several rows). For each CSS selector
 * in arguments[0]: every element painted above the text must be transparent, the background
 * is the first opaque ancestor's colour (no images, no translucency on the way), and the
 * ratio must be at least 4.5:1, or 3:1 for large text. Returns "" for a pass, else why not.
 */
function rgba(css) {
  var m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) { return null; }
  var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
}
function luminance(c) {
  var w = [0.2126, 0.7152, 0.0722];
  return [c.r, c.g, c.b].reduce(function (sum, v, i) {
    v = v / 255;
    return sum + w[i] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
  }, 0);
}
function painted(s) {
  var c = rgba(s.backgroundColor);
  return s.backgroundImage !== 'none' || (c !== null && c.a > 0) || s.boxShadow !== 'none';
}
return arguments[0].map(function (selector) {
  var el = document.querySelector(selector);
  if (!el) { return selector + ': not found'; }
  var style = getComputedStyle(el);
  var fg = rgba(style.color);
  if (!fg || fg.a < 1) { return selector + ': text colour ' + style.color + ' is not opaque'; }
  var range = document.createRange();
  range.selectNodeContents(el);
  var rects = Array.prototype.slice.call(range.getClientRects());
  for (var i = 0; i < rects.length; i++) {
    var r = rects[i];
    var stack = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    for (var j = 0; j < stack.length && stack[j] !== el && !stack[j].contains(el); j++) {
      if (!el.contains(stack[j]) && painted(getComputedStyle(stack[j]))) {
        return selector + ': covered by ' + stack[j].tagName.toLowerCase() + '.' + stack[j].className;
      }
    }
  }
  var bg = {r: 255, g: 255, b: 255, a: 1}; // the canvas, if nothing is painted
  for (var e = el; e; e = e.parentElement) {
    var s = getComputedStyle(e);
    if (s.backgroundImage !== 'none') { return selector + ': background image on ' + e.tagName.toLowerCase(); }
    if (parseFloat(s.opacity) < 1) { return selector + ': opacity on ' + e.tagName.toLowerCase(); }
    var c = rgba(s.backgroundColor);
    if (c && c.a >= 1) { bg = c; break; }
    if (c && c.a > 0) { return selector + ': translucent background on ' + e.tagName.toLowerCase(); }
  }
  var l1 = luminance(fg), l2 = luminance(bg);
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  return ratio >= need ? '' : selector + ': contrast ' + ratio.toFixed(2) + ':1, needs ' + need + ':1';
});
