/**
 * Every enumeration of the intake API v1, with the plain-words label the API serves in
 * `/metadata`. The value lists are the single definition: schemas, the OpenAPI document,
 * the mock generator and the filter parser all read them from here.
 */

function labelled<const T extends Record<string, string>>(labels: T) {
  return { values: Object.keys(labels) as (keyof T & string)[], labels };
}

export const source = labelled({
  stop_app_ios: 'Reporting app (iOS)',
  stop_app_android: 'Reporting app (Android)',
  web_form: 'Web form',
  partner_referral: 'Partner referral',
  hotline: 'Hotline',
});

export const status = labelled({
  new: 'New',
  triaged: 'Triaged',
  in_review: 'In review',
  referred: 'Referred',
  closed: 'Closed',
});

export const urgency = labelled({
  immediate_danger: 'Immediate danger',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
});

export const setting = labelled({
  online: 'Online',
  physical: 'In person',
  both: 'Online and in person',
});

export const platform = labelled({
  social_media: 'Social media',
  online_gaming: 'Online gaming',
  dating_app: 'Dating app',
  messaging_app: 'Messaging app',
  classifieds: 'Classified ads',
  other: 'Other platform',
});

export const groomingStage = labelled({
  relationship_building: 'Relationship building and trust',
  meet_up_coercion: 'Meet-up and coercion',
  exploitation: 'Exploitation',
  not_applicable: 'Not applicable',
  unknown: 'Unknown stage',
});

export const indicator = labelled({
  mass_friend_requests: 'Mass friend requests',
  false_identity: 'False identity',
  gifts_or_money: 'Gifts or money',
  secrecy_requested: 'Secrecy requested',
  moved_to_private_channel: 'Moved to a private channel',
  sexual_image_request: 'Asked for sexual images',
  image_blackmail: 'Blackmail with images',
  meeting_requested: 'Meeting requested',
  threats: 'Threats',
  isolation: 'Isolation',
  job_offer: 'Job offer',
  travel_arranged: 'Travel arranged',
  documents_withheld: 'Documents withheld',
  debt_bondage: 'Debt bondage',
});

export const exploitationType = labelled({
  sexual: 'Sexual exploitation',
  labour: 'Labour exploitation',
  forced_criminality: 'Forced criminality',
  domestic_servitude: 'Domestic servitude',
  forced_marriage: 'Forced marriage',
  organ_removal: 'Organ removal',
  unknown: 'Unknown type',
});

/** CTDC's age bands. */
export const ageBand = labelled({
  '0-8': '0–8',
  '9-17': '9–17',
  '18-20': '18–20',
  '21-23': '21–23',
  '24-26': '24–26',
  '27-29': '27–29',
  '30-38': '30–38',
  '39-47': '39–47',
  '48+': '48 and over',
  unknown: 'Unknown age',
});

/** Bands wholly under 18: "involving minors" means a subject in one of these. */
export const minorAgeBands = ['0-8', '9-17'] as const;

export const gender = labelled({
  female: 'Female',
  male: 'Male',
  transgender_female: 'Transgender female',
  transgender_male: 'Transgender male',
  non_conforming: 'Gender non-conforming',
  unknown: 'Unknown gender',
});

export const reporterRelation = labelled({
  self: 'The person themselves',
  friend_family: 'Friend or family',
  witness: 'Witness',
  professional: 'Professional',
  unknown: 'Unknown relation',
});

export const incidentDatePrecision = labelled({
  day: 'Day',
  month: 'Month',
  year: 'Year',
  unknown: 'Unknown',
});

export const locationPrecision = labelled({
  exact: 'Exact',
  city: 'City',
  region: 'Region',
  country: 'Country',
});

export const role = labelled({ analyst: 'Analyst', partner: 'Partner agency' });

/** The enumerations a report can be filtered and broken down by, keyed by filter name. */
export const filterEnums = {
  source,
  status,
  urgency,
  setting,
  platform,
  groomingStage,
  indicator,
  exploitationType,
  ageBand,
  gender,
  reporterRelation,
} as const;

export type FilterEnumName = keyof typeof filterEnums;
export const filterEnumNames = Object.keys(filterEnums) as FilterEnumName[];
