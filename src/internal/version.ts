declare const __CAK_VERSION__: string;

/** The kit's version, injected at build time (rollup, web-test-runner and Storybook all define it). */
export const KIT_VERSION: string = __CAK_VERSION__;
