/** One row of the table, below the header. */
export interface TableRow {
  /** The row number a person sees in a spreadsheet: the header is row 1, the first data row 2. */
  readonly row: number;
  /** The cells as text, as many as the file has in this row; may differ from the header's. */
  readonly cells: string[];
}
