/**
 * Lets the event loop run. Post-processing runs while the browser prints the next document,
 * and the browser waits on this process for every file it loads (browser.ts intercepts them):
 * long stretches of PDF work without a turn would hold the print up.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
