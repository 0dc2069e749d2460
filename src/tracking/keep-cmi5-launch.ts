import { LAUNCH_KEY } from './cmi5-launch.ts';

/**
 * The first page of a cmi5 launch is the only one whose URL has the launch parameters. A learner
 * who follows a link before the page's modules have run (a slow machine, a quick click) lands on
 * a lesson without them, and the session would never open. This script runs while the <head> is
 * parsed, before any link can be followed, and keeps the parameters for the tab where
 * readCmi5Launch looks for them. It is inline, so astro.config.mjs allows it by its hash.
 */
export const KEEP_CMI5_LAUNCH_SCRIPT = `try{var q=location.search;if(/[?&]endpoint=/.test(q)&&/[?&]fetch=/.test(q))sessionStorage.setItem(${JSON.stringify(LAUNCH_KEY)},q)}catch(e){}`;
