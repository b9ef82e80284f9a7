import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: test tools cannot download their own browser on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a closed network. Sigma draws with WebGL, and recent Chromium
 * no longer falls back to software WebGL by itself: swiftshader must be asked for.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

/** Installs Debian's chromium package when it is missing and we may (root with apt-get). */
export function ensureChromium(log: (line: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const root = process.getuid?.() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `chromium: ${CHROMIUM_PATH} is missing; install Debian's chromium package (sudo apt-get install chromium)`,
    );
  }
  log('chromium: installing Debian package chromium (first run only)…');
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation']);
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '')
      .trim()
      .split('\n')
      .pop();
    throw new Error(`chromium: apt-get could not install chromium (${stderr || 'unknown error'})`);
  }
}
