import type { BrowserContext } from 'playwright-core';

/** What a page did that it must never do: run note text, break its CSP, throw. */
export interface Incidents {
  readonly dialogs: string[];
  readonly errors: string[];
}

/**
 * Watch every page of a context: Content-Security-Policy violations are collected in the page
 * (`window.cspViolations`), dialogs (alert, confirm) and uncaught errors here.
 */
export async function guard(context: BrowserContext): Promise<Incidents> {
  const incidents: Incidents = { dialogs: [], errors: [] };
  await context.addInitScript(() => {
    const store = window as unknown as { cspViolations: string[] };
    store.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      store.cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      incidents.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.errors.push(error.message));
  });
  return incidents;
}
