/** A noun's forms after a numeral: 1 (101…), 2 (102…), 3–4 (103…) and the rest. */
export interface Forms {
  one: string;
  two: string;
  few: string;
  other: string;
}

/** The form of a noun that agrees with `count`, as `Intl.PluralRules('sl')` picks it. */
export const agree = (count: number, forms: Forms): string =>
  forms[new Intl.PluralRules('sl').select(count) as keyof Forms];
