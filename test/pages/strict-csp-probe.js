// Collects CSP violations on the strict page and reports to the parent test once all four
// elements have rendered their content (or after a time-out).
(function () {
  var violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
  });
  var names = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];
  function report(timedOut) {
    var rendered = {};
    names.forEach(function (n) {
      var el = document.querySelector(n);
      rendered[n] = !!(el && el.shadowRoot && el.shadowRoot.textContent.trim().length > 200);
    });
    parent.postMessage({ type: 'strict-csp', violations: violations, rendered: rendered, timedOut: timedOut }, '*');
  }
  window.addEventListener('load', function () {
    var done = false;
    var timer = setTimeout(function () {
      if (!done) report(true);
    }, 15000);
    Promise.all(
      names.map(function (n) {
        return customElements.whenDefined(n).then(function () {
          return document.querySelector(n).contentReady;
        });
      }),
    ).then(function () {
      // Let the elements settle, then interact a little so event handlers run too.
      setTimeout(function () {
        var box = document.querySelector('signal-checklist').shadowRoot.querySelector('input[type=checkbox]');
        if (box) box.click();
        var toggle = document.querySelector('meldroute-steps').shadowRoot.querySelector('button[aria-expanded]');
        if (toggle) toggle.click();
        setTimeout(function () {
          done = true;
          clearTimeout(timer);
          report(false);
        }, 300);
      }, 100);
    });
  });
})();
