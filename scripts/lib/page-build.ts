import type { InlineConfig } from 'vite';

/**
 * What every extension page needs before its first paint (Preact, the UI words, the error notice,
 * storage and messaging), as one file: each file an extension page loads is a separate request to
 * the browser process, and the popup waited on eleven (seven scripts, four style sheets) before
 * its code could run.
 */
const FIRST_PAINT_MODULES = [
  /\/node_modules\/(preact|superlock|webextension-polyfill)\//,
  /\/node_modules\/@wxt-dev\/(browser|storage|webextension-polyfill)\//,
  /\/lib\/(errors|messaging\/client|divar\/hosts)\.ts$/,
  /\/lib\/i18n\/(index|fa|en|page|lang-pref)\.ts$/,
  /\/lib\/(alerts|kenar|pishkhan|portals)\/i18n\/errors\.ts$/,
  /\/lib\/(storage\/watch-keys|jobs\/summary|results\/results-url)\.ts$/,
  /\/components\/(mount|i18n|TechDetail|ErrorNotice|Lazy|services|browser-services)\.tsx?$/,
  // Styles in the order every page imports them: the font and the shared sheet first.
  /\/node_modules\/@fontsource-variable\/vazirmatn\/index\.css$/,
  /\/entrypoints\/popup\/style\.css$/,
  /\/components\/(kenar|portals|watch)\/(kenar|portals|watch)\.css$/,
  /^\0(vite\/(preload-helper|modulepreload-polyfill)|virtual:wxt-html-plugins)/,
];
const FIRST_PAINT_CHUNK = {
  name: 'first-paint',
  test: (id: string) =>
    FIRST_PAINT_MODULES.some((pattern) => pattern.test(id.replaceAll('\\', '/'))),
};

/**
 * Shapes the extension pages' build for a fast first paint: the first-paint chunk, and lazy
 * chunks that preload only their style sheets. Vite's helper otherwise appends a modulepreload
 * link per script a lazy chunk needs, and the popup spent some 40 ms of its first task on them
 * (its panels load lazily while it renders); the browser finds those scripts itself.
 */
export function tunePageBuild(config: InlineConfig): void {
  const output = config.build?.rollupOptions?.output;
  if (output && !Array.isArray(output)) {
    Object.assign(output, { codeSplitting: { groups: [FIRST_PAINT_CHUNK] } });
  }
  config.build = {
    ...config.build,
    modulePreload: {
      resolveDependencies: (_, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
  };
}
