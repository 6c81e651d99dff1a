/** The side an official speaks for, and a person as the recogniser finds one. */
export type Side = 'VN' | 'US';

export interface Person {
  name: string;
  title: string;
  side: Side;
}
