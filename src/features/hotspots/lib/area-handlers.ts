/** What a map shape does when clicked and hovered (see AreaShapeProps). */
export interface AreaHandlers {
  onSelect: () => void;
  onHover: (on: boolean) => void;
}

const cache = new WeakMap<object, Map<string, AreaHandlers>>();

/**
 * The handlers of one area, made once per `owner` and kept, so a memoised shape gets the same
 * ones at every render: react-leaflet unbinds and binds a layer's events for each new handler
 * object. `owner` bounds how long they are kept: a layer's stable callback, or a value that
 * changes when the areas do (a grid of bins at another cell size).
 */
export function areaHandlers(owner: object, key: string, make: () => AreaHandlers): AreaHandlers {
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  let handlers = byKey.get(key);
  if (!handlers) {
    handlers = make();
    byKey.set(key, handlers);
  }
  return handlers;
}
