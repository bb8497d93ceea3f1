/**
 * Characters that drive a terminal or reorder text instead of showing: C0 and C1 controls (ESC
 * starts a sequence that can retitle the window or rewrite the screen), DEL, and the bidirectional
 * overrides that make text read differently from how it is stored. Line breaks and tabs are kept.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every such character written as a `\uXXXX` escape, which is also valid inside JSON strings. */
export function escapeControlChars(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
