// The one place that says how our scripts and tests start Debian's Chromium.

/** Debian's Chromium, or the one CHROMIUM_PATH names: nothing can download a browser here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium from calling home on a machine with a closed network (without them its
 * refused connections pile up) and let it run as root in a container.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
