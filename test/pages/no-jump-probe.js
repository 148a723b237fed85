// Watches a page load for jumps, from its first frame: in every animation frame it records where
// each marked paragraph of the host page is (data-watch), until all elements have their content
// and half a second more (or <html data-settle> milliseconds: long enough for the idle-moment
// work after the content, such as filling closed panels for find-in-page); then reports the frames, the window's height, the layout shifts the
// engine itself measured (where it has them) and which globals appeared, to the parent test.
// Loaded as a classic script in <head>, before anything is painted.
(function () {
  var frames = [];
  var shifts = [];
  var globalsBefore = Object.getOwnPropertyNames(window);
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        shifts.push(e.value);
      });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {
    shifts = null;
  }
  var watching = true;
  function sample() {
    var tops = [].map.call(document.querySelectorAll('[data-watch]'), function (p) {
      return Math.round(p.getBoundingClientRect().top);
    });
    frames.push(tops);
    if (watching) requestAnimationFrame(sample);
  }
  requestAnimationFrame(sample);
  var names = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];
  window.addEventListener('load', function () {
    var els = [].slice.call(document.querySelectorAll(names.join(',')));
    Promise.all(
      els.map(function (el) {
        return customElements.whenDefined(el.localName).then(function () {
          return el.contentReady;
        });
      }),
    ).then(function () {
      setTimeout(function () {
        watching = false;
        var added = Object.getOwnPropertyNames(window).filter(function (k) {
          return globalsBefore.indexOf(k) < 0;
        });
        parent.postMessage({ type: 'no-jump', frames: frames, height: innerHeight, shifts: shifts, added: added, rendered: els.map(function (el) {
          return el.shadowRoot.textContent.trim().length;
        }) }, '*');
      }, Number(document.documentElement.dataset.settle) || 500);
    });
  });
})();
