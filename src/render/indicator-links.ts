/** The page that shows a box's indicators: box 1 (13th-period results) or box 2 (14th-period targets). */
export const indicatorsRoute = (box: number): string => (box === 1 ? 'indicators/2016-2020/' : 'indicators/');

/** The route of one indicator's entry: `indicators/#pm25`, `indicators/2016-2020/#…`. */
export const indicatorRoute = (i: { id: string; box: number }): string => `${indicatorsRoute(i.box)}#${i.id}`;
