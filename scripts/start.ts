/**
 * `npm start` / `npm run demo`: builds the extension and opens it in Debian's Chromium on
 * divar.ir, or on the local replica of divar.ir when divar.ir cannot be reached (or --offline).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { capturePng } from '../tests/e2e/support/screenshots.ts';
import { buildExtension } from './lib/build.ts';
import { launchDemoBrowser, openDemoPage, screenshotPopup } from './lib/demo-browser.ts';
import type { ReplicaRoute } from './lib/launch-args.ts';
import { DEMO_STATE_DIR, EXTENSION_DIR } from './lib/paths.ts';
import { requireBuiltExtension, requireChromium, requireOpenssl } from './lib/prerequisites.ts';
import { canConnectTls } from './lib/probe.ts';
import { runMain, UserError } from './lib/user-error.ts';

const USAGE = `Usage: npm start [-- options]      (npm run demo = npm start -- --offline)
  --offline      always use the local divar.ir replica, even if divar.ir is reachable
  --headless     no window: open the popup for the demo page, save .replica/demo.png, exit
  --port <n>     port for the replica (default: a free one)
  --skip-build   use the existing .output/chrome-mv3
  --help         show this help`;

const DEMO_SEARCH_URL = 'https://divar.ir/s/tehran/buy-apartment';

function readOptions() {
  try {
    return parseArgs({
      options: {
        offline: { type: 'boolean', default: false },
        headless: { type: 'boolean', default: false },
        port: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UserError(`${error instanceof Error ? error.message : error}\n\n${USAGE}`, 2);
  }
}

function hasDisplay(): boolean {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

function noDisplayMessage(command: string): string {
  return [
    'No display here (DISPLAY and WAYLAND_DISPLAY are unset), so a browser window cannot open.',
    'Instead, either:',
    `  • xvfb-run -a ${command}             (a virtual display; apt-get install xvfb)`,
    `  • ${command} -- --headless           (no window: saves a screenshot of the popup)`,
    `  • on a machine with a display, open chrome://extensions, turn on Developer mode,`,
    `    click "Load unpacked" and pick ${path.relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR}`,
  ].join('\n');
}

async function startReplicaRoute(port: number) {
  requireOpenssl();
  const { startReplica } = await import('../tests/replica/index.ts');
  try {
    return await startReplica({ port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UserError(`Port ${port} is busy. Pick another with --port, or leave it out.`);
    }
    throw error;
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`--port must be a number from 0 to 65535, not "${options.port}"`, 2);
  }
  const chromiumPath = requireChromium();
  if (!options['skip-build']) buildExtension();
  requireBuiltExtension(EXTENSION_DIR);
  if (!options.headless && !hasDisplay()) {
    throw new UserError(noDisplayMessage(options.offline ? 'npm run demo' : 'npm start'));
  }

  let offline = options.offline;
  if (!offline && !(await canConnectTls('divar.ir', 443, 3000))) {
    console.log('› divar.ir cannot be reached from here (DNS + TLS probe, 3 s).');
    offline = true;
  }
  const replica = offline ? await startReplicaRoute(port) : undefined;
  if (replica) {
    console.log(`› Serving divar.ir from the local replica at ${replica.origin}`);
    console.log('  (divar.ir and its API hosts are mapped to it inside the demo browser only)');
  }
  const route: ReplicaRoute | undefined = replica && {
    hostResolverRules: replica.hostResolverRules,
    spkiHash: replica.spkiHash,
  };
  const context = await launchDemoBrowser({
    chromiumPath,
    extensionDir: EXTENSION_DIR,
    profileDir: options.headless ? '' : path.join(DEMO_STATE_DIR, 'profile'),
    headless: options.headless,
    replica: route,
  }).catch(async (error: unknown) => {
    await replica?.close();
    throw error;
  });
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  // Ctrl-C closes the browser; the code below then stops the replica as after a normal close.
  process.once('SIGINT', () => void context.close().catch(() => {}));

  const page = await openDemoPage(context, offline ? DEMO_SEARCH_URL : 'https://divar.ir/');
  if (options.headless) {
    const pagePng = path.join(DEMO_STATE_DIR, 'demo-page.png');
    const popupPng = path.join(DEMO_STATE_DIR, 'demo.png');
    await capturePng(page, pagePng);
    await screenshotPopup(context, EXTENSION_DIR, page, popupPng);
    console.log(`✔ Popup for ${page.url()} saved to ${path.relative(process.cwd(), popupPng)}`);
    console.log(`  (and the page itself to ${path.relative(process.cwd(), pagePng)})`);
    await context.close();
    await replica?.close();
    return 0;
  }
  console.log('› Chromium is open with Divar Actions loaded. Close the browser window to stop.');
  await closed;
  await replica?.close();
  console.log('✔ Browser closed; replica stopped.');
  return 0;
}

await runMain(main);
