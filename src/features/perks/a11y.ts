/**
 * Taro's View types have no tabIndex, but H5 passes it to the element: Views acting as buttons, radios and
 * tabs become reachable by keyboard (and a scrolling page always has something focusable in it).
 */
export const focusable = { tabIndex: 0 } as object
