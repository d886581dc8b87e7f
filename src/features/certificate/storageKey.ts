/** Where the holder's certificate cache lives in app storage (./store.ts); app.tsx opens it ahead on H5. */
export const CERTIFICATE_STORAGE_KEY = 'wic.certificate'
