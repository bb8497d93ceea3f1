/**
 * The browser stand-in for the preload: a frozen `window.patuh` with one function per channel,
 * each forwarding to the test host. Runs in the page (via Playwright's addInitScript), so it
 * must be self-contained.
 */
export function installBridge(channels: string[]): void {
  const call = (channel: string) => async (input: unknown) => {
    const response = await fetch(`/__patuh/call/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    return response.json();
  };
  const api = Object.freeze(Object.fromEntries(channels.map((c) => [c, call(c)])));
  Object.defineProperty(window, 'patuh', { value: api, writable: false, configurable: false });
}
