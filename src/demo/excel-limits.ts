/** The most data rows a worksheet holds: Excel's 1,048,576 rows, less the header. */
export const MAX_XLSX_ROWS = 1_048_575;
