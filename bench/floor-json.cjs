// A floor for `score --format json`, not a product: csv-parse reads the file (as the baseline does),
// and for every assessment (3 rows) JSON.stringify writes a result-shaped object taken from a real
// result of the same scale. No checking, no grouping, no scoring: only reading plus writing the JSON
// that SPEC section 7 asks for. Usage: node floor-json.cjs data.csv one-assessment.json > out
const { parse } = require('csv-parse');
const fs = require('fs');

const template = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const out = fs.createWriteStream(null, { fd: 1 });
let rows = 0;
let buffer = '{"assessments":[\n';
fs.createReadStream(process.argv[2])
  .pipe(parse())
  .on('data', (row) => {
    rows++;
    if (rows % 3 !== 1 || rows === 1) return;
    // Vary what changes between assessments, so nothing is reused from the previous one.
    template.team = row[0];
    template.date = row[1];
    template.overall.score = rows / 7;
    buffer += `${JSON.stringify(template)},\n`;
    if (buffer.length > 256 * 1024) {
      out.write(buffer);
      buffer = '';
    }
  })
  .on('end', () => out.end(`${buffer}{}]}\n`));
