import { useId } from 'react';
import { mapLayers, type MapLayer } from '../lib/map-types.ts';

const LABELS: Record<MapLayer, string> = {
  choropleth: 'Countries',
  bins: 'Hotspot cells',
  heat: 'Heat',
};

export interface LayerSwitcherProps {
  value: MapLayer;
  onChange(layer: MapLayer): void;
}

/** A radio group: one layer at a time, reachable and announced like any form control. */
export function LayerSwitcher({ value, onChange }: LayerSwitcherProps) {
  const name = useId();
  return (
    <fieldset className="hs-layers hs-no-print">
      <legend>Map layer</legend>
      {mapLayers.map((layer) => (
        <label key={layer}>
          <input
            type="radio"
            name={name}
            value={layer}
            checked={value === layer}
            onChange={() => onChange(layer)}
          />{' '}
          {LABELS[layer]}
        </label>
      ))}
    </fieldset>
  );
}
