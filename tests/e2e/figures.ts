/**
 * The second site the browser tests run against: the real collection built with the
 * test figures of tests/fixtures/results/ instead of content/rezultati.yaml, so the
 * results board has entered values with history to show (playwright.config.ts builds
 * and serves it beside the real site).
 */
const port = Number(process.env.E2E_PORT ?? 4329);

export const FIGURES_DIR = 'dist-figures';
export const FIGURES_FILE = 'tests/fixtures/results/rezultati.yaml';
export const FIGURES_URL = `http://127.0.0.1:${port + 1}`;
