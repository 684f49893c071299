/**
 * The mixes the generator draws from. Figures are invented but follow the domain: most
 * reports are about online contact (social media, games, dating apps), children and young
 * people are the main targets, and the red flags fit the grooming stage.
 */
import type * as E from '../../src/api/contract/enums.ts';

type V<T extends { values: string[] }> = T['values'][number];
export type Weights<T extends { values: string[] }> = Partial<Record<V<T>, number>>;

export const settingWeights: Weights<typeof E.setting> = { online: 60, both: 25, physical: 15 };

export const platformWeights: Weights<typeof E.platform> = {
  social_media: 40,
  online_gaming: 22,
  dating_app: 17,
  messaging_app: 24,
  classifieds: 6,
  other: 5,
};

/** By setting (online, physical, both). */
export const stageWeightsBySetting: Record<V<typeof E.setting>, Weights<typeof E.groomingStage>> = {
  online: {
    relationship_building: 34,
    meet_up_coercion: 30,
    exploitation: 16,
    not_applicable: 8,
    unknown: 12,
  },
  physical: {
    relationship_building: 8,
    meet_up_coercion: 22,
    exploitation: 50,
    not_applicable: 8,
    unknown: 12,
  },
  both: {
    relationship_building: 20,
    meet_up_coercion: 34,
    exploitation: 30,
    not_applicable: 4,
    unknown: 12,
  },
};

/** The red flags that show at each stage. */
export const indicatorWeightsByStage: Record<
  V<typeof E.groomingStage>,
  Weights<typeof E.indicator>
> = {
  relationship_building: {
    mass_friend_requests: 3,
    false_identity: 3,
    gifts_or_money: 2.5,
    secrecy_requested: 2.5,
    moved_to_private_channel: 3,
    isolation: 0.5,
  },
  meet_up_coercion: {
    meeting_requested: 3,
    sexual_image_request: 3,
    image_blackmail: 2,
    threats: 2,
    secrecy_requested: 2,
    isolation: 1.5,
    moved_to_private_channel: 1.5,
    false_identity: 1,
    gifts_or_money: 0.5,
  },
  exploitation: {
    job_offer: 2,
    travel_arranged: 2,
    documents_withheld: 2,
    debt_bondage: 2,
    threats: 1.5,
    isolation: 1.5,
    image_blackmail: 1,
    meeting_requested: 0.5,
  },
  not_applicable: { mass_friend_requests: 3, false_identity: 2, gifts_or_money: 0.5 },
  unknown: {
    mass_friend_requests: 1,
    false_identity: 1,
    secrecy_requested: 1,
    moved_to_private_channel: 1,
    sexual_image_request: 1,
    meeting_requested: 1,
    threats: 1,
    job_offer: 0.5,
  },
};

/** How many red flags a report names: index = count. */
export const indicatorCountWeights = [4, 40, 30, 18, 8];

export const urgencyWeightsByStage: Record<V<typeof E.groomingStage>, Weights<typeof E.urgency>> = {
  relationship_building: { immediate_danger: 2, high: 15, medium: 45, low: 38 },
  meet_up_coercion: { immediate_danger: 8, high: 32, medium: 42, low: 18 },
  exploitation: { immediate_danger: 15, high: 40, medium: 35, low: 10 },
  not_applicable: { immediate_danger: 0.5, high: 5, medium: 35, low: 59.5 },
  unknown: { immediate_danger: 3, high: 17, medium: 45, low: 35 },
};

export const exploitationWeights: Weights<typeof E.exploitationType> = {
  sexual: 55,
  labour: 15,
  forced_criminality: 8,
  domestic_servitude: 5,
  forced_marriage: 4,
  organ_removal: 0.4,
  unknown: 12,
};

/** Labour-type red flags make labour exploitation more likely. */
export const labourIndicators = [
  'job_offer',
  'documents_withheld',
  'debt_bondage',
  'travel_arranged',
] as const;

/** Children and young people first. */
export const ageBandWeights: Weights<typeof E.ageBand> = {
  '0-8': 4,
  '9-17': 44,
  '18-20': 14,
  '21-23': 9,
  '24-26': 6,
  '27-29': 4,
  '30-38': 6,
  '39-47': 3,
  '48+': 1.5,
  unknown: 8.5,
};

