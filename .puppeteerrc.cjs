// Never let an npm install download a browser: tests use Debian's chromium and firefox-esr.
module.exports = { skipDownload: true };
