import type { FilterEnumName } from '../api/contract/enums.ts';

/**
 * How the filter bar names and arranges the filters. Value labels come from `/metadata`;
 * the names of the fields themselves are the dashboard's own words.
 */

export interface EnumFieldSpec {
  name: FilterEnumName;
  label: string;
  /** Shown in the bar itself; the rest sit behind "More filters". */
  primary: boolean;
}

export const enumFields: readonly EnumFieldSpec[] = [
  { name: 'urgency', label: 'Urgency', primary: true },
  { name: 'exploitationType', label: 'Exploitation type', primary: true },
  { name: 'platform', label: 'Platform', primary: true },
  { name: 'status', label: 'Status', primary: false },
  { name: 'source', label: 'Source', primary: false },
  { name: 'setting', label: 'Setting', primary: false },
  { name: 'groomingStage', label: 'Grooming stage', primary: false },
  { name: 'indicator', label: 'Indicator', primary: false },
  { name: 'ageBand', label: 'Age band', primary: false },
  { name: 'gender', label: 'Gender', primary: false },
  { name: 'reporterRelation', label: 'Reporter', primary: false },
];

const otherLabels: Record<string, string> = {
  range: 'Dates',
  from: 'From',
  to: 'To',
  country: 'Country',
  region: 'Region',
  tag: 'Tag',
  q: 'Search',
  bbox: 'Map area',
  hasCoordinates: 'Coordinates',
};

/** The name a person reads for a filter parameter; the parameter itself if it has none. */
export function filterLabel(param: string): string {
  return enumFields.find((f) => f.name === param)?.label ?? otherLabels[param] ?? param;
}
