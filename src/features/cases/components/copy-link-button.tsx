import { useEffect, useState } from 'react';

export interface CopyLinkButtonProps {
  url: string;
  /** Defaults to the Clipboard API; injectable for tests and for embedding. */
  copy?: (text: string) => Promise<void>;
}

const clipboardCopy = async (text: string) => {
  if (!navigator.clipboard) throw new Error('No clipboard');
  await navigator.clipboard.writeText(text);
};

type CopyState = 'idle' | 'copied' | 'failed';

/** "Copy link", with a visible confirmation; when copying is not allowed, shows the link. */
export function CopyLinkButton({ url, copy = clipboardCopy }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(t);
  }, [state]);

  const onClick = async () => {
    try {
      await copy(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="case-copy-link">
      <button type="button" onClick={onClick}>
        Copy link
      </button>
      <span role="status" className="case-copy-status">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'failed' && (
        <label className="case-copy-fallback">
          Could not copy. Link to this case:{' '}
          <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
