import type { BrowserContextOptions } from "@playwright/test";

/** The two sizes every page is checked at (axe, layout). */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export const VIEWPORTS = [
  { name: "desktop", options: DESKTOP },
  { name: "phone", options: PHONE },
];
