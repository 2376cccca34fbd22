/** The nudge's stylesheet as a string for its shadow root; the build minifies it (see nudge.css). */
export { default as nudgeStyles } from './nudge.css?inline';
