/** Columns the CSV export can carry, in their default order. */
export const exportColumns = [
  'id',
  'receivedAt',
  'urgency',
  'status',
  'exploitationTypes',
  'platforms',
  'groomingStage',
  'country',
  'city',
  'ageBands',
  'source',
  'tags',
  'narrativePreview',
] as const;
export type ExportColumn = (typeof exportColumns)[number];
