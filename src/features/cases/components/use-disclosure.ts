import { useCallback, useEffect, useId, useState, type RefObject } from 'react';

/**
 * A disclosure (button + panel) for the table's menus: Escape closes it and gives focus back
 * to its button; a click or focus outside closes it. Panels hold checkboxes and inputs, so
 * this is the disclosure pattern rather than an ARIA menu, whose items could not hold them.
 * The caller owns the refs (the root that holds button and panel, and the button).
 */
export function useDisclosure(
  rootRef: RefObject<HTMLElement | null>,
  buttonRef: RefObject<HTMLButtonElement | null>,
  onOpenChange?: (open: boolean) => void,
) {
  const [open, setOpenState] = useState(false);
  const panelId = useId();

  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );

  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Node && !!rootRef.current?.contains(target);
    const closeIfOutside = (event: Event) => {
      if (!inside(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const hadFocus = inside(document.activeElement);
      setOpen(false);
      // Give focus back only if it was in the menu: never steal it from elsewhere.
      if (hadFocus) buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeIfOutside);
    document.addEventListener('focusin', closeIfOutside);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', closeIfOutside);
      document.removeEventListener('focusin', closeIfOutside);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, setOpen, rootRef, buttonRef]);

  return {
    open,
    toggle: () => setOpen(!open),
    panelId,
    buttonProps: { 'aria-expanded': open, 'aria-controls': open ? panelId : undefined },
  };
}
