// Dates travel as ISO strings (YYYY-MM-DD) everywhere: this is the one pattern that reads them, with
// year, month and day captured, for the arithmetic and formatting that work on the string itself.
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
