// Spreadsheet cell names, for the readers that name a cell in a message and the writers that lay out a sheet.

/** A, B, ..., Z, AA, AB, ...: a column's letters as spreadsheets show them (0-based index). */
export function spreadsheetColumn(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
