/**
 * What the browser under test can do, for the few tests that need a test-runner command only
 * some engines offer. Media emulation (print, prefers-color-scheme, forced colours) goes
 * through the Chrome DevTools Protocol: Chromium only. Firefox (WebDriver BiDi) and WebKit
 * (classic WebDriver) have no such command, so those tests skip there and say so in their name.
 */
export const ua = navigator.userAgent;
export const isFirefox = /Firefox\//.test(ua);
export const isChromium = /Chrome\//.test(ua) && !isFirefox;
export const isWebKit = /AppleWebKit\//.test(ua) && !isChromium;
/** emulateMedia works (CDP). */
export const canEmulateMedia = isChromium;
/** The label that goes into the name of a test that needs media emulation. */
export const MEDIA_EMULATION = '(media emulation: Chromium only)';

/**
 * Shift+Tab. Playwright and Puppeteer hold a key down with `down`/`up`; classic WebDriver
 * (WebKit) only takes `press`, where a modifier key stays down for the rest of the sequence.
 */
export async function pressShiftTab(): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  if (isWebKit) {
    await sendKeys({ press: '\uE008\uE004' }); // WebDriver's Shift, then Tab
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
