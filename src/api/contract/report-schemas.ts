import { z } from '../../lib/zod.ts';
import * as E from './enums.ts';
import { CountryCode, IsoDate } from './common-schemas.ts';

const enumOf = <T extends string>(e: { values: T[] }) => z.enum(e.values as [T, ...T[]]);

export const Source = enumOf(E.source);
export const Status = enumOf(E.status);
export const Urgency = enumOf(E.urgency);
export const Setting = enumOf(E.setting);
export const Platform = enumOf(E.platform);
export const GroomingStage = enumOf(E.groomingStage);
export const Indicator = enumOf(E.indicator);
export const ExploitationType = enumOf(E.exploitationType);
export const AgeBand = enumOf(E.ageBand);
export const Gender = enumOf(E.gender);
export const ReporterRelation = enumOf(E.reporterRelation);

export const Subject = z
  .object({ ageBand: AgeBand, gender: Gender, count: z.int().min(1) })
  .meta({ id: 'Subject', description: 'A potential victim, or a group of them.' });

export const Location = z
  .object({
    country: CountryCode,
    admin1: z.string().optional(),
    city: z.string().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    precision: enumOf(E.locationPrecision),
  })
  .meta({
    id: 'Location',
    description: 'Where it happened. Many reports have no coordinates; they still count.',
  });

const reportFields = {
  id: z.string().min(1).meta({ description: 'Stable and opaque.' }),
  receivedAt: z.iso.datetime().meta({ description: 'When the intake API received it (UTC).' }),
  incidentDate: IsoDate.nullable(),
  incidentDatePrecision: enumOf(E.incidentDatePrecision),
  source: Source,
  status: Status,
  urgency: Urgency,
  setting: Setting,
  platforms: z.array(Platform),
  groomingStage: GroomingStage,
  indicators: z.array(Indicator),
  exploitationTypes: z.array(ExploitationType),
  subjects: z.array(Subject),
  location: Location,
  reporterRelation: ReporterRelation,
  anonymous: z.boolean(),
  tags: z.array(z.string()),
  mediaCount: z.int().min(0).meta({ description: 'Attachments; never served inline.' }),
};

const untrusted =
  'Untrusted text written by a member of the public: render it as text, never as HTML. ' +
  'Personal data (emails, phone numbers, social handles, URLs) is masked as [email], [phone], [handle], [link].';

/** A row of the case list: every field but the narrative, which comes as a short preview. */
export const ReportSummary = z
  .object({
    ...reportFields,
    narrativePreview: z.string().meta({ description: `At most 160 characters. ${untrusted}` }),
  })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof ReportSummary>;

/** One whole report, as the case detail shows it. */
export const Report = z
  .object({
    ...reportFields,
    narrative: z.string().meta({ description: untrusted }),
    narrativeMasked: z
      .boolean()
      .meta({ description: 'True when personal data was masked out of `narrative`.' }),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;

export const ReportPage = z
  .object({
    items: z.array(ReportSummary),
    total: z.int().min(0).meta({ description: 'All reports matching the filters.' }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'ReportPage' });
export type ReportPage = z.infer<typeof ReportPage>;

/** The answer to an audited "reveal personal data" act. */
export const Reveal = z
  .object({
    id: z.string(),
    narrative: z
      .string()
      .meta({ description: `The narrative unmasked. ${untrusted.split(':')[0]}.` }),
    revealedAt: z.iso.datetime(),
    auditId: z.string(),
  })
  .meta({ id: 'Reveal' });
export type Reveal = z.infer<typeof Reveal>;
