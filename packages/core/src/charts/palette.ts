/**
 * Okabe–Ito: distinguishable with every common form of colour blindness. One palette for the web
 * app's charts and the PDF reports' charts, so a figure looks the same on screen and on paper.
 */
export const CHART_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
