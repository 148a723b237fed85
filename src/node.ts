/**
 * What `signalenkaart/<element>` is in Node (the `node` condition of package.json's exports):
 * nothing. A framework that renders on the server (Next.js, Nuxt, Astro) runs a client
 * component's imports there too; custom elements exist only in the browser, where the same
 * import defines the element. To pre-render the elements as HTML on the server, use
 * `signalenkaart/render`.
 */
export {};
