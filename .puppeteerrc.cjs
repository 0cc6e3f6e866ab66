// Puppeteer's own Chrome download cannot be reached from our machines; the build uses the
// system Chromium (see scripts/print/find-browser.ts).
module.exports = { skipDownload: true };
