/**
 * The weighted pickers the row loop draws from, built once per generation: enum mixes
 * (distributions.ts), countries, and per-country city pickers whose hotspots depend on the
 * seed.
 */
import * as E from '../../src/api/contract/enums.ts';
import * as W from './distributions.ts';
import { createRng } from './prng.ts';
import { createWeightedPicker, pickerFor, type WeightedPicker } from './weighted-picker.ts';
import type { PlaceIndex } from './place-index.ts';
import { TAG_POOL } from './tag-pool.ts';

/** The random stream of the hotspot choice (see generate-reports.ts for the others). */
export const HOTSPOT_STREAM = 4;

export type RowPickers = ReturnType<typeof buildRowPickers>;

/** Everything the row loop draws from, built once. */
export function buildRowPickers(seed: number, places: PlaceIndex) {
  const byKey = <K extends string, T extends { values: string[] }>(
    keys: readonly K[],
    table: Record<K, W.Weights<T>>,
    e: T,
  ) => keys.map((k) => pickerFor(e.values, table[k]));

  const countryPicker = createWeightedPicker(
    places.countryCodes.map((code, i) =>
      (places.citiesOfCountry[i]?.length ?? 0) === 0
        ? 0
        : (W.countryWeights[code] ?? W.TAIL_WEIGHT),
    ),
  );
  // Hotspots: some cities draw far more reports than their size says, chosen per seed.
  const hotspotRng = createRng(seed, HOTSPOT_STREAM);
  const cityPickers: (WeightedPicker | null)[] = places.citiesOfCountry.map((list) =>
    list.length === 0
      ? null
      : createWeightedPicker(
          list.map((c) => {
            const boost = hotspotRng.chance(0.2) ? 3 + hotspotRng.next() * 7 : 1;
            // GeoNames lists a few places with population 0; they still get a small weight.
            return Math.pow(Math.max(1000, places.cities[c]?.population ?? 0), 0.6) * boost;
          }),
        ),
  );

  const statusPickers = W.statusByAge.map((s) => pickerFor(E.status.values, s.weights));
  return {
    country: countryPicker,
    cityPickers,
    setting: pickerFor(E.setting.values, W.settingWeights),
    platform: pickerFor(E.platform.values, W.platformWeights),
    stageBySetting: byKey(E.setting.values, W.stageWeightsBySetting, E.groomingStage),
    indicatorByStage: byKey(E.groomingStage.values, W.indicatorWeightsByStage, E.indicator),
    indicatorCount: createWeightedPicker(W.indicatorCountWeights),
    urgencyByStage: byKey(E.groomingStage.values, W.urgencyWeightsByStage, E.urgency),
    exploitation: pickerFor(E.exploitationType.values, W.exploitationWeights),
    labourExploitation: pickerFor(E.exploitationType.values, {
      ...W.exploitationWeights,
      labour: 60,
      domestic_servitude: 12,
    }),
    ageBand: pickerFor(E.ageBand.values, W.ageBandWeights),
    ageBandLabour: pickerFor(E.ageBand.values, W.ageBandWeightsLabour),
    gender: pickerFor(E.gender.values, W.genderWeights),
    subjectEntries: createWeightedPicker(W.subjectEntryWeights),
    relation: pickerFor(E.reporterRelation.values, W.relationWeights),
    incidentPrecision: pickerFor(E.incidentDatePrecision.values, W.incidentPrecisionWeights),
    locationPrecision: pickerFor(E.locationPrecision.values, W.locationPrecisionWeights),
    mediaCount: createWeightedPicker(W.mediaCountWeights),
    statusByAge: statusPickers,
    tag: createWeightedPicker(TAG_POOL.map((t) => W.tagBaseWeights[t] ?? 1)),
  };
}
