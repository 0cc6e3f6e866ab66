// The browser a long-lived caller keeps (the preview, a test worker): lent again without a new
// launch, left open by a release, launched anew after a crash or a failed launch, closed once.
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../scripts/errors.ts';
import { keepBrowser, launchedLease } from '../../scripts/print/browser-lease.ts';
import { findBrowser } from '../../scripts/print/find-browser.ts';

describe('keepBrowser', () => {
  it('lends one browser again and again, and a release leaves it open', async () => {
    let launches = 0;
    const kept = keepBrowser(() => {
      launches += 1;
      return launchedLease(findBrowser(process.env));
    });
    try {
      const first = await kept.lend();
      await first.release();
      expect(first.browser.connected).toBe(true);
      const second = await kept.lend();
      expect(second.browser).toBe(first.browser);
      expect(launches).toBe(1);
    } finally {
      await kept.close();
    }
  });

  it('launches anew after the browser went away, and closes what it keeps', async () => {
    const kept = keepBrowser(() => launchedLease(findBrowser(process.env)));
    let second: Awaited<ReturnType<typeof kept.lend>>;
    try {
      const first = await kept.lend();
      first.browser.process()?.kill('SIGKILL');
      await new Promise<void>((resolve) => (first.browser.connected ? first.browser.once('disconnected', () => resolve()) : resolve()));
      second = await kept.lend();
      expect(second.browser).not.toBe(first.browser);
      expect(second.browser.connected).toBe(true);
    } finally {
      await kept.close();
    }
    expect(second.browser.connected).toBe(false);
  });

  it('does not keep a failed launch: the next lend tries again', async () => {
    let launches = 0;
    const kept = keepBrowser(() => {
      launches += 1;
      return launches === 1 ? Promise.reject(new EnvironmentError('Ingen webbläsare.')) : launchedLease(findBrowser(process.env));
    });
    await expect(kept.lend()).rejects.toThrow('Ingen webbläsare.');
    const lease = await kept.lend();
    expect(lease.browser.connected).toBe(true);
    await kept.close();
  });
});
