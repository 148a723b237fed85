// Browser tests in Debian's Chromium (Playwright), Firefox ESR (puppeteer-core over WebDriver BiDi)
// and WebKitGTK (its WebDriver, on a display of its own). No tool downloads a browser: all three
// come from apt (see scripts/ensure-browsers.mjs).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { startWebkitDriver } from './scripts/webkit-driver.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { styleHashes } from './bin/signalenkaart.mjs';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const only = process.env.BROWSERS ? process.env.BROWSERS.split(',') : ['chromium', 'firefox', 'webkit'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        // Firefox can take long to start on a loaded 2-core machine (puppeteer's default is 30 s).
        timeout: 120000,
        extraPrefsFirefox: {
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  );
}

if (only.includes('webkit')) {
  const { port } = await startWebkitDriver();
  const webkit = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    // WebKitGTK's driver starts its MiniBrowser for an empty set of capabilities.
    capabilities: {},
    logLevel: 'error',
  });
  // The launcher names a browser after its capabilities, which say nothing here.
  const initialize = webkit.initialize.bind(webkit);
  webkit.initialize = async (config) => {
    await initialize(config);
    webkit.name = 'WebKit';
  };
  browsers.push(webkit);
}

// The strict host-page policy (issue: embedding anywhere), served for the test pages that need it.
const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  // Every test page gets the privacy guard (test/helpers/privacy.ts): after each file's tests it
  // asserts no foreign requests, no storage, no URL change. Module scripts run in order, so it
  // registers its root hook once the framework has set up mocha and before the tests run.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script>` +
    `<script type="module" src="/test/helpers/privacy.ts"></script></body></html>`,
  browserStartTimeout: 150000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  middleware: [
    // A site that put up the loader but not the files beside it (test/dist/load-failure.test.ts):
    // /missing-files/dist/signalenkaart.js is the loader, everything else there is missing.
    // /slow-files/dist/: the same files, each element's code 8 s late (a slow line).
    async function slowFiles(ctx, next) {
      if (!ctx.path.startsWith('/slow-files/dist/')) return next();
      if (ctx.path.startsWith('/slow-files/dist/elements/')) await new Promise((r) => setTimeout(r, 8000));
      ctx.url = ctx.path.slice('/slow-files'.length);
      return next();
    },
    // /slow-content/dist/: the same files, the content (chunks/) 0.8 s late, the card's background 1.5 s.
    async function slowContent(ctx, next) {
      if (!ctx.path.startsWith('/slow-content/dist/')) return next();
      const path = ctx.path.slice('/slow-content'.length);
      if (path.startsWith('/dist/chunks/')) await new Promise((r) => setTimeout(r, path.startsWith('/dist/chunks/background-') ? 1500 : 800));
      ctx.url = path;
      return next();
    },
    // /without-<part>/dist/: every file but those of one part of the content (chunks/<part>-*.js),
    // as on a line that failed after the element's code came (test/dist/lazy-background.test.ts).
    function withoutPart(ctx, next) {
      const m = /^\/without-([a-z-]+)(\/dist\/.*)$/.exec(ctx.path);
      if (!m) return next();
      if (m[2].startsWith(`/dist/chunks/${m[1]}-`)) {
        ctx.status = 404;
        return undefined;
      }
      ctx.url = m[2];
      return next();
    },
    function missingFiles(ctx, next) {
      if (!ctx.path.startsWith('/missing-files/')) return next();
      if (ctx.path !== '/missing-files/dist/signalenkaart.js') {
        ctx.status = 404;
        return undefined;
      }
      ctx.url = '/dist/signalenkaart.js';
      return next();
    },
    function strictCspHeader(ctx, next) {
      // ?axe: the page without the policy, so the accessibility test can load axe into it.
      if (ctx.query.axe !== undefined) return next();
      // The demo pages too: they must work on a strict host page (test/demo/ loads them in frames).
      if (ctx.path.startsWith('/test/pages/strict-csp') || ctx.path.startsWith('/demo/')) ctx.set('Content-Security-Policy', strictCsp);
      // A pre-rendered page: its inline shadow-root styles allowed by hash, as docs/embedding.md says a site does.
      if ((ctx.path.startsWith('/demo/') || ctx.path.startsWith('/test/pages/strict-csp')) && ctx.path.endsWith('.prerendered.html') && existsSync(`.${ctx.path}`)) {
        const hashes = styleHashes(readFileSync(`.${ctx.path}`, 'utf8'));
        ctx.set('Content-Security-Policy', strictCsp.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`));
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
