/** What other features use of the guides feature: the office actions (call, copy, map). */
export { callNumber, copyText, openMap, type ActionMessages } from './officeActions'
