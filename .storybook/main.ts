import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // The sources use experimentalDecorators + useDefineForClassFields: false (tsconfig.json);
  // Vite's TypeScript transform reads both from the tsconfig, so nothing to configure for them.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: { ...viteConfig.define, __CAK_VERSION__: JSON.stringify(version) },
    // The web-components renderer imports lit/directive-helpers.js, which the dev server would
    // otherwise serve unbundled next to the pre-bundled lit: two lit-html copies ("Multiple
    // versions of Lit loaded").
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    // Storybook's own chunks (docs renderer, axe-core) are ~1 MB; the kit is not in question.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
