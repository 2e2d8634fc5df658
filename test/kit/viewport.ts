import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './wait.js';

/**
 * Sizes the page's viewport in every engine (WebKit runs over WebDriver, which
 * `@web/test-runner-commands`' `setViewport` does not support): scripts/viewport-plugin.mjs.
 * WebKitGTK's window cannot be narrower than about 450 px: for a phone, use `openFrame()`.
 */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('cak-viewport', viewport);
}

/**
 * A page of exactly `width` × `height` CSS pixels with every kit element registered (an iframe of
 * the same origin): what a phone shows, in every engine. Create elements with its `document`.
 */
export async function openFrame(width: number, height: number): Promise<Document> {
  const frame = document.createElement('iframe');
  // At the page's top left, whatever the page holds: what it shows is on screen.
  frame.style.cssText = `position:fixed;inset:0 auto auto 0;z-index:1;inline-size:${width}px;block-size:${height}px;border:0;background:#fff`;
  frame.src = '/test/kit/frame.html';
  document.body.append(frame);
  await until(
    () => (frame.contentWindow as unknown as { kitReady?: boolean } | null)?.kitReady === true,
    'the page in the frame is ready',
  );
  return frame.contentDocument!;
}
