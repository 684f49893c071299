import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';

/**
 * A button that shows and hides a panel (WAI-ARIA disclosure). Escape closes it and puts
 * focus back on the button; clicking or tabbing away closes it without moving focus.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  // On opening, focus moves into the panel so keyboard users start at its first control.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const buttonProps = {
    ref: buttonRef,
    type: 'button' as const,
    'aria-expanded': open,
    // Only point at the panel while it exists: a dangling reference is an axe violation.
    'aria-controls': open ? panelId : undefined,
    onClick: () => setOpen((o) => !o),
  };

  const containerProps = {
    ref: containerRef,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation();
        close(true);
      }
    },
    onBlur: (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (open && next && !containerRef.current?.contains(next)) setOpen(false);
    },
  };

  const panelProps = { ref: panelRef, id: panelId };

  return { open, buttonProps, containerProps, panelProps, close };
}
