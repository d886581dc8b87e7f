/** What other features use of the certificate feature. */
export { formatBeijingDateTime } from './format'
