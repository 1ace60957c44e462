// In the bundle, dist/report/pdf/load-pdfkit.js is replaced by this file (scripts/exe/package.mjs):
// pdfkit and its dependencies are inside the bundle, where Node's module cache, which the original
// uses to defer two unneeded modules, does not reach. The bundle defers those two itself.
exports.loadPdfkit = () => require('pdfkit');
