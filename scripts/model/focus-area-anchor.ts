/** The fragment of a focus area's heading on its edition's page, the same for every build. */
export const focusAreaAnchor = (areaId: string) => `fokusomrade-${areaId}`;
