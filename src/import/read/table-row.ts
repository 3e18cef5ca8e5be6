/** One row of the table, below the header. */
export interface TableRow {
  /** The row number a person sees in a spreadsheet: the header is row 1, the first data row 2. */
  readonly row: number;
  /**
   * The cells as text, each at its column's index, as many as the file has in this row (may
   * differ from the header's). A workbook's row is sparse: cells absent from the file are holes,
   * so look cells up by index (`cells[i] ?? ""`) rather than walking every column.
   */
  readonly cells: string[];
}
