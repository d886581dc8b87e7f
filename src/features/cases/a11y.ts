/** Taro's View types lack tabIndex, but H5 passes it on: clickable Views become reachable by keyboard. */
export const focusable = { tabIndex: 0 } as object
