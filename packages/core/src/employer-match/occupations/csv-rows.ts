/**
 * Splits CSV text into rows of fields, as RFC 4180 writes them: a quoted field may hold commas, line breaks and
 * doubled quotes; lines end in `\n` or `\r\n`; a blank line is no row. Rows keep their own length (ESCO's
 * ragged rows stay short: read them with {@link csvRecords}).
 *
 * @example
 * parseCsv('code,title\n"1","Clerk, ""bookkeeping"""\n'); // [['code', 'title'], ['1', 'Clerk, "bookkeeping"']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  // NOTE: fields are cut with indexOf and slice, not built a character at a time: O*NET's ratings files hold
  // 60,000 rows each, and a first search waits for them.
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      field = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          field += text.slice(from);
          i = n;
          break;
        }
        field += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          field += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else field = '';
    // The unquoted field, or any text after a closing quote (kept, as spreadsheets do).
    const end = fieldEnd(text, i);
    row.push(field + text.slice(i, end));
    i = end;
    if (text.charCodeAt(i) === 44 /* , */) {
      i++;
      if (i < n) continue;
      row.push('');
    }
    // A blank line is no row.
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  }
  return rows;
}

/** Where the unquoted text from `i` ends: at a comma, a line end or the end of the text. */
function fieldEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 44 || c === 10 || c === 13) break;
    end++;
  }
  return end;
}

/**
 * The rows of a CSV text after its header, as records keyed by the header's names; a missing trailing cell reads as
 * `''`. Columns are found by name, so their order does not matter.
 *
 * @example
 * csvRecords('Title,Code\nClerk,1\n')[0]?.Code; // '1'
 */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
