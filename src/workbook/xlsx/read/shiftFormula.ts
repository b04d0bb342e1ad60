import { columnIndex, columnLetters } from '../../../engine';

/** A cell reference not inside a name or a function (LOG10( is a function, Q1 in Q1_Total is part of a name). */
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
/** String literals and quoted sheet names, which are copied as they are. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/**
 * The formula of a cell that shares the formula `text` of the cell `rows` down and `columns` across from it: its
 * relative references move by that much, as Excel does when it writes one formula for a block of cells (a shared
 * formula, `<f t="shared" si="0"/>`). A reference moved off the sheet becomes `#REF!`.
 */
export function shiftFormula(text: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return text;
  return text
    .split(QUOTED)
    .map((piece, i) => (i % 2 === 1 ? piece : shiftPiece(piece, rows, columns)))
    .join('');
}

function shiftPiece(piece: string, rows: number, columns: number): string {
  return piece.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const column = colAbs ? columnIndex(letters) : columnIndex(letters) + columns;
    const row = rowAbs ? Number(digits) : Number(digits) + rows;
    if (column < 0 || column > 16_383 || row < 1 || row > 1_048_576) return '#REF!';
    return `${colAbs}${columnLetters(column)}${rowAbs}${row}`;
  });
}