/** In labour exploitation the people reported about are mostly adults. */
export const ageBandWeightsLabour: Weights<typeof E.ageBand> = {
  '0-8': 0.5,
  '9-17': 12,
  '18-20': 16,
  '21-23': 16,
  '24-26': 14,
  '27-29': 11,
  '30-38': 15,
  '39-47': 7,
  '48+': 3,
  unknown: 6,
};

export const genderWeights: Weights<typeof E.gender> = {
  female: 56,
  male: 30,
  transgender_female: 2,
  transgender_male: 1,
  non_conforming: 2,
  unknown: 9,
};

/** Number of subject entries: index = count. */
export const subjectEntryWeights = [0, 82, 13, 5];

export const relationWeights: Weights<typeof E.reporterRelation> = {
  self: 24,
  friend_family: 36,
  witness: 14,
  professional: 16,
  unknown: 10,
};

export const incidentPrecisionWeights: Weights<typeof E.incidentDatePrecision> = {
  day: 55,
  month: 18,
  year: 9,
  unknown: 18,
};

export const locationPrecisionWeights: Weights<typeof E.locationPrecision> = {
  exact: 40,
  city: 35,
  region: 12,
  country: 13,
};

/** Share of city-precision reports given without coordinates (the reporter typed a name). */
export const CITY_WITHOUT_COORDINATES = 0.3;

/** Number of media attachments: index = count. */
export const mediaCountWeights = [60, 18, 10, 6, 2.5, 1.5, 1, 0.6, 0.4];

/**
 * Status by how old the report is (days): new ones wait for triage, old ones have been
 * referred on or closed.
 */
export const statusByAge: readonly { maxAgeDays: number; weights: Weights<typeof E.status> }[] = [
  { maxAgeDays: 2, weights: { new: 70, triaged: 25, in_review: 5 } },
  { maxAgeDays: 14, weights: { new: 20, triaged: 35, in_review: 35, referred: 5, closed: 5 } },
  { maxAgeDays: 60, weights: { new: 3, triaged: 12, in_review: 35, referred: 25, closed: 25 } },
  {
    maxAgeDays: Infinity,
    weights: { new: 0.5, triaged: 1.5, in_review: 6, referred: 40, closed: 52 },
  },
];

/**
 * Countries reports come from, relative weights. Listed ones are the plausible hotspots of
 * an international reporting service; every other country with cities gets TAIL_WEIGHT,
 * which leaves many small counts (exactly what partner-view suppression must handle).
 */
export const countryWeights: Record<string, number> = {
  GB: 14,
  US: 12,
  PH: 7,
  IN: 6,
  NG: 5,
  TH: 4,
  BR: 4,
  MX: 4,
  KE: 3.5,
  ID: 3,
  DE: 3,
  FR: 2.5,
  RO: 2.5,
  VN: 2.5,
  ES: 2,
  IT: 2,
  UA: 2,
  PK: 2,
  BD: 2,
  ZA: 2,
  CA: 2,
  PL: 1.5,
  KH: 1.5,
  GH: 1.5,
  UG: 1.5,
  CO: 1.5,
  AU: 1.5,
  TR: 1.5,
  MM: 1,
  NP: 1,
  TZ: 1,
  ET: 1,
  PE: 1,
  AR: 1,
  GT: 1,
  NL: 1,
  EG: 1,
  MA: 1,
  CN: 1,
  MY: 1,
  HN: 0.8,
  DO: 0.8,
  IE: 0.8,
  AL: 0.8,
  BG: 0.8,
  AE: 0.8,
  MD: 0.7,
  GR: 0.7,
  BE: 0.7,
  SE: 0.6,
  SA: 0.6,
  JP: 0.6,
  LA: 0.6,
  KR: 0.5,
  // Around the antimeridian, so maps and bboxes that cross it have data.
  NZ: 0.6,
  FJ: 0.4,
  TO: 0.25,
  WS: 0.25,
};
export const TAIL_WEIGHT = 0.05;

/** Tags analysts add, with the red flag or platform that makes each likely. */
export const tagBaseWeights: Record<string, number> = {
  'follow-up': 6,
  priority: 4,
  'repeat-account': 3,
  'cross-border': 2,
  school: 2.5,
  hotel: 1.5,
  'gaming-server': 1.5,
  sextortion: 2,
  'job-scam': 1.5,
  'needs-translation': 1.5,
  'possible-duplicate': 2,
  'police-notified': 3,
  'media-review': 1.5,
  'cluster-a': 1,
  'cluster-b': 1,
  verified: 3,
};
