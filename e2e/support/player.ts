import type { Page } from '@playwright/test';

/** The app's one `<audio>` element, read as the browser sees it. */
export function audioState(page: Page) {
  return page.evaluate(() => {
    const audio = document.querySelector('audio');
    if (!audio) throw new Error('no <audio> element');
    return {
      src: audio.currentSrc || audio.src,
      currentTime: audio.currentTime,
      playbackRate: audio.playbackRate,
      paused: audio.paused,
    };
  });
}
