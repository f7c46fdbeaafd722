/** The chart height classes, generated at build time (src/integrations/chart-heights.ts). */
declare module 'virtual:chart-heights.css';
