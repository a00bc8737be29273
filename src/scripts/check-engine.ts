/** The checker and its readers: the check page loads them on first use, so its first load stays small. */
export { checkPlan } from '../lib/check/check';
export { readPlanFile } from '../lib/check/read/file';
export { readText } from '../lib/check/read/text';
export { reportToMarkdown } from '../lib/check/show/markdown';
