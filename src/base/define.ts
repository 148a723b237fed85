import { VERSION } from './version.js';

/** A constructor that carries the package version it was built from. */
export interface Versioned extends CustomElementConstructor {
  readonly packageVersion?: string;
}

/**
 * Defines a custom element once. Loading the bundle twice stays silent; another version
 * of this package that already defined the name gets one console.warn; never throws.
 */
export function defineElement(name: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(name) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && existing.packageVersion !== VERSION) {
      console.warn(
        `[signalenkaart] <${name}> is already defined by version ${existing.packageVersion ?? 'unknown'}; ` +
          `version ${VERSION} is not used for it. Load one version of signalenkaart per page.`,
      );
    }
    return;
  }
  try {
    registry.define(name, ctor);
  } catch (e) {
    // NotSupportedError: defined in the meantime (a race between two bundles) or an invalid name.
    if (!(e instanceof DOMException && e.name === 'NotSupportedError')) throw e;
  }
}
