// What `factlint facts check` reports: one problem of a fact set, where it is, and the other
// entries it concerns (both statements of a gap or an overlap).
export interface AuditFinding {
  /** A short kebab-case name of the check ("gap", "overlap", "open-term-unverified"). */
  check: string;
  file: string;
  /** JSON pointer of the entry ("/statements/12"). */
  pointer: string;
  message: string;
  /** Other entries involved, as "file#pointer". */
  related?: string[];
}
