// jsdom has no CSS.escape, which react-aria uses to read its meta tags; browsers all have it.
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  Object.assign(globalThis, {
    CSS: { ...(globalThis.CSS ?? {}), escape: (v: string) => v.replace(/["\\\]]/g, '\\$&') },
  });
}
export {};
