/** What a run says about individual files, as one line each. */
export interface FileReport {
  /** Files not ingested, and why; anything already in the store from them is left as it was. */
  skipped: string[];
  /** Files ingested after a repair the user should know of (e.g. decoded as Windows-1252). */
  notes: string[];
}
