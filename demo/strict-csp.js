// Shows on the page whether anything broke the Content-Security-Policy (header set by
// scripts/serve.mjs for this page), so the check is visible without developer tools.
(function () {
  var violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push(e.violatedDirective + (e.blockedURI ? ' (' + e.blockedURI + ')' : ''));
    show();
  });
  function show() {
    var status = document.getElementById('csp-status');
    if (!status) return;
    status.className = violations.length ? 'csp-status bad' : 'csp-status good';
    status.textContent = violations.length
      ? 'CSP-overtredingen: ' + violations.join(', ')
      : 'Geen enkele CSP-overtreding: de elementen werken binnen deze policy.';
  }
  window.addEventListener('load', function () {
    setTimeout(show, 1500);
  });
})();
