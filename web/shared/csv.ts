// CSV as the page and the API write it: csv-stringify (maintained, RFC 4180 quoting), with its
// escape_formulas on, so a cell an article controls that starts with = + - @ tab or CR is
// prefixed with ' and a spreadsheet shows it as text instead of running it. The browser build
// of its sync API is plain ESM: the server and the page bundle load the same code.
import { stringify } from 'csv-stringify/browser/esm/sync';

export type CsvCell = string | number | null | undefined;

/** A header row, then one line a row; CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
    // It quotes a field holding the whole CRLF only; a lone CR or LF in a sentence would
    // otherwise split the record in a spreadsheet.
    quoted_match: /[\r\n]/,
  });
}
