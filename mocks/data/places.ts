/** The committed places data (countries, sub-regions, cities), typed. Regenerate with build-places.ts. */
import placesJson from './places.json' with { type: 'json' };
import type { PlacesFile } from './places-types.ts';

// build-places.ts writes exactly this shape; JSON tuples only lose their tuple type on import.
export const places: PlacesFile = placesJson as unknown as PlacesFile;
