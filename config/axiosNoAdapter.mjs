// Stands in for axios's built-in xhr and fetch adapters (see config/index.ts): the app brings its own.
export default null
export const getFetch = undefined
