// The shape of rules/lang/<lang>/periods.json, shared by the date and the period finders.
/** Shape of rules/lang/<lang>/periods.json (schema: rules/schema/periods.schema.json). */
export interface PeriodsPack {
  leads: string[];
  yearBefore: string[];
  yearAfter: string[];
  links?: string[];
  relativeYears: Array<{ offset: number; forms: string[] }>;
  halves: Array<{ n: number; forms: string[] }>;
  quarters: Array<{ n: number; forms: string[] }>;
  monthSpans?: Array<{ n: number; forms: string[] }>;
  rangeJoiners: string[];
  /** Words for a fiscal year: with them two years joined by a dash are one fiscal year ("fiscal year 2022-2023"). */
  fiscalYear?: string[];
  monthsCapitalized?: boolean;
  /** The year stands before its part: «2024-жылдын биринчи жарымында». */
  partAfterYear?: boolean;
  dates: {
    order: Array<'DM' | 'MD'>;
    daySuffixes?: string[];
    dayMonthLinks?: string[];
    /** Characters joining a day and its month without a space: "-" in «8-майда». */
    dayMonthJoiners?: string[];
    /** Words after a year that stands before its day and month: "-жылдын" in «2003-жылдын 23-октябрында». */
    yearBeforeLinks?: string[];
    /** Words between a month and its year: «8 de mayo de 2023». */
    monthYearLinks?: string[];
    numeric?: string[];
    weekdayLeads?: string[];
    /** Words before or after a weekday that make it the last one before the article's date ("last Wednesday", "mercredi dernier"). */
    weekdayPast?: { before?: string[]; after?: string[] };
    weekdayJoiners?: string[];
  };
  time: { before?: string[]; after?: string[] };
}
