// Another "version" of the package defined <contact-list> first; then this version loads twice.
(function () {
  var warnings = [];
  var errors = [];
  var warn = console.warn;
  console.warn = function () {
    warnings.push(Array.prototype.join.call(arguments, ' '));
    warn.apply(console, arguments);
  };
  window.addEventListener('error', function (e) {
    errors.push(String(e.message));
  });
  window.addEventListener('unhandledrejection', function (e) {
    errors.push(String(e.reason));
  });
  class OldContactList extends HTMLElement {}
  OldContactList.packageVersion = '0.0.1';
  customElements.define('contact-list', OldContactList);
  Promise.all([import('../../dist/signalenkaart.js'), import('../../dist/signalenkaart.js?again'), import('../../dist/elements/contact-list.js')])
    .then(function () {
      return Promise.all(['signal-card', 'signal-checklist', 'meldroute-steps'].map(function (n) { return customElements.whenDefined(n); }));
    })
    .then(function () {
      setTimeout(function () {
        var otherDefined = ['signal-card', 'signal-checklist', 'meldroute-steps'].filter(function (n) { return !!customElements.get(n); });
        parent.postMessage({ type: 'two-versions', warnings: warnings, errors: errors, otherDefined: otherDefined }, '*');
      }, 200);
    })
    .catch(function (e) {
      errors.push(String(e));
      parent.postMessage({ type: 'two-versions', warnings: warnings, errors: errors, otherDefined: [] }, '*');
    });
})();
