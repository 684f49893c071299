import { startLoadingPage } from './page-modules.ts';

// Imported first by main.tsx, for this one effect: the opened page's chunk is asked for
// while the rest of the entry is still being evaluated (see page-modules.ts).
startLoadingPage(window.location.pathname);
